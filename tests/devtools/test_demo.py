"""The demo office: built through the services (audited, verify passes), step by step."""

from __future__ import annotations

from csperf_desktop.devtools.demo import MONTHS, STEPS, build_demo
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import (AnnualReview, Appeal, AuditEntry, Exam, ExamResult, GiftHandout, Period,
                                         ScoreEvent, SpotCheck, Staff)


def test_the_demo_reports_each_step_and_passes_verify(db):
    moved = []
    build_demo(progress=lambda done, total: moved.append((done, total)))
    assert moved == [(i, STEPS) for i in range(1, STEPS + 1)]
    assert Staff.select().count() == 12
    assert Period.select().where(Period.status == "closed").count() == MONTHS - 1
    assert Period.select().where(Period.status == "published").count() == 1
    assert Exam.select().count() == MONTHS and ExamResult.select().count() == 12 * MONTHS
    assert SpotCheck.select().count() >= 2 * MONTHS and GiftHandout.select().exists()
    assert Appeal.select().count() > 0 and AnnualReview.select().where(AnnualReview.status == "signed_off").exists()
    # every row written is audited: events, exam results, spot checks and gifts one entry each
    for action, model in (("add_event", ScoreEvent), ("add_exam_result", ExamResult),
                          ("record_spot_check", SpotCheck), ("give_gift", GiftHandout)):
        assert AuditEntry.select().where(AuditEntry.action == action).count() == model.select().count(), action
    assert verify_database() == []
