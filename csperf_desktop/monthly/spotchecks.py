"""Random spot checks (随机抽查) against the service code (seed 000 §一.7).

The form is a checklist — 三要 ×3, 三不 ×3, 四个一样 ×4, accuracy and no
typos, record kept — stored as editable rows, each optionally linked to a
deduction rule. A spot check of one conversation or ticket stores each item
as pass or fail (with the item's text and rule as they were). Every failed
item with a linked rule proposes that deduction with method 随机抽查 and the
reference filled in, through ``proposals.PROVIDERS``; the supervisor
confirms. Items of one check failing the same rule propose it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import NotFound, ValidationError
from .events import void_in, check_staff_on
from ..office.lookups import find_rule, find_staff
from ..store.models import ChecklistItem, Rule, ScoreEvent, SpotCheck, SpotCheckResult, Staff
from ..base.months import Month
from .periods import ensure_open
from .proposal import Proposal
from ..trust.service import change
from ..base.values import choice, clean_text, known_fields, parse_date, parse_int

SECTIONS = {
    "three_musts": ("三要", "Three musts"),
    "three_nots": ("三不", "Three don'ts"),
    "four_same": ("四个一样", "Four the-sames"),
    "accuracy": ("准确无错字", "Accuracy"),
    "record": ("服务记录", "Service record"),
    "other": ("其他", "Other"),
}

CHANNELS = {
    "chat": ("在线咨询", "Online chat"),
    "phone": ("电话", "Phone"),
    "ticket": ("工单", "Ticket"),
    "email": ("邮件", "Email"),
    "other": ("其他", "Other"),
}


SOURCE_PREFIX = "spot_check:"


def source_key(check_id: int, rule_code: str) -> str:
    return f"{SOURCE_PREFIX}{check_id}:{rule_code}"


# ---------------------------------------------------------------- the checklist

def checklist(active_only: bool = True) -> list[ChecklistItem]:
    q = ChecklistItem.select().order_by(ChecklistItem.sort_order, ChecklistItem.id)
    if active_only:
        q = q.where(ChecklistItem.active == True)  # noqa: E712
    return list(q)


def _item_record(i: ChecklistItem) -> dict:
    return {"section": i.section, "text": i.text, "rule_code": i.rule_code, "active": i.active,
            "sort_order": i.sort_order}


def _clean_rule_code(value) -> str:
    text = clean_text(value, "关联扣分项", "rule_code", max_length=16).upper()
    if not text:
        return ""
    rule = find_rule(text)
    if rule.kind != "deduction":
        raise ValidationError(f"{rule.code} 是加分项；抽查项目只能关联扣分项。", field="rule_code")
    return rule.code


def add_checklist_item(actor: Actor, section: str, text: str, rule_code: str = "") -> ChecklistItem:
    """Add a line to the spot-check form (at the end of the list)."""
    with change(actor, "edit_rules") as tx:
        section = choice(section, SECTIONS, "类别", "section")
        text = clean_text(text, "检查项目", "text", max_length=200, required=True)
        code = _clean_rule_code(rule_code)
        last = ChecklistItem.select(pw.fn.MAX(ChecklistItem.sort_order)).scalar()
        item = ChecklistItem.create(section=section, text=text, rule_code=code, sort_order=(last or 0) + 10)
        tx.audit("add_checklist_item", "checklist_item", item.id, after=_item_record(item))
        return item


def update_checklist_item(actor: Actor, item_id: int, **data) -> ChecklistItem:
    """Edit a checklist line: section, text, rule_code, active, sort_order. Past checks keep their copy."""
    known_fields(data, {"section", "text", "rule_code", "active", "sort_order"})
    with change(actor, "edit_rules") as tx:
        item = ChecklistItem.get_or_none(ChecklistItem.id == item_id)
        if item is None:
            raise NotFound(f"找不到编号为 {item_id} 的检查项目。", field="item")
        before = _item_record(item)
        if "section" in data:
            item.section = choice(data["section"], SECTIONS, "类别", "section")
        if "text" in data:
            item.text = clean_text(data["text"], "检查项目", "text", max_length=200, required=True)
        if "rule_code" in data:
            item.rule_code = _clean_rule_code(data["rule_code"])
        if "active" in data:
            item.active = bool(data["active"])
        if "sort_order" in data:
            item.sort_order = parse_int(data["sort_order"], "排序", "sort_order", minimum=0, maximum=1_000_000)
        after = _item_record(item)
        if after != before:
            item.save()
            tx.audit("update_checklist_item", "checklist_item", item.id, before=before, after=after)
        return item


# ---------------------------------------------------------------- recording

def _check_record(c: SpotCheck, results) -> dict:
    return {"staff": c.staff_id, "date": c.date, "reference": c.reference, "channel": c.channel,
            "checked_by": c.checked_by, "note": c.note, "voided": c.voided,
            "failed": [f"{r.text}" + (f"：{r.note}" if r.note else "") for r in results if not r.passed]}


def _outcome(value) -> tuple[bool, str]:
    if isinstance(value, tuple):
        passed, note = value
    elif isinstance(value, dict):
        passed, note = value.get("passed", True), value.get("note", "")
    else:
        passed, note = value, ""
    if isinstance(passed, str):
        text = passed.strip().lower()
        if text in ("pass", "ok", "y", "yes", "1", "通过", "合格", "是"):
            passed = True
        elif text in ("fail", "n", "no", "0", "不通过", "不合格", "否"):
            passed = False
        else:
            raise ValidationError(f"检查结果“{passed}”无效，应为“通过”或“不通过”。", field="results")
    return bool(passed), note


def record_spot_check(actor: Actor, staff, date, reference: str = "", channel: str = "chat",
                      checked_by: str | None = None, results: dict | None = None, note: str = "") -> SpotCheck:
    """Record one spot check.

    ``results`` maps checklist item ids to pass (True) / fail (False), or to
    ``(passed, note)``; active items not mentioned count as passed. A failed
    item should say why (its note), so the agent can see what was wrong.
    Refused in a locked month.
    """
    return record_spot_checks(actor, [dict(staff=staff, date=date, reference=reference, channel=channel,
                                           checked_by=checked_by, results=results, note=note)])[0]


SPOT_CHECK_FIELDS = ("staff", "date", "reference", "channel", "checked_by", "results", "note")


def record_spot_checks(actor: Actor, checks: list[dict]) -> list[SpotCheck]:
    """Record several spot checks at once, all or nothing: each dict holds the arguments of
    ``record_spot_check`` (``staff`` and ``date`` required) and is checked and audited as
    it would be. The checklist is read once and the items' outcomes inserted in batches."""
    from ..trust.audit import bulk_insert, record_many

    with change(actor, "spot_check") as tx:
        items = {i.id: i for i in checklist()}
        open_months: set[str] = set()
        planned = []
        for data in checks:
            known_fields(data, SPOT_CHECK_FIELDS)
            planned.append(_plan_check(actor, items, open_months, **data))
        now = clock.now_utc()
        out, results, entries = [], [], []
        for values, outcomes in planned:
            check = SpotCheck.create(**values, recorded_by=actor.username, created_at=now)
            rows = [SpotCheckResult(spot_check=check.id, item=item_id, section=items[item_id].section,
                                    text=items[item_id].text, rule_code=items[item_id].rule_code, passed=passed,
                                    note=item_note)
                    for item_id, (passed, item_note) in outcomes.items()]
            results += [(check.id, r.item_id, r.section, r.text, r.rule_code, r.passed, r.note) for r in rows]
            entries.append((check, rows))
            out.append(check)
        bulk_insert(SpotCheckResult, [SpotCheckResult.spot_check, SpotCheckResult.item, SpotCheckResult.section,
                                      SpotCheckResult.text, SpotCheckResult.rule_code, SpotCheckResult.passed,
                                      SpotCheckResult.note], results)
        tx.entries += record_many(tx.actor, [
            dict(action="record_spot_check", entity="spot_check", entity_id=check.id, staff_id=check.staff_id,
                 month=check.month, after=_check_record(check, rows)) for check, rows in entries])
        return out


