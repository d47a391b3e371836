"""Importing a workbook: read and check everything first, show what would
change, then write it all in one transaction — or nothing.

Two steps, so a window can show the preview and ask before writing::

    preview = read_import("roster.xlsx", "staff", progress=cb)   # no writes
    if preview.problems: show preview.problem_lines(); save_marked_copy(preview, "marked.xlsx")
    else: show preview.adds / preview.changes; apply_import(actor, preview, update=True)

Checking uses data loaded once up front (staff by employee no., rules by
code, month status, existing figures and events of the months concerned), so
it runs no query per row. Writing goes through the core services (add_staff,
update_staff, add_event, save_figures) inside one outer service transaction:
each service call is a savepoint and any failure rolls the whole import back.
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from .. import clock
from ..auth import Actor, require
from ..errors import Conflict, CsperfError, ValidationError
from ..events import check_points, check_staff_on
from ..months import Month
from ..service import change
from ..vocab import METHODS, STAFF_ROLES, zh
from . import parse as P
from .headers import Kind, kind_by_key, lookup, normalise
from .safety import LIMITS, FileRefused, Limits, check_xlsx, open_for_read

Progress = Optional[Callable[[int, Optional[int], str], Optional[bool]]]

HEADER_SCAN_ROWS = 12
TEXT_LIMITS = {"employee_no": 32, "name": 64, "team": 64, "reference": 100, "note": 2000, "status": 20,
               "exam_title": 200}
VOID_WORDS = {"已作废", "作废", "voided", "void"}
PERMISSION = {"staff": "manage_staff", "events": "record_event", "figures": "import_figures",
              "exams": "manage_exams"}
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


# ---------------------------------------------------------------- reading


def _report(progress: Progress, done: int, total: int | None, text: str) -> None:
    if progress is not None and progress(done, total, text) is False:
        raise ImportCancelled("导入已取消，没有写入任何数据。")


def _unreadable(path: Path, exc: Exception) -> FileRefused:
    """The message for a file openpyxl, zipfile or defusedxml could not read."""
    name = type(exc).__name__
    chain, seen = exc, 0
    while chain is not None and seen < 10:
        if any(w in type(chain).__name__ for w in ("Forbidden", "DTD", "Entities", "Defused")):
            name = "Forbidden"
        chain, seen = chain.__cause__ or chain.__context__, seen + 1
    if "Forbidden" in name:
        return FileRefused(f"“{path.name}”含有不安全的 XML 内容（实体定义），已拒绝。", field="file")
    if isinstance(exc, (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile)):
        return FileRefused(f"“{path.name}”已损坏，无法打开。请在 Excel 中打开后重新保存。", field="file")
    return FileRefused(f"“{path.name}”已损坏或不是有效的 Excel 工作簿，无法读取（{name}）。"
                       "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。", field="file")


def _open_workbook(path: Path):
    fh = open_for_read(path)
    try:
        wb = load_workbook(fh, read_only=True, data_only=True)
    except CsperfError:
        fh.close()
        raise
    except Exception as exc:  # openpyxl, zipfile and defusedxml raise many kinds for a bad file
        fh.close()
        raise _unreadable(path, exc) from None
    return wb, fh


def _find_header(wb, kind: Kind):
    """(worksheet, header row number, {key: column}, {key: header text}, problems-if-not-found)."""
    table = lookup(kind)
    required = [c.key for c in kind.columns if c.required]
    best = None  # (score, ws, row_no, mapping, texts, duplicates)
    for ws in wb.worksheets:
        if not hasattr(ws, "iter_rows"):
            continue  # chart sheets
        try:
            ws.csperf_declared_rows = ws.max_row  # the file's own claim: only an estimate for progress
        except Exception:  # noqa: BLE001
            ws.csperf_declared_rows = None
        ws.reset_dimensions()  # the dimension tag may lie: read what is really there
        for row_no, row in enumerate(ws.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, values_only=True), start=1):
            mapping, texts, dups, unknown = {}, {}, [], []
            for col_no, value in enumerate(row[: LIMITS.max_columns * 2], start=1):
                key = table.get(normalise(value)) if value is not None else None
                if key is None:
                    if value is not None and str(value).strip():
                        unknown.append(str(value).strip())
                    continue
                if key in mapping:
                    dups.append((col_no, str(value).strip(), key))
                    continue
                mapping[key] = col_no
                texts[key] = str(value).strip()
            if not mapping:
                continue
            score = (all(k in mapping for k in required), len(mapping))
            if best is None or score > best[0]:
                best = (score, ws, row_no, mapping, texts, dups, unknown)
        if best is not None and best[0][0]:
            break
    return best


def read_import(path, kind: str, *, month: Month | str | None = None, progress: Progress = None,
                limits: Limits = LIMITS) -> Preview:
    """Read and check ``path`` as ``kind`` (staff | events | figures | exams). Writes nothing.

    Refuses unsafe or non-xlsx files with a ``FileRefused``; every problem in
    the data is collected in ``preview.problems`` (the caller decides; apply
    refuses a preview that has any).
    """
    k = kind_by_key(kind)
    path = Path(path)
    check_xlsx(path, limits)
    if isinstance(month, str):
        month = Month.parse(month)
    if month is not None and any(c.key == "month" for c in k.columns):
        # a month given by the caller makes the month column optional (its cells still win)
        k = replace(k, columns=tuple(replace(c, required=False) if c.key == "month" else c for c in k.columns))
    preview = Preview(kind=k.key, path=path)
    wb, fh = _open_workbook(path)
    try:
        found = _find_header(wb, k)
        if found is None or not found[0][0]:
            _missing_header(preview, k, found)
            return preview
        _, ws, header_row, mapping, texts, dups, unknown = found
        preview.sheet, preview.header_row = ws.title, header_row
        preview.columns, preview.headers = mapping, texts
        if unknown:
            shown = "、".join(unknown[:12]) + ("等" if len(unknown) > 12 else "")
            preview.notes.append(f"以下列不属于{k.zh}，导入时忽略：{shown}。")
        for col_no, text, key in dups:
            preview.problems.append(Problem(ws.title, header_row, col_no, text, "",
                                            f"与 {get_column_letter(mapping[key])} 列重复（同一项只能有一列），请删除其中一列"))
        if preview.problems:
            return preview
        raw_rows = _read_rows(ws, preview, k, limits, progress)
    except CsperfError:
        raise
    except Exception as exc:  # noqa: BLE001 — sheets are parsed lazily, while iterating
        raise _unreadable(path, exc) from None
    finally:
        wb.close()
        fh.close()
    if preview.problems:
        return preview
    parsed = _parse_rows(preview, k, raw_rows, default_month=month)
    CHECKERS[k.key](preview, parsed)
    if preview.problems:
        preview.rows = []
    _report(progress, preview.data_rows, preview.data_rows, "检查完成")
    return preview


def _missing_header(preview: Preview, k: Kind, found) -> None:
    required = [c for c in k.columns if c.required]
    if found is None:
        names = "、".join(f"{c.zh}（{c.key}）" for c in required)
        preview.problems.append(Problem("", None, None, "", "",
                                        f"在前 {HEADER_SCAN_ROWS} 行找不到{k.zh}的表头。表头至少要有：{names}。"
                                        "可以先保存一份导入模板，照着填写"))
        return
    _, ws, header_row, mapping, _texts, _, _ = found
    preview.sheet, preview.header_row = ws.title, header_row
    for c in required:
        if c.key not in mapping:
            preview.problems.append(Problem(ws.title, header_row, None, c.zh, "",
                                            f"缺少必填列“{c.zh}”（也可写作 {c.key}），请在表头中加上这一列"))


def _read_rows(ws, preview: Preview, k: Kind, limits: Limits, progress: Progress) -> list:
    """[(row number, tuple of raw values in mapped-column order)], blank rows dropped."""
    declared = getattr(ws, "csperf_declared_rows", None)
    keys = list(preview.columns)
    cols = [preview.columns[key] - 1 for key in keys]
    max_col = max(cols) + 1
    if max_col > limits.max_columns:
        preview.problems.append(Problem(ws.title, preview.header_row, max_col, "", "",
                                        f"表格有 {max_col} 列，超过上限 {limits.max_columns} 列；请删掉多余的列"))
        return []
    total = declared - preview.header_row if declared and declared > preview.header_row else None
    out = []
    scanned = 0
    row_no = preview.header_row
    for row in ws.iter_rows(min_row=preview.header_row + 1, max_col=max_col, values_only=True):
        row_no += 1
        scanned += 1
        values = tuple(row[c] if c < len(row) else None for c in cols)
        blank = True
        for v in values:
            if v is not None and not (isinstance(v, str) and not v.strip()):
                blank = False
                break
        if not blank:
            out.append((row_no, values))
            if len(out) > limits.max_rows:
                preview.problems.append(Problem(ws.title, row_no, None, "", "",
                                                f"数据超过 {limits.max_rows} 行的上限；请分成几个文件导入"))
                return []
            if len(out) * len(cols) > limits.max_cells:
                preview.problems.append(Problem(ws.title, row_no, None, "", "",
                                                f"单元格超过 {limits.max_cells} 个的上限；请分成几个文件导入"))
                return []
        if scanned > limits.max_scanned_rows:
            preview.problems.append(Problem(ws.title, row_no, None, "", "",
                                            f"工作表超过 {limits.max_scanned_rows} 行，不像正常的{k.zh}"))
            return []
        if scanned % 2000 == 0:
            _report(progress, scanned, total, f"正在读取第 {row_no} 行")
    preview.data_rows = len(out)
    if not out:
        preview.problems.append(Problem(ws.title, preview.header_row + 1, None, "", "",
                                        "表头下面没有数据；请在表头下面逐行填写"))
    return out


_PARSERS = {
    "date": P.parse_date,
    "month": P.parse_month,
    "int": P.parse_int,
    "number": P.parse_number,
    "percent": P.parse_percent,
    "duration": P.parse_duration,
    "points": P.parse_points,
    "staff_role": lambda v: P.parse_choice(v, STAFF_ROLES),
    "method": lambda v: P.parse_choice(v, METHODS),
    "rule": lambda v: (P.parse_text(v, 16).upper() or None),
    "exam_area": lambda v: P.parse_choice(v, _exam_areas()),
    "score": lambda v: _parse_score(v),
}


def _exam_areas() -> dict:
    from ..exams import EXAM_AREAS

    return EXAM_AREAS


def _parse_score(value):
    if P.is_blank(value):
        return None
    if isinstance(value, str) and P._text(value).lower() in ABSENT_WORDS:
        return ABSENT
    try:
        v = P.parse_number(value, unit_words=("分",))
    except P.CellError:
        raise P.CellError("分数（数字），缺考写“缺考”") from None
    if v * 2 != int(v * 2):
        raise P.CellError("分数，最多保留到 0.5 分")
    return v


MEMO_TYPES = {"month", "date", "rule", "staff_role", "method", "exam_area"}


def _parser_for(col):
    if col.type == "text":
        limit = TEXT_LIMITS.get(col.key, 2000)
        return lambda v: P.parse_text(v, limit)
    return _PARSERS[col.type]


@dataclass
class _Row:
    row: int
    values: dict  # key -> parsed value (None when blank)
    raw: dict  # key -> raw value
    bad: set  # keys whose cell had a problem


def _parse_rows(preview: Preview, k: Kind, raw_rows: list, *, default_month: Month | None) -> list:
    keys = list(preview.columns)
    specs = [(i, key, _parser_for(k.column(key)), k.column(key).type in MEMO_TYPES) for i, key in enumerate(keys)]
    memo: dict = {}  # (key, raw value) -> parsed, for columns whose values repeat (months, dates, codes)
    example = _example_signature(k, keys)
    out = []
    skipped_example = []
    for row_no, values in raw_rows:
        if example is not None and P.show(values[0]).strip() == example[0] \
                and tuple(P.show(v).strip() for v in values) == example:
            skipped_example.append(row_no)
            continue
        parsed, raw, bad = {}, {}, set()
        for i, key, parser, repeat in specs:
            v = values[i]
            raw[key] = v
            try:
                if repeat and v.__hash__ is not None:
                    slot = (key, type(v), v)
                    hit = memo.get(slot, memo)
                    if hit is memo:
                        hit = memo[slot] = parser(v)
                    parsed[key] = hit
                else:
                    parsed[key] = parser(v)
            except P.CellError as exc:
                bad.add(key)
                parsed[key] = None
                preview.problems.append(Problem(preview.sheet, row_no, preview.columns[key], preview.headers[key],
                                                P.show(v), f"应为{exc.expected}"))
        if default_month is not None and parsed.get("month") is None and "month" not in bad:
            parsed["month"] = default_month
        out.append(_Row(row_no, parsed, raw, bad))
    if skipped_example:
        preview.notes.append(f"已跳过模板里的示例行（第 {'、'.join(map(str, skipped_example))} 行）。")
        preview.data_rows -= len(skipped_example)
    if not out and not preview.problems:
        preview.problems.append(Problem(preview.sheet, preview.header_row + 1, None, "", "",
                                        "除示例行外没有数据；请在示例行下面填写（示例行可以覆盖）"))
    return out


def _example_signature(k: Kind, keys: list) -> tuple | None:
    """The template's example row as shown text, to skip it if left in place."""
    from .templates import example_cells

    ex = example_cells(k)
    if not any(ex.get(key) not in (None, "") for key in keys):
        return None
    return tuple(P.show(ex.get(key)).strip() for key in keys)


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


