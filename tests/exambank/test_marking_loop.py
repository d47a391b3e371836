"""Answers typed per person are marked, become the month's exam results (B02 for full marks),
and the item analysis reads them."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import PeriodLocked, ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.exambank import analysis, bank, marking, papers
from csperf_desktop.monthly.exams import exam_results
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.proposals import pending_full_marks
from csperf_desktop.store.models import AuditEntry, ExamAnswer, ExamResult


@pytest.fixture
def paper(db, office, supervisor, exam):
    s = bank.add_question(supervisor, area="接单", topic="话术", qtype="single", text="s", options=["w", "r", "x"],
                          answer="B")
    t = bank.add_question(supervisor, area="售后", topic="退换货", qtype="truefalse", text="t", answer="F")
    m = bank.add_question(supervisor, area="售后", topic="退换货", qtype="multiple", text="m",
                          options=["r1", "w", "r2", "w2"], answer="AC")
    f = bank.add_question(supervisor, area="日常工作", topic="制度", qtype="fill", text="f", answer="七天|7天")
    k = bank.add_question(supervisor, area="日常工作", topic="制度", qtype="short", text="k", model_answer="要点",
                          points=4)
    a, b = papers.save_paper(supervisor, exam.id, [s.id, t.id, m.id, f.id, k.id], seed=2)
    return {"A": a, "B": b, "ids": [s.id, t.id, m.id, f.id, k.id]}


def letters(item, bank_letters):
    """What a person writes on this paper to choose the bank's ``bank_letters``."""
    return "".join(sorted(bank.LETTERS[item["perm"].index(bank.LETTERS.index(c))] for c in bank_letters))


def responses(paper, choose):
    """choose: question id → (bank letters | T/F | text | points)."""
    out = []
    for item in paper.items:
        v = choose[item["q"]]
        out.append(letters(item, v) if item["type"] in bank.CHOICE_TYPES else v)
    return out


def test_typed_answers_are_marked_summed_and_full_marks_propose_b02(paper, supervisor, exam):
    s, t, m, f, k = paper["ids"]
    right = {s: "B", t: "F", m: "AC", f: "7 天", k: "4"}
    rows = [
        {"staff": "A01", "version": "A", "responses": responses(paper["A"], right)},
        {"staff": "A02", "version": "B", "responses": responses(paper["B"], {**right, m: "A", k: "2.5"})},
        {"staff": "A03", "version": "A", "responses": responses(paper["A"], {**right, s: "A", t: "T", f: "五天",
                                                                            k: "0"})},
        {"staff": "A04", "absent": True},
    ]
    marking.record_answers(supervisor, exam.id, rows)
    got = {r.staff.employee_no: (r.score, r.absent) for r in exam_results(exam.id)}
    assert got == {"A01": (12.0, False), "A02": (8.5, False), "A03": (2.0, False), "A04": (None, True)}
    assert [p.employee_no for p in pending_full_marks(Month(2026, 10))] == ["A01"]
    # the stored choice is in bank letters whatever the version
    chosen = {a.staff.employee_no: a.chosen for a in ExamAnswer.select().where(ExamAnswer.question == m)}
    assert chosen == {"A01": "AC", "A02": "A", "A03": "AC"}
    assert AuditEntry.select().where(AuditEntry.action == "record_exam_answers").count() == 4
    assert AuditEntry.select().where(AuditEntry.action == "add_exam_result").count() == 4


def test_one_bad_cell_saves_nothing_and_names_the_person_and_question(paper, supervisor, exam):
    s, t, m, f, k = paper["ids"]
    good = responses(paper["A"], {s: "B", t: "F", m: "AC", f: "七天", k: "4"})
    bad = list(good)
    pos = next(n for n, i in enumerate(paper["A"].items) if i["type"] == "short")
    bad[pos] = "5"
    with pytest.raises(ValidationError) as e:
        marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": good},
                                                     {"staff": "A02", "responses": bad}])
    assert "乙（A02）" in e.value.message and f"第 {pos + 1} 题（简答）" in e.value.message
    assert ExamAnswer.select().count() == 0 and ExamResult.select().count() == 0
    bad[pos] = ""
    with pytest.raises(ValidationError, match="还没有给分"):
        marking.record_answers(supervisor, exam.id, [{"staff": "A02", "responses": bad}])
    bad[pos], bad[0] = "4", "Z"
    with pytest.raises(ValidationError, match="不是选项字母"):
        marking.record_answers(supervisor, exam.id, [{"staff": "A02", "responses": bad}])


