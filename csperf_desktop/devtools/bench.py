"""``python main.py bench``: what users wait for, each figure against a floor measured in the
same run on the same machine, or against an absolute bound where the floor would be too small
to carry a ratio (a few milliseconds move with the machine's load).

Synthetic offices: S 20 agents × 2 years, M 60 × 3, L 200 × 5, 40 events per agent per month
(one month at L: 8,000 events; all of L: 480,000). They are built the way the program writes:
people through ``add_staff``, every month's events in one ``add_events`` (validated and
audited in bulk), the month's figures through ``save_figures_bulk``, every month but the last
published — so ``verify`` passes on them, and the bench checks that it does.

Times are CPU time of the process measuring (``time.process_time``) on SQLite, where all the
work happens in this process and wall time would measure the other programs sharing the
machine; on PostgreSQL (``--db postgresql://…``) they are wall time, since half the work is
the server's. The cold start is the CPU time of a fresh interpreter's main thread until its
window has painted (wall time on PostgreSQL), on both sides.

On PostgreSQL every office lives in its own schema ``csperf_bench_<office>`` of the database
given (created at the start, dropped at the end: the role needs CREATE on that database; a run
that was killed leaves them, and the next run drops them first).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

SIZES = {"S": (20, 24), "M": (60, 36), "L": (200, 60)}
EVENTS_PER_AGENT_MONTH = 40
# (code, points per unit): the points the synthetic events give, within each rule's range
RULES = [("B01", 1), ("B05", 5), ("B04", 5), ("D04", 1), ("D05", 2), ("D07", 2), ("D09", 5), ("D10", 5)]
IMPORT_ROWS, IMPORT_AGENTS = 10_000, 200
ROOT = Path(__file__).resolve().parents[2]
BENCH_REASON = "基准测试的合成数据，不计加分"


@dataclass
class Figure:
    name: str
    value: float | None  # seconds, or MB for memory
    floor: float | None
    target: str
    met: bool | None  # None: reported only, or not measured (see ``error``)
    unit: str = "s"
    note: str = ""
    error: str = ""  # why the figure could not be measured

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def as_dict(self) -> dict:
        return {"name": self.name, "value": self.value, "floor": self.floor, "ratio": self.ratio,
                "target": self.target, "met": self.met, "unit": self.unit, "note": self.note, "error": self.error}


SMALL_FLOOR = 0.010  # s: below this a floor is noise on a shared machine, and the target an absolute bound


def ratio_figure(name: str, value: float, floor: float, times: float, note: str = "") -> Figure:
    return Figure(name, value, floor, f"≤ {times:g} × floor", value <= times * floor, note=note)


def absolute_figure(name: str, value: float, limit: float, unit: str = "s", floor: float | None = None,
                    note: str = "") -> Figure:
    bound = f"≤ {limit:g} MB" if unit == "MB" else (f"≤ {limit * 1000:g} ms" if limit < 1 else f"≤ {limit:g} s")
    return Figure(name, value, floor, bound, value <= limit, unit, note)


def failed(name: str, target: str, exc: BaseException | str, unit: str = "s") -> Figure:
    text = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return Figure(name, None, None, target, None, unit, error=text.strip().splitlines()[-1][:300] if text else "?")


class Timer:
    """CPU time of this process (SQLite), or wall time (PostgreSQL: the server works apart)."""

    def __init__(self, wall: bool):
        self.wall = wall
        self.now = time.perf_counter if wall else time.process_time
        self.kind = "wall" if wall else "cpu"

    def once(self, fn: Callable) -> float:
        t0 = self.now()
        fn()
        return self.now() - t0

    def median(self, fn: Callable, runs: int = 5) -> float:
        return statistics.median(self.once(fn) for _ in range(runs))

    def paired(self, fn: Callable, floor: Callable, runs: int = 5) -> tuple[float, float]:
        """The medians of ``fn`` and of its ``floor``, run in turn (``fn``, ``floor``, ``fn``, …):
        a spell of load on the machine then slows both alike, where measuring one after the
        other let it fall on one side of the ratio."""
        values, floors = [], []
        for _ in range(runs):
            values.append(self.once(fn))
            floors.append(self.once(floor))
        return statistics.median(values), statistics.median(floors)


# ---------------------------------------------------------------- where the offices live

class Place:
    """Locations for the bench's throw-away offices: SQLite files in a temporary folder, or
    one schema each in the PostgreSQL database given."""

    def __init__(self, folder: Path, url: str | None = None):
        self.folder = folder
        self.url = url
        self.schemas: list[str] = []

    @property
    def postgres(self) -> bool:
        return self.url is not None

    def location(self, name: str) -> str:
        if self.url is None:
            path = self.folder / f"{name}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            return str(path)
        schema = f"csperf_bench_{name}".lower()
        self._admin(f"DROP SCHEMA IF EXISTS {schema} CASCADE", f"CREATE SCHEMA {schema}")
        if schema not in self.schemas:
            self.schemas.append(schema)
        return f"{self.url}{'&' if '?' in self.url else '?'}options=-csearch_path%3D{schema}"

    def cleanup(self) -> None:
        if self.schemas:
            self._admin(*(f"DROP SCHEMA IF EXISTS {s} CASCADE" for s in self.schemas))
            self.schemas = []

    def _admin(self, *statements: str) -> None:
        import psycopg2
        from playhouse.db_url import parse

        con = psycopg2.connect(**parse(self.url))
        try:
            con.autocommit = True
            with con.cursor() as cur:
                for sql in statements:
                    cur.execute(sql)
        finally:
            con.close()


def last_month():
    from ..base.months import Month

    return Month.of(_dt.date.today()).prev()


def _at(day: _dt.date, hour: int) -> _dt.datetime:
    return _dt.datetime.combine(day, _dt.time(hour, 0))


def add_people(agents: int) -> list:
    from ..base import clock
    from ..office.staff import add_staff
    from ..trust.auth import SYSTEM

    clock.set_fixed(_dt.datetime(2000, 1, 3, 1, 0))
    try:
        return [add_staff(SYSTEM, employee_no=f"E{i:04d}", name=f"员工{i:04d}", role="agent", team=f"{i % 8 + 1}组",
                          hire_date=_dt.date(2000, 1, 1)) for i in range(agents)]
    finally:
        clock.set_fixed(None)


def build_office(location: str, agents: int, months: int, seed: int = 1) -> list:
    """A synthetic office written through the services (audited); returns its months, oldest
    first. Every month but the last is published; the last one stays open, its proposals
    dismissed, ready to publish."""
    from ..base import clock
    from ..monthly.events import NewEvent, add_events
    from ..monthly.figures import save_figures_bulk
    from ..monthly.lifecycle import publish_month
    from ..monthly.proposals import dismiss, pending_proposals
    from ..store.db import close_database, open_database
    from ..store.models import database_proxy
    from ..trust.auth import SYSTEM

    rng = random.Random(seed)
    end = last_month()
    month_list = [end.add(-i) for i in range(months - 1, -1, -1)]
    database = open_database(location)
    try:
        staff = add_people(agents)
        for m in month_list:
            clock.set_fixed(_at(m.last_day, 10))
            days = (m.last_day - m.first_day).days + 1
            items = []
            for s in staff:
                for _ in range(EVENTS_PER_AGENT_MONTH):
                    code, points = RULES[rng.randrange(len(RULES))]
                    items.append(NewEvent(s.id, code, m.first_day + _dt.timedelta(days=rng.randrange(days)), points))
            add_events(SYSTEM, items)
            save_figures_bulk(SYSTEM, m, {s.id: {"csat_pct": round(rng.uniform(80, 99), 1),
                                                 "sales_amount": round(rng.uniform(1e4, 9e4), 2)} for s in staff})
            clock.set_fixed(_at(m.next().first_day, 1))
            pending = pending_proposals(m)  # the synthetic CSAT figures propose B06
            if pending:
                dismiss(SYSTEM, pending, m, BENCH_REASON)
            if m != month_list[-1]:
                with database.atomic():  # inside a transaction: no automatic backup after each month
                    publish_month(SYSTEM, m)
        clock.set_fixed(None)
        database_proxy.obj.execute_sql("ANALYZE")
    finally:
        clock.set_fixed(None)
        close_database()
    return month_list


# ---------------------------------------------------------------- raw access for the floors

def raw_sql(sql: str) -> str:
    """``sql`` written with ``?`` marks, for the open database's driver."""
    import peewee as pw

    from ..store.models import database_proxy

    return sql if isinstance(database_proxy.obj, pw.SqliteDatabase) else sql.replace("?", "%s")


