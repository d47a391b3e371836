"""Composing a month's exam paper: a balanced draw from the bank, and A/B versions.

The draw spreads the questions over the areas evenly, over each area's topics in turn,
and over the difficulties by a target mix (30 % easy, 50 % medium, 20 % hard), leaving
out questions used in the last N months; the same seed gives the same paper.

Both versions hold the same questions, grouped by type (single choice first, short answers
last) and shuffled within each group; each choice question's options are shuffled too.
A paper item keeps a copy of the question as it was when composed and ``perm``: the bank
option shown at each letter, so a person's letters map back to the bank's key.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from ..base.errors import NotFound, ValidationError
from ..base.months import Month
from ..monthly import exams
from ..monthly.periods import ensure_open
from ..store.models import ExamAnswer, ExamPaper, ExamQuestion
from ..trust.auth import Actor
from ..trust.service import change
from .bank import AREAS, CHOICE_TYPES, LETTERS, TYPE_ORDER, QuestionRow, questions, row_of

VERSIONS = ("A", "B")
DIFFICULTY_MIX = {1: 0.3, 2: 0.5, 3: 0.2}
MAX_QUESTIONS = 200


def _largest_remainder(total: int, weights: dict) -> dict:
    """``total`` split by ``weights`` into whole numbers that add up to it (ties to the first key)."""
    s = sum(weights.values())
    if s <= 0 or total <= 0:
        return {k: 0 for k in weights}
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    left = total - sum(out.values())
    for k in sorted(raw, key=lambda k: -(raw[k] - out[k]))[:left]:
        out[k] += 1
    return out


def area_quotas(count: int, available: dict[str, int]) -> dict[str, int]:
    """``count`` questions shared evenly among the areas, none given more than it has."""
    quotas = {a: 0 for a in available}
    left = count
    open_areas = [a for a in available if available[a] > 0]
    while left > 0 and open_areas:
        share = _largest_remainder(left, {a: 1 for a in open_areas})
        for a in open_areas:
            quotas[a] += min(share[a], available[a] - quotas[a])
        left = count - sum(quotas.values())
        open_areas = [a for a in open_areas if quotas[a] < available[a]]
    return quotas


def balanced_draw(pool: list[QuestionRow], count: int, seed: int,
                  mix: dict[int, float] | None = None) -> list[int]:
    """Question ids: ``count`` from ``pool``, balanced by area, topic and difficulty, fixed by ``seed``."""
    if count > len(pool):
        raise ValidationError(f"可抽的题只有 {len(pool)} 道，不够 {count} 道。请减少题数、缩短“避开最近几个月用过的题”，"
                              "或在题库中添题。", field="count")
    rng = random.Random(f"draw-{seed}")
    mix = mix or DIFFICULTY_MIX
    by_area: dict[str, list[QuestionRow]] = defaultdict(list)
    for q in sorted(pool, key=lambda r: r.id):
        by_area[q.area].append(q)
    order = [a for a in AREAS if a in by_area] + sorted(a for a in by_area if a not in AREAS)
    quotas = area_quotas(count, {a: len(by_area[a]) for a in order})
    picked: list[int] = []
    for area in order:
        n = quotas[area]
        if not n:
            continue
        target = _largest_remainder(n, mix)
        have = {d: 0 for d in mix}
        by_topic: dict[str, list[QuestionRow]] = defaultdict(list)
        for q in by_area[area]:
            by_topic[q.topic].append(q)
        topics = sorted(by_topic)
        rng.shuffle(topics)
        for t in topics:
            rng.shuffle(by_topic[t])
        taken = 0
        while taken < n:
            for t in topics:
                if taken >= n or not by_topic[t]:
                    continue
                cands = by_topic[t]
                best = max(range(len(cands)),
                           key=lambda i: (target.get(cands[i].difficulty, 0) - have.get(cands[i].difficulty, 0), -i))
                q = cands.pop(best)
                have[q.difficulty] = have.get(q.difficulty, 0) + 1
                picked.append(q.id)
                taken += 1
    return picked


def draw_pool(month: Month, avoid_months: int = 0, areas=None) -> list[QuestionRow]:
    """Active questions not used in the ``avoid_months`` months before ``month`` (nor in it)."""
    rows = questions(active_only=True)
    if areas:
        rows = [r for r in rows if r.area in set(areas)]
    if avoid_months > 0:
        cutoff = month.add(-avoid_months).first_day
        rows = [r for r in rows if r.last_used is None or r.last_used < cutoff]
    return rows


def area_code(text: str) -> str:
    """An area as its code, from the code (orders) or its Chinese name (接单); anything else is refused."""
    for code, (zh, _en) in AREAS.items():
        if text in (code, zh):
            return code
    names = "、".join(f"{zh}（{code}）" for code, (zh, _en) in AREAS.items())
    raise ValidationError(f"没有“{text}”这个题目领域。请写 {names}。", field="area")


def draw_for_exam(exam_id: int, count: int, seed: int, avoid_months: int = 3, areas=None) -> list[int]:
    exam = exams.find_exam(exam_id)
    if not 1 <= count <= MAX_QUESTIONS:
        raise ValidationError(f"题数应在 1 到 {MAX_QUESTIONS} 之间（填的是 {count}）。", field="count")
    areas = [area_code(a) for a in areas] if areas else None
    return balanced_draw(draw_pool(Month.parse(exam.month), avoid_months, areas), count, seed)


def snapshot(q: ExamQuestion) -> dict:
    return {"q": q.id, "type": q.qtype, "area": q.area, "topic": q.topic, "text": q.text,
            "options": list(q.options or []), "answer": q.answer, "model_answer": q.model_answer,
            "points": q.points, "difficulty": q.difficulty}


def make_version(items: list[dict], seed: int, version: str) -> list[dict]:
    """The items grouped by type and shuffled within each group; choice options shuffled (``perm``)."""
    rng = random.Random(f"paper-{seed}-{version}")
    out = []
    for t in TYPE_ORDER:
        group = [dict(i) for i in items if i["type"] == t]
        rng.shuffle(group)
        for i in group:
            perm = list(range(len(i["options"])))
            if t in CHOICE_TYPES:
                rng.shuffle(perm)
            i["perm"] = perm
            out.append(i)
    return out


def shown_options(item: dict) -> list[str]:
    return [item["options"][k] for k in item.get("perm", range(len(item["options"])))]


def shown_key(item: dict) -> str:
    """The key in the paper's own letters (what the answer key prints)."""
    if item["type"] not in CHOICE_TYPES:
        return item["answer"]
    bank = {LETTERS.index(ch) for ch in item["answer"]}
    return "".join(LETTERS[i] for i, k in enumerate(item["perm"]) if k in bank)


