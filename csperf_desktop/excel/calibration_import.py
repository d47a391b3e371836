"""Calibration ratings by spreadsheet: ``template calibration`` and ``import calibration``.

The template of an open session has one worksheet per grader (so each grader can be handed
only their own sheet: ``--grader NAME``), each laid out the same way::

    row 1   校准会话 | <session id> | <title>
    row 2   评分人   | <grader name>
    row 4   单号     | C01 要专业 | C02 要热情 | …      (the session's checklist items)
    row 5…  TK-1     | 1 / 0 / Y / N / 通过 / 不通过 …  (one row per conversation)

An empty cell leaves that verdict as it is (so a half-filled sheet imported twice does no
harm); "-" clears one. The import is all or nothing: every problem is named by sheet, row
and column, and nothing is written while any remains. The ratings of all sheets are written
in one transaction, one audit entry per grader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..base.errors import CsperfError, ValidationError
from ..insight import calibration_sessions as cs
from ..trust.auth import Actor
from ..trust.service import change
from .xlsxwrite import atomic_save, new_workbook, safe_value

SESSION_LABEL, GRADER_LABEL, REF_LABEL = "校准会话", "评分人", "单号"
HEADER_ROW, FIRST_ROW = 4, 5
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")


def _sheet_title(name: str, used: set) -> str:
    title = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:31] or "评分人"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]}({n})"
        n += 1
    used.add(title)
    return title


def save_calibration_template(session_id, path, grader: str | None = None) -> Path:
    """Write the entry template of an open session (one sheet per grader, or only ``grader``'s)."""
    session = cs.find_session(session_id)
    if session.status != "open":
        raise ValidationError(f"校准会话 {session.id} 已结束，不能再录入评分，不需要模板。", field="session")
    graders = [cs.find_grader(session, grader)] if grader else cs.graders_of(session)
    convs = cs.conversations_of(session)
    wb = new_workbook()
    used: set = set()
    for g in graders:
        ws = wb.create_sheet(_sheet_title(g.name, used))
        ws["A1"], ws["B1"] = SESSION_LABEL, session.id
        safe_value(ws["C1"], session.title)
        ws["A2"] = GRADER_LABEL
        safe_value(ws["B2"], g.name)
        ws["A3"] = "通过填 1（或 Y、通过），不通过填 0（或 N、不通过）；留空表示不改动，填 - 清除已有的评分。"
        ws["A3"].font = Font(color="5F6368", size=9)
        ws.cell(HEADER_ROW, 1, REF_LABEL)
        for col, it in enumerate(session.items or [], start=2):
            ws.cell(HEADER_ROW, col, f"{it['code']} {it['text']}")
            ws.column_dimensions[get_column_letter(col)].width = 12
        for cell in ws[HEADER_ROW]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = HEAD_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.row_dimensions[HEADER_ROW].height = 42
        ws.column_dimensions["A"].width = 18
        for row, c in enumerate(convs, start=FIRST_ROW):
            safe_value(ws.cell(row, 1), c.reference)
        last_col = get_column_letter(1 + len(session.items or []))
        if convs:
            dv = DataValidation(type="list", formula1='"1,0,Y,N,通过,不通过,-"', allow_blank=True,
                                showErrorMessage=False)
            ws.add_data_validation(dv)
            dv.add(f"B{FIRST_ROW}:{last_col}{FIRST_ROW + len(convs) - 1}")
        ws.freeze_panes = ws.cell(FIRST_ROW, 2)
    return atomic_save(wb, path)


@dataclass
class Problem:
    sheet: str
    row: int | None
    column: int | None
    message: str

    def text(self) -> str:
        where = f"工作表“{self.sheet}”"
        if self.row:
            where += f"第 {self.row} 行"
        if self.column:
            where += f" {get_column_letter(self.column)} 列"
        return f"{where}：{self.message}"


class CalibrationImportInvalid(ValidationError):
    """The file has problems; ``problems`` lists every one. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"发现 {len(problems)} 处问题，没有导入任何评分。第一处：{problems[0].text()}", field="file")

    def lines(self) -> list[str]:
        return [p.text() for p in self.problems]


@dataclass
class CalibrationImport:
    session_id: int
    title: str
    per_grader: dict = field(default_factory=dict)  # grader name -> cs.RatingChange

    def summary(self) -> str:
        parts = [f"{name}：新增 {r.added}，修改 {r.changed}，清除 {r.cleared}" for name, r in self.per_grader.items()]
        return f"校准会话 {self.session_id}“{self.title}”已导入 {len(self.per_grader)} 位评分人的评分（" + "；".join(parts) + "）。"


def _cell(row: tuple, col: int):
    return row[col - 1] if col - 1 < len(row) else None


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_calibration(path) -> tuple[object, dict, list[Problem]]:
    """(session, {grader: {(reference, item id): verdict or None}}, problems)."""
    from .reader import open_book, sheet_rows
    from .safety import check_spreadsheet

    path = Path(path)
    fmt = check_spreadsheet(path)
    book = open_book(path, fmt)
    problems: list[Problem] = []
    session = None
    sheets: dict = {}
    try:
        for sheet in book.sheets:
            rows = dict(sheet_rows(book, sheet))
            first, second = rows.get(1, ()), rows.get(2, ())
            if str(_cell(first, 1) or "").strip() != SESSION_LABEL:
                if any(not _blank(v) for r in rows.values() for v in r):
                    problems.append(Problem(sheet.title, 1, 1, f"A1 应为“{SESSION_LABEL}”：这不是校准评分模板的工作表。"
                                                               "请用“template calibration”生成的模板。"))
                continue
            try:
                this = cs.find_session(str(_cell(first, 2) or "").strip().removesuffix(".0"))
            except CsperfError as exc:
                problems.append(Problem(sheet.title, 1, 2, exc.message))
                continue
            if session is None:
                session = this
            elif this.id != session.id:
                problems.append(Problem(sheet.title, 1, 2, f"会话编号 {this.id} 与其他工作表的 {session.id} 不同；"
                                                           "一个文件只导入一个校准会话。"))
                continue
            if session.status != "open":
                problems.append(Problem(sheet.title, 1, 2, f"校准会话 {session.id} 已结束，不能再导入评分。"))
                continue
            try:
                grader = cs.find_grader(session, str(_cell(second, 2) or "").strip())
            except CsperfError as exc:
                problems.append(Problem(sheet.title, 2, 2, exc.message))
                continue
            if grader.name in sheets:
                problems.append(Problem(sheet.title, 2, 2, f"评分人“{grader.name}”在另一个工作表里已经出现过。"))
                continue
            sheets[grader.name] = _read_sheet(sheet.title, rows, session, problems)
    finally:
        book.close()
    if session is None and not problems:
        problems.append(Problem(path.name, None, None, "文件里没有校准评分模板的工作表（A1 为“校准会话”）。"))
    return session, sheets, problems


def _read_sheet(title: str, rows: dict, session, problems: list[Problem]) -> dict:
    header = rows.get(HEADER_ROW, ())
    items_by_code = {it["code"]: it for it in session.items or []}
    columns: dict[int, dict] = {}
    if str(_cell(header, 1) or "").strip() != REF_LABEL:
        problems.append(Problem(title, HEADER_ROW, 1, f"应为表头“{REF_LABEL}”。请不要移动模板的行。"))
        return {}
    for col in range(2, len(header) + 1):
        text = str(_cell(header, col) or "").strip()
        if not text:
            continue
        code = text.split()[0].upper()
        if code not in items_by_code:
            problems.append(Problem(title, HEADER_ROW, col, f"表头“{text}”不是这次校准的检查项目（应以 C01 这样的代码开头）。"))
            continue
        columns[col] = items_by_code[code]
    refs = {c.reference for c in cs.conversations_of(session)}
    out: dict = {}
    seen: dict[str, int] = {}
    for row_no in sorted(r for r in rows if r >= FIRST_ROW):
        row = rows[row_no]
        ref = str(_cell(row, 1) or "").strip().removesuffix(".0")
        values = {col: _cell(row, col) for col in columns}
        if not ref:
            if any(not _blank(v) for v in values.values()):
                problems.append(Problem(title, row_no, 1, "有评分但没有单号。"))
            continue
        if ref not in refs:
            problems.append(Problem(title, row_no, 1, f"单号“{ref}”不在这次校准的会话里。"))
            continue
        if ref in seen:
            problems.append(Problem(title, row_no, 1, f"单号“{ref}”与第 {seen[ref]} 行重复。"))
            continue
        seen[ref] = row_no
        for col, it in columns.items():
            value = values[col]
            if _blank(value):
                continue
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            try:
                verdict = cs.parse_verdict(value, f"{it['code']} {it['text']}")
            except CsperfError as exc:
                problems.append(Problem(title, row_no, col, exc.message))
                continue
            out[(ref, it["id"])] = verdict
    return out


def import_calibration(actor: Actor, path, *, dry_run: bool = False) -> CalibrationImport:
    """Check ``path`` and write every sheet's ratings in one transaction (nothing when any problem)."""
    session, sheets, problems = read_calibration(path)
    if problems:
        raise CalibrationImportInvalid(problems)
    result = CalibrationImport(session.id, session.title)
    if dry_run:
        return result
    with change(actor, "spot_check") as tx:
        fresh = cs.find_session(session.id)
        if fresh.status != "open":
            raise ValidationError(f"校准会话 {fresh.id} 已结束，不能再导入评分。", field="session")
        for name, verdicts in sheets.items():
            result.per_grader[name] = cs.rate_in(tx, fresh, name, verdicts)
    return result
