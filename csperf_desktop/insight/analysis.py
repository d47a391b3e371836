"""Months side by side: each person's and each team's course, the people × months matrix,
where the points go (rule analytics) and who moved most.

Only published results count for a final score: a month's score is the latest snapshot of
a month that is published or closed (a reopened month's old snapshot does not count, and an
open month has no final score yet), exactly as the annual review counts months. A month in
the range that is not published shows no score; its events still count in the rule
analytics, which describe what was recorded, not what was paid.

Everything is read with a fixed number of queries whatever the number of people or events
(``QUERIES``): the periods, the snapshots, the staff, one pass over the events grouped by
month, person, rule, kind, recorder and evidence method (it gives both the people's bonus and
deduction counts and every rule breakdown; the months are listed so that the covering index
on those columns is read in the GROUP BY's order, without a sort), the rulebook, the coaching
notes and the two the recorders' names need (and, only when an event's recorded rule code is
no longer in the rulebook, the names recorded for those codes). The rest is arithmetic on
those rows in Python.

Averages (team, office) are over the people ranked that month, as the standings show them;
a team with nobody ranked that month has no average. A person's team in a month is the team
the snapshot recorded (the current team for a month not published), in the trends and in
the rule analytics alike.

Movers compare the latest published month of the range with the month 1 or 3 before it
(point to point), among the people ranked in the latest month.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import peewee as pw

from ..base.errors import ValidationError
from ..base.months import Month
from ..base.text import natural_key
from ..base.vocab import AREA_ORDER
from ..store.models import CoachingNote, MonthlyResult, Period, Rule, ScoreEvent, Staff

QUERIES = 8  # what ``load`` runs, whatever the size of the office (one more when a recorded rule code
#             is no longer in the rulebook: the names recorded on its events)
MAX_MONTHS = 120  # a range longer than ten years is refused (a typing slip, not a question)
MOVER_SPANS = (1, 3)


@dataclass(slots=True)  # thousands are made per load: slots, not frozen (cheaper to build)
class PersonMonth:
    """One person's published result of one month, with the month's event counts."""

    staff_id: int
    month: str
    employee_no: str
    name: str
    team: str
    role: str
    final: int
    rank: int | None  # None: not ranked (role)
    ranked: bool
    ranked_count: int
    areas: dict  # area code -> net points of the area
    bonus: int  # points
    deduction: int  # points, as a magnitude
    bonus_count: int  # events
    deduction_count: int
    warning: bool
    revision: int


@dataclass(frozen=True)
class Person:
    staff_id: int
    employee_no: str
    name: str
    team: str  # the current team (the snapshot keeps the team of each month)
    role: str
    active: bool


@dataclass(frozen=True)
class TrendPoint:
    """A person's month (``result`` is None when nothing published counts) beside the averages."""

    month: str
    published: bool
    result: PersonMonth | None
    team_average: float | None
    office_average: float | None


@dataclass(frozen=True)
class TeamPoint:
    month: str
    published: bool
    team: str
    people: int  # ranked people of the team in the month
    average: float | None
    office_average: float | None
    best: int | None
    worst: int | None
    areas: dict  # area code -> average net points per ranked person
    bonus_count: int  # events of the team's people (ranked or not)
    deduction_count: int
    warnings: int
    team_rank: int | None  # the team's place among the teams by average (1 = best)


@dataclass(frozen=True)
class MatrixRow:
    person: Person
    finals: tuple  # one value per month of the range, None where nothing counts
    warnings: tuple  # one bool per month
    average: float | None  # over the months with a score
    team: str  # the team of the latest month with a score, else the current team


@dataclass(frozen=True)
class Mover:
    person: Person
    span: int  # months
    before_month: str
    before: int
    after_month: str
    after: int

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class RuleStat:
    key: str  # the month, team, grader or method (empty for the totals)
    code: str
    name: str
    kind: str
    count: int
    points: int  # signed sum


@dataclass(frozen=True)
class QuarterRow:
    code: str
    name: str
    this_count: int
    this_points: int  # signed (negative for deductions)
    last_count: int
    last_points: int

    @property
    def change(self) -> int:
        return self.this_points - self.last_points


