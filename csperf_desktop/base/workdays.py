"""Working days in mainland China, and the appeal deadline they give.

Seed 000 lets an agent appeal "within 1 day" of publication. Counted in
calendar hours, a Friday publication would close on Saturday, when nobody is
at work; so by default the window is counted in working days: weekends and
China's public holidays are skipped and the official make-up working days
(调休, e.g. Saturday 2026-10-10) count. The supervisor can add the office's own
days off and working days, or go back to calendar hours (settings).

Public holidays come from the ``holidays`` library: it knows the State
Council's published schedule (holidays and make-up days) for each year up to
the newest one it ships, and computes the holidays of later years by rule
(lunar festivals included) without their make-up days. For such a year the
count is "weekends + rule-based holidays" until the library is updated or the
supervisor enters that year's days; ``schedule_published`` tells which case
applies. Nothing here raises for a year the library does not know.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from functools import lru_cache

from .errors import ValidationError
from .values import parse_date

_SEPARATORS = re.compile(r"[\s,，;；、]+")


def parse_dates(text: str, what: str = "日期", field: str | None = None) -> list[_dt.date]:
    """A list of dates typed as ``2026-10-09, 2026-12-31`` (any of , ， ; 、 or spaces between),
    each in a form ``values.parse_date`` accepts; sorted, repeats dropped."""
    out: list[_dt.date] = []
    for part in _SEPARATORS.split((text or "").strip()):
        if not part:
            continue
        try:
            day = parse_date(part, what, field)
        except ValidationError:
            raise ValidationError(f"{what}中的“{part}”不是日期，请写成 2026-10-09，多个日期用逗号隔开。",
                                  field=field) from None
        if day not in out:
            out.append(day)
    return sorted(out)


@lru_cache(maxsize=64)
def _official(year: int) -> tuple[frozenset, frozenset]:
    """(public holidays, make-up working days) of one year, from the holiday library."""
    try:
        from holidays.countries.china import China

        # a make-up day can sit in the year before its holiday (29 Dec 2001 for New Year 2002)
        calendar = China(years=(year - 1, year, year + 1), language="zh_CN")
    except (ImportError, OSError) as exc:  # a damaged install must not stop a publication
        logging.getLogger(__name__).warning("holiday library unavailable, counting weekends only: %s", exc)
        return frozenset(), frozenset()
    days_off = frozenset(d for d in calendar if d.year == year)
    working = frozenset(d for d in calendar.weekend_workdays if d.year == year)
    return days_off, working


def schedule_published(year: int) -> bool:
    """True when the library holds the official schedule of ``year`` (make-up days included).

    The State Council publishes each year's schedule in the previous November;
    every published year since 2001 has at least one make-up working day.
    """
    return bool(_official(year)[1])


class WorkCalendar:
    """Which days are working days: Monday-Friday, minus public holidays, plus make-up
    working days, then the supervisor's own extra days off and extra working days."""

    def __init__(self, extra_days_off=(), extra_working_days=()):
        self.extra_days_off = frozenset(extra_days_off)
        self.extra_working_days = frozenset(extra_working_days)

    def is_working_day(self, day: _dt.date) -> bool:
        if day in self.extra_days_off:
            return False
        if day in self.extra_working_days:
            return True
        days_off, make_up = _official(day.year)
        if day in make_up:
            return True
        return day.weekday() < 5 and day not in days_off

    def working_day_after(self, day: _dt.date, n: int) -> _dt.date:
        """The ``n``-th working day after ``day`` (``day`` itself not counted)."""
        found = 0
        for _ in range(3660):  # ten years of days off in a row would be a data error
            day += _dt.timedelta(days=1)
            if self.is_working_day(day):
                found += 1
                if found == n:
                    return day
        raise ValidationError("设置的休息日太多，找不到下一个工作日。请检查“额外休息日”。", field="appeal_extra_days_off")


def calendar_from_settings(s) -> WorkCalendar:
    return WorkCalendar(parse_dates(s.appeal_extra_days_off), parse_dates(s.appeal_extra_working_days))


def appeal_deadline(published_local: _dt.datetime, s) -> _dt.datetime:
    """The end of the appeal window for a month published at ``published_local`` (naive local time).

    Hours mode: publication + ``appeal_window_hours``. Working-days mode: the same
    time of day on the ``appeal_window_days``-th working day after the publication
    day (Friday 17:00 → Monday 17:00; before a three-day holiday → the same time on
    the first day back). Published on a day off, nobody has read the bulletin yet:
    the window then runs to the end (23:59:59) of that working day.
    """
    if s.appeal_window_unit == "hours":
        return published_local + _dt.timedelta(hours=s.appeal_window_hours)
    cal = calendar_from_settings(s)
    day = cal.working_day_after(published_local.date(), s.appeal_window_days)
    if cal.is_working_day(published_local.date()):
        return _dt.datetime.combine(day, published_local.time())
    return _dt.datetime.combine(day, _dt.time(23, 59, 59))


def appeal_deadline_utc(published_utc: _dt.datetime, s) -> _dt.datetime:
    """``appeal_deadline`` for a stored naive-UTC publication time; naive UTC back."""
    from .clock import from_local, to_local

    return from_local(appeal_deadline(to_local(published_utc), s))