def raw_rows(sql: str, params: tuple = ()) -> list[tuple]:
    from ..store.models import database_proxy

    cur = database_proxy.obj.connection().cursor()
    cur.execute(raw_sql(sql), params)
    rows = cur.fetchall()
    cur.close()
    return rows


def raw_insert(table: str, columns: list[str], rows: list[tuple]) -> None:
    """The plainest bulk insert each driver has: sqlite3's ``executemany``, psycopg2's
    ``execute_values`` (its ``executemany`` is a loop of round trips)."""
    import peewee as pw

    from ..store.models import database_proxy

    db = database_proxy.obj
    cols = ", ".join(f'"{c}"' for c in columns)
    if isinstance(db, pw.SqliteDatabase):
        db.connection().executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in columns)})',
                                    rows)
        return
    from psycopg2.extras import execute_values

    with db.connection().cursor() as cur:
        execute_values(cur, f'INSERT INTO "{table}" ({cols}) VALUES %s', rows, page_size=1000)


# ---------------------------------------------------------------- the figures

def standings_figure(location: str, month, label: str, timer: Timer) -> Figure:
    """One month's live standings against a raw GROUP BY over the same rows."""
    from ..monthly.standings import live_standings
    from ..store.db import close_database, open_database

    open_database(location)
    try:
        sql = ("SELECT staff_id, area, kind, SUM(points) FROM score_event WHERE month = ? AND voided = ?"
               " GROUP BY staff_id, area, kind")
        live_standings(month)  # warm the caches the same way for both
        raw_rows(sql, (month.key, False))
        value, floor = timer.paired(lambda: live_standings(month), lambda: raw_rows(sql, (month.key, False)), 9)
    finally:
        close_database()
    note = "floor: a raw GROUP BY over the same rows"
    if label == "L":
        return ratio_figure(f"standings_{label}", value, floor, 2, note)
    return absolute_figure(f"standings_{label}", value, 0.005, floor=floor, note=note + " (reported)")


