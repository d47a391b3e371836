"""The exam bank through Excel, and marked answers from Excel: all or nothing, problems by row and column."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from csperf_desktop.base.errors import ValidationError
from csperf_desktop.excel import exambank_io as io
from csperf_desktop.exambank import bank, papers
from csperf_desktop.monthly.exams import add_exam, exam_results
from csperf_desktop.store.models import AuditEntry, ExamAnswer, ExamQuestion


def test_the_template_imports_and_the_export_reimports_as_updates(db, supervisor, tmp_path):
    tpl = io.save_bank_template(tmp_path / "模板.xlsx")
    assert io.import_bank(supervisor, tpl) == (2, 0)
    q = ExamQuestion.get(ExamQuestion.qtype == "single")
    assert (q.area, q.topic, q.options, q.answer, q.difficulty) == ("orders", "地址核对",
                                                                    ["催付款", "核对收货信息", "推荐新品"], "B", 1)
    out = io.export_bank(tmp_path / "题库.xlsx")
    wb = load_workbook(out)
    ws = wb[io.BANK_SHEET]
    assert [c.value for c in ws[1]] == io.BANK_HEADERS
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == q.id)
    ws.cell(row=row, column=io.BANK_HEADERS.index("分值") + 1, value=5)
    wb.save(out)
    assert io.import_bank(supervisor, out) == (0, 2)
    assert ExamQuestion.get_by_id(q.id).points == 5
    assert ExamQuestion.select().count() == 2


def test_a_bad_sheet_imports_nothing_and_names_every_row_and_column(db, supervisor, tmp_path):
    tpl = io.save_bank_template(tmp_path / "t.xlsx")
    wb = load_workbook(tpl)
    ws = wb[io.BANK_SHEET]
    col = {h: i + 1 for i, h in enumerate(io.BANK_HEADERS)}
    ws.cell(row=2, column=col["答案"], value="Z")
    ws.cell(row=3, column=col["领域"], value="财务")
    ws.append(["99", "接单", "", "判断", "x", None, None, None, None, None, None, "T"])
    wb.save(tpl)
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError) as e:
        io.import_bank(supervisor, tpl)
    msg = e.value.message
    assert "一行也没有写入" in msg and "3 处" in msg
    assert "第 2 行“答案”（L 列）" in msg and "第 3 行“领域”（B 列）" in msg and "第 4 行“编号”" in msg
    assert ExamQuestion.select().count() == 0 and AuditEntry.select().count() == before


def test_marked_answers_come_in_from_the_exported_grid(office, supervisor, tmp_path):
    t = bank.add_question(supervisor, area="接单", qtype="truefalse", text="t", answer="T")
    f = bank.add_question(supervisor, area="售后", qtype="short", text="k", model_answer="要点", points=3)
    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    papers.save_paper(supervisor, exam.id, [t.id, f.id])
    grid = io.save_answer_template(exam.id, tmp_path / "答卷.xlsx")
    wb = load_workbook(grid)
    ws = wb[io.ANSWER_SHEET]
    assert [c.value for c in ws[1]] == ["工号", "姓名", "版本", "缺考", "1", "2"]
    ws["E2"], ws["F2"] = "对", 3          # A01 full marks
    ws["C3"], ws["E3"], ws["F3"] = "B", "F", 1.5
    ws["D4"] = "是"
    wb.save(grid)
    io.import_answers(supervisor, exam.id, grid)
    assert {r.staff.employee_no: (r.score, r.absent) for r in exam_results(exam.id)} == {
        "A01": (5.0, False), "A02": (1.5, False), "A03": (None, True)}
    ws["F2"] = 4
    ws["C3"] = "C"
    wb.save(grid)
    with pytest.raises(ValidationError) as e:
        io.import_answers(supervisor, exam.id, grid)
    assert "第 2 行" in e.value.message and "第 2 题" in e.value.message and "第 3 行“版本”" in e.value.message
    assert ExamAnswer.select().count() == 4  # the earlier import is untouched
