"""Re-check applications (复核申请, seed 000 §三(一).8): the appeal window,
recording, deciding, and the supervisor's self-check.

An agent may appeal a published month within the window (by default until the
same time on the next working day, see ``workdays.appeal_deadline``), disputing
one or several events or the whole score.
After the deadline an appeal is refused with a message naming it; an admin
may accept a late one with a recorded reason. A decision is upheld (the
disputed event is voided, or its points changed through a correcting event),
partly upheld (item by item), rejected (reason required) or withdrawn. An
upheld decision snapshots the month again as a new revision inside the same
transaction (re-ranked, award recomputed, bulletin marked for reprint);
earlier revisions are kept. Closing the month is refused while any of its
appeals is pending.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field

from ..base import clock
from ..office import settings as settings_mod
from ..trust.auth import Actor, require
from ..base.errors import Conflict, NotFound, ValidationError
from .events import insert_in, void_in
from ..office.lookups import find_event, find_rule, find_staff
from ..store.models import Appeal, AppealItem, MonthlyResult, Period, ScoreEvent, Staff
from ..base.months import Month
from .periods import republish
from ..office import anchoring
from ..base.text import fmt_local
from ..trust.service import Tx, change
from ..base.values import choice, clean_text, parse_datetime, parse_int
from ..base.text import zh_label

STATUS = {
    "pending": ("待处理", "Pending"),
    "upheld": ("成立", "Upheld"),
    "partly": ("部分成立", "Partly upheld"),
    "rejected": ("驳回", "Rejected"),
    "withdrawn": ("已撤回", "Withdrawn"),
}
OUTCOMES = {k: v for k, v in STATUS.items() if k != "pending"}
_OUTCOME_ALIASES = {"partly_upheld": "partly", "partial": "partly", "部分": "partly", "uphold": "upheld",
                    "reject": "rejected", "withdraw": "withdrawn", "撤回": "withdrawn"}

CATEGORIES = {
    "wrong_facts": ("事实有误", "Wrong facts"),
    "wrong_rule": ("适用条款有误", "Wrong rule"),
    "wrong_points": ("分值有误", "Wrong points"),
    "other": ("其他", "Other"),
}

ITEM_OUTCOMES = {"upheld": ("成立", "Upheld"), "rejected": ("不成立", "Rejected")}

MAX_POINTS = 1000


# ---------------------------------------------------------------- the window

@dataclass(frozen=True)
class Window:
    """A month's appeal window as the appeals list and the bulletin show it."""

    month: str
    published: bool
    deadline: _dt.datetime | None  # naive UTC
    is_open: bool
    remaining: _dt.timedelta | None  # until the deadline, while open

    @property
    def text(self) -> str:
        if not self.published or self.deadline is None:
            return "本月尚未公示"
        when = fmt_local(self.deadline)
        if not self.is_open:
            return f"复核申请已于 {when} 截止"
        minutes = int(self.remaining.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        left = f"{days} 天 {hours} 小时" if days else f"{hours} 小时 {mins} 分"
        return f"复核申请截止：{when}（还剩 {left}）"


def window(month: Month) -> Window:
    period = Period.get_or_none(Period.month == month.key)
    if period is None or period.status != "published" or period.appeal_deadline is None:
        return Window(month.key, bool(period and period.revision), period.appeal_deadline if period else None,
                      False, None)
    now = clock.now_utc()
    is_open = now <= period.appeal_deadline
    return Window(month.key, True, period.appeal_deadline, is_open,
                  period.appeal_deadline - now if is_open else None)


# ---------------------------------------------------------------- recording

def find_appeal(appeal_id) -> Appeal:
    a = Appeal.get_or_none(Appeal.id == appeal_id) if appeal_id is not None else None
    if a is None:
        raise NotFound(f"找不到编号为 {appeal_id} 的复核申请。", field="appeal")
    return a


def appeal_record(a: Appeal) -> dict:
    items = list(AppealItem.select().where(AppealItem.appeal == a).order_by(AppealItem.id))
    return {
        "month": a.month, "staff": a.staff_id, "whole_score": a.whole_score, "category": a.category,
        "reason": a.reason, "received_at": a.received_at, "status": a.status, "late_reason": a.late_reason,
        "decision_reason": a.decision_reason,
        "items": [{"event": i.event_id, "proposed": i.proposed_points, "outcome": i.outcome,
                   "new_points": i.new_points, "correction": i.correction_id} for i in items],
    }


def _parse_received(value) -> _dt.datetime:
    """A receipt time typed as local time (datetime or text); None = now. Returned as naive UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.now_utc()
    local = parse_datetime(value, "收到时间", "received_at")
    return clock.from_local(local)


def _event_ids(events) -> list[int]:
    if events is None:
        return []
    if isinstance(events, str):
        events = [e for e in events.replace("，", ",").split(",") if e.strip()]
    out = []
    for e in events:
        eid = e.id if isinstance(e, ScoreEvent) else parse_int(str(e).strip().lstrip("#"), "评分记录编号", "events")
        if eid not in out:
            out.append(eid)
    return out


def record_appeal(actor: Actor, month, staff, events=None, reason: str = "", category: str = "other", *,
                  proposed_points: dict | None = None, received_at=None, late_reason: str | None = None) -> Appeal:
    """Record an agent's appeal against a published month.

    ``events``: the disputed event ids (none = the whole score);
    ``proposed_points``: event id -> the points the agent thinks right (signed);
    ``received_at``: local time the appeal was received (default now).
    After the deadline it is refused unless ``late_reason`` is given by a
    user allowed to accept late appeals (admin).
    """
    with change(actor, "record_appeal") as tx:
        month = month if isinstance(month, Month) else Month.parse(month)
        period = Period.get_or_none(Period.month == month.key)
        if period is None or period.status == "open":
            raise Conflict(f"{month.label_zh}还没有公示，不能申请复核。", field="month")
        if period.status == "closed":
            raise Conflict(f"{month.label_zh}已经结束，不能再申请复核。如确需更改，请管理员重新开放该月。",
                           field="month")
        staff = find_staff(staff)
        on_bulletin = MonthlyResult.select().where(
            (MonthlyResult.month == month.key) & (MonthlyResult.revision == period.revision)
            & (MonthlyResult.staff == staff)).exists()
        if not on_bulletin:
            raise ValidationError(f"{staff.name}（{staff.employee_no}）不在{month.label_zh}的公示名单中。", field="staff")
        reason = clean_text(reason, "申请理由", "reason", max_length=2000, required=True)
        category = choice(category or "other", CATEGORIES, "申请类别", "category")
        received = _parse_received(received_at)
        if received > clock.now_utc() + _dt.timedelta(minutes=1):
            raise ValidationError(f"收到时间 {fmt_local(received)} 晚于现在，请检查。", field="received_at")
        # the form keeps minutes: an appeal in the minute of publication is not "before" it
        if period.published_at and received < period.published_at.replace(second=0):
            raise ValidationError(
                f"收到时间 {fmt_local(received)} 早于公示时间 {fmt_local(period.published_at)}，请检查。",
                field="received_at")
        late = clean_text(late_reason, "逾期受理理由", "late_reason", max_length=500)
        is_late = period.appeal_deadline is not None and received > period.appeal_deadline
        if is_late:
            if not late:
                raise Conflict(
                    f"{month.label_zh}的复核申请已于 {fmt_local(period.appeal_deadline)} 截止，"
                    f"本申请 {fmt_local(received)} 收到，已逾期，不能受理。"
                    "如确有正当理由，可由管理员填写逾期受理理由后受理。", field="received_at")
            require(actor, "late_appeal")
        limit = settings_mod.load().appeal_limit_per_month
        if limit:
            used = Appeal.select().where((Appeal.month == month.key) & (Appeal.staff == staff)
                                         & (Appeal.status != "withdrawn")).count()
            if used >= limit:
                raise Conflict(f"{staff.name} 在{month.label_zh}已提出 {used} 份复核申请，"
                               f"达到每人每月 {limit} 份的上限（可在设置中修改）。", field="staff")
        ids = _event_ids(events)
        evs = [_disputable(find_event(eid), staff, month) for eid in ids]
        proposed = _clean_proposed(proposed_points or {}, evs)
        appeal = Appeal.create(
            month=month.key, staff=staff, whole_score=not evs, category=category, reason=reason,
            received_at=received, status="pending", late_reason=late if is_late else None,
            late_accepted_by=actor.username if is_late else None, recorded_by=actor.username,
            created_at=clock.now_utc())
        for ev in evs:
            AppealItem.create(appeal=appeal, event=ev, proposed_points=proposed.get(ev.id))
        tx.audit("record_appeal", "appeal", appeal.id, staff_id=staff.id, month=month.key,
                 after=appeal_record(appeal), reason=late if is_late else None)
        return appeal


def _disputable(ev: ScoreEvent, staff: Staff, month: Month) -> ScoreEvent:
    if ev.staff_id != staff.id or ev.month != month.key:
        raise ValidationError(f"评分记录 #{ev.id} 不是 {staff.name} 在{month.label_zh}的记录。", field="events")
    if ev.voided:
        raise ValidationError(f"评分记录 #{ev.id} 已经作废，不计入成绩，无需申请复核。", field="events")
    other = (AppealItem.select(AppealItem, Appeal).join(Appeal)
             .where((AppealItem.event == ev) & (Appeal.status == "pending")).first())
    if other is not None:
        raise Conflict(f"评分记录 #{ev.id} 已在复核申请 #{other.appeal_id} 中待处理。", field="events")
    return ev


def _clean_proposed(proposed: dict, evs: list[ScoreEvent]) -> dict[int, int]:
    by_id = {ev.id: ev for ev in evs}
    out = {}
    for key, value in proposed.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        eid = parse_int(key, "评分记录编号", "proposed_points")
        if eid not in by_id:
            raise ValidationError(f"建议分值填给了评分记录 #{eid}，但它不在本申请的复核项目中。", field="proposed_points")
        pts = parse_int(value, f"评分记录 #{eid} 的建议分值", "proposed_points", minimum=-MAX_POINTS, maximum=MAX_POINTS)
        if by_id[eid].kind == "deduction" and pts > 0:
            pts = -pts  # a deduction's points are written either way; stored signed
        if by_id[eid].kind == "bonus" and pts < 0:
            raise ValidationError(f"评分记录 #{eid} 是加分，建议分值不能为负。", field="proposed_points")
        out[eid] = pts
    return out


# ---------------------------------------------------------------- deciding

@dataclass(frozen=True)
class ItemDecision:
    """What to do with one disputed event: void it, change its points (and rule), or reject."""

    action: str  # void | change | reject
    points: int | None = None  # signed total after the change
    rule: str | None = None  # another rule code (wrong rule applied)


def parse_item_decision(value) -> ItemDecision:
    """"void" / "reject" / a number (new points) / {"points": n, "rule": "D04"} / ItemDecision."""
    if isinstance(value, ItemDecision):
        return value
    if isinstance(value, dict):
        rule = value.get("rule") or None
        pts = value.get("points")
        if pts is None and rule is None:
            raise ValidationError("更正内容为空：请填写新的分值或考核项目。", field="items")
        return ItemDecision("change", None if pts is None else parse_int(pts, "新分值", "items"), rule)
    if isinstance(value, bool):
        return ItemDecision("void" if value else "reject")
    if isinstance(value, int):
        return ItemDecision("void") if value == 0 else ItemDecision("change", value)
    text = str(value or "").strip().lower()
    if text in ("void", "作废", "撤销", "upheld", "uphold", "成立"):
        return ItemDecision("void")
    if text in ("reject", "rejected", "驳回", "不成立", "维持"):
        return ItemDecision("reject")
    try:
        return parse_item_decision(int(text))
    except ValueError:
        raise ValidationError(f"复核项目的处理“{value}”无效：应为 void（作废）、reject（维持）或新的分值。",
                              field="items") from None


def _outcome(value) -> str:
    text = str(value or "").strip().lower()
    text = _OUTCOME_ALIASES.get(text, text)
    return choice(text, OUTCOMES, "处理结果", "outcome")


def decide_appeal(actor: Actor, appeal_id: int, outcome: str, reason: str = "",
                  items: dict | None = None) -> Appeal:
    """Decide a pending appeal.

    ``outcome``: upheld | partly | rejected | withdrawn. ``items`` maps event
    ids to a decision (see ``parse_item_decision``). Upheld without items:
    each disputed event takes the agent's proposed points, or is voided when
    none were proposed. Partly: each listed event as decided, the others
    rejected; at least one must change. A whole-score appeal names the events
    to correct in ``items``. Rejected needs a reason. An upheld or partly
    upheld decision re-issues the published month as a new revision.
    """
    with change(actor, "decide_appeal") as tx:
        appeal = find_appeal(appeal_id)
        outcome = _outcome(outcome)
        if appeal.status != "pending":
            raise Conflict(f"复核申请 #{appeal.id} 已经处理（{zh_label(STATUS, appeal.status)}），不能再次处理。")
        required = outcome in ("rejected", "partly")
        reason = clean_text(reason, "处理理由", "reason", max_length=2000, required=required)
        month = Month.parse(appeal.month)
        period = Period.get_or_none(Period.month == month.key)
        before = _score(appeal.staff_id, month, period)
        status_before = appeal.status
        changed = []
        if outcome in ("upheld", "partly"):
            if period is None or period.status == "closed":
                raise Conflict(f"{month.label_zh}已经结束，不能再更正成绩。请管理员先重新开放该月。")
            plan = _plan(appeal, outcome, items)
            for item, decision in plan:
                if decision.action == "reject":
                    item.outcome = "rejected"
                else:
                    _apply(tx, appeal, item, decision, reason)
                    changed.append(item)
                item.save()
            if not changed:
                raise ValidationError("没有要更正的评分记录：请把至少一项判为成立，或选择“驳回”。", field="items")
            if period.status == "published":
                republish(tx, month, f"复核申请 #{appeal.id}（{appeal.staff.name}）{zh_label(STATUS, outcome)}")
                period = Period.get(Period.id == period.id)
        else:
            for item in AppealItem.select().where(AppealItem.appeal == appeal):
                item.outcome = "rejected" if outcome == "rejected" else None
                item.save()
        after = _score(appeal.staff_id, month, period)
        appeal.status = outcome
        appeal.decision_reason = reason
        appeal.decided_by = actor.username
        appeal.decided_at = clock.now_utc()
        appeal.revision_before, appeal.score_before, appeal.rank_before = before
        appeal.revision_after, appeal.score_after, appeal.rank_after = after
        appeal.save()
        tx.audit("decide_appeal", "appeal", appeal.id, staff_id=appeal.staff_id, month=month.key,
                 before={"status": status_before, "revision": before[0], "score": before[1], "rank": before[2]},
                 after={"status": outcome, "revision": after[0], "score": after[1], "rank": after[2],
                        "items": appeal_record(appeal)["items"]},
                 reason=reason or None)
    if appeal.revision_after != appeal.revision_before:
        anchoring.record("revise", month=month.key)  # after the commit, as publishing does
    return appeal


def withdraw_appeal(actor: Actor, appeal_id: int, reason: str = "") -> Appeal:
    """The agent takes the appeal back."""
    return decide_appeal(actor, appeal_id, "withdrawn", reason)


def _score(staff_id: int, month: Month, period: Period | None) -> tuple:
    """(revision, final score, rank) of the person in the month's latest snapshot."""
    if period is None or not period.revision:
        return (None, None, None)
    r = MonthlyResult.get_or_none((MonthlyResult.month == month.key) & (MonthlyResult.revision == period.revision)
                                  & (MonthlyResult.staff == staff_id))
    # An unranked person (role outside the ranked roles) has no rank: None, not the stored 0.
    return (period.revision, r.final if r else None, r.rank if r and r.ranked else None)


def _plan(appeal: Appeal, outcome: str, items: dict | None) -> list[tuple[AppealItem, ItemDecision]]:
    existing = {i.event_id: i for i in AppealItem.select().where(AppealItem.appeal == appeal)}
    decisions: dict[int, ItemDecision] = {}
    for key, value in (items or {}).items():
        eid = parse_int(key, "评分记录编号", "items")
        decisions[eid] = parse_item_decision(value)
    if outcome == "partly" and not decisions:
        raise ValidationError("部分成立时，请逐项写明每条评分记录的处理（作废、新分值或维持）。", field="items")
    plan = []
    for eid, item in existing.items():
        if eid in decisions:
            d = decisions.pop(eid)
        elif outcome == "upheld":
            d = (ItemDecision("change", item.proposed_points) if item.proposed_points
                 else ItemDecision("void"))
        else:
            d = ItemDecision("reject")
        if outcome == "upheld" and d.action == "reject":
            raise ValidationError(f"评分记录 #{eid} 判为维持，整份申请不能是“成立”：请选择“部分成立”。", field="items")
        plan.append((item, d))
    if decisions:  # events beyond those listed: allowed for a whole-score appeal only
        staff, month = appeal.staff, Month.parse(appeal.month)
        for eid, d in decisions.items():
            if not appeal.whole_score:
                raise ValidationError(f"评分记录 #{eid} 不在本申请的复核项目中。", field="items")
            ev = find_event(eid)
            if ev.staff_id != staff.id or ev.month != month.key:
                raise ValidationError(f"评分记录 #{ev.id} 不是 {staff.name} 在{month.label_zh}的记录。", field="items")
            plan.append((AppealItem.create(appeal=appeal, event=ev), d))
    if not plan:
        raise ValidationError("这是对整体成绩的复核申请：成立时请写明要更正的评分记录。", field="items")
    return plan


def _apply(tx: Tx, appeal: Appeal, item: AppealItem, d: ItemDecision, reason: str) -> None:
    ev = ScoreEvent.get(ScoreEvent.id == item.event_id)
    if ev.voided:
        raise Conflict(f"评分记录 #{ev.id} 已经作废，无法按复核申请更正。", field="items")
    why = f"复核申请 #{appeal.id} 成立" + (f"：{reason}" if reason else "")
    if d.action == "void" or (d.points == 0 and d.rule is None):
        void_in(tx, ev, why)
        item.outcome, item.new_points = "upheld", 0
        return
    rule = find_rule(d.rule) if d.rule else (ev.rule or find_rule(ev.rule_code))
    points = d.points if d.points is not None else (rule.default_points * (1 if rule.kind == "bonus" else -1))
    if rule.kind == "bonus" and points < 0:
        raise ValidationError(f"{rule.code} 是加分项，更正后的分值不能为负（填的是 {points}）。", field="items")
    magnitude = abs(points)
    if magnitude == 0:
        raise ValidationError(f"评分记录 #{ev.id} 更正为 0 分即作废，请选择“作废”。", field="items")
    if rule.id == ev.rule_id and (magnitude if rule.kind == "bonus" else -magnitude) == ev.points:
        raise ValidationError(f"评分记录 #{ev.id} 的更正与原记录相同（{ev.points} 分），请改为“维持”。", field="items")
    signed = magnitude if rule.kind == "bonus" else -magnitude
    if signed < ev.points:
        raise ValidationError(f"评分记录 #{ev.id} 原为 {ev.points} 分，复核成立只能改为对申请人更有利的分值"
                              f"（不能改为 {signed} 分）。", field="items")
    unit = abs(ev.unit_points)
    if rule.id == ev.rule_id and unit and magnitude % unit == 0 and magnitude // unit >= 1:
        per_unit, qty = unit, magnitude // unit
    else:
        per_unit, qty = magnitude, 1
    void_in(tx, ev, f"{why}（更正为 {rule.code} {-magnitude if rule.kind == 'deduction' else magnitude} 分）")
    note = f"复核申请 #{appeal.id} 更正记录 #{ev.id}（原 {ev.rule_code} {ev.points} 分）"
    new = insert_in(tx, ev.staff_id, rule, ev.date, per_unit, qty, ev.method, ev.reference, note,
                  ev.source, ev.id, check_lock=False, order_amount=ev.order_amount, gift_tier=ev.gift_tier)
    item.outcome, item.new_points, item.correction = "upheld", new.points, new


def pending_count(month: Month) -> int:
    """How many of the month's appeals wait for a decision (each one blocks closing the month)."""
    return Appeal.select().where((Appeal.month == month.key) & (Appeal.status == "pending")).count()


def close_guard(month: Month) -> str | None:
    """Why the month cannot close yet (appeals wait for a decision), or None."""
    n = pending_count(month)
    if n:
        return f"{month.label_zh}还有 {n} 份复核申请待处理，全部处理后才能结束本月。"
    return None


# ---------------------------------------------------------------- reading

def list_appeals(month: Month | None = None, status: str | None = None, staff=None) -> list[Appeal]:
    """Appeals with staff joined, newest first; filter by month, status and agent."""
    q = Appeal.select(Appeal, Staff).join(Staff).order_by(Appeal.received_at.desc(), Appeal.id.desc())
    if month is not None:
        q = q.where(Appeal.month == (month.key if isinstance(month, Month) else Month.parse(month).key))
    if status:
        q = q.where(Appeal.status == choice(status, STATUS, "状态", "status"))
    if staff is not None:
        q = q.where(Appeal.staff == find_staff(staff))
    return list(q)


def pending_count(month: Month) -> int:
    return Appeal.select().where((Appeal.month == month.key) & (Appeal.status == "pending")).count()


@dataclass(frozen=True)
class AppealItemRow:
    event_id: int
    date: _dt.date
    rule_code: str
    rule_name: str
    points: int  # as recorded
    proposed_points: int | None
    outcome: str | None  # upheld | rejected | None
    outcome_zh: str
    new_points: int | None

    @property
    def text(self) -> str:
        s = f"{self.date:%m-%d} {self.rule_code} {self.rule_name} {self.points:+d} 分"
        if self.outcome == "upheld":
            s += f" → {self.new_points:+d} 分（成立）" if self.new_points else " → 作废（成立）"
        elif self.outcome == "rejected":
            s += "（维持）"
        return s


@dataclass(frozen=True)
class AppealRow:
    """One appeal as the appeals list or a scorecard shows it."""

    id: int
    month: str
    staff_id: int
    employee_no: str
    name: str
    received_at: str  # local, formatted
    late: bool
    category: str
    category_zh: str
    whole_score: bool
    reason: str
    status: str
    status_zh: str
    decision_reason: str
    decided_at: str
    decided_by: str
    score_before: int | None
    score_after: int | None
    rank_before: int | None
    rank_after: int | None
    revision_after: int | None
    items: list = field(default_factory=list)  # AppealItemRow

    @property
    def summary(self) -> str:
        """One line for a scorecard."""
        what = "整体成绩" if self.whole_score and not self.items else "；".join(i.text for i in self.items)
        s = f"{self.received_at} 申请复核（{self.category_zh}）：{what}。结果：{self.status_zh}"
        if self.status in ("upheld", "partly") and self.score_before is not None:
            s += f"，得分 {self.score_before} → {self.score_after}"
        if self.decision_reason:
            s += f"。理由：{self.decision_reason}"
        return s


def _rows(appeals: list[Appeal]) -> list[AppealRow]:
    if not appeals:
        return []
    items: dict[int, list[AppealItemRow]] = {}
    q = (AppealItem.select(AppealItem, ScoreEvent).join(ScoreEvent, on=(AppealItem.event == ScoreEvent.id))
         .where(AppealItem.appeal.in_([a.id for a in appeals])).order_by(ScoreEvent.date, AppealItem.id))
    for i in q:
        ev = i.event
        items.setdefault(i.appeal_id, []).append(AppealItemRow(
            ev.id, ev.date, ev.rule_code, ev.rule_name, ev.points, i.proposed_points, i.outcome,
            zh_label(ITEM_OUTCOMES, i.outcome) if i.outcome else "", i.new_points))
    return [AppealRow(
        id=a.id, month=a.month, staff_id=a.staff_id, employee_no=a.staff.employee_no, name=a.staff.name,
        received_at=fmt_local(a.received_at), late=bool(a.late_reason), category=a.category,
        category_zh=zh_label(CATEGORIES, a.category), whole_score=a.whole_score, reason=a.reason, status=a.status,
        status_zh=zh_label(STATUS, a.status), decision_reason=a.decision_reason or "",
        decided_at=fmt_local(a.decided_at), decided_by=a.decided_by or "", score_before=a.score_before,
        score_after=a.score_after, rank_before=a.rank_before, rank_after=a.rank_after,
        revision_after=a.revision_after, items=items.get(a.id, []),
    ) for a in appeals]


def appeal_rows(month: Month | None = None, status: str | None = None, staff=None) -> list[AppealRow]:
    """The appeals list as plain rows."""
    return _rows(list_appeals(month, status, staff))


def appeals_for(staff_id: int, month: Month | str) -> list[AppealRow]:
    """The agent's appeals of the month, oldest first, for the scorecard."""
    m = month if isinstance(month, Month) else Month.parse(month)
    return list(reversed(_rows(list_appeals(m, staff=staff_id))))


# ---------------------------------------------------------------- self-check

@dataclass
class AppealReport:
    """The supervisor's self-check over a month or a year."""

    label: str
    received: int = 0
    late_accepted: int = 0
    by_status: dict = field(default_factory=dict)  # status -> count
    by_category: dict = field(default_factory=dict)  # category -> count
    overturned_rules: list = field(default_factory=list)  # [(code, name, count)], most first
    by_agent: list = field(default_factory=list)  # [(employee_no, name, count)], most first

    @property
    def decided(self) -> int:
        """Decided on the merits (withdrawn ones excluded)."""
        return sum(self.by_status.get(s, 0) for s in ("upheld", "partly", "rejected"))

    @property
    def upheld(self) -> int:
        return self.by_status.get("upheld", 0) + self.by_status.get("partly", 0)

    @property
    def upheld_rate(self) -> float | None:
        """Upheld or partly upheld among those decided on the merits, 0..1."""
        return self.upheld / self.decided if self.decided else None


def appeal_report(month: Month | None = None, year: int | None = None) -> AppealReport:
    """Appeals received, upheld rate and the rules most often overturned, for a month or a year."""
    if (month is None) == (year is None):
        raise ValidationError("请指定一个月份或一个年份。", field="month")
    if month is not None:
        keys, label = [month.key], month.label_zh
    else:
        keys, label = [Month(year, m).key for m in range(1, 13)], f"{year}年"
    report = AppealReport(label)
    appeals = list(Appeal.select(Appeal, Staff).join(Staff).where(Appeal.month.in_(keys)))
    report.received = len(appeals)
    report.late_accepted = sum(1 for a in appeals if a.late_reason)
    report.by_status = dict(Counter(a.status for a in appeals))
    report.by_category = dict(Counter(a.category for a in appeals))
    agents = Counter((a.staff.employee_no, a.staff.name) for a in appeals)
    report.by_agent = [(no, name, n) for (no, name), n in sorted(agents.items(), key=lambda kv: (-kv[1], kv[0]))]
    rules = Counter(
        (code, name) for code, name in
        AppealItem.select(ScoreEvent.rule_code, ScoreEvent.rule_name)
        .join(ScoreEvent, on=(AppealItem.event == ScoreEvent.id)).switch(AppealItem).join(Appeal)
        .where(Appeal.month.in_(keys) & (AppealItem.outcome == "upheld")).tuples())
    report.overturned_rules = [(c, n, k) for (c, n), k in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))]
    return report
