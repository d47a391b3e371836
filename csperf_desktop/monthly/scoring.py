"""The monthly arithmetic, as pure functions (no database, no I/O).

A month's standings: each person's score is ``base + bonuses − deductions``
over the month's non-voided events, clamped to ``[floor, cap]`` (seed 000
§三(一).4: above 100 counts as 100; we also floor at 0). Ranks use
*competition ranking*: equal scores share a rank and the next rank skips
(1, 2, 2, 4). Only the roles in ``ScoringRules.ranked_roles`` are ranked
(setting ``ranked_roles``, agents by default, as seed 000 scores the
customer-service agents): the others keep their score, bonus, deduction and
change but have no rank, no award, no warning and are never last place. The
excellence award and the warning flag follow the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..office.settings import parse_ranked_roles
from ..base.vocab import AREA_ORDER


@dataclass(frozen=True)
class ScoringRules:
    base: int = 80
    cap: int = 100
    floor: int = 0
    award_mode: str = "first_rank_top_sales"
    award_amount: int = 300
    award_min_score: int = 90
    award_tie: str = "share"  # share: split the amount; each: full amount to each
    warning_threshold: int = 60
    warning_both_months: bool = False
    ranked_roles: tuple = ("agent",)

    @classmethod
    def from_settings(cls, s) -> "ScoringRules":
        return cls(
            base=s.base_score, cap=s.cap_score, floor=s.floor_score, award_mode=s.award_mode,
            award_amount=s.award_amount, award_min_score=s.award_min_score, award_tie=s.award_tie,
            warning_threshold=s.warning_threshold, warning_both_months=s.warning_both_months,
            ranked_roles=parse_ranked_roles(getattr(s, "ranked_roles", "agent")),
        )

    def ranks(self, role: str) -> bool:
        """Whether people of ``role`` are ranked (and can take the award or the warning)."""
        return role in self.ranked_roles


@dataclass
class PersonTotals:
    """One person's sums over a month's non-voided events."""

    staff_id: int
    employee_no: str
    name: str
    team: str = ""
    role: str = "agent"
    bonus: int = 0  # sum of positive points
    deduction: int = 0  # sum of deductions, as a magnitude (>= 0)
    areas: dict = field(default_factory=dict)  # area -> net points
    serious: bool = False
    sales: float | None = None


@dataclass(frozen=True)
class Previous:
    """What the warning rule and the change column need from last month."""

    final: int
    is_last: bool


@dataclass
class Standing:
    staff_id: int
    employee_no: str
    name: str
    team: str
    role: str
    base: int
    bonus: int
    deduction: int
    areas: dict
    raw_total: int
    final: int
    rank: int | None = None  # None: not ranked (role outside the ranked roles)
    ranked_count: int = 0  # how many people are ranked this month
    ranked: bool = True
    change: int | None = None
    award: bool = False
    award_amount: int = 0
    warning: bool = False
    serious: bool = False
    sales: float | None = None

    def area(self, code: str) -> int:
        return self.areas.get(code, 0)

    def as_dict(self) -> dict:
        return {
            "staff_id": self.staff_id, "employee_no": self.employee_no, "name": self.name,
            "team": self.team, "role": self.role, "base": self.base, "bonus": self.bonus,
            "deduction": self.deduction, **{f"area_{a}": self.area(a) for a in AREA_ORDER},
            "raw_total": self.raw_total, "final": self.final, "rank": self.rank,
            "ranked": self.ranked, "ranked_count": self.ranked_count, "change": self.change, "award": self.award,
            "award_amount": self.award_amount, "warning": self.warning, "serious": self.serious,
            "sales": self.sales,
        }


def clamp(value: int, floor: int, cap: int) -> int:
    return max(floor, min(cap, value))


def score_bands(warning_threshold: int, base: int, cap: int) -> list[tuple[int, int]]:
    """(low, high) score bands for counting people: below the warning threshold, 10 points wide
    up to the base score, 5 wide from there to the cap, the last band taking the cap in (with
    the defaults: below 60, 60–69, 70–79, 80–84, 85–89, 90–94, 95–100)."""
    bands = [(-10 ** 6, warning_threshold - 1)] if warning_threshold > 0 else []
    edge = warning_threshold
    while edge < base:
        top = min(edge + 9, base - 1)
        bands.append((edge, top))
        edge = top + 1
    while edge <= cap:
        top = cap if edge + 9 > cap else edge + 4
        bands.append((edge, top))
        edge = top + 1
    return bands


def band_label(low: int, high: int, below: str = "{high}") -> str:
    """A band as printed: "60–69", "100" for a band of one score; the open lowest band by
    ``below`` (e.g. "{high} 分以下" or "<{high}", where high is the threshold)."""
    if low <= -10 ** 6:
        return below.format(high=high + 1)
    return f"{low}–{high}" if high > low else f"{low}"


def competition_ranks(scores: list[int]) -> list[int]:
    """Rank of each score, highest first; ties share the rank, the next skips (1,2,2,4)."""
    order = sorted(scores, reverse=True)
    first_index = {}
    for i, s in enumerate(order):
        first_index.setdefault(s, i + 1)
    return [first_index[s] for s in scores]


def compute_standings(people: list[PersonTotals], rules: ScoringRules,
                      previous: dict[int, Previous] | None = None) -> list[Standing]:
    """Scores, ranks, award and warnings for one month.

    Only people whose role ``rules`` ranks get a rank (competition ranking among
    them), the award or the warning; the others follow, sorted by employee no,
    with ``rank`` None and ``ranked`` False. Ranked first by rank then employee no."""
    previous = previous or {}
    rows = []
    for p in people:
        raw = rules.base + p.bonus - p.deduction
        prev = previous.get(p.staff_id)
        final = clamp(raw, rules.floor, rules.cap)
        rows.append(Standing(
            staff_id=p.staff_id, employee_no=p.employee_no, name=p.name, team=p.team, role=p.role,
            base=rules.base, bonus=p.bonus, deduction=p.deduction, areas=dict(p.areas),
            raw_total=raw, final=final, change=(final - prev.final) if prev else None,
            serious=p.serious, sales=p.sales,
        ))
    ranked = [r for r in rows if rules.ranks(r.role)]
    for r, k in zip(ranked, competition_ranks([r.final for r in ranked])):
        r.rank = k
    for r in rows:
        r.ranked = r.rank is not None
        r.ranked_count = len(ranked)
    _apply_award(ranked, rules)
    _apply_warnings(ranked, rules, previous)
    rows.sort(key=standing_order)
    return rows


def standing_order(r: Standing) -> tuple:
    """Ranked people by rank then employee no, then the unranked by employee no."""
    return (r.rank is None, r.rank or 0, r.employee_no)


def last_place_ids(rows: list[Standing]) -> set[int]:
    """Everyone ranked sharing the lowest score; nobody when fewer than two are ranked."""
    rows = [r for r in rows if r.rank is not None]
    if len(rows) < 2:
        return set()
    worst = max(r.rank for r in rows)
    return {r.staff_id for r in rows if r.rank == worst}


def _apply_warnings(rows: list[Standing], rules: ScoringRules, previous: dict[int, Previous]) -> None:
    """Seed 000 §三(一).3: last two months running and below the threshold → flag (never act)."""
    last_now = last_place_ids(rows)
    for r in rows:
        prev = previous.get(r.staff_id)
        if r.staff_id not in last_now or prev is None or not prev.is_last:
            continue
        if r.final >= rules.warning_threshold:
            continue
        if rules.warning_both_months and prev.final >= rules.warning_threshold:
            continue
        r.warning = True


def _apply_award(rows: list[Standing], rules: ScoringRules) -> None:
    """Pick the excellence award winner(s); a tie the data cannot break is shared
    (split equally, whole yuan) or paid to each, as the ``award_tie`` setting says."""
    if not rows or rules.award_amount <= 0:
        return
    if rules.award_mode == "top_score":
        pool = [r for r in rows if r.rank == 1]
        winners = pool
    elif rules.award_mode == "top_sales_min_score":
        pool = [r for r in rows if r.final >= rules.award_min_score and r.sales is not None]
        winners = _top_sales(pool)
    else:  # first_rank_top_sales
        pool = [r for r in rows if r.rank == 1]
        winners = pool if len(pool) == 1 else (_top_sales(pool) or pool)
    if not winners:
        return
    share = rules.award_amount // len(winners) if rules.award_tie == "share" else rules.award_amount
    for r in winners:
        r.award = True
        r.award_amount = share


def _top_sales(pool: list[Standing]) -> list[Standing]:
    with_sales = [r for r in pool if r.sales is not None]
    if not with_sales:
        return []
    best = max(r.sales for r in with_sales)
    return [r for r in with_sales if r.sales == best]
