"""Opening a database does not load the monthly cycle (the window paints first); a program
that never imported exams, spot checks or appeals still gets their proposals and their guard
against closing a month, because the month's steps import them directly."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from csperf_desktop.base import clock
from csperf_desktop.monthly.appeals import record_appeal
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.exams import add_exam, set_results
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month

ROOT = Path(__file__).resolve().parents[2]
OCT = Month(2026, 10)

PRELUDE = textwrap.dedent("""
    import datetime as dt, sys
    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import open_database
    from csperf_desktop.base.errors import CsperfError
    from csperf_desktop.base.months import Month
    clock.set_fixed(dt.datetime.fromisoformat(sys.argv[2]))
    open_database(sys.argv[1])
    MODULES = ("csperf_desktop.monthly.exams", "csperf_desktop.monthly.spotchecks", "csperf_desktop.monthly.appeals")
    assert not any(name in sys.modules for name in MODULES), "loaded by opening the database"
""")


def _fresh_program(db, body: str) -> str:
    location = os.environ.get("CSPERF_TEST_DB") or db.database
    done = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body), location,
                           clock.now_utc().isoformat()], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_pending_appeal_blocks_closing_in_a_program_that_never_imported_appeals(db, office, supervisor):
    d01 = add_event(supervisor, "A02", "D01", "2026-10-08", reference="DD1001")
    publish_month(supervisor, OCT, anyway="月中公示以便测试")
    record_appeal(supervisor, OCT, "A02", [d01.id], "理由", "other")
    clock.set_fixed(clock.now_utc() + dt.timedelta(days=30))  # the appeal window is over
    out = _fresh_program(db, """
        from csperf_desktop.monthly.lifecycle import close_month
        try:
            close_month(Actor("sup", "supervisor"), Month(2026, 10))
            print("closed")
        except CsperfError as exc:
            print("refused:", exc.message)
    """)
    assert out.startswith("refused:") and "复核申请待处理" in out


def test_exam_proposals_reach_a_program_that_never_imported_exams(db, office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月产品知识考试", area="product")
    set_results(supervisor, exam.id, [{"staff": "A01", "score": 100}, {"staff": "A02", "score": 90}])
    out = _fresh_program(db, """
        from csperf_desktop.monthly.proposals import pending_proposals
        print(sorted((p.employee_no, p.rule_code) for p in pending_proposals(Month(2026, 10))
                     if p.source.startswith("exam_result:")))
    """)
    assert out == "[('A01', 'B02')]"


def test_closing_and_proposals_import_the_steps_they_consult():
    code = ("import sys\nfrom csperf_desktop.monthly import lifecycle, proposals\n"
            "print(all(f'csperf_desktop.monthly.{name}' in sys.modules for name in ('appeals', 'exams', 'spotchecks')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr
