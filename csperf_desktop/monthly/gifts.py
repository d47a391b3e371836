"""Order gifts (seed 000: an order ≥ 500 yuan earns gift A, ≥ 1000 gift B, ≥ 2000 gift C).

The gift an order earns is decided when its event is recorded (``events.add_event``
stores ``order_amount`` and ``gift_tier`` by the tiers then in force). This module
lists the gifts a month owes and records which have been handed over
(``GiftHandout``, one per event). A gift is not a score: handing it over is
allowed whatever the month's status, published and closed months included.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import peewee as pw

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import Conflict, NotFound, ValidationError
from ..store.models import GiftHandout, ScoreEvent, Staff
from ..base.months import Month
from ..trust.audit import bulk_insert, record_many
from ..trust.service import change
from ..base.values import clean_text, parse_date

TIERS = ("A", "B", "C")


@dataclass(frozen=True)
class GiftOwed:
    """One gift an order earned: who, which order, which gift, and whether it was handed over."""

    event_id: int
    staff_id: int
    employee_no: str
    name: str
    reference: str
    date: _dt.date
    amount: float
    tier: str
    rule_code: str
    given: bool
    given_on: _dt.date | None = None
    given_by: str = ""
    note: str = ""

    def as_json(self) -> dict:
        return {
            "event": self.event_id, "employee_no": self.employee_no, "name": self.name,
            "reference": self.reference, "date": self.date.isoformat(), "amount": self.amount,
            "tier": self.tier, "rule": self.rule_code, "given": self.given,
            "given_on": self.given_on.isoformat() if self.given_on else None,
            "given_by": self.given_by or None, "note": self.note,
        }


def gifts_for_month(month: Month | str, given: bool | None = None) -> list[GiftOwed]:
    """The gifts ``month``'s orders earned (voided events left out), by date then event.

    ``given``: None for all, True for those handed over, False for those still owed.
    One query."""
    month = Month.parse(month) if isinstance(month, str) else month
    q = (ScoreEvent.select(ScoreEvent, Staff, GiftHandout)
         .join(Staff).switch(ScoreEvent)
         .join(GiftHandout, join_type=pw.JOIN.LEFT_OUTER, on=(GiftHandout.event == ScoreEvent.id))
         .where((ScoreEvent.month == month.key) & (ScoreEvent.voided == False)  # noqa: E712
                & ScoreEvent.gift_tier.is_null(False))
         .order_by(ScoreEvent.date, ScoreEvent.id))
    out = []
    for ev in q:
        handout = getattr(ev, "gifthandout", None)
        if handout is not None and handout.id is None:
            handout = None
        item = GiftOwed(
            event_id=ev.id, staff_id=ev.staff_id, employee_no=ev.staff.employee_no, name=ev.staff.name,
            reference=ev.reference or "", date=ev.date, amount=ev.order_amount, tier=ev.gift_tier,
            rule_code=ev.rule_code, given=handout is not None,
            given_on=handout.given_on if handout else None, given_by=handout.given_by if handout else "",
            note=handout.note if handout else "")
        if given is None or item.given == given:
            out.append(item)
    return out


def _event_ids(event_ids) -> list[int]:
    if isinstance(event_ids, (int, str)):
        event_ids = [event_ids]
    ids = []
    for ref in event_ids or []:
        try:
            ident = int(str(ref).strip().lstrip("#"))
        except ValueError:
            raise ValidationError(f"评分记录编号“{str(ref)[:40]}”不是数字。", field="event") from None
        if ident not in ids:
            ids.append(ident)
    if not ids:
        raise ValidationError("请选择要登记的赠品（评分记录编号）。", field="event")
    return ids


def _owed_event(event_id: int, ev: ScoreEvent | None) -> ScoreEvent:
    """``ev`` (event ``event_id`` as read, None when there is none), refused unless it owes a gift."""
    if ev is None:
        raise NotFound(f"找不到编号为 {event_id} 的评分记录。", field="event")
    if ev.voided:
        raise Conflict(f"评分记录 #{ev.id} 已经作废，它的订单不再送赠品。", field="event")
    if not ev.gift_tier:
        raise ValidationError(f"评分记录 #{ev.id} 没有应送的赠品（没有订单金额，或金额未达到赠品档位）。",
                              field="event")
    return ev


def mark_given(actor: Actor, event_ids, given_on=None, note: str = "") -> list[GiftHandout]:
    """Record the gifts of ``event_ids`` as handed over on ``given_on`` (default today) by ``actor``.

    All or nothing: refused when an event does not exist, is voided, earned no gift
    or was already recorded as given; ``given_on`` may not be in the future nor before
    the order. Allowed in any month status. One audit entry per gift; one transaction.
    """
    with change(actor, "give_gifts") as tx:
        ids = _event_ids(event_ids)
        day = parse_date(given_on, "发放日期", "given_on", allow_none=True) or clock.today()
        if day > clock.today():
            raise ValidationError(f"发放日期 {day:%Y-%m-%d} 晚于今天，请检查日期。", field="given_on")
        note = clean_text(note, "备注", "note", max_length=500)
        events = {}
        for i in range(0, len(ids), 500):  # the events and gifts already given, read at once
            events.update((ev.id, ev) for ev in ScoreEvent.select().where(ScoreEvent.id.in_(ids[i:i + 500])))
        given = {}
        for i in range(0, len(ids), 500):
            given.update((h.event_id, h) for h in GiftHandout.select().where(GiftHandout.event.in_(ids[i:i + 500])))
        now, user = clock.now_utc(), tx.actor.username
        out, owed = [], []
        for event_id in ids:
            ev = _owed_event(event_id, events.get(event_id))
            if day < ev.date:
                raise ValidationError(f"发放日期 {day:%Y-%m-%d} 早于订单日期 {ev.date:%Y-%m-%d}"
                                      f"（评分记录 #{ev.id}），请检查日期。", field="given_on")
            done = given.get(ev.id)
            if done is not None:
                raise Conflict(f"评分记录 #{ev.id} 的赠品 {ev.gift_tier} 已于 {done.given_on:%Y-%m-%d} "
                               f"由 {done.given_by} 登记发放，不能重复登记。", field="event")
            owed.append(ev)
            out.append(GiftHandout(event=ev.id, given_on=day, given_by=user, note=note, created_at=now))
        bulk_insert(GiftHandout, [GiftHandout.event, GiftHandout.given_on, GiftHandout.given_by, GiftHandout.note,
                                  GiftHandout.created_at], [(ev.id, day, user, note, now) for ev in owed])
        ids_of = {}
        for i in range(0, len(owed), 500):
            ids_of.update(GiftHandout.select(GiftHandout.event, GiftHandout.id)
                          .where(GiftHandout.event.in_([ev.id for ev in owed[i:i + 500]])).tuples())
        for handout in out:
            handout.id = ids_of[handout.event_id]
        tx.entries += record_many(tx.actor, [
            dict(action="give_gift", entity="gift_handout", entity_id=ev.id, staff_id=ev.staff_id, month=ev.month,
                 after=_handout_record(ev, handout)) for ev, handout in zip(owed, out)])
        return out


def unmark_given(actor: Actor, event_ids, reason: str) -> int:
    """Take back the "given" record of the gifts of ``event_ids`` (a mistaken entry), with a
    reason (required). All or nothing: refused when a gift is not recorded as given.
    Audited with what was recorded; returns how many were taken back."""
    with change(actor, "give_gifts") as tx:
        ids = _event_ids(event_ids)
        reason = clean_text(reason, "撤销理由", "reason", max_length=500, required=True)
        for event_id in ids:
            ev = ScoreEvent.get_or_none(ScoreEvent.id == event_id)
            if ev is None:
                raise NotFound(f"找不到编号为 {event_id} 的评分记录。", field="event")
            handout = GiftHandout.get_or_none(GiftHandout.event == ev.id)
            if handout is None:
                raise Conflict(f"评分记录 #{ev.id} 的赠品还没有登记发放，无需撤销。", field="event")
            before = _handout_record(ev, handout)
            handout.delete_instance()
            tx.audit("ungive_gift", "gift_handout", ev.id, staff_id=ev.staff_id, month=ev.month,
                     before=before, reason=reason)
        return len(ids)


def _handout_record(ev: ScoreEvent, handout: GiftHandout) -> dict:
    return {"event": ev.id, "tier": ev.gift_tier, "order_amount": ev.order_amount, "given_on": handout.given_on,
            "given_by": handout.given_by, "note": handout.note}


def tier_counts(gifts: list[GiftOwed]) -> dict[str, int]:
    """How many gifts of each tier (A, B, C) — what to prepare."""
    counts = {t: 0 for t in TIERS}
    for g in gifts:
        counts[g.tier] = counts.get(g.tier, 0) + 1
    return counts
