"""A deduction becomes a coaching note for its person, and the analysis sets the note against
the person's later trend."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import PermissionDenied, ValidationError
from csperf_desktop.insight import analysis
from csperf_desktop.insight.coaching import coach_from_event, coaching_draft
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.store.models import AuditEntry, CoachingNote


def test_a_deduction_becomes_a_coaching_note(office, supervisor):
    ev = add_event(supervisor, "A02", "D01", "2026-10-09", 5, note="对客户说“不知道”", reference="T-881")
    draft = coaching_draft(ev.id)
    assert draft["staff_id"] == office["A02"].id
    assert draft["topic"] == "扣分辅导：D01 使用生硬语言对待客户（三不之一）"
    assert draft["note"].startswith("2026-10-09 扣分 D01") and "对客户说“不知道”" in draft["note"]
    assert "T-881" in draft["note"]
    note = coach_from_event(supervisor, ev.id, note="讲解三不原则，回放录音")
    assert note.staff_id == office["A02"].id and note.topic == draft["topic"]
    assert note.note == "讲解三不原则，回放录音" and str(note.date) == "2026-10-20"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "add_coaching_note" and entry.staff_id == office["A02"].id

    [c] = analysis.load("2026-10", "2026-10").coaching
    assert c.person.employee_no == "A02" and c.topic == draft["topic"] and c.after is None


def test_only_a_valid_deduction_coaches_and_nothing_is_written_on_refusal(office, supervisor, qa):
    bonus = add_event(supervisor, "A01", "B05", "2026-10-09", 5)
    with pytest.raises(ValidationError, match="是加分，不是扣分"):
        coach_from_event(supervisor, bonus.id)
    ded = add_event(supervisor, "A01", "D07", "2026-10-09", 2)
    with pytest.raises(PermissionDenied):
        coach_from_event(qa, ded.id)  # a QA inspector records events, not coaching
    with pytest.raises(ValidationError, match="没有这些项"):
        coach_from_event(supervisor, ded.id, mood="好")
    void_event(supervisor, ded.id, "记错")
    with pytest.raises(ValidationError, match="已作废"):
        coach_from_event(supervisor, ded.id)
    with pytest.raises(Exception, match="找不到评分记录"):
        coaching_draft(99999)
    assert CoachingNote.select().count() == 0
