"""How numbers and times read, in one place for the core, the PDFs and the window.

Pure functions, no database and no Qt.
"""

from __future__ import annotations

import datetime as _dt
import re

from .clock import to_local

MINUS = "\u2212"  # the one minus sign every signed number uses (−3, not -3)


def fmt_local(utc: _dt.datetime | None) -> str:
    """A UTC moment as the office reads it: 2026年10月3日 17:30."""
    if utc is None:
        return ""
    local = to_local(utc)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def local_minutes(utc: _dt.datetime | None) -> str:
    """A UTC moment in local time, ISO-like: 2026-10-03 17:30."""
    if utc is None:
        return ""
    return f"{to_local(utc):%Y-%m-%d %H:%M}"


def local_naive(utc: _dt.datetime | None) -> _dt.datetime | None:
    """A UTC moment as a naive local datetime to the second (for spreadsheet cells)."""
    if utc is None:
        return None
    return to_local(utc).replace(tzinfo=None, microsecond=0)


def signed(n: int | None, minus: str = MINUS) -> str:
    """+3, −2, 0; empty for None: every signed number of the window and the printed papers.

    The minus sign is U+2212 on screen and on paper (``reports.style.minus_sign`` passes the
    hyphen-minus only for a printing font that has no U+2212, which the glyph check finds out)."""
    if n is None:
        return ""
    return f"+{n}" if n > 0 else (f"{minus}{-n}" if n < 0 else "0")


def pct_text(v: float | None) -> str:
    """A percentage given in percent: 93.5 → "93.5%"; empty for None."""
    return "" if v is None else f"{v:.1f}%"


def ratio_pct(x: float | None) -> str:
    """A share given as a ratio: 0.25 → "25%"; "—" for None."""
    return "—" if x is None else f"{100 * x:.0f}%"


def seconds_text(s: float | None) -> str:
    """A duration: 45秒, 3分05秒, 1小时02分; empty for None."""
    if s is None:
        return ""
    s = int(round(s))
    if s < 60:
        return f"{s}秒"
    m, sec = divmod(s, 60)
    if m < 60:
        return f"{m}分{sec:02d}秒"
    h, m = divmod(m, 60)
    return f"{h}小时{m:02d}分"


def number_text(v, digits: int = 1) -> str:
    """A figure as shown in tables and printouts: — when there is none, a fraction to ``digits``
    places, a whole number as it is."""
    if v is None:
        return "—"
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def zh_label(table: dict, code) -> str:
    """The Chinese label of a code in a vocabulary table of (zh, en) pairs; the code itself when unknown."""
    value = table.get(code, code)
    return value[0] if isinstance(value, (tuple, list)) else str(value or "")


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER_RUN = re.compile(r"\d+|[零〇一二两三四五六七八九十百]+")


def _cn_number(run: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105 (the numerals team names use)."""
    total, current = 0, 0
    for ch in run:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _CN_DIGITS[ch]
    return total + current


def natural_key(name: str) -> tuple:
    """Order names with numbers in them as people count: 一组, 二组, 三组, 十组 and 2组 before 10组
    (code-point order puts 一组 after 三组 and 二组, and 10组 before 2组)."""
    key, pos = [], 0
    for m in _NUMBER_RUN.finditer(name or ""):
        key += [(0, name[pos:m.start()]), (1, int(m.group()) if m.group().isdigit() else _cn_number(m.group()))]
        pos = m.end()
    key.append((0, (name or "")[pos:]))
    return tuple(key)
