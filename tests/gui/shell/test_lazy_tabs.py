"""The main window paints before loading data: the tab in view is built right after the
first paint, the others when they are first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_the_tab_in_view_is_built_after_the_first_paint(qtbot, office, answers):
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window._tabs == {}  # nothing built before the window is shown
    window.show()
    window.grab()  # the first paint schedules the tab
    qtbot.waitUntil(lambda: "daily" in window._tabs, timeout=5000)
    assert window.ui.tabs.currentWidget() is window.ui.dailyPage
    assert window._placeholder is None
    assert set(window._tabs) == {"daily"}
    qtbot.waitUntil(lambda: window.daily_tab.isVisible(), timeout=2000)
    assert window.daily_tab.standings_model.rowCount() == 5


def test_other_tabs_are_built_and_loaded_when_opened(qtbot, office, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: "daily" in window._tabs, timeout=5000)
    assert "staff" not in window._tabs
    window.ui.tabs.setCurrentWidget(window.ui.staffPage)
    assert "staff" in window._tabs
    tab = window._tabs["staff"]
    assert tab.isVisible() and tab.parent() is window.ui.staffPage
    assert tab.model.rowCount() == 5
    # Switching back and forth builds nothing twice.
    window.ui.tabs.setCurrentWidget(window.ui.dailyPage)
    window.ui.tabs.setCurrentWidget(window.ui.staffPage)
    assert window._tabs["staff"] is tab
    assert window.ui.staffPage.findChildren(type(tab)) == [tab]


def test_a_tab_used_from_a_menu_is_built_on_demand(qtbot, office, make_window):
    window = make_window()
    assert "annual" not in window._tabs
    annual = window.annual_tab  # e.g. a menu action reaching into a tab not yet opened
    assert window._tabs["annual"] is annual
    assert not annual.isVisible()  # its page is not in view
    QCoreApplication.processEvents()
    window.ui.tabs.setCurrentWidget(window.ui.annualPage)
    assert annual.isVisible()


FIRST_PAINT = """
import sys
from PySide6.QtCore import QCoreApplication
from csperf_desktop.gui.shell.app import open_main_window, prepare_application
from csperf_desktop.store.db import open_database
from csperf_desktop.gui.shell.context import AppContext
app = prepare_application("zh_CN")
open_database(sys.argv[1])
window = open_main_window(AppContext())
QCoreApplication.processEvents()
window.grab()
print(window.windowTitle())
print(sorted(name for name in sys.modules if name.startswith("csperf_desktop.") and not name.startswith("csperf_desktop.gui")))
import os
os._exit(0)
"""


def test_the_first_paint_needs_neither_the_monthly_cycle_nor_the_features(office, db):
    """Start-up time: what the window paints first (menus, month bar, period status) reads
    the database through the models; the standings, publishing and the feature modules
    load after it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, db.database], cwd=Path(__file__).resolve().parents[3],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    title, loaded = done.stdout.strip().splitlines()[-2:]
    from csperf_desktop.office.settings import load

    assert title.startswith(load().company_name + " — ")  # the period bar read the database
    for module in ("periods", "standings", "scoring", "events", "exams", "spotchecks", "appeals", "proposals"):
        assert f"'csperf_desktop.monthly.{module}'" not in loaded, module
    assert "'csperf_desktop.monthly" not in loaded  # no step of the month at all
    assert "'csperf_desktop.store.models'" in loaded
