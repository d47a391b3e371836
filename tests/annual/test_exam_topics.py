"""Weak topics from marked papers reach the annual review and start a coaching note."""

from __future__ import annotations

import pytest

from csperf_desktop import annual
from csperf_desktop.annual import exam_topics
from csperf_desktop.base.errors import ValidationError
from csperf_desktop.exambank import bank, marking, papers
from csperf_desktop.monthly.exams import add_exam
from csperf_desktop.store.models import AuditEntry, CoachingNote


@pytest.fixture
def marked(office, supervisor):
    s = bank.add_question(supervisor, area="接单", topic="话术", qtype="truefalse", text="s", answer="T")
    k = bank.add_question(supervisor, area="售后", topic="退换货", qtype="short", text="k", model_answer="要点",
                          points=4)
    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    papers.save_paper(supervisor, exam.id, [s.id, k.id])
    # A01 gets 话术 wrong and 1 of 4 on 退换货; A02 is right on both
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": ["F", "1"]},
                                                 {"staff": "A02", "responses": ["T", "4"]}])
    return exam


def test_the_review_form_lists_the_years_weak_topics(marked):
    detail = annual.review_detail(2026, "A01")
    assert [(w.topic, w.share) for w in detail.weak_topics] == [("话术", 0.0), ("退换货", 0.25)]
    assert annual.review_detail(2026, "A02").weak_topics == []
    assert exam_topics.knowledge_note("A01", 2026) == "考试薄弱知识点：话术 0%、退换货 25%"
    assert exam_topics.knowledge_note("A01", 2025) == ""


def test_a_coaching_note_starts_from_the_weak_topics(marked, supervisor):
    n = exam_topics.start_coaching_note(supervisor, "A01", marked.id)
    assert n.topic == "考试薄弱知识点：话术、退换货"
    assert "退换货：得 1 / 4 分（25%）" in n.note
    assert AuditEntry.get(AuditEntry.action == "add_coaching_note").entity_id == str(n.id)
    with pytest.raises(ValidationError, match="没有薄弱知识点"):
        exam_topics.start_coaching_note(supervisor, "A02", marked.id)
    assert CoachingNote.select().count() == 1
