"""The review year's records and the year-end review itself.

During the year: goals agreed at the start (indicator, target, weight) and
coaching notes. At year end: the self-review, the supervisor's ratings and
comments, the interview record, then sign-off.

Status follows what has been recorded: 未开始 → 自评中 (self-review written)
→ 已评价 (every judged indicator rated) → 已面谈 (interview recorded) →
已签字. Sign-off needs the ratings and the interview; it freezes the result
and the template version used. A signed-off review refuses every change
until an administrator unlocks it with a reason (audited). Every write goes
through ``service.change`` and is audited.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import NotFound, PeriodLocked, ValidationError
from ..office.lookups import find_staff
from ..store.models import AnnualGoal, AnnualReview, CoachingNote, Staff
from ..trust.service import change
from ..base.values import clean_text, known_fields, parse_date, parse_int
from . import scales
from .compute import REVIEW_STATUS, AnnualResult, compute_all
from .templates import template_for_role

MAX_TEXT = 5000


def check_year(year) -> int:
    return parse_int(year, "考核年度", "year", minimum=2000, maximum=2100)


def _staff_in_year(staff, year: int) -> Staff:
    s = find_staff(staff)
    if s.hire_date and s.hire_date > _dt.date(year, 12, 31) or s.leave_date and s.leave_date < _dt.date(year, 1, 1):
        raise ValidationError(f"{s.name}（{s.employee_no}）在{year}年不在职，不能建立该年度的考核记录。", field="year")
    return s


def get_review(staff, year: int) -> AnnualReview | None:
    s = find_staff(staff)
    return AnnualReview.get_or_none((AnnualReview.staff == s) & (AnnualReview.year == check_year(year)))


def review_record(r: AnnualReview) -> dict:
    return {"staff": r.staff_id, "year": r.year, "status": r.status, "self_review": r.self_review,
            "ratings": r.ratings or {}, "supervisor_comment": r.supervisor_comment,
            "interview_date": r.interview_date, "interview_attendees": r.interview_attendees,
            "interview_summary": r.interview_summary, "development_plan": r.development_plan,
            "signed_off_at": r.signed_off_at, "signed_off_by": r.signed_off_by,
            "template": r.template_id}


def _locked_message(s: Staff, year: int) -> str:
    return (f"{s.name}（{s.employee_no}）{year}年的年度考核已签字，不能再修改。"
            "如确需更改，请由管理员解锁并说明原因。")


def _open_review(staff, year) -> tuple[Staff, AnnualReview]:
    """The review to change (created when missing); refused when signed off. Inside a transaction."""
    year = check_year(year)
    s = _staff_in_year(staff, year)
    review = AnnualReview.get_or_none((AnnualReview.staff == s) & (AnnualReview.year == year))
    if review is None:
        review = AnnualReview(staff=s, year=year, status="not_started", ratings={})
    elif review.signed_off_at is not None:
        raise PeriodLocked(_locked_message(s, year))
    return s, review


def derive_status(review: AnnualReview, judged_codes: list[str]) -> str:
    if review.signed_off_at is not None:
        return "signed_off"
    if review.interview_date is not None:
        return "interviewed"
    ratings = review.ratings or {}
    if judged_codes and all((ratings.get(c) or {}).get("rating") for c in judged_codes):
        return "evaluated"
    if review.self_review.strip() or ratings or review.supervisor_comment.strip():
        return "self_review"
    return "not_started"


def _save(tx, s: Staff, review: AnnualReview, action: str, before: dict | None, reason: str | None = None):
    review.status = derive_status(review, template_for_role(s.role).judged_codes())
    review.updated_at = clock.now_utc()
    review.save()
    tx.audit(action, "annual_review", review.id, staff_id=s.id, before=before, after=review_record(review),
             reason=reason)
    return review


def save_self_review(actor: Actor, staff, year, text: str) -> AnnualReview:
    """The agent's self-review (个人年度工作总结与自评). Refused once signed off. Audited."""
    with change(actor, "annual_review") as tx:
        s, review = _open_review(staff, year)
        before = review_record(review) if review.id else None
        review.self_review = clean_text(text, "自评", "self_review", max_length=MAX_TEXT)
        return _save(tx, s, review, "save_self_review", before)


