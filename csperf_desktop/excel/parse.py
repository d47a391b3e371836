"""Turning spreadsheet cells into values.

Each parser takes what the reader gives (number, text, date, time, None) and
returns a Python value or raises ``CellError`` saying what was expected. The
parsers are pure (no database), so a 10,000-row sheet is checked fast.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from ..base.errors import ValidationError
from ..base.months import Month
from ..base.values import number_text, parse_datetime as _core_parse_datetime


class CellError(ValueError):
    """A cell's value is not what the column needs; ``expected`` is shown to the user."""

    def __init__(self, expected: str):
        super().__init__(expected)
        self.expected = expected


_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 36526, 73051  # 2000-01-01 .. 2099-12-31 as Excel serial numbers


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip()


def parse_text(value, max_length: int = 2000) -> str:
    if type(value) is str and len(value) <= max_length and "\x00" not in value and "\r" not in value:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, str) and "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")  # Windows line ends, Excel's _x000D_
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed in a text column, e.g. an employee no. 1001
    if isinstance(value, _dt.datetime):
        value = value.date() if value.time() == _dt.time(0) else value
    text = str(value).replace("\x00", "").strip()
    if len(text) > max_length:
        raise CellError(f"最多 {max_length} 个字，现在 {len(text)} 个")
    return text


def parse_date(value) -> _dt.date | None:
    """An Excel date, a serial number, or text 2026-10-03 / 2026/10/3 / 2026年10月3日 / 2026.10.3."""
    if is_blank(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _SERIAL_MIN <= value <= _SERIAL_MAX and float(value).is_integer():
            return (_EXCEL_EPOCH + _dt.timedelta(days=int(value))).date()
        raise CellError("日期，如 2026-10-03")
    text = _text(value)
    try:
        return _core_parse_datetime(text, "日期").date()
    except ValidationError:
        raise CellError("日期，如 2026-10-03、2026/10/3 或 2026年10月3日") from None


def parse_month(value) -> Month | None:
    if is_blank(value):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return Month(value.year, value.month)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            day = parse_date(value)
            return Month(day.year, day.month)
        raise CellError("月份，如 2026-10 或 2026年10月")
    text = _text(value)
    try:
        return Month.parse(text)
    except ValidationError:
        pass
    try:
        day = parse_date(text)
    except CellError:
        raise CellError("月份，如 2026-10 或 2026年10月") from None
    return Month(day.year, day.month)


_INF = float("inf")


def parse_number(value, *, unit_words: tuple = ()) -> float | None:
    """A number, or text holding one (thousands separators, a unit such as 元 allowed)."""
    t = type(value)
    if t is int:
        return float(value)
    if t is float and value == value and value not in (_INF, -_INF):
        return value
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("数字")
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError("数字")
        return float(value)
    text = _text(value).replace(",", "").replace(" ", "")
    for w in ("元", "¥", "￥") + unit_words:
        text = text.replace(w, "")
    number = number_text(text, exponent=True)  # ASCII digits only: "1_0" and "٥٠" are not numbers
    if number is None:
        raise CellError("数字")
    return number


def parse_int(value) -> int | None:
    t = type(value)
    if t is int:
        return value
    if t is float and value.is_integer():
        return int(value)
    if is_blank(value):
        return None
    try:
        v = parse_number(value, unit_words=("次", "个", "单", "天"))
    except CellError:
        raise CellError("整数") from None
    if not v.is_integer():
        raise CellError("整数")
    return int(v)


def parse_percent(value) -> float | None:
    """0.93, 93 or "93%" all mean 93 (returned as percent points, 0–100).

    A number from 0 to 1 is read as a fraction (Excel stores a cell shown as
    93% as 0.93); above 1 it is already in percent.
    """
    t = type(value)
    if t is int or (t is float and value == value and value not in (_INF, -_INF)):
        v = float(value)
        return round(v * 100 if 0 <= v <= 1 else v, 6)
    if is_blank(value):
        return None
    if isinstance(value, str) and _text(value).endswith("%"):
        text = _text(value)[:-1]
        try:
            v = parse_number(text)
        except CellError:
            raise CellError("百分比，如 93%、93 或 0.93") from None
        return v
    try:
        v = parse_number(value)
    except CellError:
        raise CellError("百分比，如 93%、93 或 0.93") from None
    if 0 <= v <= 1:
        v = v * 100
    return round(v, 6)


_DURATION_RE = re.compile(r"^(?:(\d+):)?(\d+):(\d{1,2}(?:\.\d+)?)$", re.ASCII)


def parse_duration(value) -> float | None:
    """Seconds: a number of seconds, text "m:ss" (minutes:seconds) or "h:mm:ss", an Excel duration
    ([h]:mm:ss), or a time cell with seconds (h:mm:ss). A time cell without seconds ("0:35") is
    refused: it reads as hours:minutes or as minutes:seconds."""
    t = type(value)
    if t is int or (t is float and value == value and value not in (_INF, -_INF)):
        return float(value)
    if is_blank(value):
        return None
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, _dt.time):
        if not value.second and not value.microsecond:
            # A time cell shown as "h:mm" ("0:35" typed into a General cell, or the template's text
            # column turned into a time) reads two ways: 0 h 35 min or 0 min 35 s. The column is in
            # seconds; ask instead of guessing 60 times too much or too little.
            h, m = value.hour, value.minute
            raise CellError(
                f"秒数。Excel 把“{h}:{m:02d}”存成了时间（{h} 小时 {m} 分），也可能是指 {h} 分 {m} 秒，两种读法相差 60 倍。"
                f"请直接填秒数：{h} 分 {m} 秒填 {h * 60 + m}（秒），{h} 小时 {m} 分填 {(h * 60 + m) * 60}（秒）；"
                f"或把该列设为文本格式后写 {h}:{m:02d}（分:秒）")
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if isinstance(value, _dt.datetime):
        raise CellError("秒数（如 245）或 分:秒（如 4:05）")
    if isinstance(value, str):
        text = _text(value).replace("：", ":")
        for w in ("秒", "s", "S"):
            if text.endswith(w):
                text = text[: -len(w)].strip()
        m = _DURATION_RE.match(text)
        if m:
            hours = int(m.group(1) or 0)
            minutes, seconds = int(m.group(2)), float(m.group(3))
            if seconds >= 60 or (m.group(1) and minutes >= 60):
                raise CellError("秒数（如 245）或 分:秒（如 4:05），秒不能超过 59")
            return hours * 3600 + minutes * 60 + seconds
        value = text
    try:
        return parse_number(value)
    except CellError:
        raise CellError("秒数（如 245）或 分:秒（如 4:05）") from None


def parse_points(value) -> int | None:
    """Whole points, sign allowed (a deduction's sign is decided by the rule)."""
    if is_blank(value):
        return None
    try:
        v = parse_number(value, unit_words=("分",))
    except CellError:
        raise CellError("整数分值，如 2 或 -2") from None
    if not v.is_integer():
        raise CellError("整数分值，如 2 或 -2")
    return int(v)


def parse_choice(value, table: dict) -> str | None:
    """A code from a vocabulary table given as code, Chinese or English label (any case)."""
    if is_blank(value):
        return None
    text = _text(value)
    if text in table:
        return text
    low = text.lower()
    for code, labels in table.items():
        if low == code.lower() or any(low == lbl.lower() for lbl in labels):
            return code
    raise CellError("以下之一：" + "、".join(v[0] for v in table.values()))


def show(value) -> str:
    """A cell value as shown in a problem message."""
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != _dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, _dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
