"""Starting the program: the database, the language, unexpected errors."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from csperf_desktop.gui.shell import app as gui_app
from csperf_desktop.gui.shell import errors_dialog, i18n


def args(**kw):
    return argparse.Namespace(**({"db": None, "demo": False, "lang": "en"} | kw))


def test_a_file_that_is_not_a_database_is_named_in_the_recovery_dialog(tmp_path, qapp, answers, monkeypatch):
    from csperf_desktop.gui.admin import backup_dialogs

    seen = []
    monkeypatch.setattr(backup_dialogs, "recover_database",
                        lambda location, message, parent=None: seen.append(message))  # the person chose Quit
    bad = tmp_path / "notes.db"
    bad.write_text("这不是数据库")
    assert gui_app.run(args(db=str(bad))) == 0
    assert seen and "notes.db" in seen[0] and "不是 csperf 数据库" in seen[0]
    assert bad.read_text() == "这不是数据库"  # the file is left as it was


def _start(tmp_path, *args):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSPERF_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return subprocess.Popen([sys.executable, str(root / "main.py"), *args, "--lang", "zh_CN"],
                            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _runs_until_closed(proc, seconds: float, ready=lambda: True) -> str:
    import time

    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not ready():
            time.sleep(0.2)
        time.sleep(seconds)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    return err


def test_the_demo_office_starts_and_runs_until_closed(tmp_path):
    """``main.py --demo`` builds the demo office and keeps running (its own process: one
    QApplication.exec per process, as in real use)."""
    proc = _start(tmp_path, "--demo")
    err = _runs_until_closed(proc, 6)
    assert "Traceback" not in err
    assert not (tmp_path / "data" / "logs" / "csperf-gui.log").exists()  # nothing unexpected was logged


def test_a_new_database_waits_in_the_welcome_and_writes_nothing_yet(tmp_path):
    """A database that does not exist yet opens the first-run welcome; until the
    administrator is created nothing is written under that name."""
    path = tmp_path / "office.db"
    proc = _start(tmp_path, "--db", str(path))
    err = _runs_until_closed(proc, 3)
    assert "Traceback" not in err
    assert not path.exists()
    assert not (tmp_path / "data" / "logs" / "csperf-gui.log").exists()


def test_language_defaults_to_chinese_on_a_chinese_or_unset_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.C))
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Chinese, QLocale.China))
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.German, QLocale.Germany))
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"


def test_unexpected_error_is_logged_and_shown_without_a_traceback(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        errors_dialog.report_exception(type(exc), exc, exc.__traceback__)
    log = errors_dialog.log_file().read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in log and "Traceback" in log
    assert shown and "Traceback" not in shown[0] and str(errors_dialog.log_file()) in shown[0]


def test_core_error_in_an_operation_becomes_a_message_box(qtbot, office, ctx, answers):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.shell.operations import run_op

    changes = []
    ctx.changed.connect(changes.append)
    op = run_op(ctx, None, add_event, "A01", "D04", "2026-10-05", 7, what="events")
    assert op.error is not None and answers.errors == [op.error.message]
    assert changes == []
    op = run_op(ctx, None, add_event, "A01", "D04", "2026-10-05", 2, what="events")
    assert op.error is None and changes == ["events"]


def test_slow_operation_runs_in_a_worker_and_reports_back(qtbot, office, ctx, answers):
    import threading

    from csperf_desktop.gui.shell.operations import run_op

    threads = []

    def service(actor, value):
        threads.append(threading.current_thread())
        return value * 2

    changes = []
    ctx.changed.connect(changes.append)
    op = run_op(ctx, None, service, 21, what="events", slow=True, label="…")
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert (op.result, op.error, changes) == (42, None, ["events"])
    assert threads and threads[0] is not threading.main_thread()


def test_backup_from_the_file_menu_writes_a_copy(qtbot, office, make_window, answers, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = make_window()
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=10000)  # written in a worker
    assert str(target) in answers.infos[0]
    assert sqlite3.connect(target).execute("select count(*) from staff").fetchone()[0] == 5


def test_opening_another_database_from_the_file_menu(qtbot, office, make_window, answers, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from csperf_desktop.store.models import Staff

    window = make_window()
    window.ui.tabs.setCurrentIndex(0)
    assert window.staff_tab.model.rowCount() == 5
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    window.ui.actionNewDatabase.trigger()
    assert Staff.select().count() == 0
    assert window.staff_tab.model.rowCount() == 0
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.ui.actionOpenDatabase.trigger()
    assert answers.errors and "bad.db" in answers.errors[0]
    assert Staff.select().count() == 0  # still on the new database


def test_help_menu_opens_the_guide_and_about(qtbot, office, make_window, answers, monkeypatch):
    from csperf_desktop.gui.shell import about_dialog, help_window

    shown = []
    monkeypatch.setattr(about_dialog, "show_about", lambda ctx, parent: shown.append("about"))
    monkeypatch.setattr(help_window, "show_help", lambda parent: shown.append("guide"))
    window = make_window()
    window.ui.actionAbout.trigger()
    assert shown == ["about"]
    monkeypatch.setattr(help_window, "guide_file", lambda: help_window.GUIDE_DIR / "missing.md")
    window.ui.actionUserGuide.trigger()
    assert shown == ["about"] and answers.infos  # no guide file: the short quick-start note
    monkeypatch.setattr(help_window, "guide_file", lambda: __import__("pathlib").Path(__file__))
    window.ui.actionUserGuide.trigger()
    assert shown == ["about", "guide"]


def test_a_closed_window_stops_looking_at_the_database(qtbot, demo_db, make_window):
    from PySide6.QtCore import QTimer

    window = make_window()
    assert window._day_timer.isActive() and window._change_timer.isActive()
    window.close()
    assert [t for t in window.findChildren(QTimer) if t.isActive()] == []