def to_bank_letters(item: dict, shown: str) -> str:
    """Letters as written on this paper → the bank's letters."""
    return "".join(sorted(LETTERS[item["perm"][LETTERS.index(ch)]] for ch in shown))


def paper_total(items: list[dict]) -> int:
    return sum(i["points"] for i in items)


def papers_answered(exam_id: int) -> bool:
    return (ExamAnswer.select().join(ExamPaper).where(ExamPaper.exam == exam_id).exists())


def save_paper(actor: Actor, exam_id: int, question_ids: list[int], seed: int = 1) -> list[ExamPaper]:
    """Save versions A and B of the exam's paper (replacing an unanswered one). The exam's full
    marks become the paper's total (its pass mark kept in proportion), through the exams service."""
    with change(actor, "manage_exams") as tx:
        exam = exams.find_exam(exam_id)
        ensure_open(Month.parse(exam.month), "组卷")
        if not question_ids:
            raise ValidationError("试卷里还没有题目：请选题或抽题。", field="questions")
        if len(set(question_ids)) != len(question_ids):
            raise ValidationError("同一道题在试卷里出现了两次。", field="questions")
        if len(question_ids) > MAX_QUESTIONS:
            raise ValidationError(f"一张试卷最多 {MAX_QUESTIONS} 道题。", field="questions")
        if papers_answered(exam.id):
            raise ValidationError(f"考试“{exam.title}”已录入答卷，不能再换试卷。如确需换卷，请先在“阅卷”中清除答卷"
                                  "（已记入的成绩保留，重新阅卷后更新）。", field="exam")
        found = {q.id: q for q in ExamQuestion.select().where(ExamQuestion.id.in_(list(question_ids)))}
        missing = [i for i in question_ids if i not in found]
        if missing:
            raise NotFound(f"题库中没有编号为 {missing[0]} 的题目。", field="questions")
        retired = [i for i in question_ids if not found[i].active]
        if retired:
            raise ValidationError(f"第 {retired[0]} 题已停用，不能放进新试卷。", field="questions")
        items = [snapshot(found[i]) for i in question_ids]
        old = list(ExamPaper.select().where(ExamPaper.exam == exam))
        for p in old:
            tx.audit("delete_exam_paper", "exam_paper", p.id, month=exam.month,
                     before={"exam": exam.id, "version": p.version, "questions": [i["q"] for i in p.items]})
            p.delete_instance()
        out = []
        for v in VERSIONS:
            p = ExamPaper.create(exam=exam, version=v, seed=seed, items=make_version(items, seed, v),
                                 created_by=tx.actor.username)
            tx.audit("save_exam_paper", "exam_paper", p.id, month=exam.month,
                     after={"exam": exam.id, "version": v, "seed": seed,
                            "questions": [i["q"] for i in p.items], "perms": [i["perm"] for i in p.items]})
            out.append(p)
        (ExamQuestion.update(last_used=exam.date).where(ExamQuestion.id.in_(list(question_ids))).execute())
        total = paper_total(items)
        if total != exam.full_marks:
            pass_mark = min(total, round(total * exam.pass_mark / exam.full_marks))
            exams.update_exam(tx.actor, exam.id, full_marks=total, pass_mark=pass_mark)
        return out


def paper_for(exam_id: int, version: str = "A") -> ExamPaper:
    v = (version or "A").strip().upper()
    if v not in VERSIONS:
        raise ValidationError(f"试卷版本“{version}”无效，应为 A 或 B。", field="version")
    p = ExamPaper.get_or_none((ExamPaper.exam == exam_id) & (ExamPaper.version == v))
    if p is None:
        exam = exams.find_exam(exam_id)
        raise NotFound(f"考试“{exam.title}”还没有组卷（{v} 卷）。请先组卷或抽题。", field="exam")
    return p


@dataclass(frozen=True)
class PaperSummary:
    exam_id: int
    questions: int
    total: int
    by_area: dict
    by_type: dict
    by_difficulty: dict


def summary(items: list[dict], exam_id: int = 0) -> PaperSummary:
    def count(key):
        out: dict = defaultdict(int)
        for i in items:
            out[i[key]] += 1
        return dict(out)
    return PaperSummary(exam_id, len(items), paper_total(items), count("area"), count("type"), count("difficulty"))


def question_rows(ids: list[int]) -> list[QuestionRow]:
    found = {q.id: q for q in ExamQuestion.select().where(ExamQuestion.id.in_(list(ids)))}
    return [row_of(found[i]) for i in ids if i in found]