# ---------------------------------------------------------------- staff


def _check_staff(preview: Preview, rows: list) -> None:
    from ..staff import FIELDS as STAFF_FIELDS

    index = _staff_index()
    seen: dict[str, int] = {}
    labels = {c.key: c.zh for c in kind_by_key("staff").columns}
    for r in rows:
        v = r.values
        no = v.get("employee_no")
        if _required(preview, r, "employee_no", "工号"):
            if any(ch.isspace() for ch in no):
                _problem(preview, r, "employee_no", "工号不能含空格")
            elif no in seen:
                _problem(preview, r, "employee_no", f"与第 {seen[no]} 行的工号重复；每人只能有一行")
            else:
                seen[no] = r.row
        _required(preview, r, "name", "姓名")
        current = index.get(no) if no else None
        hire = v.get("hire_date") or (current.hire_date if current else None)
        leave = v.get("leave_date") or (current.leave_date if current else None)
        if hire and leave and leave < hire and "leave_date" not in r.bad:
            _problem(preview, r, "leave_date" if v.get("leave_date") else "hire_date",
                     f"离职日期 {leave:%Y-%m-%d} 早于入职日期 {hire:%Y-%m-%d}")
        if r.bad:
            continue
        values = {key: v[key] for key in STAFF_FIELDS if key in preview.columns and v.get(key) not in (None, "")}
        values["employee_no"] = no
        label = f"{no} {v.get('name') or ''}".strip()
        if current is None:
            values.setdefault("role", "agent")
            preview.rows.append(PlannedRow(r.row, "add", label, values))
            continue
        diffs = []
        for key, new in values.items():
            old = getattr(current, key)
            if (old or None) != (new or None):
                diffs.append((labels.get(key, key), _fmt(old, key), _fmt(new, key)))
        update = {key: new for key, new in values.items() if key != "employee_no"}
        action = "change" if diffs else "same"
        preview.rows.append(PlannedRow(r.row, action, label, update, diffs, target=current.id))


