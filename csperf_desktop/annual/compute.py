"""The annual result of every person, computed from the year's data.

``compute_all(year)`` loads the whole year with a fixed number of queries —
staff, reviews, goals, templates, periods, published results, the live
standings of months still open, figures, exams, spot checks and bonus-rule
counts — never one query per person, then evaluates each person in memory:

- *months counted*: the months of the year the person was employed in (any
  day of the month) that are published or closed — a month still open (the
  current one, or one not yet published) does not count, and nothing recorded
  in it (score, figures, exams, spot checks, bonus events) is used;
- *data-driven indicators*: ``mean`` sources average the counted months'
  figures; ``sum`` sources total them and their target and zero point are
  pro-rated by months counted / 12; spot checks are a pass rate and exams an
  average over the counted months; bonus counts are over the counted months;
- *judged indicators*: the supervisor's 1–5 rating as points (setting
  ``annual_rating_points``);
- a dimension is the weighted mean of its indicators that have a score, the
  evaluation the weighted mean of the dimensions that have one (weights
  renormalised over what is present; ``complete`` is False when anything is
  missing); every level is rounded to one decimal and the next level is
  computed from the rounded values, so the printed report adds up by hand;
- *final* = monthly average × w + evaluation × (1 − w), w = setting
  ``annual_monthly_weight`` (default 50 %); graded by ``annual_grade_bands``.

A signed-off review shows the result frozen at sign-off.

*Provisional* (暂定): ``provisional_reasons(result)`` is the one place that
decides whether a result is final — a judged indicator not rated, the review
not signed off, or a month of the year the person worked in not yet published.
The list, the command line, the report and the distribution check all ask it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field

import peewee as pw

from ..base import clock
from ..office import settings as settings_mod
from ..store.models import (AnnualGoal, AnnualReview, Exam, ExamResult, MonthlyFigures, MonthlyResult, Period,
                      ScoreEvent, SpotCheck, SpotCheckResult, Staff)
from ..base.months import Month
from . import scales
from .templates import SOURCES, Template, templates_by_role

REVIEW_STATUS = {
    "not_started": ("未开始", "Not started"),
    "self_review": ("自评中", "Self-review"),
    "evaluated": ("已评价", "Evaluated"),
    "interviewed": ("已面谈", "Interviewed"),
    "signed_off": ("已签字", "Signed off"),
}

FIGURE_FIELDS = ("csat_pct", "avg_response_s", "avg_handle_s", "fcr_pct", "contacts", "sales_amount", "orders",
                 "late_count", "early_leave_count", "absence_days")
_FIELD_OF = {"csat": "csat_pct", "avg_response": "avg_response_s", "avg_handle": "avg_handle_s", "fcr": "fcr_pct",
             "contacts": "contacts", "sales": "sales_amount", "orders": "orders",
             "team_csat": "csat_pct", "team_avg_handle": "avg_handle_s", "team_avg_response": "avg_response_s",
             "team_fcr": "fcr_pct"}
_IDX = {f: i for i, f in enumerate(FIGURE_FIELDS)}


@dataclass
class IndicatorResult:
    code: str
    name: str
    kind: str  # data | judged
    weight: float  # within the dimension, %
    score: float | None = None  # 0..100
    value: float | None = None  # the measured value (data)
    value_text: str = ""
    target_text: str = ""
    rating: int | None = None  # judged
    comment: str = ""
    note: str = ""  # e.g. "按 9/12 个月折算"


@dataclass
class DimensionResult:
    code: str
    name: str
    weight: float
    score: float | None = None
    indicators: list[IndicatorResult] = field(default_factory=list)


@dataclass
class AnnualResult:
    staff_id: int
    employee_no: str
    name: str
    team: str
    role: str
    year: int
    status: str = "not_started"
    template_id: int | None = None
    template_version: int = 0
    template_name: str = ""
    months: list[str] = field(default_factory=list)  # the months counted (published or closed)
    months_pending: list[str] = field(default_factory=list)  # months worked in the year, not yet published
    monthly_scores: list[int | None] = field(default_factory=list)  # January..December
    monthly_avg: float | None = None
    evaluation: float | None = None
    final: float | None = None
    grade: str = ""
    monthly_weight: float = 50.0
    complete: bool = False
    missing: list[str] = field(default_factory=list)  # indicator names without a score
    dimensions: list[DimensionResult] = field(default_factory=list)
    rank: int | None = None
    rank_count: int = 0
    provisional: bool = True
    provisional_reasons: list[str] = field(default_factory=list)

    @property
    def months_counted(self) -> int:
        return len(self.months)

    @property
    def status_zh(self) -> str:
        return REVIEW_STATUS.get(self.status, (self.status,))[0]

    def dimension(self, code: str) -> DimensionResult | None:
        return next((d for d in self.dimensions if d.code == code), None)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "AnnualResult":
        data = dict(data)
        dims = [DimensionResult(**{**d, "indicators": [IndicatorResult(**i) for i in d["indicators"]]})
                for d in data.pop("dimensions", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known}, dimensions=dims)


# ---------------------------------------------------------------- loading

def year_months(year: int) -> list[Month]:
    return [Month(year, m) for m in range(1, 13)]


def employed_months(hire: _dt.date | None, leave: _dt.date | None, year: int, today: _dt.date) -> list[str]:
    """The months of ``year`` the person worked at least one day of, up to the month of ``today``."""
    out = []
    for m in year_months(year):
        if m.first_day > today:
            break
        if hire is not None and hire > m.last_day:
            continue
        if leave is not None and leave < m.first_day:
            continue
        out.append(m.key)
    return out


@dataclass
class YearData:
    year: int
    today: _dt.date
    staff: list[tuple]  # (id, no, name, team, role, hire, leave)
    reviews: dict[int, AnnualReview]
    goals: dict[int, list[AnnualGoal]]
    templates: dict[str, Template]
    published: set[str]  # the months of the year published or closed: the only ones counted
    monthly: dict[int, dict[str, int]]  # staff -> month -> final (published snapshot)
    figures: dict[int, dict[str, tuple]]  # staff -> month -> FIGURE_FIELDS values
    exams: dict[int, list[tuple[str, float]]]  # staff -> (month, percent of full marks) per exam sat
    spot: dict[int, dict[str, tuple[int, int]]]  # staff -> month -> (items, failed items)
    rule_counts: dict[int, dict[str, dict[str, int]]]  # staff -> rule code -> month -> count
    monthly_weight: float
    bands: list[tuple[str, float]]
    rating_points: tuple


def staff_in_year(staff_q, year: int):
    first, last = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return staff_q.where(((Staff.hire_date.is_null()) | (Staff.hire_date <= last))
                         & ((Staff.leave_date.is_null()) | (Staff.leave_date >= first)))


def published_months(year: int) -> dict[str, int]:
    """The months of ``year`` that are published or closed, with their current revision."""
    keys = [m.key for m in year_months(year)]
    return {p.month: p.revision for p in Period.select(Period.month, Period.status, Period.revision)
            .where(Period.month.in_(keys)) if p.status in ("published", "closed") and p.revision}


def monthly_finals(year: int, published: dict[str, int] | None = None) -> dict[int, dict[str, int]]:
    """Each person's final score per published or closed month of ``year``, from the published
    snapshot (latest revision). A month still open has no final score yet and is left out."""
    published = published_months(year) if published is None else published
    out: dict[int, dict[str, int]] = {}
    if published:
        rows = (MonthlyResult.select(MonthlyResult.staff, MonthlyResult.month, MonthlyResult.revision,
                                     MonthlyResult.final)
                .where(MonthlyResult.month.in_(list(published))).tuples())
        for sid, month, rev, final in rows:
            if published[month] == rev:
                out.setdefault(sid, {})[month] = final
    return out


def load_year(year: int, staff_ids: list[int] | None = None) -> YearData:
    today = clock.today()
    keys = [m.key for m in year_months(year)]
    q = staff_in_year(Staff.select(Staff.id, Staff.employee_no, Staff.name, Staff.team, Staff.role, Staff.hire_date,
                              Staff.leave_date), year).order_by(Staff.employee_no)
    staff = list(q.tuples())
    if staff_ids is not None:
        wanted = set(staff_ids)
        staff = [s for s in staff if s[0] in wanted]
    reviews = {r.staff_id: r for r in AnnualReview.select().where(AnnualReview.year == year)}
    goals: dict[int, list] = {}
    for g in AnnualGoal.select().where(AnnualGoal.year == year).order_by(AnnualGoal.id):
        goals.setdefault(g.staff_id, []).append(g)
    templates = templates_by_role()
    figures: dict[int, dict[str, tuple]] = {}
    cols = [MonthlyFigures.staff, MonthlyFigures.month] + [getattr(MonthlyFigures, f) for f in FIGURE_FIELDS]
    for row in MonthlyFigures.select(*cols).where(MonthlyFigures.month.in_(keys)).tuples():
        figures.setdefault(row[0], {})[row[1]] = row[2:]
    exams: dict[int, list[tuple[str, float]]] = {}
    for sid, month, score, full in (ExamResult.select(ExamResult.staff, Exam.month, ExamResult.score,
                                                      Exam.full_marks).join(Exam)
                                    .where(Exam.month.in_(keys) & (ExamResult.absent == False)  # noqa: E712
                                           & ExamResult.score.is_null(False))
                                    .order_by(Exam.date, Exam.id).tuples()):
        exams.setdefault(sid, []).append((month, 100.0 * score / full))
    spot: dict[int, dict[str, tuple[int, int]]] = {}
    for sid, month, items, failed in (SpotCheckResult.select(
            SpotCheck.staff, SpotCheck.month, pw.fn.COUNT(SpotCheckResult.id),
            pw.fn.SUM(pw.Case(None, [(SpotCheckResult.passed == False, 1)], 0)))  # noqa: E712
            .join(SpotCheck).where(SpotCheck.month.in_(keys) & (SpotCheck.voided == False))  # noqa: E712
            .group_by(SpotCheck.staff, SpotCheck.month).tuples()):
        spot.setdefault(sid, {})[month] = (int(items), int(failed or 0))
    codes = set()
    for t in templates.values():
        codes |= t.rule_codes()
    rule_counts: dict[int, dict[str, dict[str, int]]] = {}
    if codes:
        for sid, code, month, n in (ScoreEvent.select(ScoreEvent.staff, ScoreEvent.rule_code, ScoreEvent.month,
                                                      pw.fn.SUM(ScoreEvent.quantity))
                                    .where(ScoreEvent.month.in_(keys) & ScoreEvent.rule_code.in_(sorted(codes))
                                           & (ScoreEvent.voided == False))  # noqa: E712
                                    .group_by(ScoreEvent.staff, ScoreEvent.rule_code, ScoreEvent.month).tuples()):
            rule_counts.setdefault(sid, {}).setdefault(code, {})[month] = int(n or 0)
    s = settings_mod.load()
    published = published_months(year)
    return YearData(year=year, today=today, staff=staff, reviews=reviews, goals=goals, templates=templates,
                    published=set(published), monthly=monthly_finals(year, published), figures=figures,
                    exams=exams, spot=spot,
                    rule_counts=rule_counts, monthly_weight=float(s.annual_monthly_weight),
                    bands=scales.parse_grade_bands(s.annual_grade_bands),
                    rating_points=scales.parse_rating_points(s.annual_rating_points))


# ---------------------------------------------------------------- measuring

def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def measure(source: str, sid: int, months: list[str], data: YearData, rule_code: str = "",
            team_members: list[int] | None = None) -> float | None:
    """The measured value of ``source`` for one person over the months counted (None: no data)."""
    if not months:
        return None  # nothing counted yet: no month is published
    figs = data.figures.get(sid, {})
    if source in ("csat", "avg_response", "avg_handle", "fcr"):
        i = _IDX[_FIELD_OF[source]]
        return _mean([figs[m][i] for m in months if m in figs])
    if source in ("contacts", "sales", "orders"):
        i = _IDX[_FIELD_OF[source]]
        vals = [figs[m][i] for m in months if m in figs and figs[m][i] is not None]
        return float(sum(vals)) if vals else None
    if source == "attendance":
        rows = [figs[m][_IDX["late_count"]:_IDX["absence_days"] + 1] for m in months if m in figs]
        rows = [r for r in rows if any(v is not None for v in r)]
        return float(sum(v or 0 for r in rows for v in r)) if rows else None
    if source == "exam_avg":
        counted = set(months)
        return _mean([pct for month, pct in data.exams.get(sid, []) if month in counted])
    if source == "monthly_avg":
        scores = data.monthly.get(sid, {})
        return _mean([scores.get(m) for m in months])
    if source == "spot_pass":
        per_month = data.spot.get(sid, {})
        items = sum(per_month[m][0] for m in months if m in per_month)
        failed = sum(per_month[m][1] for m in months if m in per_month)
        return 100.0 * (items - failed) / items if items else None
    if source == "rule_count":
        per_month = data.rule_counts.get(sid, {}).get(rule_code, {})
        return float(sum(per_month.get(m, 0) for m in months))
    if source.startswith("team_"):
        i = _IDX[_FIELD_OF[source]]
        vals = []
        for member in team_members or []:
            mf = data.figures.get(member, {})
            vals += [mf[m][i] for m in months if m in mf]
        return _mean(vals)
    raise ValueError(source)


def value_text(value: float | None, unit: str) -> str:
    from ..base.text import seconds_text

    if value is None:
        return "无数据"
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "秒":
        return seconds_text(value)
    if unit == "元":
        return f"{value:,.0f} 元"
    if unit == "分":
        return f"{value:.1f} 分"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:g} {unit}" if float(value).is_integer() else f"{value:.1f} {unit}"


def _target_text(ind: dict, unit: str, target: float, high: float | None) -> str:
    if ind["direction"] == "band":
        return f"{value_text(target, unit)}～{value_text(high, unit)}"
    sign = "≥" if ind["direction"] == "higher" else "≤"
    return f"{sign} {value_text(target, unit)}"


def score_data_indicator(ind: dict, value: float | None, months_counted: int,
                         goal_target: float | None = None) -> tuple[float | None, str, str]:
    """(score, target text, note) of a data indicator measured as ``value``.

    A ``sum`` source's thresholds are pro-rated by months counted / 12. A goal
    agreed for the person replaces the target (the zero point moves with it).
    """
    label, unit, aggregate = SOURCES[ind["source"]]
    target, zero = ind["target"], ind["zero"]
    high, zero_high = ind.get("target_high"), ind.get("zero_high")
    note = []
    if goal_target is not None and ind["direction"] in ("higher", "lower"):
        zero += goal_target - target
        target = goal_target
        note.append("按个人目标")
    if aggregate == "sum" and months_counted < 12:
        f = months_counted / 12
        target, zero = target * f, zero * f
        if high is not None:
            high, zero_high = high * f, zero_high * f
        note.append(f"按 {months_counted}/12 个月折算")
    score = scales.band_score(value, ind["direction"], target, zero, high, zero_high)
    return score, _target_text(ind, unit, target, high), "，".join(note)


# ---------------------------------------------------------------- aggregating

def weighted(parts: list[tuple[float, float | None]]) -> float | None:
    """Weighted mean of (weight, score) over the scores present (weights renormalised)."""
    present = [(w, s) for w, s in parts if s is not None and w > 0]
    total = sum(w for w, _ in present)
    if not total:
        return None
    return sum(w * s for w, s in present) / total


def aggregate(result: AnnualResult, dim_weights: dict | None = None, ind_weights: dict | None = None,
              monthly_weight: float | None = None, bands: list | None = None) -> tuple[float | None, float | None, str]:
    """(evaluation, final, grade) of a result's indicator scores under the given weights
    (None: the weights stored in the result). Used by ``evaluate`` and by the what-if."""
    dim_parts = []
    for d in result.dimensions:
        ind_parts = [((ind_weights or {}).get(i.code, i.weight), i.score) for i in d.indicators]
        d_score = scales.r1(weighted(ind_parts))
        if dim_weights is None and ind_weights is None:
            d.score = d_score
        dim_parts.append(((dim_weights or {}).get(d.code, d.weight), d_score))
    # Each level from the rounded scores of the level below, as printed: the report can be
    # checked by hand.
    evaluation = scales.r1(weighted(dim_parts))
    mw = result.monthly_weight if monthly_weight is None else monthly_weight
    final = scales.r1(weighted([(mw, result.monthly_avg), (100 - mw, evaluation)]))
    return evaluation, final, scales.grade_for(final, bands) if bands and final is not None else ""


def review_status(review: AnnualReview | None) -> str:
    return review.status if review is not None else "not_started"


def evaluate(person: tuple, data: YearData, team_members: dict[str, list[int]] | None = None) -> AnnualResult:
    """One person's annual result from the loaded year (no query)."""
    sid, no, name, team, role, hire, leave = person
    review = data.reviews.get(sid)
    if review is not None and review.signed_off_at is not None and review.result:
        frozen = AnnualResult.from_dict(review.result)
        frozen.provisional_reasons = provisional_reasons(frozen)
        frozen.provisional = bool(frozen.provisional_reasons)
        return frozen
    template = data.templates.get(role) or data.templates["agent"]
    worked = employed_months(hire, leave, data.year, _dt.date(data.year, 12, 31))
    months = [m for m in worked if m in data.published]
    scores = data.monthly.get(sid, {})
    result = AnnualResult(
        staff_id=sid, employee_no=no, name=name, team=team or "", role=role, year=data.year,
        status=review_status(review), template_id=template.id, template_version=template.version,
        template_name=template.name, months=months, months_pending=[m for m in worked if m not in data.published],
        monthly_scores=[scores.get(m.key) if m.key in months else None for m in year_months(data.year)],
        monthly_weight=data.monthly_weight)
    result.monthly_avg = scales.r1(_mean([scores.get(m) for m in months]))
    ratings = (review.ratings if review is not None else None) or {}
    goal_targets = {g.indicator: g.target for g in data.goals.get(sid, []) if g.indicator and g.target is not None}
    members = [m for m in (team_members or {}).get(team or "", []) if m != sid]
    for dim in template.dimensions:
        dr = DimensionResult(dim["code"], dim["name"], dim["weight"])
        for ind in dim["indicators"]:
            ir = IndicatorResult(ind["code"], ind["name"], ind["kind"], ind["weight"])
            if ind["kind"] == "judged":
                given = ratings.get(ind["code"]) or {}
                ir.rating = given.get("rating")
                ir.comment = given.get("comment", "")
                ir.score = scales.rating_score(ir.rating, data.rating_points)
                ir.value_text = f"{ir.rating} 分（1–5）" if ir.rating else "未评"
                ir.target_text = "主管评议"
            else:
                unit = SOURCES[ind["source"]][1]
                value = measure(ind["source"], sid, months, data, ind.get("rule_code", ""), members)
                score, ir.target_text, ir.note = score_data_indicator(ind, value, len(months),
                                                                      goal_targets.get(ind["code"]))
                ir.value, ir.value_text, ir.score = value, value_text(value, unit), scales.r1(score)
            if ir.score is None:
                result.missing.append(ind["name"])
            dr.indicators.append(ir)
        result.dimensions.append(dr)
    result.evaluation, result.final, result.grade = aggregate(result, bands=data.bands)
    result.complete = not result.missing and result.monthly_avg is not None
    result.provisional_reasons = provisional_reasons(result)
    result.provisional = bool(result.provisional_reasons)
    return result