def test_answers_in_a_published_month_are_refused(paper, supervisor, exam):
    publish_month(supervisor, Month(2026, 10), anyway="测试")
    with pytest.raises(PeriodLocked):
        marking.record_answers(supervisor, exam.id, [{"staff": "A01", "absent": True}])


def test_entering_again_replaces_the_earlier_answers(paper, supervisor, exam):
    s, t, m, f, k = paper["ids"]
    right = {s: "B", t: "F", m: "AC", f: "七天", k: "4"}
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": responses(paper["A"], right)}])
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "version": "B",
                                                  "responses": responses(paper["B"], {**right, k: "1"})}])
    assert ExamAnswer.select().count() == 5
    assert ExamResult.get().score == 9.0
    assert pending_full_marks(Month(2026, 10)) == []


def test_the_analysis_reads_the_marked_answers(paper, supervisor, exam):
    s, t, m, f, k = paper["ids"]
    right = {s: "B", t: "F", m: "AC", f: "七天", k: "4"}
    people = {
        "A01": right,                                            # 12
        "A02": {**right, k: "3"},                                # 11
        "A03": {**right, s: "A", k: "2"},                        # 8
        "A04": {**right, s: "A", m: "A", k: "2"},                # 6
        "A05": {**right, s: "C", m: "AD", f: "", k: "0"},        # 2
    }
    marking.record_answers(supervisor, exam.id, [{"staff": e, "version": "AB"[n % 2],
                                                  "responses": responses(paper["AB"[n % 2]], c)}
                                                 for n, (e, c) in enumerate(people.items())])
    a = analysis.analyse(exam.id)
    by = {i.id: i for i in a.items}
    assert a.people == 5
    # single: right for A01, A02 → p = 0.4; k = round(1.35) = 1: top A01 right, bottom A05 wrong → D = 1
    assert by[s].difficulty == pytest.approx(0.4) and by[s].discrimination == pytest.approx(1.0)
    assert by[s].options == {"A": 2, "B": 2, "C": 1}
    # true/false: everyone right → too easy, discrimination undefined and said so
    assert by[t].difficulty == 1.0 and by[t].discrimination is None and "所有人都答对" in by[t].note
    assert "too_easy" in by[t].flags
    # multiple: chosen AC ×3, A, AD → B never chosen: an unused distractor
    assert by[m].options == {"A": 5, "B": 0, "C": 3, "D": 1} and "unused_distractor" in by[m].flags
    assert by[m].unused == ["B"]
    # short answer: shares 1, .75, .5, .5, 0 → p = 0.55
    assert by[k].difficulty == pytest.approx(0.55)
    j = a.as_json()
    assert {"id", "difficulty", "discrimination", "flags"} <= set(j["questions"][0])
    weak = {(w.who, w.topic) for w in a.weak_people}
    assert ("A05", "退换货") in weak and ("A05", "制度") in weak and ("A01", "制度") not in weak
    # the team: 话术 4 of 10 points (40 %) is weak; 制度 (8 + 11 = 19 of 30, 63 %) and 退换货 (16 of 20) are not
    assert [(w.who, w.topic, w.earned, w.possible) for w in a.weak_teams] == [("一组", "话术", 4.0, 10.0)]


def test_clearing_the_answers_lets_the_paper_change_and_keeps_the_results(paper, supervisor, exam):
    s, t, m, f, k = paper["ids"]
    right = {s: "B", t: "F", m: "AC", f: "七天", k: "4"}
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": responses(paper["A"], right)}])
    with pytest.raises(ValidationError, match="清除答卷"):
        papers.save_paper(supervisor, exam.id, [s, t])
    assert marking.clear_answers(supervisor, exam.id) == 1
    assert ExamAnswer.select().count() == 0 and ExamResult.get().score == 12.0
    assert AuditEntry.select().where(AuditEntry.action == "clear_exam_answers").count() == 1
    with pytest.raises(ValidationError, match="高于新的满分 4"):  # a smaller paper would strand the result
        papers.save_paper(supervisor, exam.id, [s, t])
    papers.save_paper(supervisor, exam.id, [k, f, m, t, s], seed=9)
    assert marking.clear_answers(supervisor, exam.id) == 0
