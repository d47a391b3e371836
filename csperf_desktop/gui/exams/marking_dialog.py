"""Marking by keyboard: one row per person, one column per question of the paper.

Single-choice and true/false cells take one key (A–F, T/F, also 1/0) and move to the
next question at once; multiple choice, fill-in and short answers (points) open an editor,
Enter moves on. Version (A/B) and absent (缺考: type A or 缺 in that column) sit before the
questions. Each cell is marked as it is typed — green right, grey wrong, red not
readable with the reason in its tooltip — and the total follows. Nothing is saved until
"Mark and enter the results": then every person with answers goes through the core in one
transaction (all or nothing), and the totals become the exam's results.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView

from ...base.errors import CsperfError
from ...base.months import Month
from ...exambank import marking, papers
from ...monthly import exams as exams_service
from ..forms.ui_exam_marking_dialog import Ui_ExamMarkingDialog
from ..shell import filework
from ..shell.operations import run_op

RIGHT_BG = QColor("#e3f4e1")
ERROR_BG = QColor("#fde2e1")
WRONG_FG = QColor("#8a8a8a")
ONE_KEY_TYPES = ("single", "truefalse")
ABSENT_WORDS = {"缺", "缺考", "A", "Y", "1", "是", "ABSENT"}


@dataclass
class Line:
    staff_id: int
    employee_no: str
    name: str
    version: str
    absent: bool
    responses: list
    saved: bool
    errors: dict = field(default_factory=dict)  # position → message
    marks: dict = field(default_factory=dict)  # position → (marks, correct)


class MarkingModel(QAbstractTableModel):
    NO, NAME, VERSION, ABSENT = range(4)
    FIRST = 4

    def __init__(self, exam_id: int, parent=None):
        super().__init__(parent)
        self.exam_id = exam_id
        self.papers = {v: papers.paper_for(exam_id, v) for v in papers.VERSIONS}
        self.n = len(self.papers["A"].items)
        self.lines: list[Line] = []
        self.editable = True

    def load(self) -> None:
        self.beginResetModel()
        self.lines = []
        for r in marking.answer_sheet(self.exam_id):
            resp = list(r.responses) + [""] * (self.n - len(r.responses))
            line = Line(r.staff_id, r.employee_no, r.name, r.version, r.absent, resp, bool(r.responses or r.absent))
            self.mark(line)
            self.lines.append(line)
        self.endResetModel()

    def item(self, line: Line, pos: int) -> dict:
        return self.papers[line.version].items[pos]

    def mark(self, line: Line) -> None:
        line.errors, line.marks = {}, {}
        for pos, resp in enumerate(line.responses):
            if not resp:
                continue
            try:
                m = marking.mark_item(self.item(line, pos), resp, pos + 1)
            except CsperfError as exc:
                line.errors[pos] = exc.message
            else:
                line.marks[pos] = (m.marks, m.correct)

    def total(self, line: Line) -> float | None:
        if line.absent or not any(line.responses):
            return None
        return sum(m for m, _ in line.marks.values())

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST + self.n + 1

    def is_question(self, column: int) -> bool:
        return self.FIRST <= column < self.FIRST + self.n

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            fixed = {self.NO: self.tr("No."), self.NAME: self.tr("Name"), self.VERSION: self.tr("Version"),
                     self.ABSENT: self.tr("Absent")}
            if section in fixed:
                return fixed[section]
            if self.is_question(section):
                return str(section - self.FIRST + 1)
            return self.tr("Total")
        if role == Qt.ToolTipRole and self.is_question(section):
            item = self.papers["A"].items[section - self.FIRST]
            return self.tr("{type}, {points} points — type {accepts}").format(
                type=marking.type_zh(item["type"]), points=item["points"], accepts=marking.letters_hint(item))
        return None

    def flags(self, index):
        f = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        c = index.column()
        if self.editable and (c in (self.VERSION, self.ABSENT) or self.is_question(c)):
            f |= Qt.ItemIsEditable
        return f

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line, c = self.lines[index.row()], index.column()
        pos = c - self.FIRST
        if role in (Qt.DisplayRole, Qt.EditRole):
            if c == self.NO:
                return line.employee_no
            if c == self.NAME:
                return line.name
            if c == self.VERSION:
                return line.version
            if c == self.ABSENT:
                return self.tr("Absent") if line.absent else ""
            if self.is_question(c):
                return line.responses[pos]
            t = self.total(line)
            return "" if t is None else f"{t:g}"
        if role == Qt.BackgroundRole and self.is_question(c):
            if pos in line.errors:
                return QBrush(ERROR_BG)
            if pos in line.marks and line.marks[pos][1]:
                return QBrush(RIGHT_BG)
        if role == Qt.ForegroundRole and self.is_question(c) and pos in line.marks and not line.marks[pos][1]:
            return QBrush(WRONG_FG)
        if role == Qt.ToolTipRole and self.is_question(c):
            if pos in line.errors:
                return line.errors[pos]
            if pos in line.marks:
                return self.tr("{marks:g} of {points} points").format(marks=line.marks[pos][0],
                                                                     points=self.item(line, pos)["points"])
        if role == Qt.TextAlignmentRole and (self.is_question(c) or c in (self.VERSION, self.ABSENT)):
            return int(Qt.AlignCenter)
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid() or role != Qt.EditRole:
            return False
        line, c = self.lines[index.row()], index.column()
        text = ("" if value is None else str(value)).strip()
        if c == self.VERSION:
            v = text.upper() or "A"
            if v not in papers.VERSIONS:
                return False
            line.version = v
        elif c == self.ABSENT:
            line.absent = text.upper() in ABSENT_WORDS
        elif self.is_question(c):
            line.responses[c - self.FIRST] = text.upper() if self.item(line, c - self.FIRST)["type"] in (
                "single", "multiple", "truefalse") else text
        else:
            return False
        line.saved = False
        self.mark(line)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def rows_to_save(self) -> list[dict]:
        out = []
        for line in self.lines:
            if line.absent:
                out.append({"staff": line.staff_id, "absent": True})
            elif any(line.responses):
                out.append({"staff": line.staff_id, "version": line.version, "responses": list(line.responses)})
        return out

    def problems(self) -> list[str]:
        out = []
        for line in self.lines:
            for pos, msg in sorted(line.errors.items()):
                if not line.absent:
                    out.append(f"{line.name}（{line.employee_no}）：{msg}")
        return out


class MarkingGrid(QTableView):
    """One key is enough for a single-choice or true/false answer; Enter moves to the next question."""

    def keyPressEvent(self, event):
        model, index = self.model(), self.currentIndex()
        if (self.state() != QAbstractItemView.EditingState and index.isValid() and model.editable
                and model.is_question(index.column())):
            line = model.lines[index.row()]
            item = model.item(line, index.column() - model.FIRST)
            text = event.text().strip()
            if item["type"] in ONE_KEY_TYPES and len(text) == 1 and text.isalnum():
                key = {"1": "T", "0": "F"}.get(text, text.upper()) if item["type"] == "truefalse" else text.upper()
                model.setData(index, key)
                self.step()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                model.setData(index, "")
                return
        if self.state() != QAbstractItemView.EditingState and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.step()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):
        from PySide6.QtWidgets import QAbstractItemDelegate

        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.step()

    def step(self) -> None:
        """To the next question of this person; after the last, the first question of the next."""
        model, index = self.model(), self.currentIndex()
        row, col = index.row(), index.column() + 1
        if col >= model.FIRST + model.n:
            row, col = row + 1, model.FIRST
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, col))


class ExamMarkingDialog(QDialog):
    def __init__(self, ctx, exam_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.exam = exams_service.find_exam(exam_id)
        self.ui = u = Ui_ExamMarkingDialog()
        u.setupUi(self)
        self.setWindowTitle(self.tr("Mark answers: {title}").format(title=self.exam.title))
        # the form's plain table becomes the keyboard grid
        grid = MarkingGrid(self)
        u.layout_.replaceWidget(u.grid, grid)
        u.grid.hide()
        u.grid.setParent(None)
        u.grid.deleteLater()
        u.grid = self.grid = grid
        self.model = MarkingModel(exam_id, self)
        why = self.ctx.lock_reason(Month.parse(self.exam.month)) or self.ctx.permission_reason("manage_exams")
        self.model.editable = why is None
        self.model.load()
        grid.setModel(self.model)
        grid.setSelectionBehavior(QAbstractItemView.SelectItems)
        grid.setSelectionMode(QAbstractItemView.SingleSelection)
        grid.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                             | QAbstractItemView.EditKeyPressed)
        grid.verticalHeader().hide()
        grid.verticalHeader().setDefaultSectionSize(24)
        grid.horizontalHeader().setMinimumSectionSize(24)
        grid.setColumnWidth(MarkingModel.NO, 64)
        grid.setColumnWidth(MarkingModel.NAME, 70)
        grid.setColumnWidth(MarkingModel.VERSION, 44)
        grid.setColumnWidth(MarkingModel.ABSENT, 44)
        for c in range(MarkingModel.FIRST, MarkingModel.FIRST + self.model.n):
            item = self.model.papers["A"].items[c - MarkingModel.FIRST]
            grid.setColumnWidth(c, 34 if item["type"] in ONE_KEY_TYPES else 52)
        grid.setColumnWidth(MarkingModel.FIRST + self.model.n, 56)
        u.heading.setText(self.tr(
            "<b>{title}</b> · full marks {full}. Type each person's answers as written on their paper: "
            "a letter for single choice and true/false (T/F, 1/0) moves on at once; multiple choice (ACD), "
            "fill-in (the words, or + / -) and short answers (points) end with Enter. "
            "Green: right; grey: wrong; red: cannot be read (see its tooltip).").format(
            title=self.exam.title, full=self.exam.full_marks))
        u.save_button.setEnabled(why is None)
        u.save_button.setToolTip(why or "")
        u.save_button.clicked.connect(self.save)
        u.clear_button.setEnabled(why is None)
        u.clear_button.setToolTip(why or self.tr(
            "Delete the marked answers, e.g. to change the paper. The results already entered stay."))
        u.clear_button.clicked.connect(self.clear)
        u.import_button.setEnabled(why is None)
        u.import_button.setToolTip(why or self.tr(
            "Read the answers typed into the exported grid; all or nothing, every problem named by row."))
        u.import_button.clicked.connect(self.import_grid)
        u.export_button.clicked.connect(self.export_grid)
        u.close_box.rejected.connect(self.reject)
        u.close_box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.model.dataChanged.connect(self.update_status)
        self.resize(min(1300, 260 + 44 * self.model.n), 620)
        first = next((i for i, line in enumerate(self.model.lines) if not line.saved), 0)
        if self.model.rowCount():
            grid.setCurrentIndex(self.model.index(first, MarkingModel.FIRST))
        self.update_status()

    def update_status(self, *_):
        typed = sum(1 for line in self.model.lines if line.absent or any(line.responses))
        unsaved = sum(1 for line in self.model.lines if not line.saved and (line.absent or any(line.responses)))
        self.ui.status.setText(self.tr("{typed} of {n} people entered, {unsaved} not saved yet").format(
            typed=typed, n=len(self.model.lines), unsaved=unsaved))

    def show_error(self, exc) -> bool:
        self.ui.message.setText(exc.message)
        return True

    def save(self) -> None:
        self.ui.message.clear()
        problems = self.model.problems()
        if problems:
            self.ui.message.setText(self.tr("Nothing saved. Correct the red cells first:") + "\n"
                                    + "\n".join(problems[:5]))
            return
        rows = self.model.rows_to_save()
        if not rows:
            self.ui.message.setText(self.tr("No answers typed yet."))
            return
        op = run_op(self.ctx, self, marking.record_answers, self.exam.id, rows, what="exams",
                    on_error=self.show_error)
        if op.error is None:
            self.model.load()
            self.update_status()
            self.ui.message.setText("")
            self.ui.status.setText(self.tr("Saved: {n} people marked; their totals are the exam's results.").format(
                n=len(rows)))

    def clear(self) -> None:
        from ..shell import messages

        if not messages.confirm(self, self.tr("Clear the answers"), self.tr(
                "Delete every marked answer of this exam? The results already entered stay until answers are "
                "entered again."), self.tr("Clear")):
            return
        op = run_op(self.ctx, self, marking.clear_answers, self.exam.id, what="exams", on_error=self.show_error)
        if op.error is None:
            self.model.load()
            self.update_status()

    def export_grid(self) -> None:
        from ...excel import exambank_io
        path = filework.ask_save_path(self, "excel", self.tr("Save the answer grid"), f"{self.exam.title}-答卷.xlsx",
                                      self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if not path:
            return
        try:
            saved = exambank_io.save_answer_template(self.exam.id, path)
        except CsperfError as exc:
            self.show_error(exc)
            return
        self.ui.message.setText("")
        self.ui.status.setText(self.tr("Saved: {path}").format(path=saved))

    def import_grid(self) -> None:
        from ...excel import exambank_io
        path = filework.ask_open_path(self, "excel", self.tr("Import the answers"),
                                      self.tr("Spreadsheets (*.xlsx *.xls *.ods)"))
        if not path:
            return
        self.ui.message.clear()
        op = run_op(self.ctx, self, exambank_io.import_answers, self.exam.id, path, what="exams",
                    on_error=self.show_error)
        if op.error is None:
            self.model.load()
            self.update_status()
            self.ui.status.setText(self.tr("Saved: {n} people marked; their totals are the exam's results.").format(
                n=len(op.result)))