def provisional_reasons(result: AnnualResult) -> list[str]:
    """Why ``result`` is not final yet (empty: it is final) — the one rule every view follows.

    A result is provisional (暂定) while a judged indicator has no rating, while the review is not
    signed off, or while a month of the year the person worked in is not yet published (its score
    and figures are not counted yet, so the average and the pro-rated targets will still move).
    """
    reasons = []
    unrated = [i.name for d in result.dimensions for i in d.indicators if i.kind == "judged" and not i.rating]
    if unrated:
        reasons.append(f"评议指标未评分：{'、'.join(unrated)}")
    if result.months_pending:
        names = "、".join(f"{int(m[5:])}月" for m in result.months_pending)
        reasons.append(f"{names}尚未公示")
    if result.status != "signed_off":
        reasons.append("尚未签字")
    return reasons


def is_provisional(result: AnnualResult) -> bool:
    """True while ``provisional_reasons`` finds anything: the result and grade are 暂定."""
    return bool(provisional_reasons(result))


def _team_members(data: YearData) -> dict[str, list[int]]:
    """Agents and QA inspectors per team (a team lead's team-performance indicators), from all staff
    employed in the year — not only those asked for."""
    out: dict[str, list[int]] = {}
    for sid, _no, _name, team, role, *_ in data.staff:
        if role != "team_lead" and team:
            out.setdefault(team, []).append(sid)
    return out


