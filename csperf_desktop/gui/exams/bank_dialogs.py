"""The question bank window (list, filter, import/export) and the question edit dialog.

Every change goes through ``exambank.bank`` (role check, audit); a refused question keeps
the dialog open with the core's message, and the field it names gets the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from ...exambank import bank
from ..forms.ui_exam_bank_dialog import Ui_ExamBankDialog
from ..forms.ui_exam_question_dialog import Ui_ExamQuestionDialog
from ..shell import filework, messages
from ..shell.operations import run_op
from ..widgets.rows_model import VOIDED_COLOR, RowRole, RowsModel, list_table

AREA_NAMES = {
    "orders": QT_TRANSLATE_NOOP("ExamBank", "Orders"),
    "after_sales": QT_TRANSLATE_NOOP("ExamBank", "After-sales"),
    "daily": QT_TRANSLATE_NOOP("ExamBank", "Daily work"),
}
TYPE_NAMES = {
    "single": QT_TRANSLATE_NOOP("ExamBank", "Single choice"),
    "multiple": QT_TRANSLATE_NOOP("ExamBank", "Multiple choice"),
    "truefalse": QT_TRANSLATE_NOOP("ExamBank", "True/false"),
    "fill": QT_TRANSLATE_NOOP("ExamBank", "Fill-in"),
    "short": QT_TRANSLATE_NOOP("ExamBank", "Short answer"),
}
DIFFICULTY_NAMES = {1: QT_TRANSLATE_NOOP("ExamBank", "Easy"), 2: QT_TRANSLATE_NOOP("ExamBank", "Medium"),
                    3: QT_TRANSLATE_NOOP("ExamBank", "Hard")}


def tr(text: str) -> str:
    return QCoreApplication.translate("ExamBank", text)


class QuestionModel(RowsModel):
    CONTEXT = "QuestionModel"
    NO, AREA, TOPIC, TYPE, TEXT, ANSWER, POINTS, DIFFICULTY, LAST = range(9)
    HEADERS = (QT_TRANSLATE_NOOP("QuestionModel", "No."), QT_TRANSLATE_NOOP("QuestionModel", "Area"),
               QT_TRANSLATE_NOOP("QuestionModel", "Topic"), QT_TRANSLATE_NOOP("QuestionModel", "Type"),
               QT_TRANSLATE_NOOP("QuestionModel", "Question"), QT_TRANSLATE_NOOP("QuestionModel", "Answer"),
               QT_TRANSLATE_NOOP("QuestionModel", "Points"), QT_TRANSLATE_NOOP("QuestionModel", "Difficulty"),
               QT_TRANSLATE_NOOP("QuestionModel", "Last used"))

    def cell(self, q, column, role):
        if role == Qt.DisplayRole:
            if column == self.ANSWER:
                if q.qtype == "truefalse":
                    return (QCoreApplication.translate("ExamBank", "True") if q.answer == "T"
                            else QCoreApplication.translate("ExamBank", "False"))
                return q.answer if q.qtype != "short" else QCoreApplication.translate("ExamBank", "(model answer)")
            return {self.NO: str(q.id), self.AREA: tr(AREA_NAMES.get(q.area, q.area)), self.TOPIC: q.topic,
                    self.TYPE: tr(TYPE_NAMES.get(q.qtype, q.qtype)), self.TEXT: q.text.replace("\n", " "),
                    self.POINTS: str(q.points), self.DIFFICULTY: tr(DIFFICULTY_NAMES.get(q.difficulty, "")),
                    self.LAST: q.last_used.isoformat() if q.last_used else "—"}.get(column)
        if role == Qt.ToolTipRole and column == self.TEXT:
            opts = "\n".join(f"{bank.LETTERS[i]}. {o}" for i, o in enumerate(q.options))
            return q.text + (f"\n{opts}" if opts else "") + (f"\n— {q.model_answer}" if q.model_answer else "")
        if role == Qt.ForegroundRole and not q.active:
            return QBrush(VOIDED_COLOR)
        if role == Qt.TextAlignmentRole and column in (self.NO, self.POINTS):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class QuestionDialog(QDialog):
    FIELDS = ("area", "topic", "qtype", "text", "options", "answer", "model_answer", "points", "difficulty")

    def __init__(self, ctx, question=None, parent=None):
        super().__init__(parent)
        self.ctx, self.question, self.saved = ctx, question, None
        self.setWindowTitle(self.tr("Edit question") if question else self.tr("New question"))
        self.ui = u = Ui_ExamQuestionDialog()
        u.setupUi(self)
        for code, name in AREA_NAMES.items():
            u.area.addItem(tr(name), code)
        for code, name in TYPE_NAMES.items():
            u.qtype.addItem(tr(name), code)
        for code, name in DIFFICULTY_NAMES.items():
            u.difficulty.addItem(tr(name), code)
        u.topic.addItems(bank.topics())
        u.topic.setCurrentText("")
        u.points.setRange(1, bank.MAX_POINTS)
        u.points.setValue(2)
        u.difficulty.setCurrentIndex(1)
        u.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Save"))
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        u.buttons.accepted.connect(self.save)
        u.buttons.rejected.connect(self.reject)
        u.qtype.currentIndexChanged.connect(self.type_changed)
        if question is not None:
            u.area.setCurrentIndex(max(0, u.area.findData(question.area)))
            u.topic.setCurrentText(question.topic)
            u.qtype.setCurrentIndex(max(0, u.qtype.findData(question.qtype)))
            u.text.setPlainText(question.text)
            u.options.setPlainText("\n".join(question.options))
            u.answer.setText(question.answer)
            u.model_answer.setPlainText(question.model_answer)
            u.points.setValue(question.points)
            u.difficulty.setCurrentIndex(max(0, u.difficulty.findData(question.difficulty)))
            u.active.setChecked(question.active)
        self.type_changed()
        self.resize(560, self.sizeHint().height())

    def type_changed(self, *_):
        u = self.ui
        t = u.qtype.currentData()
        u.options.setEnabled(t in bank.CHOICE_TYPES)
        u.answer.setEnabled(t != "short")
        hints = {"single": self.tr("One letter, e.g. B"), "multiple": self.tr("Two or more letters, e.g. ACD"),
                 "truefalse": self.tr("T (true) or F (false)"),
                 "fill": self.tr("Accepted answers, separated by |"), "short": ""}
        u.answer.setPlaceholderText(hints.get(t, ""))

    def values(self) -> dict:
        u = self.ui
        t = u.qtype.currentData()
        return {"area": u.area.currentData(), "topic": u.topic.currentText(), "qtype": t,
                "text": u.text.toPlainText(),
                "options": u.options.toPlainText().split("\n") if t in bank.CHOICE_TYPES else [],
                "answer": u.answer.text(), "model_answer": u.model_answer.toPlainText(),
                "points": u.points.value(), "difficulty": u.difficulty.currentData(),
                "active": u.active.isChecked()}

    def show_error(self, exc) -> bool:
        self.ui.message.setText(exc.message)
        widget = getattr(self.ui, exc.field, None) if exc.field in self.FIELDS else None
        if widget is not None:
            widget.setFocus()
        return True

    def save(self) -> None:
        self.ui.message.clear()
        if self.question is None:
            op = run_op(self.ctx, self, bank.add_question, what="exams", on_error=self.show_error, **self.values())
        else:
            op = run_op(self.ctx, self, bank.update_question, self.question.id, what="exams",
                        on_error=self.show_error, **self.values())
        if op.error is None:
            self.saved = op.result
            self.accept()


class ExamBankDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = u = Ui_ExamBankDialog()
        u.setupUi(self)
        self.setWindowTitle(self.tr("Question bank"))
        u.area_filter.addItem(self.tr("All areas"), None)
        for code, name in AREA_NAMES.items():
            u.area_filter.addItem(tr(name), code)
        self.model = QuestionModel(self)
        u.questions.setModel(self.model)
        list_table(u.questions)
        u.questions.horizontalHeader().setSectionResizeMode(QuestionModel.TEXT, QHeaderView.Stretch)
        for col, width in ((QuestionModel.NO, 44), (QuestionModel.AREA, 70), (QuestionModel.TOPIC, 90),
                           (QuestionModel.TYPE, 70), (QuestionModel.ANSWER, 90), (QuestionModel.POINTS, 44),
                           (QuestionModel.DIFFICULTY, 56), (QuestionModel.LAST, 84)):
            u.questions.setColumnWidth(col, width)
        u.area_filter.currentIndexChanged.connect(self.load)
        u.search.textChanged.connect(self.load)
        u.add_button.clicked.connect(self.add)
        u.edit_button.clicked.connect(self.edit)
        u.questions.doubleClicked.connect(self.edit)
        u.retire_button.clicked.connect(self.retire)
        u.delete_button.clicked.connect(self.delete)
        u.import_button.clicked.connect(self.import_bank)
        u.export_button.clicked.connect(self.export_bank)
        u.close_box.rejected.connect(self.reject)
        u.close_box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        u.questions.selectionModel().selectionChanged.connect(self.update_buttons)
        self.resize(1000, 600)
        self.load()

    def load(self, *_):
        keep = self.current()
        rows = bank.questions(area=self.ui.area_filter.currentData(), search=self.ui.search.text())
        self.model.set_rows(rows)
        total = len(bank.questions())
        self.ui.count.setText(self.tr("{shown} of {total} questions").format(shown=len(rows), total=total))
        if keep is not None:
            for i, r in enumerate(self.model.rows):
                if r.id == keep.id:
                    self.ui.questions.selectRow(i)
        self.update_buttons()

    def current(self):
        sel = self.ui.questions.selectionModel()
        rows = sel.selectedRows() if sel else []
        return self.model.data(rows[0], RowRole) if rows else None

    def update_buttons(self, *_):
        why = self.ctx.permission_reason("manage_exams")
        q = self.current()
        u = self.ui
        for b in (u.add_button, u.import_button):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        for b in (u.edit_button, u.retire_button, u.delete_button):
            b.setEnabled(why is None and q is not None)
            b.setToolTip(why or "")
        u.retire_button.setText(self.tr("&Restore") if q is not None and not q.active else self.tr("&Retire"))

    def add(self):
        d = QuestionDialog(self.ctx, None, self)
        if d.exec() == QDialog.Accepted:
            self.load()

    def edit(self, *_):
        q = self.current()
        if q is None or not self.ui.edit_button.isEnabled():
            return
        if QuestionDialog(self.ctx, q, self).exec() == QDialog.Accepted:
            self.load()

    def retire(self):
        q = self.current()
        if q is not None:
            run_op(self.ctx, self, bank.update_question, q.id, active=not q.active, what="exams",
                   on_error=self.show_error)
            self.load()

    def delete(self):
        q = self.current()
        if q is None:
            return
        if messages.confirm(self, self.tr("Delete question"), self.tr("Delete question {no}?").format(no=q.id),
                            self.tr("Delete")):
            run_op(self.ctx, self, bank.delete_question, q.id, what="exams", on_error=self.show_error)
            self.load()

    def show_error(self, exc) -> bool:
        self.ui.message.setText(exc.message)
        return True

    def import_bank(self):
        from ...excel import exambank_io

        path = filework.ask_open_path(self, "excel", self.tr("Import the question bank"),
                                      self.tr("Spreadsheets (*.xlsx *.xls *.ods)"))
        if not path:
            return
        self.ui.message.clear()
        op = run_op(self.ctx, self, exambank_io.import_bank, path, what="exams", on_error=self.show_error)
        if op.error is None:
            added, updated = op.result
            self.ui.message.setText("")
            messages.info(self, self.tr("{added} questions added, {updated} changed.").format(
                added=added, updated=updated))
            self.load()

    def export_bank(self):
        from ...excel import exambank_io

        path = filework.ask_save_path(self, "excel", self.tr("Export the question bank"), "题库.xlsx",
                                      self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if not path:
            return
        try:
            saved = exambank_io.export_bank(path)
        except Exception as exc:  # shown, never a traceback
            self.ui.message.setText(getattr(exc, "message", str(exc)))
            return
        self.ui.message.setText("")
        messages.info(self, self.tr("Saved: {path}").format(path=saved))
