"""The exam bank in the window: a question edited and refused, a paper drawn and saved,
answers typed key by key into the marking grid and entered as results, the item analysis."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csperf_desktop.exambank import bank, papers
from csperf_desktop.monthly import exams
from csperf_desktop.store.models import Exam, ExamPaper, ExamQuestion, ExamResult
from csperf_desktop.trust.auth import Actor


@pytest.fixture
def ctx(qapp, db):
    from csperf_desktop.gui.shell.context import AppContext

    return AppContext(Actor("sup", "supervisor", "主管"))


@pytest.fixture
def exam(office, supervisor):
    return exams.add_exam(supervisor, date=dt.date(2026, 10, 15), title="十月技能考试")


def test_a_question_is_added_in_the_dialog_and_a_bad_one_refused_beside_it(qtbot, ctx, answers):
    from csperf_desktop.gui.exams.bank_dialogs import ExamBankDialog, QuestionDialog

    d = QuestionDialog(ctx)
    qtbot.addWidget(d)
    u = d.ui
    u.area.setCurrentIndex(u.area.findData("after_sales"))
    u.topic.setCurrentText("退换货")
    u.qtype.setCurrentIndex(u.qtype.findData("single"))
    u.text.setPlainText("破损商品退货的第一步？")
    u.options.setPlainText("拍照留证\n找快递\n直接退款")
    u.answer.setText("d")
    d.save()
    assert "不是选项字母" in u.message.text() and ExamQuestion.select().count() == 0
    assert d.saved is None
    u.answer.setText("a")
    d.save()
    q = ExamQuestion.get()
    assert (q.area, q.topic, q.options, q.answer) == ("after_sales", "退换货", ["拍照留证", "找快递", "直接退款"], "A")
    w = ExamBankDialog(ctx)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 1 and "1" in w.ui.count.text()
    w.ui.search.setText("没有这道题")
    assert w.model.rowCount() == 0


def test_draw_save_mark_by_keyboard_and_analyse(qtbot, ctx, exam, supervisor, answers):
    from csperf_desktop.gui.exams.analysis_dialog import ExamAnalysisDialog, ItemModel
    from csperf_desktop.gui.exams.marking_dialog import ExamMarkingDialog, MarkingModel
    from csperf_desktop.gui.exams.paper_dialog import ExamPaperDialog

    s = bank.add_question(supervisor, area="接单", topic="话术", qtype="single", text="s", options=["x", "y"],
                          answer="B")
    t = bank.add_question(supervisor, area="售后", topic="退换货", qtype="truefalse", text="t", answer="T")
    k = bank.add_question(supervisor, area="日常工作", topic="制度", qtype="short", text="k", model_answer="要点",
                          points=4)
    p = ExamPaperDialog(ctx, exam.id)
    qtbot.addWidget(p)
    assert not p.ui.print_a.isEnabled()  # nothing saved yet
    p.ui.count.setValue(3)
    p.ui.avoid.setValue(0)
    p.draw()
    assert sorted(p.ids()) == sorted([s.id, t.id, k.id])
    p.save()
    assert ExamPaper.select().count() == 2 and p.ui.print_a.isEnabled()
    assert Exam.get_by_id(exam.id).full_marks == 8

    m = ExamMarkingDialog(ctx, exam.id)
    qtbot.addWidget(m)
    m.show()
    m.activateWindow()
    qtbot.waitUntil(m.isActiveWindow, timeout=2000)
    grid = m.grid
    a = papers.paper_for(exam.id, "A")
    assert [i["type"] for i in a.items] == ["single", "truefalse", "short"]
    key = papers.shown_key(a.items[0])
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == MarkingModel.FIRST
    grid.setFocus()
    qtbot.keyClick(grid, key.lower())           # one key: saved in the grid and on to question 2
    assert grid.currentIndex().column() == MarkingModel.FIRST + 1
    qtbot.keyClick(grid, "1")                   # true
    assert grid.currentIndex().column() == MarkingModel.FIRST + 2
    qtbot.keyClick(grid, "4")                   # opens the editor for the short answer's points
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not grid
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState, timeout=2000)
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == MarkingModel.FIRST
    assert m.model.data(m.model.index(0, MarkingModel.FIRST + 3)) == "8"   # the total follows
    # 乙: a wrong letter and a short answer above its points is red and nothing is saved
    wrong = "A" if key == "B" else "B"
    qtbot.keyClick(grid, wrong.lower())
    qtbot.keyClick(grid, "F")
    qtbot.keyClick(grid, "9")
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState, timeout=2000)
    assert 3 - 1 in m.model.lines[1].errors
    m.save()
    assert "Nothing saved" in m.ui.message.text() and ExamResult.select().count() == 0
    m.model.setData(m.model.index(1, MarkingModel.FIRST + 2), "1.5")
    m.save()
    scores = {r.staff.employee_no: r.score for r in ExamResult.select()}
    assert scores == {"A01": 8.0, "A02": 1.5}

    an = ExamAnalysisDialog(ctx, exam.id)
    qtbot.addWidget(an)
    model = an.items_model
    assert model.rowCount() == 3
    texts = [model.data(model.index(r, ItemModel.D)) for r in range(3)]
    assert "undefined" not in texts  # 2 people, each question split them
    assert an.weak_model.rowCount() >= 1  # 乙 is weak on at least one topic
    assert not an.ui.coach_button.isEnabled()  # nobody chosen yet
    row = next(r for r, w in enumerate(an.weak_model.rows) if w.who == "A02")
    an.ui.weak.selectRow(row)
    assert an.ui.coach_button.isEnabled()
    an.ui.coach_button.click()
    from csperf_desktop.store.models import CoachingNote

    note = CoachingNote.get()
    assert note.staff.employee_no == "A02" and note.topic.startswith("考试薄弱知识点")
    assert note.topic in an.ui.message.text()


def test_the_marking_grid_goes_to_excel_and_comes_back(qtbot, ctx, exam, supervisor, answers, tmp_path,
                                                      monkeypatch):
    from openpyxl import load_workbook

    from csperf_desktop.gui.exams.marking_dialog import ExamMarkingDialog, MarkingModel

    t = bank.add_question(supervisor, area="售后", topic="退换货", qtype="truefalse", text="t", answer="T")
    papers.save_paper(supervisor, exam.id, [t.id])
    m = ExamMarkingDialog(ctx, exam.id)
    qtbot.addWidget(m)
    target = tmp_path / "答卷.xlsx"
    from csperf_desktop.gui.shell import filework

    monkeypatch.setattr(filework, "ask_save_path", lambda *a: target)
    monkeypatch.setattr(filework, "ask_open_path", lambda *a: target)
    m.ui.export_button.click()
    wb = load_workbook(target)
    ws = wb["答卷"]
    ws["E2"], ws["E3"] = "T", "错"
    wb.save(target)
    m.ui.import_button.click()
    assert {r.staff.employee_no: r.score for r in ExamResult.select()} == {"A01": 2.0, "A02": 0.0}
    assert m.model.data(m.model.index(1, MarkingModel.FIRST)) == "F"  # the grid shows what came in
    ws["E2"] = "Q"
    wb.save(target)
    m.ui.import_button.click()
    assert "第 2 行" in m.ui.message.text()
