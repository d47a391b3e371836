"""Table models of the Annual-review tab: the staff list with each review's
status, the review form's dimension/indicator table (judged ratings edited in
place, nothing saved until the supervisor saves), goals, coaching notes, the
team comparison and the what-if ranks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...annual import REVIEW_STATUS
from ...annual.scales import RATING_COMMENT_REQUIRED
from ...base.vocab import STAFF_ROLES
from ..shell import i18n
from ..widgets.rows_model import SortRole, RowsModel

STATUS_COLORS = {"not_started": "#8a8a8a", "self_review": "#7a4b00", "evaluated": "#1f5fa8",
                 "interviewed": "#1f5fa8", "signed_off": "#1b7a35"}
DIMENSION_BG = QColor("#eef1f5")
MISSING_BG = QColor("#fde2e1")
EDITABLE_BG = QColor("#fffdf0")
PROVISIONAL_FG = QColor("#8a8a8a")  # a result or grade that may still change (暂定)
PROVISIONAL_TEXT = QT_TRANSLATE_NOOP("AnnualModels", "Provisional")
FINAL_TEXT = QT_TRANSLATE_NOOP("AnnualModels", "Final result")


def fmt(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def fmt_weight(value) -> str:
    if value is None:
        return ""
    return f"{value:g}%"


def status_label(code: str) -> str:
    return i18n.label(REVIEW_STATUS, code)


def _num(value):
    """A sort key: numbers as numbers, a missing value below every number."""
    return float("-inf") if value is None else value


def _right() -> int:
    return int((Qt.AlignRight | Qt.AlignVCenter).value)


class ReviewListModel(RowsModel):
    """Everyone employed in the year: AnnualResult rows."""

    CONTEXT = "AnnualModels"
    NO, NAME, TEAM, STATUS, FINAL, GRADE, STATE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "No."), QT_TRANSLATE_NOOP("AnnualModels", "Name"),
               QT_TRANSLATE_NOOP("AnnualModels", "Team"), QT_TRANSLATE_NOOP("AnnualModels", "Status"),
               QT_TRANSLATE_NOOP("AnnualModels", "Final"), QT_TRANSLATE_NOOP("AnnualModels", "Grade"),
               QT_TRANSLATE_NOOP("AnnualModels", "Result"))

    def row_of(self, staff_id) -> int:
        return next((i for i, r in enumerate(self.rows) if r.staff_id == staff_id), -1)

    def cell(self, r, column, role):
        if role == Qt.DisplayRole:
            state = QCoreApplication.translate("AnnualModels", PROVISIONAL_TEXT if r.provisional else FINAL_TEXT)
            return (r.employee_no, r.name, r.team, status_label(r.status), fmt(r.final), r.grade, state)[column]
        if role == SortRole:
            return (r.employee_no, r.name, r.team, list(REVIEW_STATUS).index(r.status), _num(r.final),
                    _num(r.final), int(r.provisional))[column]
        if role == Qt.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLORS.get(r.status, "#333")))
        if role == Qt.ForegroundRole and r.provisional and column in (self.FINAL, self.GRADE, self.STATE):
            return QBrush(PROVISIONAL_FG)
        if role == Qt.FontRole and r.provisional and column in (self.FINAL, self.GRADE):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.TextAlignmentRole and column == self.FINAL:
            return _right()
        if role == Qt.ToolTipRole:
            months = QCoreApplication.translate("AnnualModels", "{n} of 12 months counted").format(
                n=r.months_counted)
            text = f"{r.employee_no} {r.name} · {i18n.label(STAFF_ROLES, r.role)} · {months}"
            if r.provisional:
                # the reasons come from the core in Chinese (provisional_reasons)
                text += "\n" + QCoreApplication.translate("AnnualModels", "Provisional: {why}").format(
                    why="；".join(r.provisional_reasons))
            return text
        return None


class IndicatorLine:
    """One row of the review table: a dimension heading or one of its indicators."""

    def __init__(self, dimension, indicator=None):
        self.dimension = dimension
        self.indicator = indicator

    @property
    def is_dimension(self) -> bool:
        return self.indicator is None


class IndicatorModel(RowsModel):
    """The dimensions and their indicators. Judged indicators' rating (1–5) and comment are
    edited in place; ``pending`` holds the edits until they are saved."""

    CONTEXT = "AnnualModels"
    NAME, WEIGHT, VALUE, TARGET, BASIS, SCORE, RATING, COMMENT = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "Dimension / indicator"),
               QT_TRANSLATE_NOOP("AnnualModels", "Weight"), QT_TRANSLATE_NOOP("AnnualModels", "Value"),
               QT_TRANSLATE_NOOP("AnnualModels", "Target"), QT_TRANSLATE_NOOP("AnnualModels", "Basis"),
               QT_TRANSLATE_NOOP("AnnualModels", "Score"), QT_TRANSLATE_NOOP("AnnualModels", "Rating"),
               QT_TRANSLATE_NOOP("AnnualModels", "Comment"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pending: dict[str, dict] = {}
        self.editable = False
        self.lock_reason = ""  # why ratings cannot be changed, shown on the rating cells
        self.error_code: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, result, ratings: dict, editable: bool) -> None:
        lines = []
        for d in result.dimensions if result is not None else []:
            lines.append(IndicatorLine(d))
            lines += [IndicatorLine(d, i) for i in d.indicators]
        self.pending = {code: {"rating": v.get("rating"), "comment": v.get("comment", "")}
                        for code, v in (ratings or {}).items()}
        self.editable = editable
        self.error_code = None
        self.set_rows(lines)

    def judged_codes(self) -> list[str]:
        return [line.indicator.code for line in self.rows
                if not line.is_dimension and line.indicator.kind == "judged"]

    def rating_of(self, code: str) -> dict:
        return self.pending.get(code) or {"rating": None, "comment": ""}

    def needs_comment(self, code: str) -> bool:
        given = self.rating_of(code)
        return given["rating"] in RATING_COMMENT_REQUIRED and not (given["comment"] or "").strip()

    def payload(self) -> dict:
        """{code: {"rating", "comment"} or None (cleared)} for every judged indicator."""
        out = {}
        for code in self.judged_codes():
            given = self.rating_of(code)
            out[code] = None if not given["rating"] else {"rating": given["rating"], "comment": given["comment"]}
        return out

    def row_of_code(self, code: str) -> int:
        return next((i for i, line in enumerate(self.rows)
                     if not line.is_dimension and line.indicator.code == code), -1)

    def set_error(self, code: str | None) -> None:
        self.error_code = code
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COMMENT))

    def flags(self, index):
        base = super().flags(index)
        line = self.row_at(index.row())
        if (self.editable and line is not None and not line.is_dimension and line.indicator.kind == "judged"
                and index.column() in (self.RATING, self.COMMENT)):
            return base | Qt.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.EditRole):
        line = self.row_at(index.row())
        if role != Qt.EditRole or line is None or not (self.flags(index) & Qt.ItemIsEditable):
            return False
        code = line.indicator.code
        given = dict(self.rating_of(code))
        if index.column() == self.RATING:
            text = str(value or "").strip()
            if text in ("", "0", "—"):
                given["rating"] = None
            elif text.isdigit() and 1 <= int(text) <= 5:
                given["rating"] = int(text)
            else:
                return False
        else:
            given["comment"] = str(value or "")
        self.pending[code] = given
        if self.error_code == code:
            self.error_code = None
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.COMMENT))
        return True

    def cell(self, line, column, role):
        d, i = line.dimension, line.indicator
        if line.is_dimension:
            if role == Qt.DisplayRole:
                return {self.NAME: d.name, self.WEIGHT: fmt_weight(d.weight), self.SCORE: fmt(d.score)}.get(column, "")
            if role == Qt.FontRole:
                return self._bold
            if role == Qt.BackgroundRole:
                return QBrush(DIMENSION_BG)
            if role == Qt.TextAlignmentRole and column in (self.WEIGHT, self.SCORE):
                return _right()
            return None
        judged = i.kind == "judged"
        given = self.rating_of(i.code) if judged else None
        if role in (Qt.DisplayRole, Qt.EditRole):
            if column == self.NAME:
                return "    " + i.name if role == Qt.DisplayRole else i.name
            if column == self.WEIGHT:
                return fmt_weight(i.weight)
            if column == self.VALUE:
                return QCoreApplication.translate("AnnualModels", "Judged") if judged else i.value_text
            if column == self.TARGET:
                return "" if judged else i.target_text
            if column == self.BASIS:
                return "" if judged else i.note
            if column == self.SCORE:
                return fmt(i.score)
            if column == self.RATING:
                if not judged:
                    return ""
                return str(given["rating"]) if given["rating"] else ("" if role == Qt.EditRole else "—")
            if column == self.COMMENT:
                return given["comment"] if judged else ""
        if role == Qt.TextAlignmentRole and column in (self.WEIGHT, self.SCORE):
            return _right()
        if role == Qt.TextAlignmentRole and column == self.RATING:
            return int(Qt.AlignCenter.value)
        if role == Qt.BackgroundRole and judged and column in (self.RATING, self.COMMENT):
            if i.code == self.error_code or (column == self.COMMENT and self.needs_comment(i.code)):
                return QBrush(MISSING_BG)
            if self.editable:
                return QBrush(EDITABLE_BG)
        if role == Qt.ToolTipRole:
            if judged and column in (self.RATING, self.COMMENT):
                if not self.editable and self.lock_reason:
                    return self.lock_reason
                if self.needs_comment(i.code):
                    return QCoreApplication.translate(
                        "AnnualModels", "A comment is required for ratings 1, 2 and 5: say what it is based on.")
                return QCoreApplication.translate(
                    "AnnualModels", "Rating 1–5 (1 poor, 3 meets expectations, 5 outstanding); "
                    "ratings 1, 2 and 5 need a comment.")
            if column == self.BASIS and i.note:
                return i.note
            if column == self.VALUE and i.value_text:
                return i.value_text
        return None


class GoalsModel(RowsModel):
    CONTEXT = "AnnualModels"
    TITLE, INDICATOR, TARGET, WEIGHT, NOTE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "Goal"), QT_TRANSLATE_NOOP("AnnualModels", "Indicator"),
               QT_TRANSLATE_NOOP("AnnualModels", "Target value"), QT_TRANSLATE_NOOP("AnnualModels", "Weight"),
               QT_TRANSLATE_NOOP("AnnualModels", "Note"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.indicator_names: dict[str, str] = {}

    def cell(self, g, column, role):
        if role == Qt.DisplayRole:
            if column == self.TITLE:
                return g.title
            if column == self.INDICATOR:
                return self.indicator_names.get(g.indicator, g.indicator)
            if column == self.TARGET:
                return "" if g.target is None else f"{g.target:g}"
            if column == self.WEIGHT:
                return f"{g.weight}%"
            if column == self.NOTE:
                return g.note
        if role == Qt.TextAlignmentRole and column in (self.TARGET, self.WEIGHT):
            return _right()
        if role == Qt.ToolTipRole and column in (self.TITLE, self.NOTE):
            return g.title if column == self.TITLE else g.note
        return None


class CoachingModel(RowsModel):
    CONTEXT = "AnnualModels"
    DATE, TOPIC, NOTE, FOLLOW_UP = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "Date"), QT_TRANSLATE_NOOP("AnnualModels", "Topic"),
               QT_TRANSLATE_NOOP("AnnualModels", "What was discussed"), QT_TRANSLATE_NOOP("AnnualModels", "Follow-up"))

    def cell(self, n, column, role):
        if role == Qt.DisplayRole:
            if column == self.DATE:
                return n.date.isoformat()
            if column == self.TOPIC:
                return n.topic
            if column == self.NOTE:
                return " ".join(n.note.split())
            if column == self.FOLLOW_UP:
                return n.follow_up.isoformat() if n.follow_up else ""
        if role == Qt.ToolTipRole and column == self.NOTE:
            return n.note
        return None


class ComparisonModel(RowsModel):
    """team_comparison rows; one column per dimension of the templates in view. Sorted by a proxy
    on ``SortRole`` (a missing score sorts below every score)."""

    CONTEXT = "AnnualModels"
    RANK, NO, NAME, TEAM, ROLE, STATUS, MONTHLY, EVALUATION, FINAL, GRADE = range(10)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "Rank"), QT_TRANSLATE_NOOP("AnnualModels", "No."),
               QT_TRANSLATE_NOOP("AnnualModels", "Name"), QT_TRANSLATE_NOOP("AnnualModels", "Team"),
               QT_TRANSLATE_NOOP("AnnualModels", "Role"), QT_TRANSLATE_NOOP("AnnualModels", "Status"),
               QT_TRANSLATE_NOOP("AnnualModels", "Monthly avg."), QT_TRANSLATE_NOOP("AnnualModels", "Evaluation"),
               QT_TRANSLATE_NOOP("AnnualModels", "Final"), QT_TRANSLATE_NOOP("AnnualModels", "Grade"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dimensions: list[tuple[str, str]] = []  # (code, name)

    def load(self, rows: list[dict]) -> None:
        dims: dict[str, str] = {}
        for r in rows:
            for code, name in r["dimension_names"].items():
                dims.setdefault(code, name)
        self.beginResetModel()
        self.dimensions = list(dims.items())
        self.rows = list(rows)
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS) + len(self.dimensions)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and section >= len(self.HEADERS):
            return self.dimensions[section - len(self.HEADERS)][1]
        return super().headerData(section, orientation, role)

    def dimension_column(self, code: str) -> int:
        return next(len(self.HEADERS) + i for i, (c, _n) in enumerate(self.dimensions) if c == code)

    def value(self, r: dict, column: int):
        if column >= len(self.HEADERS):
            return r["dimensions"].get(self.dimensions[column - len(self.HEADERS)][0])
        return (r["rank"], r["employee_no"], r["name"], r["team"], r["role"], r["status"], r["monthly_avg"],
                r["evaluation"], r["final"], r["grade"])[column]

    def cell(self, r, column, role):
        v = self.value(r, column)
        numeric = column in (self.MONTHLY, self.EVALUATION, self.FINAL) or column >= len(self.HEADERS)
        if role == Qt.DisplayRole:
            if column == self.RANK:
                return "—" if v is None else str(v)
            if column == self.ROLE:
                return i18n.label(STAFF_ROLES, v)
            if column == self.STATUS:
                return status_label(v)
            if numeric:
                return fmt(v)
            return v
        if role == SortRole:
            if column == self.RANK:
                return float("inf") if v is None else v
            if column == self.STATUS:
                return list(REVIEW_STATUS).index(v)
            if column == self.GRADE:
                return _num(r["final"])
            return _num(v) if numeric else (v or "")
        if role == Qt.TextAlignmentRole and (numeric or column == self.RANK):
            return _right()
        if role == Qt.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLORS.get(v, "#333")))
        if role == Qt.ForegroundRole and r.get("provisional") and column in (self.FINAL, self.GRADE):
            return QBrush(PROVISIONAL_FG)
        if role == Qt.ToolTipRole and r.get("provisional") and column in (self.FINAL, self.GRADE):
            return QCoreApplication.translate("AnnualModels", "Provisional: {why}").format(
                why="；".join(r["provisional_reasons"]))
        return None


class WhatIfModel(RowsModel):
    """WhatIfRow rows: how each person's rank, score and grade move under other weights."""

    CONTEXT = "AnnualModels"
    RANK_AFTER, RANK_BEFORE, MOVE, NO, NAME, FINAL_BEFORE, FINAL_AFTER, GRADE_BEFORE, GRADE_AFTER = range(9)
    HEADERS = (QT_TRANSLATE_NOOP("AnnualModels", "New rank"), QT_TRANSLATE_NOOP("AnnualModels", "Rank now"),
               QT_TRANSLATE_NOOP("AnnualModels", "Move"), QT_TRANSLATE_NOOP("AnnualModels", "No."),
               QT_TRANSLATE_NOOP("AnnualModels", "Name"), QT_TRANSLATE_NOOP("AnnualModels", "Final now"),
               QT_TRANSLATE_NOOP("AnnualModels", "New final"), QT_TRANSLATE_NOOP("AnnualModels", "Grade now"),
               QT_TRANSLATE_NOOP("AnnualModels", "New grade"))

    def cell(self, w, column, role):
        if role == Qt.DisplayRole:
            if column == self.RANK_AFTER:
                return "—" if w.rank_after is None else str(w.rank_after)
            if column == self.RANK_BEFORE:
                return "—" if w.rank_before is None else str(w.rank_before)
            if column == self.MOVE:
                m = w.move
                if m is None:
                    return "—"
                return "=" if m == 0 else (f"↑{m}" if m > 0 else f"↓{-m}")
            return {self.NO: w.employee_no, self.NAME: w.name, self.FINAL_BEFORE: fmt(w.final_before),
                    self.FINAL_AFTER: fmt(w.final_after), self.GRADE_BEFORE: w.grade_before,
                    self.GRADE_AFTER: w.grade_after}.get(column)
        if role == Qt.ForegroundRole:
            if column == self.MOVE and w.move:
                return QBrush(QColor("#1b7a35" if w.move > 0 else "#c0392b"))
            if column == self.GRADE_AFTER and w.grade_after != w.grade_before:
                return QBrush(QColor("#1f5fa8"))
        if role == Qt.FontRole and column in (self.MOVE, self.GRADE_AFTER):
            if (column == self.MOVE and w.move) or (column == self.GRADE_AFTER and w.grade_after != w.grade_before):
                f = QFont()
                f.setBold(True)
                return f
        if role == Qt.TextAlignmentRole and column in (self.RANK_AFTER, self.RANK_BEFORE, self.MOVE,
                                                       self.FINAL_BEFORE, self.FINAL_AFTER):
            return _right()
        return None
