"""Months as periods: open → published (locked, appeal window) → closed.

Publishing computes the month, snapshots every person's result as a new
revision, locks the month and sets the appeal deadline. Closing is refused
while the appeal window is open or an appeal is pending. Reopening needs the
admin role and a reason. Every step is audited.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json

from . import clock, features
from .clock import fmt_local
from . import settings as settings_mod
from .auth import Actor
from .errors import Conflict, PeriodLocked, ValidationError
from .models import MonthlyResult, Period
from .months import Month
from .scoring import ScoringRules, Standing, standing_order
from .service import Tx, change
from .standings import live_standings
from .values import clean_text
from .vocab import PERIOD_STATUS, revision_label, zh
from .workdays import appeal_deadline_utc

# Functions (month) -> message or None; a message blocks closing the month.
CLOSE_GUARDS: list = []


def get_period(month: Month) -> Period:
    """The month's period row; an unsaved open one when the month was never touched."""
    return Period.for_month(month.key)


def is_open(month: Month) -> bool:
    return get_period(month).status == "open"


def ensure_open(month: Month, what: str = "修改") -> None:
    p = get_period(month)
    if p.status != "open":
        raise PeriodLocked(
            f"{month.label_zh}{zh(PERIOD_STATUS, p.status)}，不能再{what}。"
            "如确需更改，请通过复核申请处理，或由管理员重新开放该月。"
        )


