"""Automatic proposals: bonuses the data supports, offered for confirmation.

B02 (full marks in the exam), B06 (CSAT ≥ threshold) and B09 (full
attendance) can be derived from data. A *provider* looks at a month and
returns proposals; the supervisor confirms them; nothing is added silently.
Each proposal has a ``source`` key, so confirming it twice adds nothing.
Spot checks propose deductions the same way (method 随机抽查, with the
conversation's reference); a proposal carries its method and reference onto
the event.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from . import clock, features
from . import settings as settings_mod
from .auth import Actor
from .events import _insert
from .models import Rule, ScoreEvent, Staff
from .months import Month
from .periods import ensure_open
from .service import change


@dataclass(frozen=True)
class Proposal:
    staff_id: int
    employee_no: str
    name: str
    rule_code: str
    points: int  # per-unit magnitude
    date: _dt.date
    reason: str
    source: str
    method: str = "scheduled"  # vocab.METHODS: how the evidence was found
    reference: str = ""  # order / ticket reference carried onto the event


def _proposal_date(month: Month) -> _dt.date:
    return min(month.last_day, clock.today())


def _figures_proposals(month: Month) -> list[Proposal]:
    from .models import MonthlyFigures

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


# Providers: month -> proposals. Other modules (exams) append theirs.
PROVIDERS = [_figures_proposals]


def pending_proposals(month: Month) -> list[Proposal]:
    """Proposals for the month not yet confirmed (voided confirmations count as not confirmed)."""
    features.load()  # the providers register themselves when their modules are imported
    found = [p for provider in PROVIDERS for p in provider(month)]
    if not found:
        return []
    taken = {
        src for (src,) in ScoreEvent.select(ScoreEvent.source)
        .where(ScoreEvent.source.in_([p.source for p in found]) & (ScoreEvent.voided == False)).tuples()  # noqa: E712
    }
    return [p for p in found if p.source not in taken]


def confirm(actor: Actor, proposals: list[Proposal], month: Month) -> list[ScoreEvent]:
    """Record the given proposals as events, all or nothing. Already-confirmed ones are skipped."""
    with change(actor, "record_event") as tx:
        ensure_open(month, "确认加分建议")
        out = []
        for p in proposals:
            if ScoreEvent.select().where((ScoreEvent.source == p.source) & (ScoreEvent.voided == False)).exists():  # noqa: E712
                continue
            out.append(_insert(tx, p.staff_id, p.rule_code, p.date, p.points, 1, p.method, p.reference,
                               f"系统建议：{p.reason}", p.source, None, check_lock=True))
        return out
