"""The monthly skills exam (seed 000 §二.4 and §三(一).6).

An exam belongs to a month and has a full mark and a pass mark; each agent
has at most one result in it: a score or absent. A full mark earns the B02
bonus (+5) — *proposed* through ``proposals.PROVIDERS`` with the source key
``exam_result:<id>``, confirmed by the supervisor, never added twice.
Results of an exam in a published or closed month can no longer change.
"""

from __future__ import annotations

import datetime as _dt
import statistics
from dataclasses import dataclass

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import NotFound, ValidationError
from .events import void_in, check_staff_on
from ..office.lookups import find_staff
from ..store.models import Exam, ExamResult, Rule, ScoreEvent, Staff
from ..base.months import Month
from .periods import ensure_open
from .proposal import Proposal
from ..trust.service import Tx, change
from ..base.values import choice, clean_text, known_fields, parse_date, number_text, parse_int

EXAM_AREAS = {
    "orders": ("接单", "Orders"),
    "after_sales": ("售后", "After-sales"),
    "daily": ("日常工作", "Daily work"),
    "product": ("产品知识", "Product knowledge"),
    "company_rules": ("公司制度", "Company rules"),
    "mixed": ("综合", "Mixed"),
}

FULL_MARKS_RULE = "B02"
MAX_FULL_MARKS = 1000

# Score distribution buckets as fractions of full marks: (label, low inclusive, high exclusive).
BUCKETS = [
    ("<60%", 0.0, 0.6),
    ("60–69%", 0.6, 0.7),
    ("70–79%", 0.7, 0.8),
    ("80–89%", 0.8, 0.9),
    ("90–99%", 0.9, 1.0),
    ("满分", 1.0, 1.01),
]


def source_key(result: ExamResult | int) -> str:
    rid = result if isinstance(result, int) else result.id
    return f"exam_result:{rid}"


def exam_record(e: Exam) -> dict:
    return {"date": e.date, "month": e.month, "title": e.title, "area": e.area,
            "full_marks": e.full_marks, "pass_mark": e.pass_mark, "note": e.note}


def result_record(r: ExamResult) -> dict:
    return {"exam": r.exam_id, "staff": r.staff_id, "score": r.score, "absent": r.absent, "note": r.note}


def find_exam(exam_id) -> Exam:
    exam = Exam.get_or_none(Exam.id == exam_id) if exam_id is not None else None
    if exam is None:
        raise NotFound(f"找不到编号为 {exam_id} 的考试。", field="exam")
    return exam


# ---------------------------------------------------------------- exams

def _clean_exam(data: dict, current: Exam | None) -> dict:
    out = {}
    if "date" in data or current is None:
        out["date"] = parse_date(data.get("date"), "考试日期", "date")
    if "month" in data or current is None:
        raw = data.get("month")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            day = out.get("date") or current.date
            out["month"] = Month.of(day).key
        else:
            out["month"] = (raw if isinstance(raw, Month) else Month.parse(raw)).key
    if "title" in data or current is None:
        out["title"] = clean_text(data.get("title"), "考试名称", "title", max_length=200, required=True)
    if "area" in data or current is None:
        out["area"] = choice(data.get("area") or "mixed", EXAM_AREAS, "考试内容", "area")
    if "full_marks" in data or current is None:
        fm = data.get("full_marks")
        out["full_marks"] = 100 if fm in (None, "") else parse_int(fm, "满分", "full_marks", minimum=1,
                                                                    maximum=MAX_FULL_MARKS)
    if "pass_mark" in data or current is None:
        full = out.get("full_marks", current.full_marks if current else 100)
        pm = data.get("pass_mark")
        out["pass_mark"] = round(full * 0.6) if pm in (None, "") else parse_int(pm, "及格分", "pass_mark", minimum=0)
    if "note" in data:
        out["note"] = clean_text(data.get("note"), "备注", "note", max_length=2000)
    full = out.get("full_marks", current.full_marks if current else None)
    pass_mark = out.get("pass_mark", current.pass_mark if current else None)
    if pass_mark is not None and full is not None and pass_mark > full:
        raise ValidationError(f"及格分 {pass_mark} 不能高于满分 {full}。", field="pass_mark")
    return out


EXAM_FIELDS = ("date", "month", "title", "area", "full_marks", "pass_mark", "note")


def _check_fields(data: dict) -> None:
    known_fields(data, EXAM_FIELDS)