def _clean_rating(code: str, name: str, value) -> dict | None:
    if value is None:
        return None
    if isinstance(value, dict):
        rating, comment = value.get("rating"), value.get("comment", "")
    elif isinstance(value, (tuple, list)):
        rating, comment = (list(value) + [""])[:2]
    else:
        rating, comment = value, ""
    if rating is None or (isinstance(rating, str) and not rating.strip()):
        return None
    rating = parse_int(rating, f"“{name}”的评分", code, minimum=1, maximum=5)
    comment = clean_text(comment, f"“{name}”的评语", code, max_length=2000)
    if rating in scales.RATING_COMMENT_REQUIRED and not comment:
        raise ValidationError(f"“{name}”评为 {rating} 分时必须填写评语，说明依据。", field=code)
    return {"rating": rating, "comment": comment}


def save_ratings(actor: Actor, staff, year, ratings: dict, comment: str | None = None) -> AnnualReview:
    """The supervisor's ratings of the judged indicators: {indicator code: rating 1–5, (rating, comment)
    or {"rating", "comment"}; None clears}. A comment is required for ratings 1, 2 and 5. ``comment``:
    the supervisor's overall comment. Codes must be judged indicators of the person's template.
    Refused once signed off. Audited."""
    with change(actor, "annual_review") as tx:
        s, review = _open_review(staff, year)
        template = template_for_role(s.role)
        before = review_record(review) if review.id else None
        current = dict(review.ratings or {})
        for code, value in (ratings or {}).items():
            ind = template.indicator(code)
            if ind is None or ind["kind"] != "judged":
                names = "、".join(f"{c}" for c in template.judged_codes())
                raise ValidationError(f"“{code}”不是{template.name}中的评议指标。可评的指标：{names}。", field="ratings")
            clean = _clean_rating(code, ind["name"], value)
            if clean is None:
                current.pop(code, None)
            else:
                current[code] = clean
        review.ratings = current
        if comment is not None:
            review.supervisor_comment = clean_text(comment, "主管评语", "supervisor_comment", max_length=MAX_TEXT)
        return _save(tx, s, review, "save_ratings", before)


def record_interview(actor: Actor, staff, year, date, attendees: str, summary: str,
                     development_plan: str = "") -> AnnualReview:
    """The year-end interview (绩效面谈): date, attendees, summary, agreed development plan.
    Date and summary are required. Refused once signed off. Audited."""
    with change(actor, "annual_review") as tx:
        s, review = _open_review(staff, year)
        before = review_record(review) if review.id else None
        day = parse_date(date, "面谈日期", "interview_date")
        if day.year < review.year:
            raise ValidationError(f"面谈日期 {day:%Y-%m-%d} 早于考核年度 {review.year} 年。", field="interview_date")
        if day > clock.today():
            raise ValidationError(f"面谈日期 {day:%Y-%m-%d} 还没到，请记录已经进行的面谈。", field="interview_date")
        review.interview_date = day
        review.interview_attendees = clean_text(attendees, "参加人员", "interview_attendees", max_length=300,
                                                required=True)
        review.interview_summary = clean_text(summary, "面谈纪要", "interview_summary", max_length=MAX_TEXT,
                                              required=True)
        review.development_plan = clean_text(development_plan, "发展计划", "development_plan", max_length=MAX_TEXT)
        return _save(tx, s, review, "record_interview", before)


def sign_off(actor: Actor, staff, year) -> AnnualReview:
    """Sign the review off: every judged indicator rated and the interview recorded, else refused
    with what is missing. Freezes the result (the report and the comparison show it as signed) and
    the template version used (a later template edit creates a new version). Audited."""
    return sign_off_many(actor, [staff], year)[0]


