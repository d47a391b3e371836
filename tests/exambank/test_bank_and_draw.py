"""The question bank's checks, the balanced draw and the A/B versions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from csperf_desktop.base.errors import PermissionDenied, ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.exambank import bank, papers
from csperf_desktop.exambank.bank import QuestionRow
from csperf_desktop.store.models import AuditEntry, Exam, ExamQuestion


def test_a_question_is_checked_and_its_key_kept_in_bank_letters(db, supervisor):
    q = bank.add_question(supervisor, area="售后", topic="退换货", qtype="多选", text="哪些可以退？",
                          options=["甲", "乙", "丙"], answer="c,a", points="3", difficulty="难")
    assert (q.area, q.qtype, q.answer, q.points, q.difficulty) == ("after_sales", "multiple", "AC", 3, 3)
    assert AuditEntry.get(AuditEntry.action == "add_question").entity_id == str(q.id)
    with pytest.raises(ValidationError, match="不是选项字母"):
        bank.add_question(supervisor, area="接单", qtype="single", text="x", options=["a", "b"], answer="C")
    with pytest.raises(ValidationError, match="单选题只能有一个答案"):
        bank.add_question(supervisor, area="接单", qtype="single", text="x", options=["a", "b"], answer="AB")
    with pytest.raises(ValidationError, match="领域"):
        bank.add_question(supervisor, area="财务", qtype="truefalse", text="x", answer="T")
    with pytest.raises(ValidationError, match="参考答案"):
        bank.add_question(supervisor, area="接单", qtype="short", text="x")
    with pytest.raises(PermissionDenied):
        from csperf_desktop.trust.auth import Actor
        bank.add_question(Actor("v", "viewer"), area="接单", qtype="truefalse", text="x", answer="T")
    assert ExamQuestion.select().count() == 1


def row(i, area, topic, difficulty, last_used=None):
    return QuestionRow(i, area, "", topic, "truefalse", "", "", (), "T", "", 2, difficulty, last_used, True)


POOL = ([row(i, "orders", "甲乙丙"[i % 3], 1 + (i // 3) % 3) for i in range(1, 13)]
        + [row(i, "after_sales", "丁戊"[i % 2], 1 + i % 3) for i in range(13, 25)]
        + [row(i, "daily", "己", 1 + i % 3) for i in range(25, 28)])


def test_the_draw_is_balanced_by_area_topic_and_difficulty():
    ids = papers.balanced_draw(POOL, 10, seed=7)
    by_id = {r.id: r for r in POOL}
    assert len(ids) == len(set(ids)) == 10
    areas = Counter(by_id[i].area for i in ids)
    assert areas == {"orders": 4, "after_sales": 3, "daily": 3}  # 10 = 4 + 3 + 3
    orders = [by_id[i] for i in ids if by_id[i].area == "orders"]
    assert sorted(Counter(q.topic for q in orders).values()) == [1, 1, 2]  # every topic before any twice
    # 4 orders questions at 30/50/20 %: 1.2 / 2 / 0.8 → 1 easy, 2 medium, 1 hard
    assert Counter(q.difficulty for q in orders) == {1: 1, 2: 2, 3: 1}


def test_the_draw_is_the_same_for_the_same_seed_and_differs_for_another():
    assert papers.balanced_draw(POOL, 12, seed=3) == papers.balanced_draw(POOL, 12, seed=3)
    assert papers.balanced_draw(POOL, 12, seed=3) != papers.balanced_draw(POOL, 12, seed=4)


def test_an_area_short_of_questions_gives_its_share_to_the_others():
    ids = papers.balanced_draw(POOL, 15, seed=1)
    assert Counter(r.area for r in POOL if r.id in ids) == {"orders": 6, "after_sales": 6, "daily": 3}
    with pytest.raises(ValidationError, match="只有 27 道"):
        papers.balanced_draw(POOL, 28, seed=1)


def test_questions_used_in_the_last_months_are_left_out(qbank, exam):
    ExamQuestion.update(last_used=dt.date(2026, 8, 20)).where(ExamQuestion.id.in_(qbank[:6])).execute()
    ExamQuestion.update(last_used=dt.date(2026, 6, 30)).where(ExamQuestion.id == qbank[6]).execute()
    pool = {r.id for r in papers.draw_pool(Month(2026, 10), avoid_months=3)}
    assert not pool & set(qbank[:6]) and qbank[6] in pool  # July–October avoided, June not
    assert len(papers.draw_pool(Month(2026, 10), avoid_months=0)) == len(qbank)


def test_versions_a_and_b_shuffle_order_and_options_and_the_key_maps_back(qbank, exam, supervisor):
    ids = papers.draw_for_exam(exam.id, 12, seed=5, avoid_months=0)
    a, b = papers.save_paper(supervisor, exam.id, ids, seed=5)
    assert [i["q"] for i in a.items] != [i["q"] for i in b.items]
    assert sorted(i["q"] for i in a.items) == sorted(i["q"] for i in b.items) == sorted(ids)
    order = [bank.TYPE_ORDER.index(i["type"]) for i in a.items]
    assert order == sorted(order)  # grouped by type: single choice first, short answers last
    for item in a.items + b.items:
        if item["type"] in bank.CHOICE_TYPES:
            shown = papers.shown_options(item)
            key = papers.shown_key(item)
            # the options shown at the printed key letters are the bank's right options
            assert sorted(shown[bank.LETTERS.index(c)] for c in key) == sorted(
                item["options"][bank.LETTERS.index(c)] for c in item["answer"])
            assert papers.to_bank_letters(item, key) == item["answer"]
    assert any(i["perm"] != sorted(i["perm"]) for i in a.items + b.items if i["type"] in bank.CHOICE_TYPES)
    exam = Exam.get_by_id(exam.id)
    assert exam.full_marks == papers.paper_total(a.items)  # the exam's full marks follow the paper
    assert all(q.last_used == exam.date for q in ExamQuestion.select().where(ExamQuestion.id.in_(ids)))


def test_a_question_on_a_paper_is_retired_not_deleted(qbank, exam, supervisor):
    papers.save_paper(supervisor, exam.id, qbank[:3])
    with pytest.raises(ValidationError, match="停用"):
        bank.delete_question(supervisor, qbank[0])
    bank.update_question(supervisor, qbank[0], active=False)
    with pytest.raises(ValidationError, match="已停用"):
        papers.save_paper(supervisor, exam.id, qbank[:3])
    bank.delete_question(supervisor, qbank[-1])
    assert ExamQuestion.get_or_none(ExamQuestion.id == qbank[-1]) is None