def demo_figure(place: Place, timer: Timer) -> Figure:
    from .demo import build_demo
    from ..store.db import close_database, open_database

    open_database(place.location("demo"))
    try:
        value = timer.once(build_demo)
    finally:
        close_database()
    return absolute_figure("demo_build", value, 1.5, note="the demo office into an empty database")


def publish_figure(location: str, month, label: str, timer: Timer) -> Figure:
    """Publishing the open month: snapshot, lock, audit — in a transaction, so without the
    automatic backup a publication is followed by outside the bench."""
    from ..base import clock
    from ..monthly.lifecycle import publish_month
    from ..store.db import close_database, open_database
    from ..trust.auth import SYSTEM

    database = open_database(location)
    clock.set_fixed(_at(month.next().first_day, 1))

    def publish():
        with database.atomic():
            publish_month(SYSTEM, month)
    try:
        value = timer.once(publish)
    finally:
        clock.set_fixed(None)
        close_database()
    return absolute_figure(f"publish_{label}", value, 0.5,
                           note=f"one month of {EVENTS_PER_AGENT_MONTH * SIZES[label][0]:,} events;"
                                " the automatic backup that follows is not counted")


def hash_chain(rows) -> int:
    """The floor of ``verify``: the audit chain recomputed in plain Python, nothing else."""
    import hashlib

    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    prev = "0" * 64
    bad = 0
    for (_id, at, actor, action, entity, eid, staff_id, month, before, after, reason, prev_hash, h) in rows:
        at = at.replace(microsecond=0).isoformat(sep=" ") if isinstance(at, _dt.datetime) else str(at)[:19]
        mine = hashlib.sha256((prev + encode([at, actor, action, entity, eid, staff_id, month, before, after, reason]))
                              .encode("utf-8")).hexdigest()
        bad += mine != h or prev_hash != prev
        prev = h
    return bad


