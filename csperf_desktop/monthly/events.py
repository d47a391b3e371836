"""Recording and voiding scoring events — the day's work.

An event stores its own points and the rule's code, name and area as they
were when recorded, so editing the rulebook never rewrites history. Mistakes
are voided with a reason, never deleted.
"""

from __future__ import annotations

import datetime as _dt
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import repeat
from operator import itemgetter
from typing import Any

from peewee import Model, fn

from ..base import clock
from ..base.collector import collector_paused
from ..office import settings as settings_mod
from ..trust.auth import Actor
from ..base.errors import Conflict, CsperfError, ValidationError
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


@dataclass
class NewEvent:
    """One event to record with ``add_events``: the same fields ``add_event`` takes."""
    staff: Any
    rule: Any
    date: Any
    points: Any = None
    quantity: Any = 1
    method: str = "supervision"
    reference: str = ""
    note: str = ""
    order_amount: Any = None
    source: str | None = None
    corrects: int | None = None
    gift_tier: Any = ...  # ``...``: computed from the amount and the tiers in force now


class EventRefused(CsperfError):
    """``add_events`` refused one of its events: ``index`` is its place in the list, ``error``
    the reason (the same error ``add_event`` would raise for it alone)."""

    def __init__(self, index: int, error: CsperfError):
        super().__init__(error.message, field=error.field)
        self.index = index
        self.error = error


