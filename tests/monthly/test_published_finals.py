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