def verify_figure(location: str, label: str, timer: Timer) -> Figure:
    from ..monthly.verify import verify_report
    from ..store.db import close_database, open_database

    open_database(location)
    try:
        report = None

        def verify():
            nonlocal report
            report = verify_report(anchors=[])
        sql = ("SELECT id, at, actor, action, entity, entity_id, staff_id, month, before, after, reason, prev_hash,"
               " hash FROM audit_entry ORDER BY id")
        bad = 0

        def floor_run():
            nonlocal bad
            bad = hash_chain(raw_rows(sql))
        value, floor = timer.paired(verify, floor_run, 3)
        entries = raw_rows("SELECT COUNT(*) FROM audit_entry")[0][0]
    finally:
        close_database()
    fig = ratio_figure(f"verify_{label}", value, floor, 2,
                       f"{entries:,} audit entries; floor: reading them and hashing the chain in plain Python")
    if report.problems or bad:
        fig.met = False
        fig.error = f"verify found problems in the bench office: {'; '.join(report.problems[:3])} ({bad} bad hashes)"
    return fig


def printing_figure(label: str, value: float, floor: float, times: float, note: str) -> Figure:
    """``times`` × the floor; or, where the floor is under ``SMALL_FLOOR`` (the bulletin of a
    20-person office: about 1 ms), a ratio that would move with the machine's load, the absolute
    bound ``times`` × ``SMALL_FLOOR``."""
    if floor < SMALL_FLOOR:
        return absolute_figure(label, value, times * SMALL_FLOOR, floor=floor,
                               note=f"{note}; the floor is under {SMALL_FLOOR * 1000:g} ms, so the bound is"
                                    f" {times:g} × {SMALL_FLOOR * 1000:g} ms")
    return ratio_figure(label, value, floor, times, note)


def print_figures(location: str, month, year: int, folder: Path, timer: Timer, quick: bool) -> list[Figure]:
    from . import floors
    from ..reports.annual_report import write_annual_review
    from ..reports.bulletin import write_bulletin
    from ..reports.scorecard import write_scorecards
    from ..monthly.standings import standings
    from ..store.db import close_database, open_database

    runs = 1 if quick else 3
    out = []
    open_database(location)
    try:
        people = len(standings(month))
        jobs = [
            ("scorecards", 3, lambda: write_scorecards(month, folder / "cards.pdf"),
             lambda: floors.scorecards(folder / "cards-floor.pdf", month), "one card per person"),
            ("annual_reports", 3, lambda: write_annual_review(year, folder / "annual.pdf"),
             lambda: floors.annual_reports(folder / "annual-floor.pdf", year), f"the year {year}, one report each"),
            ("bulletin", 2, lambda: write_bulletin(month, folder / "bulletin.pdf"),
             lambda: floors.bulletin(folder / "bulletin-floor.pdf", month), "the wall bulletin"),
        ]
        for name, times, job, floor_job, what in jobs:
            label = f"{name}_{people}"
            try:
                value, floor = timer.paired(job, floor_job, runs)
            except Exception as exc:  # a failing printout is a figure not measured, not a crash
                out.append(failed(label, f"≤ {times} × floor", exc))
                continue
            out.append(printing_figure(label, value, floor, times,
                                       f"{what}; floor: the same text on a bare ReportLab canvas (devtools.floors)"))
    finally:
        close_database()
    return out


def write_events_file(path: Path, month) -> None:
    import xlsxwriter

    rng = random.Random(3)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("评分记录")
    sheet.write_row(0, 0, ["日期", "工号", "项目代码", "分值", "次数", "备注"])
    days = (month.last_day - month.first_day).days + 1
    for i in range(IMPORT_ROWS):
        code, points = RULES[rng.randrange(len(RULES))]
        day = month.first_day + _dt.timedelta(days=rng.randrange(days))
        sheet.write_row(i + 1, 0, [day.isoformat(), f"E{rng.randrange(IMPORT_AGENTS):04d}", code, points, 1,
                                   f"导入 {i}"])
    book.close()