class _Checks:
    """What validating events reads from the database, read once per batch: people and rules
    (one query each), each month's lock, the gift tiers, and the per-month rules and proposal
    sources already taken (including by earlier events of the same batch). One event alone
    (``batch=False``) reads just what it needs."""

    def __init__(self, batch: bool):
        self.batch = batch
        self._staff: dict | None = None  # id and employee no. -> Staff
        self._rules: dict | None = None  # id and code -> Rule
        self.open_months: set[str] = set()
        self.monthly_taken: set[tuple] = set()  # (staff id, rule id, month key), recorded or in this batch
        self.sources_taken: set[str] = set()
        self._taken_months: set[str] | None = None  # months whose per-month events are in monthly_taken
        self._settings = None
        self._today: _dt.date | None = None
        self._months: dict = {}  # day -> Month, in a batch
        # What a batch found valid, so that its many events on the same days, people, rules and
        # points are not checked again: (person object, day) and (rule object, kind, points) -> magnitude.
        # Keyed by the objects themselves (their ids), which the batch's items keep alive.
        self._employed: dict = {}  # person object's id -> (hire date, leave date, inactive without leaving)
        self._points: dict = {}
        self._rule_facts: dict = {}  # rule object's id -> rule_facts

    def prefetch(self, items: list[NewEvent]) -> None:
        """Read at once what the checks of ``items`` would otherwise ask event by event: the
        per-month rules already recorded in their months and the proposal sources already taken."""
        self._staff = {}
        for st in Staff.select():
            self._staff[st.id] = self._staff[st.employee_no] = st
        self._rules = {}
        for rule in Rule.select():
            self._rules[rule.id] = self._rules[rule.code] = rule
        months = set()
        try:
            dates = set(item.date for item in items)  # a batch's events fall on a few hundred days
        except TypeError:  # a date of an unhashable kind
            dates = [item.date for item in items]
        for date in dates:
            try:
                months.add(Month.of(parse_date(date, "日期", "date")).key)
            except CsperfError:
                pass  # the event's own check names the bad date
        self._taken_months = months
        live = ScoreEvent.voided == False  # noqa: E712
        monthly = [r.id for r in Rule.select(Rule.id).where(Rule.unit == "month")]
        keys = sorted(months)
        for i in range(0, len(keys), 100):
            q = (ScoreEvent.select(ScoreEvent.staff, ScoreEvent.rule, ScoreEvent.month)
                 .where(live & ScoreEvent.month.in_(keys[i:i + 100]) & ScoreEvent.rule.in_(monthly)).tuples())
            self.monthly_taken.update(q)
        sources = sorted({item.source for item in items if item.source})
        for i in range(0, len(sources), 500):
            q = ScoreEvent.select(ScoreEvent.source).where(live & ScoreEvent.source.in_(sources[i:i + 500])).tuples()
            self.sources_taken.update(src for (src,) in q)

    def staff_for(self, ref) -> Staff:
        if ref.__class__ is int and self._staff is not None:  # an id, the usual case in a batch
            found = self._staff.get(ref)
            if found is not None:
                return found
        if self._staff is None or isinstance(ref, Staff):
            return find_staff(ref)
        key = ref if isinstance(ref, int) and not isinstance(ref, bool) else str(ref).strip()
        found = self._staff.get(key)
        return found if found is not None else find_staff(ref)  # find_staff names what was not found

    def rule_for(self, ref) -> Rule:
        if ref.__class__ is str and self._rules is not None:  # a code, the usual case in a batch
            found = self._rules.get(ref.strip().upper())
            if found is not None:
                return found
        if self._rules is None or isinstance(ref, Rule):
            return find_rule(ref)
        key = ref if isinstance(ref, int) and not isinstance(ref, bool) else str(ref).strip().upper()
        found = self._rules.get(key)
        return found if found is not None else find_rule(ref)

    def monthly_recorded(self, staff: Staff, rule: Rule, month: Month) -> bool:
        key = (staff.id, rule.id, month.key)
        if key in self.monthly_taken:
            return True
        if self._taken_months is not None and month.key in self._taken_months:
            return False  # read in advance: not recorded
        return (ScoreEvent.select().where(
            (ScoreEvent.staff == staff) & (ScoreEvent.rule == rule) & (ScoreEvent.month == month.key)
            & (ScoreEvent.voided == False)).exists())  # noqa: E712

    def source_recorded(self, source: str) -> bool:
        if source in self.sources_taken:
            return True
        if self._taken_months is not None:
            return False  # every source of the batch was read in advance
        return ScoreEvent.select().where((ScoreEvent.source == source) & (ScoreEvent.voided == False)).exists()  # noqa: E712

    def ensure_open(self, month: Month, key: str) -> None:
        if key not in self.open_months:
            ensure_open(month, "记录评分")
            if self.batch:
                self.open_months.add(key)

    def today(self) -> _dt.date:
        """Today: read once for a whole batch (written in one transaction, at one time)."""
        if self._today is None or not self.batch:
            self._today = clock.today()
        return self._today

    def month_of(self, day: _dt.date) -> tuple[Month, str]:
        """The day's month and its key (a batch's events fall on a few hundred days)."""
        found = self._months.get(day)
        if found is None:
            month = Month.of(day)
            found = (month, month.key)
            if self.batch:
                self._months[day] = found
        return found

    def check_staff_on(self, staff: Staff, day: _dt.date) -> None:
        """``check_staff_on``, with a batch's people's dates read once each."""
        if not self.batch:
            return check_staff_on(staff, day)
        span = self._employed.get(id(staff))
        if span is None:
            span = self._employed[id(staff)] = (staff.hire_date, staff.leave_date,
                                                not staff.active and staff.leave_date is None)
        hire, leave, stopped = span
        if (hire and day < hire) or (leave and day > leave) or stopped:
            check_staff_on(staff, day)  # raises, naming why

    def rule_facts(self, rule: Rule) -> tuple:
        """(active, unit, is a bonus, the columns an event copies from it): read once per rule in a batch."""
        facts = self._rule_facts.get(id(rule)) if self.batch else None
        if facts is None:
            facts = (rule.active, rule.unit, rule.kind == "bonus",
                     {"rule_code": rule.code, "rule_name": rule.name, "area": rule.area, "kind": rule.kind,
                      "serious": rule.serious})
            if self.batch:
                self._rule_facts[id(rule)] = facts
        return facts

    def points_for(self, rule: Rule, points) -> int:
        """``check_points``: its answer, or the error it raises."""
        if not self.batch:
            return check_points(rule, points)
        slot = (id(rule), points.__class__, points)
        try:
            found = self._points.get(slot)
        except TypeError:  # points of an unhashable kind
            return check_points(rule, points)
        if found is None:
            found = self._points[slot] = check_points(rule, points)
        return found

    def settings(self):
        if self._settings is None or not self.batch:
            self._settings = settings_mod.load()
        return self._settings


