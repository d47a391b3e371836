"""Who may create the first administrator of a database that has no account: on a new
or demo database whoever opens it; on one with recorded work nobody in the window."""

from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path

import pytest

from csperf_desktop.base.errors import PermissionDenied
from csperf_desktop.cli import main
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.store.models import AuditEntry, User
from csperf_desktop.trust import users

V1 = Path(__file__).resolve().parents[1] / "data" / "demo-schema-v1.db.gz"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


def test_a_new_database_lets_the_first_administrator_be_created(db):
    assert users.first_admin_refusal() is None
    assert users.create_first_admin("boss", "Boss-pass-1").role == "admin"


def test_the_demo_office_lets_whoever_opens_it_create_the_administrator(demo_db):
    assert AuditEntry.select().count() > 1000  # all of it made by the program itself
    assert users.first_admin_refusal() is None
    users.create_first_admin("boss", "Boss-pass-1")


def test_an_office_made_by_init_with_its_company_name_is_still_new(tmp_path, fixed_clock):
    path = tmp_path / "empty.db"
    assert main(["init", "--db", str(path), "--company", "西湖客服部"]) == 0
    open_database(str(path))
    try:
        assert users.first_admin_refusal() is None
    finally:
        close_database()


def test_the_old_demo_file_still_counts_as_a_demo(tmp_path):
    path = tmp_path / "v1.db"
    with gzip.open(V1) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    open_database(str(path))
    try:
        assert users.first_admin_refusal() is None
    finally:
        close_database()


def test_a_database_with_recorded_work_refuses_and_says_how_to_recover(office):
    refusal = users.first_admin_refusal()
    assert refusal and "sup" in refusal and "users add" in refusal
    with pytest.raises(PermissionDenied, match="users add"):
        users.create_first_admin("intruder", "Intruder-1")
    assert not User.select().exists()


def test_a_database_whose_accounts_were_deleted_by_hand_refuses(db, admin):
    users.create_first_admin("boss", "Boss-pass-1")
    db.execute_sql('DELETE FROM "user"')
    refusal = users.first_admin_refusal()
    assert refusal and "曾经有用户账户" in refusal


def test_the_command_line_creates_the_administrator_of_such_a_database(office, db_location, monkeypatch):
    stream = io.StringIO("Boss-pass-1\n")
    stream.isatty = lambda: False
    monkeypatch.setattr("sys.stdin", stream)
    monkeypatch.setenv("USER", "lihua")
    monkeypatch.setenv("USERNAME", "lihua")
    assert main(["users", "add", "boss", "--role", "admin", "--db", db_location, "--new-password-stdin"]) == 0
    assert users.authenticate("boss", "Boss-pass-1", users.LoginThrottle()).role == "admin"
    entry = AuditEntry.select().where(AuditEntry.action == "create_user").get()
    assert entry.actor == "cli:lihua"


def test_users_lists_and_unlocks_from_the_command_line(db, db_location, capsys):
    import datetime as dt

    from csperf_desktop.base import clock

    users.create_first_admin("boss", "Boss-pass-1")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor")
    for _ in range(users.LOCK_AFTER):
        clock.set_fixed(clock.now_utc() + dt.timedelta(minutes=2))
        with pytest.raises(PermissionDenied):
            users.authenticate("sup", "wrong-password", users.LoginThrottle())
    capsys.readouterr()
    assert main(["users", "--db", db_location]) == 0
    assert "sup\t主管\t已锁定" in capsys.readouterr().out
    assert main(["users", "unlock", "sup", "--db", db_location]) == 0
    assert users.authenticate("sup", "Sup-pass-12", users.LoginThrottle()).username == "sup"
