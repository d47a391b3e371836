"""First start: the welcome dialog creates a working administrator, the company
and the database where the person chose, or refuses a bad roster whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    from csperf_desktop import users

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture(autouse=True)
def unbound_models():
    yield
    from csperf_desktop.db import close_database

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
    from csperf_desktop import settings, users
    from csperf_desktop.gui.first_run import FirstRunDialog, needs_first_run
    from csperf_desktop.models import Staff

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


def test_weak_or_mismatched_password_is_said_in_place_and_nothing_is_created(qtbot, tmp_path):
    from csperf_desktop.gui.first_run import FirstRunDialog

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

    from csperf_desktop import users
    from csperf_desktop.excel import save_template
    from csperf_desktop.gui.first_run import FirstRunDialog
    from csperf_desktop.models import Staff

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
