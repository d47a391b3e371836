"""What the one-page monthly management summary says, gathered in one place (no drawing):
the month's scores and their distribution, the teams against last month, the top
deductions, the most improved and the fallen, and the appeals still open.

A published (or closed) month is read from its snapshot, like everything in the analysis;
a month not yet published is read live and the summary says it is a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.months import Month
from ..base.text import natural_key
from ..monthly.appeals import list_appeals
from ..monthly.scoring import band_label, score_bands
from ..monthly.standings import live_standings
from ..store.models import Period
from . import analysis as an


@dataclass(frozen=True)
class TeamLine:
    team: str
    people: int
    average: float | None
    previous: float | None  # last month's average (published), if any


@dataclass(frozen=True)
class OpenAppeal:
    appeal_id: int
    month: str
    employee_no: str
    name: str
    received_at: object
    category: str
    reason: str


@dataclass
class MonthSummary:
    month: Month
    published: bool
    revision: int
    finals: list[int]  # of the people ranked
    warning_threshold: int
    base: int
    cap: int
    average: float | None
    highest: int | None
    lowest: int | None
    warnings: list[tuple[str, str]]  # (employee no, name)
    teams: list[TeamLine]
    office_previous: float | None
    top_deductions: list[an.RuleStat]  # the month's deduction rules by points lost
    improved: list[an.Mover]  # over one month
    improved_3: list[an.Mover]
    fell: list[an.Mover]
    open_appeals: list[OpenAppeal]  # still pending, any month (this month's first)

    def bands(self) -> list[tuple[str, int]]:
        """(label, count) of the scores in the bands the bulletin uses (``scoring.score_bands``)."""
        edges = [(band_label(lo, hi, "<{high}"), lo, hi)
                 for lo, hi in score_bands(self.warning_threshold, self.base, self.cap)]
        return [(label, sum(1 for f in self.finals if lo <= f <= hi)) for label, lo, hi in edges]


def month_summary(month) -> MonthSummary:
    from ..office import settings as settings_mod

    month = Month.parse(month) if isinstance(month, str) else month
    s = settings_mod.load()
    data = an.load(month.add(-1), month)
    period = Period.get_or_none(Period.month == month.key)
    published = data.published(month.key)
    key, prev = month.key, month.add(-1).key
    if published:
        rows = [r for (sid, m), r in data.results.items() if m == key]
        ranked = [r for r in rows if r.ranked]
        finals = sorted(r.final for r in ranked)
        warnings = sorted((r.employee_no, r.name) for r in ranked if r.warning)
        teams = {r.team for r in ranked if r.team}
        team_lines = [TeamLine(t, sum(1 for r in ranked if r.team == t), data.team_average.get((t, key)),
                               data.team_average.get((t, prev))) for t in sorted(teams, key=natural_key)]
    else:
        live = [st for st in live_standings(month) if st.ranked]
        finals = sorted(st.final for st in live)
        warnings = sorted((st.employee_no, st.name) for st in live if st.warning)
        by_team: dict[str, list[int]] = {}
        for st in live:
            if st.team:
                by_team.setdefault(st.team, []).append(st.final)
        team_lines = [TeamLine(t, len(v), round(sum(v) / len(v), 1), data.team_average.get((t, prev)))
                      for t, v in sorted(by_team.items(), key=lambda kv: natural_key(kv[0]))]
    deductions = sorted((r for r in data.rules.by_month if r.key == key and r.kind == "deduction"),
                        key=lambda r: (r.points, -r.count, r.code))
    improved, fell = data.movers(1, top=5) if published else ([], [])
    improved_3 = data.movers(3, top=3)[0] if published else []
    pending = list_appeals(status="pending")
    pending.sort(key=lambda a: (a.month != key, a.month, a.received_at))
    appeals = [OpenAppeal(a.id, a.month, a.staff.employee_no, a.staff.name, a.received_at, a.category, a.reason)
               for a in pending]
    return MonthSummary(
        month=month, published=published, revision=period.revision if period and published else 0,
        finals=finals, warning_threshold=s.warning_threshold, base=s.base_score, cap=s.cap_score,
        average=round(sum(finals) / len(finals), 1) if finals else None,
        highest=max(finals, default=None), lowest=min(finals, default=None), warnings=warnings,
        teams=team_lines, office_previous=data.office_average.get(prev), top_deductions=deductions[:6],
        improved=improved, improved_3=improved_3, fell=fell[:3], open_appeals=appeals)
