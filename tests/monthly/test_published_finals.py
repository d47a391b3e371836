"""A trend's scores read in one query are the published snapshots' finals, latest revision."""

from __future__ import annotations

from csperf_desktop.base import clock
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.standings import published_finals, published_standings
from csperf_desktop.store.models import Period


def test_published_finals_are_the_latest_snapshots_finals_and_leave_out_months_not_published(demo_db):
    now = Month.of(clock.today())
    months = [now.add(-i) for i in range(15, -1, -1)]
    finals = published_finals(months)
    published = {p.month for p in Period.select() if p.status in ("published", "closed")}
    revised = {p.month for p in Period.select() if p.revision > 1}
    assert revised & set(finals)  # the demo's upheld appeal: a second revision is read, not the first
    assert set(finals) == published & {m.key for m in months}
    assert now.key not in finals  # the running month
    for m in months:
        if m.key in finals:
            assert finals[m.key] == {r.staff_id: r.final for r in published_standings(m)}
    assert published_finals([]) == {}


def test_published_standings_read_as_rows_are_each_snapshot_row_in_full(demo_db):
    """``published_standings`` builds each standing from the snapshot's columns without a model
    object: field for field what ``result_to_standing`` makes of the stored row, for every
    revision of every published month of the demo (awards, warnings, unranked roles, a revision)."""
    from csperf_desktop.monthly.standings import result_to_standing, standing_order
    from csperf_desktop.store.models import MonthlyResult

    seen = 0
    for p in Period.select().where(Period.revision > 0):
        for rev in range(1, p.revision + 1):
            stored = sorted((result_to_standing(r) for r in MonthlyResult.select().where(
                (MonthlyResult.month == p.month) & (MonthlyResult.revision == rev))), key=standing_order)
            assert published_standings(Month.parse(p.month), rev) == stored
            seen += len(stored)
    rows = [s for p in Period.select().where(Period.revision > 0) for s in published_standings(Month.parse(p.month))]
    assert seen > 50 and any(s.award for s in rows) and any(not s.ranked for s in rows) and any(s.areas for s in rows)
