"""Accounts: hashed passwords, first admin, roles, disabling, throttled sign-in."""

from __future__ import annotations

import pytest

from csperf_desktop.trust import users
from csperf_desktop.base.errors import Conflict, PermissionDenied, ValidationError
from csperf_desktop.store.models import AuditEntry, User


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    # The real cost (N=2^17) is kept for users; tests use a cheaper N to stay quick.
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


def test_password_is_stored_only_as_a_salted_scrypt_hash(db):
    u = users.create_first_admin("boss", "s3cret-pass")
    assert "s3cret" not in u.password_hash and u.password_hash.startswith("scrypt$")
    other = users.hash_password("s3cret-pass")
    assert other != u.password_hash  # a fresh salt each time
    assert users.check_password("s3cret-pass", u.password_hash)
    assert not users.check_password("s3cret-pasS", u.password_hash)


def test_default_cost_follows_owasp(monkeypatch):
    monkeypatch.undo()  # the real parameters, not the cheap test ones
    stored = users.hash_password("s3cret-pass")
    assert stored.startswith("scrypt$131072$8$1$")
    assert users.check_password("s3cret-pass", stored)


def test_first_admin_only_once(db):
    users.create_first_admin("boss", "s3cret-pass")
    with pytest.raises(Conflict):
        users.create_first_admin("boss2", "s3cret-pass")


def test_weak_password_and_bad_username_are_refused(db):
    with pytest.raises(ValidationError, match="至少 8 位"):
        users.create_first_admin("boss", "short")
    with pytest.raises(ValidationError, match="用户名"):
        users.create_first_admin("b o s s", "s3cret-pass")
    assert User.select().count() == 0


def test_sign_in_returns_the_role(db, admin):
    users.create_first_admin("boss", "s3cret-pass")
    users.create_user(admin, "qa1", "another-pass", "qa", "质检小王")
    actor = users.authenticate("qa1", "another-pass", users.LoginThrottle())
    assert (actor.username, actor.role, actor.display_name) == ("qa1", "qa", "质检小王")


def test_wrong_password_and_disabled_account_are_refused_alike(db, admin):
    users.create_first_admin("boss", "s3cret-pass")
    users.create_user(admin, "sup", "another-pass", "supervisor")
    t = users.LoginThrottle()
    with pytest.raises(PermissionDenied, match="用户名或密码不对"):
        users.authenticate("sup", "wrong-pass", t)
    users.set_active(admin, "sup", False)
    with pytest.raises(PermissionDenied, match="用户名或密码不对"):
        users.authenticate("sup", "another-pass", t)
    assert User.get(User.username == "sup").active is False  # disabled, not deleted


def test_repeated_failures_make_sign_in_wait(db):
    users.create_first_admin("boss", "s3cret-pass")
    t = users.LoginThrottle()
    for _ in range(3):
        with pytest.raises(PermissionDenied, match="不对"):
            users.authenticate("boss", "nope-nope", t)
    with pytest.raises(PermissionDenied, match="秒后再试"):
        users.authenticate("boss", "s3cret-pass", t)


def test_last_admin_cannot_be_disabled_or_demoted(db, admin):
    users.create_first_admin("boss", "s3cret-pass")
    with pytest.raises(Conflict, match="唯一的管理员"):
        users.set_active(admin, "boss", False)
    with pytest.raises(Conflict, match="唯一的管理员"):
        users.set_role(admin, "boss", "viewer")


def test_only_admin_manages_users(db, supervisor):
    users.create_first_admin("boss", "s3cret-pass")
    with pytest.raises(PermissionDenied):
        users.create_user(supervisor, "x1", "another-pass", "viewer")


def test_password_change_is_audited_without_the_password(db, admin):
    users.create_first_admin("boss", "s3cret-pass")
    me = users.authenticate("boss", "s3cret-pass", users.LoginThrottle())
    with pytest.raises(ValidationError, match="原密码"):
        users.change_password(me, "boss", "wrong", "new-secret-1")
    users.change_password(me, "boss", "s3cret-pass", "new-secret-1")
    assert users.authenticate("boss", "new-secret-1", users.LoginThrottle())
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "change_password"
    assert "new-secret" not in (entry.after or "") + (entry.before or "")
