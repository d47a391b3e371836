"""Item analysis after marking, as classical test theory does it.

For each question, over the people who sat the exam (both versions together):

- **difficulty** p: the share of its points earned on average (for a right/wrong question,
  the share who got it right). Higher is easier.
- **discrimination** D: p among the upper 27 % (by total score) minus p among the lower
  27 % (k = round(0.27 n), at least 1; ties in the total broken by employee number).
- **point-biserial** r: the Pearson correlation of the question's score with the total score.

When every person scored the same on a question (all right, or all wrong) or every total
is the same, D and r are undefined: they are None and ``note`` says why — never a division
by zero. Flags name questions to revise: too easy (p > 0.9), too hard (p < 0.3), negative
discrimination (D < 0), low discrimination (0 ≤ D < 0.2), and for choice questions a
distractor nobody chose.
Weak topics: a topic where a person (or a team) earned less than 60 % of its points.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from ..monthly import exams
from ..store.models import Exam, ExamAnswer, ExamPaper, Staff
from .bank import CHOICE_TYPES, LETTERS, area_zh, type_zh

GROUP_SHARE = 0.27
TOO_EASY = 0.9
TOO_HARD = 0.3
LOW_DISCRIMINATION = 0.2
WEAK_SHARE = 0.6

FLAG_ZH = {
    "too_easy": "太容易",
    "too_hard": "太难",
    "negative_discrimination": "区分度为负",
    "low_discrimination": "区分度低",
    "unused_distractor": "有无人选的干扰项",
}


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


def upper_lower(scores: dict, totals: dict, share: float = GROUP_SHARE, order_key=None) -> tuple:
    """(D, k, note): the upper-minus-lower index of one item. ``scores``: person → item score
    as a share of its points (0..1); ``totals``: person → total score."""
    people = list(scores)
    n = len(people)
    if n < 2:
        return None, 0, "参考人数不足 2 人，无法计算区分度"
    if len({scores[p] for p in people}) == 1:
        v = scores[people[0]]
        why = "所有人都答对" if v >= 1 else ("没有人答对" if v <= 0 else "所有人得分相同")
        return None, 0, f"{why}，区分度无法计算（没有高低之分）"
    if len({totals[p] for p in people}) == 1:
        return None, 0, "所有人总分相同，区分度无法计算"
    k = min(n // 2, max(1, round(share * n)))
    key = order_key or (lambda p: p)
    ranked = sorted(people, key=lambda p: (-totals[p], key(p)))
    upper, lower = ranked[:k], ranked[-k:]
    return mean(scores[p] for p in upper) - mean(scores[p] for p in lower), k, ""


def point_biserial(scores: dict, totals: dict) -> float | None:
    """Pearson correlation of the item score with the total (None when either does not vary)."""
    people = list(scores)
    if len(people) < 2:
        return None
    xs = [scores[p] for p in people]
    ys = [totals[p] for p in people]
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def flags_for(p: float, d: float | None, qtype: str, options: dict, answer: str) -> list[str]:
    out = []
    if p > TOO_EASY:
        out.append("too_easy")
    if p < TOO_HARD:
        out.append("too_hard")
    if d is not None and d < 0:
        out.append("negative_discrimination")
    elif d is not None and d < LOW_DISCRIMINATION:
        out.append("low_discrimination")
    if qtype in CHOICE_TYPES and any(n == 0 for letter, n in options.items() if letter not in answer):
        out.append("unused_distractor")
    return out


@dataclass
class ItemStats:
    id: int
    position: int  # on the A paper
    qtype: str
    area: str
    topic: str
    text: str
    points: int
    answer: str
    n: int
    difficulty: float | None
    discrimination: float | None
    point_biserial: float | None
    group_size: int
    note: str
    options: dict  # bank letter → people who chose it (choice questions)
    blank: int
    flags: list = field(default_factory=list)

    @property
    def unused(self) -> list[str]:
        return [k for k, n in self.options.items() if n == 0 and k not in self.answer]

    def flags_zh(self) -> list[str]:
        out = []
        for f in self.flags:
            text = FLAG_ZH[f]
            if f == "unused_distractor":
                text += "（" + "、".join(self.unused) + "）"
            out.append(text)
        return out

    def as_json(self) -> dict:
        r3 = (lambda v: None if v is None else round(v, 3))
        return {"id": self.id, "position": self.position, "type": self.qtype, "area": self.area,
                "topic": self.topic, "points": self.points, "n": self.n, "difficulty": r3(self.difficulty),
                "discrimination": r3(self.discrimination), "point_biserial": r3(self.point_biserial),
                "group_size": self.group_size, "note": self.note or None, "options": self.options or None,
                "blank": self.blank, "flags": list(self.flags), "flags_zh": self.flags_zh()}


@dataclass(frozen=True)
class WeakTopic:
    who: str  # employee number or team name
    name: str
    topic: str
    area: str
    earned: float
    possible: float

    @property
    def share(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    def as_json(self) -> dict:
        return {"who": self.who, "name": self.name, "topic": self.topic, "area": self.area,
                "earned": self.earned, "possible": self.possible, "share": round(self.share, 3)}


@dataclass
class Analysis:
    exam_id: int
    title: str
    people: int
    items: list
    weak_people: list
    weak_teams: list

    def as_json(self) -> dict:
        return {"exam": self.exam_id, "title": self.title, "people": self.people,
                "questions": [i.as_json() for i in self.items],
                "weak_topics": {"people": [w.as_json() for w in self.weak_people],
                                "teams": [w.as_json() for w in self.weak_teams]}}


def analyse(exam_id: int) -> Analysis:
    exam = exams.find_exam(exam_id)
    papers = {p.id: p for p in ExamPaper.select().where(ExamPaper.exam == exam)}
    a_paper = next((p for p in papers.values() if p.version == "A"), None)
    items_by_q = {}
    for p in papers.values():
        for i in p.items:
            items_by_q.setdefault(i["q"], i)
    position = {i["q"]: n for n, i in enumerate(a_paper.items, start=1)} if a_paper else {}
    rows = list(ExamAnswer.select().where(ExamAnswer.paper.in_(list(papers))) if papers else [])
    staff = {s.id: s for s in Staff.select().where(Staff.id.in_(list({r.staff_id for r in rows})))} if rows else {}
    scores: dict[int, dict[int, float]] = defaultdict(dict)
    chosen: dict[int, list[str]] = defaultdict(list)
    totals: dict[int, float] = defaultdict(float)
    for r in rows:
        item = items_by_q[r.question_id]
        scores[r.question_id][r.staff_id] = r.marks / item["points"]
        totals[r.staff_id] += r.marks
        if item["type"] in CHOICE_TYPES:
            chosen[r.question_id].append(r.chosen)

    def emp(sid):
        return staff[sid].employee_no if sid in staff else str(sid)

    out = []
    for qid in sorted(items_by_q, key=lambda q: position.get(q, 10 ** 6)):
        item = items_by_q[qid]
        s = scores.get(qid, {})
        counts = {}
        blank = 0
        if item["type"] in CHOICE_TYPES:
            counts = {LETTERS[k]: 0 for k in range(len(item["options"]))}
            for c in chosen.get(qid, []):
                if not c:
                    blank += 1
                for ch in c:
                    counts[ch] = counts.get(ch, 0) + 1
        if not s:
            out.append(ItemStats(qid, position.get(qid, 0), item["type"], item["area"], item["topic"], item["text"],
                                 item["points"], item["answer"], 0, None, None, None, 0, "还没有答卷", counts, 0))
            continue
        p = mean(s.values())
        d, k, note = upper_lower(s, {sid: totals[sid] for sid in s}, order_key=emp)
        r = point_biserial(s, {sid: totals[sid] for sid in s})
        out.append(ItemStats(qid, position.get(qid, 0), item["type"], item["area"], item["topic"], item["text"],
                             item["points"], item["answer"], len(s), p, d, r, k, note, counts, blank,
                             flags_for(p, d, item["type"], counts, item["answer"])))
    weak_people, weak_teams = weak_topics(rows, items_by_q, staff)
    return Analysis(exam.id, exam.title, len(totals), out, weak_people, weak_teams)


def weak_topics(rows, items_by_q, staff) -> tuple[list[WeakTopic], list[WeakTopic]]:
    person: dict = defaultdict(lambda: [0.0, 0.0])
    team: dict = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        item = items_by_q[r.question_id]
        topic = item["topic"] or type_zh(item["type"])
        key = (topic, item["area"])
        acc = person[(r.staff_id, key)]
        acc[0] += r.marks
        acc[1] += item["points"]
        st = staff.get(r.staff_id)
        t = team[((st.team or "未分组") if st else "未分组", key)]
        t[0] += r.marks
        t[1] += item["points"]
    people = []
    for (sid, (topic, area)), (e, p) in person.items():
        if p and e / p < WEAK_SHARE:
            st = staff.get(sid)
            people.append(WeakTopic(st.employee_no if st else str(sid), st.name if st else "", topic, area_zh(area),
                                    e, p))
    teams = [WeakTopic(name, name, topic, area_zh(area), e, p)
             for (name, (topic, area)), (e, p) in team.items() if p and e / p < WEAK_SHARE]
    people.sort(key=lambda w: (w.who, w.share, w.topic))
    teams.sort(key=lambda w: (w.who, w.share, w.topic))
    return people, teams


def weak_topics_of(staff_id: int, year: int) -> list[WeakTopic]:
    """A person's weak topics over a year's exams (for the annual review and coaching)."""
    papers = [p.id for p in ExamPaper.select(ExamPaper.id).join(Exam)
              .where(Exam.month.startswith(f"{year:04d}-"))]
    if not papers:
        return []
    rows = list(ExamAnswer.select().where(ExamAnswer.paper.in_(papers) & (ExamAnswer.staff == staff_id)))
    items = {}
    for p in ExamPaper.select().where(ExamPaper.id.in_(papers)):
        for i in p.items:
            items.setdefault(i["q"], i)
    st = Staff.get_or_none(Staff.id == staff_id)
    people, _ = weak_topics(rows, items, {staff_id: st} if st else {})
    return sorted(people, key=lambda w: w.share)
