"""First start: the welcome dialog creates a working administrator, the company
and the database where the person chose, or refuses a bad roster whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from csperf_desktop.trust.auth import Actor


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    from csperf_desktop.trust import users

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture(autouse=True)
def unbound_models():
    yield
    from csperf_desktop.store.db import close_database

    close_database()


def fill(qtbot, dialog, location, password="Kefu-2026", company="东湖客服中心"):
    qtbot.keyClicks(dialog.username, "lihua")
    dialog.display_name.setText("李华")
    qtbot.keyClicks(dialog.password.first, password)
    qtbot.keyClicks(dialog.password.second, password)
    dialog.company.setText(company)
    dialog.location_edit.setText(str(location))


def press_start(qtbot, dialog):
    qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    if dialog.job is not None:
        qtbot.waitUntil(lambda: dialog.job.done, timeout=30000)


def test_first_run_creates_an_admin_who_can_sign_in_and_returns_the_location(qtbot, tmp_path):
    from csperf_desktop.office import settings
    from csperf_desktop.trust import users
    from csperf_desktop.gui.admin.first_run import FirstRunDialog, needs_first_run
    from csperf_desktop.store.models import Staff

    location = tmp_path / "office" / "kefu.db"
    location.parent.mkdir()
    assert needs_first_run(str(location))
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.location_edit.text().endswith("csperf.db")  # the default is shown
    fill(qtbot, dialog, location)
    assert dialog.password.problem() is None
    press_start(qtbot, dialog)

    assert dialog.result() == QDialog.Accepted, dialog.message.text()
    assert dialog.location == str(location) and location.exists()
    assert dialog.actor.username == "lihua" and dialog.actor.role == "admin"
    actor = users.authenticate("lihua", "Kefu-2026", users.LoginThrottle())
    assert actor.role == "admin" and actor.display_name == "李华"
    assert settings.load().company_name == "东湖客服中心"
    assert Staff.select().count() == 0  # the empty office
    assert QSettings().value("database/last") == str(location)
    assert not needs_first_run(str(location))

    # … and the main window opens on it, acting as the new administrator.
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.shell.main_window import MainWindow

    ctx = AppContext(dialog.actor)
    ctx.database_location = dialog.location
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert "东湖客服中心" in window.windowTitle() and window.ctx.can("manage_users")


def test_weak_or_mismatched_password_is_said_in_place_and_nothing_is_created(qtbot, tmp_path):
    from csperf_desktop.gui.admin.first_run import FirstRunDialog

    location = tmp_path / "kefu.db"
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, location, password="1111111111")
    assert "simple" in dialog.password.message.text()
    dialog.password.second.setText("something-else1")
    dialog.password.first.setText("short")
    assert "8" in dialog.password.message.text()
    press_start(qtbot, dialog)
    assert dialog.result() != QDialog.Accepted
    assert dialog.message.text()
    assert not location.exists()


def test_a_roster_with_problems_is_listed_and_nothing_is_imported(qtbot, tmp_path):
    import datetime as dt

    from openpyxl import load_workbook

    from csperf_desktop.trust import users
    from csperf_desktop.excel import save_template
    from csperf_desktop.gui.admin.first_run import FirstRunDialog
    from csperf_desktop.store.models import Staff

    roster = tmp_path / "roster.xlsx"
    save_template("staff", roster)  # header on row 2: 工号 姓名 岗位 组别 入职日期 …
    wb = load_workbook(roster)
    ws = wb.worksheets[0]
    for col, value in enumerate(["KF001", "王芳", "客服", "一组", dt.date(2025, 3, 1)], start=1):
        ws.cell(3, col, value)
    for col, value in enumerate(["KF001", "张伟", "客服", "二组", dt.date(2025, 4, 1)], start=1):
        ws.cell(4, col, value)  # the same number twice
    wb.save(roster)

    location = tmp_path / "kefu.db"
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, location)
    dialog.start_import.setChecked(True)
    dialog.roster.setText(str(roster))
    press_start(qtbot, dialog)
    assert dialog.result() != QDialog.Accepted
    assert dialog.problems.isVisible() or not dialog.problems.isHidden()
    assert "KF001" in dialog.problems.toPlainText()
    assert Staff.select().count() == 0 and not users.has_users()

    # Fixed in Excel, Start again on the same file: the office is set up.
    ws.cell(4, 1, "KF002")
    wb.save(roster)
    press_start(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted, dialog.message.text()
    assert sorted(s.employee_no for s in Staff.select()) == ["KF001", "KF002"]
    assert users.authenticate("lihua", "Kefu-2026", users.LoginThrottle()).role == "admin"


def test_the_demo_start_builds_the_demo_office_under_the_company_name(qtbot, tmp_path, fixed_clock):
    from csperf_desktop.office import settings
    from csperf_desktop.trust import users
    from csperf_desktop.gui.admin.first_run import FirstRunDialog
    from csperf_desktop.store.models import Period, Staff

    location = tmp_path / "demo.db"
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, location, company="西湖客服部")
    dialog.start_demo.setChecked(True)
    from csperf_desktop.devtools.demo import STEPS

    moved = []
    dialog.progress.valueChanged.connect(lambda v: moved.append((v, dialog.progress.maximum())))
    press_start(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted, dialog.message.text()
    assert moved[-1] == (STEPS, STEPS) and len(moved) >= STEPS // 2  # a bar that shows how far it is
    assert Staff.select().count() == 12 and Period.select().where(Period.revision > 0).exists()
    assert settings.load().company_name == "西湖客服部"
    assert users.authenticate("lihua", "Kefu-2026", users.LoginThrottle()).role == "admin"


# ------------------------------------------------------------------ start-up sequence


@pytest.fixture
def scripted(monkeypatch):
    """Stand-ins for the dialogs of the start-up sequence, recording what was asked."""
    from csperf_desktop.gui.admin import backup_dialogs, first_run, login

    asked = []
    script = {"sign_in": None, "first_run": None, "recover": None}

    def fake_first_run(parent=None, location=None, existing=False):
        asked.append(("first_run", location, existing))
        return script["first_run"](location, existing) if script["first_run"] else None

    def fake_sign_in(parent=None, username=""):
        asked.append(("sign_in",))
        return script["sign_in"]

    def fake_recover(location, message, parent=None):
        asked.append(("recover", location, message))
        return script["recover"](location) if script["recover"] else None

    monkeypatch.setattr(first_run, "run_first_run", fake_first_run)
    monkeypatch.setattr(login, "sign_in", fake_sign_in)
    monkeypatch.setattr(backup_dialogs, "recover_database", fake_recover)
    return asked, script


def test_start_up_on_a_new_location_runs_the_welcome(qtbot, tmp_path, scripted):
    from csperf_desktop.gui.shell.startup import start_session

    asked, script = scripted
    location = str(tmp_path / "new.db")
    assert start_session(location) is None  # cancelled
    assert asked == [("first_run", location, False)]
    script["first_run"] = lambda loc, existing: (loc, Actor("lihua", "admin"))
    session = start_session(location)
    assert session.actor.username == "lihua" and session.location == location and not session.read_only
    session.lock.release()


def test_start_up_signs_in_and_a_second_copy_is_read_only_as_a_viewer(qtbot, tmp_path, scripted):
    from csperf_desktop.trust import users
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.gui.shell.startup import start_session

    asked, script = scripted
    location = str(tmp_path / "kefu.db")
    open_database(location)
    users.create_first_admin("boss", "Boss-pass-1")
    close_database()
    script["sign_in"] = Actor("boss", "admin")
    first = start_session(location)
    assert first.actor.role == "admin" and not first.read_only and first.lock is not None
    try:
        second = start_session(location)
        assert second.read_only and second.actor == Actor("boss", "viewer")
        assert "进程" in second.holder
    finally:
        first.lock.release()
    assert asked == [("sign_in",), ("sign_in",)]


def test_start_up_on_a_damaged_file_offers_recovery(qtbot, tmp_path, scripted):
    from csperf_desktop.gui.shell.startup import start_session

    asked, script = scripted
    damaged = tmp_path / "kefu.db"
    damaged.write_bytes(b"not a database" * 50)
    assert start_session(str(damaged)) is None  # Quit
    assert asked[0][0] == "recover" and asked[0][1] == str(damaged)


def test_start_up_on_a_database_without_accounts_asks_for_the_administrator(qtbot, tmp_path, scripted):
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.gui.shell.startup import start_session

    asked, script = scripted
    location = str(tmp_path / "old.db")
    open_database(location)
    close_database()
    script["first_run"] = lambda loc, existing: (loc, Actor("boss", "admin"))
    session = start_session(location)
    assert asked == [("first_run", location, True)]
    assert session.actor.username == "boss"
    session.lock.release()


def test_a_file_damaged_inside_is_found_while_signing_in_and_recovery_is_offered(
        qtbot, tmp_path, scripted, damage_in_the_middle, monkeypatch):
    from csperf_desktop.trust import users
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.gui.admin import login
    from csperf_desktop.gui.shell.startup import start_session

    asked, script = scripted
    good = tmp_path / "good.db"
    open_database(str(good))
    users.create_first_admin("boss", "Boss-pass-1")
    close_database()
    damaged = tmp_path / "kefu.db"
    before = damage_in_the_middle(damaged, lambda: users.create_first_admin("boss", "Boss-pass-1"))

    def sign_in(parent=None, username=""):
        # What the real dialog does on "Sign in": the check must have passed.
        asked.append(("sign_in",))
        dialog = login.LoginDialog(parent, "boss")
        qtbot.addWidget(dialog)
        dialog.password.setText("Boss-pass-1")
        dialog.try_sign_in()
        if dialog.damaged:
            raise login.DatabaseError(dialog.damaged)
        return dialog.actor

    monkeypatch.setattr(login, "sign_in", sign_in)
    script["recover"] = lambda location: str(good)
    session = start_session(str(damaged))
    assert asked[0] == ("sign_in",)
    assert asked[1][0] == "recover" and asked[1][1] == str(damaged) and "损坏" in asked[1][2]
    assert asked[2] == ("sign_in",)  # again, on the recovered file
    assert session.location == str(good) and session.actor.username == "boss"
    session.lock.release()
    assert damaged.read_bytes() == before


def test_the_window_offers_recovery_when_the_check_fails_after_it_opened(
        qtbot, tmp_path, scripted, damage_in_the_middle):
    from csperf_desktop.store.db import open_database
    from csperf_desktop.gui.shell.app import open_main_window
    from csperf_desktop.gui.shell.context import AppContext

    asked, script = scripted
    damaged = tmp_path / "kefu.db"
    damage_in_the_middle(damaged)
    open_database(str(damaged), check_in_background=True)
    ctx = AppContext()
    ctx.database_location = str(damaged)
    window = open_main_window(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0][0] == "recover" and asked[0][1] == str(damaged)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)  # no sound file chosen: closed
