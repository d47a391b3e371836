"""The monthly skills exam: results, validation, the B02 full-mark proposal, statistics."""

from __future__ import annotations

import os

import pytest

from csperf_desktop.base.errors import PeriodLocked, PermissionDenied, ValidationError
from csperf_desktop.monthly.exams import (
    add_exam,
    agent_history,
    delete_exam,
    exam_results_for,
    exam_stats,
    set_result,
    set_results,
    update_exam,
)
from csperf_desktop.monthly.proposals import pending_full_marks
from csperf_desktop.store.models import ExamResult, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.proposals import confirm, pending_proposals

OCT = Month(2026, 10)


@pytest.fixture
def exam(office, supervisor):
    return add_exam(supervisor, date="2026-10-15", title="十月产品知识考试", area="product", pass_mark=60)


def b02_events():
    return list(ScoreEvent.select().where((ScoreEvent.rule_code == "B02") & (ScoreEvent.voided == False)))  # noqa: E712


def test_exam_defaults_full_marks_100_and_month_of_its_date(exam):
    assert (exam.full_marks, exam.pass_mark, exam.month, exam.area) == (100, 60, "2026-10", "product")


def test_exam_area_accepts_chinese_labels_and_pass_mark_not_above_full(office, supervisor):
    e = add_exam(supervisor, date="2026-10-02", title="制度", area="公司制度", full_marks=50)
    assert (e.area, e.pass_mark) == ("company_rules", 30)
    with pytest.raises(ValidationError, match="及格分 80 不能高于满分 50"):
        add_exam(supervisor, date="2026-10-02", title="制度", area="company_rules", full_marks=50, pass_mark=80)
    with pytest.raises(ValidationError, match="考试内容"):
        add_exam(supervisor, date="2026-10-02", title="x", area="唱歌")


def test_score_must_lie_between_0_and_full_marks(exam, supervisor):
    for bad, message in [(101, "0 到 100"), (-1, "0 到 100"), ("九十", "不是数字"), ("", "缺考"), (90.3, "0.5")]:
        with pytest.raises(ValidationError, match=message):
            set_result(supervisor, exam.id, "A01", bad)
    assert ExamResult.select().count() == 0
    assert set_result(supervisor, exam.id, "A01", "87.5").score == 87.5


def test_one_result_per_agent_per_exam_an_update_replaces_it(exam, supervisor):
    set_result(supervisor, exam.id, "A01", 70)
    set_result(supervisor, exam.id, "A01", 75, note="复核卷面")
    rows = list(ExamResult.select().where(ExamResult.exam == exam))
    assert len(rows) == 1 and rows[0].score == 75 and rows[0].note == "复核卷面"
    absent = set_result(supervisor, exam.id, "A02", absent=True, note="病假")
    assert absent.absent and absent.score is None


def test_grid_entry_is_all_or_nothing_and_names_the_agent(exam, supervisor):
    with pytest.raises(ValidationError, match="乙（A02）.*0 到 100"):
        set_results(supervisor, exam.id, [{"staff": "A01", "score": 90}, {"staff": "A02", "score": 120}])
    assert ExamResult.select().count() == 0
    with pytest.raises(ValidationError, match="两次"):
        set_results(supervisor, exam.id, [{"staff": "A01", "score": 90}, {"staff": "A01", "score": 80}])
    saved = set_results(supervisor, exam.id, [{"staff": "A01", "score": 90}, {"staff": "A03", "absent": True}])
    assert len(saved) == 2


def test_results_of_an_exam_in_a_locked_month_cannot_change(exam, supervisor):
    set_result(supervisor, exam.id, "A01", 80)
    publish_month(supervisor, OCT, anyway="月中公示以便测试")
    with pytest.raises(PeriodLocked, match="已公示"):
        set_result(supervisor, exam.id, "A01", 90)
    with pytest.raises(PeriodLocked):
        update_exam(supervisor, exam.id, full_marks=90)
    with pytest.raises(PeriodLocked):
        add_exam(supervisor, date="2026-10-16", title="补考", area="mixed")
    assert ExamResult.get().score == 80


def test_full_marks_propose_b02_and_a_second_confirm_adds_nothing(exam, supervisor):
    set_results(supervisor, exam.id, [{"staff": "A01", "score": 100}, {"staff": "A02", "score": 99}])
    proposals = pending_full_marks(OCT)
    assert [(p.employee_no, p.rule_code, p.points) for p in proposals] == [("A01", "B02", 5)]
    assert proposals[0].source == f"exam_result:{ExamResult.get(ExamResult.score == 100).id}"
    assert b02_events() == []  # never added silently

    added = confirm(supervisor, proposals, OCT)
    assert len(added) == 1 and added[0].points == 5 and added[0].date.isoformat() == "2026-10-15"
    assert confirm(supervisor, proposals, OCT) == []
    assert len(b02_events()) == 1
    assert not any(p.source.startswith("exam_result:") for p in pending_proposals(OCT))


