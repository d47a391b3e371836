"""Import templates the user saves from the app and fills in.

Each template has a data sheet (a hint row, the Chinese header row, one
example row that the import skips if left unchanged), drop-down lists for
coded columns, text format on columns where Excel would otherwise guess
(employee numbers, mm:ss durations), and a notes sheet explaining every column.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..base.vocab import METHODS, STAFF_ROLES
from .headers import Kind, kind_by_key
from .xlsxwrite import DATE_FORMAT, TEXT_FORMAT, SheetWriter, atomic_save, new_workbook, safe_value

TEMPLATE_ROWS = 500  # rows prepared with formats and drop-downs
TYPE_ZH = {
    "text": "文字", "date": "日期", "month": "月份", "int": "整数", "number": "数字", "percent": "百分比",
    "duration": "时长", "points": "整数分值", "staff_role": "从下拉列表选择", "method": "从下拉列表选择",
    "rule": "考核项目代码", "exam_area": "从下拉列表选择", "score": "分数或“缺考”",
}


def template_columns(kind: Kind) -> list:
    return [c for c in kind.columns if c.template]


def example_cells(kind: Kind) -> dict:
    """The example row's values by column key, as written on the template (dates as dates)."""
    out = {}
    for c in template_columns(kind):
        value = c.example
        if c.type == "date" and isinstance(value, str):
            value = _dt.date.fromisoformat(value)
        out[c.key] = value
    return out


def _choices(kind: Kind, key: str) -> list[str] | None:
    col = kind.column(key)
    if col.type == "staff_role":
        return [v[0] for v in STAFF_ROLES.values()]
    if col.type == "method":
        return [v[0] for v in METHODS.values()]
    if col.type == "rule":
        return _rule_codes()
    if col.type == "exam_area":
        from ..monthly.exams import EXAM_AREAS

        return [v[0] for v in EXAM_AREAS.values()]
    return None


def _rule_codes() -> list[str]:
    """Active rule codes from the open database; the default rulebook's when none is open."""
    try:
        from ..store.models import Rule, database_proxy

        if database_proxy.obj is not None:
            q = Rule.select(Rule.code).where(Rule.active == True).order_by(Rule.sort_order, Rule.code)  # noqa: E712
            codes = [r.code for r in q]
            if codes:
                return codes
    except Exception:  # noqa: BLE001 — a template is still useful without the list
        pass
    try:
        from ..store.seeds import DEFAULT_RULES

        return [r[0] if isinstance(r, (tuple, list)) else r["code"] for r in DEFAULT_RULES]
    except Exception:  # noqa: BLE001
        return []


def build_template(kind_key: str):
    kind = kind_by_key(kind_key)
    wb = new_workbook()
    ws = wb.create_sheet(kind.sheet)
    columns = template_columns(kind)
    headers = [c.zh for c in columns]
    hint = f"{kind.zh}导入模板：第 2 行是表头（列的顺序可以调整），第 3 行是示例（可以覆盖；保持原样会被跳过）。各列说明见“填写说明”工作表。"
    w = SheetWriter(ws, headers, title=hint, min_width=10)
    ws["A1"].font = Font(bold=True, size=11, color="44546A")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 34
    example = example_cells(kind)
    w.append([example[c.key] for c in columns])
    for i, c in enumerate(columns, start=1):
        cell = ws.cell(row=w.header_row, column=i)
        if c.required:
            cell.font = Font(bold=True, color="C00000")
        cell.comment = Comment(f"{c.help}\n（英文列名：{c.key}）", "csperf", width=260, height=110)
        ex = ws.cell(row=w.header_row + 1, column=i)
        ex.font = Font(italic=True, color="808080")
        letter = get_column_letter(i)
        first, last = w.header_row + 1, w.header_row + TEMPLATE_ROWS
        fmt = {"text": TEXT_FORMAT, "duration": TEXT_FORMAT, "rule": TEXT_FORMAT, "month": TEXT_FORMAT,
               "date": DATE_FORMAT}.get(c.type)
        if fmt:
            for r in range(first, last + 1):
                ws.cell(row=r, column=i).number_format = fmt
        choices = _choices(kind, c.key)
        if choices:
            formula = '"' + ",".join(choices) + '"'
            if len(formula) > 250:  # Excel's limit for an inline list: use a hidden list sheet
                formula = _list_sheet(wb, c.key, choices)
            dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
            dv.error = f"请从下拉列表中选择{c.zh}。"
            dv.errorTitle = c.zh
            dv.prompt = c.help
            dv.promptTitle = c.zh
            dv.showErrorMessage = True
            dv.showInputMessage = True
            ws.add_data_validation(dv)
            dv.add(f"{letter}{first}:{letter}{last}")
    w.finish()
    ws.auto_filter.ref = None
    _notes_sheet(wb, kind)
    wb.active = 0
    return wb


def _list_sheet(wb, key: str, values: list[str]) -> str:
    name = "列表"
    ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
    col = ws.max_column + 1 if ws.max_row > 1 or ws["A1"].value is not None else 1
    letter = get_column_letter(col)
    for r, v in enumerate(values, start=1):
        safe_value(ws.cell(row=r, column=col), v)
    ws.sheet_state = "hidden"
    return f"'{name}'!${letter}$1:${letter}${len(values)}"


def _notes_sheet(wb, kind: Kind) -> None:
    ws = wb.create_sheet("填写说明")
    w = SheetWriter(ws, ["列名", "英文列名", "必填", "类型", "说明", "示例", "也可写作"],
                    title=f"{kind.zh}导入模板 — 填写说明", min_width=8, max_width=70)
    for c in template_columns(kind):
        choices = _choices(kind, c.key)
        help_text = c.help + (f" 可选：{'、'.join(choices)}。" if choices and c.type != "rule" else "")
        example = c.example
        w.append([c.zh, c.key, "是" if c.required else "", TYPE_ZH.get(c.type, c.type), help_text,
                  "" if example is None else str(example), "、".join(c.synonyms)])
    w.finish()
    ws.auto_filter.ref = None
    row = w.row + 1
    for line in (
        "· 表头按名称识别，列的顺序随意；中文列名、英文列名（大小写均可）和“也可写作”中的名称都能识别。",
        "· 日期可以是 Excel 日期，或写成 2026-10-03、2026/10/3、2026年10月3日。",
        "· 百分比写 0.93、93 或 93% 都表示 93%；时长写秒数（245）或 分:秒（4:05）。",
        "· 数字可以是数字，也可以是文字形式的数字（如“1,260”）。末尾的空行会被忽略。",
        "· 只要有一处错误，整个文件都不会导入；程序会列出每一处问题，并可另存一份标出问题单元格的副本。",
        "· 导入前会先显示将新增和更新的内容；覆盖已有数据（如重新导入同一个月的数据）需要确认。",
        "· 已公示的月份不能再导入评分记录或月度数据。",
    ):
        safe_value(ws.cell(row=row, column=1), line)
        row += 1


def save_template(kind_key: str, path, year: int | None = None) -> Path:
    """Write the template for ``kind_key`` to ``path`` (atomically). ``annual_review`` needs ``year``
    and the open database: it is filled with each person's current review."""
    if kind_key in ("annual_review", "annual-review"):
        from .annual_review import save_annual_template

        return save_annual_template(year, path)
    return atomic_save(build_template(kind_key), path)
