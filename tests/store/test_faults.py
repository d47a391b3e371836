"""Fault and abuse: killed mid-publish, disk full, read-only file, fuzzed input, roles."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csperf_desktop.base import clock
from csperf_desktop.trust.auth import PERMISSIONS, Actor
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.base.errors import CsperfError, DatabaseError, PermissionDenied
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AuditEntry, MonthlyResult, Period, ScoreEvent, Staff, database_proxy
from csperf_desktop.base.months import Month

ROOT = Path(__file__).resolve().parents[2]
SEP = Month(2026, 9)


def _big_office(path: Path, people: int = 150) -> None:
    from csperf_desktop.trust.auth import SYSTEM
    from csperf_desktop.office.staff import add_staff

    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    database = open_database(str(path))
    rng = random.Random(7)
    with database.atomic():
        for i in range(people):
            add_staff(SYSTEM, employee_no=f"E{i:04d}", name=f"员工{i}", hire_date="2020-01-01")
        for i in range(people * 4):
            add_event(SYSTEM, f"E{rng.randrange(people):04d}", rng.choice(["B01", "D04", "D07", "B05"]),
                      f"2026-09-{rng.randint(1, 27):02d}", None)
    close_database()


PUBLISHER = textwrap.dedent("""
    import sys, datetime as dt
    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import open_database
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    open_database(sys.argv[1])
    import time
    print("ready", flush=True)
    t0 = time.perf_counter()
    publish_month(Actor("k", "supervisor"), Month(2026, 9))
    print(f"done {time.perf_counter() - t0:.4f}", flush=True)
""")


def test_killed_during_publish_leaves_the_month_whole_or_untouched(tmp_path):
    base = tmp_path / "base.db"
    _big_office(base)
    people = 150
    rng = random.Random(42)
    outcomes = {"published": 0, "open": 0}
    # How long a publish takes here, to spread the kills over it.
    trial = tmp_path / "t.db"
    out = subprocess.run([sys.executable, "-c", PUBLISHER, str(_copy(base, trial))], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=60).stdout
    span = float(out.split("done")[1])
    for i in range(50):
        path = _copy(base, tmp_path / f"k{i}.db")
        proc = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(path)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, span * 2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        open_database(str(path))
        try:
            assert verify_database() == []
            period = Period.get_or_none(Period.month == SEP.key)
            snapshot = MonthlyResult.select().where(MonthlyResult.month == SEP.key).count()
            if period is not None and period.status == "published":
                assert snapshot == people and period.revision == 1
                outcomes["published"] += 1
            else:
                assert snapshot == 0
                outcomes["open"] += 1
        finally:
            close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    assert sum(outcomes.values()) == 50
    assert outcomes["published"] > 0 and outcomes["open"] > 0, outcomes  # kills landed on both sides of the commit


def _copy(src: Path, dest: Path) -> Path:
    import shutil

    shutil.copyfile(src, dest)
    return dest


@pytest.mark.sqlite_only
def test_disk_full_gives_a_clear_message_and_loses_nothing(office, supervisor):
    db = database_proxy.obj
    add_event(supervisor, "A01", "B01", "2026-10-05", 2)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    n_events, n_audit = ScoreEvent.select().count(), AuditEntry.select().count()
    with pytest.raises(DatabaseError, match="磁盘已满"):
        for i in range(400):  # fill what little room is left
            add_event(supervisor, "A02", "B01", "2026-10-05", 1, note="满" * 1500)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert ScoreEvent.select().count() >= n_events
    assert ScoreEvent.select().count() - n_events == AuditEntry.select().count() - n_audit
    assert verify_database() == []


def test_read_only_database_refuses_writes_clearly(tmp_path, fixed_clock, supervisor):
    path = tmp_path / "ro.db"
    open_database(str(path))
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A1", name="甲", hire_date="2020-01-01")
    close_database()
    open_database(str(path), read_only=True)
    try:
        with pytest.raises(DatabaseError, match="只读"):
            add_event(supervisor, "A1", "B01", "2026-10-05", 1)
        assert Staff.select().count() == 1
    finally:
        close_database()


text_st = st.one_of(st.none(), st.text(max_size=50), st.text(min_size=3000, max_size=5000),
                    st.sampled_from(["'; DROP TABLE staff; --", "😀🎉", "=1+1", "\x00", "A01", "B01", "2026-10-05"]))
any_st = st.one_of(text_st, st.integers(-10 ** 12, 10 ** 12), st.floats(allow_nan=True), st.booleans(),
                   st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.lists(st.integers(), max_size=2))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(staff=any_st, rule=any_st, date=any_st, points=any_st, quantity=any_st, method=any_st, ref=any_st, note=any_st)
def test_add_event_fuzzed_raises_only_documented_errors(office, supervisor, staff, rule, date, points, quantity,
                                                         method, ref, note):
    before = (ScoreEvent.select().count(), AuditEntry.select().count())
    try:
        ev = add_event(supervisor, staff, rule, date, points, quantity, method, ref, note)
    except CsperfError:
        assert (ScoreEvent.select().count(), AuditEntry.select().count()) == before
    else:
        assert ev.id is not None and ScoreEvent.select().count() == before[0] + 1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(no=any_st, name=any_st, role=any_st, team=any_st, hire=any_st, leave=any_st)
def test_add_staff_fuzzed_raises_only_documented_errors(db, supervisor, no, name, role, team, hire, leave):
    from csperf_desktop.office.staff import add_staff

    before = Staff.select().count()
    try:
        add_staff(supervisor, employee_no=no, name=name, role=role, team=team, hire_date=hire, leave_date=leave)
    except CsperfError:
        assert Staff.select().count() == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(["base_score", "cap_score", "award_mode", "award_amount", "company_name",
                            "warning_both_months", "csat_bonus_threshold", "nonexistent"]), value=any_st)
def test_update_settings_fuzzed_raises_only_documented_errors(db, supervisor, key, value):
    from csperf_desktop.office.settings import load, update_settings

    before = load().values
    try:
        update_settings(supervisor, {key: value})
    except CsperfError:
        assert load().values == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(month=any_st)
def test_month_parsing_fuzzed(month):
    from csperf_desktop.base.errors import ValidationError

    try:
        m = Month.parse(month)
    except ValidationError:
        return
    assert 1 <= m.month <= 12


def _services(actor):
    from csperf_desktop.monthly.lifecycle import close_month, publish_month, reopen_month
    from csperf_desktop.office.rules import update_rule
    from csperf_desktop.office.settings import update_settings
    from csperf_desktop.office.staff import add_staff

    return {
        "record_event": lambda: add_event(actor, "A01", "B01", "2026-10-05", 1),
        "void_event": lambda: void_event(actor, ScoreEvent.select().first().id, "测试"),
        "manage_staff": lambda: add_staff(actor, employee_no="R1", name="某"),
        "edit_rules": lambda: update_rule(actor, "B01", note="x"),
        "edit_settings": lambda: update_settings(actor, {"company_name": "某"}),
        "publish": lambda: publish_month(actor, SEP),
        "close": lambda: close_month(actor, SEP),
        "reopen": lambda: reopen_month(actor, SEP, "测试"),
    }


@pytest.mark.parametrize("role", ["admin", "supervisor", "qa", "viewer"])
def test_role_matrix(office, supervisor, role):
    """Each role × each service: allowed or refused exactly as PERMISSIONS says."""
    from csperf_desktop.monthly.lifecycle import publish_month

    add_event(supervisor, "A02", "D07", "2026-10-05")
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    actor = Actor("u", role)
    for permission, call in _services(actor).items():
        if permission == "close":
            publish_month(supervisor, SEP) if Period.get_or_none(Period.month == SEP.key) is None else None
            clock.set_fixed(dt.datetime(2026, 10, 5, 2, 0))
        allowed = role in PERMISSIONS[permission]
        if allowed:
            try:
                call()
            except PermissionDenied:  # pragma: no cover - the assertion below explains
                pytest.fail(f"{role} should be allowed to {permission}")
            except CsperfError:
                pass  # allowed, but refused for the state (e.g. month already published)
        else:
            with pytest.raises(PermissionDenied):
                call()
        clock.set_fixed(dt.datetime(2026, 10, 5, 2, 0))


IMPORTER = textwrap.dedent("""
    import sys, datetime as dt
    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import open_database
    from csperf_desktop.excel.importers import apply_import, read_import
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    open_database(sys.argv[1])
    preview = read_import(sys.argv[2], "figures")
    assert not preview.problems, preview.problems[:3]
    import time
    print("ready", flush=True)
    t0 = time.perf_counter()
    apply_import(Actor("k", "supervisor"), preview)
    print(f"done {time.perf_counter() - t0:.4f}", flush=True)
