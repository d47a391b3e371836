"""The row-by-row checks every spreadsheet import shares: one row of a sheet, a problem
found in it, required cells, the staff list, months that are locked, and progress reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.months import Month
from ..base.vocab import METHODS, STAFF_ROLES, zh
from . import parse as P
from .preview import ABSENT, ABSENT_WORDS, TEXT_LIMITS, ImportCancelled, Preview, Problem, Progress


def report_progress(progress: Progress, done: int, total: int | None, text: str) -> None:
    """Tell the caller how far we are; a callback returning False cancels (nothing is written)."""
    if progress is not None and progress(done, total, text) is False:
        raise ImportCancelled("导入已取消，没有写入任何数据。")


# ---------------------------------------------------------------- cell parsers by column type


def _exam_areas() -> dict:
    from ..monthly.exams import EXAM_AREAS

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


PARSERS = {
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
    "score": _parse_score,
}

UNCALCULATED = ("是公式，但文件里没有保存计算结果（文件由程序生成，没有在 Excel 或 WPS 中打开保存过），"
                "不能当作空白；请在 Excel 或 WPS 中打开、保存后再导入，或直接填入数值")

# Column types whose values repeat down a sheet (months, dates, codes): parsed once per distinct value.
MEMO_TYPES = {"month", "date", "rule", "staff_role", "method", "exam_area"}


def parser_for(col):
    """The parser of a column (``headers.Column``): raw cell value -> value, or ``P.CellError``."""
    if col.type == "text":
        limit = TEXT_LIMITS.get(col.key, 2000)
        return lambda v: P.parse_text(v, limit)
    return PARSERS[col.type]


def example_signature(k, keys: list) -> tuple | None:
    """The template's example row of kind ``k`` as shown text (cells in ``keys`` order), to skip
    it if left in place; None when the example fills none of those columns."""
    from .templates import example_cells

    ex = example_cells(k)
    if not any(ex.get(key) not in (None, "") for key in keys):
        return None
    return tuple(P.show(ex.get(key)).strip() for key in keys)


# ---------------------------------------------------------------- one row


@dataclass(slots=True)  # one per sheet row: made quickly, kept small
class Row:
    row: int
    values: dict  # key -> parsed value (None when blank)
    raw: dict  # key -> raw value
    bad: set  # keys whose cell had a problem


def add_problem(preview: Preview, r: Row, key: str | None, message: str, *, show_value: bool = True) -> None:
    col = preview.columns.get(key) if key else None
    header = preview.headers.get(key, "") if key else ""
    value = P.show(r.raw.get(key)) if key and show_value else ""
    preview.problems.append(Problem(preview.sheet, r.row, col, header, value, message))
    if key:
        r.bad.add(key)


def required(preview: Preview, r: Row, key: str, label: str) -> bool:
    if r.values.get(key) in (None, ""):
        if key not in r.bad:
            add_problem(preview, r, key, f"请填写{label}", show_value=False)
        return False
    return True


def staff_index():
    from ..store.models import Staff

    return {s.employee_no: s for s in Staff.select()}


def period_status(months) -> dict:
    from ..store.models import Period

    keys = sorted({m.key for m in months})
    if not keys:
        return {}
    return {p.month: p.status for p in Period.select(Period.month, Period.status).where(Period.month.in_(keys))}


def _locked_message(month: Month, status: str, what: str) -> str:
    from ..base.vocab import PERIOD_STATUS

    return (f"{month.label_zh}{zh(PERIOD_STATUS, status)}，不能再{what}。"
            "如确需更改，请通过复核申请处理，或由管理员重新开放该月")


class LockedMonths:
    """Reports a locked month once, at its first row, with how many rows of the file it concerns."""

    def __init__(self, preview: Preview, status: dict, what: str, key: str):
        self.preview, self.status, self.what, self.key = preview, status, what, key
        self.first: dict = {}

    def check(self, r: Row, month: Month) -> bool:
        st = self.status.get(month.key, "open")
        if st == "open":
            return True
        if month.key not in self.first:
            add_problem(self.preview, r, self.key, _locked_message(month, st, self.what))
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


def check_name(preview: Preview, r: Row, staff) -> None:
    written = r.values.get("name")
    if written and "name" in preview.columns and written != staff.name:
        add_problem(preview, r, "name", f"工号 {staff.employee_no} 在系统中是“{staff.name}”，与表中姓名不一致；请核对工号")


def lookup_staff(preview: Preview, r: Row, index: dict):
    no = r.values.get("employee_no")
    if not required(preview, r, "employee_no", "工号"):
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
        add_problem(preview, r, "employee_no",
                 "系统中没有这个工号；请先在“人员”中添加（或先导入人员名单），或检查是否写错" + hint)
        return None
    return staff
