"""The audit chain, opening databases, migrations and the Qt-free core."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csperf_desktop.trust.audit import verify_chain
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.base.errors import DatabaseError, SchemaTooNew
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AuditEntry, Rule, ScoreEvent

ROOT = Path(__file__).resolve().parents[2]


def test_every_service_writes_an_audit_entry(office, supervisor):
    n = AuditEntry.select().count()
    ev = add_event(supervisor, "A01", "B01", "2026-10-05", 2)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert AuditEntry.select().count() == n + 1
    assert (entry.action, entry.entity_id, entry.actor, entry.staff_id, entry.month) == (
        "add_event", str(ev.id), "sup", office["A01"].id, "2026-10")
    assert '"points":2' in entry.after


def test_intact_chain_verifies(office, supervisor):
    add_event(supervisor, "A01", "B01", "2026-10-05", 2)
    assert verify_chain() is None
    assert verify_database() == []


def test_edited_audit_entry_is_detected(office, supervisor):
    add_event(supervisor, "A01", "B01", "2026-10-05", 2)
    target = AuditEntry.select().order_by(AuditEntry.id).offset(2).first()
    assert '"name":"丙"' in target.after
    AuditEntry.update(after=target.after.replace('"name":"丙"', '"name":"丁"')).where(AuditEntry.id == target.id).execute()
    problem = verify_chain()
    assert problem is not None and problem.entry_id == target.id
    assert "被改动" in problem.message


def test_deleted_audit_entry_is_detected(office, supervisor):
    add_event(supervisor, "A01", "B01", "2026-10-05", 2)
    victim = AuditEntry.select().order_by(AuditEntry.id).offset(1).first()
    AuditEntry.delete().where(AuditEntry.id == victim.id).execute()
    problem = verify_chain()
    assert problem is not None and problem.entry_id > victim.id
    assert "删除" in problem.message


def test_changed_published_snapshot_is_detected(office, supervisor):
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.store.models import MonthlyResult
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, Month(2026, 9))
    assert verify_database() == []
    MonthlyResult.update(final=99).where(MonthlyResult.employee_no == "A03").execute()
    problems = verify_database()
    assert len(problems) == 1 and "指纹不符" in problems[0]


def test_failed_validation_writes_nothing(office, supervisor):
    n_audit, n_events = AuditEntry.select().count(), ScoreEvent.select().count()
    with pytest.raises(Exception):
        add_event(supervisor, "A01", "B01", "2026-10-05", 99)
    assert (AuditEntry.select().count(), ScoreEvent.select().count()) == (n_audit, n_events)


def test_new_database_has_the_default_rulebook(db):
    codes = [r.code for r in Rule.select().order_by(Rule.sort_order)]
    assert codes == [f"B0{i}" for i in range(1, 10)] + [f"D{i:02d}" for i in range(1, 14)]
    b07 = Rule.get(Rule.code == "B07")
    assert (b07.kind, b07.min_points, b07.max_points) == ("bonus", 10, 10)
    assert Rule.get(Rule.code == "D12").serious


@pytest.mark.sqlite_only
def test_sqlite_pragmas(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("这不是数据库" * 100, encoding="utf-8")
    before = bad.read_bytes()
    with pytest.raises(DatabaseError, match="不是 SQLite 文件"):
        open_database(str(bad))
    assert bad.read_bytes() == before


def test_a_damaged_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "d.db"
    open_database(str(path))
    close_database()
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    Path(str(path) + "-wal").unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="损坏|完整性|恢复"):
        open_database(str(path))
    assert path.read_bytes() == bytes(data)


def test_a_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_database(str(path))
    close_database()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version (version, applied_at) VALUES (999, '2030-01-01 00:00:00')")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew, match="较新版本"):
        open_database(str(path))


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="不是 csperf 创建的"):
        open_database(str(path))


def test_an_older_schema_is_backed_up_then_migrated(tmp_path, monkeypatch):
    from csperf_desktop.store import migrations

    path = tmp_path / "old.db"
    open_database(str(path))
    close_database()
    applied = []

    def step_2(database):
        applied.append(2)
        database.execute_sql("CREATE TABLE extra_thing (id INTEGER PRIMARY KEY)")

    old = migrations.LATEST
    new = old + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(new, "test step", step_2)])
    monkeypatch.setattr(migrations, "LATEST", new)
    database = open_database(str(path))
    assert applied == [2]
    assert "extra_thing" in database.get_tables()
    backups = list(tmp_path.glob(f"old-before-v{new}-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == old
    con.close()


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="不存在"):
        open_database(str(tmp_path / "nope" / "x.db"))


def test_core_imports_without_qt():
    """The core must work with PySide6 unavailable: block it and import every core module."""
    code = textwrap.dedent("""
        import sys, pkgutil, importlib
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6'):
                    raise ImportError('Qt is blocked: ' + name)
        sys.meta_path.insert(0, Block())
        import csperf_desktop
        names = [m.name for m in pkgutil.walk_packages(csperf_desktop.__path__, 'csperf_desktop.')
                 if not m.name.startswith('csperf_desktop.gui')]
        for n in names:
            importlib.import_module(n)
        print(len(names))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 15


def test_the_background_check_blocks_every_write_to_a_damaged_file(tmp_path, fixed_clock, damage_in_the_middle):
    from csperf_desktop.office import settings
    from csperf_desktop.store import backup
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import require_checked
    from csperf_desktop.office.staff import add_staff

    path = tmp_path / "d.db"
    damaged = damage_in_the_middle(path)
    database = open_database(str(path), check_in_background=True)  # returns before the check
    with pytest.raises(DatabaseError, match="损坏|完整性"):
        require_checked()
    with pytest.raises(DatabaseError, match="损坏|完整性"):
        add_staff(Actor("sup", "supervisor", "主管"), employee_no="Y1", name="新")
    with pytest.raises(DatabaseError, match="损坏|完整性"):
        settings.automatic_backup(database, "daily")
    close_database()
    assert path.read_bytes() == damaged  # nothing was written
    with pytest.raises(DatabaseError, match="损坏|完整性"):
        open_database(str(path))  # the ordinary open checks before returning


def test_the_background_check_lets_a_sound_file_be_used(tmp_path, fixed_clock):
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import integrity_checked, require_checked
    from csperf_desktop.store.models import Staff
    from csperf_desktop.office.staff import add_staff

    path = tmp_path / "ok.db"
    open_database(str(path))
    close_database()
    open_database(str(path), check_in_background=True)
    require_checked()
    assert integrity_checked()
    add_staff(Actor("sup", "supervisor", "主管"), employee_no="Y1", name="新")
    assert Staff.select().count() == 1
    close_database()
    assert integrity_checked()  # closing forgets the check


def test_a_new_file_needs_no_background_check(tmp_path, fixed_clock):
    from csperf_desktop.store import db as db_module

    open_database(str(tmp_path / "new.db"), check_in_background=True)
    assert db_module._background_check is None  # nothing to check in an empty file
    close_database()
