"""Optional scorecard sections fed by provider functions.

The scorecard's layout knows nothing about exams or appeals: it prints each
``Section`` in ``SCORECARD_SECTIONS`` whose provider returns rows for the
person and month, and leaves the section out when it returns none. A feature
adds or replaces a section without touching the layout::

    from csperf_desktop.reports.sections import SCORECARD_SECTIONS, Section
    SCORECARD_SECTIONS.append(Section("training", "培训记录", [("date", "日期", 1), ...], my_rows))

A provider is ``provider(staff, month) -> list[dict]`` (keys = column keys;
values printed as text, missing keys blank) or the dotted name
``"package.module:function"`` of one, looked up when the scorecard is printed. A section
may also give ``bulk(month) -> {staff_id: rows}``: then a whole month of cards asks once.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

from ..store import models
from ..base.text import zh_label
from ..base.months import Month
from ..base.text import fmt_local


@dataclass
class Section:
    key: str
    title: str
    columns: list[tuple[str, str, float]]  # (key, header, relative width)
    provider: Callable | str
    place: str = "after_events"  # after_events | after_trend
    note: str = ""  # printed small under the table
    numeric: tuple = field(default_factory=tuple)  # column keys aligned right
    # optional: ``bulk(month) -> {staff_id: rows}``, everyone's rows at once (one query for 200 cards)
    bulk: Callable | str | None = None

    def rows(self, staff, month: Month) -> list[dict]:
        fn = _resolve(self.provider)
        if fn is None:
            return []
        return list(fn(staff, month) or [])

    def month_rows(self, month: Month) -> dict[int, list[dict]] | None:
        """Everyone's rows in ``month`` by staff id, or None when the section has no ``bulk``."""
        fn = _resolve(self.bulk) if self.bulk is not None else None
        if fn is None:
            return None
        return {sid: list(rows) for sid, rows in (fn(month) or {}).items()}


def _resolve(fn):
    if isinstance(fn, str):
        module, _, name = fn.partition(":")
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            return None
    return fn


def _labels(module: str, attr: str, fallback: dict) -> dict:
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return fallback


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def exam_rows(staff, month: Month) -> list[dict]:
    """The person's results in the month's exams (models.Exam / ExamResult)."""
    return exam_rows_by_staff(month, staff.id).get(staff.id, [])


def exam_rows_by_staff(month: Month, staff_id: int | None = None) -> dict[int, list[dict]]:
    """Everyone's (or one person's) ``exam_rows`` in ``month``, by staff id, in one query."""
    exam, result = getattr(models, "Exam", None), getattr(models, "ExamResult", None)
    if exam is None or result is None:
        return {}
    areas = _labels("csperf_desktop.monthly.exams", "EXAM_AREAS", {})
    where = exam.month == month.key
    if staff_id is not None:
        where &= result.staff == staff_id
    q = result.select(result, exam).join(exam).where(where).order_by(exam.date, exam.id)
    out: dict[int, list[dict]] = {}
    for r in q:
        e = r.exam
        if r.absent or r.score is None:
            score, outcome = "缺考", "缺考"
        else:
            score = f"{_num(r.score)} / {e.full_marks}"
            outcome = "满分" if r.score >= e.full_marks else ("及格" if r.score >= e.pass_mark else "不及格")
        out.setdefault(r.staff_id, []).append(
            {"date": f"{e.date.month}月{e.date.day}日", "title": e.title, "area": zh_label(areas, e.area),
             "score": score, "outcome": outcome, "note": r.note})
    return out


APPEAL_STATUS_FALLBACK = {
    "pending": "待处理", "upheld": "成立", "partly": "部分成立", "partly_upheld": "部分成立",
    "rejected": "驳回", "withdrawn": "撤回",
}


def appeal_rows(staff, month: Month) -> list[dict]:
    """The person's appeals about the month (models.Appeal) and their outcomes."""
    return appeal_rows_by_staff(month, staff.id).get(staff.id, [])


def appeal_rows_by_staff(month: Month, staff_id: int | None = None) -> dict[int, list[dict]]:
    """Everyone's (or one person's) ``appeal_rows`` in ``month``, by staff id, in one query."""
    appeal = getattr(models, "Appeal", None)
    if appeal is None:
        return {}
    status = _labels("csperf_desktop.monthly.appeals", "STATUS", APPEAL_STATUS_FALLBACK)
    where = appeal.month == month.key
    if staff_id is not None:
        where &= appeal.staff == staff_id
    q = appeal.select().where(where).order_by(appeal.received_at, appeal.id)
    out: dict[int, list[dict]] = {}
    for a in q:
        change = ""
        if a.score_before is not None and a.score_after is not None:
            change = f"{a.score_before} → {a.score_after}"
        out.setdefault(a.staff_id, []).append(
            {"received": fmt_local(a.received_at), "reason": a.reason,
             "status": zh_label(status, a.status) or APPEAL_STATUS_FALLBACK.get(a.status, a.status),
             "decision": a.decision_reason or "", "score": change})
    return out


SCORECARD_SECTIONS: list[Section] = [
    Section("exams", "本月考试成绩",
            [("date", "日期", 0.9), ("title", "考试", 2.4), ("area", "内容", 1.1), ("score", "成绩", 1.1),
             ("outcome", "结果", 0.8), ("note", "备注", 1.8)],
            exam_rows, place="after_events", bulk=exam_rows_by_staff),
    Section("appeals", "复核申请及处理结果",
            [("received", "提出时间", 1.5), ("reason", "申请理由", 2.6), ("status", "处理结果", 0.9),
             ("decision", "处理说明", 2.4), ("score", "得分变化", 1.0)],
            appeal_rows, place="after_trend", bulk=appeal_rows_by_staff),
]
