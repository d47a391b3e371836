"""The analysis window: opened from the Month menu without pyqtgraph, the heat map with its
warning months, the charts' copy and save, the Excel export and Ctrl+C."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from csperf_desktop.base.months import Month
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.staff import add_staff
from csperf_desktop.trust.auth import Actor

SUP = Actor("sup", "supervisor", "主管")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def months_office(db):
    """Three agents, July to September published; 丙 last from July on, below 60 in August and September."""
    for no, name, team in (("A01", "甲", "一组"), ("A02", "乙", "一组"), ("A03", "丙", "二组")):
        add_staff(SUP, employee_no=no, name=name, team=team, hire_date="2020-01-01")
    for m, rows in ((7, [("A01", "B05", 5), ("A03", "D07", 2)]),
                    (8, [("A03", "D12", 20), ("A03", "D12", 20), ("A02", "D04", 2)]),
                    (9, [("A03", "D12", 20), ("A03", "D12", 20), ("A02", "B05", 5)])):
        for i, (no, rule, pts) in enumerate(rows):
            add_event(SUP, no, rule, f"2026-{m:02d}-1{i}", pts)
        publish_month(SUP, Month(2026, m), anyway="测试")


@pytest.fixture
def window(qtbot, ctx, months_office):
    from PySide6.QtWidgets import QWidget

    from csperf_desktop.gui.analysis.analysis_window import open_analysis

    parent = QWidget()
    qtbot.addWidget(parent)
    w = open_analysis(ctx, parent)
    w.set_range(Month(2026, 7), Month(2026, 9))
    w.reload()
    yield w
    w.close()
    del parent


def _column(model, title):
    return model.headers.index(title)


def test_the_heat_map_shows_published_scores_and_marks_warning_months(window):
    model = window.models["heat"]
    assert model.headers[:3] == ["No.", "Name", "Team"]
    assert model.headers[3:6] == ["2026-07", "2026-08", "2026-09"]
    values = {row[0]: row for row in model.values()}
    assert values["A03"][3:6] == [78, 40, 40]
    sep = _column(model, "2026-09")
    row = [r[0] for r in model.values()].index("A03")
    index = model.index(row, sep)
    assert index.data() == "40 !"
    assert index.data(Qt.BackgroundRole).color().name() == "#b3261e"
    assert "Warning month" in index.data(Qt.ToolTipRole)
    assert model.index(row, _column(model, "2026-08")).data() == "40 !"  # last in July too, and below 60
    assert model.index(row, _column(model, "2026-07")).data() == "78"  # last, but not below 60
    assert model.index(row, _column(model, "2026-07")).data(Qt.ToolTipRole) is None
    assert "2 in the range" in window.ui.heatLegend.text()
    # sortable: by September's score, lowest first
    window.ui.heatTable.sortByColumn(sep, Qt.AscendingOrder)
    assert [r[0] for r in model.values()] == ["A03", "A01", "A02"]


def test_ctrl_c_copies_rows_with_titles(window, qtbot):
    view = window.ui.heatTable
    view.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key_C, Qt.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith("No.\tName\tTeam\t2026-07")
    assert text.splitlines()[1].startswith("A01\t甲\t一组\t85")


def test_export_writes_the_tab_s_tables_to_excel(window, tmp_path):
    import openpyxl

    path = window.export_to(tmp_path / "heat.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws.cell(row=2, column=1).value == "No."
    rows = {ws.cell(row=r, column=1).value: r for r in range(3, 6)}
    assert ws.cell(row=rows["A03"], column=6).value == 40  # numbers stay numbers
    assert ws.cell(row=rows["A03"], column=6).fill.fgColor.rgb.endswith("FFC7CE")  # the warning month
    assert ws.cell(row=rows["A01"], column=6).fill.fgColor.rgb in (None, "00000000")

    window.ui.tabs.setCurrentIndex(2)  # rules: the rules, the quarter's top deductions, the rules never used
    book = openpyxl.load_workbook(window.export_to(tmp_path / "rules.xlsx"))
    assert book.sheetnames == ["Rules", "Top deductions", "Never used"]
    codes = [book["Rules"].cell(row=r, column=1).value for r in range(3, book["Rules"].max_row + 1)]
    assert codes[0] == "D12"


def test_charts_load_on_first_show_and_copy_or_save_as_png(window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    assert window.trend_chart is None
    window.ui.tabs.setCurrentIndex(1)
    chart = window.trend_chart
    assert chart is not None
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    popped = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, pos, *a: popped.append([x.text() for x in menu.actions()]))
    viewport = chart.plot.viewport()
    qtbot.mouseClick(viewport, Qt.RightButton, pos=viewport.rect().center())
    assert popped == [["&Copy chart", "&Save chart as PNG…"]]  # our menu, not pyqtgraph's
    titles = [a.text() for a in chart.menu().actions()]
    assert titles == ["&Copy chart", "&Save chart as PNG…"]
    QGuiApplication.clipboard().clear()
    chart.copy_action.trigger()
    assert not QGuiApplication.clipboard().pixmap().isNull()
    out = tmp_path / "trend.png"
    assert chart.save_png(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the person's line and the two averages, one value per month
    rows = window.models["trend"].values()
    assert [r[1] for r in rows] == [85, 80, 80]  # 甲 (the first person)
    window.ui.subjectKind.setCurrentIndex(1)  # team
    assert [r[1] for r in window.models["trend"].values()] == [82.5, 79.0, 82.5]  # 一组


def test_movers_and_the_range(window):
    window.ui.tabs.setCurrentIndex(3)
    up = window.models["up"].values()
    assert [(r[0], r[3], r[4], r[5], r[6], r[7]) for r in up] == [("A02", "2026-08", 78, "2026-09", 85, 7)]
    assert window.models["down"].values() == []  # 丙 stayed at 40, 甲 at 80
    assert window.movers_chart is not None
    window.set_range(Month(2026, 7), Month(2026, 7))
    window.reload()
    assert window.models["up"].values() == []  # June was never published: nothing to compare with
    assert window.ui.upLabel.text().startswith("Most improved — needs two published months")
    window.ui.tabs.setCurrentIndex(0)  # each tab is filled when it is shown
    assert window.models["heat"].headers[3:] == ["2026-07", "Average"]


def test_the_window_opens_from_the_month_menu_without_pyqtgraph(tmp_path):
    """In a fresh process: the main window and the analysis window (heat map) do not import
    pyqtgraph; showing the trend tab does."""
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from csperf_desktop.store.db import open_database
open_database(sys.argv[1])
from csperf_desktop.gui.shell.context import AppContext
from csperf_desktop.gui.shell.main_window import MainWindow
w = MainWindow(AppContext())
w.show(); app.processEvents()
before = 'pyqtgraph' in sys.modules
w.analysis_action.trigger(); app.processEvents()
a = w._analysis_window
opened = a.isVisible() and 'pyqtgraph' in sys.modules
a.ui.tabs.setCurrentIndex(1); app.processEvents()
print(before, opened, 'pyqtgraph' in sys.modules, w.analysis_action.shortcut().toString())
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSPERF_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.db")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split()[-4:] == ["False", "False", "True", "Ctrl+Shift+A"], out.stderr[-2000:]


def test_the_management_summary_is_printed_from_the_window(window, tmp_path, qtbot, monkeypatch):
    from csperf_desktop.gui.shell import filework

    target = tmp_path / "summary.pdf"
    told = []
    monkeypatch.setattr(filework, "ask_save_path", lambda *a, **k: target)
    monkeypatch.setattr(filework, "offer_open", lambda parent, message, *a, **k: told.append(message))
    window.print_summary()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "summary.pdf" in told[0]
    from pypdf import PdfReader

    assert "2026年9月月度管理摘要" in PdfReader(str(target)).pages[0].extract_text()
