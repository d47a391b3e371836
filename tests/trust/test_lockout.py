"""Wrong passwords are counted in the database: a restart does not reset the wait, too
many lock the account until an administrator unlocks it, and both are audited."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.errors import PermissionDenied, ValidationError
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.store.models import AuditEntry, User
from csperf_desktop.trust import users
from csperf_desktop.monthly.verify import verify_database


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def boss(db):
    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    return boss


def fail(name, times=1, throttle=None):
    for _ in range(times):
        clock.set_fixed(clock.now_utc() + dt.timedelta(minutes=2))  # past any wait
        with pytest.raises(PermissionDenied, match="不对"):
            users.authenticate(name, "wrong-password", throttle or users.LoginThrottle())


def test_the_wait_after_wrong_passwords_survives_a_restart(boss, db_location):
    fail("sup", 3)
    location = db_location
    close_database()
    open_database(location)  # a new program: nothing in memory
    with pytest.raises(PermissionDenied, match="秒后再试"):
        users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    assert users.wait_seconds("sup", users.LoginThrottle()) == pytest.approx(2.0)
    clock.set_fixed(clock.now_utc() + dt.timedelta(seconds=3))
    assert users.authenticate("sup", "Sup-pass-12", users.LoginThrottle()).role == "supervisor"
    assert User.get(User.username == "sup").failed_logins == 0  # a sign-in clears the count


def test_too_many_wrong_passwords_lock_the_account_even_against_the_right_one(boss):
    fail("sup", users.LOCK_AFTER)
    u = User.get(User.username == "sup")
    assert u.failed_logins == users.LOCK_AFTER and u.locked_at is not None
    lock = AuditEntry.select().where(AuditEntry.action == "lock_user").get()
    assert lock.actor == "system" and str(users.LOCK_AFTER) in lock.reason
    clock.set_fixed(clock.now_utc() + dt.timedelta(days=30))  # a non-admin's lock does not end by itself
    with pytest.raises(users.AccountLocked, match="已被锁定"):
        users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    assert verify_database() == []  # the lock's audit entry is part of the chain


def test_an_administrator_unlocks_and_it_is_audited(boss):
    fail("sup", users.LOCK_AFTER)
    boss_again = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.unlock(boss_again, "sup")
    entry = AuditEntry.select().where(AuditEntry.action == "unlock_user").get()
    assert entry.actor == "boss" and '"locked":true' in entry.before.replace(" ", "")
    assert users.authenticate("sup", "Sup-pass-12", users.LoginThrottle()).username == "sup"
    with pytest.raises(ValidationError, match="没有被锁定"):
        users.unlock(boss, "sup")


def test_only_an_administrator_unlocks(boss):
    fail("boss", 3)
    sup = users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    with pytest.raises(PermissionDenied, match="无权管理用户"):
        users.unlock(sup, "boss")


def test_an_administrators_lock_ends_by_itself_so_the_office_keeps_its_admin(boss):
    fail("boss", users.LOCK_AFTER)
    with pytest.raises(users.AccountLocked, match="分钟后自动解锁"):
        users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    clock.set_fixed(clock.now_utc() + dt.timedelta(minutes=users.ADMIN_LOCK_MINUTES + 1))
    assert users.authenticate("boss", "Boss-pass-1", users.LoginThrottle()).role == "admin"


@pytest.mark.sqlite_only
def test_a_read_only_database_still_signs_in_and_throttles_in_memory(boss, db):
    location = db.database
    close_database()
    open_database(location, read_only=True)
    t = users.LoginThrottle()
    fail("sup", 1, t)  # nothing can be written: counted in memory only
    assert users.authenticate("sup", "Sup-pass-12", t).username == "sup"
