"""Everyday spot checks per grader: deductions proposed per check and fail rate per item."""

from __future__ import annotations

from csperf_desktop.base.months import Month
from csperf_desktop.insight.grader_consistency import grader_consistency, month_range
from csperf_desktop.monthly.spotchecks import record_spot_check, void_spot_check
from csperf_desktop.store.models import ChecklistItem


def item(text):
    return ChecklistItem.get(ChecklistItem.text == text).id


def test_deductions_per_check_and_item_fail_rates_per_grader(office, qa, supervisor):
    harsh, curt, busy, mood = (item("不使用生硬语言"), item("要热情"), item("工作忙闲一个样"), item("情绪好坏一个样"))
    record_spot_check(qa, "A01", "2026-09-10", checked_by="王芳", results={harsh: False, busy: False, mood: False})
    record_spot_check(qa, "A02", "2026-10-12", checked_by="王芳", results={curt: False})  # no linked rule
    record_spot_check(qa, "A03", "2026-10-13", checked_by="李强", results={})
    gone = record_spot_check(qa, "A04", "2026-10-14", checked_by="李强", results={harsh: False})
    void_spot_check(supervisor, gone.id, "录错了人")
    months = month_range(Month(2026, 10), 2)
    assert months == ["2026-09", "2026-10"]
    c = grader_consistency(months)
    by = {g.grader: g for g in c.graders}
    wang, li = by["王芳"], by["李强"]
    # D01 once, D13 once (two four-same items on one check propose it once)
    assert (wang.months["2026-09"].checks, wang.months["2026-09"].deductions) == (1, 2)
    assert (wang.months["2026-10"].checks, wang.months["2026-10"].deductions) == (1, 0)
    assert wang.total.per_check == 1.0
    assert (li.total.checks, li.total.deductions, li.months["2026-09"].per_check) == (1, 0, None)
    assert wang.items["不使用生硬语言"].fail_rate == 0.5 and li.items["不使用生硬语言"].failed == 0
    assert c.office.total.checks == 3 and c.office.total.deductions == 2
    assert c.items[0] == "要专业" and len(c.items) == 12
    assert {g["grader"]: g["deductions_per_check"] for g in c.as_json()["graders"]} == {"王芳": 1.0, "李强": 0.0}
