"""The analysis charts, drawn with pyqtgraph (imported here only, when a chart is first
shown: the rest of the program never loads it).

Chinese labels: pyqtgraph draws every text (tick labels, the legend, titles) with Qt's own
text engine, so the CJK font the program sets on the application (``shell.app.UI_FONTS``)
is used and Qt's font fallback covers any character it lacks; the tick font is set to the
application font explicitly.

Every chart has the same right-click menu: copy the chart (as a picture) and save it as PNG.
pyqtgraph's own menu (view range, export dialog in English) is switched off.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QGuiApplication, QPen
from PySide6.QtWidgets import QApplication, QMenu, QVBoxLayout, QWidget

pg.setConfigOptions(background="w", foreground="#333333", antialias=True)

PERSON = "#1f5fa8"
TEAM = "#e08a00"
OFFICE = "#7f7f7f"
UP = "#2e8b57"
DOWN = "#c0392b"


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisChart", text)


class Chart(QWidget):
    """A pyqtgraph plot with the program's font and the copy / save-as-PNG menu."""

    def __init__(self, parent: QWidget | None = None, name: str = "chart"):
        super().__init__(parent)
        self.name = name
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(220)
        self.item = self.plot.getPlotItem()
        self.item.showGrid(x=False, y=True, alpha=0.25)
        font = QFont(QApplication.font())
        for side in ("bottom", "left"):
            self.item.getAxis(side).setStyle(tickFont=font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.copy_action = QAction(tr("&Copy chart"), self)
        self.copy_action.triggered.connect(self.copy)
        self.save_action = QAction(tr("&Save chart as PNG…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.legend = None

    # -- the menu
    def menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(self.save_action)
        return menu

    def _clicked(self, event) -> None:
        if event.button() == Qt.RightButton and not event.isAccepted():
            event.accept()
            self.menu().popup(event.screenPos().toPoint())

    def contextMenuEvent(self, event) -> None:  # the keyboard's menu key
        self.menu().popup(event.globalPos())

    def picture(self):
        return self.plot.grab()

    def copy(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.picture())

    def save_as(self) -> None:
        from ..shell import filework

        path = filework.ask_save_path(self, "analysis-charts", tr("Save chart as PNG"), f"{self.name}.png",
                                      tr("PNG image (*.png)"), ".png")
        if path is None:
            return
        self.save_png(path)

    def save_png(self, path) -> bool:
        from ..shell import messages

        if not self.picture().save(str(path), "PNG"):
            messages.error(self, tr("The picture could not be written to {path}. Choose another folder.")
                           .format(path=path))
            return False
        return True

    # -- drawing
    def clear(self) -> None:
        self.item.clear()
        if self.legend is not None:
            self.legend.clear()

    def ensure_legend(self):
        if self.legend is None:
            self.legend = self.item.addLegend(offset=(10, 10))
        return self.legend

    def set_month_ticks(self, months: list[str]) -> None:
        step = max(1, len(months) // 12)
        ticks = [(i, _short_month(m)) for i, m in enumerate(months) if i % step == 0 or i == len(months) - 1]
        self.item.getAxis("bottom").setTicks([ticks])


def _short_month(key: str) -> str:
    year, month = key.split("-")
    return f"{year[2:]}-{month}"


def draw_trend(chart: Chart, months: list[str], series: list[tuple[str, list, str, object]],
               y_range: tuple | None = None) -> None:
    """Lines over the months: ``series`` = (label, values with None for gaps, colour, pen
    style). A gap (a month with nothing published) breaks the line."""
    chart.clear()
    legend = chart.ensure_legend()
    for label, values, colour, style in series:
        pen = pg.mkPen(QColor(colour), width=2.5 if style == Qt.SolidLine else 1.6, style=style)
        if all(v is None for v in values):
            continue
        ys = [float("nan") if v is None else float(v) for v in values]
        item = chart.item.plot(list(range(len(values))), ys, pen=pen, connect="finite",
                               symbol="o" if style == Qt.SolidLine else None, symbolSize=6,
                               symbolBrush=QColor(colour), symbolPen=QPen(QColor(colour)))
        legend.addItem(item, label)
    chart.set_month_ticks(months)
    chart.item.setXRange(-0.5, max(len(months) - 0.5, 0.5), padding=0)
    if y_range:
        chart.item.setYRange(*y_range, padding=0.02)


def draw_movers(chart: Chart, labels: list[str], deltas: list[int]) -> None:
    """Horizontal bars: each person's change in points, the biggest rise on top."""
    chart.clear()
    if not labels:
        return
    n = len(labels)
    ys = list(range(n))[::-1]
    brushes = [pg.mkBrush(UP if d >= 0 else DOWN) for d in deltas]
    bars = pg.BarGraphItem(x0=[0] * n, y=ys, width=deltas, height=0.6, brushes=brushes, pens=[None] * n)
    chart.item.addItem(bars)
    left = chart.item.getAxis("left")
    left.setTicks([[(y, label) for y, label in zip(ys, labels)]])
    metrics = QFontMetrics(QFont(QApplication.font()))
    left.setWidth(max(metrics.horizontalAdvance(label) for label in labels) + 16)  # no name left out
    chart.item.getAxis("bottom").setTicks(None)
    for y, d in zip(ys, deltas):
        text = pg.TextItem(f"{d:+d}", color="#333333", anchor=(0, 0.5) if d >= 0 else (1, 0.5))
        text.setFont(QFont(QApplication.font()))
        text.setPos(QPointF(d, y))
        chart.item.addItem(text)
    span = max((abs(d) for d in deltas), default=1) or 1
    chart.item.setXRange(-span * 1.25, span * 1.25, padding=0)
    chart.item.setYRange(-0.7, n - 0.3, padding=0)
    chart.item.addLine(x=0, pen=pg.mkPen("#555555", width=1))
