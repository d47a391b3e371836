"""The annual review's scales: indicator scoring bands, judged ratings, grades.

Pure arithmetic, no database. Every number on an indicator or a result is a
0–100 score; results are rounded to one decimal (half up) and graded on the
rounded value, so a printed 89.9 is 良好 and a printed 90.0 is 优秀.
"""

from __future__ import annotations

import math

from ..base.errors import ValidationError
from ..office.settings import parse_grade_bands, parse_rating_points  # noqa: F401  (checked where the settings are)

DIRECTIONS = {
    "higher": ("越高越好", "Higher is better"),
    "lower": ("越低越好", "Lower is better"),
    "band": ("区间最佳", "Best within a band"),
}

DEFAULT_GRADE_BANDS = "优秀:90,良好:80,合格:70,待改进:60,不合格:0"
DEFAULT_RATING_POINTS = "40,60,75,85,100"
RATING_COMMENT_REQUIRED = (1, 2, 5)


def r1(x: float | None) -> float | None:
    """Round to one decimal, half up (the same on every platform)."""
    if x is None:
        return None
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def _ramp(value: float, good: float, zero: float) -> float:
    """100 at ``good``, 0 at ``zero``, linear between, clamped to 0..100."""
    if zero == good:
        return 100.0 if value == good else 0.0
    share = (value - zero) / (good - zero)
    return max(0.0, min(100.0, 100.0 * share))


def band_score(value: float | None, direction: str, target: float, zero: float,
               target_high: float | None = None, zero_high: float | None = None) -> float | None:
    """A measured value as a 0–100 score against its target.

    - ``higher``: 100 at or above ``target``, 0 at or below ``zero`` (< target), linear between.
    - ``lower``: 100 at or below ``target``, 0 at or above ``zero`` (> target), linear between.
    - ``band``: 100 from ``target`` to ``target_high``; below, linear down to 0 at ``zero``;
      above, linear down to 0 at ``zero_high`` — too little and too much both lose points.
    """
    if value is None:
        return None
    if direction == "higher":
        return 100.0 if value >= target else _ramp(value, target, zero)
    if direction == "lower":
        return 100.0 if value <= target else _ramp(value, target, zero)
    if direction == "band":
        if value < target:
            return _ramp(value, target, zero)
        if value > target_high:
            return _ramp(value, target_high, zero_high)
        return 100.0
    raise ValidationError(f"评分方向“{direction}”无效，应为：越高越好、越低越好或区间最佳。", field="direction")


def rating_score(rating: int | None, points: tuple) -> float | None:
    if rating is None:
        return None
    return float(points[int(rating) - 1])


def grade_for(score: float | None, bands: list[tuple[str, float]]) -> str:
    """The grade of a (rounded) score: the first band whose minimum it reaches."""
    if score is None:
        return ""
    score = r1(score)
    for name, minimum in bands:
        if score >= minimum:
            return name
    return bands[-1][0]