def check_event(item: NewEvent, checks: _Checks, *, check_lock: bool) -> dict:
    """Validate one event as ``add_event`` does and return its row's column values (without
    who and when). Raises the error ``add_event`` would raise."""
    staff = checks.staff_for(item.staff)
    rule = checks.rule_for(item.rule)
    day = item.date
    if day.__class__ is not _dt.date:  # a day is taken as it is
        day = parse_date(day, "日期", "date")
    if day > checks.today():
        raise ValidationError(f"日期 {day:%Y-%m-%d} 晚于今天，请检查日期。", field="date")
    if day.year < 2000:
        raise ValidationError(f"日期 {day:%Y-%m-%d} 太早，请检查日期。", field="date")
    month, month_key = checks.month_of(day)
    if check_lock and month_key not in checks.open_months:
        checks.ensure_open(month, month_key)
    active, unit, bonus, copied = checks.rule_facts(rule)
    if not active:
        raise ValidationError(f"考核项目 {rule.code}“{rule.name}”已停用，不能再使用。", field="rule")
    checks.check_staff_on(staff, day)
    magnitude = checks.points_for(rule, item.points)
    qty = item.quantity
    if qty.__class__ is not int or not 1 <= qty <= MAX_QUANTITY:  # a plain whole number in range is taken as it is
        qty = parse_int(qty, "次数", "quantity", minimum=1, maximum=MAX_QUANTITY)
    if unit == "month":
        if qty != 1:
            raise ValidationError(f"{rule.code} 按月计分，每月最多一次，次数应为 1。", field="quantity")
        if checks.monthly_recorded(staff, rule, month):
            raise Conflict(f"{staff.name} 在{month.label_zh}已经有 {rule.code}（按月计分，每月一次）。", field="rule")
        checks.monthly_taken.add((staff.id, rule.id, month_key))
    method = item.method
    if method.__class__ is not str or method not in METHODS:  # a code is taken as it is
        method = choice(method or "supervision", METHODS, "考核方式", "method")
    reference, note = item.reference, item.note  # plain text within its length is only stripped
    if reference.__class__ is str and len(reference) <= 100 and "\x00" not in reference:
        reference = reference.strip()
    else:
        reference = clean_text(reference, "单号", "reference", max_length=100)
    if note.__class__ is str and len(note) <= 2000 and "\x00" not in note:
        note = note.strip()
    else:
        note = clean_text(note, "备注", "note", max_length=2000)
    amount = item.order_amount
    if amount is not None:
        amount = check_order_amount(amount)
    gift_tier = item.gift_tier
    if amount is None:
        gift_tier = None
    elif gift_tier is ...:
        gift_tier = checks.settings().gift_for(amount)
    source = item.source
    if source:
        if checks.source_recorded(source):
            raise Conflict("这条建议已经确认过，不会重复加分。", field="source")
        checks.sources_taken.add(source)
    unit_points = magnitude if bonus else -magnitude
    values = dict(
        staff=staff, date=day, month=month_key, rule=rule, unit_points=unit_points, quantity=qty,
        points=unit_points * qty, note=note, reference=reference, method=method, source=source,
        corrects=item.corrects, order_amount=amount, gift_tier=gift_tier,
    )
    values.update(copied)  # rule_code, rule_name, area, kind, serious
    return values


def insert_in(tx: Tx, staff, rule, date, points, quantity, method, reference, note, source, corrects,
              *, check_lock: bool, order_amount=None, gift_tier=...) -> ScoreEvent:
    """Write one event inside an open ``change()`` (the caller holds the transaction and the
    permission). ``gift_tier`` given (a tier or None): kept as it is, so a correction keeps the gift of the
    order it corrects; left out: computed from the amount and the tiers in force now."""
    item = NewEvent(staff, rule, date, points, quantity, method, reference, note, order_amount, source, corrects,
                    gift_tier)
    values = check_event(item, _Checks(batch=False), check_lock=check_lock)
    ev = ScoreEvent.create(**values, recorded_by=tx.actor.username, created_at=clock.now_utc())
    tx.audit("add_event", "score_event", ev.id, staff_id=ev.staff_id, month=ev.month, after=event_record(ev))
    return ev


def add_events(actor: Actor, items: list[NewEvent], *, permission: str = "record_event") -> list[int]:
    """Record many events at once, all or nothing (an import, one event for several people,
    the demo office): each is validated exactly as ``add_event`` validates it and audited
    with the same entry, in one transaction, with the rows and audit entries inserted in
    batches. A refused event raises ``EventRefused`` naming its place in the list. Returns
    the new events' ids in the order given."""
    if not items:
        return []
    with change(actor, permission) as tx:
        return insert_many_in(tx, items)


