"""The exam bank in Excel, and a month's marked answers from Excel.

Bank (``题库`` sheet): one question a row — 编号 (blank for a new question; an existing
number updates that question), 领域, 知识点, 题型, 题目, 选项A–F, 答案, 参考答案, 分值,
难度 (易/中/难 or 1–3), 启用 (是/否); 上次使用 is written on export and ignored on import.

Answers (``答卷`` sheet): one person a row — 工号, 姓名 (not read), 版本 (A/B), 缺考
(是/空), then one column per question of the paper, headed 1, 2, 3 … in the paper's order.

Both imports are all or nothing: every problem is listed by row and column, in Chinese,
and nothing is written while one remains.
"""

from __future__ import annotations

from pathlib import Path

from ..base.errors import CsperfError, ValidationError
from ..exambank import bank, marking, papers
from ..monthly import exams
from ..trust.auth import Actor
from ..trust.service import change
from .reader import open_book, sheet_rows
from .safety import check_spreadsheet
from .xlsxwrite import SheetWriter, atomic_save, new_workbook

BANK_SHEET = "题库"
ANSWER_SHEET = "答卷"
OPTION_HEADERS = [f"选项{c}" for c in bank.LETTERS[:bank.MAX_OPTIONS]]
BANK_HEADERS = ["编号", "领域", "知识点", "题型", "题目", *OPTION_HEADERS, "答案", "参考答案", "分值", "难度", "启用",
                "上次使用"]
FIELD_HEADER = {"area": "领域", "topic": "知识点", "qtype": "题型", "text": "题目", "options": "选项A",
                "answer": "答案", "model_answer": "参考答案", "points": "分值", "difficulty": "难度", "active": "启用"}
REQUIRED = ("领域", "题型", "题目", "答案")
MAX_PROBLEMS = 30
YES = {"是", "Y", "YES", "TRUE", "1", "启用", "√"}
NO = {"否", "N", "NO", "FALSE", "0", "停用", "×"}


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(i + 1)


# ---------------------------------------------------------------- bank export

def export_bank(path) -> Path:
    wb = new_workbook()
    ws = wb.create_sheet(BANK_SHEET)
    w = SheetWriter(ws, BANK_HEADERS)
    for q in bank.questions():
        opts = list(q.options) + [""] * (len(OPTION_HEADERS) - len(q.options))
        w.append([q.id, q.area_zh, q.topic, q.type_zh, q.text, *opts, q.answer, q.model_answer, q.points,
                  q.difficulty_zh, "是" if q.active else "否", q.last_used])
    w.finish()
    _notes(wb)
    return atomic_save(wb, path)


def _notes(wb) -> None:
    ws = wb.create_sheet("说明")
    lines = [
        "题库导入说明：",
        "编号：留空为新题；填已有编号则修改该题。",
        "领域：接单 / 售后 / 日常工作。题型：单选 / 多选 / 判断 / 填空 / 简答。",
        "选项A–F：单选、多选题至少两个选项；其他题型留空。",
        "答案：单选填一个字母（如 B），多选填几个字母（如 ACD），判断填 T 或 F（对/错），"
        "填空填可接受的写法，几个写法用 | 隔开（如 七天|7天），简答留空。",
        "参考答案：简答题必填（评分要点）。分值：1–50 的整数。难度：易 / 中 / 难。启用：是 / 否。",
        "导入时整张表要么全部导入，要么一行也不导入；有错时会列出每个错误的行号和列名。",
    ]
    for i, line in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 110


def save_bank_template(path) -> Path:
    wb = new_workbook()
    ws = wb.create_sheet(BANK_SHEET)
    w = SheetWriter(ws, BANK_HEADERS)
    w.append(["", "接单", "地址核对", "单选", "客户下单后最先要做的是？", "催付款", "核对收货信息", "推荐新品", "", "", "",
              "B", "", 2, "易", "是", None])
    w.append(["", "售后", "退换货", "判断", "签收超过七天的商品一律不能退货。", "", "", "", "", "", "", "F", "", 2, "中",
              "是", None])
    w.finish()
    _notes(wb)
    return atomic_save(wb, path)


