"""Composing an exam's paper: draw a balanced one or pick questions by hand, save versions
A and B, print the papers, the answer sheet and the key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from ...base.errors import CsperfError
from ...base.months import Month
from ...exambank import bank, papers
from ...monthly import exams as exams_service
from ..forms.ui_exam_paper_dialog import Ui_ExamPaperDialog
from ..shell import filework, messages
from ..shell.operations import run_op
from ..widgets.rows_model import RowRole, RowsModel, list_table
from .bank_dialogs import AREA_NAMES, DIFFICULTY_NAMES, TYPE_NAMES, tr


class PickModel(RowsModel):
    CONTEXT = "PickModel"
    NO, AREA, TOPIC, TYPE, DIFFICULTY, POINTS, TEXT = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("PickModel", "No."), QT_TRANSLATE_NOOP("PickModel", "Area"),
               QT_TRANSLATE_NOOP("PickModel", "Topic"), QT_TRANSLATE_NOOP("PickModel", "Type"),
               QT_TRANSLATE_NOOP("PickModel", "Difficulty"), QT_TRANSLATE_NOOP("PickModel", "Points"),
               QT_TRANSLATE_NOOP("PickModel", "Question"))

    def cell(self, q, column, role):
        if role == Qt.DisplayRole:
            return {self.NO: str(q.id), self.AREA: tr(AREA_NAMES.get(q.area, q.area)), self.TOPIC: q.topic,
                    self.TYPE: tr(TYPE_NAMES.get(q.qtype, q.qtype)),
                    self.DIFFICULTY: tr(DIFFICULTY_NAMES.get(q.difficulty, "")), self.POINTS: str(q.points),
                    self.TEXT: q.text.replace("\n", " ")}.get(column)
        if role == Qt.ToolTipRole and column == self.TEXT:
            return q.text
        return None


class ExamPaperDialog(QDialog):
    def __init__(self, ctx, exam_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.exam = exams_service.find_exam(exam_id)
        self.ui = u = Ui_ExamPaperDialog()
        u.setupUi(self)
        self.setWindowTitle(self.tr("Paper of {title}").format(title=self.exam.title))
        u.count.setRange(1, papers.MAX_QUESTIONS)
        u.count.setValue(20)
        u.avoid.setRange(0, 24)
        u.avoid.setValue(3)
        u.seed.setRange(1, 999999)
        u.seed.setValue(self.exam.id)
        self.bank_model, self.paper_model = PickModel(self), PickModel(self)
        for view, model in ((u.bank_list, self.bank_model), (u.paper_list, self.paper_model)):
            view.setModel(model)
            list_table(view, single_selection=False)
            view.horizontalHeader().setSectionResizeMode(PickModel.TEXT, QHeaderView.Stretch)
            for col, width in ((PickModel.NO, 40), (PickModel.AREA, 64), (PickModel.TOPIC, 70), (PickModel.TYPE, 64),
                               (PickModel.DIFFICULTY, 44), (PickModel.POINTS, 40)):
                view.setColumnWidth(col, width)
        u.draw_button.clicked.connect(self.draw)
        u.add_button.clicked.connect(self.add_selected)
        u.bank_list.doubleClicked.connect(self.add_selected)
        u.remove_button.clicked.connect(self.remove_selected)
        u.paper_list.doubleClicked.connect(self.remove_selected)
        u.save_button.clicked.connect(self.save)
        u.print_a.clicked.connect(lambda: self.print_part("A", "paper"))
        u.print_b.clicked.connect(lambda: self.print_part("B", "paper"))
        u.print_sheet.clicked.connect(lambda: self.print_part("A", "sheet"))
        u.print_key.clicked.connect(lambda: self.print_part("A", "all_keys"))
        u.close_box.rejected.connect(self.reject)
        u.close_box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        u.split.setSizes([480, 520])
        self.bank_model.set_rows(bank.questions(active_only=True))
        saved = papers.ExamPaper.get_or_none((papers.ExamPaper.exam == self.exam.id)
                                             & (papers.ExamPaper.version == "A"))
        if saved is not None:
            self.paper_model.set_rows(papers.question_rows(sorted({i["q"] for i in saved.items})))
        self.saved = saved is not None
        self.resize(1150, 640)
        self.refresh()

    def ids(self) -> list[int]:
        return [q.id for q in self.paper_model.rows]

    def refresh(self) -> None:
        u = self.ui
        rows = self.paper_model.rows
        total = sum(q.points for q in rows)
        by_area = {}
        for q in rows:
            by_area[q.area] = by_area.get(q.area, 0) + 1
        areas = "，".join(f"{tr(AREA_NAMES[a])} {n}" for a, n in by_area.items() if a in AREA_NAMES)
        u.summary.setText(self.tr("{n} questions, {total} points ({areas})").format(
            n=len(rows), total=total, areas=areas or "—"))
        u.heading.setText(self.tr(
            "<b>{title}</b> · {date} · full marks {full}. Draw a balanced paper (by area, topic and difficulty) "
            "or add questions by hand; saving makes versions A and B with the questions and options shuffled, "
            "and sets the exam's full marks to the paper's total.").format(
            title=self.exam.title, date=self.exam.date.isoformat(), full=self.exam.full_marks))
        why = self.ctx.lock_reason(Month.parse(self.exam.month)) \
            or self.ctx.permission_reason("manage_exams")
        for b in (u.draw_button, u.add_button, u.remove_button, u.save_button):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        for b in (u.print_a, u.print_b, u.print_sheet, u.print_key):
            b.setEnabled(self.saved)
            b.setToolTip("" if self.saved else self.tr("Save the paper first."))

    def show_error(self, exc) -> bool:
        self.ui.message.setText(exc.message)
        return True

    def draw(self) -> None:
        u = self.ui
        u.message.clear()
        try:
            ids = papers.draw_for_exam(self.exam.id, u.count.value(), u.seed.value(), u.avoid.value())
        except CsperfError as exc:
            self.show_error(exc)
            return
        self.paper_model.set_rows(papers.question_rows(ids))
        self.saved = False
        self.refresh()

    def add_selected(self, *_):
        have = set(self.ids())
        chosen = [self.bank_model.data(i, RowRole) for i in self.ui.bank_list.selectionModel().selectedRows()]
        new = [q for q in chosen if q.id not in have]
        if new:
            self.paper_model.set_rows(self.paper_model.rows + new)
            self.saved = False
            self.refresh()

    def remove_selected(self, *_):
        gone = {self.paper_model.data(i, RowRole).id for i in self.ui.paper_list.selectionModel().selectedRows()}
        if gone:
            self.paper_model.set_rows([q for q in self.paper_model.rows if q.id not in gone])
            self.saved = False
            self.refresh()

    def save(self) -> None:
        self.ui.message.clear()
        op = run_op(self.ctx, self, papers.save_paper, self.exam.id, self.ids(), self.ui.seed.value(), what="exams",
                    on_error=self.show_error)
        if op.error is None:
            self.exam = exams_service.find_exam(self.exam.id)
            self.saved = True
            self.refresh()

    def print_part(self, version: str, part: str) -> None:
        from ...reports.exam_paper import write_exam_pdf

        names = {"paper": f"{self.exam.title}-{version}卷.pdf", "sheet": f"{self.exam.title}-答题卡.pdf",
                 "all_keys": f"{self.exam.title}-答案.pdf"}
        path = filework.ask_save_path(self, "printing", self.tr("Save the printout"), names[part], self.tr("PDF (*.pdf)"),
                                      ".pdf")
        if not path:
            return
        try:
            if part == "all_keys":
                p = path
                out = [write_exam_pdf(self.exam.id, p.with_name(f"{p.stem}-{v}{p.suffix}"), v, "key")
                       for v in papers.VERSIONS]
            else:
                out = [write_exam_pdf(self.exam.id, path, version, part)]
        except CsperfError as exc:
            self.show_error(exc)
            return
        messages.info(self, self.tr("Saved: {path}").format(path="\n".join(str(o) for o in out)))
