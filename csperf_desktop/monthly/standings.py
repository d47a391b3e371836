"""A month's standings from the database: live for an open month, the
published snapshot for a published or closed one.

Everything is computed with a fixed number of queries whatever the number of
people and events: one GROUP BY over the month's events and one for the
staff with their sales, the previous month's snapshot (or, when it has none,
the same two queries for it), and the settings. These run on every refresh of
the daily tab, so their SQL is built once per database and run as plain
cursor rows.
"""

from __future__ import annotations

from collections import namedtuple

import peewee as pw

from ..office import settings as settings_mod
from ..store.models import MonthlyFigures, MonthlyResult, Period, ScoreEvent, Staff
from ..base.months import Month
from .scoring import (PersonTotals, Previous, ScoringRules, Standing, compute_standings, last_place_ids,
                      standing_order)


_MONTH = "\x00month\x00"  # stands for the month key while a query's SQL is built once
_SQL_CACHE: dict = {}


def _run(name: str, build, key: str) -> list[tuple]:
    """Run the query ``build(month_key)`` for ``key``, its SQL built once per database type."""
    db = ScoreEvent._meta.database
    real = getattr(db, "obj", db)
    cached = _SQL_CACHE.get((name, type(real)))
    if cached is None:
        cached = _SQL_CACHE[(name, type(real))] = build(_MONTH).sql()
    sql, params = cached
    return db.execute_sql(sql, [key if p == _MONTH else p for p in params]).fetchall()


def _sums_query(key: str):
    return (
        ScoreEvent.select(ScoreEvent.staff, ScoreEvent.area, ScoreEvent.kind, ScoreEvent.serious,
                          pw.fn.SUM(ScoreEvent.points))
        .where((ScoreEvent.month == key) & (ScoreEvent.voided == False))  # noqa: E712
        .group_by(ScoreEvent.staff, ScoreEvent.area, ScoreEvent.kind, ScoreEvent.serious)
    )


def _staff_query(key: str):
    # Everyone, with the month's sales: the staff table is small, and one query with a join
    # beats filtering by a long id list in SQL.
    return (
        Staff.select(Staff.id, Staff.employee_no, Staff.name, Staff.team, Staff.role, Staff.hire_date,
                     Staff.leave_date, MonthlyFigures.sales_amount)
        .join(MonthlyFigures, pw.JOIN.LEFT_OUTER,
              on=(MonthlyFigures.staff == Staff.id) & (MonthlyFigures.month == key))
    )


def _snapshot_query(key: str):
    # The latest published snapshot of a month that is still published or closed (a reopened
    # month has none that counts).
    return (
        MonthlyResult.select(MonthlyResult.staff, MonthlyResult.final, MonthlyResult.rank, MonthlyResult.ranked)
        .join(Period, on=(Period.month == MonthlyResult.month) & (Period.revision == MonthlyResult.revision))
        .where((MonthlyResult.month == key) & (Period.status != "open"))
    )


def employed_in(month: Month):
    """Staff whose employment overlaps the month (peewee expression)."""
    return (
        ((Staff.hire_date.is_null()) | (Staff.hire_date <= month.last_day))
        & ((Staff.leave_date.is_null()) | (Staff.leave_date >= month.first_day))
    )


def month_totals(month: Month) -> list[PersonTotals]:
    """Each eligible person's sums over the month's non-voided events (2 queries)."""
    key = month.key
    by_staff: dict[int, list] = {}
    for staff_id, area, kind, serious, pts in _run("sums", _sums_query, key):
        by_staff.setdefault(staff_id, []).append((area, kind, int(pts or 0), bool(serious)))

    first, last = month.first_day.isoformat(), month.last_day.isoformat()
    staff_rows = []
    for sid, no, name, team, role, hire, leave, sales in _run("staff", _staff_query, key):
        hired = hire is None or str(hire)[:10] <= last
        stayed = leave is None or str(leave)[:10] >= first
        if (hired and stayed) or sid in by_staff:
            staff_rows.append((sid, no, name, team, role, sales))
    staff_rows.sort(key=lambda r: r[0])
    people = []
    for sid, no, name, team, role, sales in staff_rows:
        p = PersonTotals(sid, no, name, team or "", role, sales=None if sales is None else float(sales))
        for area, kind, pts, serious in by_staff.get(sid, []):
            if kind == "bonus":
                p.bonus += pts
            else:
                p.deduction += -pts
            p.areas[area] = p.areas.get(area, 0) + pts
            p.serious = p.serious or serious
        people.append(p)
    return people


