"""Table models: one per kind of row (staff, events, standings, rules).

Each loads its rows with a fixed number of queries (``set_rows`` resets the
model); colours, fonts and tooltips come from ``data()`` roles. Column
numbers are named constants so views and proxies never use bare numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from ..base import vocab
from ..base.text import signed
from . import i18n

BONUS_COLOR = QColor("#1b7a35")
DEDUCTION_COLOR = QColor("#c0392b")
VOIDED_COLOR = QColor("#8a8a8a")
FLASH_COLOR = QColor("#fff3b0")
WARNING_BG = QColor("#fde2e1")
AWARD_BG = QColor("#e3f4e1")

RowRole = Qt.UserRole + 1  # the row object itself
SortRole = Qt.UserRole + 2  # a sortable value (numbers as numbers)

DISPLAY, FOREGROUND, BACKGROUND, FONT, ALIGNMENT, TOOLTIP = (
    int(r.value if hasattr(r, "value") else r) for r in (
        Qt.DisplayRole, Qt.ForegroundRole, Qt.BackgroundRole, Qt.FontRole, Qt.TextAlignmentRole, Qt.ToolTipRole))
ROW_ROLE = int(RowRole.value if hasattr(RowRole, "value") else RowRole)


def _lazy_styles() -> None:
    """Brushes and fonts made once (after the QApplication exists) and shared by every cell."""
    global VOIDED_BRUSH, BONUS_BRUSH, DEDUCTION_BRUSH, FLASH_BRUSH, STRUCK_FONT, RIGHT_ALIGNED
    VOIDED_BRUSH, BONUS_BRUSH = QBrush(VOIDED_COLOR), QBrush(BONUS_COLOR)
    DEDUCTION_BRUSH, FLASH_BRUSH = QBrush(DEDUCTION_COLOR), QBrush(FLASH_COLOR)
    STRUCK_FONT = QFont()
    STRUCK_FONT.setStrikeOut(True)
    RIGHT_ALIGNED = int((Qt.AlignRight | Qt.AlignVCenter).value)


VOIDED_BRUSH = BONUS_BRUSH = DEDUCTION_BRUSH = FLASH_BRUSH = STRUCK_FONT = RIGHT_ALIGNED = None


def list_table(view, single_selection: bool = True):
    """A read-only list of rows as the program shows them everywhere: whole rows selected,
    alternating colours, no row numbers, compact rows. Returns the view."""
    from PySide6.QtWidgets import QAbstractItemView

    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    if single_selection:
        view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setMinimumSectionSize(30)
    return view


def set_column_widths(view, widths: dict, samples: dict | None = None, cap: int = 110) -> None:
    """Column widths that never clip the header (bold, as the style sheet draws it) and fit
    a column's known labels up to ``cap`` pixels."""
    model = view.model()
    bold = QFont(view.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    metrics = view.fontMetrics()
    for col, width in widths.items():
        title = str(model.headerData(col, Qt.Horizontal) or "")
        needed = header_metrics.horizontalAdvance(title) + 16
        for text in (samples or {}).get(col, ()):
            needed = max(needed, min(cap, metrics.horizontalAdvance(text) + 12))
        view.setColumnWidth(col, max(width, needed))


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple = ()
    CONTEXT = "TableModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        if STRUCK_FONT is None:
            _lazy_styles()

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        obj = self.rows[index.row()]
        role = int(role.value if hasattr(role, "value") else role)
        if role == ROW_ROLE:
            return obj
        return self.cell(obj, index.column(), role)

    def cell(self, obj, column: int, role):  # overridden
        return None


# ---------------------------------------------------------------- staff

class StaffModel(_RowsModel):
    CONTEXT = "StaffModel"
    NO, NAME, ROLE, TEAM, HIRED, LEFT, STATUS, NOTE = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("StaffModel", "Employee no."), QT_TRANSLATE_NOOP("StaffModel", "Name"),
               QT_TRANSLATE_NOOP("StaffModel", "Role"), QT_TRANSLATE_NOOP("StaffModel", "Team"),
               QT_TRANSLATE_NOOP("StaffModel", "Hire date"), QT_TRANSLATE_NOOP("StaffModel", "Leave date"),
               QT_TRANSLATE_NOOP("StaffModel", "Status"), QT_TRANSLATE_NOOP("StaffModel", "Note"))

    def load(self) -> None:
        from ..store.models import Staff

        self.set_rows(list(Staff.select().order_by(Staff.employee_no)))

    def cell(self, s, column, role):
        if role in (Qt.DisplayRole, SortRole):
            if column == self.NO:
                return s.employee_no
            if column == self.NAME:
                return s.name
            if column == self.ROLE:
                return i18n.label(vocab.STAFF_ROLES, s.role)
            if column == self.TEAM:
                return s.team
            if column == self.HIRED:
                return s.hire_date.isoformat() if s.hire_date else ""
            if column == self.LEFT:
                return s.leave_date.isoformat() if s.leave_date else ""
            if column == self.STATUS:
                return (QCoreApplication.translate("StaffModel", "Active") if s.active
                        else QCoreApplication.translate("StaffModel", "Left"))
            if column == self.NOTE:
                return s.note
        if role == Qt.ForegroundRole and not s.active:
            return QBrush(VOIDED_COLOR)
        return None


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
    from ..store.models import ScoreEvent, Staff, database_proxy

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