def add_event_for(actor: Actor, people: list, rule, date, points=None, quantity=1, method="supervision",
                  reference="", note="") -> list[int]:
    """One event for several people at once (a team bonus, a meeting everyone missed): each
    person's event is checked and audited as ``add_event`` would, all in one transaction; a
    refusal names the person. The same person listed twice gets one event."""
    unique = list(dict.fromkeys(people))
    if not unique:
        raise ValidationError("请至少选择一个人。", field="staff")
    items = [NewEvent(p, rule, date, points, quantity, method, reference, note) for p in unique]
    try:
        return add_events(actor, items)
    except EventRefused as exc:
        try:
            who = find_staff(unique[exc.index])
        except CsperfError:
            raise exc.error from None
        raise type(exc.error)(f"{who.name}（{who.employee_no}）：{exc.error.message}",
                              field=exc.error.field) from None


def insert_many_in(tx: Tx, items: list[NewEvent]) -> list[int]:
    """``add_events`` inside an open ``change()`` (the caller holds the transaction and the permission)."""
    if not items:
        return []
    with collector_paused():
        return _insert_many(tx, items)


def _insert_many(tx: Tx, items: list[NewEvent]) -> list[int]:
    from ..trust.audit import append_entries, bulk_insert

    actor = tx.actor
    checks = _Checks(batch=True)
    checks.prefetch(items)
    planned = []
    for index, item in enumerate(items):
        try:
            planned.append(check_event(item, checks, check_lock=True))
        except CsperfError as exc:
            raise EventRefused(index, exc) from exc
    now, user = clock.now_utc(), actor.username
    # The rows as ``ScoreEvent(**values, recorded_by=, created_at=)`` would hold them (defaults
    # included, related rows as their ids), built as plain dicts: the audit record is read from them.
    base = dict(ScoreEvent(recorded_by=user, created_at=now).__data__)
    names = [f.name for f in ScoreEvent._meta.sorted_fields if f.name != "id" and (f.name in base or f.name in planned[0])]
    # check_event gives every event the same columns; what it leaves out (who, when, not voided) is
    # the same for the whole batch: added to each dict, and who and when written into the statement once
    extra = {name: value for name, value in base.items() if name not in planned[0]}
    datas = planned
    for data in datas:
        data.update(extra)
        data["staff"] = data["staff"].id  # check_event gives the person and the rule as objects
        data["rule"] = data["rule"].id
        if isinstance(data["corrects"], Model):
            data["corrects"] = data["corrects"].get_id()
    once = {"recorded_by": user, "created_at": now}
    varying = [name for name in names if name not in once]
    rows = list(map(itemgetter(*varying), datas))
    first_id = _next_event_id()
    fields = ScoreEvent._meta.fields
    bulk_insert(ScoreEvent, [fields[name] for name in varying], rows,
                same={fields[name]: value for name, value in once.items()})
    query = ScoreEvent.select(ScoreEvent.id).where(ScoreEvent.id >= first_id).order_by(ScoreEvent.id)
    ids = [row_id for (row_id,) in ScoreEvent._meta.database.execute(query).fetchall()]  # plain ints
    if len(ids) != len(datas):
        raise CsperfError("写入评分记录时编号不连续，已全部撤销，请重试。")
    afters = records_json(datas)
    tx.entries += append_entries(actor, [
        ("add_event", "score_event", str(row_id), data["staff"], data["month"], None, after, None)
        for row_id, data, after in zip(ids, datas, afters)])
    return ids


def _next_event_id() -> int:
    """The id the next event gets: one writer holds the transaction, so the rows inserted
    now are numbered from here on."""
    last = ScoreEvent.select(fn.MAX(ScoreEvent.id)).scalar()
    return (last or 0) + 1


def event_record(ev: ScoreEvent) -> dict:
    """What the audit trail records of an event (and ``verify`` compares with the row).

    The order amount and the gift owed appear only on an event that has an amount, so
    the records of events without one stay exactly as they were written before amounts
    existed; an amount or gift written into such a row behind the program's back then
    shows as a difference."""
    return record_of(ev.__data__)