def add_exam(actor: Actor, **data) -> Exam:
    """Create an exam. Validates date, month (defaults to the date's), title, area, marks."""
    _check_fields(data)
    with change(actor, "manage_exams") as tx:
        values = _clean_exam(data, None)
        ensure_open(Month.parse(values["month"]), "安排考试")
        exam = Exam.create(**values, created_by=actor.username, created_at=clock.now_utc())
        tx.audit("add_exam", "exam", exam.id, month=exam.month, after=exam_record(exam))
        return exam


def update_exam(actor: Actor, exam_id: int, **data) -> Exam:
    """Edit an exam. Refused when its month (before or after) is locked, or when
    lowering full marks would put an entered score above it."""
    _check_fields(data)
    with change(actor, "manage_exams") as tx:
        exam = find_exam(exam_id)
        ensure_open(Month.parse(exam.month), "修改考试")
        values = _clean_exam(data, exam)
        if "month" in values:
            ensure_open(Month.parse(values["month"]), "修改考试")
        before = exam_record(exam)
        full = values.get("full_marks", exam.full_marks)
        top = (ExamResult.select(ExamResult.score).where((ExamResult.exam == exam) & ExamResult.score.is_null(False))
               .order_by(ExamResult.score.desc()).limit(1).scalar())
        if top is not None and top > full:
            raise ValidationError(f"已有成绩 {_fmt(top)} 分高于新的满分 {full}，请先更正成绩。", field="full_marks")
        for k, v in values.items():
            setattr(exam, k, v)
        exam.save()
        after = exam_record(exam)
        if before != after:
            tx.audit("update_exam", "exam", exam.id, month=exam.month, before=before, after=after)
            _void_lost_bonuses(tx, exam, "考试满分或月份已修改")
        return exam


def delete_exam(actor: Actor, exam_id: int) -> None:
    """Delete an exam that has no results yet (results are history: clear them first)."""
    with change(actor, "manage_exams") as tx:
        exam = find_exam(exam_id)
        ensure_open(Month.parse(exam.month), "删除考试")
        if ExamResult.select().where(ExamResult.exam == exam).exists():
            raise ValidationError(f"考试“{exam.title}”已有成绩，不能删除。请先删除成绩。", field="exam")
        before = exam_record(exam)
        exam.delete_instance()
        tx.audit("delete_exam", "exam", exam_id, month=before["month"], before=before)


# ---------------------------------------------------------------- results

def _fmt(score: float | None) -> str:
    if score is None:
        return ""
    return f"{score:g}"


def parse_score(value, exam: Exam) -> float:
    """A score between 0 and the exam's full marks, in steps of 0.5."""
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValidationError("请填写分数，或标为缺考。", field="score")
    score = value if isinstance(value, (int, float)) and not isinstance(value, bool) else number_text(text)
    if score is None or score != score or score in (float("inf"), float("-inf")):
        raise ValidationError(f"分数“{text}”不是数字。请只用 0–9 和小数点，填 0 到 {exam.full_marks} 之间的分数，"
                              "缺考请标为缺考。", field="score")
    if not 0 <= score <= exam.full_marks:
        raise ValidationError(f"分数应在 0 到 {exam.full_marks} 之间（填的是 {text}）。", field="score")
    if (score * 2) != int(score * 2):
        raise ValidationError(f"分数“{text}”最多保留到 0.5 分。", field="score")
    return score


def set_result(actor: Actor, exam_id: int, staff, score=None, *, absent: bool = False, note: str = "") -> ExamResult:
    """Enter or update one agent's result (score, or absent). Audited.

    Refused when the exam's month is locked. When a full mark is lowered, a
    B02 bonus already confirmed for it is voided in the same transaction.
    """
    with change(actor, "manage_exams") as tx:
        return _set_result(tx, find_exam(exam_id), staff, score, absent, note)


