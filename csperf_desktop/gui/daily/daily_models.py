"""Table models of the daily tab: the month's events and its standings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ...office.display_names import DisplayNames
from ...base import vocab
from ...base.text import signed
from ..shell import i18n
from ..widgets import rows_model as rm
from ..widgets.rows_model import (
    ALIGNMENT, AWARD_BG, BACKGROUND, BONUS_COLOR, DEDUCTION_COLOR, DISPLAY, FONT, FOREGROUND, RowsModel,
    SortRole, TOOLTIP, VOIDED_COLOR, WARNING_BG,
)

SORT_ROLE = int(SortRole.value if hasattr(SortRole, "value") else SortRole)


# ---------------------------------------------------------------- events

@dataclass(slots=True)
class EventRow:
    id: int
    date: str
    staff_id: int
    employee_no: str
    name: str
    rule_code: str
    rule_name: str
    area: str
    kind: str
    points: int
    quantity: int
    method: str
    reference: str
    note: str
    recorded_by: str
    voided: bool
    void_reason: str
    order_amount: float | None = None
    gift_tier: str | None = None
    _search: str | None = None

    @property
    def search(self) -> str:
        """Lower-case text the free-text filter looks in (built on first use)."""
        if self._search is None:
            self._search = " ".join((self.employee_no, self.name, self.rule_code, self.rule_name,
                                     self.reference, self.note, self.void_reason)).lower()
        return self._search


def event_rows(query) -> list[EventRow]:
    """Rows from ``events.month_events`` (one query, staff joined), newest first.

    Read from the raw cursor: building a model instance per row, or converting
    each value through peewee, costs ten times more on a long month; sorting
    here is cheaper than SQLite's temporary B-tree."""
    from ...store.models import ScoreEvent, Staff, database_proxy

    fields = (ScoreEvent.id, ScoreEvent.date, Staff.id, Staff.employee_no, Staff.name, ScoreEvent.rule_code,
              ScoreEvent.rule_name, ScoreEvent.area, ScoreEvent.kind, ScoreEvent.points, ScoreEvent.quantity,
              ScoreEvent.method, ScoreEvent.reference, ScoreEvent.note, ScoreEvent.recorded_by,
              ScoreEvent.voided, ScoreEvent.void_reason, ScoreEvent.order_amount, ScoreEvent.gift_tier)
    cursor = database_proxy.obj.execute(query.select(*fields).order_by())
    rows = [EventRow(ev_id, str(day), staff_id, no, name, code, rule_name, area, kind, points, qty, method,
                     reference or "", note or "", recorded_by, bool(voided), void_reason or "", amount, tier)
            for (ev_id, day, staff_id, no, name, code, rule_name, area, kind, points, qty, method, reference, note,
                 recorded_by, voided, void_reason, amount, tier) in cursor]
    rows.sort(key=lambda r: (r.date, r.id), reverse=True)
    return rows


def gift_text(amount: float | None, tier: str | None) -> str:
    """"B · 1,280.00": the gift an order earned and its amount (the amount alone below the tiers)."""
    if amount is None:
        return ""
    money = f"{amount:,.2f}"
    if not tier:
        return money
    return QCoreApplication.translate("EventsModel", "Gift {tier} · {amount}").format(tier=tier, amount=money)


def recorder_names() -> DisplayNames:
    """Who recorded an event, by name (孙丽华, not root), read once per loaded list."""
    return DisplayNames(system_label=QCoreApplication.translate("EventsModel", "System"))


