"""``python main.py bench``: the performance figures, each against a floor measured
in the same run on the same machine.

Synthetic offices are built in a temporary folder: S 20 agents × 2 years,
M 60 × 3, L 200 × 5, about 40 events per agent per month (L ≈ 480,000
events). The rows are inserted in bulk (not through the services, and so not
audited) because a benchmark office is throw-away data; every month but the
last is then published through the real service. Each figure is the median
of several runs.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SIZES = {"S": (20, 24), "M": (60, 36), "L": (200, 60)}
EVENTS_PER_AGENT_MONTH = 40
RULES = [("B01", 1, "daily", "bonus"), ("B05", 5, "daily", "bonus"), ("B04", 5, "after_sales", "bonus"),
         ("D04", -1, "general", "deduction"), ("D05", -2, "daily", "deduction"), ("D07", -2, "daily", "deduction"),
         ("D09", -5, "orders", "deduction"), ("D10", -5, "after_sales", "deduction")]
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figure:
    name: str
    value: float | None  # seconds, or MB for memory
    floor: float | None
    target: str
    met: bool | None
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor


def median_time(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def last_month() -> "object":
    from ..base.months import Month

    return Month.of(_dt.date.today()).prev()


def build_office(path: Path, agents: int, months: int, seed: int = 1) -> list:
    """A synthetic office; returns its months, oldest first (the last one stays open)."""
    from ..base import clock
    from ..trust.auth import SYSTEM
    from ..store.db import close_database, open_database
    from ..store.models import Rule, database_proxy
    from ..monthly.lifecycle import publish_month
    from ..monthly.proposals import dismiss as dismiss_proposals
    from ..monthly.proposals import pending_proposals

    rng = random.Random(seed)
    end = last_month()
    month_list = [end.add(-i) for i in range(months - 1, -1, -1)]
    database = open_database(str(path))
    rule_ids = {r.code: r.id for r in Rule.select()}
    con = database.connection()
    with database.atomic():
        con.executemany(
            "INSERT INTO staff (employee_no, name, role, team, hire_date, active, note, created_at)"
            " VALUES (?, ?, 'agent', ?, '2000-01-01', 1, '', '2000-01-01 00:00:00')",
            [(f"E{i:04d}", f"员工{i:04d}", f"{i % 8 + 1}组") for i in range(agents)])
        staff_ids = [r[0] for r in con.execute("SELECT id FROM staff ORDER BY id")]
        rows = []
        for m in month_list:
            days = (m.last_day - m.first_day).days + 1
            for sid in staff_ids:
                for _ in range(EVENTS_PER_AGENT_MONTH):
                    code, pts, area, kind = RULES[rng.randrange(len(RULES))]
                    day = m.first_day + _dt.timedelta(days=rng.randrange(days))
                    rows.append((sid, day.isoformat(), m.key, rule_ids[code], code, code, area, kind, pts, 1, pts,
                                 "", "", "supervision", "bench", "2000-01-01 00:00:00", 0, 0))
            if len(rows) > 50_000:
                _insert_events(con, rows)
                rows = []
        _insert_events(con, rows)
        con.executemany(
            "INSERT INTO monthly_figures (staff_id, month, csat_pct, sales_amount, imported_at, imported_by)"
            " VALUES (?, ?, ?, ?, '2000-01-01 00:00:00', 'bench')",
            [(sid, m.key, rng.uniform(80, 99), rng.uniform(1e4, 9e4)) for m in month_list for sid in staff_ids])
    with database.atomic():
        for m in month_list[:-1]:
            clock.set_fixed(_dt.datetime.combine(m.next().first_day, _dt.time(1, 0)))
            pending = pending_proposals(m)  # the synthetic CSAT figures propose B06: settle them first
            if pending:
                dismiss_proposals(SYSTEM, pending, m, "基准测试的合成数据，不计加分")
            publish_month(SYSTEM, m)
    clock.set_fixed(None)
    database_proxy.obj.execute_sql("ANALYZE")
    close_database()
    return month_list


def _insert_events(con, rows) -> None:
    con.executemany(
        "INSERT INTO score_event (staff_id, date, month, rule_id, rule_code, rule_name, area, kind, unit_points,"
        " quantity, points, note, reference, method, recorded_by, created_at, voided, serious)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def standings_figure(path: Path, month) -> tuple[float, float]:
    """(csperf live standings, raw sqlite3 GROUP BY over the same rows)."""
    from ..store.db import close_database, open_database
    from ..monthly.standings import live_standings

    open_database(str(path))
    live_standings(month)  # warm the cache the same way for both
    value = median_time(lambda: live_standings(month), 7)
    close_database()
    raw = sqlite3.connect(str(path))

    def floor():
        raw.execute("SELECT staff_id, area, kind, SUM(points) FROM score_event WHERE month = ? AND voided = 0"
                    " GROUP BY staff_id, area, kind", (month.key,)).fetchall()

    floor()
    f = median_time(floor, 7)
    raw.close()
    return value, f


def run(size: str = "L", json_out: str | None = None, quick: bool = False) -> list[Figure]:
    from ..base.months import Month  # noqa: F401

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="csperf-bench-") as tmp:
        tmp = Path(tmp)
        os.environ["CSPERF_DATA_DIR"] = str(tmp / "data")
        offices = {}
        for s in ("S", "M", "L") if size == "L" else (size,):
            agents, months = SIZES[s]
            t0 = time.perf_counter()
            month_list = build_office(tmp / f"{s}.db", agents, months)
            offices[s] = month_list
            print(f"  built office {s}: {agents} agents × {months} months in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr)
        for s, month_list in offices.items():
            value, floor = standings_figure(tmp / f"{s}.db", month_list[-1])
            figures.append(Figure(f"one month's standings ({s})", value, floor, "≤ 2 × floor",
                                  value <= 2 * floor, note="floor: raw sqlite3 GROUP BY over the same rows"))
        big = tmp / f"{size}.db"
        month_list = offices[size]
        figures += _annual_figure(big, month_list)
        figures += _print_figures(big, month_list, tmp, quick)
        figures += _import_figure(tmp)
        figures += _gui_figures(big, month_list, size)
        figures += _analysis_figures(big, month_list)
        if size != "S" and "S" in offices:
            figures += _cold_start_figure(tmp / "S.db", "S")
        figures.append(_memory_figure(big, month_list))
    _print_table(figures)
    if json_out:
        payload = {"machine": machine(), "size": size, "figures": [asdict(f) | {"ratio": f.ratio} for f in figures]}
        Path(json_out).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return figures


def _annual_figure(path: Path, month_list) -> list[Figure]:
    try:
        from .. import annual  # noqa: F401
    except ImportError:
        return [Figure("all agents' annual computation", None, None, "≤ 1 s", None,
                       note="not measured: the annual review is not built yet")]
    from ..store.db import close_database, open_database

    compute = getattr(annual, "compute_all", None)
    if compute is None:
        return [Figure("all agents' annual computation", None, None, "≤ 1 s", None,
                       note="not measured: annual.compute_all not available")]
    open_database(str(path))
    year = month_list[-2].year
    value = median_time(lambda: compute(year), 3)
    close_database()
    return [Figure("all agents' annual computation", value, None, "≤ 1 s", value <= 1.0)]


def _print_figures(path: Path, month_list, tmp: Path, quick: bool) -> list[Figure]:
    from ..store.db import close_database, open_database
    from ..reports.bulletin import write_bulletin
    from ..reports.scorecard import write_scorecards

    out = []
    open_database(str(path))
    month = month_list[-2]  # the latest published month
    value = median_time(lambda: write_bulletin(month, tmp / "bulletin.pdf"), 3)
    people = len(standings_for_print(month))
    out.append(Figure(f"bulletin PDF ({people} agents)", value, None, "≤ 1 s", value <= 1.0))
    runs = 1 if quick else 3
    value = median_time(lambda: write_scorecards(month, tmp / "cards.pdf"), runs)
    floor = median_time(lambda: _raw_cards(tmp / "raw.pdf", month), runs)
    out.append(Figure(f"{people} scorecards in one PDF", value, floor, "≤ 10 s", value <= 10.0,
                      note="floor: raw ReportLab canvas writing the same lines of text"))
    close_database()
    return out


def standings_for_print(month):
    from ..monthly.standings import standings

    return standings(month)


def _raw_cards(path: Path, month) -> None:
    """The floor for scorecards: the same text per person, drawn line by line on a bare canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ..monthly.events import month_events
    from ..reports.fonts import current_fonts

    fonts = current_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    by_staff: dict[int, list] = {}
    for ev in month_events(month):
        if not ev.voided:
            by_staff.setdefault(ev.staff_id, []).append(
                f"{ev.date} {ev.area} {ev.rule_code} {ev.rule_name} {ev.points} {ev.method} {ev.note}")
    for sid, lines in sorted(by_staff.items()):
        y = 800
        c.setFont(fonts.regular, 9)
        for line in [f"个人考核卡 {sid}"] + lines:
            if y < 40:
                c.showPage()
                c.setFont(fonts.regular, 9)
                y = 800
            c.drawString(40, y, line)
            y -= 12
        c.showPage()
    c.save()


