"""A month costs a fixed number of queries, whatever the number of people and events."""

from __future__ import annotations

import random

import pytest

from csperf_desktop.trust.auth import SYSTEM
from csperf_desktop.monthly.events import add_event, month_events
from csperf_desktop.store.models import database_proxy
from csperf_desktop.base.months import Month
from csperf_desktop.office.staff import add_staff
from csperf_desktop.monthly.standings import live_standings

OCT = Month(2026, 10)


class Counter:
    def __init__(self, db):
        self.db = db
        self.count = 0
        self._orig = db.execute_sql

    def __enter__(self):
        def counting(sql, params=None, *a, **kw):
            self.count += 1
            return self._orig(sql, params, *a, **kw)

        self.db.execute_sql = counting
        return self

    def __exit__(self, *exc):
        self.db.execute_sql = self._orig


def _office(people: int, events: int) -> None:
    rng = random.Random(people)
    db = database_proxy.obj
    with db.atomic():
        for i in range(people):
            add_staff(SYSTEM, employee_no=f"Q{i:03d}", name=f"人{i}", hire_date="2020-01-01")
        for _ in range(events):
            add_event(SYSTEM, f"Q{rng.randrange(people):03d}", rng.choice(["B01", "D04", "D07", "B05", "D12"]),
                      f"2026-{rng.choice([9, 10]):02d}-{rng.randint(1, 19):02d}", None)


def _count(fn) -> int:
    with Counter(database_proxy.obj) as c:
        fn()
    return c.count


@pytest.mark.parametrize("people,events", [(3, 10), (40, 600)])
def test_standings_use_a_fixed_number_of_queries(db, people, events):
    _office(people, events)
    n = _count(lambda: live_standings(OCT))
    assert n == EXPECTED_STANDINGS_QUERIES, n


@pytest.mark.parametrize("people,events", [(3, 10), (40, 600)])
def test_month_events_load_in_one_query(db, people, events):
    _office(people, events)
    rows = []
    n = _count(lambda: rows.extend((e.staff.name, e.points) for e in month_events(OCT)))
    assert n == 1 and len(rows) > 0


# settings; previous month: period, event sums, staff with sales; this month: event sums, staff with sales
EXPECTED_STANDINGS_QUERIES = 6
