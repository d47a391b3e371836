"""The appeal window counted in working days (seed 000: "within 1 day" of publication).

Real 2026 dates: National Day is 1-7 October (Sunday 20 September and
Saturday 10 October are make-up working days); 2027's schedule is not yet
published, so that year counts weekends and rule-based holidays only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.errors import ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.base.text import fmt_local
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.settings import SETTINGS, Settings, load, update_settings
from csperf_desktop.base.workdays import WorkCalendar, appeal_deadline, parse_dates, schedule_published


def defaults(**changes) -> Settings:
    values = {d.key: d.default for d in SETTINGS}
    values.update(changes)
    return Settings(values)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_the_window_is_one_working_day_by_default(db):
    s = load()
    assert (s.appeal_window_unit, s.appeal_window_days) == ("working_days", 1)


def test_a_friday_publication_stays_open_until_monday_at_the_same_time():
    assert appeal_deadline(at("2026-10-16 17:00"), defaults()) == at("2026-10-19 17:00")


def test_a_midweek_publication_closes_the_next_day():
    assert appeal_deadline(at("2026-10-20 10:00"), defaults()) == at("2026-10-21 10:00")


def test_a_publication_before_national_day_closes_after_the_holiday():
    # Wednesday 30 September; 1-7 October off: the first working day back is Thursday 8 October
    assert appeal_deadline(at("2026-09-30 17:00"), defaults()) == at("2026-10-08 17:00")


def test_the_make_up_saturday_after_national_day_counts_as_a_working_day():
    # Friday 9 October 2026 is an ordinary working day; Saturday 10 October is the 调休 make-up day
    assert appeal_deadline(at("2026-10-09 17:00"), defaults()) == at("2026-10-10 17:00")
    cal = WorkCalendar()
    assert cal.is_working_day(dt.date(2026, 10, 10)) and cal.is_working_day(dt.date(2026, 9, 20))
    assert not cal.is_working_day(dt.date(2026, 10, 7))  # a weekday inside the holiday


def test_a_publication_on_a_day_off_runs_to_the_end_of_the_next_working_day():
    # Saturday: nobody reads the bulletin before Monday
    assert appeal_deadline(at("2026-10-17 11:00"), defaults()) == at("2026-10-19 23:59:59")


def test_more_working_days_are_a_setting():
    assert appeal_deadline(at("2026-10-16 17:00"), defaults(appeal_window_days=3)) == at("2026-10-21 17:00")


def test_the_supervisors_extra_day_off_is_skipped():
    s = defaults(appeal_extra_days_off="2026-10-19")
    assert appeal_deadline(at("2026-10-16 17:00"), s) == at("2026-10-20 17:00")


def test_the_supervisors_extra_working_day_counts():
    s = defaults(appeal_extra_working_days="2026-10-17")
    assert appeal_deadline(at("2026-10-16 17:00"), s) == at("2026-10-17 17:00")


def test_hours_mode_counts_calendar_hours():
    s = defaults(appeal_window_unit="hours", appeal_window_hours=24)
    assert appeal_deadline(at("2026-10-16 17:00"), s) == at("2026-10-17 17:00")


def test_a_year_without_an_official_schedule_falls_back_to_weekends_and_rule_based_holidays():
    assert schedule_published(2026) and not schedule_published(2027)
    # no crash, and the rule still knows 2027's fixed and lunar holidays
    # New Year 2028 is a Saturday; the rule gives Monday 3 January off instead
    assert appeal_deadline(at("2027-12-31 10:00"), defaults()) == at("2028-01-04 10:00")
    assert appeal_deadline(at("2027-06-08 10:00"), defaults()) == at("2027-06-10 10:00")  # 端午 9 June
    assert appeal_deadline(at("2027-10-08 17:00"), defaults()) == at("2027-10-11 17:00")
    # the supervisor can enter the make-up days once the State Council publishes them
    s = defaults(appeal_extra_working_days="2027-10-09")
    assert appeal_deadline(at("2027-10-08 17:00"), s) == at("2027-10-09 17:00")


def test_new_year_across_the_year_end():
    assert appeal_deadline(at("2026-12-31 10:00"), defaults()) == at("2027-01-04 10:00")


def test_date_lists_accept_common_separators_and_refuse_nonsense():
    assert parse_dates("2026-10-19，2026/10/20; 2026-10-19 、2026.10.21") == [
        dt.date(2026, 10, 19), dt.date(2026, 10, 20), dt.date(2026, 10, 21)]
    assert parse_dates("  ") == []
    with pytest.raises(ValidationError, match="“10月19日”不是日期"):
        parse_dates("2026-10-18, 10月19日")


def test_date_settings_are_validated_and_audited(db, supervisor):
    with pytest.raises(ValidationError, match="额外休息日.*2026-13-01"):
        update_settings(supervisor, {"appeal_extra_days_off": "2026-13-01"})
    with pytest.raises(ValidationError, match="既是额外休息日又是额外工作日"):
        update_settings(supervisor, {"appeal_extra_days_off": "2026-10-19",
                                     "appeal_extra_working_days": "2026-10-19"})
    with pytest.raises(ValidationError, match="只能是"):
        update_settings(supervisor, {"appeal_window_unit": "weeks"})
    update_settings(supervisor, {"appeal_extra_days_off": "2026-10-19"})
    assert load().appeal_extra_days_off == "2026-10-19"


def test_publishing_on_a_friday_sets_a_monday_deadline(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 10, 16, 9, 0))  # Friday 17:00 in Shanghai
    p = publish_month(supervisor, Month(2026, 9))
    assert fmt_local(p.appeal_deadline) == "2026年10月19日 17:00"


def test_publishing_uses_the_supervisors_days_off(office, supervisor):
    update_settings(supervisor, {"appeal_extra_days_off": "2026-10-19, 2026-10-20"})
    clock.set_fixed(dt.datetime(2026, 10, 16, 9, 0))
    p = publish_month(supervisor, Month(2026, 9))
    assert fmt_local(p.appeal_deadline) == "2026年10月21日 17:00"



def test_without_the_holiday_library_weekends_still_count_and_nothing_crashes(monkeypatch):
    import sys

    from csperf_desktop.base import workdays

    workdays._official.cache_clear()
    monkeypatch.setitem(sys.modules, "holidays.countries.china", None)  # import fails
    try:
        # 30 September 2026: National Day unknown now, so Thursday 1 October is a working day
        assert appeal_deadline(at("2026-09-30 17:00"), defaults()) == at("2026-10-01 17:00")
        assert appeal_deadline(at("2026-10-16 17:00"), defaults()) == at("2026-10-19 17:00")
    finally:
        workdays._official.cache_clear()


def test_a_years_worth_of_extra_days_fits_in_the_setting(db, supervisor):
    days = ", ".join(f"2027-{m:02d}-{d:02d}" for m in range(1, 13) for d in (5, 19))  # 24 dates
    saved = update_settings(supervisor, {"appeal_extra_days_off": days})
    assert len(parse_dates(saved.appeal_extra_days_off)) == 24


def test_a_list_of_days_accepts_every_date_form_and_names_a_day_that_does_not_exist():
    assert parse_dates("2026/10/9；2026年12月31日 2026.10.9") == [dt.date(2026, 10, 9), dt.date(2026, 12, 31)]
    with pytest.raises(ValidationError, match="“2026-02-30”不是日期") as err:
        parse_dates("2026-10-09, 2026-02-30", "设置“额外休息日”", "appeal_extra_days_off")
    assert err.value.field == "appeal_extra_days_off"
