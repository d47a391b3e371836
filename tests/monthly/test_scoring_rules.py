"""The monthly rules of seed 000 §三, scenario by scenario, through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.errors import Conflict, NotFound, PeriodLocked, ValidationError
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.monthly.figures import save_figures
from csperf_desktop.store.models import ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.settings import update_settings
from csperf_desktop.monthly.standings import live_standings, standings

OCT = Month(2026, 10)
SEP = Month(2026, 9)


def by_no(rows):
    return {r.employee_no: r for r in rows}


def record(actor, no, code, day="2026-10-05", points=None, quantity=1):
    return add_event(actor, no, code, day, points, quantity)


def test_every_agent_starts_the_month_at_80(office):
    rows = by_no(live_standings(OCT))
    assert {r.final for r in rows.values()} == {80}
    assert all(r.base == 80 for r in rows.values())


def test_total_above_100_counts_as_100(office, supervisor):
    # 80 + 10 + 5 + 10 + 5 = 110 -> 100
    record(supervisor, "A01", "B07")
    record(supervisor, "A01", "B03")
    record(supervisor, "A01", "B07", "2026-10-06")
    record(supervisor, "A01", "B05")
    r = by_no(live_standings(OCT))["A01"]
    assert r.raw_total == 110
    assert r.final == 100


def test_exactly_100_stays_100(office, supervisor):
    record(supervisor, "A01", "B07")
    record(supervisor, "A01", "B07", "2026-10-06")
    assert by_no(live_standings(OCT))["A01"].final == 100


def test_score_never_below_floor_zero(office, supervisor):
    for day in range(1, 6):
        record(supervisor, "A02", "D12", f"2026-10-0{day}")
    r = by_no(live_standings(OCT))["A02"]
    assert r.raw_total == 80 - 100
    assert r.final == 0


def test_bonus_and_deduction_add_up(office, supervisor):
    record(supervisor, "A03", "B01", points=3)
    record(supervisor, "A03", "D04", points=2)
    record(supervisor, "A03", "D07")
    r = by_no(live_standings(OCT))["A03"]
    assert (r.bonus, r.deduction, r.final) == (3, 4, 79)


def test_quantity_multiplies_the_points(office, supervisor):
    ev = record(supervisor, "A01", "D07", quantity=3)
    assert ev.points == -6
    assert by_no(live_standings(OCT))["A01"].final == 74


def test_per_time_range_b01_is_1_to_5(office, supervisor):
    record(supervisor, "A01", "B01", points=5)
    with pytest.raises(ValidationError, match="1–5"):
        record(supervisor, "A01", "B01", points=6)
    with pytest.raises(ValidationError):
        record(supervisor, "A01", "B01", points=0)


def test_deduction_points_may_carry_a_minus_sign(office, supervisor):
    ev = record(supervisor, "A01", "D10", points=-8)
    assert ev.points == -8


def test_bonus_points_cannot_be_negative(office, supervisor):
    with pytest.raises(ValidationError, match="加分项"):
        record(supervisor, "A01", "B01", points=-2)


def test_default_points_come_from_the_rule(office, supervisor):
    assert record(supervisor, "A01", "B07").points == 10
    assert record(supervisor, "A01", "D12").points == -20


def test_monthly_rule_b06_at_most_once_a_month(office, supervisor):
    record(supervisor, "A01", "B06")
    with pytest.raises(Conflict, match="每月一次"):
        record(supervisor, "A01", "B06", "2026-10-09")
    with pytest.raises(ValidationError):
        record(supervisor, "A02", "B06", quantity=2)


def test_ties_share_a_rank_and_the_next_rank_skips(office, supervisor):
    record(supervisor, "A01", "B07")  # 90
    record(supervisor, "A02", "B03")  # 85
    record(supervisor, "A03", "B03")  # 85
    ranks = {no: r.rank for no, r in by_no(live_standings(OCT)).items()}
    assert ranks == {"A01": 1, "A02": 2, "A03": 2, "A04": 4, "A05": 4}


def test_award_goes_to_top_sales_among_those_ranked_first(office, supervisor):
    record(supervisor, "A01", "B07")
    record(supervisor, "A02", "B07")
    save_figures(supervisor, OCT, {"A01": {"sales_amount": 5000}, "A02": {"sales_amount": 9000}})
    rows = by_no(live_standings(OCT))
    assert rows["A02"].award and rows["A02"].award_amount == 300
    assert not rows["A01"].award


def test_single_first_place_wins_the_award_without_sales_data(office, supervisor):
    record(supervisor, "A04", "B03")
    rows = by_no(live_standings(OCT))
    assert [no for no, r in rows.items() if r.award] == ["A04"]


def test_unbreakable_tie_for_first_shares_the_award(office, supervisor):
    record(supervisor, "A01", "B03")
    record(supervisor, "A02", "B03")
    rows = by_no(live_standings(OCT))
    assert rows["A01"].award and rows["A02"].award
    assert rows["A01"].award_amount == 150


def test_award_mode_highest_score(office, supervisor):
    update_settings(supervisor, {"award_mode": "top_score", "award_amount": 500})
    record(supervisor, "A05", "B03")
    save_figures(supervisor, OCT, {"A01": {"sales_amount": 99999}})
    rows = by_no(live_standings(OCT))
    assert rows["A05"].award and rows["A05"].award_amount == 500
    assert not rows["A01"].award


def test_award_mode_top_sales_with_minimum_score(office, supervisor):
    update_settings(supervisor, {"award_mode": "top_sales_min_score", "award_min_score": 85})
    record(supervisor, "A01", "B07")  # 90
    record(supervisor, "A02", "B03")  # 85
    save_figures(supervisor, OCT, {"A01": {"sales_amount": 100}, "A02": {"sales_amount": 200},
                                   "A03": {"sales_amount": 900}})
    rows = by_no(live_standings(OCT))
    assert [no for no, r in rows.items() if r.award] == ["A02"]


def _last_place_in_september(supervisor, points_down):
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A05", "D12", "2026-09-10", )
    for i in range(points_down):
        record(supervisor, "A05", "D05", f"2026-09-{11 + i}")
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))


def test_last_twice_with_58_then_57_warns(office, supervisor):
    _last_place_in_september(supervisor, 1)  # 80 - 20 - 2 = 58
    record(supervisor, "A05", "D12")
    record(supervisor, "A05", "D05", "2026-10-07")
    record(supervisor, "A05", "B01", points=1)
    record(supervisor, "A05", "D05", "2026-10-08")  # 80 - 20 - 2 + 1 - 2 = 57
    assert by_no(live_standings(SEP))["A05"].final == 58
    r = by_no(live_standings(OCT))["A05"]
    assert r.final == 57 and r.warning


def test_last_twice_with_59_warns_exactly(office, supervisor):
    _last_place_in_september(supervisor, 1)  # 58
    record(supervisor, "A05", "D12")
    record(supervisor, "A05", "B01", points=1)  # 61
    record(supervisor, "A05", "D05", "2026-10-07")  # 59
    assert by_no(live_standings(OCT))["A05"].final == 59
    assert by_no(live_standings(OCT))["A05"].warning


def test_last_twice_but_61_gives_no_warning(office, supervisor):
    _last_place_in_september(supervisor, 1)
    record(supervisor, "A05", "D12")
    record(supervisor, "A05", "B01", points=1)  # 61
    r = by_no(live_standings(OCT))["A05"]
    assert r.final == 61 and r.rank == 5
    assert not r.warning


def test_exactly_60_is_not_below_60(office, supervisor):
    _last_place_in_september(supervisor, 1)
    record(supervisor, "A05", "D12")  # 60
    assert not by_no(live_standings(OCT))["A05"].warning


def test_below_60_but_not_last_last_month_gives_no_warning(office, supervisor):
    record(supervisor, "A05", "D12")
    record(supervisor, "A05", "D05")  # 58 in October; September had no events
    assert not by_no(live_standings(OCT))["A05"].warning


def test_tie_for_last_warns_everyone_tied(office, supervisor):
    _last_place_in_september(supervisor, 1)
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A04", "D12", "2026-09-10")
    record(supervisor, "A04", "D05", "2026-09-11")  # A04 and A05 tie for last at 58
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    for no in ("A04", "A05"):
        record(supervisor, no, "D12")
        record(supervisor, no, "D05")  # both 58 again
    rows = by_no(live_standings(OCT))
    assert rows["A04"].rank == rows["A05"].rank == 4
    assert rows["A04"].warning and rows["A05"].warning


def test_both_months_setting_requires_last_month_below_threshold(office, supervisor):
    update_settings(supervisor, {"warning_both_months": True})
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A05", "D11", "2026-09-10", points=3)  # 77, last but above 60
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    record(supervisor, "A05", "D12")
    record(supervisor, "A05", "D05")  # 58
    assert not by_no(live_standings(OCT))["A05"].warning
    update_settings(supervisor, {"warning_both_months": False})
    assert by_no(live_standings(OCT))["A05"].warning


def test_a_voided_deduction_restores_the_score(office, supervisor):
    ev = record(supervisor, "A01", "D10", points=10)
    assert by_no(live_standings(OCT))["A01"].final == 70
    void_event(supervisor, ev.id, "记错了人")
    assert by_no(live_standings(OCT))["A01"].final == 80


def test_void_needs_a_reason(office, supervisor):
    ev = record(supervisor, "A01", "D07")
    with pytest.raises(ValidationError, match="作废理由"):
        void_event(supervisor, ev.id, "  ")
    assert not ScoreEvent.get_by_id(ev.id).voided


def test_void_twice_is_refused(office, supervisor):
    ev = record(supervisor, "A01", "D07")
    void_event(supervisor, ev.id, "重复")
    with pytest.raises(Conflict):
        void_event(supervisor, ev.id, "再次")


def test_a_deduction_in_a_published_month_is_refused(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEP)
    with pytest.raises(PeriodLocked, match="2026年9月已公示"):
        record(supervisor, "A01", "D07", "2026-09-20")
    assert ScoreEvent.select().count() == 0


def test_voiding_in_a_published_month_is_refused(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    ev = record(supervisor, "A01", "D07", "2026-09-20")
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEP)
    with pytest.raises(PeriodLocked):
        void_event(supervisor, ev.id, "迟了")


def test_published_month_shows_the_snapshot_not_later_edits(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A01", "B03", "2026-09-20")
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEP)
    from csperf_desktop.office.rules import update_rule

    update_rule(supervisor, "B03", min_points=1, max_points=8, default_points=8)
    assert by_no(standings(SEP))["A01"].final == 85


def test_editing_a_rule_never_rewrites_recorded_points(office, supervisor):
    from csperf_desktop.office.rules import update_rule

    ev = record(supervisor, "A01", "D04", points=2)
    update_rule(supervisor, "D04", name="新名称", min_points=1, max_points=10, default_points=5)
    ev = ScoreEvent.get_by_id(ev.id)
    assert (ev.points, ev.rule_name) == (-2, "回复不准确或有错别字")
    assert by_no(live_standings(OCT))["A01"].final == 78


def test_change_against_last_month(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A01", "D05", "2026-09-20")
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    record(supervisor, "A01", "B03")
    assert by_no(live_standings(OCT))["A01"].change == 85 - 78


def test_area_subtotals(office, supervisor):
    record(supervisor, "A01", "D09")  # orders -5
    record(supervisor, "A01", "B04")  # after-sales +5
    record(supervisor, "A01", "D07")  # daily -2
    record(supervisor, "A01", "D04", points=1)  # general -1
    r = by_no(live_standings(OCT))["A01"]
    assert (r.area("orders"), r.area("after_sales"), r.area("daily"), r.area("general")) == (-5, 5, -2, -1)


def test_serious_rule_flags_the_person(office, supervisor):
    record(supervisor, "A02", "D12")
    rows = by_no(live_standings(OCT))
    assert rows["A02"].serious and not rows["A01"].serious


def test_base_and_cap_are_settings(office, supervisor):
    update_settings(supervisor, {"base_score": 70, "cap_score": 90})
    record(supervisor, "A01", "B07")
    record(supervisor, "A01", "B07", "2026-10-06")
    rows = by_no(live_standings(OCT))
    assert rows["A01"].final == 90 and rows["A02"].final == 70


def test_unknown_staff_and_rule_are_named(office, supervisor):
    with pytest.raises(NotFound, match="X99"):
        record(supervisor, "X99", "B01")
    with pytest.raises(NotFound, match="Z42"):
        record(supervisor, "A01", "Z42")


def test_future_date_is_refused(office, supervisor):
    with pytest.raises(ValidationError, match="晚于今天"):
        record(supervisor, "A01", "B01", "2026-10-25")


def test_event_before_hire_or_after_leave_is_refused(db, supervisor):
    from csperf_desktop.office.staff import add_staff, deactivate_staff

    add_staff(supervisor, employee_no="N1", name="新人", hire_date="2026-10-10")
    with pytest.raises(ValidationError, match="才入职"):
        record(supervisor, "N1", "B01", "2026-10-05")
    add_staff(supervisor, employee_no="L1", name="离职", hire_date="2020-01-01")
    deactivate_staff(supervisor, "L1", "2026-10-08")
    with pytest.raises(ValidationError, match="已于 2026-10-08 离职"):
        record(supervisor, "L1", "B01", "2026-10-09")
    record(supervisor, "L1", "B01", "2026-10-08")


def test_disabled_rule_cannot_be_used(office, supervisor):
    from csperf_desktop.office.rules import set_rule_active

    set_rule_active(supervisor, "D13", False)
    with pytest.raises(ValidationError, match="已停用"):
        record(supervisor, "A01", "D13")


def test_people_who_left_before_the_month_are_not_ranked(office, supervisor):
    from csperf_desktop.office.staff import deactivate_staff

    deactivate_staff(supervisor, "A05", "2026-09-15")
    assert "A05" not in by_no(live_standings(OCT))
    assert "A05" in by_no(live_standings(SEP))


def test_gift_tiers_from_settings(db):
    from csperf_desktop.office import settings

    s = settings.load()
    assert [s.gift_for(a) for a in (499, 500, 999, 1000, 1999.99, 2000, 50000)] == [None, "A", "A", "B", "B", "C", "C"]


def test_change_uses_a_reopened_last_month_as_it_is_now(office, supervisor, admin):
    from csperf_desktop.monthly.lifecycle import reopen_month

    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    record(supervisor, "A01", "D05", "2026-09-20")  # September: 78
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEP)
    reopen_month(admin, SEP, "考勤更正")
    record(supervisor, "A01", "B03", "2026-09-21")  # September now 83, its old snapshot says 78
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    assert by_no(live_standings(OCT))["A01"].change == 80 - 83
