"""Exams, spot checks and appeals plug into the monthly cycle when their modules are
imported; a program that never imported them (the window before its tabs are built)
still gets their proposals and their guard against closing a month."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from csperf_desktop import clock
from csperf_desktop.appeals import record_appeal
from csperf_desktop.events import add_event
from csperf_desktop.exams import add_exam, set_results
from csperf_desktop.months import Month
from csperf_desktop.periods import publish_month

ROOT = Path(__file__).resolve().parents[1]
OCT = Month(2026, 10)

PRELUDE = textwrap.dedent("""
    import datetime as dt, sys
    from csperf_desktop import clock
    from csperf_desktop.auth import Actor
    from csperf_desktop.db import open_database
    from csperf_desktop.errors import CsperfError
    from csperf_desktop.months import Month
    clock.set_fixed(dt.datetime.fromisoformat(sys.argv[2]))
    open_database(sys.argv[1])
    from csperf_desktop.features import MODULES
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
        from csperf_desktop.periods import close_month
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
        from csperf_desktop.proposals import pending_proposals
        print(sorted((p.employee_no, p.rule_code) for p in pending_proposals(Month(2026, 10))
                     if p.source.startswith("exam_result:")))
    """)
    assert out == "[('A01', 'B02')]"


def test_loading_the_features_imports_each_of_them():
    out = subprocess.run([sys.executable, "-c", "import sys\nfrom csperf_desktop import features\nfeatures.load()\n"
                          "print(all(name in sys.modules for name in features.MODULES))"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr
