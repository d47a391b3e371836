"""Recording and voiding scoring events — the day's work.

An event stores its own points and the rule's code, name and area as they
were when recorded, so editing the rulebook never rewrites history. Mistakes
are voided with a reason, never deleted.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation

from ..base import clock
from ..office import settings as settings_mod
from ..trust.auth import Actor
from ..base.errors import Conflict, ValidationError
from ..office.lookups import find_event, find_rule, find_staff  # noqa: F401  (events resolve their references)
from ..store.models import Rule, ScoreEvent, Staff
from ..base.months import Month
from .periods import ensure_open
from ..trust.service import Tx, change
from ..base.values import choice, clean_text, parse_date, parse_int
from ..base.vocab import METHODS

MAX_QUANTITY = 100
MAX_ORDER_AMOUNT = 100_000_000  # yuan; a larger order is a typing slip


def check_staff_on(staff: Staff, day: _dt.date) -> None:
    if staff.hire_date and day < staff.hire_date:
        raise ValidationError(
            f"{staff.name}（{staff.employee_no}）{staff.hire_date:%Y-%m-%d} 才入职，不能记录 {day:%Y-%m-%d} 的评分。",
            field="date")
    if staff.leave_date and day > staff.leave_date:
        raise ValidationError(
            f"{staff.name}（{staff.employee_no}）已于 {staff.leave_date:%Y-%m-%d} 离职，不能记录 {day:%Y-%m-%d} 的评分。",
            field="date")
    if not staff.active and staff.leave_date is None:
        raise ValidationError(f"{staff.name}（{staff.employee_no}）已停用，不能记录评分。", field="staff")


def check_points(rule: Rule, points) -> int:
    """The per-unit magnitude for ``rule``: its default when None; a minus sign is allowed on deductions."""
    if points is None or (isinstance(points, str) and not points.strip()):
        return rule.default_points
    value = parse_int(points, "分值", "points")
    if value < 0:
        if rule.kind == "bonus":
            raise ValidationError(f"{rule.code} 是加分项，分值不能为负（填的是 {value}）。", field="points")
        value = -value
    if not rule.min_points <= value <= rule.max_points:
        rng = f"{rule.min_points}" if rule.min_points == rule.max_points else f"{rule.min_points}–{rule.max_points}"
        raise ValidationError(
            f"{rule.code}“{rule.name}”的分值应为 {rng} 分/{'次' if rule.unit == 'time' else '月'}，不能是 {value}。",
            field="points")
    return value


def check_order_amount(value) -> float | None:
    """An order amount in yuan: None when blank; else a number ≥ 0 with at most 2 decimals."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("订单金额应为数字（元），例如 1280 或 1280.50。", field="order_amount")
    text = str(value).strip().replace(",", "").replace("，", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"订单金额“{str(value)[:40]}”不是数字，请填写金额（元），例如 1280.50。",
                              field="order_amount") from None
    if not amount.is_finite():
        raise ValidationError("订单金额应为数字（元），例如 1280.50。", field="order_amount")
    if amount < 0:
        raise ValidationError(f"订单金额不能为负数（填的是 {text}）。", field="order_amount")
    if amount > MAX_ORDER_AMOUNT:
        raise ValidationError(f"订单金额 {text} 元太大，请检查是否多打了数字。", field="order_amount")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(f"订单金额最多两位小数（到分），填的是 {text}。", field="order_amount")
    return float(amount)


def add_event(actor: Actor, staff, rule, date, points=None, quantity=1, method="supervision",
              reference="", note="", order_amount=None, *, source: str | None = None,
              corrects: int | None = None) -> ScoreEvent:
    """Record one scoring event.

    Validates: staff exists and is employed and active on the date; rule exists
    and is active; points within the rule's range per unit; quantity 1–100
    (1 for per-month rules, which may occur once a month); the date's month is
    open and the date not in the future; a proposal's ``source`` not already
    recorded; an ``order_amount`` (yuan, optional) ≥ 0 with at most 2 decimals.
    The gift an order earns (``gift_tier``) is computed from the tiers in force
    now and stored with the event: changing the tiers later never changes it.
    Audited (amount and gift included); one transaction.
    """
    with change(actor, "record_event") as tx:
        return insert_in(tx, staff, rule, date, points, quantity, method, reference, note, source, corrects,
                       check_lock=True, order_amount=order_amount)