def sign_off_many(actor: Actor, people: list, year) -> list[AnnualReview]:
    """``sign_off`` for several people of one year, all or nothing: each review is checked, frozen
    and audited as ``sign_off`` would, with the year's data read once for all their results."""
    from .compute import compute_each
    from .templates import ensure_saved

    with change(actor, "annual_review") as tx:
        year = check_year(year)
        opened, frozen = [], {}
        for staff in people:
            s, review = _open_review(staff, year)
            if any(s.id == other.id for other, _ in opened):
                continue  # listed twice: signed once
            template = template_for_role(s.role)
            ratings = review.ratings or {}
            missing = [template.indicator(c)["name"] for c in template.judged_codes()
                       if not (ratings.get(c) or {}).get("rating")]
            if missing:
                raise ValidationError(f"{s.name}（{s.employee_no}）还有评议指标未评分：{'、'.join(missing)}。"
                                      "全部评分后才能签字。", field="ratings")
            if review.interview_date is None:
                raise ValidationError(f"{s.name}（{s.employee_no}）还没有记录绩效面谈。记录面谈（日期、参加人员、纪要）"
                                      "后才能签字。", field="interview_date")
            opened.append((s, review))
        results = compute_each(year, [s.id for s, _ in opened])
        out = []
        for s, review in opened:
            before = review_record(review) if review.id else None
            row = frozen.get(s.role)
            if row is None:
                row = frozen[s.role] = ensure_saved(s.role)
            if not row.frozen:
                row.frozen = True
                row.save()
                tx.audit("freeze_annual_template", "annual_template", row.id,
                         after={"role": row.role, "version": row.version, "frozen": True})
            if review.id is None:
                review.save()
            result = results[s.id]
            result.template_id, result.template_version, result.template_name = row.id, row.version, row.name
            result.status = "signed_off"
            review.template = row
            review.signed_off_at = clock.now_utc()
            review.signed_off_by = actor.username
            review.result = result.to_dict()
            review.status = "signed_off"
            review.updated_at = clock.now_utc()
            review.save()
            tx.audit("sign_off_review", "annual_review", review.id, staff_id=s.id, before=before,
                     after=review_record(review) | {"final": result.final, "grade": result.grade})
            out.append(review)
        return out


def unlock_review(actor: Actor, staff, year, reason: str) -> AnnualReview:
    """Reopen a signed-off review (administrators only) with a reason; the frozen result is kept in
    the audit entry and the review is computed live again until it is signed off anew."""
    with change(actor, "unlock_review") as tx:
        year = check_year(year)
        s = find_staff(staff)
        text = clean_text(reason, "解锁原因", "reason", max_length=2000, required=True)
        review = AnnualReview.get_or_none((AnnualReview.staff == s) & (AnnualReview.year == year))
        if review is None or review.signed_off_at is None:
            raise ValidationError(f"{s.name}（{s.employee_no}）{year}年的年度考核没有签字，不需要解锁。", field="year")
        before = review_record(review) | {"result": review.result}
        review.signed_off_at = None
        review.signed_off_by = None
        review.result = None
        return _save(tx, s, review, "unlock_review", before, reason=text)


# ---------------------------------------------------------------- goals

def goal_record(g: AnnualGoal) -> dict:
    return {"staff": g.staff_id, "year": g.year, "indicator": g.indicator, "title": g.title, "target": g.target,
            "weight": g.weight, "note": g.note}


def _ensure_year_open(s: Staff, year: int) -> None:
    r = AnnualReview.get_or_none((AnnualReview.staff == s) & (AnnualReview.year == year))
    if r is not None and r.signed_off_at is not None:
        raise PeriodLocked(_locked_message(s, year))


def _clean_goal(s: Staff, year: int, data: dict, current: AnnualGoal | None, *, taken: int | None = None,
                template=None) -> dict:
    """The goal's checked values. ``taken``: the weight of the person's other goals of the year
    (read when None); ``template``: the person's template (read when None)."""
    out = {}
    if "title" in data or current is None:
        out["title"] = clean_text(data.get("title"), "目标名称", "title", max_length=200, required=True)
    if "indicator" in data:
        code = str(data.get("indicator") or "").strip()
        if code:
            ind = (template or template_for_role(s.role)).indicator(code)
            if ind is None:
                raise ValidationError(f"指标“{code}”不在{s.name}所用的考核模板中。不关联指标请留空。", field="indicator")
        out["indicator"] = code
    if "target" in data:
        t = data.get("target")
        if t is None or (isinstance(t, str) and not t.strip()):
            out["target"] = None
        else:
            try:
                out["target"] = float(str(t).strip().rstrip("%"))
            except ValueError:
                raise ValidationError(f"目标值“{t}”不是数字。", field="target") from None
    if "weight" in data:
        out["weight"] = parse_int(data.get("weight") or 0, "目标权重", "weight", minimum=0, maximum=100)
    if "note" in data:
        out["note"] = clean_text(data.get("note"), "备注", "note", max_length=2000)
    if taken is None:
        others = AnnualGoal.select().where((AnnualGoal.staff == s) & (AnnualGoal.year == year))
        if current is not None:
            others = others.where(AnnualGoal.id != current.id)
        taken = sum(g.weight for g in others)
    total = taken + out.get("weight", current.weight if current else 0)
    if total > 100:
        raise ValidationError(f"{s.name}{year}年各目标的权重合计 {total}%，超过了 100%。请降低权重。", field="weight")
    return out