def _previous(month: Month, rules: ScoringRules) -> dict[int, Previous]:
    prev = month.prev()
    snap = _run("snapshot", _snapshot_query, prev.key)
    if snap:
        # Only what the warning rule and the change column need, straight from the snapshot;
        # last place is among the people ranked that month (unranked rows store rank 0).
        ranks = [rank for _, _, rank, ranked in snap if ranked and rank]
        worst = max(ranks, default=None)
        many = len(ranks) >= 2
        return {sid: Previous(final, many and bool(ranked) and rank == worst)
                for sid, final, rank, ranked in snap}
    rows = compute_standings(month_totals(prev), rules)
    # A month with no events at all says nothing about last place.
    if all(r.bonus == 0 and r.deduction == 0 for r in rows):
        return {}
    last = last_place_ids(rows)
    return {r.staff_id: Previous(r.final, r.staff_id in last) for r in rows}


def live_standings(month: Month, rules: ScoringRules | None = None) -> list[Standing]:
    """Compute the month now from its events, whatever its status."""
    rules = rules or ScoringRules.from_settings(settings_mod.load())
    return compute_standings(month_totals(month), rules, _previous(month, rules))


def published_standings(month: Month, revision: int | None = None) -> list[Standing] | None:
    """The snapshot of a published month (latest revision by default), or None."""
    period = Period.get_or_none(Period.month == month.key)
    if period is None or period.revision == 0:
        return None
    rev = revision or period.revision
    # Plain rows, not a model object each (which cost more than the read itself)
    rows = (MonthlyResult.select(*[getattr(MonthlyResult, c) for c in SNAPSHOT_COLUMNS])
            .where((MonthlyResult.month == month.key) & (MonthlyResult.revision == rev)).tuples())
    return sorted((result_to_standing(SnapshotRow(*row)) for row in rows), key=standing_order)


def published_finals(months: list[Month]) -> dict[str, dict[int, int]]:
    """Each person's final score in each month of ``months`` that is published or closed, from
    its latest snapshot, by month key and staff id, in one query: all a trend line needs of the
    snapshots (``published_standings`` month by month built every row in full). A month not
    published is absent."""
    if not months:
        return {}
    rows = (MonthlyResult.select(MonthlyResult.month, MonthlyResult.staff, MonthlyResult.final)
            .join(Period, on=(MonthlyResult.period == Period.id))
            .where(MonthlyResult.month.in_([m.key for m in months]) & (MonthlyResult.revision == Period.revision)
                   & Period.status.in_(("published", "closed")) & (Period.revision > 0))
            .tuples())
    out: dict[str, dict[int, int]] = {}
    for key, staff_id, final in rows:
        out.setdefault(key, {})[staff_id] = final
    return out


# Every column of a snapshot row that a printout or the annual review reads.
SNAPSHOT_COLUMNS = ("staff", "employee_no", "name", "team", "role", "base", "bonus", "deduction", "area_orders",
                    "area_after_sales", "area_daily", "area_general", "raw_total", "final", "rank", "ranked_count",
                    "ranked", "change", "award", "award_amount", "warning", "serious", "sales")
# A snapshot row read as a tuple of ``SNAPSHOT_COLUMNS``, the person's id named as on the model:
# ``result_to_standing`` reads it as it reads a model row.
SnapshotRow = namedtuple("SnapshotRow", ["staff_id" if c == "staff" else c for c in SNAPSHOT_COLUMNS])


def result_to_standing(r: MonthlyResult | SnapshotRow) -> Standing:
    areas = {"orders": r.area_orders, "after_sales": r.area_after_sales, "daily": r.area_daily,
             "general": r.area_general}
    return Standing(
        staff_id=r.staff_id, employee_no=r.employee_no, name=r.name, team=r.team, role=r.role,
        base=r.base, bonus=r.bonus, deduction=r.deduction, areas={k: v for k, v in areas.items() if v},
        raw_total=r.raw_total, final=r.final, rank=r.rank if r.ranked else None,
        ranked=bool(r.ranked), ranked_count=r.ranked_count,
        change=r.change, award=r.award, award_amount=r.award_amount, warning=r.warning,
        serious=r.serious, sales=r.sales,
    )


def standings(month: Month) -> list[Standing]:
    """What the month shows: the published snapshot if any, else live."""
    period = Period.get_or_none(Period.month == month.key)
    if period is not None and period.status in ("published", "closed"):
        snap = published_standings(month)
        if snap is not None:
            return snap
    return live_standings(month)
