"""Schema migrations on a real database made by the previous release.

``data/demo-schema-v1.db.gz`` is the demo office as csperf wrote it at schema
version 1 (24 months, published months, appeals, exams, an annual year).
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from csperf_desktop.store import migrations
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import GiftHandout, MonthlyResult, Period, ProposalDismissal, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.standings import published_standings

V1 = Path(__file__).resolve().parents[1] / "data" / "demo-schema-v1.db.gz"

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def v1_copy(tmp_path):
    path = tmp_path / "office.db"
    with gzip.open(V1) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    yield path
    close_database()


def columns(database, table):
    return {c.name for c in database.get_columns(table)}


def test_a_version_1_office_is_migrated_to_the_latest_schema_with_nothing_lost(v1_copy):
    import sqlite3

    con = sqlite3.connect(v1_copy)
    events_before = con.execute("SELECT COUNT(*) FROM score_event").fetchone()[0]
    results_before = con.execute("SELECT COUNT(*) FROM monthly_result").fetchone()[0]
    con.close()

    database = open_database(str(v1_copy))

    assert migrations.current_version(database) == migrations.LATEST
    assert {"order_amount", "gift_tier"} <= columns(database, "score_event")
    assert "ranked" in columns(database, "monthly_result")
    assert {"proposal_dismissal", "gift_handout"} <= set(database.get_tables())
    assert ScoreEvent.select().count() == events_before
    assert MonthlyResult.select().count() == results_before
    # Everyone snapshotted before ranked roles existed was ranked.
    assert not MonthlyResult.select().where(MonthlyResult.ranked == False).exists()  # noqa: E712
    assert GiftHandout.select().count() == 0 and ProposalDismissal.select().count() == 0
    # The published months still read back as published, and the whole file still verifies.
    published = Period.select().where(Period.status != "open").order_by(Period.month).first()
    rows = published_standings(Month.parse(published.month))
    assert rows and rows[0].rank == 1
    assert verify_database() == []
    # A backup of the version-1 file was kept beside it.
    assert len(list(v1_copy.parent.glob("office-before-v2-*.db"))) == 1


def test_a_new_database_is_created_at_the_latest_version_in_one_step(tmp_path):
    database = open_database(str(tmp_path / "new.db"))
    try:
        versions = [v for (v,) in database.execute_sql("SELECT version FROM schema_version").fetchall()]
        assert versions == [migrations.LATEST]
        assert {"order_amount", "gift_tier"} <= columns(database, "score_event")
    finally:
        close_database()


def test_two_programs_upgrading_the_same_office_at_once_apply_each_step_once(v1_copy):
    import subprocess
    import sys

    script = ("import sys; from csperf_desktop.store.db import open_database; "
              "open_database(sys.argv[1]); print('ok')")
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", script, str(v1_copy)], cwd=root, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outcomes]
    database = open_database(str(v1_copy))
    versions = [v for (v,) in database.execute_sql("SELECT version FROM schema_version ORDER BY id").fetchall()]
    assert versions == list(range(1, migrations.LATEST + 1))


def test_a_version_1_office_still_reads_its_annual_json_after_migration(v1_copy):
    from csperf_desktop import annual
    from csperf_desktop.store.models import AnnualReview, AnnualTemplate

    database = open_database(str(v1_copy))
    # the JSON columns stay TEXT: reading them as dicts needed no schema change
    for table, column in (("annual_review", "ratings"), ("annual_review", "result"), ("annual_template", "body")):
        kinds = {c.name: c.data_type.upper() for c in database.get_columns(table)}
        assert kinds[column] == "TEXT"
    reviews = list(AnnualReview.select())
    assert reviews and all(isinstance(r.ratings, dict) and r.ratings for r in reviews)
    signed = [r for r in reviews if r.signed_off_at is not None]
    assert signed and all(isinstance(r.result, dict) for r in signed)
    assert all(isinstance(t.body, dict) and t.body["dimensions"] for t in AnnualTemplate.select())
    r = signed[0]
    shown = annual.compute_one(r.year, r.staff.employee_no)
    assert shown.status == "signed_off" and shown.final == r.result["final"] and shown.grade == r.result["grade"]


def test_a_version_1_office_gets_the_sign_in_lockout_columns(v1_copy):
    database = open_database(str(v1_copy))
    assert {"failed_logins", "last_failed_at", "locked_at"} <= columns(database, "user")
    assert migrations.current_version(database) == migrations.LATEST >= 3


def test_a_version_2_office_keeps_its_accounts_and_they_can_be_locked_and_unlocked(v1_copy, monkeypatch):
    import sqlite3

    from csperf_desktop.trust import users
    from csperf_desktop.store.models import AuditEntry, User

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)
    # The release before: steps 1 and 2 only.
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        m.setattr(migrations, "LATEST", 2)
        open_database(str(v1_copy))
        close_database()
    con = sqlite3.connect(v1_copy)
    assert "failed_logins" not in {r[1] for r in con.execute("PRAGMA table_info(user)")}
    con.execute("INSERT INTO user (username, display_name, role, password_hash, active, created_at) "
                "VALUES (?, ?, ?, ?, 1, '2026-01-05 08:00:00')",
                ("boss", "老板", "admin", users.hash_password("Boss-pass-1")))
    con.execute("INSERT INTO user (username, display_name, role, password_hash, active, created_at) "
                "VALUES (?, ?, ?, ?, 1, '2026-01-05 08:00:00')",
                ("sup", "主管", "supervisor", users.hash_password("Sup-pass-12")))
    con.commit()
    con.close()

    database = open_database(str(v1_copy))
    assert [v for (v,) in database.execute_sql("SELECT version FROM schema_version ORDER BY id")] == list(
        range(1, migrations.LATEST + 1))
    assert len(list(v1_copy.parent.glob("office-before-v3-*.db"))) == 1
    assert [(u.username, u.failed_logins, u.locked_at) for u in User.select().order_by(User.id)] == [
        ("boss", 0, None), ("sup", 0, None)]
    for _ in range(users.LOCK_AFTER):
        users.THROTTLE.failures.clear()
        User.update(last_failed_at=None).execute()  # no wait between tries in this test
        with pytest.raises(Exception):
            users.authenticate("sup", "wrong-password", users.LoginThrottle())
    assert User.get(User.username == "sup").locked_at is not None
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.unlock(boss, "sup")
    assert users.authenticate("sup", "Sup-pass-12", users.LoginThrottle()).role == "supervisor"
    assert AuditEntry.select().where(AuditEntry.action.in_(["lock_user", "unlock_user"])).count() == 2
    assert verify_database() == []


def test_a_file_in_the_old_journal_mode_opens_while_another_program_writes_to_it(tmp_path):
    """A restored backup or an early release's office is not in write-ahead mode; SQLite refuses
    the switch at once, without waiting, while another program holds its write lock (say,
    upgrading it): the open waits for the lock instead of failing with "database is locked"."""
    import sqlite3
    import subprocess
    import sys
    import time

    path = tmp_path / "old-mode.db"
    open_database(str(path))
    close_database()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"  # as a backup is written
    con.close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('held', flush=True); time.sleep(1.0); c.execute('COMMIT')\n"), str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        database = open_database(str(path))
        waited = time.monotonic() - started
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert waited > 0.3  # it waited for the other program's commit
        assert migrations.current_version(database) == migrations.LATEST
    finally:
        holder.wait(timeout=30)
        close_database()


def test_the_events_keep_one_index_beginning_with_the_person_and_use_it(v1_copy, tmp_path):
    """A new office and a migrated one have no index on the events' person alone (the (person,
    month) index serves that), look-ups by person still read an index, and a person with events
    still cannot be deleted (the foreign key's check finds them through it)."""
    import sqlite3

    def staff_indexes(path):
        con = sqlite3.connect(path)
        try:
            names = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'score_event'")]
            plan = " ".join(str(r[-1]) for r in con.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM score_event WHERE staff_id = 1"))
        finally:
            con.close()
        return sorted(n for n in names if n.startswith("score_event_staff_id")), plan

    con = sqlite3.connect(v1_copy)
    assert "score_event_staff_id" in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    database = open_database(str(v1_copy))
    staff_id = ScoreEvent.select(ScoreEvent.staff).limit(1).scalar()
    with pytest.raises(Exception):
        with database.atomic():
            database.execute_sql("DELETE FROM staff WHERE id = ?", (staff_id,))
    close_database()
    open_database(str(tmp_path / "new.db"))
    close_database()
    for path in (v1_copy, tmp_path / "new.db"):
        names, plan = staff_indexes(path)
        assert names == ["score_event_staff_id_month"], path
        assert "USING COVERING INDEX score_event_staff_id_month" in plan or "USING INDEX score_event_staff_id_month" in plan