def rank(results: list[AnnualResult], key=lambda r: r.final) -> dict[int, int]:
    """Competition ranking (1, 1, 3) by ``key`` descending; people without a value get no rank."""
    scored = sorted((r for r in results if key(r) is not None), key=lambda r: -key(r))
    ranks, prev, prev_rank = {}, None, 0
    for i, r in enumerate(scored, start=1):
        v = key(r)
        prev_rank = prev_rank if v == prev else i
        ranks[r.staff_id] = prev_rank
        prev = v
    return ranks


def compute_all(year: int, staff_ids: list[int] | None = None) -> list[AnnualResult]:
    """Every person's annual result for ``year`` (employed at any time in it), by employee number,
    ranked by final score among them. A fixed number of queries, whatever the head count."""
    data = load_year(year)
    teams = _team_members(data)
    people = data.staff if staff_ids is None else [p for p in data.staff if p[0] in set(staff_ids)]
    results = [evaluate(p, data, teams) for p in people]
    ranks = rank(results)
    for r in results:
        r.rank, r.rank_count = ranks.get(r.staff_id), len(ranks)
    return results


def compute_each(year: int, staff_ids: list[int]) -> dict[int, AnnualResult]:
    """Each person's result as ``compute_all(year, [id])`` gives it — ranked on their own — with the
    year's data read once (signing off several reviews)."""
    data = load_year(year)
    teams = _team_members(data)
    wanted = set(staff_ids)
    out = {}
    for p in data.staff:
        if p[0] in wanted:
            r = evaluate(p, data, teams)
            ranks = rank([r])
            r.rank, r.rank_count = ranks.get(r.staff_id), len(ranks)
            out[r.staff_id] = r
    return out