class EventsModel(RowsModel):
    CONTEXT = "EventsModel"
    DATE, NO, NAME, CODE, ITEM, AREA, POINTS, QTY, METHOD, REFERENCE, NOTE, BY, GIFT, VOID = range(14)
    HEADERS = (QT_TRANSLATE_NOOP("EventsModel", "Date"), QT_TRANSLATE_NOOP("EventsModel", "No."),
               QT_TRANSLATE_NOOP("EventsModel", "Name"), QT_TRANSLATE_NOOP("EventsModel", "Code"),
               QT_TRANSLATE_NOOP("EventsModel", "Item"), QT_TRANSLATE_NOOP("EventsModel", "Area"),
               QT_TRANSLATE_NOOP("EventsModel", "Points"), QT_TRANSLATE_NOOP("EventsModel", "Qty"),
               QT_TRANSLATE_NOOP("EventsModel", "Method"), QT_TRANSLATE_NOOP("EventsModel", "Reference"),
               QT_TRANSLATE_NOOP("EventsModel", "Note"), QT_TRANSLATE_NOOP("EventsModel", "By"),
               QT_TRANSLATE_NOOP("EventsModel", "Order / gift"), QT_TRANSLATE_NOOP("EventsModel", "Voided / restored"))

    # Rows shown at first and added per ``fetchMore``: the view lays out, and the filter looks at,
    # only what has been fetched, so a month of 8,000 events opens as fast as one of 300. The
    # whole month stays in ``rows``: sorting sorts all of it and the counts and subtotals of the
    # tab are taken over all of it.
    CHUNK = 300

    def __init__(self, parent=None):
        super().__init__(parent)
        self.flash_id: int | None = None
        self.names: DisplayNames | None = None  # read again with each loaded list
        self.restored: dict[int, str] = {}  # events voided and then restored: id -> the reason given
        self.fetched = 0  # rows[:fetched] are the rows the model shows

    def set_rows(self, rows: list) -> None:
        self.names = None
        self.beginResetModel()
        self.rows = list(rows)
        self.natural = list(self.rows)
        self.fetched = min(self.CHUNK, len(self.rows))
        self.endResetModel()

    def total_rows(self) -> int:
        """Every row of the month, fetched or not."""
        return len(self.rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.fetched

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.fetched < len(self.rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        self.fetch_to(self.fetched + self.CHUNK - 1)

    def fetch_to(self, row: int) -> None:
        """Show every row up to ``row`` (all: ``len(rows)``)."""
        end = min(row + 1, len(self.rows))
        if end <= self.fetched:
            return
        self.beginInsertRows(QModelIndex(), self.fetched, end - 1)
        self.fetched = end
        self.endInsertRows()

    def fetch_all(self) -> None:
        self.fetch_to(len(self.rows))

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < self.fetched else None

    SORT_KEYS = {
        DATE: lambda r: (r.date, r.id), NO: lambda r: r.employee_no, NAME: lambda r: r.name,
        CODE: lambda r: r.rule_code, ITEM: lambda r: r.rule_name, AREA: lambda r: r.area,
        POINTS: lambda r: r.points, QTY: lambda r: r.quantity, METHOD: lambda r: r.method,
        REFERENCE: lambda r: r.reference, NOTE: lambda r: r.note, BY: lambda r: r.recorded_by,
        GIFT: lambda r: (r.gift_tier or "", r.order_amount or 0),
        VOID: lambda r: (not r.voided, r.void_reason),
    }

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort the rows in Python (one list sort), keeping selections on their rows."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        tracked = [(index, self.rows[index.row()]) for index in old]
        self.rows.sort(key=key, reverse=order == Qt.DescendingOrder)
        position = {id(r): i for i, r in enumerate(self.rows)}
        # A selected row sorted below the rows fetched is no longer shown: its selection goes.
        self.changePersistentIndexList(
            [index for index, _ in tracked],
            [self.index(position[id(r)], index.column()) if position[id(r)] < self.fetched else QModelIndex()
             for index, r in tracked])
        self.layoutChanged.emit()

    def insert_row(self, row: EventRow) -> None:
        """Insert one row where it belongs in the newest-first order."""
        key = (row.date, row.id)
        at = next((i for i, r in enumerate(self.rows) if (r.date, r.id) < key), len(self.rows))
        if at > self.fetched:  # among the rows not fetched yet: shown when they are
            self.rows.insert(at, row)
            return
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.fetched += 1
        self.endInsertRows()

    def row_of(self, event_id: int) -> int:
        """The row of an event, fetching up to it if it is further down than fetched; -1 if absent."""
        for i, r in enumerate(self.rows):
            if r.id == event_id:
                self.fetch_to(i)
                return i
        return -1

    def set_flash(self, event_id: int | None) -> None:
        old = self.row_of(self.flash_id) if self.flash_id is not None else -1
        self.flash_id = event_id
        for row in {old, self.row_of(event_id) if event_id is not None else -1} - {-1}:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1),
                                  [Qt.BackgroundRole])

    def display(self, r: EventRow, column: int):
        if column == self.POINTS:
            return signed(r.points)
        if column == self.AREA:
            return i18n.label(vocab.AREAS, r.area)
        if column == self.METHOD:
            return i18n.label(vocab.METHODS, r.method)
        if column == self.QTY:
            return str(r.quantity)
        if column == self.BY:
            if self.names is None:
                self.names = recorder_names()
            return self.names(r.recorded_by)
        if column == self.GIFT:
            return gift_text(r.order_amount, r.gift_tier)
        if column == self.VOID:
            if r.voided:
                return r.void_reason
            if r.id in self.restored:
                return QCoreApplication.translate("EventsModel", "Restored: {reason}").format(
                    reason=self.restored[r.id])
            return ""
        return (r.date, r.employee_no, r.name, r.rule_code, r.rule_name, None, None, None, None, r.reference,
                r.note)[column]

    def cell(self, r: EventRow, column, role):
        # Roles compared as plain ints: this runs for every visible cell and role on each paint.
        if role == DISPLAY:
            return self.display(r, column)
        if role == FOREGROUND:
            if r.voided:
                return rm.VOIDED_BRUSH
            if column == self.POINTS:
                return rm.BONUS_BRUSH if r.points > 0 else rm.DEDUCTION_BRUSH
            return None
        if role == FONT:
            return rm.STRUCK_FONT if r.voided else None
        if role == BACKGROUND:
            return rm.FLASH_BRUSH if self.flash_id == r.id else None
        if role == ALIGNMENT:
            return rm.RIGHT_ALIGNED if column in (self.POINTS, self.QTY) else None
        if role == TOOLTIP:
            if r.voided:
                return QCoreApplication.translate("EventsModel", "Voided: {reason}").format(reason=r.void_reason)
            if column in (self.ITEM, self.NOTE, self.VOID):
                return self.display(r, column)
        return None