def _fmt(value, key: str = "") -> str:
    if key == "role" and value:
        return zh(STAFF_ROLES, value)
    if key == "method" and value:
        return zh(METHODS, value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return P.show(value)


# ---------------------------------------------------------------- events


def _check_events(preview: Preview, rows: list) -> None:
    from ..models import Rule, ScoreEvent

    index = _staff_index()
    rules = {r.code.upper(): r for r in Rule.select()}
    today = clock.today()
    months = {Month.of(r.values["date"]) for r in rows if r.values.get("date")}
    preview.months = sorted(months)
    status = _period_status(months)
    # existing non-voided events of those months: to skip exact repeats and per-month duplicates
    existing = Counter()
    monthly_taken = set()
    if months:
        q = (ScoreEvent.select(ScoreEvent.staff, ScoreEvent.date, ScoreEvent.rule_code, ScoreEvent.unit_points,
                               ScoreEvent.quantity, ScoreEvent.reference, ScoreEvent.note, ScoreEvent.month,
                               ScoreEvent.rule)
             .where(ScoreEvent.month.in_([m.key for m in months]) & (ScoreEvent.voided == False))  # noqa: E712
             .tuples())
        for sid, day, code, unit, qty, ref, note, mkey, rule_id in q:
            existing[(sid, _as_date(day), code, unit, qty, ref or "", note or "")] += 1
            monthly_taken.add((sid, rule_id, mkey))
    skipped_void = 0
    locked = _LockedMonths(preview, status, "记录评分", "date")
    for r in rows:
        v = r.values
        if (v.get("status") or "").strip().lower() in VOID_WORDS:
            skipped_void += 1
            continue
        staff = _lookup_staff(preview, r, index)
        if staff is not None:
            _check_name(preview, r, staff)
        day = v.get("date")
        if _required(preview, r, "date", "日期"):
            if day > today:
                _problem(preview, r, "date", f"日期晚于今天（{today:%Y-%m-%d}），请检查")
            elif day.year < 2000:
                _problem(preview, r, "date", "日期太早，请检查")
            else:
                m = Month.of(day)
                if not locked.check(r, m):
                    pass
                elif staff is not None:
                    try:
                        check_staff_on(staff, day)
                    except ValidationError as exc:
                        _problem(preview, r, "date", exc.message.rstrip("。"))
        rule = None
        code = v.get("rule_code")
        if _required(preview, r, "rule_code", "项目代码"):
            rule = rules.get(code)
            if rule is None:
                _problem(preview, r, "rule_code", "考核细则中没有这个代码；请在“考核细则”中查看正确代码（如 B01、D04）")
            elif not rule.active:
                _problem(preview, r, "rule_code", f"考核项目 {rule.code}“{rule.name}”已停用，不能再使用")
        magnitude = None
        if rule is not None and "points" not in r.bad:
            try:
                magnitude = check_points(rule, v.get("points"))
            except ValidationError as exc:
                _problem(preview, r, "points", exc.message.rstrip("。"))
        qty = v.get("quantity")
        if qty is None and "quantity" not in r.bad:
            qty = 1
        if qty is not None and not 1 <= qty <= 100:
            _problem(preview, r, "quantity", "次数应在 1 到 100 之间")
        if rule is not None and rule.unit == "month" and qty not in (None, 1):
            _problem(preview, r, "quantity", f"{rule.code} 按月计分，每月最多一次，次数应为 1")
        if r.bad or staff is None or rule is None or day is None or magnitude is None:
            continue
        m = Month.of(day)
        if rule.unit == "month":
            slot = (staff.id, rule.id, m.key)
            if slot in monthly_taken:
                _problem(preview, r, "rule_code", f"{staff.name} 在{m.label_zh}已经有 {rule.code}（按月计分，每月一次）")
                continue
            monthly_taken.add(slot)
        unit = magnitude if rule.kind == "bonus" else -magnitude
        method = v.get("method") or "supervision"
        reference, note = v.get("reference") or "", v.get("note") or ""
        values = dict(staff=staff.id, rule=rule.code, date=day, points=magnitude, quantity=qty, method=method,
                      reference=reference, note=note)
        label = f"{day:%Y-%m-%d} {staff.employee_no} {staff.name} {rule.code} {unit * qty:+d}"
        sig = (staff.id, day, rule.code, unit, qty, reference, note)
        if existing[sig] > 0:
            existing[sig] -= 1
            preview.rows.append(PlannedRow(r.row, "same", label, values, note="与已有记录完全相同，跳过"))
            continue
        preview.rows.append(PlannedRow(r.row, "add", label, values, target=m))
    locked.finish()
    if skipped_void:
        preview.notes.append(f"跳过了 {skipped_void} 条标为“已作废”的记录。")
        preview.data_rows -= skipped_void


def _as_date(value):
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        return _dt.date.fromisoformat(value[:10])
    return value


# ---------------------------------------------------------------- figures


def _check_figures(preview: Preview, rows: list) -> None:
    from ..figures import FIELDS as FIG_FIELDS
    from ..models import MonthlyFigures

    index = _staff_index()
    fig_keys = [key for key in FIG_FIELDS if key in preview.columns]
    if not fig_keys:
        preview.problems.append(Problem(preview.sheet, preview.header_row, None, "", "",
                                        "没有任何数据列（客户满意度、平均响应时长、接待量、销售额、迟到次数等）"))
        return
    months = {r.values["month"] for r in rows if r.values.get("month")}
    preview.months = sorted(months)
    status = _period_status(months)
    current = {}
    if months:
        for f in MonthlyFigures.select().where(MonthlyFigures.month.in_([m.key for m in months])):
            current[(f.staff_id, f.month)] = f
    seen: dict = {}
    specs = [(key, FIG_FIELDS[key][1] is int, FIG_FIELDS[key][2], FIG_FIELDS[key][3]) for key in fig_keys]
    month_keys: dict = {}
    locked = _LockedMonths(preview, status, "导入月度数据", "month")
    this_month = (clock.today().year, clock.today().month)
    for r in rows:
        v = r.values
        m = v.get("month")
        if _required(preview, r, "month", "月份"):
            if (m.year, m.month) > this_month:
                _problem(preview, r, "month", f"{m.label_zh}还没有到，不能导入该月数据；请检查月份")
            else:
                locked.check(r, m)
        staff = _lookup_staff(preview, r, index)
        if staff is not None:
            _check_name(preview, r, staff)
        for key, is_int, lo, hi in specs:
            value = v.get(key)
            if value is None or key in r.bad:
                continue
            if is_int and not float(value).is_integer():
                _problem(preview, r, key, "应为整数")
                continue
            if not lo <= value <= hi:
                _problem(preview, r, key, f"应在 {lo} 到 {hi:g} 之间")
                continue
            v[key] = int(value) if is_int else float(value)
        if staff is None or m is None:
            continue
        mkey = month_keys.get(m) or month_keys.setdefault(m, m.key)
        slot = (staff.id, mkey)
        if slot in seen:
            _problem(preview, r, "employee_no", f"{m.label_zh}的 {staff.employee_no} 与第 {seen[slot]} 行重复；每人每月只能有一行")
            continue
        seen[slot] = r.row
        if r.bad:
            continue
        values = {key: v.get(key) for key in fig_keys}
        label = f"{mkey} {staff.employee_no} {staff.name}"
        old = current.get(slot)
        if old is None:
            preview.rows.append(PlannedRow(r.row, "add", label, values, target=(m, staff.id)))
            continue
        diffs = []
        for key in fig_keys:
            before, after = getattr(old, key), values[key]
            if not _same_number(before, after):
                diffs.append((FIG_FIELDS[key][0], _fmt(before), _fmt(after)))
        preview.rows.append(PlannedRow(r.row, "change" if diffs else "same", label, values, diffs,
                                       target=(m, staff.id)))
    locked.finish()


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


# ---------------------------------------------------------------- exams


def _check_exams(preview: Preview, rows: list) -> None:
    from ..exams import EXAM_AREAS, MAX_FULL_MARKS
    from ..models import Exam, ExamResult

    index = _staff_index()
    months = {Month.of(r.values["exam_date"]) for r in rows if r.values.get("exam_date")}
    preview.months = sorted(months)
    status = _period_status(months)
    locked = _LockedMonths(preview, status, "修改考试成绩", "exam_date")
    existing = {}  # (date, title) -> Exam
    results = {}  # (exam id, staff id) -> ExamResult
    if months:
        for e in Exam.select().where(Exam.month.in_([m.key for m in months])):
            existing[(_as_date(e.date), e.title)] = e
        if existing:
            ids = [e.id for e in existing.values()]
            for res in ExamResult.select().where(ExamResult.exam.in_(ids)):
                results[(res.exam_id, res.staff_id)] = res
    exams: dict = {}  # (date, title) -> {"area", "full_marks", "pass_mark", "row", "exam"}
    seen: dict = {}
    today = clock.today()
    for r in rows:
        v = r.values
        day, title = v.get("exam_date"), v.get("exam_title")
        ok_day = _required(preview, r, "exam_date", "考试日期")
        ok_title = _required(preview, r, "exam_title", "考试名称")
        if ok_day:
            if day > today:
                _problem(preview, r, "exam_date", f"考试日期晚于今天（{today:%Y-%m-%d}），请检查")
                ok_day = False
            elif not locked.check(r, Month.of(day)):
                ok_day = False
        staff = _lookup_staff(preview, r, index)
        if staff is not None:
            _check_name(preview, r, staff)
            if ok_day:
                try:
                    check_staff_on(staff, day)
                except ValidationError as exc:
                    _problem(preview, r, "exam_date", exc.message.rstrip("。"))
        if not (ok_day and ok_title):
            continue
        slot = (day, title)
        old = existing.get(slot)
        area = v.get("area") or (old.area if old else "mixed")
        full = v.get("full_marks")
        if full is None and "full_marks" not in r.bad:
            full = old.full_marks if old else 100
        if full is not None and not 1 <= full <= MAX_FULL_MARKS:
            _problem(preview, r, "full_marks", f"满分应在 1 到 {MAX_FULL_MARKS} 之间")
            continue
        pass_mark = v.get("pass_mark")
        if pass_mark is None and "pass_mark" not in r.bad and full is not None:
            pass_mark = old.pass_mark if old else round(full * 0.6)
        if full is None or pass_mark is None:
            continue
        if not 0 <= pass_mark <= full:
            _problem(preview, r, "pass_mark", f"及格分应在 0 到满分 {full} 之间")
            continue
        info = exams.get(slot)
        if info is None:
            if old is not None:
                for key, mine, theirs, label in (("full_marks", full, old.full_marks, "满分"),
                                                 ("pass_mark", pass_mark, old.pass_mark, "及格分"),
                                                 ("area", area, old.area, "考试内容")):
                    if mine != theirs and key in preview.columns and v.get(key) is not None:
                        shown = zh(EXAM_AREAS, theirs) if key == "area" else theirs
                        _problem(preview, r, key, f"系统中已有的考试“{title}”（{day:%Y-%m-%d}）{label}是 {shown}；"
                                 "要改考试设置请在“考试”中修改")
                        break
                else:
                    exams[slot] = {"area": area, "full_marks": full, "pass_mark": pass_mark, "row": r.row, "exam": old}
            else:
                exams[slot] = {"area": area, "full_marks": full, "pass_mark": pass_mark, "row": r.row, "exam": None}
            info = exams.get(slot)
            if info is None:
                continue
        else:
            for key, label in (("full_marks", "满分"), ("pass_mark", "及格分"), ("area", "考试内容")):
                mine = {"full_marks": full, "pass_mark": pass_mark, "area": area}[key]
                if mine != info[key]:
                    _problem(preview, r, key, f"与第 {info['row']} 行（同一场考试）的{label}不一致")
                    break
        if staff is not None:
            key = (slot, staff.id)
            if key in seen:
                _problem(preview, r, "employee_no",
                         f"{staff.employee_no} 在考试“{title}”中与第 {seen[key]} 行重复；每人只能有一个成绩")
                continue
            seen[key] = r.row
        score = v.get("score")
        if score is None and "score" not in r.bad:
            _required(preview, r, "score", "成绩（缺考写“缺考”）")
        elif score is not None and score != ABSENT and not 0 <= score <= info["full_marks"]:
            _problem(preview, r, "score", f"成绩应在 0 到满分 {info['full_marks']} 之间")
        if staff is None or r.bad:
            continue
        absent = score == ABSENT
        values = {"score": None if absent else score, "absent": absent, "note": v.get("note") or ""}
        label = f"{day:%Y-%m-%d} {title} {staff.employee_no} {staff.name}"
        old_exam = info["exam"]
        prev = results.get((old_exam.id, staff.id)) if old_exam is not None else None
        target = (slot, staff.id)
        if prev is None:
            preview.rows.append(PlannedRow(r.row, "add", label, values, target=target))
            continue
        before = "缺考" if prev.absent else _fmt(prev.score)
        after = "缺考" if absent else _fmt(score)
        diffs = [("成绩", before, after)] if before != after else []
        if (prev.note or "") != values["note"] and "note" in preview.columns:
            diffs.append(("备注", prev.note or "", values["note"]))
        preview.rows.append(PlannedRow(r.row, "change" if diffs else "same", label, values, diffs, target=target))
    locked.finish()
    preview._exams = exams  # exam settings by (date, title), for writing


CHECKERS = {"staff": _check_staff, "events": _check_events, "figures": _check_figures, "exams": _check_exams}


# ---------------------------------------------------------------- writing


def apply_import(actor: Actor, preview: Preview, *, update: bool = False, progress: Progress = None) -> ImportResult:
    """Write a checked preview: all rows in one transaction, or nothing.

    Refused when the preview has problems. Rows that change existing data
    (re-imported figures, changed staff) are written only with ``update=True``
    — the caller asks the user first. A failure in any row (e.g. the month was
    published since the preview) rolls everything back and names the row.
    """
    if preview.problems:
        raise ImportInvalid(preview)
    kind = preview.kind
    require(actor, PERMISSION.get(kind, "import_figures"))
    if preview.changes and not update:
        raise Conflict(
            f"有 {len(preview.changes)} 条会覆盖系统中已有的数据（例如第 {preview.changes[0].row} 行："
            f"{preview.changes[0].label}）。确认要更新后再导入（命令行加 --update）。", field="update")
    work = [r for r in preview.rows if r.action in ("add", "change")]
    total = len(work)
    writer = WRITERS[kind]
    if work:
        with change(actor, PERMISSION.get(kind, "import_figures")) as tx:
            writer(actor, preview, work, progress, total)
            tx.audit("import_excel", "import", None,
                     after={"kind": kind, "file": preview.path.name, "sheet": preview.sheet,
                            "added": len(preview.adds), "changed": len(preview.changes),
                            "unchanged": len(preview.unchanged)})
    result = ImportResult(kind, len(preview.adds), len(preview.changes), len(preview.unchanged),
                          list(preview.months))
    _report(progress, total, total, "导入完成")
    return result


def _row_failed(preview: Preview, planned: PlannedRow, exc: CsperfError) -> ImportInvalid:
    key = exc.field if exc.field in preview.columns else None
    if exc.field == "staff":
        key = "employee_no"
    elif exc.field == "rule":
        key = "rule_code"
    problem = Problem(preview.sheet, planned.row, preview.columns.get(key), preview.headers.get(key, ""), "",
                      exc.message.rstrip("。"))
    return ImportInvalid(preview, [problem])


def _write_staff(actor, preview, work, progress, total):
    from ..staff import add_staff, update_staff

    for i, planned in enumerate(work, start=1):
        try:
            if planned.action == "add":
                add_staff(actor, **planned.values)
            else:
                update_staff(actor, planned.target, **planned.values)
        except CsperfError as exc:
            raise _row_failed(preview, planned, exc) from exc
        if i % 200 == 0:
            _report(progress, i, total, f"正在写入第 {i} 条")


def _write_events(actor, preview, work, progress, total):
    from ..events import add_event

    for i, planned in enumerate(work, start=1):
        v = planned.values
        try:
            add_event(actor, v["staff"], v["rule"], v["date"], v["points"], v["quantity"], v["method"],
                      v["reference"], v["note"])
        except CsperfError as exc:
            raise _row_failed(preview, planned, exc) from exc
        if i % 200 == 0:
            _report(progress, i, total, f"正在写入第 {i} 条")


def _write_figures(actor, preview, work, progress, total):
    from ..figures import save_figures_bulk as save_figures

    by_month = defaultdict(dict)
    first_row = {}
    for planned in work:
        month, staff_id = planned.target
        by_month[month][staff_id] = planned.values
        first_row.setdefault(month, planned)
    done = 0
    for month in sorted(by_month):
        try:
            save_figures(actor, month, by_month[month])
        except CsperfError as exc:
            raise _row_failed(preview, first_row[month], exc) from exc
        done += len(by_month[month])
        _report(progress, done, total, f"已写入{month.label_zh}")


def _write_exams(actor, preview, work, progress, total):
    from ..exams import add_exam, set_result

    ids = {}
    for i, planned in enumerate(work, start=1):
        slot, staff_id = planned.target
        try:
            if slot not in ids:
                info = preview._exams[slot]
                if info["exam"] is not None:
                    ids[slot] = info["exam"].id
                else:
                    exam = add_exam(actor, date=slot[0], title=slot[1], area=info["area"],
                                    full_marks=info["full_marks"], pass_mark=info["pass_mark"])
                    ids[slot] = exam.id
            v = planned.values
            set_result(actor, ids[slot], staff_id, v["score"], absent=v["absent"], note=v["note"])
        except CsperfError as exc:
            raise _row_failed(preview, planned, exc) from exc
        if i % 200 == 0:
            _report(progress, i, total, f"正在写入第 {i} 条")


WRITERS = {"staff": _write_staff, "events": _write_events, "figures": _write_figures, "exams": _write_exams}


def import_file(actor: Actor, path, kind: str, *, update: bool = False, dry_run: bool = False,
                month: Month | str | None = None, progress: Progress = None):
    """Read, check and (unless ``dry_run``) write in one call. Raises ImportInvalid listing every problem."""
    preview = read_import(path, kind, month=month, progress=progress)
    if preview.problems:
        raise ImportInvalid(preview)
    if dry_run:
        return preview
    return apply_import(actor, preview, update=update, progress=progress)


# ---------------------------------------------------------------- marked copy


def save_marked_copy(preview: Preview, out_path) -> Path:
    """Save a copy of the imported workbook with each bad cell filled red and a comment saying what is wrong.

    Problems without a cell (a missing column) are commented on the header
    row's first cell; problems about the whole file have nothing to mark.
    """
    from openpyxl.comments import Comment

    from .xlsxwrite import BAD_FILL, atomic_save

    check_xlsx(preview.path)
    with open_for_read(preview.path) as fh:
        try:
            wb = load_workbook(fh)
        except Exception as exc:  # noqa: BLE001
            raise FileRefused(f"无法重新打开“{preview.path.name}”来标注问题（{type(exc).__name__}）。", field="file") from None
    if preview.sheet not in wb.sheetnames:
        raise FileRefused(f"“{preview.path.name}”中找不到工作表“{preview.sheet}”。", field="file")
    ws = wb[preview.sheet]
    notes: dict = defaultdict(list)
    for p in preview.problems:
        if p.row is None:
            continue
        notes[(p.row, p.column or 1)].append(p.message)
    for (row, col), messages in notes.items():
        cell = ws.cell(row=row, column=col)
        cell.fill = BAD_FILL
        text = "\n".join(f"· {m}" for m in messages)
        cell.comment = Comment(text, "csperf", width=300, height=60 + 20 * len(messages))
    return atomic_save(wb, out_path)
