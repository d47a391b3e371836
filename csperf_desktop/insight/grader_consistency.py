"""Grader consistency in everyday spot checks (随机抽查), beside the calibration results.

For each grader — the spot check's 抽查人 (``SpotCheck.checked_by``) — over a range of months:
how many checks they made, how many deductions those checks proposed (a failed item linked to
a deduction rule; several failed items of one check on the same rule propose it once, as the
proposals do), deductions per check, and per checklist item how often they failed it. Voided
checks are left out. A grader who proposes far more (or fewer) deductions per check than the
others, or fails one item much more often, is worth a look at the next calibration session.

Two queries whatever the number of graders or months.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base.months import Month
from ..store.models import SpotCheck, SpotCheckResult


@dataclass
class MonthCell:
    checks: int = 0
    deductions: int = 0  # proposed: distinct (check, rule) among failed linked items

    @property
    def per_check(self) -> float | None:
        return None if not self.checks else self.deductions / self.checks


@dataclass
class ItemCell:
    checked: int = 0
    failed: int = 0

    @property
    def fail_rate(self) -> float | None:
        return None if not self.checked else self.failed / self.checked


@dataclass
class GraderRow:
    grader: str
    months: dict[str, MonthCell] = field(default_factory=dict)
    items: dict[str, ItemCell] = field(default_factory=dict)  # item text -> cell

    @property
    def total(self) -> MonthCell:
        return MonthCell(sum(c.checks for c in self.months.values()), sum(c.deductions for c in self.months.values()))

    def as_json(self) -> dict:
        t = self.total
        return {"grader": self.grader, "checks": t.checks, "deductions": t.deductions,
                "deductions_per_check": None if t.per_check is None else round(t.per_check, 3),
                "months": {m: {"checks": c.checks, "deductions": c.deductions,
                               "per_check": None if c.per_check is None else round(c.per_check, 3)}
                           for m, c in self.months.items()},
                "items": {k: {"checked": c.checked, "failed": c.failed,
                              "fail_rate": None if c.fail_rate is None else round(c.fail_rate, 3)}
                          for k, c in self.items.items()}}


@dataclass
class Consistency:
    months: list[str]
    items: list[str]  # item texts in checklist order
    graders: list[GraderRow]
    office: GraderRow  # everyone together

    def as_json(self) -> dict:
        return {"months": self.months, "items": self.items, "graders": [g.as_json() for g in self.graders],
                "office": self.office.as_json()}


def month_range(last: Month, count: int) -> list[str]:
    return [last.add(-n).key for n in range(count - 1, -1, -1)]


def grader_consistency(months: list[str]) -> Consistency:
    """Per grader, deductions proposed per check per month and the fail rate per checklist item."""
    checks = (SpotCheck.select(SpotCheck.id, SpotCheck.checked_by, SpotCheck.month)
              .where(SpotCheck.month.in_(months) & (SpotCheck.voided == False))  # noqa: E712
              .tuples())
    grader_of: dict[int, tuple[str, str]] = {}
    rows: dict[str, GraderRow] = {}
    office = GraderRow("全体")
    for cid, grader, month in checks:
        grader = grader or "（未填）"
        grader_of[cid] = (grader, month)
        for row in (rows.setdefault(grader, GraderRow(grader)), office):
            row.months.setdefault(month, MonthCell()).checks += 1
    results = (SpotCheckResult.select(SpotCheckResult.spot_check, SpotCheckResult.text, SpotCheckResult.rule_code,
                                      SpotCheckResult.passed, SpotCheckResult.item)
               .join(SpotCheck)
               .where(SpotCheck.month.in_(months) & (SpotCheck.voided == False))  # noqa: E712
               .order_by(SpotCheckResult.item, SpotCheckResult.id)
               .tuples())
    proposed: set[tuple[int, str]] = set()
    order: list[str] = []
    for cid, text, code, passed, _item in results:
        grader, month = grader_of[cid]
        if text not in order:
            order.append(text)
        for row in (rows[grader], office):
            cell = row.items.setdefault(text, ItemCell())
            cell.checked += 1
            cell.failed += 0 if passed else 1
        if not passed and code and (cid, code) not in proposed:
            proposed.add((cid, code))
            for row in (rows[grader], office):
                row.months[month].deductions += 1
    for row in list(rows.values()) + [office]:
        row.months = {m: row.months.get(m, MonthCell()) for m in months}
    return Consistency(months, order, sorted(rows.values(), key=lambda r: r.grader), office)