def _plan_check(actor: Actor, items: dict, open_months: set, staff=None, date=None, reference: str = "",
                channel: str = "chat", checked_by: str | None = None, results: dict | None = None,
                note: str = "") -> tuple[dict, dict]:
    """One spot check validated: (the row's values, item id → (passed, note))."""
    staff = find_staff(staff)
    day = parse_date(date, "抽查日期", "date")
    if day > clock.today():
        raise ValidationError(f"抽查日期 {day:%Y-%m-%d} 晚于今天，请检查日期。", field="date")
    month = Month.of(day)
    if month.key not in open_months:
        ensure_open(month, "记录抽查")
        open_months.add(month.key)
    check_staff_on(staff, day)
    reference = clean_text(reference, "单号", "reference", max_length=100)
    channel = choice(channel or "chat", CHANNELS, "渠道", "channel")
    checked_by = clean_text(checked_by if checked_by is not None else actor.label, "抽查人", "checked_by",
                            max_length=64, required=True)
    note = clean_text(note, "备注", "note", max_length=2000)
    outcomes = {i: (True, "") for i in items}
    for key, value in (results or {}).items():
        item_id = key.id if isinstance(key, ChecklistItem) else parse_int(key, "检查项目编号", "results")
        if item_id not in items:
            raise ValidationError(f"检查项目 {item_id} 不存在或已停用。", field="results")
        passed, item_note = _outcome(value)
        outcomes[item_id] = (passed, clean_text(item_note, "项目备注", "results", max_length=500))
    return (dict(staff=staff, date=day, month=month.key, reference=reference, channel=channel,
                 checked_by=checked_by, note=note), outcomes)