GOAL_FIELDS = ("title", "indicator", "target", "weight", "note")


def add_goal(actor: Actor, staff, year, **data) -> AnnualGoal:
    """Add a goal for ``year``: title (required), optional template indicator whose target it sets for
    this person, target, weight (the person's goals add up to at most 100 %). Audited."""
    known_fields(data, GOAL_FIELDS)
    with change(actor, "annual_review") as tx:
        year = check_year(year)
        s = _staff_in_year(staff, year)
        _ensure_year_open(s, year)
        values = _clean_goal(s, year, data, None)
        g = AnnualGoal.create(staff=s, year=year, created_by=actor.username, created_at=clock.now_utc(), **values)
        tx.audit("add_goal", "annual_goal", g.id, staff_id=s.id, after=goal_record(g))
        return g


def add_goals(actor: Actor, goals: list[dict]) -> list[AnnualGoal]:
    """Several goals at once (the year's goals of a whole team), all or nothing: each dict holds
    ``staff``, ``year`` and the fields ``add_goal`` takes, and is checked and audited as
    ``add_goal`` would (the weights of one person's goals of the batch count together). Signed-off
    reviews, goal weights and templates are read once; rows and audit entries are inserted in batches."""
    from collections import Counter

    from ..trust.audit import record_many

    with change(actor, "annual_review") as tx:
        signed = set(AnnualReview.select(AnnualReview.staff, AnnualReview.year)
                     .where(AnnualReview.signed_off_at.is_null(False)).tuples())
        taken = Counter()
        for staff_id, year, weight in AnnualGoal.select(AnnualGoal.staff, AnnualGoal.year, AnnualGoal.weight).tuples():
            taken[(staff_id, year)] += weight
        templates: dict = {}
        now = clock.now_utc()
        planned = []
        for data in goals:
            data = dict(data)
            staff, year = data.pop("staff", None), check_year(data.pop("year", None))
            known_fields(data, GOAL_FIELDS)
            s = _staff_in_year(staff, year)
            if (s.id, year) in signed:
                raise PeriodLocked(_locked_message(s, year))
            if s.role not in templates:
                templates[s.role] = template_for_role(s.role)
            values = _clean_goal(s, year, data, None, taken=taken[(s.id, year)], template=templates[s.role])
            taken[(s.id, year)] += values.get("weight", 0)
            planned.append(AnnualGoal(staff=s, year=year, created_by=actor.username, created_at=now, **values))
        _insert(AnnualGoal, planned)
        tx.entries += record_many(tx.actor, [dict(action="add_goal", entity="annual_goal", entity_id=g.id,
                                                  staff_id=g.staff_id, after=goal_record(g)) for g in planned])
        return planned


def _insert(model, rows: list) -> None:
    """Insert unsaved ``rows`` of ``model`` in batches and give each its id (the writer holds the
    transaction, so the new ids follow the largest one in order)."""
    from peewee import fn

    from ..trust.audit import bulk_insert

    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    first = (model.select(fn.MAX(model.id)).scalar() or 0) + 1
    bulk_insert(model, fields, [tuple(r.__data__.get(f.name) for f in fields) for r in rows])
    ids = [i for (i,) in model.select(model.id).where(model.id >= first).order_by(model.id).tuples()]
    if len(ids) != len(rows):
        raise ValidationError("写入时编号不连续，已全部撤销，请重试。")
    for row, row_id in zip(rows, ids):
        row.id = row_id