def set_results(actor: Actor, exam_id: int, rows: list[dict]) -> list[ExamResult]:
    """Enter several results at once (a grid): each row has staff, score or absent, note.

    All or nothing: one bad row leaves nothing saved; its message names the agent.
    Each row is checked and audited as ``set_result`` would; the people and the results
    already entered are read once, new results and their audit entries are inserted in
    batches (a changed result takes ``set_result``'s path, voiding a lost B02 bonus).
    """
    from ..trust.audit import bulk_insert, record_many

    with change(actor, "manage_exams") as tx:
        exam = find_exam(exam_id)
        if not rows:
            return []
        _check_entry(exam)
        people = {}
        for st in Staff.select():
            people[st.id] = people[st.employee_no] = st
        existing = {r.staff_id: r for r in ExamResult.select().where(ExamResult.exam == exam)}
        planned = []  # (staff, value, absent, note)
        seen = set()
        for row in rows:
            ref = row.get("staff")
            key = ref if isinstance(ref, int) and not isinstance(ref, bool) else str(ref).strip()
            staff = ref if isinstance(ref, Staff) else people.get(key) or find_staff(ref)
            if staff.id in seen:
                raise ValidationError(f"{staff.name}（{staff.employee_no}）在本次考试中填了两次成绩。", field="staff")
            seen.add(staff.id)
            absent = bool(row.get("absent"))
            try:
                check_staff_on(staff, exam.date)
                note = clean_text(row.get("note", ""), "备注", "note", max_length=500)
                value = None if absent else parse_score(row.get("score"), exam)
            except ValidationError as exc:
                raise ValidationError(f"{staff.name}（{staff.employee_no}）：{exc.message}", field=exc.field) from None
            planned.append((staff, value, absent, note))
        now, user = clock.now_utc(), tx.actor.username
        new = [p for p in planned if p[0].id not in existing]
        fields = [ExamResult.exam, ExamResult.staff, ExamResult.score, ExamResult.absent, ExamResult.note,
                  ExamResult.entered_by, ExamResult.entered_at]
        bulk_insert(ExamResult, fields, [(exam.id, st.id, value, absent, note, user, now)
                                         for st, value, absent, note in new])
        created = {}
        if new:
            q = ExamResult.select().where((ExamResult.exam == exam) & ExamResult.staff.in_([p[0].id for p in new]))
            created = {r.staff_id: r for r in q}
            tx.entries += record_many(tx.actor, [  # the values as given, as ``result_record`` of a new row
                dict(action="add_exam_result", entity="exam_result", entity_id=created[st.id].id, staff_id=st.id,
                     month=exam.month, after={"exam": exam.id, "staff": st.id, "score": value, "absent": absent,
                                              "note": note})
                for st, value, absent, note in new])
        out = []
        for st, value, absent, note in planned:
            if st.id in created:
                out.append(created[st.id])
            else:
                out.append(_update_result(tx, exam, existing[st.id], st, value, absent, note))
        return out


def _check_entry(exam: Exam) -> None:
    """Results of ``exam`` can be entered now: its month is open and it has been held."""
    ensure_open(Month.parse(exam.month), "修改考试成绩")
    if exam.date > clock.today():
        raise ValidationError(f"考试“{exam.title}”在 {exam.date:%Y-%m-%d} 举行，考完后才能录入成绩。", field="exam")


def _set_result(tx: Tx, exam: Exam, staff, score, absent: bool, note) -> ExamResult:
    _check_entry(exam)
    staff = find_staff(staff)
    check_staff_on(staff, exam.date)
    note = clean_text(note, "备注", "note", max_length=500)
    value = None if absent else parse_score(score, exam)
    existing = ExamResult.get_or_none((ExamResult.exam == exam) & (ExamResult.staff == staff))
    if existing is None:
        r = ExamResult.create(exam=exam, staff=staff, score=value, absent=bool(absent), note=note,
                              entered_by=tx.actor.username, entered_at=clock.now_utc())
        tx.audit("add_exam_result", "exam_result", r.id, staff_id=staff.id, month=exam.month,
                 after=result_record(r))
        return r
    return _update_result(tx, exam, existing, staff, value, absent, note)


def _update_result(tx: Tx, exam: Exam, existing: ExamResult, staff: Staff, value, absent: bool,
                   note: str) -> ExamResult:
    """Change a result already entered (checked values); audited only when it changes."""
    before = result_record(existing)
    existing.score, existing.absent, existing.note = value, bool(absent), note
    existing.entered_by, existing.entered_at = tx.actor.username, clock.now_utc()
    after = result_record(existing)
    if before != after:
        existing.save()
        tx.audit("update_exam_result", "exam_result", existing.id, staff_id=staff.id, month=exam.month,
                 before=before, after=after)
        if not is_full_marks(existing, exam):
            _void_bonus(tx, existing, f"考试成绩改为{'缺考' if absent else _fmt(value) + ' 分'}，不再是满分")
    return existing


