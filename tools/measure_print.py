"""Printing speed against bare-canvas floors: 200 scorecards, 200 annual reports, the bulletin of 200.

    python tools/measure_print.py [--runs 3] [--months 14] [--db /tmp/print-bench.db] [--profile cards|annual|bulletin]

The office is the benchmark's synthetic one (``devtools.bench.build_office``: 200 agents,
about 40 events each per month, every month but the last published), built once into
``--db`` and reused. Each figure is CPU time (``time.process_time``), the median of
``--runs`` runs, each value run followed at once by its floor run, so both see the same
load on a shared machine.

The floors are the benchmark's own (``devtools/floors.py``): the same text drawn line by line
on a bare ReportLab canvas, so this tool and ``python main.py bench`` measure against one
definition.
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

    from csperf_desktop.devtools import floors as floor_of
    from csperf_desktop.reports.annual_report import write_annual_review
    from csperf_desktop.reports.bulletin import write_bulletin
    from csperf_desktop.reports.scorecard import write_scorecards
    from csperf_desktop.store.db import open_database

    open_database(str(live))
    month = month_list[-2]
    year = month.year
    jobs = {
        "cards": (lambda: write_scorecards(month, work / "cards.pdf"), lambda: floor_of.scorecards(work / "f_cards.pdf", month),
                  "3×"),
        "annual": (lambda: write_annual_review(year, work / "annual.pdf"), lambda: floor_of.annual_reports(work / "f_annual.pdf", year),
                   "3×"),
        "bulletin": (lambda: write_bulletin(month, work / "bulletin.pdf"),
                     lambda: floor_of.bulletin(work / "f_bulletin.pdf", month), "2×"),
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
