"""The exam bank's windows in Chinese show no English (product names aside)."""

from __future__ import annotations

import datetime as dt

from gui_texts import english_words, visible_texts

from csperf_desktop.exambank import bank, marking, papers
from csperf_desktop.monthly import exams
from csperf_desktop.trust.auth import Actor


def test_every_exam_bank_window_is_chinese(qtbot, qapp, office, supervisor, answers):
    from csperf_desktop.gui.exams.analysis_dialog import ExamAnalysisDialog
    from csperf_desktop.gui.exams.bank_dialogs import ExamBankDialog, QuestionDialog
    from csperf_desktop.gui.exams.marking_dialog import ExamMarkingDialog
    from csperf_desktop.gui.exams.paper_dialog import ExamPaperDialog
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.shell.context import AppContext

    q = bank.add_question(supervisor, area="接单", topic="话术", qtype="single", text="s", options=["x", "y"],
                          answer="B")
    t = bank.add_question(supervisor, area="售后", topic="退换货", qtype="truefalse", text="t", answer="T")
    exam = exams.add_exam(supervisor, date=dt.date(2026, 10, 15), title="十月技能考试")
    papers.save_paper(supervisor, exam.id, [q.id, t.id])
    a = papers.paper_for(exam.id, "A")
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": [papers.shown_key(i) for i in a.items]},
                                                 {"staff": "A02", "responses": ["", "F"]}])
    i18n.install(qapp, "zh_CN")
    try:
        ctx = AppContext(Actor("sup", "supervisor", "主管"))
        for dialog in (ExamBankDialog(ctx), QuestionDialog(ctx), QuestionDialog(ctx, bank.row_of(q)),
                       ExamPaperDialog(ctx, exam.id), ExamMarkingDialog(ctx, exam.id),
                       ExamAnalysisDialog(ctx, exam.id)):
            qtbot.addWidget(dialog)
            leftovers = [(type(dialog).__name__, kind, text) for kind, text in visible_texts(dialog)
                         if english_words(text)]
            assert leftovers == []
    finally:
        i18n.install(qapp, "en")