def _import_figure(tmp: Path) -> list[Figure]:
    try:
        from ..excel.importers import import_file
    except ImportError:
        return [Figure("import 10,000 figure rows", None, None, "≤ 1.5 × floor", None, note="excel module missing")]
    import openpyxl

    from ..trust.auth import SYSTEM
    from ..store.db import close_database, open_database
    from ..base.months import Month

    agents, months = 200, 50
    db_path = tmp / "import.db"
    database = open_database(str(db_path))
    con = database.connection()
    with database.atomic():
        con.executemany(
            "INSERT INTO staff (employee_no, name, role, team, hire_date, active, note, created_at)"
            " VALUES (?, ?, 'agent', '', '2000-01-01', 1, '', '2000-01-01 00:00:00')",
            [(f"E{i:04d}", f"员工{i:04d}") for i in range(agents)])
    first = Month(2020, 1)
    xlsx = tmp / "figures.xlsx"
    # A normal (not write-only) workbook: its sheet carries a correct <dimension> tag, as Excel, WPS and
    # XlsxWriter write it.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "figures"
    ws.append(["month", "employee_no", "csat_pct", "avg_response_s", "avg_handle_s", "fcr_pct", "contacts",
               "sales_amount", "orders", "late_count", "early_leave_count", "absence_days"])
    rng = random.Random(3)
    for mi in range(months):
        m = first.add(mi).key
        for i in range(agents):
            ws.append([m, f"E{i:04d}", round(rng.uniform(80, 99), 1), rng.randint(10, 60), rng.randint(120, 600),
                       round(rng.uniform(60, 95), 1), rng.randint(300, 900), round(rng.uniform(1e4, 9e4), 2),
                       rng.randint(20, 90), 0, 0, 0])
    wb.save(xlsx)
    book = openpyxl.load_workbook(xlsx, read_only=True)
    dimension = book.active.calculate_dimension()
    book.close()
    if dimension != f"A1:L{months * agents + 1}":
        raise RuntimeError(f"the benchmark file's dimension tag is {dimension}, not the sheet's real size")

    def floor():
        # What a plain reader of this file does: the dimension tag is correct, so no reset_dimensions().
        book = openpyxl.load_workbook(xlsx, read_only=True)
        for _ in book.active.iter_rows(values_only=True):
            pass
        book.close()

    close_database()
    import shutil

    def attempt():
        # Every run imports into a fresh copy: a first import, which writes all 10,000 rows.
        copy = tmp / "import-run.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        shutil.copyfile(db_path, copy)
        open_database(str(copy))
        t0 = time.perf_counter()
        import_file(SYSTEM, xlsx, "figures")
        elapsed = time.perf_counter() - t0
        close_database()
        return elapsed

    f = median_time(floor, 5)
    value = statistics.median(attempt() for _ in range(5))
    return [Figure("import 10,000 figure rows", value, f, "≤ 1.5 × floor", value <= 1.5 * f,
                   note="floor: openpyxl read-only iteration of the same file")]


