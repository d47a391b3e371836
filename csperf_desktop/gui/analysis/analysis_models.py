"""One table model for every analysis table: rows of plain values under translated titles,
numbers right-aligned and sorted as numbers, optional cell colours and tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ..widgets import rows_model
from ..widgets.rows_model import RowsModel

SORT_ROLE = int(rows_model.SortRole.value if hasattr(rows_model.SortRole, "value") else rows_model.SortRole)
WARNING_BG = QColor("#b3261e")
WARNING_FG = QColor("#ffffff")


def score_colour(value: float) -> QColor:
    """A heat-map colour: red below 60, yellow about 75, green towards 100."""
    stops = ((40, (0xf2, 0x8b, 0x82)), (60, (0xf8, 0xc8, 0xa8)), (75, (0xff, 0xf2, 0xc2)),
             (90, (0xcd, 0xea, 0xc0)), (100, (0x8f, 0xd1, 0x8f)))
    if value <= stops[0][0]:
        return QColor(*stops[0][1])
    for (a, ca), (b, cb) in zip(stops, stops[1:]):
        if value <= b:
            t = (value - a) / (b - a)
            return QColor(*(round(x + (y - x) * t) for x, y in zip(ca, cb)))
    return QColor(*stops[-1][1])


def text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


class ValuesModel(RowsModel):
    """``set_table(headers, rows)``: each row a list of values (numbers stay numbers for sorting
    and export). ``backgrounds`` / ``tooltips``: {(row, column): QColor / text} over the rows given;
    ``marked``: the cells shown as warnings (white on red)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self._brushes: dict = {}
        self._tips: dict = {}
        self.marked: set = set()
        self._index: dict = {}
        self._displays: dict = {}

    def set_table(self, headers: list[str], rows: list[list], backgrounds: dict | None = None,
                  tooltips: dict | None = None, marked: set | None = None, displays: dict | None = None) -> None:
        self.headers = list(headers)
        self.HEADERS = tuple(self.headers)  # RowsModel sorts over len(HEADERS)
        wrapped = [_Row(i, list(r)) for i, r in enumerate(rows)]
        self._brushes = {k: QBrush(c) for k, c in (backgrounds or {}).items()}
        self._tips = dict(tooltips or {})
        self.marked = set(marked or ())
        self._displays = dict(displays or {})
        self.set_rows(wrapped)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def values(self) -> list[list]:
        """The rows in the order shown (sorted as the view sorts them)."""
        return [r.values for r in self.rows]

    def marked_shown(self) -> set:
        """The marked cells, by the row they are shown at."""
        at = {r.index: i for i, r in enumerate(self.rows)}
        return {(at[r], c) for r, c in self.marked if r in at}

    def cell(self, obj, column: int, role):
        value = obj.values[column] if column < len(obj.values) else None
        key = (obj.index, column)
        if role == rows_model.DISPLAY:
            return self._displays.get(key, text_of(value))
        if role == SORT_ROLE:
            return value
        if role == rows_model.ALIGNMENT and isinstance(value, (int, float)) and not isinstance(value, bool):
            return rows_model.RIGHT_ALIGNED
        if role == rows_model.BACKGROUND:
            if key in self.marked:
                return QBrush(WARNING_BG)
            return self._brushes.get(key)
        if role == rows_model.FOREGROUND and key in self.marked:
            return QBrush(WARNING_FG)
        if role == rows_model.TOOLTIP:
            return self._tips.get(key)
        return None


class _Row:
    __slots__ = ("index", "values")

    def __init__(self, index: int, values: list):
        self.index = index
        self.values = values