""")


def test_killed_during_a_large_import_leaves_it_whole_or_absent(tmp_path):
    """SIGKILL at random moments while 3,000 figure rows are written: afterwards the
    database opens, verify passes, and the rows are all there or none is."""
    import openpyxl

    from csperf_desktop.trust.auth import SYSTEM
    from csperf_desktop.store.models import MonthlyFigures
    from csperf_desktop.office.staff import add_staff

    base = tmp_path / "base.db"
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    database = open_database(str(base))
    with database.atomic():
        for i in range(100):
            add_staff(SYSTEM, employee_no=f"E{i:03d}", name=f"员工{i}", hire_date="2020-01-01")
    close_database()
    xlsx = tmp_path / "figures.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["month", "employee_no", "csat_pct", "contacts", "sales_amount"])
    for m in range(30):
        month = Month(2024, 1).add(m).key
        for i in range(100):
            ws.append([month, f"E{i:03d}", 90.5, 500 + i, 1000.0 * (i + 1)])
    wb.save(xlsx)
    rows = 3000

    # How long an import takes here, the longer of two runs: on a loaded machine one quick run
    # put every kill before the commit (50 absent, 0 whole).
    span = 0.0
    for k in range(2):
        out = subprocess.run([sys.executable, "-c", IMPORTER, str(_copy(base, tmp_path / f"cal{k}.db")), str(xlsx)],
                             cwd=ROOT, capture_output=True, text=True, timeout=120, check=True).stdout
        span = max(span, float(out.split("done")[1]))
    rng = random.Random(11)
    outcomes = {"whole": 0, "absent": 0}
    for i in range(50):
        path = _copy(base, tmp_path / f"i{i}.db")
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(xlsx)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, span * 2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        open_database(str(path))
        try:
            assert verify_database() == []
            n = MonthlyFigures.select().count()
            assert n in (0, rows), n
            outcomes["whole" if n else "absent"] += 1
        finally:
            close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    assert outcomes["whole"] > 0 and outcomes["absent"] > 0, outcomes
