"""Checking and converting values people type or import, with messages that
name the field and say what is expected."""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata

from .errors import ValidationError

# year, month, day written with -, / or . between them, or as 2026年10月3日 (日 optional)
_DATE = r"(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)"
_DATE_RE = re.compile(rf"^\s*{_DATE}\s*$", re.ASCII)
_DATETIME_RE = re.compile(rf"^\s*{_DATE}(?:(?:\s+|T|日\s*)(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?)?\s*$", re.ASCII)


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
    text = unicodedata.normalize("NFKC", str(value))
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
    text = unicodedata.normalize("NFKC", str(value))
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


# A number as people type it: ASCII digits (full-width ones are read as ASCII), an optional sign and
# decimal point. Not accepted, although Python's int() and float() take them: "1_0" (read as 10),
# other scripts' digits ("٥٠" read as 50), "1e3", "inf", "nan".
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_EXPONENT_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_INT_TEXT = re.compile(r"[+-]?\d+", re.ASCII)


def number_text(text, *, exponent: bool = False) -> float | None:
    """The number written in ``text`` (full-width digits, sign and point read as ASCII, surrounding
    spaces ignored), or None when it is not written as a plain decimal number."""
    if not isinstance(text, str):
        return None
    t = unicodedata.normalize("NFKC", text).strip()
    if not (_EXPONENT_TEXT if exponent else _NUMBER_TEXT).fullmatch(t):
        return None
    number = float(t)
    return number if math.isfinite(number) else None


def parse_number(value, label: str, field: str | None = None, *, minimum: float | None = None,
                 maximum: float | None = None) -> float:
    """A number typed or given: an int or float, or text that ``number_text`` reads.

    Refused with a message naming ``label``: empty input, booleans, NaN and infinities, and text
    such as "1_0", "٥٠", "1e3" or "10分" that Python would read or half-read.
    """
    if isinstance(value, bool):
        raise ValidationError(f"{label}应为数字。", field=field)
    if isinstance(value, (int, float)):
        number = float(value)
        shown = value
    else:
        shown = "" if value is None else str(value).strip()
        if not shown:
            raise ValidationError(f"请填写{label}。", field=field)
        number = number_text(shown)
    if number is None or not math.isfinite(number):
        raise ValidationError(f"{label}“{shown}”不是数字：请只用 0–9、小数点和正负号，例如 92.5。", field=field)
    _check_range(number, label, field, minimum, maximum, shown)
    return number


def _check_range(number, label, field, minimum, maximum, shown) -> None:
    if minimum is not None and number < minimum or maximum is not None and number > maximum:
        if maximum is None:
            raise ValidationError(f"{label}不能小于 {minimum}（填的是 {shown}）。", field=field)
        if minimum is None:
            raise ValidationError(f"{label}不能大于 {maximum}（填的是 {shown}）。", field=field)
        raise ValidationError(f"{label}应在 {minimum} 到 {maximum} 之间（填的是 {shown}）。", field=field)


def parse_int(value, label: str, field: str | None = None, *, minimum: int | None = None,
              maximum: int | None = None) -> int:
    """A whole number: an int, a whole float, or text of ASCII (or full-width) digits with an optional sign."""
    if isinstance(value, bool):
        raise ValidationError(f"{label}应为整数。", field=field)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    else:
        t = unicodedata.normalize("NFKC", str(value)).strip() if isinstance(value, str) else None
        if t is None or not _INT_TEXT.fullmatch(t):
            raise ValidationError(f"{label}“{value}”不是整数：请只用 0–9 和正负号，例如 3。", field=field)
        number = int(t)
    _check_range(number, label, field, minimum, maximum, number)
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
