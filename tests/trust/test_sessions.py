"""A signed-in session acts with the role and enabled flag the user table holds now,
not the ones it had when it signed in."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import PermissionDenied
from csperf_desktop.office.staff import add_staff
from csperf_desktop.store.models import AuditEntry, Staff
from csperf_desktop.trust import users


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def signed_in(db):
    """(boss, sup): an admin and a supervisor, both signed in with their passwords."""
    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    sup = users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    return boss, sup


def test_a_demoted_session_can_no_longer_change_anything_its_old_role_allowed(signed_in):
    boss, sup = signed_in
    add_staff(sup, employee_no="A01", name="甲")
    users.set_role(boss, "sup", "viewer")
    assert sup.role == "supervisor"  # the session still carries the role it signed in with
    with pytest.raises(PermissionDenied, match="只读"):
        add_staff(sup, employee_no="A02", name="乙")
    assert Staff.select().count() == 1


def test_a_disabled_account_is_refused_in_its_open_session(signed_in):
    boss, sup = signed_in
    users.set_active(boss, "sup", False)
    entries = AuditEntry.select().count()
    with pytest.raises(PermissionDenied, match="已被停用"):
        add_staff(sup, employee_no="A01", name="甲")
    assert Staff.select().count() == 0 and AuditEntry.select().count() == entries


def test_a_promotion_takes_effect_in_the_open_session_and_the_audit_names_the_account(signed_in):
    boss, sup = signed_in
    with pytest.raises(PermissionDenied):
        users.create_user(sup, "qa1", "Qa-pass-123", "qa")
    users.set_role(boss, "sup", "admin")
    users.create_user(sup, "qa1", "Qa-pass-123", "qa")
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.action, last.actor) == ("create_user", "sup")


def test_a_demoted_admin_can_no_longer_reset_another_password(signed_in):
    boss, sup = signed_in
    users.create_user(boss, "boss2", "Boss2-pass-1", "admin")
    users.set_role(users.authenticate("boss2", "Boss2-pass-1", users.LoginThrottle()), "boss", "supervisor")
    with pytest.raises(PermissionDenied):
        users.change_password(boss, "sup", None, "New-pass-123")
    users.change_password(boss, "boss", "Boss-pass-1", "New-pass-123")  # its own password still


def test_actors_that_did_not_sign_in_keep_the_role_they_carry(db, supervisor):
    # The program itself and the command line are not accounts: nothing to re-read.
    add_staff(supervisor, employee_no="A01", name="甲")
    assert Staff.select().count() == 1