def _find_goal(goal_id) -> AnnualGoal:
    g = AnnualGoal.get_or_none(AnnualGoal.id == goal_id) if goal_id is not None else None
    if g is None:
        raise NotFound(f"找不到编号为 {goal_id} 的年度目标。", field="goal")
    return g


def update_goal(actor: Actor, goal_id: int, **data) -> AnnualGoal:
    known_fields(data, GOAL_FIELDS)
    with change(actor, "annual_review") as tx:
        g = _find_goal(goal_id)
        s = g.staff
        _ensure_year_open(s, g.year)
        before = goal_record(g)
        for k, v in _clean_goal(s, g.year, data, g).items():
            setattr(g, k, v)
        g.save()
        tx.audit("update_goal", "annual_goal", g.id, staff_id=s.id, before=before, after=goal_record(g))
        return g


def delete_goal(actor: Actor, goal_id: int) -> None:
    with change(actor, "annual_review") as tx:
        g = _find_goal(goal_id)
        _ensure_year_open(g.staff, g.year)
        before = goal_record(g)
        g.delete_instance()
        tx.audit("delete_goal", "annual_goal", goal_id, staff_id=before["staff"], before=before)


def goals_for(staff, year: int) -> list[AnnualGoal]:
    s = find_staff(staff)
    return list(AnnualGoal.select().where((AnnualGoal.staff == s) & (AnnualGoal.year == year))
                .order_by(AnnualGoal.id))


# ---------------------------------------------------------------- coaching notes

NOTE_FIELDS = ("date", "topic", "note", "follow_up")


def note_record(n: CoachingNote) -> dict:
    return {"staff": n.staff_id, "date": n.date, "topic": n.topic, "note": n.note, "follow_up": n.follow_up}


def _clean_note(data: dict, current: CoachingNote | None) -> dict:
    out = {}
    if "date" in data or current is None:
        out["date"] = parse_date(data.get("date"), "辅导日期", "date")
        if out["date"] > clock.today():
            raise ValidationError(f"辅导日期 {out['date']:%Y-%m-%d} 还没到，请记录已经进行的辅导。", field="date")
    if "topic" in data or current is None:
        out["topic"] = clean_text(data.get("topic"), "辅导主题", "topic", max_length=200, required=True)
    if "note" in data:
        out["note"] = clean_text(data.get("note"), "辅导内容", "note", max_length=MAX_TEXT)
    if "follow_up" in data:
        out["follow_up"] = parse_date(data.get("follow_up"), "跟进日期", "follow_up", allow_none=True)
    day = out.get("date", current.date if current else None)
    follow = out.get("follow_up", current.follow_up if current else None)
    if follow is not None and day is not None and follow < day:
        raise ValidationError("跟进日期不能早于辅导日期。", field="follow_up")
    return out


def add_coaching_note(actor: Actor, staff, **data) -> CoachingNote:
    """Record a coaching conversation (date, topic, note, follow-up date). Audited."""
    known_fields(data, NOTE_FIELDS)
    with change(actor, "annual_review") as tx:
        s = find_staff(staff)
        values = _clean_note(data, None)
        _staff_in_year(s, values["date"].year)
        _ensure_year_open(s, values["date"].year)
        n = CoachingNote.create(staff=s, recorded_by=actor.username, created_at=clock.now_utc(), **values)
        tx.audit("add_coaching_note", "coaching_note", n.id, staff_id=s.id, after=note_record(n))
        return n


def add_coaching_notes(actor: Actor, notes: list[dict]) -> list[CoachingNote]:
    """Several coaching notes at once, all or nothing: each dict holds ``staff`` and the fields
    ``add_coaching_note`` takes and is checked and audited as it would be; rows and audit
    entries are inserted in batches."""
    from ..trust.audit import record_many

    with change(actor, "annual_review") as tx:
        signed = set(AnnualReview.select(AnnualReview.staff, AnnualReview.year)
                     .where(AnnualReview.signed_off_at.is_null(False)).tuples())
        now = clock.now_utc()
        planned = []
        for data in notes:
            data = dict(data)
            staff = data.pop("staff", None)
            known_fields(data, NOTE_FIELDS)
            s = find_staff(staff)
            values = _clean_note(data, None)
            year = values["date"].year
            _staff_in_year(s, year)
            if (s.id, year) in signed:
                raise PeriodLocked(_locked_message(s, year))
            planned.append(CoachingNote(staff=s, recorded_by=actor.username, created_at=now, **values))
        _insert(CoachingNote, planned)
        tx.entries += record_many(tx.actor, [dict(action="add_coaching_note", entity="coaching_note", entity_id=n.id,
                                                  staff_id=n.staff_id, after=note_record(n)) for n in planned])
        return planned