def import_figure(place: Place, folder: Path, timer: Timer, quick: bool) -> Figure:
    """10,000 events from .xlsx into an office of 200 people, against reading the same file
    with python-calamine and inserting the same event and audit rows with the driver's raw
    bulk insert."""
    from python_calamine import CalamineWorkbook

    from ..excel.importers import import_file
    from ..store.db import close_database, open_database
    from ..store.models import database_proxy
    from ..trust.auth import SYSTEM

    month = last_month()
    xlsx = folder / "events.xlsx"
    write_events_file(xlsx, month)
    values, floors_ = [], []
    for run in range(1 if quick else 3):
        # the import, into a fresh office
        open_database(place.location(f"import{run}"))
        try:
            add_people(IMPORT_AGENTS)
            audit_before = raw_rows("SELECT COALESCE(MAX(id), 0) FROM audit_entry")[0][0]
            result = None

            def real():
                nonlocal result
                result = import_file(SYSTEM, xlsx, "events")
            values.append(timer.once(real))
            if result.added != IMPORT_ROWS:
                raise RuntimeError(f"the import added {result.added} events, not {IMPORT_ROWS}")
            cur = database_proxy.obj.connection().cursor()
            cur.execute(raw_sql("SELECT * FROM score_event ORDER BY id"))
            event_cols, events = [d[0] for d in cur.description], cur.fetchall()
            cur.execute(raw_sql("SELECT * FROM audit_entry WHERE id > ? ORDER BY id"), (audit_before,))
            audit_cols, audits = [d[0] for d in cur.description], cur.fetchall()
            cur.close()
        finally:
            close_database()
        # the floor, into another fresh office with the same people
        database = open_database(place.location(f"importfloor{run}"))
        try:
            add_people(IMPORT_AGENTS)

            def floor():
                book = CalamineWorkbook.from_path(str(xlsx))
                rows = book.get_sheet_by_index(0).to_python()
                assert len(rows) == IMPORT_ROWS + 1
                with database.atomic():
                    raw_insert("score_event", event_cols, events)
                    raw_insert("audit_entry", audit_cols, audits)
            floors_.append(timer.once(floor))
        finally:
            close_database()
    return ratio_figure("import_events_10k", statistics.median(values), statistics.median(floors_), 2,
                        "floor: python-calamine reading the file + the same event and audit rows inserted raw")