def test_lowering_a_confirmed_full_mark_voids_its_bonus(exam, supervisor):
    set_result(supervisor, exam.id, "A01", 100)
    confirm(supervisor, pending_full_marks(OCT), OCT)
    set_result(supervisor, exam.id, "A01", 95, note="阅卷有误")
    assert b02_events() == []
    voided = ScoreEvent.get(ScoreEvent.rule_code == "B02")
    assert voided.voided and "95" in voided.void_reason
    assert pending_full_marks(OCT) == []


def test_qa_and_viewer_cannot_manage_exams(office, qa, viewer):
    for actor in (qa, viewer):
        with pytest.raises(PermissionDenied):
            add_exam(actor, date="2026-10-15", title="x", area="mixed")


def test_statistics_mean_median_pass_rate_and_buckets(exam, supervisor):
    set_results(supervisor, exam.id, [
        {"staff": "A01", "score": 100}, {"staff": "A02", "score": 85}, {"staff": "A03", "score": 72},
        {"staff": "A04", "score": 40}, {"staff": "A05", "absent": True},
    ])
    s = exam_stats(exam.id)
    assert (s.entered, s.sat, s.absent) == (5, 4, 1)
    assert s.mean == 74.25 and s.median == 78.5 and (s.highest, s.lowest) == (100, 40)
    assert s.passed == 3 and s.pass_rate == 0.75 and s.full_marks_count == 1
    assert dict(s.buckets) == {"<60%": 1, "60–69%": 0, "70–79%": 1, "80–89%": 1, "90–99%": 0, "满分": 1}


def test_agent_history_and_scorecard_rows(exam, supervisor, office):
    sep_exam = add_exam(supervisor, date="2026-10-03", month="2026-10", title="售后流程", area="after_sales")
    set_result(supervisor, exam.id, "A01", 100)
    set_result(supervisor, sep_exam.id, "A01", absent=True)
    history = agent_history("A01", 2026)
    assert [r.title for r in history] == ["售后流程", "十月产品知识考试"]
    rows = exam_results_for(office["A01"].id, OCT)
    assert [(r.score_text, r.passed, r.full, r.area_zh) for r in rows] == [
        ("缺考", None, False, "售后"), ("100/100", True, True, "产品知识")]


def test_exam_with_results_cannot_be_deleted(exam, supervisor):
    set_result(supervisor, exam.id, "A01", 50)
    with pytest.raises(ValidationError, match="已有成绩"):
        delete_exam(supervisor, exam.id)
    empty = add_exam(supervisor, date="2026-10-16", title="空", area="mixed")
    delete_exam(supervisor, empty.id)


def test_lowering_full_marks_below_an_entered_score_is_refused(exam, supervisor):
    set_result(supervisor, exam.id, "A01", 90)
    with pytest.raises(ValidationError, match="高于新的满分 80"):
        update_exam(supervisor, exam.id, full_marks=80, pass_mark=50)


def test_results_wait_until_the_exam_has_taken_place(office, supervisor):
    future = add_exam(supervisor, date="2026-10-28", title="月底考试", area="mixed")
    with pytest.raises(ValidationError, match="考完后才能录入成绩"):
        set_result(supervisor, future.id, "A01", 90)


def test_cli_adds_an_exam_enters_results_and_shows_statistics(office, db, capsys):
    from csperf_desktop.cli import main

    path = os.environ.get("CSPERF_TEST_DB") or db.database
    assert main(["exam", "add", "--db", path, "--date", "2026-10-15", "--title", "十月考试", "--area", "product"]) == 0
    assert "考试 #1 已添加" in capsys.readouterr().out
    assert main(["exam", "result", "--db", path, "1", "--staff", "A01", "--score", "100"]) == 0
    assert "B02 加分建议" in capsys.readouterr().out
    assert main(["exam", "result", "--db", path, "1", "--staff", "A02", "--score", "101"]) == 2
    assert "0 到 100" in capsys.readouterr().err
    assert main(["exam", "stats", "--db", path, "1"]) == 0
    assert "参考 1 人" in capsys.readouterr().out
    assert main(["exams", "--db", path, "--month", "2026-10"]) == 0
    assert "待确认的满分加分：1 条（甲）" in capsys.readouterr().out


def test_entry_grid_lists_everyone_employed_on_the_exam_date_with_their_result(exam, supervisor):
    from csperf_desktop.monthly.exams import grid_rows
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A06", name="新人", role="agent", hire_date="2026-10-18")
    set_result(supervisor, exam.id, "A02", absent=True)
    rows = grid_rows(exam.id)
    assert [r.employee_no for r in rows] == ["A01", "A02", "A03", "A04", "A05"]
    assert [(r.entered, r.absent) for r in rows[:2]] == [(False, False), (True, True)]
