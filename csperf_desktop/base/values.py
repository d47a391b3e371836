"""Checking and converting values people type or import, with messages that
name the field and say what is expected."""

from __future__ import annotations

import datetime as _dt
import re

from .errors import ValidationError

# year, month, day written with -, / or . between them, or as 2026年10月3日 (日 optional)
_DATE = r"(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)"
_DATE_RE = re.compile(rf"^\s*{_DATE}\s*$")
_DATETIME_RE = re.compile(rf"^\s*{_DATE}(?:(?:\s+|T|日\s*)(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?)?\s*$")


def _date_of(groups) -> _dt.date:
    """The date in the groups of ``_DATE`` (ValueError when the day does not exist)."""
    year, *rest = groups[:9]
    month, day = [int(g) for g in rest if g is not None][:2]
    return _dt.date(int(year), month, day)


def parse_date(value, label: str, field: str | None = None, *, allow_none: bool = False) -> _dt.date | None:
    """A date from a date, a datetime or text: 2026-10-03, 2026/10/3, 2026.10.3,
    2026年10月3日 or 2026年10月3 (surrounding spaces ignored).

    Empty input is refused ("请填写…") unless ``allow_none``; text in another form or
    naming a day that does not exist (2026-02-30) is refused with a message naming ``label``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(f"请填写{label}。", field=field)
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value)
    m = _DATE_RE.match(text)
    if m:
        try:
            return _date_of(m.groups())
        except ValueError:
            pass
    raise ValidationError(f"{label}“{text.strip()}”不是有效日期，请写成 2026-10-03。", field=field)


def parse_datetime(value, label: str, field: str | None = None, *,
                   allow_none: bool = False) -> _dt.datetime | None:
    """A naive date-time from a datetime, a date (midnight) or text: any date form
    ``parse_date`` accepts, optionally followed by a time HH:MM or HH:MM:SS
    (after a space or T): 2026-10-21 09:30, 2026/10/21T09:30:15, 2026年10月21日 9:30.

    Microseconds are dropped. Empty input and impossible dates or times are refused
    like ``parse_date``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(f"请填写{label}。", field=field)
    if isinstance(value, _dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    text = str(value)
    m = _DATETIME_RE.match(text)
    if m:
        groups = m.groups()
        hour, minute, second = groups[9:12]
        try:
            day = _date_of(groups)
            return _dt.datetime(day.year, day.month, day.day, int(hour or 0), int(minute or 0), int(second or 0))
        except ValueError:
            pass
    raise ValidationError(f"{label}“{text.strip()}”不是有效的日期时间，请写成 2026-10-21 09:30。", field=field)


def parse_int(value, label: str, field: str | None = None, *, minimum: int | None = None,
              maximum: int | None = None) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{label}应为整数。", field=field)
    try:
        if isinstance(value, float):
            if not value.is_integer():
                raise ValueError
            number = int(value)
        else:
            number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(f"{label}“{value}”不是整数。", field=field) from None
    if minimum is not None and number < minimum or maximum is not None and number > maximum:
        if maximum is None:
            raise ValidationError(f"{label}不能小于 {minimum}（填的是 {number}）。", field=field)
        raise ValidationError(f"{label}应在 {minimum} 到 {maximum} 之间（填的是 {number}）。", field=field)
    return number


def clean_text(value, label: str, field: str | None = None, *, max_length: int, required: bool = False) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\x00", "").strip()
    if required and not text:
        raise ValidationError(f"请填写{label}。", field=field)
    if len(text) > max_length:
        raise ValidationError(f"{label}太长：最多 {max_length} 个字，现在 {len(text)} 个。", field=field)
    return text


def choice(value, table: dict, label: str, field: str | None = None) -> str:
    """A code from ``table``, given as the code or as its Chinese or English label."""
    text = "" if value is None else str(value).strip()
    if text in table:
        return text
    for code, labels in table.items():
        if text in labels or text.lower() in (lbl.lower() for lbl in labels):
            return code
    options = "、".join(v[0] for v in table.values())
    raise ValidationError(f"{label}“{text}”无效，应为：{options}。", field=field)


def known_fields(data: dict, fields) -> None:
    """Refuse a field name the service does not know (a typo in a caller, a stray column)."""
    unknown = set(data) - set(fields)
    if unknown:
        raise ValidationError(f"未知字段：{', '.join(sorted(unknown))}")