def compute_one(year: int, staff) -> AnnualResult:
    from ..base.errors import NotFound
    from ..office.lookups import find_staff

    s = find_staff(staff)
    found = [r for r in compute_all(year) if r.staff_id == s.id]
    if not found:
        raise NotFound(f"{s.name}（{s.employee_no}）在{year}年不在职，没有年度考核。", field="staff")
    return found[0]


# ---------------------------------------------------------------- comparison and what-if

def team_comparison(year: int, sort_by: str = "final", descending: bool = True, team: str | None = None,
                    role: str | None = None, results: list[AnnualResult] | None = None) -> list[dict]:
    """One row per person: monthly average, evaluation, final, grade and every dimension's score,
    sorted by ``sort_by`` (``final``, ``monthly_avg``, ``evaluation``, ``employee_no``, ``name`` or a
    dimension code). People without a value for the key go last."""
    results = compute_all(year) if results is None else results
    rows = []
    for r in results:
        if team is not None and r.team != team or role is not None and r.role != role:
            continue
        row = {"staff_id": r.staff_id, "employee_no": r.employee_no, "name": r.name, "team": r.team,
               "role": r.role, "status": r.status, "months_counted": r.months_counted,
               "monthly_avg": r.monthly_avg, "evaluation": r.evaluation, "final": r.final, "grade": r.grade,
               "rank": r.rank, "complete": r.complete, "provisional": r.provisional,
               "provisional_reasons": list(r.provisional_reasons), "months_pending": list(r.months_pending),
               "dimensions": {d.code: d.score for d in r.dimensions},
               "dimension_names": {d.code: d.name for d in r.dimensions}}
        rows.append(row)

    def key_of(row):
        if sort_by in ("employee_no", "name", "team"):
            return row[sort_by]
        if sort_by in ("final", "monthly_avg", "evaluation"):
            return row[sort_by]
        return row["dimensions"].get(sort_by)

    with_value = [r for r in rows if key_of(r) is not None]
    without = [r for r in rows if key_of(r) is None]
    with_value.sort(key=lambda r: r["employee_no"])
    with_value.sort(key=key_of, reverse=descending)  # stable: ties stay by employee number
    return with_value + sorted(without, key=lambda r: r["employee_no"])


