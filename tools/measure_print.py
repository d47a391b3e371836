"""Printing speed against bare-canvas floors: 200 scorecards, 200 annual reports, the bulletin of 200.

    python tools/measure_print.py [--runs 3] [--months 14] [--db /tmp/print-bench.db] [--profile cards|annual|bulletin]

The office is the benchmark's synthetic one (``devtools.bench.build_office``: 200 agents,
about 40 events each per month, every month but the last published), built once into
``--db`` and reused. Each figure is CPU time (``time.process_time``), the median of
``--runs`` runs, each value run followed at once by its floor run, so both see the same
load on a shared machine.

Floors — a bare ReportLab canvas (A4 unless said) drawing the same text line by line in the
report's font, 9 pt, 12 pt apart, a new page when full and for each person:

* scorecards: the benchmark's own floor — each person's non-voided events of the month,
  one line per event (date, area, rule code and name, points, method, note), under a
  "个人考核卡 <id>" line (the events read with ``monthly.events.month_events``);
* annual reports: ``annual_report.load_year_report`` (the results of ``annual.compute_all``
  and the reviews, goals, coaching notes and exams — the data the report prints), then per
  person a title line, the summary line (monthly average, evaluation, final, grade, rank),
  one line per dimension and per indicator (name, weight, value, target, score, note), one
  line per month with a score, one per exam, goal and coaching note, and the review's texts;
* bulletin: ``bulletin.bulletin_data`` (the published standings), then on A3 a title line and
  one line per ranked person (rank, number, name, team, base, bonus, deduction, final,
  change, award/warning marks), at 11.5 pt, 16 pt apart.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


# --- floors ---------------------------------------------------------------------------

def _lines_pdf(path: Path, people: list[list[str]], pagesize=None, size: float = 9, step: float = 12) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from csperf_desktop.reports.fonts import current_fonts

    fonts = current_fonts()
    pagesize = pagesize or A4
    top = pagesize[1] - 42
    c = canvas.Canvas(str(path), pagesize=pagesize)
    for lines in people:
        y = top
        c.setFont(fonts.regular, size)
        for line in lines:
            if y < 40:
                c.showPage()
                c.setFont(fonts.regular, size)
                y = top
            c.drawString(40, y, line)
            y -= step
        c.showPage()
    c.save()


def floor_cards(path: Path, month) -> None:
    from csperf_desktop.monthly.events import month_events

    by_staff: dict[int, list] = {}
    for ev in month_events(month):
        if not ev.voided:
            by_staff.setdefault(ev.staff_id, []).append(
                f"{ev.date} {ev.area} {ev.rule_code} {ev.rule_name} {ev.points} {ev.method} {ev.note}")
    _lines_pdf(path, [[f"个人考核卡 {sid}"] + lines for sid, lines in sorted(by_staff.items())])


def floor_annual(path: Path, year: int) -> None:
    from csperf_desktop.reports.annual_report import load_year_report

    d = load_year_report(year)
    people = []
    for sid, r in sorted(d.results.items()):
        lines = [f"{d.year}年度绩效考核报告 {sid}",
                 f"{r.monthly_avg} {r.evaluation} {r.final} {r.grade} {r.rank}/{r.rank_count} {r.status}"]
        for dim in r.dimensions:
            lines.append(f"{dim.name} {dim.weight} {dim.score}")
            for ind in dim.indicators:
                lines.append(f"{ind.name} {ind.weight} {ind.value_text} {ind.target_text} {ind.score} {ind.note}")
        lines += [f"{i + 1}月 {v}" for i, v in enumerate(r.monthly_scores) if v is not None]
        lines += [" ".join(str(x) for x in e) for e in d.exams.get(sid, [])]
        lines += [f"{g.title} {g.indicator} {g.target} {g.weight} {g.note}"
                  for g in d.goals.get(sid, []) + d.next_goals.get(sid, [])]
        lines += [f"{n.date} {n.topic} {n.note} {n.follow_up}" for n in d.notes.get(sid, [])]
        review = d.reviews.get(sid)
        if review is not None:
            lines += [review.self_review or "", review.supervisor_comment or "", review.interview_summary or "",
                      review.development_plan or ""]
        people.append(lines)
    _lines_pdf(path, people)


def floor_bulletin(path: Path, month) -> None:
    from reportlab.lib.pagesizes import A3

    from csperf_desktop.reports.bulletin import bulletin_data

    d = bulletin_data(month)
    lines = [f"{d.company} {d.month.label_zh}客服绩效考核公示"]
    for r in d.rows:
        lines.append(f"{r.rank} {r.employee_no} {r.name} {r.team} {r.base} +{r.bonus} -{r.deduction} {r.final} "
                     f"{r.change} {'优秀奖' if r.award else ''} {'※' if r.warning else ''}")
    _lines_pdf(path, [lines], pagesize=A3, size=11.5, step=16)


# --- the office -------------------------------------------------------------------------

def office(db: Path, months: int):
    from csperf_desktop.devtools.bench import build_office, last_month

    if not db.exists():
        t0 = time.perf_counter()
        tmp = db.with_suffix(".building")
        build_office(str(tmp), 200, months)
        os.replace(tmp, db)
        print(f"built {db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    end = last_month()
    return [end.add(-i) for i in range(months - 1, -1, -1)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--months", type=int, default=14)
    ap.add_argument("--db", default="/tmp/print-bench/office.db")
    ap.add_argument("--only", default="cards,annual,bulletin")
    ap.add_argument("--profile", default="")
    args = ap.parse_args()
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="print-bench-"))
    os.environ["CSPERF_DATA_DIR"] = str(work / "data")
    month_list = office(db, args.months)
    live = work / "office.db"
    shutil.copy(db, live)

    from csperf_desktop.reports.annual_report import write_annual_review
    from csperf_desktop.reports.bulletin import write_bulletin
    from csperf_desktop.reports.scorecard import write_scorecards
    from csperf_desktop.store.db import open_database

    open_database(str(live))
    month = month_list[-2]
    year = month.year
    jobs = {
        "cards": (lambda: write_scorecards(month, work / "cards.pdf"), lambda: floor_cards(work / "f_cards.pdf", month),
                  "3×"),
        "annual": (lambda: write_annual_review(year, work / "annual.pdf"), lambda: floor_annual(work / "f_annual.pdf", year),
                   "3×"),
        "bulletin": (lambda: write_bulletin(month, work / "bulletin.pdf"),
                     lambda: floor_bulletin(work / "f_bulletin.pdf", month), "2×"),
    }
    if args.profile:
        fn = jobs[args.profile][0]
        fn()
        prof = cProfile.Profile()
        prof.runcall(fn)
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue())
        return 0
    for name in args.only.split(","):
        value_fn, floor_fn, target = jobs[name]
        value_fn(), floor_fn()  # warm: fonts, caches, imports
        values, floors = [], []
        for _ in range(args.runs):
            values.append(cpu(value_fn))
            floors.append(cpu(floor_fn))
        v, f = statistics.median(values), statistics.median(floors)
        print(f"{name:<9} value {v:7.3f} s  floor {f:6.3f} s  ratio {v / f:5.2f}  target ≤ {target}"
              f"   (values {', '.join(f'{x:.2f}' for x in values)}; floors {', '.join(f'{x:.3f}' for x in floors)})",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
