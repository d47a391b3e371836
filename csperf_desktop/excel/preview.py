"""What an import found: the problems, the planned rows and the result, plus
the small helpers the per-kind checks share (reporting a problem on a cell,
locked months, looking up staff in the preloaded index)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from openpyxl.utils import get_column_letter

from ..errors import CsperfError, ValidationError
from ..months import Month
from ..vocab import zh
from . import parse as P
from .headers import kind_by_key

Progress = Optional[Callable[[int, Optional[int], str], Optional[bool]]]

HEADER_SCAN_ROWS = 12
TEXT_LIMITS = {"employee_no": 32, "name": 64, "team": 64, "reference": 100, "note": 2000, "status": 20,
               "exam_title": 200, "self_review": 5000, "supervisor_comment": 5000, "interview_summary": 5000,
               "development_plan": 5000, "interview_attendees": 300, "indicator": 40}
VOID_WORDS = {"已作废", "作废", "voided", "void"}
PERMISSION = {"staff": "manage_staff", "events": "record_event", "figures": "import_figures",
              "exams": "manage_exams", "annual_review": "annual_review"}
ABSENT = "absent"
ABSENT_WORDS = {"缺考", "缺席", "absent", "未参加", "缺"}


class ImportCancelled(CsperfError):
    """The user stopped a long import; nothing was written."""


def _report(progress: Progress, done: int, total: int | None, text: str) -> None:
    """Tell the caller how far we are; a callback returning False cancels (nothing is written)."""
    if progress is not None and progress(done, total, text) is False:
        raise ImportCancelled("导入已取消，没有写入任何数据。")


@dataclass
class Problem:
    sheet: str
    row: int | None  # worksheet row number (1-based) or None for the whole file
    column: int | None  # worksheet column number (1-based) or None
    header: str  # the column's header as written in the file, or the expected one
    value: str  # the cell as the user sees it
    message: str  # what is wrong and what is expected

    @property
    def cell(self) -> str:
        if self.row is None:
            return ""
        return f"{get_column_letter(self.column)}{self.row}" if self.column else f"第 {self.row} 行"

    def text(self) -> str:
        where = f"工作表“{self.sheet}”" if self.sheet else "文件"
        if self.row is not None:
            where += f" 第 {self.row} 行"
        if self.header:
            where += f"，{self.header}"
            if self.column:
                where += f"（{get_column_letter(self.column)} 列）"
        value = f"（填的是“{self.value}”）" if self.value != "" else ""
        return f"{where}：{self.message}{value}"


@dataclass
class PlannedRow:
    row: int  # worksheet row number
    action: str  # add | change | same | skip
    label: str  # who/what, e.g. "KF001 张晓梅"
    values: dict  # checked values to write
    changes: list = field(default_factory=list)  # (field label, old, new) for a change
    target: object = None  # e.g. staff id for an update, Month for figures
    note: str = ""


@dataclass
class Preview:
    kind: str
    path: Path
    sheet: str = ""
    header_row: int = 0
    columns: dict = field(default_factory=dict)  # column key -> worksheet column number
    headers: dict = field(default_factory=dict)  # column key -> header text as in the file
    rows: list = field(default_factory=list)  # PlannedRow
    problems: list = field(default_factory=list)  # Problem
    notes: list = field(default_factory=list)  # information lines (skipped rows, ignored columns)
    months: list = field(default_factory=list)  # Month values concerned (figures, events, exams)
    data_rows: int = 0
    _exams: dict = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def adds(self) -> list:
        return [r for r in self.rows if r.action == "add"]

    @property
    def changes(self) -> list:
        return [r for r in self.rows if r.action == "change"]

    @property
    def unchanged(self) -> list:
        return [r for r in self.rows if r.action == "same"]

    @property
    def kind_zh(self) -> str:
        return kind_by_key(self.kind).zh

    def summary(self) -> str:
        if self.problems:
            return (f"“{self.path.name}”有 {len(self.problems)} 处问题，没有导入任何数据。"
                    "请改正后重新导入（可另存一份标出问题单元格的副本）。")
        parts = [f"新增 {len(self.adds)} 条", f"更新 {len(self.changes)} 条"]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} 条与现有数据相同（跳过）")
        return f"{self.kind_zh}：共 {self.data_rows} 行，" + "，".join(parts) + "。"

    def problem_lines(self) -> list[str]:
        return [p.text() for p in self.problems]


@dataclass
class ImportResult:
    kind: str
    added: int
    changed: int
    unchanged: int
    months: list = field(default_factory=list)  # the months the file concerned
    _proposals: list | None = field(default=None, repr=False)

    @property
    def proposals(self) -> list:
        """The automatic bonuses now pending for the imported months (figures: B06/B09; exams: B02).

        Listed on first use (a few queries per month) and kept.
        """
        if self._proposals is None:
            self._proposals = []
            if self.kind in ("figures", "exams"):
                from .. import exams  # noqa: F401 — registers the B02 proposal provider
                from ..proposals import pending_proposals

                wanted = ("B06", "B09") if self.kind == "figures" else ("B02",)
                for m in self.months:
                    self._proposals.extend(p for p in pending_proposals(m) if p.rule_code in wanted)
        return self._proposals

    def summary(self) -> str:
        text = f"已导入{kind_by_key(self.kind).zh}：新增 {self.added} 条，更新 {self.changed} 条"
        if self.unchanged:
            text += f"，{self.unchanged} 条相同未改动"
        text += "。"
        if self.proposals:
            what = "B02 考试满分" if self.kind == "exams" else "B06 满意度 / B09 全勤"
            text += f"有 {len(self.proposals)} 条自动加分建议（{what}）待确认。"
        return text


class ImportInvalid(ValidationError):
    """The file has problems; ``problems`` lists every one. Nothing was written."""

    def __init__(self, preview: Preview, problems: list | None = None):
        self.preview = preview
        self.problems = problems if problems is not None else preview.problems
        first = self.problems[0].text() if self.problems else ""
        super().__init__(f"发现 {len(self.problems)} 处问题，没有导入任何数据。{('第一处：' + first) if first else ''}",
                         field="file")


@dataclass
class _Row:
    row: int
    values: dict  # key -> parsed value (None when blank)
    raw: dict  # key -> raw value
    bad: set  # keys whose cell had a problem


def _problem(preview: Preview, r: _Row, key: str | None, message: str, *, show_value: bool = True) -> None:
    col = preview.columns.get(key) if key else None
    header = preview.headers.get(key, "") if key else ""
    value = P.show(r.raw.get(key)) if key and show_value else ""
    preview.problems.append(Problem(preview.sheet, r.row, col, header, value, message))
    if key:
        r.bad.add(key)


def _required(preview: Preview, r: _Row, key: str, label: str) -> bool:
    if r.values.get(key) in (None, ""):
        if key not in r.bad:
            _problem(preview, r, key, f"请填写{label}", show_value=False)
        return False
    return True


def _staff_index():
    from ..models import Staff

    return {s.employee_no: s for s in Staff.select()}


def _period_status(months) -> dict:
    from ..models import Period

    keys = sorted({m.key for m in months})
    if not keys:
        return {}
    return {p.month: p.status for p in Period.select(Period.month, Period.status).where(Period.month.in_(keys))}


def _locked_message(month: Month, status: str, what: str) -> str:
    from ..vocab import PERIOD_STATUS

    return (f"{month.label_zh}{zh(PERIOD_STATUS, status)}，不能再{what}。"
            "如确需更改，请通过复核申请处理，或由管理员重新开放该月")


class _LockedMonths:
    """Reports a locked month once, at its first row, with how many rows of the file it concerns."""

    def __init__(self, preview: Preview, status: dict, what: str, key: str):
        self.preview, self.status, self.what, self.key = preview, status, what, key
        self.first: dict = {}

    def check(self, r: _Row, month: Month) -> bool:
        st = self.status.get(month.key, "open")
        if st == "open":
            return True
        if month.key not in self.first:
            _problem(self.preview, r, self.key, _locked_message(month, st, self.what))
            self.first[month.key] = [self.preview.problems[-1], 1, r.row]
        else:
            entry = self.first[month.key]
            entry[1] += 1
            entry[2] = r.row
            r.bad.add(self.key)
        return False

    def finish(self) -> None:
        for problem, count, last in self.first.values():
            if count > 1:
                problem.message += f"（本文件中该月共 {count} 行，第 {problem.row}–{last} 行）"


def _check_name(preview: Preview, r: _Row, staff) -> None:
    written = r.values.get("name")
    if written and "name" in preview.columns and written != staff.name:
        _problem(preview, r, "name", f"工号 {staff.employee_no} 在系统中是“{staff.name}”，与表中姓名不一致；请核对工号")


def _lookup_staff(preview: Preview, r: _Row, index: dict):
    no = r.values.get("employee_no")
    if not _required(preview, r, "employee_no", "工号"):
        return None
    staff = index.get(no)
    if staff is None:
        raw = r.raw.get("employee_no")
        hint = ""
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            padded = [k for k in index if k.isdigit() and k.lstrip("0") == no.lstrip("0") and k != no]
            if padded:
                hint = (f"。Excel 可能把工号“{padded[0]}”当成数字去掉了开头的 0：请把工号列设为文本格式后重新填写，"
                        f"或写成 '{padded[0]}")
        _problem(preview, r, "employee_no",
                 "系统中没有这个工号；请先在“人员”中添加（或先导入人员名单），或检查是否写错" + hint)
        return None
    return staff