def _find_note(note_id) -> CoachingNote:
    n = CoachingNote.get_or_none(CoachingNote.id == note_id) if note_id is not None else None
    if n is None:
        raise NotFound(f"找不到编号为 {note_id} 的辅导记录。", field="note")
    return n


def update_coaching_note(actor: Actor, note_id: int, **data) -> CoachingNote:
    known_fields(data, NOTE_FIELDS)
    with change(actor, "annual_review") as tx:
        n = _find_note(note_id)
        _ensure_year_open(n.staff, n.date.year)
        before = note_record(n)
        for k, v in _clean_note(data, n).items():
            setattr(n, k, v)
        _ensure_year_open(n.staff, n.date.year)
        n.save()
        tx.audit("update_coaching_note", "coaching_note", n.id, staff_id=n.staff_id, before=before,
                 after=note_record(n))
        return n


def delete_coaching_note(actor: Actor, note_id: int) -> None:
    with change(actor, "annual_review") as tx:
        n = _find_note(note_id)
        _ensure_year_open(n.staff, n.date.year)
        before = note_record(n)
        n.delete_instance()
        tx.audit("delete_coaching_note", "coaching_note", note_id, staff_id=before["staff"], before=before)


def coaching_notes(staff, year: int | None = None) -> list[CoachingNote]:
    """A person's coaching notes, oldest first (optionally one calendar year)."""
    s = find_staff(staff)
    q = CoachingNote.select().where(CoachingNote.staff == s)
    if year is not None:
        q = q.where((CoachingNote.date >= _dt.date(year, 1, 1)) & (CoachingNote.date <= _dt.date(year, 12, 31)))
    return list(q.order_by(CoachingNote.date, CoachingNote.id))


def review_list(year: int) -> list[dict]:
    """The staff list of the annual tab: everyone employed in the year with their review's status
    (code and Chinese label), final score and grade, and whether they are provisional (暂定) and why."""
    return [{"staff_id": r.staff_id, "employee_no": r.employee_no, "name": r.name, "team": r.team,
             "role": r.role, "status": r.status, "status_zh": REVIEW_STATUS[r.status][0], "final": r.final,
             "grade": r.grade, "months_counted": r.months_counted, "provisional": r.provisional,
             "provisional_reasons": list(r.provisional_reasons)} for r in compute_all(check_year(year))]


@dataclass
class ReviewDetail:
    """Everything the review form shows for one person and year."""

    result: AnnualResult
    review: AnnualReview | None
    goals: list[AnnualGoal]
    next_goals: list[AnnualGoal]
    coaching: list[CoachingNote]
    exams: list  # exams.ExamResultRow
    weak_topics: list = ()  # exambank.analysis.WeakTopic over the year's marked papers, weakest first

    @property
    def ratings(self) -> dict:
        return (self.review.ratings or {}) if self.review is not None else {}

    @property
    def locked(self) -> bool:
        return self.review is not None and self.review.signed_off_at is not None


def review_detail(year, staff) -> ReviewDetail:
    """The review form's content: the computed (or frozen) result, the review record, this and next
    year's goals, the year's coaching notes and exam results."""
    from ..exambank.analysis import weak_topics_of
    from ..monthly.exams import agent_history
    from .compute import compute_one

    year = check_year(year)
    s = find_staff(staff)
    return ReviewDetail(result=compute_one(year, s), review=get_review(s, year), goals=goals_for(s, year),
                        next_goals=goals_for(s, year + 1), coaching=coaching_notes(s, year),
                        exams=agent_history(s, year), weak_topics=weak_topics_of(s.id, year))