@dataclass
class WhatIfRow:
    staff_id: int
    employee_no: str
    name: str
    final_before: float | None
    final_after: float | None
    grade_before: str
    grade_after: str
    rank_before: int | None
    rank_after: int | None

    @property
    def move(self) -> int | None:
        """Places gained (+) or lost (−)."""
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after


def _check_alternative(results: list[AnnualResult], dim_weights: dict, ind_weights: dict) -> None:
    from ..base.errors import ValidationError

    seen = set()
    for r in results:
        if r.template_id in seen and r.template_id is not None:
            continue
        seen.add(r.template_id)
        dims = {d.code: (dim_weights or {}).get(d.code, d.weight) for d in r.dimensions}
        total = sum(dims.values())
        if abs(total - 100) > 1e-6:
            raise ValidationError(f"{r.template_name}：各维度权重之和应为 100%，调整后是 {total:g}%。", field="weight")
        for d in r.dimensions:
            t = sum((ind_weights or {}).get(i.code, i.weight) for i in d.indicators)
            if abs(t - 100) > 1e-6:
                raise ValidationError(f"{r.template_name}：维度“{d.name}”内各指标权重之和应为 100%，调整后是 {t:g}%。",
                                      field="weight")
        for w in list(dims.values()) + [(ind_weights or {}).get(i.code, i.weight)
                                        for d in r.dimensions for i in d.indicators]:
            if w < 0:
                raise ValidationError("权重不能为负数。", field="weight")