@dataclass
class RuleAnalytics:
    totals: list[RuleStat]  # over the range, most frequent first
    by_month: list[RuleStat]
    by_team: list[RuleStat]
    by_grader: list[RuleStat]  # key: the recorder's display name
    by_method: list[RuleStat]  # key: the method code (vocab.METHODS)
    never_used: list[tuple]  # (code, name, kind) of active rules with no event in the range
    this_quarter: tuple  # (first month, last month) keys
    last_quarter: tuple
    top_deductions: list[QuarterRow]  # this quarter's deductions by points lost, beside last quarter's


@dataclass(frozen=True)
class CoachingOutcome:
    """A coaching note beside the person's published scores before and after it."""

    note_id: int
    person: Person
    date: _dt.date
    topic: str
    recorded_by: str
    before: float | None  # average final of up to three published months before the note's month
    before_months: int
    after: float | None  # average final of the published months after the note's month
    after_months: int

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 1)


@dataclass
class Analysis:
    first: Month
    last: Month
    months: list[str]  # the range, oldest first
    status: dict  # month key -> open | published | closed (missing: never opened)
    people: dict  # staff_id -> Person
    results: dict  # (staff_id, month key) -> PersonMonth, the range and the months movers look back to
    office_average: dict  # month key -> float
    team_average: dict  # (team, month key) -> float
    rules: RuleAnalytics
    coaching: list[CoachingOutcome] = field(default_factory=list)

    # -- what counts
    def published(self, month: str) -> bool:
        return self.status.get(month) in ("published", "closed")

    @property
    def published_months(self) -> list[str]:
        return [m for m in self.months if self.published(m)]

    @property
    def latest_published(self) -> str | None:
        months = self.published_months
        return months[-1] if months else None

    def teams(self) -> list[str]:
        """Every team that had someone in a published month of the range."""
        seen = {r.team for (sid, m), r in self.results.items() if m in self._range_set and r.team}
        return sorted(seen, key=natural_key)

    @property
    def _range_set(self) -> set:
        return set(self.months)

    # -- one person, one team
    def person_trend(self, staff_id: int) -> list[TrendPoint]:
        points = []
        for m in self.months:
            r = self.results.get((staff_id, m))
            team_avg = self.team_average.get((r.team, m)) if r is not None else None
            points.append(TrendPoint(m, self.published(m), r, team_avg, self.office_average.get(m)))
        return points

    def team_trend(self, team: str) -> list[TeamPoint]:
        by_month: dict[str, list[PersonMonth]] = {}
        for (sid, m), r in self.results.items():
            if r.team == team:
                by_month.setdefault(m, []).append(r)
        out = []
        for m in self.months:
            rows = by_month.get(m, [])
            ranked = [r for r in rows if r.ranked]
            areas = {}
            if ranked:
                for a in AREA_ORDER:
                    areas[a] = round(sum(r.areas.get(a, 0) for r in ranked) / len(ranked), 1)
            avg = self.team_average.get((team, m))
            out.append(TeamPoint(
                month=m, published=self.published(m), team=team, people=len(ranked), average=avg,
                office_average=self.office_average.get(m),
                best=max((r.final for r in ranked), default=None), worst=min((r.final for r in ranked), default=None),
                areas=areas, bonus_count=sum(r.bonus_count for r in rows),
                deduction_count=sum(r.deduction_count for r in rows),
                warnings=sum(1 for r in ranked if r.warning), team_rank=self._team_rank(team, m)))
        return out

    def _team_rank(self, team: str, month: str) -> int | None:
        mine = self.team_average.get((team, month))
        if mine is None:
            return None
        return 1 + sum(1 for (t, m), avg in self.team_average.items() if m == month and avg > mine)

    # -- everyone
    def matrix(self) -> list[MatrixRow]:
        """People × months of final scores (people with a published month in the range), by
        employee number (computed once)."""
        cached = self.__dict__.get("_matrix")
        if cached is not None:
            return list(cached)
        rows = []
        in_range = [sid for sid in self.people
                    if any((sid, m) in self.results for m in self.months)]
        for sid in in_range:
            person = self.people[sid]
            cells = [self.results.get((sid, m)) for m in self.months]
            finals = tuple(c.final if c else None for c in cells)
            scored = [f for f in finals if f is not None]
            latest = next((c for c in reversed(cells) if c is not None), None)
            rows.append(MatrixRow(
                person=person, finals=finals, warnings=tuple(bool(c and c.warning) for c in cells),
                average=round(sum(scored) / len(scored), 1) if scored else None,
                team=latest.team if latest else person.team))
        rows.sort(key=lambda r: r.person.employee_no)
        self.__dict__["_matrix"] = rows
        return list(rows)

    def warning_months(self) -> list[PersonMonth]:
        return sorted((r for (sid, m), r in self.results.items() if r.warning and m in self._range_set),
                      key=lambda r: (r.month, r.employee_no))

    def movers(self, span: int = 1, top: int = 5) -> tuple[list[Mover], list[Mover]]:
        """(most improved, fell most) between the latest published month of the range and the
        month ``span`` before it, among the people ranked in the latest month. Ties: the higher
        score first, then by employee number. Empty when either month has no published result."""
        after = self.latest_published
        if after is None:
            return [], []
        before = Month.parse(after).add(-span).key
        if not self.published(before):
            return [], []
        moves = []
        for (sid, m), r in self.results.items():
            if m != after or not r.ranked:
                continue
            b = self.results.get((sid, before))
            if b is None:
                continue
            moves.append(Mover(self.people[sid], span, before, b.final, after, r.final))
        up = sorted((mv for mv in moves if mv.delta > 0),
                    key=lambda mv: (-mv.delta, -mv.after, mv.person.employee_no))
        down = sorted((mv for mv in moves if mv.delta < 0),
                      key=lambda mv: (mv.delta, mv.after, mv.person.employee_no))
        return up[:top], down[:top]