def record_of(data: dict) -> dict:
    """``event_record`` of an event's column values by field name (related rows as ids), as a
    model instance holds them in ``__data__``: a missing column reads as None, as its attribute does."""
    get = data.get
    record = {key: get(column) for key, column in BASE_COLUMNS.items()}
    if get("order_amount") is not None or get("gift_tier") is not None:
        record["order_amount"] = get("order_amount")
        record["gift_tier"] = get("gift_tier")
    # Every other column the month's standings read; records written before these were
    # audited lack them, and ``verify`` then checks them for consistency only.
    for key, column in DETAIL_COLUMNS.items():
        record[key] = get(column)
    return record


# The record's first keys → the event's columns (the audit says "rule" for the code it recorded).
BASE_COLUMNS = {"staff": "staff", "date": "date", "rule": "rule_code", "points": "points",
                "quantity": "quantity", "method": "method", "reference": "reference", "note": "note",
                "voided": "voided", "void_reason": "void_reason", "source": "source", "corrects": "corrects"}
# Audited since the records above were extended: key in the record → the event's column.
DETAIL_COLUMNS = {"month": "month", "rule_name": "rule_name", "area": "area", "kind": "kind",
                  "unit_points": "unit_points", "serious": "serious", "voided_by": "voided_by"}


def records_json(datas: list[dict]) -> list[str]:
    """``to_json(record_of(data))`` of many events' data: the same text, so the same audit hash.

    The records of events without an order amount share their keys; each key's values are
    encoded a column at a time (text, whole numbers, truth values, days, nulls) and put into
    one template. An event with an amount, or a value of any other kind, is encoded by ``to_json``."""
    from ..store.chain import to_json

    count = len(datas)
    out: list = [None] * count
    amounts = list(map(dict.get, datas, repeat("order_amount")))
    gifts = list(map(dict.get, datas, repeat("gift_tier")))
    if amounts.count(None) == count and gifts.count(None) == count:
        plain = range(count)
    else:
        plain = [i for i, (amount, gift) in enumerate(zip(amounts, gifts)) if amount is None and gift is None]
    if plain:
        columns = {**BASE_COLUMNS, **DETAIL_COLUMNS}
        keys = sorted(columns)
        subset = datas if len(plain) == len(datas) else [datas[i] for i in plain]
        encoded, parts = [], []
        for key in keys:
            try:
                column = list(map(itemgetter(columns[key]), subset))
            except KeyError:  # a column some rows lack (one never set): None there
                column = list(map(dict.get, subset, repeat(columns[key])))
            first = column[0]
            if set(map(type, column)) == {type(first)} and column.count(first) == len(column):
                texts = _json_column([first])  # the same in every record: written into the template
                if texts is None:
                    break
                parts.append((_json_text(key) + ":" + texts[0]).replace("%", "%%"))
                continue
            texts = _json_column(column)
            if texts is None:
                break
            encoded.append(texts)
            parts.append(_json_text(key).replace("%", "%%") + ":%s")
        else:
            template = "{" + ",".join(parts) + "}"
            texts = map(template.__mod__, zip(*encoded)) if encoded else repeat(template % (), len(plain))
            if len(plain) == count:
                return list(texts)
            for i, text in zip(plain, texts):
                out[i] = text
    for i, text in enumerate(out):
        if text is None:
            out[i] = to_json(record_of(datas[i]))
    return out


def _json_text(text: str) -> str:
    from json.encoder import encode_basestring

    return encode_basestring(text)


def _json_column(column: list) -> list[str] | None:
    """Each value as ``to_json`` writes it inside a record, or None when one is of a kind left to it."""
    from json.encoder import encode_basestring

    kinds = set(map(type, column))
    if kinds == {str}:
        return list(map(encode_basestring, column))
    if kinds == {int}:
        return list(map(int.__repr__, column))
    if kinds == {type(None)}:
        return ["null"] * len(column)
    memo: dict = {}  # (kind, value) -> text: days and truth values repeat
    out = []
    for value in column:
        kind = value.__class__
        if kind is str:
            out.append(encode_basestring(value))
        elif kind is int:
            out.append(int.__repr__(value))
        elif value is None:
            out.append("null")
        elif kind is bool or kind is _dt.date:
            slot = (kind, value)
            text = memo.get(slot)
            if text is None:
                text = memo[slot] = ("true" if value else "false") if kind is bool \
                    else encode_basestring(value.isoformat())
            out.append(text)
        else:  # floats, times, anything else: to_json's own way
            return None
    return out


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