def delete_result(actor: Actor, exam_id: int, staff) -> None:
    """Remove a result entered by mistake (e.g. for the wrong agent). Audited."""
    with change(actor, "manage_exams") as tx:
        exam = find_exam(exam_id)
        ensure_open(Month.parse(exam.month), "修改考试成绩")
        staff = find_staff(staff)
        r = ExamResult.get_or_none((ExamResult.exam == exam) & (ExamResult.staff == staff))
        if r is None:
            raise NotFound(f"{staff.name} 在考试“{exam.title}”中没有成绩。", field="staff")
        before, rid = result_record(r), r.id
        _void_bonus(tx, r, "考试成绩已删除")
        r.delete_instance()
        tx.audit("delete_exam_result", "exam_result", rid, staff_id=staff.id, month=exam.month, before=before)


def is_full_marks(r: ExamResult, exam: Exam | None = None) -> bool:
    exam = exam or r.exam
    return not r.absent and r.score is not None and r.score >= exam.full_marks


def _void_bonus(tx: Tx, r: ExamResult, reason: str) -> None:
    ev = ScoreEvent.get_or_none((ScoreEvent.source == source_key(r)) & (ScoreEvent.voided == False))  # noqa: E712
    if ev is not None:
        void_in(tx, ev, reason)


def _void_lost_bonuses(tx: Tx, exam: Exam, reason: str) -> None:
    for r in ExamResult.select().where(ExamResult.exam == exam):
        ev = ScoreEvent.get_or_none((ScoreEvent.source == source_key(r)) & (ScoreEvent.voided == False))  # noqa: E712
        if ev is not None and (not is_full_marks(r, exam) or ev.month != Month.of(_bonus_date(exam)).key):
            void_in(tx, ev, reason)


# ---------------------------------------------------------------- B02 proposals

def _bonus_date(exam: Exam) -> _dt.date:
    """The date the B02 bonus carries: the exam date, kept inside the exam's month."""
    month = Month.parse(exam.month)
    if month.contains(exam.date):
        return exam.date
    return month.first_day if exam.date < month.first_day else month.last_day


def full_marks_proposals(month: Month) -> list[Proposal]:
    """B02 (+5) for each full-mark result of the month's exams (held by today)."""
    rule = Rule.get_or_none((Rule.code == FULL_MARKS_RULE) & (Rule.active == True))  # noqa: E712
    if rule is None:
        return []
    rows = (ExamResult.select(ExamResult, Exam, Staff).join(Exam).switch(ExamResult).join(Staff)
            .where((Exam.month == month.key) & (ExamResult.absent == False)  # noqa: E712
                   & (ExamResult.score >= Exam.full_marks))
            .order_by(Exam.date, Staff.employee_no))
    out = []
    today = clock.today()
    for r in rows:
        day = _bonus_date(r.exam)
        if day > today:
            continue
        st = r.staff
        out.append(Proposal(st.id, st.employee_no, st.name, FULL_MARKS_RULE, rule.default_points, day,
                            f"考试“{r.exam.title}”满分（{_fmt(r.score)}/{r.exam.full_marks}）",
                            source_key(r), method="scheduled", reference=f"考试#{r.exam.id}"))
    return out


# ---------------------------------------------------------------- reading

def month_exams(month: Month) -> list[Exam]:
    return list(Exam.select().where(Exam.month == month.key).order_by(Exam.date, Exam.id))


def exam_results(exam_id: int) -> list[ExamResult]:
    """The exam's results with staff joined, by employee number."""
    return list(ExamResult.select(ExamResult, Staff).join(Staff)
                .where(ExamResult.exam == exam_id).order_by(Staff.employee_no))


@dataclass(frozen=True)
class GridRow:
    """One line of the result-entry grid: a person employed on the exam date and their result, if any."""

    staff_id: int
    employee_no: str
    name: str
    team: str
    score: float | None
    absent: bool
    note: str
    entered: bool


