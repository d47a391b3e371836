"""Coaching from a low score: a deduction becomes a coaching note for the person it concerns
(the annual review keeps coaching notes; ``annual.reviews.add_coaching_note`` records it,
checks the role and the year and writes the audit entry). The analysis then sets each note
against the person's later trend (``analysis.CoachingOutcome``)."""

from __future__ import annotations

from ..annual.reviews import add_coaching_note
from ..base import clock
from ..base.errors import NotFound, ValidationError
from ..base.text import signed
from ..store.models import CoachingNote, ScoreEvent
from ..trust.auth import Actor


def _deduction(event_id) -> ScoreEvent:
    ev = ScoreEvent.get_or_none(ScoreEvent.id == event_id) if event_id is not None else None
    if ev is None:
        raise NotFound(f"找不到评分记录 #{event_id}。请刷新列表后重新选择。", field="event")
    if ev.kind != "deduction":
        raise ValidationError(f"评分记录 #{ev.id}（{ev.rule_code}）是加分，不是扣分。请选择一条扣分记录来安排辅导。",
                              field="event")
    if ev.voided:
        raise ValidationError(f"评分记录 #{ev.id} 已作废，不能据此安排辅导。请选择一条有效的扣分记录。", field="event")
    return ev


def coaching_draft(event_id) -> dict:
    """What a coaching note about the deduction ``event_id`` says to begin with: today's date,
    the rule as the topic, and the event (date, rule, points, note) in the text."""
    ev = _deduction(event_id)
    note = f"{ev.date:%Y-%m-%d} 扣分 {ev.rule_code} {ev.rule_name}（{signed(ev.points)} 分）"
    if ev.note:
        note += f"：{ev.note}"
    if ev.reference:
        note += f"（单号 {ev.reference}）"
    return {"staff_id": ev.staff_id, "date": clock.today(), "topic": f"扣分辅导：{ev.rule_code} {ev.rule_name}"[:200],
            "note": note}


def coach_from_event(actor: Actor, event_id, **changes) -> CoachingNote:
    """Record a coaching note for the person of the deduction ``event_id``, from its draft
    (``changes`` replace the date, topic, note or follow-up). Audited, one transaction."""
    unknown = sorted(set(changes) - {"date", "topic", "note", "follow_up"})
    if unknown:
        raise ValidationError(f"辅导记录没有这些项：{'、'.join(unknown)}。可以填写 date、topic、note、follow_up。",
                              field=unknown[0])
    draft = coaching_draft(event_id)
    staff_id = draft.pop("staff_id")
    draft.update(changes)
    return add_coaching_note(actor, staff_id, **draft)
