"""Unlocking the idle lock takes the role the account has now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    from csperf_desktop.trust import users

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


def test_unlocking_after_a_demotion_takes_the_new_role(qtbot, db):
    from csperf_desktop.gui.admin.login import IdleLock
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.trust import users

    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    ctx = AppContext(users.authenticate("sup", "Sup-pass-12", users.LoginThrottle()))
    assert ctx.can("publish")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ctx, window, minutes=1)
    lock.lock()
    users.set_role(boss, "sup", "qa")  # while the window is locked
    changed = []
    ctx.changed.connect(changed.append)
    lock.dialog.password.setText("Sup-pass-12")
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        lock.dialog.try_sign_in()
    assert ctx.actor.username == "sup" and ctx.actor.role == "qa"
    assert not ctx.can("publish") and ctx.can("record_event")
    assert "actor" in changed  # every view re-checks what the role allows


def test_a_locked_account_is_told_so_and_an_administrator_unlocks_it_in_users(qtbot, db):
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.gui.admin.login import LoginDialog
    from csperf_desktop.gui.admin.users_dialog import UsersDialog
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.store.models import AuditEntry
    from csperf_desktop.trust import users

    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    dialog = LoginDialog(throttle=users.LoginThrottle())
    qtbot.addWidget(dialog)
    for _ in range(users.LOCK_AFTER):
        clock.set_fixed(clock.now_utc() + dt.timedelta(minutes=2))
        dialog.username.setText("sup")
        dialog.password.setText("wrong-password")
        dialog.try_sign_in()
    dialog.password.setText("Sup-pass-12")
    dialog.try_sign_in()
    assert dialog.actor is None and "locked" in dialog.message.text()

    users_dialog = UsersDialog(AppContext(boss))
    qtbot.addWidget(users_dialog)
    row = [u.username for u in users_dialog.model.rows].index("sup")
    status = users_dialog.model.index(row, users_dialog.model.STATUS)
    assert "Locked" in users_dialog.model.data(status)
    users_dialog.view.selectRow(row)
    assert users_dialog.unlock_button.isEnabled()
    users_dialog.unlock_button.click()
    assert AuditEntry.select().where(AuditEntry.action == "unlock_user").count() == 1
    assert users_dialog.model.data(users_dialog.model.index(row, users_dialog.model.STATUS)) == "Active"
    assert not users_dialog.unlock_button.isEnabled()
    dialog.password.setText("Sup-pass-12")
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.actor.username == "sup"


def test_start_up_on_a_database_with_work_but_no_account_refuses_the_welcome(qtbot, tmp_path, monkeypatch):
    from csperf_desktop.gui.admin import first_run
    from csperf_desktop.gui.shell import messages
    from csperf_desktop.gui.shell.startup import start_session
    from csperf_desktop.office.staff import add_staff
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.trust.auth import Actor

    location = str(tmp_path / "kefu.db")
    open_database(location)
    add_staff(Actor("cli:lihua", "admin"), employee_no="A01", name="甲")  # months of work from the command line
    close_database()
    welcomed, errors = [], []
    monkeypatch.setattr(first_run, "run_first_run", lambda *a, **k: welcomed.append(a) or None)
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: errors.append(text))
    assert start_session(location) is None
    assert welcomed == [] and len(errors) == 1
    assert "cli:lihua" in errors[0] and "users add" in errors[0]
    close_database()
    # The lock was given up: the command line can open the file to create the administrator.
    from csperf_desktop.store.instance_lock import InstanceLock

    lock = InstanceLock(tmp_path / "kefu.db")
    assert lock.acquire()
    lock.release()