def recorder_label(username: str) -> str:
    if username == "system":
        return QCoreApplication.translate("EventsModel", "System")
    return username.removeprefix("gui:").removeprefix("cli:")


class EventsModel(_RowsModel):
    CONTEXT = "EventsModel"
    DATE, NO, NAME, CODE, ITEM, AREA, POINTS, QTY, METHOD, REFERENCE, NOTE, BY, GIFT = range(13)
    HEADERS = (QT_TRANSLATE_NOOP("EventsModel", "Date"), QT_TRANSLATE_NOOP("EventsModel", "No."),
               QT_TRANSLATE_NOOP("EventsModel", "Name"), QT_TRANSLATE_NOOP("EventsModel", "Code"),
               QT_TRANSLATE_NOOP("EventsModel", "Item"), QT_TRANSLATE_NOOP("EventsModel", "Area"),
               QT_TRANSLATE_NOOP("EventsModel", "Points"), QT_TRANSLATE_NOOP("EventsModel", "Qty"),
               QT_TRANSLATE_NOOP("EventsModel", "Method"), QT_TRANSLATE_NOOP("EventsModel", "Reference"),
               QT_TRANSLATE_NOOP("EventsModel", "Note"), QT_TRANSLATE_NOOP("EventsModel", "By"),
               QT_TRANSLATE_NOOP("EventsModel", "Order / gift"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.flash_id: int | None = None

    SORT_KEYS = {
        DATE: lambda r: (r.date, r.id), NO: lambda r: r.employee_no, NAME: lambda r: r.name,
        CODE: lambda r: r.rule_code, ITEM: lambda r: r.rule_name, AREA: lambda r: r.area,
        POINTS: lambda r: r.points, QTY: lambda r: r.quantity, METHOD: lambda r: r.method,
        REFERENCE: lambda r: r.reference, NOTE: lambda r: r.note, BY: lambda r: r.recorded_by,
        GIFT: lambda r: (r.gift_tier or "", r.order_amount or 0),
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
        self.changePersistentIndexList(
            [index for index, _ in tracked],
            [self.index(position[id(r)], index.column()) for index, r in tracked])
        self.layoutChanged.emit()

    def insert_row(self, row: EventRow) -> None:
        """Insert one row where it belongs in the newest-first order."""
        key = (row.date, row.id)
        at = next((i for i, r in enumerate(self.rows) if (r.date, r.id) < key), len(self.rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.endInsertRows()

    def row_of(self, event_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == event_id:
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
            return recorder_label(r.recorded_by)
        if column == self.GIFT:
            return gift_text(r.order_amount, r.gift_tier)
        return (r.date, r.employee_no, r.name, r.rule_code, r.rule_name, None, None, None, None, r.reference,
                r.note)[column]

    def cell(self, r: EventRow, column, role):
        # Roles compared as plain ints: this runs for every visible cell and role on each paint.
        if role == DISPLAY:
            return self.display(r, column)
        if role == FOREGROUND:
            if r.voided:
                return VOIDED_BRUSH
            if column == self.POINTS:
                return BONUS_BRUSH if r.points > 0 else DEDUCTION_BRUSH
            return None
        if role == FONT:
            return STRUCK_FONT if r.voided else None
        if role == BACKGROUND:
            return FLASH_BRUSH if self.flash_id == r.id else None
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column in (self.POINTS, self.QTY) else None
        if role == TOOLTIP:
            if r.voided:
                return QCoreApplication.translate("EventsModel", "Voided: {reason}").format(reason=r.void_reason)
            if column in (self.ITEM, self.NOTE):
                return self.display(r, column)
        return None


# ---------------------------------------------------------------- standings

class StandingsModel(_RowsModel):
    CONTEXT = "StandingsModel"
    RANK, NO, NAME, BONUS, DEDUCTION, SCORE, CHANGE, MARKS = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("StandingsModel", "Rank"), QT_TRANSLATE_NOOP("StandingsModel", "No."),
               QT_TRANSLATE_NOOP("StandingsModel", "Name"), QT_TRANSLATE_NOOP("StandingsModel", "Bonus"),
               QT_TRANSLATE_NOOP("StandingsModel", "Deductions"), QT_TRANSLATE_NOOP("StandingsModel", "Score"),
               QT_TRANSLATE_NOOP("StandingsModel", "+/−"), QT_TRANSLATE_NOOP("StandingsModel", "Notes"))

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
        if role == Qt.DisplayRole:
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
        if role == SortRole:
            return {self.RANK: s.rank if s.ranked else 10**6, self.BONUS: s.bonus, self.DEDUCTION: s.deduction, self.SCORE: s.final,
                    self.CHANGE: s.change if s.change is not None else -10**6}.get(
                column, self.cell(s, column, Qt.DisplayRole))
        if role == Qt.ForegroundRole:
            if column in (self.RANK, self.MARKS) and not s.ranked:
                return QBrush(VOIDED_COLOR)
            if column == self.BONUS and s.bonus:
                return QBrush(BONUS_COLOR)
            if column == self.DEDUCTION and s.deduction:
                return QBrush(DEDUCTION_COLOR)
            if column == self.CHANGE and s.change:
                return QBrush(BONUS_COLOR if s.change > 0 else DEDUCTION_COLOR)
        if role == Qt.BackgroundRole:
            if s.warning or s.serious:
                return QBrush(WARNING_BG)
            if s.award:
                return QBrush(AWARD_BG)
        if role == Qt.FontRole and column == self.SCORE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and column in (self.RANK, self.BONUS, self.DEDUCTION, self.SCORE,
                                                       self.CHANGE):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
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


# ---------------------------------------------------------------- rules

class RulesModel(_RowsModel):
    CONTEXT = "RulesModel"
    CODE, AREA, KIND, ITEM, RANGE, DEFAULT, UNIT, STATUS = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("RulesModel", "Code"), QT_TRANSLATE_NOOP("RulesModel", "Area"),
               QT_TRANSLATE_NOOP("RulesModel", "Kind"), QT_TRANSLATE_NOOP("RulesModel", "Item"),
               QT_TRANSLATE_NOOP("RulesModel", "Range"), QT_TRANSLATE_NOOP("RulesModel", "Default"),
               QT_TRANSLATE_NOOP("RulesModel", "Unit"), QT_TRANSLATE_NOOP("RulesModel", "Status"))

    def load(self) -> None:
        from ..office.rules import all_rules

        self.set_rows(all_rules())

    def cell(self, r, column, role):
        if role == Qt.DisplayRole:
            sign = "+" if r.kind == "bonus" else "−"
            rng = (f"{sign}{r.min_points}" if r.min_points == r.max_points
                   else f"{sign}{r.min_points}…{sign}{r.max_points}")
            return {
                self.CODE: r.code, self.AREA: i18n.label(vocab.AREAS, r.area),
                self.KIND: i18n.label(vocab.KINDS, r.kind), self.ITEM: r.name, self.RANGE: rng,
                self.DEFAULT: f"{sign}{r.default_points}", self.UNIT: i18n.label(vocab.UNITS, r.unit),
                self.STATUS: (QCoreApplication.translate("RulesModel", "In use") if r.active
                              else QCoreApplication.translate("RulesModel", "Disabled"))
                + (QCoreApplication.translate("RulesModel", " · serious") if r.serious else ""),
            }.get(column)
        if role == Qt.ForegroundRole:
            if not r.active:
                return QBrush(VOIDED_COLOR)
            if column in (self.RANGE, self.DEFAULT, self.KIND):
                return QBrush(BONUS_COLOR if r.kind == "bonus" else DEDUCTION_COLOR)
        if role == Qt.ToolTipRole and column == self.ITEM:
            return r.name + (f"\n{r.note}" if r.note else "")
        return None
