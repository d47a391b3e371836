"""The question bank: questions on the three areas of the job (seed 000: 接单, 售后,
日常工作), each with a topic tag, a type, its key, points and difficulty.

Choice questions keep their options in bank order (A first) and the key as the bank's
letters ("B", "ACD"); true/false keys are T or F; a fill-in key lists the accepted
answers separated by ``|``; a short answer has a model answer and is marked by points.
Every change is audited; a question that has been on a paper is never deleted, only
retired (``active`` off), so old papers and answers keep their meaning.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from dataclasses import dataclass

from ..base import clock
from ..base.errors import NotFound, ValidationError
from ..base.values import choice, clean_text, known_fields, parse_date, parse_int
from ..store.models import ExamAnswer, ExamPaper, ExamQuestion
from ..trust.auth import Actor
from ..trust.service import change

AREAS = {
    "orders": ("接单", "Orders"),
    "after_sales": ("售后", "After-sales"),
    "daily": ("日常工作", "Daily work"),
}

TYPES = {
    "single": ("单选", "Single choice", "单选题"),
    "multiple": ("多选", "Multiple choice", "多选题"),
    "truefalse": ("判断", "True/false", "判断题"),
    "fill": ("填空", "Fill-in", "填空题"),
    "short": ("简答", "Short answer", "简答题"),
}
CHOICE_TYPES = ("single", "multiple")
OBJECTIVE_TYPES = ("single", "multiple", "truefalse", "fill")
TYPE_ORDER = ("single", "multiple", "truefalse", "fill", "short")

DIFFICULTY = {1: "易", 2: "中", 3: "难"}
DIFFICULTY_NAMES = {"易": 1, "中": 2, "难": 3, "easy": 1, "medium": 2, "hard": 3}

LETTERS = "ABCDEFGH"
MAX_OPTIONS = 6
MAX_POINTS = 50
TRUE_WORDS = {"T", "TRUE", "对", "√", "✓", "是", "正确", "Y"}
FALSE_WORDS = {"F", "FALSE", "错", "×", "✗", "否", "错误", "N", "X"}

FIELDS = ("area", "topic", "qtype", "text", "options", "answer", "model_answer", "points", "difficulty",
          "last_used", "active")


def area_zh(code: str) -> str:
    return AREAS.get(code, (code,))[0]


def type_zh(code: str) -> str:
    return TYPES.get(code, (code,))[0]


def normal(text) -> str:
    """Text as compared when marking: full-width folded, spaces dropped, upper case."""
    t = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return "".join(t.split()).upper()


def parse_letters(text, count: int, label: str = "答案", field: str | None = "answer") -> str:
    """Option letters ("b", "A,C", "ＡＣ") as sorted capital letters within the first ``count``."""
    t = normal(text).replace(",", "").replace("、", "").replace("，", "")
    if not t:
        return ""
    allowed = LETTERS[:count]
    bad = [ch for ch in t if ch not in allowed]
    if bad:
        raise ValidationError(f"{label}“{text}”中的“{bad[0]}”不是选项字母：应为 {allowed[0]}–{allowed[-1]}。",
                              field=field)
    return "".join(sorted(set(t)))


def parse_truth(text, label: str = "答案", field: str | None = "answer") -> str:
    t = normal(text)
    if not t:
        return ""
    if t in TRUE_WORDS:
        return "T"
    if t in FALSE_WORDS:
        return "F"
    raise ValidationError(f"{label}“{text}”无效：判断题填 T（对）或 F（错）。", field=field)


def difficulty_of(value) -> int:
    if isinstance(value, str) and value.strip().lower() in DIFFICULTY_NAMES:
        return DIFFICULTY_NAMES[value.strip().lower()]
    return parse_int(value, "难度", "difficulty", minimum=1, maximum=3)


def clean_question(data: dict, current: ExamQuestion | None = None) -> dict:
    """Validated values for a new question (``current`` None) or the changed fields of one."""
    known_fields(data, FIELDS)

    def has(key):
        return key in data or current is None

    def now(key, default=None):
        return data[key] if key in data else (getattr(current, key) if current is not None else default)

    out = {}
    if has("area"):
        out["area"] = choice(data.get("area"), AREAS, "领域", "area")
    if has("topic"):
        out["topic"] = clean_text(data.get("topic"), "知识点", "topic", max_length=64)
    if has("qtype"):
        out["qtype"] = choice(data.get("qtype"), TYPES, "题型", "qtype")
    if has("text"):
        out["text"] = clean_text(data.get("text"), "题目", "text", max_length=2000, required=True)
    if has("model_answer"):
        out["model_answer"] = clean_text(data.get("model_answer"), "参考答案", "model_answer", max_length=4000)
    if has("points"):
        p = data.get("points")
        out["points"] = 2 if p in (None, "") else parse_int(p, "分值", "points", minimum=1, maximum=MAX_POINTS)
    if has("difficulty"):
        d = data.get("difficulty")
        out["difficulty"] = 2 if d in (None, "") else difficulty_of(d)
    if "last_used" in data:
        out["last_used"] = parse_date(data.get("last_used"), "上次使用", "last_used", allow_none=True)
    if "active" in data:
        out["active"] = bool(data.get("active"))
    qtype = out.get("qtype", now("qtype"))
    if qtype in CHOICE_TYPES:
        raw = now("options", [])
        if isinstance(raw, str):
            raw = [part for part in raw.split("\n")]
        options = [clean_text(o, f"选项{LETTERS[i] if i < len(LETTERS) else i + 1}", "options", max_length=500)
                   for i, o in enumerate(raw or [])]
        while options and not options[-1]:
            options.pop()
        if len(options) < 2:
            raise ValidationError(f"{type_zh(qtype)}题至少要有 2 个选项（A、B）。", field="options")
        if len(options) > MAX_OPTIONS:
            raise ValidationError(f"选项最多 {MAX_OPTIONS} 个（A–{LETTERS[MAX_OPTIONS - 1]}），现在 {len(options)} 个。",
                                  field="options")
        empty = [LETTERS[i] for i, o in enumerate(options) if not o]
        if empty:
            raise ValidationError(f"选项{empty[0]}是空的：请填写，或删去后面的选项。", field="options")
        out["options"] = options
        key = parse_letters(now("answer", ""), len(options))
        if not key:
            raise ValidationError("请填写答案（选项字母，例如 B；多选如 ACD）。", field="answer")
        if qtype == "single" and len(key) != 1:
            raise ValidationError(f"单选题只能有一个答案（填的是 {key}）。", field="answer")
        if qtype == "multiple" and len(key) < 2:
            raise ValidationError(f"多选题至少有两个正确选项（填的是 {key}）；只有一个请改为单选题。", field="answer")
        out["answer"] = key
    else:
        out["options"] = []
        if qtype == "truefalse":
            key = parse_truth(now("answer", ""))
            if not key:
                raise ValidationError("请填写判断题的答案：T（对）或 F（错）。", field="answer")
            out["answer"] = key
        elif qtype == "fill":
            alts = [a.strip() for a in str(now("answer", "") or "").replace("｜", "|").split("|") if a.strip()]
            if not alts:
                raise ValidationError("请填写填空题的答案（几个可接受的写法用 | 隔开）。", field="answer")
            out["answer"] = clean_text("|".join(alts), "答案", "answer", max_length=500)
        else:
            out["answer"] = ""
            model = out.get("model_answer", now("model_answer", ""))
            if not model:
                raise ValidationError("简答题请填写参考答案（评分要点）。", field="model_answer")
    return out


def record(q: ExamQuestion) -> dict:
    return {"area": q.area, "topic": q.topic, "qtype": q.qtype, "text": q.text, "options": list(q.options or []),
            "answer": q.answer, "model_answer": q.model_answer, "points": q.points, "difficulty": q.difficulty,
            "last_used": q.last_used, "active": q.active}


def find_question(qid) -> ExamQuestion:
    q = ExamQuestion.get_or_none(ExamQuestion.id == qid) if isinstance(qid, int) else None
    if q is None:
        raise NotFound(f"题库中没有编号为 {qid} 的题目。", field="question")
    return q


def add_question(actor: Actor, **data) -> ExamQuestion:
    with change(actor, "manage_exams") as tx:
        values = clean_question(data)
        q = ExamQuestion.create(**values, created_by=tx.actor.username, created_at=clock.now_utc())
        tx.audit("add_question", "exam_question", q.id, after=record(q))
        return q


def update_question(actor: Actor, qid: int, **data) -> ExamQuestion:
    with change(actor, "manage_exams") as tx:
        q = find_question(qid)
        before = record(q)
        for k, v in clean_question(data, q).items():
            setattr(q, k, v)
        after = record(q)
        if after != before:
            q.save()
            tx.audit("update_question", "exam_question", q.id, before=before, after=after)
        return q


def used_on_papers(qid: int) -> bool:
    if ExamAnswer.select().where(ExamAnswer.question == qid).exists():
        return True
    return any(item["q"] == qid for p in ExamPaper.select(ExamPaper.items) for item in (p.items or []))


def delete_question(actor: Actor, qid: int) -> None:
    """Delete a question never put on a paper; one that was is retired instead (say so)."""
    with change(actor, "manage_exams") as tx:
        q = find_question(qid)
        if used_on_papers(q.id):
            raise ValidationError(f"第 {q.id} 题已用在试卷上，不能删除（旧试卷和答卷要用到它）。"
                                  "请改为“停用”，以后抽题时不再选它。", field="question")
        before = record(q)
        q.delete_instance()
        tx.audit("delete_question", "exam_question", qid, before=before)


@dataclass(frozen=True)
class QuestionRow:
    id: int
    area: str
    area_zh: str
    topic: str
    qtype: str
    type_zh: str
    text: str
    options: tuple
    answer: str
    model_answer: str
    points: int
    difficulty: int
    last_used: _dt.date | None
    active: bool

    @property
    def difficulty_zh(self) -> str:
        return DIFFICULTY.get(self.difficulty, str(self.difficulty))


def row_of(q: ExamQuestion) -> QuestionRow:
    return QuestionRow(q.id, q.area, area_zh(q.area), q.topic, q.qtype, type_zh(q.qtype), q.text,
                       tuple(q.options or ()), q.answer, q.model_answer, q.points, q.difficulty, q.last_used,
                       q.active)


def questions(*, area: str | None = None, active_only: bool = False, search: str = "") -> list[QuestionRow]:
    q = ExamQuestion.select().order_by(ExamQuestion.area, ExamQuestion.topic, ExamQuestion.id)
    if area:
        q = q.where(ExamQuestion.area == area)
    if active_only:
        q = q.where(ExamQuestion.active == True)  # noqa: E712
    order = {a: i for i, a in enumerate(AREAS)}
    rows = sorted((row_of(x) for x in q), key=lambda r: (order.get(r.area, len(order)), r.topic, r.id))
    if search.strip():
        s = search.strip().lower()
        rows = [r for r in rows if s in r.text.lower() or s in r.topic.lower() or s == str(r.id)]
    return rows


def topics() -> list[str]:
    return sorted({t for (t,) in ExamQuestion.select(ExamQuestion.topic).distinct().tuples() if t})
