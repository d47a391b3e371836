"""Every menu entry added around the tabs reaches its window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog


@pytest.fixture
def opened(monkeypatch):
    """Record which dialogs were opened instead of running them modally."""
    seen = []

    def fake_exec(self):
        seen.append(type(self).__name__)
        return QDialog.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return seen


def _action(window, menu, text_part):
    for action in menu.actions():
        if text_part in action.text().replace("&", ""):
            return action
    raise AssertionError(f"no menu entry with {text_part!r} in {[a.text() for a in menu.actions()]}")


@pytest.mark.parametrize("menu_name,text,dialog", [
    ("menuHelp", "Check a printout", "CheckPrintoutDialog"),
    ("menuSettings", "Users and roles", "UsersDialog"),
    ("menuFile", "Restore from a backup", None),
    ("menuMonth", "Spot checks of the month", "SpotCheckMonthDialog"),
    ("menuMonth", "Spot check…", "SpotCheckDialog"),
])
def test_menu_entries_open_their_windows(qtbot, office, make_window, answers, opened, monkeypatch, menu_name,
                                         text, dialog):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # restore: cancelled
    window = make_window()
    _action(window, getattr(window.ui, menu_name), text).trigger()
    if dialog:
        assert dialog in opened
    else:
        assert not answers.errors


def test_audit_trail_and_verify_from_the_help_menu(qtbot, office, make_window, answers):
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog

    window = make_window()
    _action(window, window.ui.menuHelp, "Audit trail").trigger()
    _action(window, window.ui.menuHelp, "Verify the database").trigger()
    dialogs = [w for w in window.findChildren(AuditDialog)]
    assert len(dialogs) == 2
    for d in dialogs:
        d.close()


def test_excel_menus_are_in_the_file_menu(qtbot, office, make_window):
    window = make_window()
    titles = [a.text().replace("&", "") for a in window.ui.menuFile.actions()]
    assert any("Import from Excel" in t for t in titles) and any("Export to Excel" in t for t in titles)


def test_the_main_window_loads_neither_openpyxl_nor_reportlab_at_start(tmp_path):
    """Start-up cost: Excel and PDF machinery load when first used, not with the window."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from csperf_desktop.gui.shell.app import make_application\n"
        "from csperf_desktop.store.db import open_database\n"
        "app = make_application()\n"
        f"open_database({str(tmp_path / 'w.db')!r})\n"
        "from csperf_desktop.gui.shell.context import AppContext\n"
        "from csperf_desktop.gui.shell.main_window import MainWindow\n"
        "w = MainWindow(AppContext()); w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('openpyxl', 'reportlab') if m in sys.modules))\n"
        "import os; os._exit(0)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSPERF_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[3], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_the_daily_tab_has_the_spot_check_button(qtbot, office, make_window, opened):
    window = make_window()
    window.daily_tab.spot_button.click()
    assert opened == ["SpotCheckDialog"]


def test_a_change_made_on_another_pc_shows_up(qtbot, office, make_window, answers):
    """Another copy of the program (here: a service call outside this window) publishes the
    month; the window notices on its next check and shows the month as locked."""
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    window = make_window()
    month = Month(2026, 9)
    window.ctx.set_month(month)
    assert "Open" in window.status_label.text()
    assert not window.check_external_changes()  # nothing new yet
    seen = []
    window.ctx.changed.connect(seen.append)
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(Actor("pc2", "supervisor"), month)
    assert window.check_external_changes()
    assert "database" in seen
    assert "Published" in window.status_label.text()
    assert not window.ui.actionPublish.isEnabled()
