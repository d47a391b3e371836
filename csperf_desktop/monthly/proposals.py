"""Automatic proposals: bonuses the data supports, offered for confirmation.

B02 (full marks in the exam), B06 (CSAT ≥ threshold) and B09 (full
attendance) can be derived from data. A *provider* looks at a month and
returns proposals; the supervisor confirms them; nothing is added silently.
Each proposal has a ``source`` key, so confirming it twice adds nothing; a
hand-entered event of the same person, rule and month settles it too (one
event, one proposal), and the supervisor may dismiss it with a reason.
Spot checks propose deductions the same way (method 随机抽查, with the
conversation's reference); a proposal carries its method and reference onto
the event.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter

from ..base import clock
from ..office import settings as settings_mod
from ..trust.auth import Actor
from .events import EventRefused, NewEvent, insert_many_in
from ..base.errors import Conflict, NotFound, ValidationError
from . import exams, spotchecks
from .proposal import Proposal
from ..store.models import ProposalDismissal, Rule, ScoreEvent, Staff
from ..base.months import Month
from .periods import ensure_open, is_open
from ..trust.service import change
from ..base.values import clean_text


def _proposal_date(month: Month) -> _dt.date:
    return min(month.last_day, clock.today())


def _figures_proposals(month: Month) -> list[Proposal]:
    from ..store.models import MonthlyFigures

    s = settings_mod.load()
    rules = {r.code: r for r in Rule.select().where(Rule.code.in_(["B06", "B09"]) & (Rule.active == True))}  # noqa: E712
    out = []
    rows = (MonthlyFigures.select(MonthlyFigures, Staff).join(Staff)
            .where(MonthlyFigures.month == month.key).order_by(Staff.employee_no))
    for f in rows:
        st = f.staff
        if "B06" in rules and f.csat_pct is not None and f.csat_pct >= s.csat_bonus_threshold:
            out.append(Proposal(st.id, st.employee_no, st.name, "B06", rules["B06"].default_points,
                                _proposal_date(month), f"客户满意度 {f.csat_pct:g}% ≥ {s.csat_bonus_threshold:g}%",
                                f"B06:{month.key}:{st.id}"))
        attendance = (f.late_count, f.early_leave_count, f.absence_days)
        if "B09" in rules and all(v is not None for v in attendance) and not any(attendance):
            out.append(Proposal(st.id, st.employee_no, st.name, "B09", rules["B09"].default_points,
                                _proposal_date(month), "本月无迟到、早退、缺勤", f"B09:{month.key}:{st.id}"))
    return out


# Providers: month -> proposals, in the order a hand-entered event settles them.
PROVIDERS = (_figures_proposals, exams.full_marks_proposals, spotchecks.deduction_proposals)

# What became of a proposal (``states``).
PENDING, RECORDED, ENTERED_BY_HAND, DISMISSED = "pending", "recorded", "entered_by_hand", "dismissed"


def all_proposals(month: Month) -> list[Proposal]:
    """Every proposal the month's data supports, settled or not."""
    return [p for provider in PROVIDERS for p in provider(month)]


def states(month: Month, found: list[Proposal] | None = None) -> dict[str, str]:
    """source -> PENDING / RECORDED / ENTERED_BY_HAND / DISMISSED for the month's proposals.

    A proposal is settled by a non-voided event carrying its source, or by a
    non-voided hand-entered event (no source) of the same person, rule and
    month; one hand-entered event settles one proposal, in the providers'
    order. A dismissed proposal (``ProposalDismissal``) is not pending.
    """
    found = all_proposals(month) if found is None else found
    if not found:
        return {}
    sources = [p.source for p in found]
    taken = {
        src for (src,) in ScoreEvent.select(ScoreEvent.source)
        .where(ScoreEvent.source.in_(sources) & (ScoreEvent.voided == False)).tuples()  # noqa: E712
    }
    dismissed = {src for (src,) in ProposalDismissal.select(ProposalDismissal.source)
                 .where(ProposalDismissal.source.in_(sources)).tuples()}
    by_hand = Counter(
        (staff_id, code) for staff_id, code in ScoreEvent.select(ScoreEvent.staff, ScoreEvent.rule_code)
        .where((ScoreEvent.month == month.key) & (ScoreEvent.voided == False)  # noqa: E712
               & (ScoreEvent.source.is_null() | (ScoreEvent.source == ""))
               & ScoreEvent.staff.in_({p.staff_id for p in found})
               & ScoreEvent.rule_code.in_({p.rule_code for p in found})).tuples()
    )
    out: dict[str, str] = {}
    for p in found:
        if p.source in taken:
            out[p.source] = RECORDED
        elif p.source in dismissed:
            out[p.source] = DISMISSED
    for p in found:
        if p.source in out:
            continue
        key = (p.staff_id, p.rule_code)
        if by_hand[key] > 0:
            by_hand[key] -= 1
            out[p.source] = ENTERED_BY_HAND
        else:
            out[p.source] = PENDING
    return out


def pending_proposals(month: Month) -> list[Proposal]:
    """Proposals of an open month still waiting for a decision: not recorded, not settled by a
    hand-entered event, not dismissed. A published or closed month has none (they come back if
    it is reopened)."""
    if not is_open(month):
        return []
    found = all_proposals(month)
    state = states(month, found)
    return [p for p in found if state.get(p.source) == PENDING]


def find(month: Month, sources) -> list[Proposal]:
    """The month's proposals with these ids (their ``source``), in the order given."""
    by_source = {p.source: p for p in all_proposals(month)}
    out = []
    for src in sources:
        p = by_source.get(str(src).strip())
        if p is None:
            raise NotFound(f"{month.label_zh}没有编号为“{src}”的建议。请用 proposals --month {month.key} 查看待处理的建议。",
                           field="proposal")
        out.append(p)
    return out


