"""One place that tells the time, so tests can fix it.

Times are stored as naive UTC (``YYYY-MM-DD HH:MM:SS``); they are shown in the
PC's local time. Calendar dates of events are local dates.
"""

from __future__ import annotations

import datetime as _dt

_fixed: _dt.datetime | None = None


def now_utc() -> _dt.datetime:
    """The current time as naive UTC, whole seconds."""
    if _fixed is not None:
        return _fixed
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def today() -> _dt.date:
    """Today's local date (fixed clocks give the date of the fixed UTC time in local time)."""
    return to_local(now_utc()).date()


def to_local(utc_naive: _dt.datetime) -> _dt.datetime:
    """Convert a stored naive-UTC time to naive local time for display."""
    return utc_naive.replace(tzinfo=_dt.timezone.utc).astimezone().replace(tzinfo=None)


def from_local(local_naive: _dt.datetime) -> _dt.datetime:
    """Convert a naive local time (as a user typed it) to naive UTC for storage."""
    return local_naive.astimezone(_dt.timezone.utc).replace(tzinfo=None)


def set_fixed(moment: _dt.datetime | None) -> None:
    """Fix the clock at a naive-UTC moment (None releases it). For tests and demos."""
    global _fixed
    _fixed = moment.replace(microsecond=0) if moment is not None else None