def void_spot_check(actor: Actor, check_id: int, reason: str) -> SpotCheck:
    """Void a spot check recorded by mistake; deductions confirmed from it are voided too."""
    with change(actor, "void_event") as tx:
        check = find_spot_check(check_id)
        ensure_open(Month.parse(check.month), "作废抽查")
        reason = clean_text(reason, "作废理由", "reason", max_length=500, required=True)
        if check.voided:
            raise ValidationError(f"抽查记录 #{check.id} 已经作废。", field="spot_check")
        results = list(check.results)
        before = _check_record(check, results)
        check.voided, check.void_reason = True, reason
        check.save()
        for ev in ScoreEvent.select().where(ScoreEvent.source.startswith(f"{SOURCE_PREFIX}{check.id}:")
                                            & (ScoreEvent.voided == False)):  # noqa: E712
            void_in(tx, ev, f"抽查记录 #{check.id} 已作废：{reason}")
        tx.audit("void_spot_check", "spot_check", check.id, staff_id=check.staff_id, month=check.month,
                 before=before, after=_check_record(check, results), reason=reason)
        return check


def find_spot_check(check_id) -> SpotCheck:
    c = SpotCheck.get_or_none(SpotCheck.id == check_id)
    if c is None:
        raise NotFound(f"找不到编号为 {check_id} 的抽查记录。", field="spot_check")
    return c


# ---------------------------------------------------------------- proposals

def deduction_proposals(month: Month) -> list[Proposal]:
    """One deduction per failed rule per spot check of the month (not voided)."""
    rules = {r.code: r for r in Rule.select().where((Rule.kind == "deduction") & (Rule.active == True))}  # noqa: E712
    rows = (SpotCheckResult.select(SpotCheckResult, SpotCheck, Staff)
            .join(SpotCheck).join(Staff)
            .where((SpotCheck.month == month.key) & (SpotCheck.voided == False)  # noqa: E712
                   & (SpotCheckResult.passed == False) & (SpotCheckResult.rule_code != ""))  # noqa: E712
            .order_by(SpotCheck.date, SpotCheck.id, SpotCheckResult.id))
    grouped: dict[tuple[int, str], list[SpotCheckResult]] = {}
    for r in rows:
        if r.rule_code in rules:
            grouped.setdefault((r.spot_check_id, r.rule_code), []).append(r)
    out = []
    for (check_id, code), failed in grouped.items():
        check = failed[0].spot_check
        st = check.staff
        what = "；".join(r.text + (f"（{r.note}）" if r.note else "") for r in failed)
        out.append(Proposal(st.id, st.employee_no, st.name, code, rules[code].default_points, check.date,
                            f"随机抽查未通过：{what}", source_key(check_id, code),
                            method="spot_check", reference=check.reference))
    return out