def restore_event(actor: Actor, event_id: int, reason: str) -> ScoreEvent:
    """Undo a void made by mistake: the event counts again. Needs a reason; refused in a
    locked month, for an event that is not voided, and where counting it again would pay
    twice (a per-month rule recorded again since, a proposal recorded again, an appeal
    decision that replaced it with a corrected event). Audited with the void it undoes."""
    with change(actor, "void_event") as tx:
        ev = find_event(event_id)
        ensure_open(Month.parse(ev.month), "恢复评分")
        reason = clean_text(reason, "恢复理由", "reason", max_length=500, required=True)
        if not ev.voided:
            raise Conflict(f"评分记录 #{ev.id} 没有作废，不需要恢复。", field="event")
        live = ScoreEvent.select().where((ScoreEvent.voided == False) & (ScoreEvent.id != ev.id))  # noqa: E712
        correction = live.where(ScoreEvent.corrects == ev.id).first()
        if correction is not None:
            raise Conflict(f"评分记录 #{ev.id} 已由复核决定更正为 #{correction.id}，恢复会重复计分。", field="event")
        if ev.source and live.where(ScoreEvent.source == ev.source).exists():
            raise Conflict(f"这条建议已经重新确认过，恢复 #{ev.id} 会重复加分。", field="event")
        rule = Rule.get_or_none(Rule.id == ev.rule_id)
        if rule is not None and rule.unit == "month" and live.where(
                (ScoreEvent.staff == ev.staff_id) & (ScoreEvent.rule == ev.rule_id)
                & (ScoreEvent.month == ev.month)).exists():
            raise Conflict(f"{ev.month} 已经另有一条 {ev.rule_code}（按月计分，每月一次），不能恢复 #{ev.id}。",
                           field="event")
        before = event_record(ev)
        ev.voided = False
        ev.void_reason = None
        ev.voided_by = None
        ev.voided_at = None
        ev.save()
        tx.audit("restore_event", "score_event", ev.id, staff_id=ev.staff_id, month=ev.month,
                 before=before, after=event_record(ev), reason=reason)
        return ev


def restored_in(month: Month) -> dict[int, str]:
    """The events of ``month`` that were voided and then restored: id → the reason given."""
    from ..store.models import AuditEntry

    rows = (AuditEntry.select(AuditEntry.entity_id, AuditEntry.reason)
            .where((AuditEntry.action == "restore_event") & (AuditEntry.month == month.key))
            .order_by(AuditEntry.id).tuples())
    return {int(eid): reason or "" for eid, reason in rows if eid and eid.isdigit()}


def month_events(month: Month, staff_id: int | None = None):
    """The month's events (voided included) with staff joined, newest first (one query)."""
    q = (ScoreEvent.select(ScoreEvent, Staff).join(Staff)
         .where(ScoreEvent.month == month.key)
         .order_by(ScoreEvent.date.desc(), ScoreEvent.id.desc()))
    if staff_id is not None:
        q = q.where(ScoreEvent.staff == staff_id)
    return q


EventRow = namedtuple("EventRow", "id staff_id date area rule_code rule_name points unit_points quantity note reference "
                                   "method")


def valid_events_by_staff(month: Month) -> dict[int, list[EventRow]]:
    """The month's valid (non-voided) events by staff id, each person's in date order (then by
    id), as light read-only rows (``EventRow``) in one query: what a printout lists, without
    building a model object — or converting a value through the model — per row."""
    e = ScoreEvent
    q = (e.select(e.id, e.staff, e.date, e.area, e.rule_code, e.rule_name, e.points, e.unit_points, e.quantity,
                  e.note, e.reference, e.method)
         .where((e.month == month.key) & (e.voided == False))  # noqa: E712
         .order_by(e.staff, e.date, e.id))
    sql, params = q.sql()
    as_date = e.date.python_value
    fromiso = _dt.date.fromisoformat
    out: dict[int, list[EventRow]] = {}
    for row in e._meta.database.execute_sql(sql, params):
        day = row[2]
        if isinstance(day, str):  # SQLite stores the ISO date; anything else as the model reads it
            day = fromiso(day) if len(day) == 10 else as_date(day)
        elif not isinstance(day, _dt.date) or isinstance(day, _dt.datetime):
            day = as_date(day)
        out.setdefault(row[1], []).append(EventRow(row[0], row[1], day, *row[3:]))
    return out
