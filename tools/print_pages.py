"""Print every paper of the demo office and of a 200-person office with hard names into a folder.

    python tools/print_pages.py OUT_DIR

Built at a fixed clock, so two checkouts print the same pages (apart from "打印于"): compare
them with ``pdftoppm -png -r 50`` page by page.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="print-pages-"))
    os.environ["CSPERF_DATA_DIR"] = str(tmp / "data")
    from csperf_desktop.base import clock
    from csperf_desktop.base.months import Month
    from csperf_desktop.devtools.demo import build_demo
    from csperf_desktop.reports.annual_report import write_annual_review
    from csperf_desktop.reports.bulletin import write_bulletin
    from csperf_desktop.reports.scorecard import ScorecardOptions, write_scorecards
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.trust.auth import Actor

    now = dt.datetime(2026, 10, 20, 2, 0, 0)
    clock.set_fixed(now)
    open_database(str(tmp / "demo.db"))
    build_demo()
    clock.set_fixed(now)
    for m in (Month(2026, 9), Month(2026, 10)):
        write_scorecards(m, out / f"demo_cards_{m.key}.pdf")
        write_scorecards(m, out / f"demo_cards_a3_{m.key}.pdf", options=ScorecardOptions(paper="A3"))
        write_bulletin(m, out / f"demo_bulletin_{m.key}.pdf")
    write_annual_review(2026, out / "demo_annual.pdf")
    close_database()

    from report_pdf_helpers import build_hard_office

    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0, 0))
    open_database(str(tmp / "hard.db"))
    build_hard_office(Actor("admin", "admin", "管理员"), 200)
    clock.set_fixed(now)
    write_scorecards(Month(2026, 9), out / "hard_cards.pdf")
    write_bulletin(Month(2026, 9), out / "hard_bulletin.pdf")
    write_annual_review(2026, out / "hard_annual.pdf")
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