# ---------------------------------------------------------------- reading

def _rows(path, sheet_name: str):
    """(header → column index, [(row number, values)]) of the sheet (or the first sheet)."""
    fmt = check_spreadsheet(path)
    book = open_book(path, fmt)
    try:
        sheet = next((s for s in book.sheets if s.title == sheet_name), book.sheets[0] if book.sheets else None)
        if sheet is None:
            raise ValidationError(f"“{Path(path).name}”里没有工作表。", field="file")
        rows = list(sheet_rows(book, sheet))
    finally:
        book.close()
    for n, (row_no, values) in enumerate(rows):
        heads = [_text(v) for v in values]
        if any(h in ("题目", "工号") for h in heads):
            cols = {}
            for i, h in enumerate(heads):
                if h and h not in cols:
                    cols[h] = i
            return sheet.title, cols, [(r, v) for r, v in rows[n + 1:] if any(_text(x) for x in v)]
    raise ValidationError(f"工作表“{sheet.title}”里找不到表头行（应有“题目”或“工号”列）。请用导出的模板填写。",
                          field="file")


def _problems_message(what: str, problems: list[str]) -> str:
    shown = problems[:MAX_PROBLEMS]
    more = f"\n……另有 {len(problems) - MAX_PROBLEMS} 处问题" if len(problems) > MAX_PROBLEMS else ""
    return f"{what}没有导入（一行也没有写入），请改正以下 {len(problems)} 处后再导入：\n" + "\n".join(shown) + more


def read_bank(path) -> list[tuple[int | None, dict]]:
    """The sheet's questions as (existing id or None, fields), checked; raises listing every problem."""
    sheet, cols, rows = _rows(path, BANK_SHEET)
    missing = [h for h in REQUIRED if h not in cols]
    if missing:
        raise ValidationError(f"工作表“{sheet}”缺少列：{'、'.join(missing)}。请用导出的模板填写。", field="file")
    problems, out, seen = [], [], {}
    known = {q.id: q for q in bank.questions()}

    def cell(values, header):
        i = cols.get(header)
        return values[i] if i is not None and i < len(values) else None

    for row_no, values in rows:
        where = f"第 {row_no} 行"
        qid = None
        raw_id = _text(cell(values, "编号"))
        if raw_id:
            if not raw_id.isdigit() or int(raw_id) not in known:
                problems.append(f"{where}“编号”（{_col(cols['编号'])} 列）：题库中没有编号 {raw_id}；新题请留空。")
                continue
            qid = int(raw_id)
            if qid in seen:
                problems.append(f"{where}“编号”：编号 {qid} 在第 {seen[qid]} 行已出现过。")
                continue
            seen[qid] = row_no
        data = {"area": _text(cell(values, "领域")), "topic": _text(cell(values, "知识点")),
                "qtype": _text(cell(values, "题型")), "text": _text(cell(values, "题目")),
                "options": [_text(cell(values, h)) for h in OPTION_HEADERS],
                "answer": _text(cell(values, "答案")), "model_answer": _text(cell(values, "参考答案")),
                "points": _text(cell(values, "分值")), "difficulty": _text(cell(values, "难度"))}
        active = _text(cell(values, "启用")).upper()
        if active:
            if active not in YES | NO:
                problems.append(f"{where}“启用”（{_col(cols['启用'])} 列）：“{active}”无效，应填 是 或 否。")
                continue
            data["active"] = active in YES
        if data["qtype"] in ("判断", "填空", "简答", "truefalse", "fill", "short"):
            data["options"] = []
        try:
            bank.clean_question(data)
        except CsperfError as exc:
            header = FIELD_HEADER.get(exc.field or "", "")
            col = f"（{_col(cols[header])} 列）" if header in cols else ""
            problems.append(f"{where}“{header or '—'}”{col}：{exc.message}")
            continue
        out.append((qid, data))
    if problems:
        raise ValidationError(_problems_message(f"题库文件“{Path(path).name}”", problems), field="file")
    return out