def daily_tab_figure(location: str, month, label: str, wall: bool) -> Figure:
    """Opening one month in the daily tab, measured in a child process with Qt offscreen
    (the core imports no Qt)."""
    name = f"daily_tab_month_{label}"
    code = ("import json, sys; from csperf_desktop.gui.daily.bench_probe import open_month; "
            "print(json.dumps(open_month(sys.argv[1], sys.argv[2], sys.argv[3] == 'wall')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, location, month.key, "wall" if wall else "cpu"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=600)
    try:
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return failed(name, "≤ 150 ms", out.stderr or "no output")
    return absolute_figure(name, data["seconds"], 0.150,
                           note=f"{data['events']:,} events, {data['shown']:,} rows loaded at first; "
                                "switching to the month until painted, offscreen")


def cold_start_figure(location: str, label: str, wall: bool) -> Figure:
    name = f"cold_start_{label}"
    code = ("import json, sys; from csperf_desktop.gui.daily.bench_probe import cold_start; "
            "print(json.dumps(cold_start(sys.argv[1], sys.argv[2] == 'wall')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, location, "wall" if wall else "cpu"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    try:
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return failed(name, "≤ 2.5 × floor", out.stderr or "no output")
    clock = "CPU time of the new process's main thread" if data["clock"] == "cpu" else "wall time"
    return ratio_figure(name, data["cold_start"], data["bare_start"], 2.5,
                        f"{clock} from launch to the painted main window; floor: a bare PySide6 QMainWindow"
                        f" (the tab in view loaded at {data['cold_ready'] * 1000:.0f} ms)")


def analysis_figures(location: str, last, label: str, timer: Timer) -> list[Figure]:
    """The analysis of the 12 published months up to ``last``: the core's load (a fixed number of
    queries), and the window opened on that range until its heat map has painted (offscreen, in a
    child process: the core imports no Qt)."""
    from ..insight.analysis import load
    from ..store.db import close_database, open_database

    first = last.add(-11)
    open_database(location)
    try:
        load(first, last)  # the first load also imports and warms the page cache
        value = timer.median(lambda: load(first, last), 5)
    finally:
        close_database()
    figures = [absolute_figure(f"analysis_12m_{label}", value, 0.3,
                               note="people, teams, the people × months matrix, rule analytics, movers, coaching")]
    name = f"analysis_window_12m_{label}"
    code = ("import json, sys; from csperf_desktop.gui.analysis.bench import measure; "
            "print(json.dumps(measure(sys.argv[1], sys.argv[2])))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, location, last.key], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    try:
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return figures + [failed(name, "≤ 300 ms", out.stderr or "no output")]
    seconds = data["analysis_open"] if timer.wall else data["analysis_open_cpu"]
    return figures + [absolute_figure(name, seconds, 0.3,
                                      note=f"{data['people']} people; load, heat map and first paint, offscreen"
                                           f" ({'wall' if timer.wall else 'CPU'} time)")]


MEMORY_PROBE = """
import resource, sys
from csperf_desktop.store.db import open_database
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.standings import live_standings, standings
from csperf_desktop.monthly.events import month_events
from csperf_desktop.annual import compute_all
open_database(sys.argv[1])
for key in sys.argv[2:]:
    m = Month.parse(key)
    standings(m); live_standings(m); list(month_events(m))
compute_all(Month.parse(sys.argv[2]).year)
# VmHWM, the peak of this process's own memory since it started: ru_maxrss would also count the
# parent's peak (Linux carries it over the exec that starts this interpreter).
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak)
"""


def memory_figure(location: str, month_list, label: str) -> Figure:
    name = f"peak_memory_{label}"
    try:
        import resource  # noqa: F401
    except ImportError:
        return failed(name, "≤ 200 MB", "not measurable on this system", "MB")
    keys = [m.key for m in month_list[-12:]]
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, location, *keys], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    try:
        mb = int(out.stdout.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return failed(name, "≤ 200 MB", out.stderr or "no output", "MB")
    return absolute_figure(name, mb, 200, "MB", note="open; standings, live standings and events of 12 months;"
                                                     " the annual computation")


# ---------------------------------------------------------------- the run

def run(size: str = "L", *, db_url: str | None = None, quick: bool = False,
        log: Callable[[str], None] | None = None) -> list[Figure]:
    """Every figure at ``size``; ``db_url`` (postgresql://…) measures on that server instead of SQLite."""
    log = log or (lambda text: print(text, file=sys.stderr, flush=True))
    timer = Timer(wall=db_url is not None)
    figures: list[Figure] = []
    data_dir = os.environ.get("CSPERF_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="csperf-bench-") as tmp:
        folder = Path(tmp)
        os.environ["CSPERF_DATA_DIR"] = str(folder / "data")  # backups and anchors of the throw-away offices
        (folder / "data").mkdir()
        place = Place(folder, db_url)
        try:
            figures = _measure(size, place, folder, timer, quick, log)
        finally:
            place.cleanup()
            if data_dir is None:
                os.environ.pop("CSPERF_DATA_DIR", None)
            else:
                os.environ["CSPERF_DATA_DIR"] = data_dir
    return figures


def _step(figures: list, log, name: str, target: str, fn: Callable, unit: str = "s") -> None:
    """Add what ``fn`` measures; an error becomes a figure not measured, and the run goes on."""
    t0 = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001 — reported as the figure's error
        import traceback

        log(traceback.format_exc())
        out = failed(name, target, exc, unit)
    out = out if isinstance(out, list) else [out]
    figures += out
    for f in out:
        log(f"  {f.name}: {_fmt(f.value, f.unit)} ({time.perf_counter() - t0:.0f} s)")


def _measure(size: str, place: Place, folder: Path, timer: Timer, quick: bool, log) -> list[Figure]:
    figures: list[Figure] = []
    offices: dict[str, tuple[str, list]] = {}
    for s in ("S", "M", "L") if size == "L" else (size,):
        agents, months = SIZES[s]
        location = place.location(s)
        t0, c0 = time.perf_counter(), time.process_time()
        month_list = build_office(location, agents, months)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        offices[s] = (location, month_list)
        log(f"  built office {s}: {agents} agents × {months} months, "
            f"{agents * months * EVENTS_PER_AGENT_MONTH:,} events, in {cpu:.1f} s CPU ({wall:.1f} s wall)")
        if s == size:
            figures.append(Figure(f"build_office_{s}", wall if place.postgres else cpu, None, "reported", None,
                                  note=f"{agents * months * EVENTS_PER_AGENT_MONTH:,} events written and audited "
                                       f"through the services, {months - 1} months published"))
    location, month_list = offices[size]
    current, published = month_list[-1], month_list[-2]
    year = last_month().year - 1  # the latest whole year; every office covers it
    _step(figures, log, "demo_build", "≤ 1.5 s", lambda: demo_figure(place, timer))
    for s, (loc, ml) in offices.items():
        _step(figures, log, f"standings_{s}", "≤ 2 × floor" if s == "L" else "≤ 5 ms",
              lambda loc=loc, ml=ml, s=s: standings_figure(loc, ml[-1], s, timer))
    _step(figures, log, f"daily_tab_month_{size}", "≤ 150 ms",
          lambda: daily_tab_figure(location, current, size, timer.wall))
    _step(figures, log, f"publish_{size}", "≤ 0.5 s", lambda: publish_figure(location, current, size, timer))
    _step(figures, log, f"verify_{size}", "≤ 2 × floor", lambda: verify_figure(location, size, timer))
    _step(figures, log, "printing", "≤ 3 × floor",
          lambda: print_figures(location, published, year, folder, timer, quick))
    _step(figures, log, "import_events_10k", "≤ 2 × floor", lambda: import_figure(place, folder, timer, quick))
    _step(figures, log, f"analysis_12m_{size}", "≤ 300 ms", lambda: analysis_figures(location, published, size, timer))
    _step(figures, log, f"cold_start_{size}", "≤ 2.5 × floor", lambda: cold_start_figure(location, size, timer.wall))
    _step(figures, log, f"peak_memory_{size}", "≤ 200 MB", lambda: memory_figure(location, month_list, size), "MB")
    return figures


def exit_code(figures: list[Figure]) -> int:
    """0: every figure with a target met; 1: one missed its target; 2: one could not be measured."""
    if any(f.error and f.value is None for f in figures):
        return 2
    return 0 if all(f.met is not False for f in figures) else 1


# ---------------------------------------------------------------- output

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(db_url: str | None = None) -> dict:
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "os": platform.platform(terse=True),
            "python": platform.python_version(), "database": "PostgreSQL" if db_url else "SQLite",
            "times": "wall time" if db_url else "CPU time of the measuring process"}


def machine_line(m: dict) -> str:
    return (f"{m['cpu']}, {m['cores']} cores, {m['os']}, Python {m['python']}; {m['database']}; "
            f"times are {m['times']}")


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def _met(f: Figure) -> str:
    if f.error and f.value is None:
        return "error"
    return {True: "yes", False: "NO", None: "—"}[f.met]


def table_text(figures: list[Figure], m: dict) -> str:
    lines = [f"csperf bench — {machine_line(m)}",
             f"{'figure':<24} {'value':>10} {'floor':>10} {'ratio':>6}  {'target':<14} met"]
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        lines.append(f"{f.name:<24} {_fmt(f.value, f.unit):>10} {_fmt(f.floor, f.unit):>10} {ratio:>6}  "
                     f"{f.target:<14} {_met(f)}")
        for text in (f.note, f.error):
            if text:
                lines.append(f"    {text}")
    return "\n".join(lines)


def markdown(figures: list[Figure], m: dict, size: str) -> str:
    """The README's table, from one run."""
    lines = [f"`bench --size {size}` on {machine_line(m)} ({_dt.date.today().isoformat()}):", "",
             "| figure | value | floor | ratio | target | met |", "|---|---|---|---|---|---|"]
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        lines.append(f"| {f.name} | {_fmt(f.value, f.unit)} | {_fmt(f.floor, f.unit)} | {ratio} | {f.target} | "
                     f"{_met(f)} |")
    return "\n".join(lines)


def payload(figures: list[Figure], m: dict, size: str) -> dict:
    return {"machine": m, "size": size, "figures": [f.as_dict() for f in figures], "exit": exit_code(figures)}