def what_if(year: int, dimension_weights: dict | None = None, indicator_weights: dict | None = None,
            monthly_weight: float | None = None, role: str | None = None, team: str | None = None,
            results: list[AnnualResult] | None = None) -> list[WhatIfRow]:
    """How ranks would move with other weights — nothing is saved.

    ``dimension_weights`` {dimension code: %} and ``indicator_weights``
    {indicator code: %} replace the template's weights where given (the sums
    are checked as in the template editor); ``monthly_weight`` replaces the
    monthly/evaluation blend. Ranks are among the people selected (``role``,
    ``team``); rows come in the new order.
    """
    from ..base.errors import ValidationError

    results = compute_all(year) if results is None else results
    results = [r for r in results if (role is None or r.role == role) and (team is None or r.team == team)]
    if monthly_weight is not None and not 0 <= monthly_weight <= 100:
        raise ValidationError(f"月度平均分的占比应在 0 到 100 之间（填的是 {monthly_weight:g}）。", field="monthly_weight")
    _check_alternative(results, dimension_weights, indicator_weights)
    bands = scales.parse_grade_bands(settings_mod.load().annual_grade_bands)
    after = {}
    for r in results:
        _, final, grade = aggregate(r, dimension_weights or {}, indicator_weights or {}, monthly_weight, bands)
        after[r.staff_id] = (final, grade)
    before_ranks = rank(results)
    after_ranks = rank(results, key=lambda r: after[r.staff_id][0])
    rows = [WhatIfRow(r.staff_id, r.employee_no, r.name, r.final, after[r.staff_id][0], r.grade,
                      after[r.staff_id][1], before_ranks.get(r.staff_id), after_ranks.get(r.staff_id))
            for r in results]
    rows.sort(key=lambda w: (w.rank_after is None, w.rank_after or 0, w.employee_no))
    return rows


