"""The annual review's scales: indicator scoring bands, judged ratings, grades.

Pure arithmetic, no database. Every number on an indicator or a result is a
0–100 score; results are rounded to one decimal (half up) and graded on the
rounded value, so a printed 89.9 is 良好 and a printed 90.0 is 优秀.
"""

from __future__ import annotations

import math

from ..errors import ValidationError

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


def parse_rating_points(text: str) -> tuple[float, float, float, float, float]:
    """``"40,60,75,85,100"`` → the points for ratings 1..5 (rising, each 0..100)."""
    parts = [p.strip() for p in str(text or "").replace("，", ",").split(",") if p.strip()]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        raise ValidationError(f"评分换算“{text}”无效：请写 5 个数字，用逗号分隔，例如 40,60,75,85,100。",
                              field="annual_rating_points") from None
    if len(values) != 5:
        raise ValidationError(f"评分换算应有 5 个数字（1 分到 5 分各一个），现在有 {len(values)} 个。",
                              field="annual_rating_points")
    if any(not 0 <= v <= 100 for v in values):
        raise ValidationError("评分换算的每个数字都应在 0 到 100 之间。", field="annual_rating_points")
    if any(b <= a for a, b in zip(values, values[1:])):
        raise ValidationError("评分换算应逐级升高：1 分对应的分数最低，5 分最高。", field="annual_rating_points")
    return values  # type: ignore[return-value]


def rating_score(rating: int | None, points: tuple) -> float | None:
    if rating is None:
        return None
    return float(points[int(rating) - 1])


def parse_grade_bands(text: str) -> list[tuple[str, float]]:
    """``"优秀:90,良好:80,合格:70,待改进:60,不合格:0"`` → [(name, minimum)], highest first.

    Names are unique, minimums strictly falling, the last one 0 (every score gets a grade).
    """
    bands = []
    for part in str(text or "").replace("，", ",").replace("：", ":").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, low = part.rpartition(":")
        name = name.strip()
        try:
            if not sep or not name:
                raise ValueError
            minimum = float(low)
        except ValueError:
            raise ValidationError(f"等级“{part}”写法不对：请写成 名称:最低分，例如 优秀:90。",
                                  field="annual_grade_bands") from None
        bands.append((name, minimum))
    if len(bands) < 2:
        raise ValidationError("等级至少要有两档，例如 合格:60,不合格:0。", field="annual_grade_bands")
    names = [n for n, _ in bands]
    if len(set(names)) != len(names):
        raise ValidationError("等级名称不能重复。", field="annual_grade_bands")
    if any(b[1] >= a[1] for a, b in zip(bands, bands[1:])):
        raise ValidationError("等级应从高到低排列，最低分逐档下降，例如 优秀:90,良好:80,……,不合格:0。",
                              field="annual_grade_bands")
    if bands[0][1] > 100:
        raise ValidationError("最高一档的最低分不能超过 100。", field="annual_grade_bands")
    if bands[-1][1] != 0:
        raise ValidationError(f"最后一档“{bands[-1][0]}”的最低分必须是 0，才能给每个分数一个等级。",
                              field="annual_grade_bands")
    return bands


def grade_for(score: float | None, bands: list[tuple[str, float]]) -> str:
    """The grade of a (rounded) score: the first band whose minimum it reaches."""
    if score is None:
        return ""
    score = r1(score)
    for name, minimum in bands:
        if score >= minimum:
            return name
    return bands[-1][0]
