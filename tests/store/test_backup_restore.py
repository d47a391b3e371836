"""Backups, rotation, restore, tamper detection and the single-writer lock."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csperf_desktop.office import settings

from csperf_desktop.store import backup
from csperf_desktop.cli import main
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.base.errors import DatabaseError
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.instance_lock import InstanceLock
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import database_proxy

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.sqlite_only
def test_daily_backup_at_most_once_a_day(office, tmp_path):
    db = database_proxy.obj
    first = settings.automatic_backup(db, "daily", when=dt.datetime(2026, 10, 20, 9, 0))
    second = settings.automatic_backup(db, "daily", when=dt.datetime(2026, 10, 20, 17, 0))
    third = settings.automatic_backup(db, "daily", when=dt.datetime(2026, 10, 21, 9, 0))
    assert first is not None and second is None and third is not None
    assert backup.check_backup_file(first)["staff"] == 5


def test_rotation_keeps_30_days_and_12_months(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2024, 1, 1, 9, 0)
    for i in range(0, 700, 1):  # a backup every day for almost two years, two on some days
        t = start + dt.timedelta(days=i)
        (folder / f"{backup.AUTO_PREFIX}daily-{t:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
        if i % 7 == 0:
            (folder / f"{backup.AUTO_PREFIX}publish-{t:%Y%m%d}-{t.hour + 1:02d}0000.db").write_bytes(b"x")
    (folder / "my-own-copy.db").write_bytes(b"x")
    backup.rotate(folder, keep_daily=30, keep_monthly=12)
    kept = sorted(p.name for p in folder.glob(backup.AUTO_PREFIX + "*.db"))
    days = {n.split("-")[3] for n in kept}
    months = {n.split("-")[3][:6] for n in kept}
    assert len(days) == 30 + 11  # the 30 newest days, plus the newest of 11 older months
    assert len(months) == 12
    assert (folder / "my-own-copy.db").exists()
    assert len(kept) == len(days)  # one backup per kept day


@pytest.mark.sqlite_only
def test_publish_takes_a_backup(office, supervisor):
    import csperf_desktop.base.clock as clock
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, Month(2026, 9))
    assert list(settings.backup_folder().glob(backup.AUTO_PREFIX + "publish-*.db"))


def test_restore_checks_the_file_then_keeps_the_current_database(tmp_path, fixed_clock, supervisor):
    live = tmp_path / "live.db"
    open_database(str(live))
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A1", name="甲")
    snapshot = tmp_path / "snap.db"
    backup.backup_sqlite(database_proxy.obj, snapshot)
    add_staff(supervisor, employee_no="A2", name="乙")
    close_database()

    assert main(["restore", "--db", str(live), str(snapshot)]) == 0
    con = sqlite3.connect(live)
    assert [r[0] for r in con.execute("SELECT employee_no FROM staff ORDER BY id")] == ["A1"]
    con.close()
    safety = list(settings.backup_folder().glob("csperf-before-restore-*.db"))
    assert len(safety) == 1
    con = sqlite3.connect(safety[0])
    assert con.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 2
    con.close()


def test_restore_refuses_a_tampered_backup_and_changes_nothing(tmp_path, fixed_clock, supervisor, capsys):
    live = tmp_path / "live.db"
    open_database(str(live))
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A1", name="甲")
    bad = tmp_path / "bad.db"
    backup.backup_sqlite(database_proxy.obj, bad)
    close_database()
    con = sqlite3.connect(bad)
    con.execute("UPDATE audit_entry SET actor='x' WHERE id=1")
    con.commit()
    con.close()
    before = live.read_bytes()
    assert main(["restore", "--db", str(live), str(bad)]) == 2
    assert "审计记录" in capsys.readouterr().err
    assert live.read_bytes() == before
    not_db = tmp_path / "x.db"
    not_db.write_text("hello")
    with pytest.raises(DatabaseError, match="不是"):
        backup.check_backup_file(not_db)


def test_event_changed_behind_the_programs_back_is_detected(tmp_path, fixed_clock, supervisor):
    path = tmp_path / "t.db"
    open_database(str(path))
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A1", name="甲", hire_date="2020-01-01")
    add_event(supervisor, "A1", "D04", "2026-10-05", 3)
    assert verify_database() == []
    close_database()
    con = sqlite3.connect(path)
    con.execute("UPDATE score_event SET points = -1, unit_points = -1")
    con.commit()
    con.close()
    open_database(str(path))
    problems = verify_database()
    assert problems and "被绕过程序改动" in problems[0]
    close_database()
    con = sqlite3.connect(path)
    con.execute("UPDATE score_event SET points = -3, unit_points = -3")
    con.execute("INSERT INTO score_event (staff_id, date, month, rule_code, rule_name, area, kind, unit_points,"
                " quantity, points, note, reference, method, recorded_by, created_at, voided, serious)"
                " VALUES (1, '2026-10-06', '2026-10', 'B07', 'x', 'daily', 'bonus', 10, 1, 10, '', '',"
                " 'supervision', 'sup', '2026-10-06 00:00:00', 0, 0)")
    con.commit()
    con.close()
    open_database(str(path))
    problems = verify_database()
    assert problems and "没有对应的审计记录" in problems[0]


def test_second_copy_does_not_get_the_lock(tmp_path):
    path = tmp_path / "x.db"
    first = InstanceLock(path)
    assert first.acquire()
    code = textwrap.dedent(f"""
        from csperf_desktop.store.instance_lock import InstanceLock
        lock = InstanceLock({str(path)!r})
        print(lock.acquire(), lock.holder())
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert out.stdout.startswith("False") and "进程" in out.stdout
    first.release()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert out.stdout.startswith("True")


def test_backup_taken_while_recording_restores_consistent(tmp_path, fixed_clock, supervisor):
    """A writer process records events while we back up; the copy verifies."""
    path = tmp_path / "busy.db"
    open_database(str(path))
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A1", name="甲", hire_date="2020-01-01")
    close_database()
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import datetime as dt
        from csperf_desktop.base import clock
        from csperf_desktop.trust.auth import Actor
        from csperf_desktop.store.db import open_database
        from csperf_desktop.monthly.events import add_event
        clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
        open_database({str(path)!r})
        for i in range(300):
            add_event(Actor('w', 'supervisor'), 'A1', 'B01', '2026-10-05', 1 + i % 5)
    """)], cwd=ROOT)
    copies = []
    try:
        database = open_database(str(path))
        for i in range(5):
            dest = tmp_path / f"copy{i}.db"
            backup.backup_sqlite(database, dest)
            copies.append(dest)
    finally:
        writer.wait(timeout=120)
        close_database()
    for c in copies:
        backup.check_backup_file(c)
        open_database(str(c))
        assert verify_database() == []
        close_database()