def insert_in(tx: Tx, staff, rule, date, points, quantity, method, reference, note, source, corrects,
            *, check_lock: bool, order_amount=None, gift_tier=...) -> ScoreEvent:
    """Write one event inside an open ``change()`` (the caller holds the transaction and the
    permission). ``gift_tier`` given (a tier or None): kept as it is, so a correction keeps the gift of the
    order it corrects; left out: computed from the amount and the tiers in force now."""
    staff = find_staff(staff)
    rule = find_rule(rule)
    day = parse_date(date, "日期", "date")
    if day > clock.today():
        raise ValidationError(f"日期 {day:%Y-%m-%d} 晚于今天，请检查日期。", field="date")
    if day.year < 2000:
        raise ValidationError(f"日期 {day:%Y-%m-%d} 太早，请检查日期。", field="date")
    month = Month.of(day)
    if check_lock:
        ensure_open(month, "记录评分")
    if not rule.active:
        raise ValidationError(f"考核项目 {rule.code}“{rule.name}”已停用，不能再使用。", field="rule")
    check_staff_on(staff, day)
    magnitude = check_points(rule, points)
    qty = parse_int(quantity, "次数", "quantity", minimum=1, maximum=MAX_QUANTITY)
    if rule.unit == "month":
        if qty != 1:
            raise ValidationError(f"{rule.code} 按月计分，每月最多一次，次数应为 1。", field="quantity")
        dup = (ScoreEvent.select().where(
            (ScoreEvent.staff == staff) & (ScoreEvent.rule == rule) & (ScoreEvent.month == month.key)
            & (ScoreEvent.voided == False)).exists())  # noqa: E712
        if dup:
            raise Conflict(f"{staff.name} 在{month.label_zh}已经有 {rule.code}（按月计分，每月一次）。", field="rule")
    method = choice(method or "supervision", METHODS, "考核方式", "method")
    reference = clean_text(reference, "单号", "reference", max_length=100)
    note = clean_text(note, "备注", "note", max_length=2000)
    amount = check_order_amount(order_amount)
    if amount is None:
        gift_tier = None
    elif gift_tier is ...:
        gift_tier = settings_mod.load().gift_for(amount)
    if source:
        taken = ScoreEvent.select().where((ScoreEvent.source == source) & (ScoreEvent.voided == False)).exists()  # noqa: E712
        if taken:
            raise Conflict("这条建议已经确认过，不会重复加分。", field="source")
    unit_points = magnitude if rule.kind == "bonus" else -magnitude
    ev = ScoreEvent.create(
        staff=staff, date=day, month=month.key, rule=rule, rule_code=rule.code, rule_name=rule.name,
        area=rule.area, kind=rule.kind, unit_points=unit_points, quantity=qty, points=unit_points * qty,
        note=note, reference=reference, method=method, recorded_by=tx.actor.username,
        created_at=clock.now_utc(), serious=rule.serious, source=source, corrects=corrects,
        order_amount=amount, gift_tier=gift_tier,
    )
    tx.audit("add_event", "score_event", ev.id, staff_id=staff.id, month=month.key, after=event_record(ev))
    return ev


def event_record(ev: ScoreEvent) -> dict:
    """What the audit trail records of an event (and ``verify`` compares with the row).

    The order amount and the gift owed appear only on an event that has an amount, so
    the records of events without one stay exactly as they were written before amounts
    existed; an amount or gift written into such a row behind the program's back then
    shows as a difference."""
    record = {
        "staff": ev.staff_id, "date": ev.date, "rule": ev.rule_code, "points": ev.points,
        "quantity": ev.quantity, "method": ev.method, "reference": ev.reference, "note": ev.note,
        "voided": ev.voided, "void_reason": ev.void_reason, "source": ev.source,
        "corrects": ev.corrects_id,
    }
    if ev.order_amount is not None or ev.gift_tier is not None:
        record["order_amount"] = ev.order_amount
        record["gift_tier"] = ev.gift_tier
    # Every other column the month's standings read; records written before these were
    # audited lack them, and ``verify`` then checks them for consistency only.
    record.update({key: getattr(ev, attr) for key, attr in DETAIL_COLUMNS.items()})
    return record


# Audited since the records above were extended: key in the record → the event's column.
DETAIL_COLUMNS = {"month": "month", "rule_name": "rule_name", "area": "area", "kind": "kind",
                  "unit_points": "unit_points", "serious": "serious", "voided_by": "voided_by"}


def void_event(actor: Actor, event_id: int, reason: str) -> ScoreEvent:
    """Void an event with a reason (required). Refused in a locked month or if already voided."""
    with change(actor, "void_event") as tx:
        ev = find_event(event_id)
        ensure_open(Month.parse(ev.month), "作废评分")
        return void_in(tx, ev, reason)


def void_in(tx: Tx, ev: ScoreEvent, reason: str) -> ScoreEvent:
    """Void one event inside an open ``change()``, with its audit entry."""
    reason = clean_text(reason, "作废理由", "reason", max_length=500, required=True)
    if ev.voided:
        raise Conflict(f"评分记录 #{ev.id} 已经作废。", field="event")
    before = event_record(ev)
    ev.voided = True
    ev.void_reason = reason
    ev.voided_by = tx.actor.username
    ev.voided_at = clock.now_utc()
    ev.save()
    tx.audit("void_event", "score_event", ev.id, staff_id=ev.staff_id, month=ev.month,
             before=before, after=event_record(ev), reason=reason)
    return ev


def month_events(month: Month, staff_id: int | None = None):
    """The month's events (voided included) with staff joined, newest first (one query)."""
    q = (ScoreEvent.select(ScoreEvent, Staff).join(Staff)
         .where(ScoreEvent.month == month.key)
         .order_by(ScoreEvent.date.desc(), ScoreEvent.id.desc()))
    if staff_id is not None:
        q = q.where(ScoreEvent.staff == staff_id)
    return q
