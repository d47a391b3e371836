"""What every table model shares: ``RowsModel`` (one row object per line, cells from
``cell()``), the colours and roles, and ``list_table`` / ``set_column_widths`` for the views.

Each model loads its rows with a fixed number of queries (``set_rows`` resets the
model); colours, fonts and tooltips come from ``data()`` roles. Column numbers are
named constants so views and proxies never use bare numbers. The brushes and fonts
are made once the QApplication exists (``rows_model.VOIDED_BRUSH`` ..., read at paint time).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics


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
    from .table_tools import install

    install(view, sortable=False)  # Ctrl+C with titles and a right-click 复制 on every list
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


class RowsModel(QAbstractTableModel):
    HEADERS: tuple = ()
    CONTEXT = "TableModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.natural: list = []  # the rows in the order they were loaded
        self.sorted_by: tuple = (-1, Qt.AscendingOrder)
        if STRUCK_FONT is None:
            _lazy_styles()

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.natural = list(self.rows)
        if self.sorted_by[0] >= 0:
            self._sort_rows(*self.sorted_by)
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort on a column title's click: by ``SortRole`` where a cell gives one, else by
        the text shown (names in pinyin order, numbers as numbers); column -1 gives the
        order the rows were loaded in. Selections stay on their rows; a reload keeps the sort."""
        if column < 0 and self.sorted_by[0] < 0:
            return  # already in the order loaded
        if self.sorted_by[0] < 0:
            self.natural = list(self.rows)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        tracked = [(index, self.rows[index.row()]) for index in old if index.row() < len(self.rows)]
        self.sorted_by = (column, order)
        self._sort_rows(column, order)
        position = {id(r): i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            [index for index, _ in tracked],
            [self.index(position[id(r)], index.column()) for index, r in tracked])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        from .table_tools import BLANK, sort_key

        if column < 0 or column >= len(self.HEADERS):
            if len(self.natural) == len(self.rows):
                self.rows = list(self.natural)
            return
        sort_role, display = int(SortRole.value if hasattr(SortRole, "value") else SortRole), DISPLAY

        def key(obj):
            value = self.cell(obj, column, sort_role)
            return sort_key(value if value is not None else self.cell(obj, column, display))

        keyed = [(key(obj), obj) for obj in self.rows]
        filled = [pair for pair in keyed if pair[0][0] != BLANK]
        filled.sort(key=lambda pair: pair[0], reverse=order == Qt.DescendingOrder)
        self.rows = [obj for _, obj in filled] + [obj for k, obj in keyed if k[0] == BLANK]  # blanks last

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
