"""The demo office: built through the services (audited, verify passes), step by step."""

from __future__ import annotations

from csperf_desktop.devtools.demo import BAD_DISTRACTOR_TEXT, MONTHS, STEPS, TOO_EASY_TEXT, build_demo
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.insight.calibration_sessions import (graders_of, list_sessions, progress, session_report,
                                                        sessions_over_time)
from csperf_desktop.store.models import (AnnualReview, Appeal, AuditEntry, CalibrationRating, Exam, ExamResult,
                                         GiftHandout, Period, ScoreEvent, SpotCheck, Staff)


def test_the_demo_reports_each_step_and_passes_verify(db):
    moved = []
    build_demo(progress=lambda done, total: moved.append((done, total)))
    assert moved == [(i, STEPS) for i in range(1, STEPS + 1)]
    assert Staff.select().count() == 12
    assert Period.select().where(Period.status == "closed").count() == MONTHS - 1
    assert Period.select().where(Period.status == "published").count() == 1
    assert Exam.select().count() == MONTHS + 1 and ExamResult.select().count() == 12 * (MONTHS + 1)
    assert SpotCheck.select().count() >= 2 * MONTHS and GiftHandout.select().exists()
    assert Appeal.select().count() > 0 and AnnualReview.select().where(AnnualReview.status == "signed_off").exists()
    # every row written is audited: events, exam results, spot checks and gifts one entry each
    for action, model in (("add_event", ScoreEvent), ("add_exam_result", ExamResult),
                          ("record_spot_check", SpotCheck), ("give_gift", GiftHandout)):
        assert AuditEntry.select().where(AuditEntry.action == action).count() == model.select().count(), action
    assert verify_database() == []


def test_the_demo_has_calibration_sessions_whose_agreement_improves(db):
    build_demo()
    history = sessions_over_time()
    assert len(history) == 3
    assert [p.date for p in history] == sorted(p.date for p in history) and len({p.date for p in history}) == 3
    kappas = [p.kappa for p in history]
    assert kappas == sorted(kappas) and kappas[-1] - kappas[0] > 0.3  # a trend the "over time" view shows
    assert all(p.kind == "fleiss" and 3 <= p.graders <= 4 and 6 <= p.conversations <= 10 for p in history)
    # the graders are the office's people: the supervisor, the QA inspector and two senior agents
    graders = {g.name: g.staff.role for s in list_sessions() for g in graders_of(s)}
    assert graders["孙丽华"] == "team_lead" and graders["马俊"] == "qa"
    report = session_report(history[0].id).analysis
    assert any(g.leniency < 0 for g in report.graders) and any(g.leniency > 0 for g in report.graders)
    # one session still open, rated by some graders only (a blind session in progress)
    (open_session,) = [s for s in list_sessions() if s.status == "open"]
    done = progress(open_session)
    full = len(open_session.items) * 6
    counts = sorted((done.get(g.id, 0) for g in graders_of(open_session)), reverse=True)
    assert counts[0] == full and 0 < counts[2] < full and counts[-1] == 0
    # every change went through the service: one audit entry per grader's sheet, per session and per closing
    assert AuditEntry.select().where(AuditEntry.action == "create_calibration").count() == 4
    assert AuditEntry.select().where(AuditEntry.action == "close_calibration").count() == 3
    assert AuditEntry.select().where(AuditEntry.action == "rate_calibration").count() == 3 + 4 + 3 + 3
    assert CalibrationRating.select().count() == sum(sum(progress(s).values()) for s in list_sessions())
    # the everyday spot checks have more than one grader, so their consistency can be compared
    assert SpotCheck.select(SpotCheck.checked_by).distinct().count() == 2


def test_the_demo_has_a_question_bank_and_a_marked_paper_with_analysis(db):
    from csperf_desktop.exambank.analysis import analyse
    from csperf_desktop.exambank.bank import questions
    from csperf_desktop.exambank.marking import answer_sheet
    from csperf_desktop.monthly.exams import exam_results, is_full_marks
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.periods import is_open
    from csperf_desktop.monthly.proposals import pending_proposals
    from csperf_desktop.store.models import ExamAnswer, ExamPaper

    build_demo()
    bank = questions()
    assert 30 <= len(bank) <= 40
    assert {r.area for r in bank} == {"orders", "after_sales", "daily"}
    assert {r.qtype for r in bank} == {"single", "multiple", "truefalse", "fill", "short"}
    assert all(len({r.topic for r in bank if r.area == a}) >= 3 for a in ("orders", "after_sales", "daily"))
    assert all(r.model_answer for r in bank if r.qtype == "short") and {r.difficulty for r in bank} == {1, 2, 3}
    (exam,) = [e for e in Exam.select() if ExamPaper.select().where(ExamPaper.exam == e).exists()]
    assert is_open(Month.parse(exam.month))  # the past months are locked: the running month's exam is marked
    versions = {p.version: p for p in ExamPaper.select().where(ExamPaper.exam == exam)}
    assert set(versions) == {"A", "B"} and [i["q"] for i in versions["A"].items] != [i["q"] for i in versions["B"].items]
    sheet = answer_sheet(exam.id)
    assert len(sheet) == 12 and all(r.total is not None for r in sheet)
    assert {r.version for r in sheet} == {"A", "B"}
    assert ExamAnswer.select().count() == 12 * len(versions["A"].items)
    full = [r for r in exam_results(exam.id) if is_full_marks(r)]
    assert len(full) == 2
    # the full marks proposed B02, and the proposals were confirmed (nothing pending holds up publishing)
    b02 = ScoreEvent.select().where((ScoreEvent.rule_code == "B02") & (ScoreEvent.date == exam.date))
    assert sorted(e.staff_id for e in b02) == sorted(r.staff_id for r in full)
    assert pending_proposals(Month.parse(exam.month)) == []
    # what the item analysis has to show: one question nobody gets wrong, one distractor nobody picks
    items = analyse(exam.id).items
    assert [i.text for i in items if "too_easy" in i.flags] == [TOO_EASY_TEXT]
    assert [i.text for i in items if "unused_distractor" in i.flags] == [BAD_DISTRACTOR_TEXT]
    assert sum(1 for i in items if i.discrimination is not None and i.discrimination >= 0.3) >= len(items) // 2
    # part of the bank was on earlier exams, which drawing "avoiding the last months" leaves out
    assert any(r.last_used and r.last_used < Month.parse(exam.month).first_day for r in bank)
    assert AuditEntry.select().where(AuditEntry.action == "add_question").count() == len(bank)
    assert verify_database() == []
