"""How long the Daily-scoring tab takes to open a month in a large database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_daily_tab.py [--events 500000]

Builds a temporary database with 100 people and the given number of events
spread over 25 months (inserted in bulk, outside the services: this measures
reading), then times switching the tab to a month, counting the queries,
and typing into the free-text filter.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(path: Path, n_events: int) -> None:
    from csperf_desktop.trust.auth import SYSTEM
    from csperf_desktop.store.db import open_database
    from csperf_desktop.store.models import Rule, Staff, database_proxy
    from csperf_desktop.office.staff import add_staff

    open_database(str(path))
    for i in range(100):
        add_staff(SYSTEM, employee_no=f"P{i:03d}", name=f"员工{i:03d}", team=f"{i % 5 + 1}组",
                  hire_date="2020-01-01")
    staff_ids = [s.id for s in Staff.select(Staff.id)]
    rules = list(Rule.select())
    rng = random.Random(7)
    start = _dt.date(2024, 10, 1)
    rows = []
    for _ in range(n_events):
        r = rng.choice(rules)
        day = start + _dt.timedelta(days=rng.randrange(760))
        pts = r.default_points if r.kind == "bonus" else -r.default_points
        rows.append((rng.choice(staff_ids), day.isoformat(), day.strftime("%Y-%m"), r.id, r.code, r.name, r.area,
                     r.kind, pts, 1, pts, "批量测试", "", "supervision", "bench", "2025-01-01 00:00:00", 0,
                     0))
    db = database_proxy.obj
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO score_event (staff_id, date, month, rule_id, rule_code, rule_name, area, kind, "
            "unit_points, quantity, points, note, reference, method, recorded_by, created_at, voided, serious) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    # As in real use, every month before the last two is published (its standings are a snapshot).
    from csperf_desktop.base import clock
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    month = Month(2024, 10)
    while month < Month(2026, 10):
        clock.set_fixed(_dt.datetime.combine(month.next().first_day, _dt.time(2, 0)))
        publish_month(SYSTEM, month)
        month = month.next()
    clock.set_fixed(None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=500_000)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="csperf-bench-"))
    os.environ["CSPERF_DATA_DIR"] = str(folder / "data")
    t0 = time.perf_counter()
    build(folder / "bench.db", args.events)
    print(f"built {args.events} events in {time.perf_counter() - t0:.1f} s")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csperf_desktop.base import clock
    from csperf_desktop.gui.shell import app as gui_app
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.daily.daily_tab import DailyTab
    from csperf_desktop.store.models import ScoreEvent, database_proxy
    from csperf_desktop.base.months import Month

    clock.set_fixed(_dt.datetime(2026, 10, 31, 2, 0))
    app = gui_app.make_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
    ctx = AppContext()
    ctx.month = Month(2025, 6)
    tab = DailyTab(ctx)
    tab.resize(1300, 600)
    tab.show()
    app.processEvents()

    queries = []
    db = database_proxy.obj
    original = db.execute_sql

    def counting(sql, params=None, *a, **kw):
        queries.append(sql)
        return original(sql, params, *a, **kw)

    db.execute_sql = counting
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        cProfile.runctx("ctx.set_month(Month(2025, 8)); app.processEvents()", globals(), locals(), "/tmp/month.prof")
        pstats.Stats("/tmp/month.prof").sort_stats("cumulative").print_stats(25)
    from csperf_desktop.gui.daily import daily_tab

    if os.environ.get("BENCH_BACKGROUND_ROWS"):
        daily_tab.BACKGROUND_ROWS = int(os.environ["BENCH_BACKGROUND_ROWS"])
    print(f"months above {daily_tab.BACKGROUND_ROWS} events are read in a worker")
    for key in ("2025-07", "2026-03", "2025-12", "2026-10", "2026-09"):
        queries.clear()
        t0 = time.perf_counter()
        ctx.set_month(Month.parse(key))
        app.processEvents()
        while tab._loading:  # a long month is read in a worker: wait until it is shown
            app.processEvents()
            time.sleep(0.002)
        elapsed = (time.perf_counter() - t0) * 1000
        n = ScoreEvent.select().where(ScoreEvent.month == key).count()
        print(f"open {key}: {n} events, {elapsed:.0f} ms, {len(queries)} queries")
    db.execute_sql = original
    # Recording one event in the open month (saved, list and standings refreshed).
    ctx.set_month(Month(2026, 10))
    while tab._loading:
        app.processEvents()
        time.sleep(0.002)
    strip = tab.entry
    for i in range(3):
        strip.staff_picker.setEditText(f"P00{i}")
        strip.rule_picker.setEditText("D05")
        t0 = time.perf_counter()
        strip.save()
        app.processEvents()
        print(f"record one event in 2026-10: {(time.perf_counter() - t0) * 1000:.0f} ms ({strip.message.text()})")
    ctx.set_month(Month(2025, 7))
    while tab._loading:
        app.processEvents()
        time.sleep(0.002)
    for text in ("员", "员工0", "员工04", "员工042"):
        t0 = time.perf_counter()
        tab.search.setText(text)
        tab.apply_filters()  # what the 150 ms typing pause then runs
        app.processEvents()
        print(f"filter '{text}': {tab.proxy.rowCount()} rows, {(time.perf_counter() - t0) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