def fingerprint(rows: list[Standing], month: Month, revision: int) -> str:
    """A short digest of a published snapshot, printed on paper to check it later.

    Rows are taken in ``standing_order`` (the unranked, rank None, last) whatever order
    they come in, so publishing and ``verify`` digest the same sequence."""
    payload = [month.key, revision] + [
        [r.employee_no, r.final, r.rank, r.bonus, r.deduction, r.award_amount, r.warning]
        for r in sorted(rows, key=standing_order)
    ]
    digest = hashlib.sha256(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    return digest[:12].upper()


def _snapshot(tx: Tx, period: Period, month: Month, now: _dt.datetime) -> list[Standing]:
    rules = ScoringRules.from_settings(settings_mod.load())
    rows = live_standings(month, rules)
    period.revision += 1
    MonthlyResult.insert_many([
        dict(period=period.id, month=month.key, revision=period.revision, staff=r.staff_id,
             employee_no=r.employee_no, name=r.name, team=r.team, role=r.role, base=r.base,
             bonus=r.bonus, deduction=r.deduction, area_orders=r.area("orders"),
             area_after_sales=r.area("after_sales"), area_daily=r.area("daily"),
             area_general=r.area("general"), raw_total=r.raw_total, final=r.final, rank=r.rank or 0,
             ranked=r.ranked, ranked_count=r.ranked_count, change=r.change, award=r.award, award_amount=r.award_amount,
             warning=r.warning, serious=r.serious, sales=r.sales, created_at=now)
        for r in rows
    ]).execute() if rows else None
    period.fingerprint = fingerprint(rows, month, period.revision)
    return rows


def publish_month(actor: Actor, month: Month, *, anyway: str | None = None) -> Period:
    """Compute and snapshot the month, lock it, open the appeal window.

    Refused for a month already published or closed, or one that has not begun;
    refused while a proposal is pending, and without ``anyway`` (a reason, kept in
    the audit entry with the open items) while the month-end checklist has other
    open items (``month_end``).
    """
    with change(actor, "publish") as tx:
        now = clock.now_utc()
        if month.first_day > clock.today():
            raise ValidationError(f"{month.label_zh}还没有开始，不能公示。", field="month")
        period = Period.get_or_none(Period.month == month.key)
        if period is None:
            period = Period.create(month=month.key, status="open", revision=0)
        if period.status != "open":
            raise Conflict(f"{month.label_zh}{zh(PERIOD_STATUS, period.status)}（{revision_label(period.revision)}），"
                           "不能再次公示。")
        from .month_end import publish_gate

        anyway, open_items = publish_gate(month, anyway)
        before = {"status": period.status, "revision": period.revision}
        rows = _snapshot(tx, period, month, now)
        period.status = "published"
        period.published_at = now
        period.published_by = actor.username
        period.appeal_deadline = appeal_deadline_utc(now, settings_mod.load())
        period.closed_at = None
        period.closed_by = None
        period.needs_reprint = False
        period.save()
        tx.audit("publish_month", "period", period.id, month=month.key, before=before,
                 after={"status": "published", "revision": period.revision, "people": len(rows),
                        "appeal_deadline": period.appeal_deadline, "fingerprint": period.fingerprint,
                        **({"open_items": open_items} if open_items else {})},
                 reason=anyway)
    _backup_after_publish()
    return period


def _backup_after_publish() -> None:
    """A published month is a milestone worth a backup; a failed backup never undoes the publication."""
    import logging

    from .backup import automatic_backup
    from .errors import DatabaseError
    from .models import database_proxy

    db = database_proxy.obj
    if db is None or db.transaction_depth() > 0:
        return  # inside a larger transaction (demo build, import): the caller backs up
    try:
        automatic_backup(db, "publish")
    except (DatabaseError, OSError) as exc:
        logging.getLogger(__name__).warning("automatic backup after publishing failed: %s", exc)


def republish(tx: Tx, month: Month, reason: str) -> Period:
    """Snapshot a published month again as a new revision (after an upheld appeal).

    Called inside an appeal decision's transaction; the month stays published,
    the deadline is unchanged and the bulletin is marked for reprint.
    """
    period = Period.get(Period.month == month.key)
    if period.status != "published":
        raise PeriodLocked(f"{month.label_zh}不在公示期，不能修订。")
    before = {"revision": period.revision, "fingerprint": period.fingerprint}
    rows = _snapshot(tx, period, month, clock.now_utc())
    period.needs_reprint = True
    period.save()
    tx.audit("revise_month", "period", period.id, month=month.key, before=before,
             after={"revision": period.revision, "people": len(rows), "fingerprint": period.fingerprint},
             reason=reason)
    return period


def close_month(actor: Actor, month: Month) -> Period:
    """Make a published month final. Refused before the appeal deadline or while an appeal is pending."""
    with change(actor, "close") as tx:
        period = Period.get_or_none(Period.month == month.key)
        if period is None or period.status == "open":
            raise Conflict(f"{month.label_zh}还没有公示，不能结束。请先公示。")
        if period.status == "closed":
            raise Conflict(f"{month.label_zh}已经结束。")
        now = clock.now_utc()
        if period.appeal_deadline and now < period.appeal_deadline:
            raise Conflict(
                f"{month.label_zh}的复核申请期到 {fmt_local(period.appeal_deadline)} 才结束，"
                "期满后才能结束本月。"
            )
        features.load()  # the guards register themselves when their modules are imported
        for guard in CLOSE_GUARDS:
            message = guard(month)
            if message:
                raise Conflict(message)
        period.status = "closed"
        period.closed_at = now
        period.closed_by = actor.username
        period.save()
        tx.audit("close_month", "period", period.id, month=month.key,
                 before={"status": "published"}, after={"status": "closed", "revision": period.revision})
        return period


def reopen_month(actor: Actor, month: Month, reason: str) -> Period:
    """Unlock a published or closed month for changes (admin only, reason required).

    Earlier snapshots are kept; publishing again makes a new revision.
    """
    with change(actor, "reopen") as tx:
        reason = clean_text(reason, "重新开放的理由", "reason", max_length=500, required=True)
        period = Period.get_or_none(Period.month == month.key)
        if period is None or period.status == "open":
            raise Conflict(f"{month.label_zh}本来就是开放的。")
        before = {"status": period.status, "revision": period.revision}
        period.status = "open"
        period.appeal_deadline = None
        period.needs_reprint = False
        period.save()
        tx.audit("reopen_month", "period", period.id, month=month.key, before=before,
                 after={"status": "open", "revision": period.revision}, reason=reason)
        return period