@dataclass
class DistributionCheck:
    """The grade-distribution check: ``message`` (None: nothing to say), whether it was computed from
    provisional grades, and how many final and provisional results there were."""

    message: str | None
    provisional: bool
    final_count: int
    provisional_count: int


def distribution_check(results: list[AnnualResult]) -> DistributionCheck:
    """Whether more than N % (setting ``annual_excellent_max_pct``; 0 = off) get the top grade.

    Counted on final results only (``provisional_reasons`` empty). While no result is final yet the
    check runs on the provisional grades and its message starts with “暂定：”, so nobody takes it
    for the year's distribution.
    """
    s = settings_mod.load()
    limit = s.annual_excellent_max_pct
    graded = [r for r in results if r.grade]
    final = [r for r in graded if not provisional_reasons(r)]
    n_prov = len(graded) - len(final)
    if not limit or not graded:
        return DistributionCheck(None, not final, len(final), n_prov)
    top = scales.parse_grade_bands(s.annual_grade_bands)[0][0]
    provisional = not final
    pool = graded if provisional else final
    n = sum(1 for r in pool if r.grade == top)
    share = 100.0 * n / len(pool)
    if share <= limit:
        return DistributionCheck(None, provisional, len(final), n_prov)
    if provisional:
        text = (f"暂定：按 {len(pool)} 人的暂定等级，“{top}”占 {share:.0f}%（{n}/{len(pool)} 人），超过设定的 {limit}%。"
                "还没有定稿的结果，签字后再复核。")
    else:
        text = (f"“{top}”占 {share:.0f}%（{n}/{len(pool)} 人，只计已定稿的结果），超过设定的 {limit}%。"
                "请复核评分尺度是否过宽。")
        if n_prov:
            text += f"另有 {n_prov} 人的结果暂定，未计入。"
    return DistributionCheck(text, provisional, len(final), n_prov)


def distribution_warning(results: list[AnnualResult]) -> str | None:
    """The message of ``distribution_check`` (None when there is nothing to warn about)."""
    return distribution_check(results).message
