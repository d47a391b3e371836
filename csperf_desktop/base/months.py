"""Months (periods) as values: parsing ``YYYY-MM``, stepping, bounds."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError

_MONTH_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$", re.ASCII)
# The months a command or a cell may name: their neighbours (the month after, the year's span)
# must exist too.
FIRST_YEAR, LAST_YEAR = 1901, 9998


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self):
        if not (1 <= self.month <= 12) or not (1900 <= self.year <= 9999):
            raise ValidationError(
                f"月份无效: {self.year}-{self.month}。请写成 YYYY-MM，例如 2026-10。", field="month"
            )

    @classmethod
    def parse(cls, text: str) -> "Month":
        """Accept 2026-10, 2026/10, 2026.10 or 2026年10月 (full-width digits too), 1901-01 to 9998-12."""
        written = str(text or "").strip()
        m = _MONTH_RE.match(unicodedata.normalize("NFKC", written))
        if not m:
            raise ValidationError(
                f"月份格式不对: “{written}”。请写成 YYYY-MM，例如 2026-10。", field="month"
            )
        year, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR):
            raise ValidationError(
                f"月份无效: “{written}”。月份应为 1–12，年份在 {FIRST_YEAR} 到 {LAST_YEAR} 之间；"
                "请写成 YYYY-MM，例如 2026-10。", field="month")
        return cls(year, month)

    @classmethod
    def of(cls, day: _dt.date) -> "Month":
        return cls(day.year, day.month)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.key

    @property
    def label_zh(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> _dt.date:
        return self.next().first_day - _dt.timedelta(days=1)

    def next(self) -> "Month":
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def prev(self) -> "Month":
        return Month(self.year - (self.month == 1), 12 if self.month == 1 else self.month - 1)

    def contains(self, day: _dt.date) -> bool:
        return self.year == day.year and self.month == day.month

    def add(self, n: int) -> "Month":
        idx = self.year * 12 + (self.month - 1) + n
        return Month(idx // 12, idx % 12 + 1)