# ---------------------------------------------------------------- standings

class StandingsModel(RowsModel):
    CONTEXT = "StandingsModel"
    RANK, NO, NAME, BONUS, DEDUCTION, SCORE, CHANGE, MARKS = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("StandingsModel", "Rank"), QT_TRANSLATE_NOOP("StandingsModel", "No."),
               QT_TRANSLATE_NOOP("StandingsModel", "Name"), QT_TRANSLATE_NOOP("StandingsModel", "Bonus"),
               QT_TRANSLATE_NOOP("StandingsModel", "Deductions"), QT_TRANSLATE_NOOP("StandingsModel", "Score"),
               QT_TRANSLATE_NOOP("StandingsModel", "vs last month (pts)"), QT_TRANSLATE_NOOP("StandingsModel", "Notes"))

    @staticmethod
    def marks(s) -> str:
        """The not-ranked, award, warning and serious-violation markers of one standing, as shown."""
        out = []
        if not s.ranked:
            out.append(QCoreApplication.translate("StandingsModel", "Not ranked"))
        if s.award:
            out.append(QCoreApplication.translate("StandingsModel", "Award {amount}").format(amount=s.award_amount))
        if s.warning:
            out.append(QCoreApplication.translate("StandingsModel", "Warning"))
        if s.serious:
            out.append(QCoreApplication.translate("StandingsModel", "Serious"))
        return " · ".join(out)

    def cell(self, s, column, role):
        # Roles compared as plain ints and brushes made once: this runs for every visible cell and
        # role on each paint (comparing Qt's enums, or making a brush per call, costs ten times more).
        if role == DISPLAY:
            if column == self.RANK:
                return str(s.rank) if s.ranked else "—"
            if column == self.NO:
                return s.employee_no
            if column == self.NAME:
                return s.name
            if column == self.BONUS:
                return f"+{s.bonus}" if s.bonus else "0"
            if column == self.DEDUCTION:
                return f"−{s.deduction}" if s.deduction else "0"
            if column == self.SCORE:
                return str(s.final)
            if column == self.CHANGE:
                return "" if s.change is None else signed(s.change)
            if column == self.MARKS:
                return self.marks(s)
            return None
        if role == FOREGROUND:
            if column in (self.RANK, self.MARKS) and not s.ranked:
                return rm.VOIDED_BRUSH
            if column == self.BONUS and s.bonus:
                return rm.BONUS_BRUSH
            if column == self.DEDUCTION and s.deduction:
                return rm.DEDUCTION_BRUSH
            if column == self.CHANGE and s.change:
                return rm.BONUS_BRUSH if s.change > 0 else rm.DEDUCTION_BRUSH
            return None
        if role == BACKGROUND:
            if s.warning or s.serious:
                return _standings_brushes()[0]
            if s.award:
                return _standings_brushes()[1]
            return None
        if role == FONT:
            return _standings_brushes()[2] if column == self.SCORE else None
        if role == ALIGNMENT:
            return rm.RIGHT_ALIGNED if column in (self.RANK, self.BONUS, self.DEDUCTION, self.SCORE,
                                                  self.CHANGE) else None
        if role == SORT_ROLE:
            return {self.RANK: s.rank if s.ranked else 10**6, self.BONUS: s.bonus, self.DEDUCTION: s.deduction,
                    self.SCORE: s.final, self.CHANGE: s.change if s.change is not None else -10**6}.get(
                column, self.cell(s, column, DISPLAY))
        if role == TOOLTIP:
            if not s.ranked:
                return QCoreApplication.translate(
                    "StandingsModel", "Not ranked: the role {role} is not among the ranked roles (Settings). "
                    "The score counts; no rank, award or warning.").format(role=i18n.label(vocab.STAFF_ROLES, s.role))
            if column == self.MARKS and self.marks(s):
                return self.marks(s)
            if s.warning:
                return QCoreApplication.translate(
                    "StandingsModel", "Last place two months running with a score below the threshold: "
                    "the company may act (the program only flags it).")
            if s.serious:
                return QCoreApplication.translate("StandingsModel", "A serious violation was recorded this month.")
        return None


_STANDINGS_STYLE: tuple = ()


def _standings_brushes() -> tuple:
    """(warning background, award background, bold font), made once the application exists."""
    global _STANDINGS_STYLE
    if not _STANDINGS_STYLE:
        bold = QFont()
        bold.setBold(True)
        _STANDINGS_STYLE = (QBrush(WARNING_BG), QBrush(AWARD_BG), bold)
    return _STANDINGS_STYLE


# ---------------------------------------------------------------- rules
