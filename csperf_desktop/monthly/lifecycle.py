"""The month's lifecycle: publish (snapshot, lock, open the appeal window), close after the
window when no appeal is pending, reopen with a reason (admin).

Sits above every other step of the month: publishing asks ``month_end`` whether the month is
ready, closing asks ``appeals`` whether an appeal still waits.
"""

from __future__ import annotations

import logging

from . import appeals
from .month_end import publish_gate
from .periods import snapshot, snapshot_digest
from ..base import clock
from ..base.errors import Conflict, DatabaseError, ValidationError
from ..base.months import Month
from ..base.text import fmt_local
from ..base.values import clean_text
from ..base.vocab import PERIOD_STATUS, revision_label, zh
from ..base.workdays import appeal_deadline_utc
from ..office import anchoring
from ..office import settings as settings_mod
from ..store.models import Period, database_proxy
from ..trust.auth import Actor
from ..trust.service import change


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
        anyway, open_items = publish_gate(month, anyway)
        before = {"status": period.status, "revision": period.revision}
        rows = snapshot(tx, period, month, now)
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
                        "snapshot_digest": snapshot_digest(month.key, period.revision),
                        **({"open_items": open_items} if open_items else {})},
                 reason=anyway)
    # After the commit: the month is published whether or not the anchor line can be written.
    anchoring.record("publish", month=month.key)
    backup_after_publish()
    return period


def backup_after_publish() -> None:
    """A published month is a milestone worth a backup; a failed backup never undoes the publication."""
    db = database_proxy.obj
    if db is None or db.transaction_depth() > 0:
        return  # inside a larger transaction (demo build, import): the caller backs up
    try:
        settings_mod.automatic_backup(db, "publish")
    except (DatabaseError, OSError) as exc:
        logging.getLogger(__name__).warning("automatic backup after publishing failed: %s", exc)


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
        message = appeals.close_guard(month)
        if message:
            raise Conflict(message)
        period.status = "closed"
        period.closed_at = now
        period.closed_by = actor.username
        period.save()
        tx.audit("close_month", "period", period.id, month=month.key,
                 before={"status": "published"}, after={"status": "closed", "revision": period.revision})
    anchoring.record("close", month=month.key)
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
    anchoring.record("reopen", month=month.key)
    return period
