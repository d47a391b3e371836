"""Table models of the Appeals tab: the appeals list and the events a person
can dispute (checkable, with the points the person proposes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...monthly import appeals as appeals_service
from ..shell import i18n
from ..widgets.rows_model import BONUS_COLOR, DEDUCTION_COLOR, VOIDED_COLOR, RowsModel
from ...base.text import signed

PENDING_BG = QColor("#fff4e0")
STATUS_COLORS = {"upheld": BONUS_COLOR, "partly": BONUS_COLOR, "rejected": DEDUCTION_COLOR,
                 "withdrawn": VOIDED_COLOR}


def local_time_text(text: str) -> str:
    """A time the core wrote the Chinese way ("2026年10月21日 09:30"), in the active language."""
    if i18n.is_chinese() or not text:
        return text
    return re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)


def disputed_text(a) -> str:
    """What the appeal disputes, in one line."""
    if a.whole_score and not a.items:
        return QCoreApplication.translate("AppealsModel", "Whole score")
    parts = []
    for i in a.items:
        s = f"{i.rule_code} {signed(i.points)}"
        if i.outcome == "upheld":
            s += " → " + (signed(i.new_points) if i.new_points else QCoreApplication.translate("AppealsModel", "void"))
        parts.append(s)
    return "；".join(parts)


def score_change(a) -> str:
    if a.score_before is None or a.status not in ("upheld", "partly"):
        return ""
    text = f"{a.score_before} → {a.score_after}"
    if a.rank_before is not None and a.rank_after is not None and a.rank_before != a.rank_after:
        text += QCoreApplication.translate("AppealsModel", " (rank {before} → {after})").format(
            before=a.rank_before, after=a.rank_after)
    return text


class AppealsModel(RowsModel):
    CONTEXT = "AppealsModel"
    ID, MONTH, RECEIVED, NO, NAME, CATEGORY, DISPUTED, STATUS, SCORE, REVISION = range(10)
    HEADERS = (QT_TRANSLATE_NOOP("AppealsModel", "No."), QT_TRANSLATE_NOOP("AppealsModel", "Month"),
               QT_TRANSLATE_NOOP("AppealsModel", "Received"), QT_TRANSLATE_NOOP("AppealsModel", "Staff no."),
               QT_TRANSLATE_NOOP("AppealsModel", "Name"), QT_TRANSLATE_NOOP("AppealsModel", "Category"),
               QT_TRANSLATE_NOOP("AppealsModel", "Disputed"), QT_TRANSLATE_NOOP("AppealsModel", "Status"),
               QT_TRANSLATE_NOOP("AppealsModel", "Score"), QT_TRANSLATE_NOOP("AppealsModel", "Revision"))

    def row_of(self, appeal_id: int) -> int:
        for i, a in enumerate(self.rows):
            if a.id == appeal_id:
                return i
        return -1

    def cell(self, a, column, role):
        if role == Qt.DisplayRole:
            status = i18n.label(appeals_service.STATUS, a.status)
            if a.late:
                status += QCoreApplication.translate("AppealsModel", " · late")
            return {
                self.ID: f"#{a.id}", self.MONTH: a.month, self.RECEIVED: local_time_text(a.received_at), self.NO: a.employee_no,
                self.NAME: a.name, self.CATEGORY: i18n.label(appeals_service.CATEGORIES, a.category),
                self.DISPUTED: disputed_text(a), self.STATUS: status, self.SCORE: score_change(a),
                self.REVISION: "" if not a.revision_after or a.status not in ("upheld", "partly")
                else i18n.revision_label(a.revision_after),
            }.get(column)
        if role == Qt.ForegroundRole and column == self.STATUS and a.status in STATUS_COLORS:
            return QBrush(STATUS_COLORS[a.status])
        if role == Qt.BackgroundRole and a.status == "pending":
            return QBrush(PENDING_BG)
        if role == Qt.FontRole and column == self.STATUS and a.status == "pending":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            if column == self.DISPUTED:
                return "\n".join(i.text for i in a.items) or disputed_text(a)
            return a.reason
        return None


@dataclass
class PickRow:
    id: int
    date: str
    rule_code: str
    rule_name: str
    kind: str
    points: int
    note: str
    checked: bool = False
    proposed: str = ""


class EventPickModel(RowsModel):
    """The person's valid events of the month; tick the disputed ones, optionally type the points asked for."""

    CONTEXT = "EventPickModel"
    PICK, DATE, CODE, ITEM, POINTS, PROPOSED, NOTE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("EventPickModel", "Disputed"), QT_TRANSLATE_NOOP("EventPickModel", "Date"),
               QT_TRANSLATE_NOOP("EventPickModel", "Code"), QT_TRANSLATE_NOOP("EventPickModel", "Item"),
               QT_TRANSLATE_NOOP("EventPickModel", "Points"), QT_TRANSLATE_NOOP("EventPickModel", "Asks for"),
               QT_TRANSLATE_NOOP("EventPickModel", "Note"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.enabled = True

    def load(self, staff_id: int | None, month) -> None:
        from ...store.models import ScoreEvent

        rows = []
        if staff_id is not None:
            q = (ScoreEvent.select().where((ScoreEvent.staff == staff_id) & (ScoreEvent.month == month.key)
                                           & (ScoreEvent.voided == False))  # noqa: E712
                 .order_by(ScoreEvent.date, ScoreEvent.id))
            rows = [PickRow(e.id, e.date.isoformat(), e.rule_code, e.rule_name, e.kind, e.points, e.note or "")
                    for e in q]
        self.set_rows(rows)

    def set_enabled(self, on: bool) -> None:
        self.beginResetModel()
        self.enabled = on
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        if not self.enabled:
            return Qt.ItemIsSelectable
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == self.PICK:
            f |= Qt.ItemIsUserCheckable
        if index.column() == self.PROPOSED and self.rows[index.row()].checked:
            f |= Qt.ItemIsEditable
        return f

    def cell(self, r: PickRow, column, role):
        if role == Qt.CheckStateRole and column == self.PICK:
            return Qt.Checked if r.checked else Qt.Unchecked
        if role in (Qt.DisplayRole, Qt.EditRole):
            return {self.DATE: r.date, self.CODE: r.rule_code, self.ITEM: r.rule_name,
                    self.POINTS: signed(r.points), self.PROPOSED: r.proposed, self.NOTE: r.note}.get(column)
        if role == Qt.ForegroundRole and column == self.POINTS:
            return QBrush(BONUS_COLOR if r.points > 0 else DEDUCTION_COLOR)
        if role == Qt.TextAlignmentRole and column in (self.POINTS, self.PROPOSED):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == self.PROPOSED:
            return QCoreApplication.translate("EventPickModel", "Optional: the points the person thinks right")
        if role == Qt.ToolTipRole and column in (self.ITEM, self.NOTE):
            return f"{r.rule_code} {r.rule_name}" + (f"\n{r.note}" if r.note else "")
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid():
            return False
        r = self.rows[index.row()]
        if index.column() == self.PICK and role == Qt.CheckStateRole:
            r.checked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
            if not r.checked:
                r.proposed = ""
        elif index.column() == self.PROPOSED and role == Qt.EditRole:
            r.proposed = str(value or "").strip()
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def checked(self) -> list[PickRow]:
        return [r for r in self.rows if r.checked]
