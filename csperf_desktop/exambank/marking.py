"""Marking a paper: what each person wrote, question by question, marked and summed into
the person's exam result through the month's exam service (role, period lock, audit, and
the B02 proposal for full marks).

A response is written in the paper's own letters: single/multiple choice as letters
("B", "ACD"; all-or-nothing for multiple choice), true/false as T/F (对/错, √/×), a
fill-in as the words written (compared with the accepted answers, spaces and width
ignored) or ``+``/``-`` for right/wrong, a short answer as the points given (0.5 steps).
A blank objective answer scores 0; a blank short answer is refused (not marked yet).
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import chunked

from ..base import clock
from ..base.errors import ValidationError
from ..base.values import number_text
from ..monthly import exams
from ..office.lookups import find_staff
from ..store.models import ExamAnswer, ExamPaper, Staff
from ..trust.auth import Actor
from ..trust.service import change
from .bank import CHOICE_TYPES, LETTERS, normal, parse_letters, parse_truth, type_zh
from .papers import paper_for, paper_total, to_bank_letters

RIGHT_MARKS = {"+", "√", "✓", "对"}
WRONG_MARKS = {"-", "×", "✗"}


@dataclass(frozen=True)
class Marked:
    response: str  # as stored (normalised)
    chosen: str  # bank letters for choice questions
    marks: float
    correct: bool


def mark_item(item: dict, response, position: int = 0) -> Marked:
    """One response to one paper item, marked."""
    label = f"第 {position} 题（{type_zh(item['type'])}）" if position else f"{type_zh(item['type'])}题"
    t = item["type"]
    points = item["points"]
    raw = "" if response is None else str(response).strip()
    if t in CHOICE_TYPES:
        shown = parse_letters(raw, len(item["options"]), label, "response")
        chosen = to_bank_letters(item, shown) if shown else ""
        right = chosen == item["answer"]
        return Marked(shown, chosen, float(points) if right else 0.0, right)
    if t == "truefalse":
        v = parse_truth(raw, label, "response")
        right = v == item["answer"]
        return Marked(v, "", float(points) if right else 0.0, right)
    if t == "fill":
        n = normal(raw)
        if n in RIGHT_MARKS:
            right = True
        elif n in WRONG_MARKS or not n:
            right = False
        else:
            right = n in {normal(a) for a in item["answer"].split("|")}
        return Marked(raw[:500], "", float(points) if right else 0.0, right)
    # short answer: the points given
    if not raw:
        raise ValidationError(f"{label}还没有给分：请填 0 到 {points} 之间的分数。", field="response")
    value = number_text(raw)
    if value is None or not 0 <= value <= points or value * 2 != int(value * 2):
        raise ValidationError(f"{label}的得分“{raw}”无效：应为 0 到 {points} 之间的数，最多保留到 0.5 分。",
                              field="response")
    return Marked(f"{value:g}", "", value, value == points)


def record_answers(actor: Actor, exam_id: int, rows: list[dict]) -> list:
    """Mark and save each person's answers and enter their totals as exam results, all at once.

    Each row: ``staff`` (employee number or id), ``version`` (A/B, default A), and either
    ``responses`` (one per question in the paper's order) or ``absent`` True. All or nothing:
    the first bad row is named (person, question) and nothing is saved. A person's earlier
    answers to this exam are replaced.
    """
    with change(actor, "manage_exams") as tx:
        exam = exams.find_exam(exam_id)
        results, seen, pending = [], set(), []
        papers = {}
        for row in rows:
            staff = find_staff(row.get("staff"))
            who = f"{staff.name}（{staff.employee_no}）"
            if staff.id in seen:
                raise ValidationError(f"{who}的答卷填了两次。", field="staff")
            seen.add(staff.id)
            version = (row.get("version") or "A").strip().upper()
            try:
                paper = papers.get(version) or paper_for(exam.id, version)
            except ValidationError as exc:
                raise ValidationError(f"{who}：{exc.message}", field="version") from None
            papers[version] = paper
            total_points = paper_total(paper.items)
            if total_points != exam.full_marks:
                raise ValidationError(f"试卷总分 {total_points} 与考试满分 {exam.full_marks} 不一致：请重新保存试卷，"
                                      "或把考试满分改为试卷总分。", field="exam")
            (ExamAnswer.delete().where((ExamAnswer.staff == staff)
                                       & ExamAnswer.paper.in_(ExamPaper.select(ExamPaper.id)
                                                              .where(ExamPaper.exam == exam)))
             .execute())
            if row.get("absent"):
                results.append({"staff": staff.id, "absent": True, "note": row.get("note", "")})
                tx.audit("record_exam_answers", "exam_answer", f"{exam.id}:{staff.id}", staff_id=staff.id,
                         month=exam.month, after={"exam": exam.id, "absent": True})
                continue
            responses = list(row.get("responses") or [])
            items = paper.items
            if len(responses) > len(items):
                raise ValidationError(f"{who}：答了 {len(responses)} 题，但{version}卷只有 {len(items)} 题。",
                                      field="responses")
            responses += [""] * (len(items) - len(responses))
            total, stored = 0.0, []
            now = clock.now_utc()
            for pos, (item, resp) in enumerate(zip(items, responses), start=1):
                try:
                    m = mark_item(item, resp, pos)
                except ValidationError as exc:
                    raise ValidationError(f"{who}，{version}卷{exc.message}", field=exc.field) from None
                total += m.marks
                stored.append(m.response)
                pending.append({"paper": paper.id, "staff": staff.id, "position": pos, "question": item["q"],
                                "response": m.response, "chosen": m.chosen, "marks": m.marks, "correct": m.correct,
                                "entered_by": tx.actor.username, "entered_at": now})
            tx.audit("record_exam_answers", "exam_answer", f"{exam.id}:{staff.id}", staff_id=staff.id,
                     month=exam.month, after={"exam": exam.id, "version": version, "responses": stored,
                                              "total": total})
            results.append({"staff": staff.id, "score": total, "note": row.get("note", "")})
        for batch in chunked(pending, 80):  # 10 columns a row: within SQLite's 999 variables
            ExamAnswer.insert_many(batch).execute()
        if results:
            exams.set_results(tx.actor, exam.id, results)
        return results


def clear_answers(actor: Actor, exam_id: int) -> int:
    """Delete the exam's marked answers (to change its paper). The results already entered stay
    in the month; they change only when answers are entered again. Audited; refused in a
    locked month. Returns how many people's answers were removed."""
    from ..base.months import Month
    from ..monthly.periods import ensure_open

    with change(actor, "manage_exams") as tx:
        exam = exams.find_exam(exam_id)
        ensure_open(Month.parse(exam.month), "清除答卷")
        q = ExamAnswer.select().join(ExamPaper).where(ExamPaper.exam == exam.id)
        people = sorted({a.staff_id for a in q})
        if not people:
            return 0
        (ExamAnswer.delete().where(ExamAnswer.paper.in_(ExamPaper.select(ExamPaper.id)
                                                         .where(ExamPaper.exam == exam.id))).execute())
        tx.audit("clear_exam_answers", "exam_answer", str(exam.id), month=exam.month,
                 before={"exam": exam.id, "people": len(people)})
        return len(people)


@dataclass(frozen=True)
class SheetRow:
    """One person's line of the marking grid."""

    staff_id: int
    employee_no: str
    name: str
    team: str
    version: str
    responses: tuple  # as stored, in paper order ("" when none)
    marks: tuple
    total: float | None
    absent: bool


def answer_sheet(exam_id: int) -> list[SheetRow]:
    """Everyone employed on the exam date, with what they answered (if entered)."""
    grid = exams.grid_rows(exam_id)
    answers: dict[int, list[ExamAnswer]] = {}
    versions: dict[int, str] = {}
    q = (ExamAnswer.select(ExamAnswer, ExamPaper).join(ExamPaper)
         .where(ExamPaper.exam == exam_id).order_by(ExamAnswer.position))
    for a in q:
        answers.setdefault(a.staff_id, []).append(a)
        versions[a.staff_id] = a.paper.version
    out = []
    for g in grid:
        got = answers.get(g.staff_id, [])
        out.append(SheetRow(g.staff_id, g.employee_no, g.name, g.team, versions.get(g.staff_id, "A"),
                            tuple(a.response for a in got), tuple(a.marks for a in got),
                            g.score if g.entered and not g.absent else None, g.absent))
    return out


def staff_name(staff_id: int) -> str:
    s = Staff.get_or_none(Staff.id == staff_id)
    return s.name if s else str(staff_id)


def letters_hint(item: dict) -> str:
    """What a grid cell accepts for this item (for tooltips and errors)."""
    t = item["type"]
    if t in CHOICE_TYPES:
        return f"{LETTERS[0]}–{LETTERS[len(item['options']) - 1]}"
    if t == "truefalse":
        return "T / F"
    if t == "fill":
        return "答案文字，或 + / -"
    return f"0–{item['points']}"
