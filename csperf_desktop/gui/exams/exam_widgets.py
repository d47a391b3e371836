"""The Exams tab's own widgets, placed by its Designer form: the score distribution chart and
the result grid that moves to the next person on Enter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QSizePolicy, QTableView, QWidget

from ..widgets.rows_model import RowRole


# ---------------------------------------------------------------- the distribution chart

class DistributionChart(QWidget):
    """Bars of the score distribution (share of full marks), drawn with QPainter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buckets: list[tuple[str, int]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_buckets(self, buckets: list[tuple[str, int]]) -> None:
        # "60–69%" → "60–69": the caption above the chart says the figures are percent of full marks.
        self.buckets = [(self.tr("Full") if label == "满分" else label.replace("%", ""), n) for label, n in buckets]
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rect = self.rect().adjusted(4, 4, -4, -4)
        fm = self.fontMetrics()
        label_h = fm.height() + 2
        if not self.buckets or not any(n for _, n in self.buckets):
            p.setPen(QColor("#888"))
            p.drawText(rect, Qt.AlignCenter, self.tr("No scores yet"))
            return
        top = max(n for _, n in self.buckets)
        n = len(self.buckets)
        slot = rect.width() / n
        chart_h = rect.height() - 2 * label_h
        base_y = rect.bottom() - label_h
        p.setPen(QPen(QColor("#c8ccd2")))
        p.drawLine(rect.left(), base_y, rect.right(), base_y)
        for i, (label, count) in enumerate(self.buckets):
            x = rect.left() + i * slot
            h = 0 if not top else chart_h * count / top
            bar = QRectF(x + slot * 0.18, base_y - h, slot * 0.64, h)
            colour = QColor("#1b7a35") if i == n - 1 else (QColor("#c0392b") if i == 0 else QColor("#4a7fb5"))
            p.fillRect(bar, colour)
            p.setPen(QColor("#333"))
            if count:
                p.drawText(QRectF(x, bar.top() - label_h, slot, label_h), Qt.AlignHCenter | Qt.AlignBottom,
                           str(count))
            p.setPen(QColor("#555"))
            p.drawText(QRectF(x, base_y + 1, slot, label_h), Qt.AlignHCenter | Qt.AlignTop,
                       fm.elidedText(label, Qt.ElideRight, int(slot)))
        p.end()


# ---------------------------------------------------------------- the grid view

class GridView(QTableView):
    """Enter commits the score and moves to the next person, in the same column."""

    def closeEditor(self, editor, hint) -> None:
        if hint == QAbstractItemDelegate.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        model = self.model()
        # A refused score keeps the cursor on the line so it can be corrected.
        line = model.data(current.siblingAtColumn(0), RowRole)
        if line is not None and line.error:
            return
        row = min(current.row() + 1, model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, current.column()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.state() != QAbstractItemView.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)