def signed_points(p: Proposal) -> int:
    """The proposal's points with their sign (deductions negative)."""
    rule = Rule.get_or_none(Rule.code == p.rule_code)
    return -p.points if rule is not None and rule.kind == "deduction" else p.points


def _pending_in_tx(month: Month, proposals: list[Proposal]) -> tuple[dict[str, str], set[str]]:
    state = states(month)
    return state, {p.source for p in proposals if state.get(p.source) == PENDING}


def confirm(actor: Actor, proposals: list[Proposal], month: Month) -> list[ScoreEvent]:
    """Record the given proposals as events, all or nothing.

    Re-checked inside the transaction: a proposal already recorded, settled by a
    hand-entered event or dismissed is skipped, so nothing is ever paid twice.
    """
    with change(actor, "record_event") as tx:
        ensure_open(month, "确认加分建议")
        _state, pending = _pending_in_tx(month, proposals)
        return _record(tx, proposals, pending)


def confirm_pending(actor: Actor, month: Month) -> list[ScoreEvent]:
    """Record every proposal of ``month`` still pending, all or nothing — ``confirm`` of
    ``pending_proposals(month)`` with the month's data read once, inside the transaction."""
    with change(actor, "record_event") as tx:
        ensure_open(month, "确认加分建议")
        found = all_proposals(month)
        state = states(month, found)
        proposals = [p for p in found if state.get(p.source) == PENDING]
        return _record(tx, proposals, {p.source for p in proposals})


def _record(tx, proposals: list[Proposal], pending: set[str]) -> list[ScoreEvent]:
    """The ``pending`` ones of ``proposals`` recorded as events (each once), in the order given."""
    items = []
    for p in proposals:
        if p.source not in pending:
            continue
        pending.discard(p.source)  # the same proposal listed twice is recorded once
        items.append(NewEvent(p.staff_id, p.rule_code, p.date, p.points, 1, p.method, p.reference,
                              f"系统建议：{p.reason}", source=p.source))
    try:
        ids = insert_many_in(tx, items)
    except EventRefused as exc:
        raise exc.error from None
    return list(ScoreEvent.select().where(ScoreEvent.id.in_(ids)).order_by(ScoreEvent.id)) if ids else []


def dismiss(actor: Actor, proposals: list[Proposal], month: Month, reason: str) -> list[ProposalDismissal]:
    """Decide not to record the given proposals, with a reason (required); all or nothing.

    Only pending proposals of the open month can be dismissed; each dismissal is
    stored and audited, and ``restore`` undoes it while the month is open. Like voiding,
    it is the supervisor's call (QA may record, not dismiss).
    """
    with change(actor, "void_event") as tx:
        reason = clean_text(reason, "不采纳这条建议的理由", "reason", max_length=500, required=True)
        ensure_open(month, "处理建议")
        if not proposals:
            raise ValidationError("请选择要驳回的建议。", field="proposal")
        state, pending = _pending_in_tx(month, proposals)
        now = clock.now_utc()
        out = []
        for p in proposals:
            if p.source not in pending:
                what = {RECORDED: "已经确认记分", ENTERED_BY_HAND: "已由手工记录的评分抵消",
                        DISMISSED: "已经驳回"}.get(state.get(p.source), f"不属于{month.label_zh}")
                raise Conflict(f"建议“{p.source}”（{p.name} {p.rule_code}）{what}，不能驳回。", field="proposal")
            pending.discard(p.source)
            row = ProposalDismissal.create(source=p.source, month=month.key, staff=p.staff_id,
                                           rule_code=p.rule_code, points=signed_points(p), reason=reason,
                                           dismissed_by=actor.username, dismissed_at=now)
            tx.audit("dismiss_proposal", "proposal_dismissal", row.id, staff_id=p.staff_id, month=month.key,
                     after=_dismissal_record(row, p), reason=reason)
            out.append(row)
        return out


def restore(actor: Actor, sources, month: Month) -> int:
    """Undo dismissals while the month is open: the proposals are pending again. Audited."""
    with change(actor, "void_event") as tx:
        ensure_open(month, "恢复建议")
        rows = []
        for src in sources:
            row = ProposalDismissal.get_or_none((ProposalDismissal.source == str(src).strip())
                                                & (ProposalDismissal.month == month.key))
            if row is None:
                raise NotFound(f"{month.label_zh}没有被驳回的建议“{src}”。", field="proposal")
            rows.append(row)
        for row in rows:
            tx.audit("restore_proposal", "proposal_dismissal", row.id, staff_id=row.staff_id, month=month.key,
                     before=_dismissal_record(row))
            row.delete_instance()
        return len(rows)


def dismissals(month: Month) -> list[ProposalDismissal]:
    return list(ProposalDismissal.select().where(ProposalDismissal.month == month.key)
                .order_by(ProposalDismissal.dismissed_at, ProposalDismissal.id))


def _dismissal_record(row: ProposalDismissal, p: Proposal | None = None) -> dict:
    rec = {"source": row.source, "staff": row.staff_id, "rule": row.rule_code, "points": row.points,
           "reason": row.reason, "dismissed_by": row.dismissed_by}
    if p is not None:
        rec["proposal"] = p.reason
    return rec


def pending_full_marks(month: Month) -> list[Proposal]:
    """The month's full-mark bonuses not yet confirmed."""
    return [p for p in pending_proposals(month) if p.source.startswith("exam_result:")]


def pending_deductions(month: Month) -> list[Proposal]:
    """The month's spot-check deductions not yet confirmed."""
    return [p for p in pending_proposals(month) if p.source.startswith(spotchecks.SOURCE_PREFIX)]
