"""PostgreSQL logins whose rights match the roles (scripts/postgres-roles.sql): the
server itself refuses a recorder's rewrite of the audit trail or the settings, while the
program works as usual for what the role may do. Runs on the PostgreSQL suite only."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee as pw
import pytest

from csperf_desktop.base.errors import PermissionDenied
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.spotchecks import record_spot_check
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.office import settings
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.store.models import AuditEntry, ScoreEvent, Setting
from csperf_desktop.trust import users
from csperf_desktop.trust.auth import Actor

pytestmark = pytest.mark.postgres_only

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres-roles.sql"
LOGINS = {"csperf_t_qa": "csperf_qa", "csperf_t_sup": "csperf_supervisor"}


def login_url(name: str) -> str:
    """The test database's address with another login (its password is its name)."""
    u = urlsplit(os.environ["CSPERF_TEST_DB"])
    port = f":{u.port}" if u.port else ""
    return urlunsplit(u._replace(netloc=f"{name}:{name}@{u.hostname}{port}"))


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def granted(db):
    """The office's accounts and an agent, the roles script run by the owner, and a login per person."""
    from csperf_desktop.office.staff import add_staff

    users.create_first_admin("boss", "Boss-pass-1")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "qa1", "Qa-pass-123", "qa", "质检")
    users.create_user(boss, "sup", "Sup-pass-12", "supervisor", "主管")
    add_staff(boss, employee_no="A01", name="甲", role="agent", team="一组", hire_date="2020-01-01")
    with db.atomic():
        db.cursor().execute(SCRIPT.read_text(encoding="utf-8"))  # as psql -f would, no parameters
    for login, group in LOGINS.items():
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        db.execute_sql(f"{verb} ROLE {login} LOGIN PASSWORD '{login}'")
        db.execute_sql(f"GRANT {group} TO {login}")
    close_database()
    yield
    close_database()


def as_login(login: str) -> pw.Database:
    close_database()
    return open_database(login_url(login))


def refused(database: pw.Database, sql: str) -> bool:
    try:
        with database.atomic():
            database.execute_sql(sql)
    except pw.ProgrammingError as exc:
        assert "permission denied" in str(exc)
        return True
    return False


def test_a_recorder_login_records_events_but_cannot_rewrite_the_audit_or_the_settings(granted):
    database = as_login("csperf_t_qa")
    qa = users.authenticate("qa1", "Qa-pass-123", users.LoginThrottle())
    add_event(qa, "A01", "B01", "2026-10-05", 2, note="质检记录")
    record_spot_check(qa, "A01", "2026-10-12", reference="TK-8812")
    assert ScoreEvent.select().count() == 1 and AuditEntry.select().where(AuditEntry.actor == "qa1").exists()
    for sql in ("UPDATE audit_entry SET reason = 'x'", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry", "UPDATE setting SET value = '70'",
                "INSERT INTO setting (key, value) VALUES ('base_score', '70')",
                "UPDATE \"user\" SET role = 'admin' WHERE username = 'qa1'",
                "UPDATE score_event SET points = 9"):
        assert refused(database, sql), sql
    assert verify_database(full=False) == []
    assert not Setting.select().where(Setting.key == "base_score").exists()


def test_a_login_whose_grants_are_narrower_than_the_account_gets_a_clear_refusal(granted):
    as_login("csperf_t_qa")
    with pytest.raises(PermissionDenied, match="数据库服务器拒绝了这个修改"):
        settings.update_settings(Actor("sup", "supervisor", "主管"), {"base_score": 70})
    assert settings.load().base_score == 80


def test_a_supervisor_login_changes_settings_but_not_the_audit_or_the_accounts(granted):
    database = as_login("csperf_t_sup")
    sup = users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    settings.update_settings(sup, {"base_score": 75})
    assert settings.load().base_score == 75
    for sql in ("UPDATE audit_entry SET actor = 'boss'", "DELETE FROM audit_entry WHERE id = 1",
                "UPDATE \"user\" SET role = 'admin' WHERE username = 'sup'"):
        assert refused(database, sql), sql
    assert verify_database(full=False) == []


def test_wrong_passwords_are_counted_and_locked_under_any_login(granted):
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.store.models import User

    as_login("csperf_t_qa")
    for _ in range(users.LOCK_AFTER):
        clock.set_fixed(clock.now_utc() + dt.timedelta(minutes=2))
        with pytest.raises(PermissionDenied):
            users.authenticate("sup", "wrong-password", users.LoginThrottle())
    assert User.get(User.username == "sup").locked_at is not None
    assert AuditEntry.select().where(AuditEntry.action == "lock_user").count() == 1


def test_a_supervisor_login_runs_the_month_publish_and_an_upheld_appeal(granted):
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.appeals import decide_appeal, record_appeal
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.store.models import Period

    as_login("csperf_t_sup")
    sup = users.authenticate("sup", "Sup-pass-12", users.LoginThrottle())
    add_event(sup, "A01", "B03", "2026-10-05")
    deduction = add_event(sup, "A01", "D01", "2026-10-08")
    publish_month(sup, Month(2026, 10), anyway="月中公示以便测试")
    clock.set_fixed(clock.now_utc() + dt.timedelta(hours=2))
    appeal = record_appeal(sup, Month(2026, 10), "A01", [deduction.id], "系统故障", "wrong_facts")
    decide_appeal(sup, appeal.id, "upheld", "核实属实")
    assert Period.get(Period.month == "2026-10").revision == 2
    assert verify_database(full=False) == []


def test_a_person_login_cannot_upgrade_the_schema_and_is_told_who_can(granted, monkeypatch):
    from csperf_desktop.base.errors import DatabaseError
    from csperf_desktop.store import migrations

    def step_4(database):
        database.execute_sql('ALTER TABLE "user" ADD COLUMN later_column INTEGER')

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(migrations.LATEST + 1, "later", step_4)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(DatabaseError, match="数据库所有者的登录"):
        as_login("csperf_t_sup")