def _cold_figures(data: dict, size: str) -> list[Figure]:
    floor = data["bare_start"]
    return [Figure(f"cold start to the painted main window ({size})", data["cold_start"], floor, "≤ 2 × floor",
                   data["cold_start"] <= 2 * floor,
                   note="floor: a bare PySide6 QMainWindow started the same way"),
            Figure(f"cold start until the tab shown has loaded ({size})", data["cold_ready"], floor, "reported",
                   None, note="the window paints first, then the tab in view loads its month")]


def _cold_start_figure(path: Path, size: str) -> list[Figure]:
    code = ("import json, sys; from csperf_desktop.gui.shell.bench_gui import cold_start; "
            "print(json.dumps(cold_start(sys.argv[1])))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=600)
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        return [Figure(f"cold start to the painted main window ({size})", None, None, "≤ 2 × floor", None,
                       note=f"not measured: {exc}")]
    return _cold_figures(data, size)


def _gui_figures(path: Path, month_list, size: str = "L") -> list[Figure]:
    """Figures measured in a child process with Qt offscreen (the core imports no Qt)."""
    code = ("import json, sys; from csperf_desktop.gui.shell.bench_gui import measure; "
            "print(json.dumps(measure(sys.argv[1], sys.argv[2])))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        out = subprocess.run([sys.executable, "-c", code, str(path), month_list[-1].key], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=600)
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        note = f"not measured: {exc}"
        return [Figure("open one month in the daily-scoring tab", None, None, "≤ 0.3 s", None, note=note),
                Figure("cold start to the painted main window", None, None, "≤ 2 × floor", None, note=note)]
    figs = [Figure("open one month in the daily-scoring tab", data["daily_tab"], None, "≤ 0.3 s",
                   data["daily_tab"] <= 0.3, note="model load + first paint, offscreen")]
    return figs + _cold_figures(data, size)


def _analysis_figures(path: Path, month_list) -> list[Figure]:
    """The analysis of 12 published months: the core's load (queries and arithmetic), and the
    window opened on that range until the heat map has painted (offscreen, child process)."""
    from ..base.months import Month  # noqa: F401
    from ..insight.analysis import load
    from ..store.db import close_database, open_database

    last = month_list[-2]  # the latest published month
    open_database(str(path))
    load(last.add(-11), last)
    value = median_time(lambda: load(last.add(-11), last), 5)
    close_database()
    figs = [Figure("analysis of 12 months (core)", value, None, "≤ 0.3 s", value <= 0.3,
                   note="persons, teams, matrix, rule analytics, movers, coaching: a fixed number of queries")]
    code = ("import json, sys; from csperf_desktop.gui.analysis.bench import measure; "
            "print(json.dumps(measure(sys.argv[1], sys.argv[2])))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        out = subprocess.run([sys.executable, "-c", code, str(path), last.key], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=600)
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        return figs + [Figure("open the analysis window on 12 months", None, None, "≤ 0.3 s", None,
                              note=f"not measured: {exc}")]
    return figs + [Figure(f"open the analysis window on 12 months ({data['people']} people)", data["analysis_open"],
                          None, "≤ 0.3 s", data["analysis_open"] <= 0.3,
                          note=f"load + heat map + first paint, offscreen; CPU {data['analysis_open_cpu']:.3f} s")]


MEMORY_PROBE = """
import resource, sys
from csperf_desktop.store.db import open_database
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.standings import live_standings, standings
from csperf_desktop.monthly.events import month_events
open_database(sys.argv[1])
for key in sys.argv[2:]:
    m = Month.parse(key)
    standings(m); live_standings(m); list(month_events(m))
try:
    from csperf_desktop import annual
    getattr(annual, "compute_all", lambda y: None)(Month.parse(sys.argv[2]).year)
except ImportError:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _memory_figure(path: Path, month_list) -> Figure:
    name = f"peak memory at {path.stem} (open, standings of 12 months, events, annual)"
    try:
        import resource  # noqa: F401
    except ImportError:
        return Figure(name, None, None, "≤ 300 MB", None, "MB", note="not measured on this system")
    keys = [m.key for m in month_list[-12:]]
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path), *keys], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    try:
        mb = int(out.stdout.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return Figure(name, None, None, "≤ 300 MB", None, "MB", note=out.stderr[-200:])
    return Figure(name, mb, None, "≤ 300 MB", mb <= 300, "MB")


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def _print_table(figures: list[Figure]) -> None:
    print(f"csperf bench — {machine()}")
    print(f"{'figure':<62} {'value':>10} {'floor':>10} {'ratio':>6}  {'target':<14} met")
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[f.met]
        print(f"{f.name:<62} {_fmt(f.value, f.unit):>10} {_fmt(f.floor, f.unit):>10} {ratio:>6}  {f.target:<14} {met}")
        if f.note:
            print(f"    {f.note}")