# ---------------------------------------------------------------- monthly view

@dataclass
class AgentChecks:
    staff_id: int
    employee_no: str
    name: str
    checks: int = 0
    items: int = 0
    failed_items: int = 0
    failed_checks: int = 0  # checks with at least one failed item

    @property
    def pass_rate(self) -> float | None:
        """Share of checked items passed, 0..1."""
        return None if not self.items else (self.items - self.failed_items) / self.items


@dataclass
class ItemStats:
    section: str
    text: str
    rule_code: str
    checked: int = 0
    failed: int = 0

    @property
    def pass_rate(self) -> float | None:
        return None if not self.checked else (self.checked - self.failed) / self.checked


@dataclass
class SpotCheckSummary:
    months: list[str]
    checks: int
    agents: list[AgentChecks] = field(default_factory=list)
    items: list[ItemStats] = field(default_factory=list)


def _summary(months: list[str]) -> SpotCheckSummary:
    rows = (SpotCheckResult.select(SpotCheckResult.spot_check, SpotCheckResult.section, SpotCheckResult.text,
                                   SpotCheckResult.rule_code, SpotCheckResult.passed, SpotCheckResult.item,
                                   Staff.id, Staff.employee_no, Staff.name)
            .join(SpotCheck).join(Staff)
            .where(SpotCheck.month.in_(months) & (SpotCheck.voided == False))  # noqa: E712
            .tuples())
    agents: dict[int, AgentChecks] = {}
    items: dict = {}
    checks_seen: dict[int, bool] = {}
    check_staff: dict[int, int] = {}
    for check_id, section, text, code, passed, item_id, sid, no, name in rows:
        a = agents.setdefault(sid, AgentChecks(sid, no, name))
        a.items += 1
        a.failed_items += 0 if passed else 1
        checks_seen[check_id] = checks_seen.get(check_id, False) or not passed
        check_staff[check_id] = sid
        it = items.setdefault(item_id or (section, text), ItemStats(section, text, code))
        it.checked += 1
        it.failed += 0 if passed else 1
    for check_id, any_failed in checks_seen.items():
        a = agents[check_staff[check_id]]
        a.checks += 1
        a.failed_checks += 1 if any_failed else 0
    order = {i.id: (i.sort_order, i.id) for i in ChecklistItem.select()}
    item_list = sorted(items.items(), key=lambda kv: order.get(kv[0], (10**9, 0)) if isinstance(kv[0], int)
                       else (10**9, 0))
    return SpotCheckSummary(months=months, checks=len(checks_seen),
                            agents=sorted(agents.values(), key=lambda a: a.employee_no),
                            items=[v for _, v in item_list])


def month_summary(month: Month) -> SpotCheckSummary:
    """Spot checks per agent and pass rate per checklist item for one month."""
    return _summary([month.key])


def year_summary(year: int) -> SpotCheckSummary:
    """The same over a calendar year (the annual 服务质量 dimension uses it)."""
    return _summary([Month(year, m).key for m in range(1, 13)])


def month_checks(month: Month, staff_id: int | None = None) -> list[SpotCheck]:
    """The month's spot checks (voided included) with staff joined, newest first."""
    q = (SpotCheck.select(SpotCheck, Staff).join(Staff).where(SpotCheck.month == month.key)
         .order_by(SpotCheck.date.desc(), SpotCheck.id.desc()))
    if staff_id is not None:
        q = q.where(SpotCheck.staff == staff_id)
    return list(q)


def spot_checks_for(staff_id: int, month: Month | str) -> list[dict]:
    """The agent's spot checks of the month, for the scorecard: date, reference, channel, failed items."""
    m = month if isinstance(month, Month) else Month.parse(month)
    out = []
    for c in month_checks(m, staff_id):
        if c.voided:
            continue
        failed = [r for r in c.results if not r.passed]
        out.append({"id": c.id, "date": c.date, "reference": c.reference,
                    "channel": CHANNELS.get(c.channel, (c.channel,))[0], "checked_by": c.checked_by,
                    "passed": not failed,
                    "failed": [r.text + (f"（{r.note}）" if r.note else "") for r in failed]})
    return out
