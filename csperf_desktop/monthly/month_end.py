"""The month-end checklist: what is still open before a month is published.

One list serves the publish preview, the ``publish`` command and the month
bar. Each item says what is open, whom it concerns and how to settle it:

* ``pending_proposal`` — a proposal waiting for confirmation or dismissal;
  blocking: publishing would leave it unpaid (or unrefused) in a locked month.
* ``exam_missing_results`` — an exam of the month with results not entered.
* ``month_not_over`` — the month has days left.
  These two need a reason to publish anyway (``publish_month(anyway=...)``).
* ``needs_reprint`` — a revised bulletin not yet reprinted (information).
* ``no_events`` — people with no event this month (information; no reason needed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base import clock
from ..base.errors import Conflict
from ..store.models import Period, ScoreEvent
from ..base.months import Month
from ..base.values import clean_text
from ..base.vocab import revision_label


@dataclass(frozen=True)
class Item:
    kind: str
    blocking: bool
    text: str  # Chinese: what is open, whom it concerns, how to settle it
    detail: dict = field(default_factory=dict)
    info: bool = False  # information only: never blocks, never needs a reason

    @property
    def needs_reason(self) -> bool:
        """Publishing despite this item needs a reason."""
        return not self.blocking and not self.info


@dataclass(frozen=True)
class Checklist:
    month: Month
    items: list[Item]

    @property
    def blocking(self) -> list[Item]:
        return [i for i in self.items if i.blocking]

    @property
    def needs_reason(self) -> list[Item]:
        return [i for i in self.items if i.needs_reason]

    @property
    def info(self) -> list[Item]:
        return [i for i in self.items if i.info]

    @property
    def open_items(self) -> list[Item]:
        """The items that need a decision before publishing (blocking, or needing a reason)."""
        return [i for i in self.items if not i.info]


def _pending_items(month: Month) -> list[Item]:
    from .proposals import pending_proposals, signed_points

    out = []
    for p in pending_proposals(month):
        pts = signed_points(p)
        out.append(Item(
            "pending_proposal", True,
            f"待处理的建议：{p.name}（{p.employee_no}）{p.rule_code} {pts:+d}，{p.reason}。"
            "请确认记分，或填写理由驳回。",
            {"source": p.source, "staff_id": p.staff_id, "employee_no": p.employee_no, "name": p.name,
             "rule_code": p.rule_code, "points": pts, "reason": p.reason, "date": p.date.isoformat()}))
    return out


def _exam_items(month: Month) -> list[Item]:
    from . import exams

    out = []
    for exam in exams.month_exams(month):
        if exam.date > clock.today():
            continue  # not held yet: its results cannot be missing
        rows = exams.grid_rows(exam.id)
        missing = [r for r in rows if not r.entered]
        if not missing:
            continue
        names = "、".join(r.name for r in missing[:8]) + ("等" if len(missing) > 8 else "")
        out.append(Item(
            "exam_missing_results", False,
            f"考试“{exam.title}”（{exam.date:%Y-%m-%d}）缺 {len(missing)} 人成绩（共 {len(rows)} 人）：{names}。"
            "请在“考试”页录入成绩或标记缺考。",
            {"exam_id": exam.id, "title": exam.title, "missing": len(missing), "expected": len(rows),
             "names": [r.name for r in missing]}))
    return out


def _month_over_items(month: Month) -> list[Item]:
    today = clock.today()
    if today > month.last_day:
        return []
    days = (month.last_day - today).days + 1
    return [Item(
        "month_not_over", False,
        f"{month.label_zh}到 {month.last_day:%Y-%m-%d} 才结束，还有 {days} 天（含今天）。"
        "通常等月底后再公示；现在公示之后本月不能再记分。",
        {"last_day": month.last_day.isoformat(), "days_left": days})]


def _reprint_items(month: Month) -> list[Item]:
    p = Period.get_or_none(Period.month == month.key)
    if p is None or not p.needs_reprint:
        return []
    return [Item("needs_reprint", False,
                 f"{month.label_zh}的公示已更新为{revision_label(p.revision)}，公告栏上的还是旧版。请重新打印考核公示。",
                 {"revision": p.revision}, info=True)]


def _no_event_items(month: Month) -> list[Item]:
    from .standings import live_standings

    with_events = {sid for (sid,) in ScoreEvent.select(ScoreEvent.staff).distinct()
                   .where((ScoreEvent.month == month.key) & (ScoreEvent.voided == False)).tuples()}  # noqa: E712
    quiet = [r for r in live_standings(month) if r.staff_id not in with_events]
    if not quiet:
        return []
    return [Item("no_events", False,
                 f"本月没有任何加减分记录的有 {len(quiet)} 人：{'、'.join(r.name for r in quiet)}（仅供参考，按基础分计）。",
                 {"names": [r.name for r in quiet], "employee_nos": [r.employee_no for r in quiet]}, info=True)]


def checklist(month: Month, *, info: bool = True) -> Checklist:
    """Everything still open about ``month``, heaviest first; ``info=False`` leaves out the
    information items that take a computation of the month (for a quick count)."""
    from .periods import is_open

    items: list[Item] = []
    if is_open(month):
        items += _pending_items(month)
        items += _exam_items(month)
        items += _month_over_items(month)
    items += _reprint_items(month)
    if info and is_open(month):
        items += _no_event_items(month)
    return Checklist(month, items)


def publish_gate(month: Month, anyway: str | None) -> tuple[str | None, list[str]]:
    """Check the checklist before publishing ``month``.

    Refused (Conflict) while a proposal is pending; refused without a reason
    while another item is open. Returns (the reason, the open items' texts) for
    the publish audit entry.
    """
    cl = checklist(month, info=False)
    if cl.blocking:
        lines = "\n".join(f"  - {i.text}" for i in cl.blocking)
        raise Conflict(f"{month.label_zh}还有 {len(cl.blocking)} 条建议未处理，不能公示。"
                       f"请逐条确认或驳回（填写理由）后再公示：\n{lines}", field="proposal")
    reason = clean_text(anyway, "仍要公示的理由", "anyway", max_length=500) or None
    if cl.needs_reason and reason is None:
        lines = "\n".join(f"  - {i.text}" for i in cl.needs_reason)
        raise Conflict(f"{month.label_zh}还有 {len(cl.needs_reason)} 项未完成。处理好后再公示，"
                       f"或填写仍要现在公示的理由：\n{lines}", field="anyway")
    return reason, [i.text for i in cl.needs_reason]


def summary_zh(cl: Checklist) -> str:
    """A short line for the month bar, e.g. "3 项待处理"; empty when nothing is open."""
    n = len(cl.open_items)
    return f"{n} 项待处理" if n else ""
