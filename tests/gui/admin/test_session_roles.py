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
