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

from ..base import clock
from ..office import settings as settings_mod
from ..base.errors import PeriodLocked
from ..store.models import MonthlyResult, Period
from ..base.months import Month
from .scoring import ScoringRules, Standing, standing_order
from ..trust.service import Tx
from .standings import SNAPSHOT_COLUMNS, live_standings
from ..base.vocab import PERIOD_STATUS, zh

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


# The snapshot digest covers every column of ``SNAPSHOT_COLUMNS`` (the short fingerprint above
# covers only the ones the bulletin prints).
_BOOLEAN = {"ranked", "award", "warning", "serious"}


def snapshot_digest(month_key: str, revision: int) -> str:
    """A digest of every column of one revision's snapshot as stored, recorded in the audit entry
    that made the revision, so that ``verify`` also sees a change to a column the fingerprint leaves out."""
    fields = [getattr(MonthlyResult, c) for c in SNAPSHOT_COLUMNS]
    q = (MonthlyResult.select(*fields)
         .where((MonthlyResult.month == month_key) & (MonthlyResult.revision == revision))
         .order_by(MonthlyResult.staff).tuples())
    return digest_rows(month_key, revision, q)


def digest_rows(month_key: str, revision: int, rows) -> str:
    """``snapshot_digest`` of rows given as tuples in ``SNAPSHOT_COLUMNS`` order, sorted by staff id."""
    norm = []
    for row in rows:
        norm.append([bool(v) if c in _BOOLEAN else (None if v is None else float(v) if c == "sales" else v)
                     for c, v in zip(SNAPSHOT_COLUMNS, row)])
    payload = json.dumps([month_key, revision, norm], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def snapshot(tx: Tx, period: Period, month: Month, now: _dt.datetime) -> list[Standing]:
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


def republish(tx: Tx, month: Month, reason: str) -> Period:
    """Snapshot a published month again as a new revision (after an upheld appeal).

    Called inside an appeal decision's transaction; the month stays published,
    the deadline is unchanged and the bulletin is marked for reprint.
    """
    period = Period.get(Period.month == month.key)
    if period.status != "published":
        raise PeriodLocked(f"{month.label_zh}不在公示期，不能修订。")
    before = {"revision": period.revision, "fingerprint": period.fingerprint}
    rows = snapshot(tx, period, month, clock.now_utc())
    period.needs_reprint = True
    period.save()
    tx.audit("revise_month", "period", period.id, month=month.key, before=before,
             after={"revision": period.revision, "people": len(rows), "fingerprint": period.fingerprint,
                    "snapshot_digest": snapshot_digest(month.key, period.revision)},
             reason=reason)
    return period