def import_bank(actor: Actor, path, *, dry_run: bool = False) -> tuple[int, int]:
    """(added, updated). All or nothing."""
    rows = read_bank(path)
    added = sum(1 for qid, _ in rows if qid is None)
    if dry_run:
        return added, len(rows) - added
    with change(actor, "manage_exams"):
        for qid, data in rows:
            if qid is None:
                bank.add_question(actor, **data)
            else:
                bank.update_question(actor, qid, **data)
    return added, len(rows) - added


# ---------------------------------------------------------------- answers

def save_answer_template(exam_id: int, path) -> Path:
    """The answer grid of an exam: its people, the version, absent, one column per question."""
    paper = papers.paper_for(exam_id, "A")
    wb = new_workbook()
    ws = wb.create_sheet(ANSWER_SHEET)
    n = len(paper.items)
    w = SheetWriter(ws, ["工号", "姓名", "版本", "缺考", *[str(i) for i in range(1, n + 1)]], min_width=4)
    for r in marking.answer_sheet(exam_id):
        resp = list(r.responses) + [""] * (n - len(r.responses))
        w.append([r.employee_no, r.name, r.version, "是" if r.absent else "", *resp])
    w.finish()
    return atomic_save(wb, path)


def read_answers(exam_id: int, path) -> list[dict]:
    """Rows for ``marking.record_answers``; refuses, listing every problem, a sheet with any."""
    exam = exams.find_exam(exam_id)
    sheet, cols, rows = _rows(path, ANSWER_SHEET)
    if "工号" not in cols:
        raise ValidationError(f"工作表“{sheet}”缺少“工号”列。请用导出的答卷模板填写。", field="file")
    versions = {v: papers.paper_for(exam.id, v) for v in papers.VERSIONS
                if papers.ExamPaper.get_or_none((papers.ExamPaper.exam == exam.id) & (papers.ExamPaper.version == v))}
    if not versions:
        papers.paper_for(exam.id, "A")  # says the exam has no paper
    n = max(len(p.items) for p in versions.values())
    qcols = [cols.get(str(i)) for i in range(1, n + 1)]
    absent_q = [str(i) for i, c in enumerate(qcols, start=1) if c is None]
    if absent_q:
        raise ValidationError(f"工作表“{sheet}”缺少第 {absent_q[0]} 题的列（表头应为 1、2、3…）。", field="file")
    problems, out = [], []
    for row_no, values in rows:
        def cell(i):
            return _text(values[i]) if i is not None and i < len(values) else ""
        emp = cell(cols["工号"])
        if not emp:
            problems.append(f"第 {row_no} 行“工号”：没有填工号。")
            continue
        version = (cell(cols.get("版本")) or "A").upper()
        if version not in versions:
            problems.append(f"第 {row_no} 行“版本”：“{version}”无效，本次考试有 {'、'.join(versions)} 卷。")
            continue
        absent = cell(cols.get("缺考")).upper() in YES
        responses = [cell(c) for c in qcols[:len(versions[version].items)]]
        if not absent and not any(responses):
            continue  # nothing entered yet for this person
        row = {"staff": emp, "version": version, "absent": absent, "responses": responses}
        try:
            _check_row(exam.id, versions[version], row)
        except CsperfError as exc:
            problems.append(f"第 {row_no} 行：{exc.message}")
            continue
        out.append(row)
    if problems:
        raise ValidationError(_problems_message(f"答卷文件“{Path(path).name}”", problems), field="file")
    return out


def _check_row(exam_id: int, paper, row: dict) -> None:
    from ..office.lookups import find_staff

    find_staff(row["staff"])
    if row["absent"]:
        return
    for pos, (item, resp) in enumerate(zip(paper.items, row["responses"]), start=1):
        try:
            marking.mark_item(item, resp, pos)
        except CsperfError as exc:
            raise ValidationError(f"{exc.message}（第 {pos} 题列）", field="response") from None


def import_answers(actor: Actor, exam_id: int, path) -> list:
    return marking.record_answers(actor, exam_id, read_answers(exam_id, path))
