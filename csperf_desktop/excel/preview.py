"""What an import found: the problems, the planned rows and the result, plus
the small helpers the per-kind checks share (reporting a problem on a cell,
locked months, looking up staff in the preloaded index)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from openpyxl.utils import get_column_letter

from ..base.errors import CsperfError, ValidationError
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


@dataclass(slots=True)  # an import plans one per row: made quickly, kept small
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
                from ..monthly.proposals import pending_proposals

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
