"""What the exam bank's marking tells the annual review: each person's weak topics, shown
beside the knowledge indicator (专业能力与素养 · 产品/业务知识), and a coaching note
started from them.

A topic is weak when the person earned less than 60 % of its points over the year's
marked papers (``exambank.analysis``); exams entered only as a total say nothing
about topics and are not counted here.
"""

from __future__ import annotations

from ..base import clock
from ..base.errors import ValidationError
from ..exambank import analysis
from ..monthly.exams import find_exam
from ..office.lookups import find_staff
from ..trust.auth import Actor
from .reviews import add_coaching_note


def weak_topics(staff, year: int) -> list[analysis.WeakTopic]:
    """The person's weak topics over the year's marked papers, weakest first."""
    return analysis.weak_topics_of(find_staff(staff).id, year)


def knowledge_note(staff, year: int) -> str:
    """One line for the knowledge indicator: "考试薄弱知识点：话术 40%、保密 53%" (or "" when none)."""
    topics = weak_topics(staff, year)
    if not topics:
        return ""
    return "考试薄弱知识点：" + "、".join(f"{w.topic} {w.share:.0%}" for w in topics)


def start_coaching_note(actor: Actor, staff, exam_id: int):
    """Record a coaching note (today) on the person's weak topics in one marked exam. Audited
    through the annual review's own service; refused when the exam shows no weak topic."""
    exam = find_exam(exam_id)
    s = find_staff(staff)
    mine = [w for w in analysis.analyse(exam.id).weak_people if w.who == s.employee_no]
    if not mine:
        raise ValidationError(f"{s.name}在考试“{exam.title}”中没有薄弱知识点（每个知识点得分率都不低于 60%），"
                              "不需要据此辅导。", field="staff")
    mine.sort(key=lambda w: w.share)
    topic = "考试薄弱知识点：" + "、".join(w.topic for w in mine)
    lines = [f"{exam.title}（{exam.date:%Y-%m-%d}）："]
    lines += [f"· {w.area}/{w.topic}：得 {w.earned:g} / {w.possible:g} 分（{w.share:.0%}）" for w in mine]
    lines.append("建议：复习这些知识点的题目和参考答案，下次考试后复查。")
    return add_coaching_note(actor, s, date=clock.today(), topic=topic[:200], note="\n".join(lines))