def grid_rows(exam_id: int) -> list[GridRow]:
    """Everyone employed on the exam date (plus anyone already with a result), by employee number."""
    exam = find_exam(exam_id)
    results = {r.staff_id: r for r in ExamResult.select().where(ExamResult.exam == exam)}
    employed = (((Staff.hire_date.is_null()) | (Staff.hire_date <= exam.date))
                & ((Staff.leave_date.is_null()) | (Staff.leave_date >= exam.date))
                & ((Staff.active == True) | Staff.leave_date.is_null(False)))  # noqa: E712
    q = Staff.select().where(employed | Staff.id.in_(list(results)) if results else employed)
    out = []
    for st in q.order_by(Staff.employee_no):
        r = results.get(st.id)
        out.append(GridRow(st.id, st.employee_no, st.name, st.team or "", r.score if r else None,
                           bool(r and r.absent), r.note if r else "", r is not None))
    return out


@dataclass(frozen=True)
class ExamStats:
    exam_id: int
    title: str
    full_marks: int
    pass_mark: int
    entered: int  # results entered, absent included
    sat: int  # took the exam
    absent: int
    mean: float | None
    median: float | None
    highest: float | None
    lowest: float | None
    passed: int
    pass_rate: float | None  # 0..1 of those who sat
    full_marks_count: int
    buckets: list  # [(label, count)] over those who sat


def exam_stats(exam_id: int) -> ExamStats:
    """Mean, median, pass rate and score distribution of one exam."""
    exam = find_exam(exam_id)
    results = list(ExamResult.select().where(ExamResult.exam == exam))
    scores = [r.score for r in results if not r.absent and r.score is not None]
    counts = []
    for label, lo, hi in BUCKETS:
        counts.append((label, sum(1 for s in scores if lo <= s / exam.full_marks < hi)))
    passed = sum(1 for s in scores if s >= exam.pass_mark)
    return ExamStats(
        exam_id=exam.id, title=exam.title, full_marks=exam.full_marks, pass_mark=exam.pass_mark,
        entered=len(results), sat=len(scores), absent=sum(1 for r in results if r.absent),
        mean=round(statistics.fmean(scores), 2) if scores else None,
        median=statistics.median(scores) if scores else None,
        highest=max(scores) if scores else None, lowest=min(scores) if scores else None,
        passed=passed, pass_rate=(passed / len(scores)) if scores else None,
        full_marks_count=sum(1 for s in scores if s >= exam.full_marks), buckets=counts,
    )


@dataclass(frozen=True)
class ExamResultRow:
    """One result as a scorecard or a history table shows it."""

    exam_id: int
    date: _dt.date
    month: str
    title: str
    area: str  # code
    area_zh: str
    full_marks: int
    pass_mark: int
    score: float | None
    absent: bool
    passed: bool | None  # None when absent
    full: bool
    note: str

    @property
    def score_text(self) -> str:
        return "缺考" if self.absent else f"{_fmt(self.score)}/{self.full_marks}"


def _row(r: ExamResult) -> ExamResultRow:
    e = r.exam
    return ExamResultRow(
        exam_id=e.id, date=e.date, month=e.month, title=e.title, area=e.area,
        area_zh=EXAM_AREAS.get(e.area, (e.area,))[0], full_marks=e.full_marks, pass_mark=e.pass_mark,
        score=r.score, absent=r.absent, passed=None if r.absent else r.score >= e.pass_mark,
        full=is_full_marks(r, e), note=r.note,
    )


def agent_history(staff, year: int | None = None) -> list[ExamResultRow]:
    """One agent's exam results, oldest first (optionally one calendar year)."""
    staff = find_staff(staff)
    q = (ExamResult.select(ExamResult, Exam).join(Exam).where(ExamResult.staff == staff)
         .order_by(Exam.date, Exam.id))
    if year is not None:
        q = q.where(Exam.month.startswith(f"{year:04d}-"))
    return [_row(r) for r in q]


def exam_results_for(staff_id: int, month: Month | str) -> list[ExamResultRow]:
    """The agent's results in the month's exams, for the scorecard."""
    key = month.key if isinstance(month, Month) else Month.parse(month).key
    q = (ExamResult.select(ExamResult, Exam).join(Exam)
         .where((ExamResult.staff == staff_id) & (Exam.month == key)).order_by(Exam.date, Exam.id))
    return [_row(r) for r in q]


def year_average(staff, year: int) -> float | None:
    """The agent's mean score in percent of full marks over a year's exams sat (None if none)."""
    rows = [r for r in agent_history(staff, year) if not r.absent]
    if not rows:
        return None
    return round(sum(100.0 * r.score / r.full_marks for r in rows) / len(rows), 1)
