"""Fixtures for the printing tests: an office of 120 agents."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def big_office(db, admin):
    """120 agents with a few events each in September 2026, published."""
    from csperf_desktop.base import clock
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.office.staff import add_staff

    people = [add_staff(admin, employee_no=f"K{i:04d}", name=f"员工{i:03d}", role="agent", team=f"{i % 4 + 1}组",
                        hire_date="2020-01-01") for i in range(120)]
    for i, p in enumerate(people):
        for k in range(i % 4):
            add_event(admin, p, "B05" if k % 2 else "D05", dt.date(2026, 9, 1 + k), note="")
    publish_month(admin, Month(2026, 9))
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0, 0))
    return people


@pytest.fixture
def hard_office(db, admin):
    """12 agents with hard names (王𠀾, 刘䶮, 欧阳诸葛慕容司马, a long Latin name, two 王芳: one
    with 35 events, one with none) in September 2026, published; the clock at 2026-10-20."""
    from csperf_desktop.base import clock
    from report_pdf_helpers import build_hard_office

    office = build_hard_office(admin, 12)
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0, 0))
    return office


@pytest.fixture
def styles():
    """The reports' paragraph styles at 9.5 pt in the report's font (tables drawn outside a document)."""
    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.fonts import resolve_fonts

    fonts = resolve_fonts("")
    st.Table.default_font = fonts.regular
    return st.make_styles(fonts, 9.5)