# ------------------------------------------------------------------------------ loading


def month_range(first, last) -> tuple[Month, Month]:
    """The range asked for, checked: first ≤ last and at most ``MAX_MONTHS`` months."""
    first = Month.parse(first) if isinstance(first, str) else first
    last = Month.parse(last) if isinstance(last, str) else last
    if first > last:
        raise ValidationError(f"起始月份 {first.key} 晚于结束月份 {last.key}。请把起始月份改早，或把结束月份改晚。",
                              field="first")
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        raise ValidationError(f"范围 {first.key} 至 {last.key} 共 {count} 个月，最多 {MAX_MONTHS} 个月。请缩短范围。",
                              field="first")
    return first, last


def quarter_of(month: Month) -> tuple[Month, Month]:
    start = Month(month.year, (month.month - 1) // 3 * 3 + 1)
    return start, start.add(2)


def quarter_label(month: Month | str) -> str:
    month = Month.parse(month) if isinstance(month, str) else month
    return f"{month.year}年第{(month.month - 1) // 3 + 1}季度"


def _months(first: Month, last: Month) -> list[str]:
    out, m = [], first
    while m <= last:
        out.append(m.key)
        m = m.next()
    return out


def load(first, last) -> Analysis:
    """Everything the analysis view shows for the months ``first``..``last`` (``QUERIES`` queries)."""
    from ..office.display_names import DisplayNames

    first, last = month_range(first, last)
    months = _months(first, last)
    # The movers look back up to three months before the range's latest month; the quarter
    # comparison looks back to the start of the previous quarter.
    look_back = first.add(-max(MOVER_SPANS))
    this_q = quarter_of(last)
    last_q = (this_q[0].add(-3), this_q[0].add(-1))
    events_from = min(first, last_q[0])
    lo = min(look_back, events_from).key
    hi = last.key

    status = {m: s for m, s in Period.select(Period.month, Period.status)
              .where((Period.month >= lo) & (Period.month <= hi)).tuples()}                    # 1

    # One pass over the events: per month, person, rule, kind, recorder and method. It gives the
    # people's bonus and deduction counts and every rule breakdown (the team is the person's
    # team that month, from the snapshot, else the current one).
    event_rows = (ScoreEvent.select(ScoreEvent.month, ScoreEvent.staff, ScoreEvent.rule_code, ScoreEvent.kind,
                                    ScoreEvent.recorded_by, ScoreEvent.method, pw.fn.COUNT(ScoreEvent.id),
                                    pw.fn.SUM(ScoreEvent.points))
                  # The months listed (not a range) and voided = 0: the index on (month, voided,
                  # staff, rule, kind, recorder, method, points) is read in the GROUP BY's order.
                  .where(ScoreEvent.month.in_(_months(events_from, last))
                         & (ScoreEvent.voided == False))  # noqa: E712
                  .group_by(ScoreEvent.month, ScoreEvent.staff, ScoreEvent.rule_code, ScoreEvent.kind,
                            ScoreEvent.recorded_by, ScoreEvent.method)
                  )
    event_rows = _raw(event_rows)                                                              # 2
    in_range = set(months)
    counts: dict[tuple, list] = {}
    for m, sid, _code, kind, _rec, _method, n, _pts in event_rows:
        if m in in_range:
            c = counts.setdefault((sid, m), [0, 0])
            c[0 if kind == "bonus" else 1] += n

    results: dict[tuple, PersonMonth] = {}
    snap = (MonthlyResult.select(
        MonthlyResult.staff, MonthlyResult.month, MonthlyResult.employee_no, MonthlyResult.name,
        MonthlyResult.team, MonthlyResult.role, MonthlyResult.final, MonthlyResult.rank, MonthlyResult.ranked,
        MonthlyResult.ranked_count, MonthlyResult.area_orders, MonthlyResult.area_after_sales,
        MonthlyResult.area_daily, MonthlyResult.area_general, MonthlyResult.bonus, MonthlyResult.deduction,
        MonthlyResult.warning, MonthlyResult.revision)
        .join(Period, on=(Period.month == MonthlyResult.month) & (Period.revision == MonthlyResult.revision))
        .where((MonthlyResult.month >= look_back.key) & (MonthlyResult.month <= hi) & (Period.status != "open")))
    for (sid, m, no, name, team, role, final, rank, ranked, ranked_count, a_o, a_as, a_d, a_g, bonus, deduction,
         warning, revision) in _raw(snap):                                                    # 3
        c = counts.get((sid, m), (0, 0))
        areas = {a: v for a, v in zip(AREA_ORDER, (a_o, a_as, a_d, a_g)) if v}
        results[(sid, m)] = PersonMonth(
            staff_id=sid, month=m, employee_no=no, name=name, team=team or "", role=role, final=final,
            rank=rank if ranked and rank else None, ranked=bool(ranked), ranked_count=ranked_count, areas=areas,
            bonus=bonus, deduction=deduction, bonus_count=c[0], deduction_count=c[1], warning=bool(warning),
            revision=revision)

    people = {sid: Person(sid, no, name, team or "", role, bool(active)) for sid, no, name, team, role, active in
              Staff.select(Staff.id, Staff.employee_no, Staff.name, Staff.team, Staff.role, Staff.active)
              .tuples()}                                                                      # 4

    office: dict[str, list] = {}
    teams: dict[tuple, list] = {}
    for (sid, m), r in results.items():
        if r.ranked:
            office.setdefault(m, []).append(r.final)
            if r.team:
                teams.setdefault((r.team, m), []).append(r.final)
    office_average = {m: round(sum(v) / len(v), 1) for m, v in office.items()}
    team_average = {k: round(sum(v) / len(v), 1) for k, v in teams.items()}

    names = DisplayNames()                                                                    # 5, 6
    rules = _rule_analytics(event_rows, months, last, this_q, last_q, names,
                            _team_lookup(results, people))               # 7
    analysis = Analysis(first, last, months, status, people, results, office_average, team_average, rules)
    analysis.coaching = _coaching(analysis, first, last)                                      # 8
    return analysis


def _team_lookup(results: dict, people: dict):
    """The person's team in a month: the snapshot's, else the current one."""
    teams = {key: r.team for key, r in results.items()}
    current = {sid: p.team for sid, p in people.items()}

    def team_of(sid: int, month: str) -> str:
        team = teams.get((sid, month))
        return team if team is not None else current.get(sid, "")

    return team_of


def _raw(query) -> list[tuple]:
    """The rows of ``query`` straight from the cursor (no per-value conversion: these are
    numbers and text already)."""
    sql, params = query.sql()
    return ScoreEvent._meta.database.execute_sql(sql, params).fetchall()


def _rule_analytics(event_rows, months, last: Month, this_q, last_q, names, team_of) -> RuleAnalytics:
    rulebook = {code: (name, kind, bool(active)) for code, name, kind, active in
                Rule.select(Rule.code, Rule.name, Rule.kind, Rule.active).tuples()}
    in_range = set(months)
    this_keys = set(_months(this_q[0], min(this_q[1], last)))
    last_keys = set(_months(*last_q))
    recorded_name: dict[str, str] = {}
    dims = {"total": {}, "month": {}, "team": {}, "grader": {}, "method": {}}
    quarter: dict[str, list] = {}
    grader_names: dict[str, str] = {}

    total, by_month, by_team, by_grader, by_method = (dims[k] for k in ("total", "month", "team", "grader", "method"))
    # First fold the people away (one dictionary step per row), then spread the few folded
    # rows over the breakdowns.
    folded: dict[tuple, list] = {}
    for month, sid, code, kind, recorder, method, n, pts in event_rows:
        key = (month, team_of(sid, month), code, kind, recorder, method)
        cell = folded.get(key)
        if cell is None:
            folded[key] = [n, pts or 0]
        else:
            cell[0] += n
            cell[1] += pts or 0
    for (month, team, code, kind, recorder, method), (n, pts) in folded.items():
        pts = int(pts)
        if kind == "deduction" and (month in this_keys or month in last_keys):
            cell = quarter.setdefault(code, [0, 0, 0, 0])
            i = 0 if month in this_keys else 2
            cell[i] += n
            cell[i + 1] += pts
        if month not in in_range:
            continue
        grader = grader_names.get(recorder)
        if grader is None:
            grader = grader_names[recorder] = names(recorder)
        for table, key in ((total, ""), (by_month, month), (by_team, team), (by_grader, grader),
                           (by_method, method)):
            cell = table.get((key, code, kind))
            if cell is None:
                table[(key, code, kind)] = [n, pts]
            else:
                cell[0] += n
                cell[1] += pts

    # The names come from the rulebook; a code recorded on events that is no longer in it (the
    # rule's code was changed) takes the name recorded on its events, read for those codes only.
    unknown = sorted({code for (_m, _t, code, _k, _r, _me) in folded} - set(rulebook))
    if unknown:
        q = (ScoreEvent.select(ScoreEvent.rule_code, pw.fn.MAX(ScoreEvent.rule_name))
             .where(ScoreEvent.month.in_(sorted(in_range | this_keys | last_keys)) & ScoreEvent.rule_code.in_(unknown))
             .group_by(ScoreEvent.rule_code))
        recorded_name.update(dict(q.tuples()))

    def rule_name(code: str) -> str:
        return rulebook[code][0] if code in rulebook else recorded_name.get(code, code)

    def stats(table) -> list[RuleStat]:
        out = [RuleStat(key, code, rule_name(code), kind, n, pts) for (key, code, kind), (n, pts) in table.items()]
        out.sort(key=lambda s: (s.key, -s.count, -abs(s.points), s.code))
        return out

    used = {code for (_, code, _) in dims["total"]}
    never = sorted((code, name, kind) for code, (name, kind, active) in rulebook.items()
                   if active and code not in used)
    top = [QuarterRow(code, rule_name(code), c[0], c[1], c[2], c[3]) for code, c in quarter.items() if c[0]]
    top.sort(key=lambda r: (r.this_points, -r.this_count, r.code))  # most points lost first
    return RuleAnalytics(
        totals=stats(dims["total"]), by_month=stats(dims["month"]), by_team=stats(dims["team"]),
        by_grader=stats(dims["grader"]), by_method=stats(dims["method"]), never_used=never,
        this_quarter=(this_q[0].key, min(this_q[1], last).key), last_quarter=(last_q[0].key, last_q[1].key),
        top_deductions=top[:10])


def _coaching(analysis: Analysis, first: Month, last: Month) -> list[CoachingOutcome]:
    """Coaching notes dated in the range, each beside the person's published average before
    the note's month (up to three months back) and after it (to the end of the range)."""
    notes = (CoachingNote.select(CoachingNote.id, CoachingNote.staff, CoachingNote.date, CoachingNote.topic,
                                 CoachingNote.recorded_by)
             .where((CoachingNote.date >= first.first_day) & (CoachingNote.date <= last.last_day))
             .order_by(CoachingNote.date, CoachingNote.id).tuples())
    out = []
    for note_id, sid, day, topic, recorder in notes:
        if isinstance(day, str):
            day = _dt.date.fromisoformat(day[:10])
        person = analysis.people.get(sid)
        if person is None:
            continue
        at = Month.of(day)
        before = [analysis.results[(sid, at.add(-k).key)].final for k in (1, 2, 3)
                  if (sid, at.add(-k).key) in analysis.results]
        after_keys = [m for m in analysis.months if m > at.key]
        after = [analysis.results[(sid, m)].final for m in after_keys if (sid, m) in analysis.results]
        out.append(CoachingOutcome(
            note_id, person, day, topic, recorder,
            round(sum(before) / len(before), 1) if before else None, len(before),
            round(sum(after) / len(after), 1) if after else None, len(after)))
    return out
