"""What an Excel import will do, shown before anything is written.

A valid file lists the rows to add and to change (old → new); an invalid
one lists every problem (sheet, cell, column, the value written, what is
expected) and offers to save a copy of the workbook with those cells marked.
After figures or exams, the automatic proposals the new data supports are
shown for the supervisor to confirm.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QTableView

from ...base import vocab
from ...excel import Preview
from ...base.months import Month
from ..forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from ..forms.ui_proposals_dialog import Ui_ProposalsDialog
from ..shell import i18n
from ..exams.exam_models import ProposalsModel
from ..widgets.rows_model import RowsModel

ADD_COLOR = QColor("#1e7b34")
CHANGE_COLOR = QColor("#9a5b00")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Month):
        return value.key
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _coded(key: str, value) -> str:
    """A coded value (role, method, exam area) by its label in the active language."""
    table = {"role": vocab.STAFF_ROLES, "method": vocab.METHODS}.get(key)
    if key == "area":
        from ...monthly.exams import EXAM_AREAS

        table = EXAM_AREAS
    if table and isinstance(value, str) and value in table:
        return i18n.label(table, value)
    return _text(value)


class PlannedRowsModel(RowsModel):
    """The rows an import adds or changes."""

    CONTEXT = "PlannedRowsModel"
    ACTION, ROW, ITEM, DETAILS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PlannedRowsModel", "Action"), QT_TRANSLATE_NOOP("PlannedRowsModel", "Row"),
               QT_TRANSLATE_NOOP("PlannedRowsModel", "Who / what"), QT_TRANSLATE_NOOP("PlannedRowsModel", "Details"))

    def __init__(self, headers: dict, parent=None):
        super().__init__(parent)
        self.headers = headers  # column key -> header text in the file

    def details(self, r) -> str:
        if r.action == "change":
            return "；".join(f"{label}: {_text(old) or '—'} → {_text(new) or '—'}"
                            for label, old, new in r.changes)
        parts = [f"{self.headers.get(k, k)}: {_coded(k, v)}" for k, v in r.values.items()
                 if v not in (None, "") and k in self.headers and k != "employee_no"]
        return "；".join(parts)

    def cell(self, r, column, role):
        if role == Qt.DisplayRole:
            if column == self.ACTION:
                return {"add": QCoreApplication.translate("PlannedRowsModel", "Add"),
                        "change": QCoreApplication.translate("PlannedRowsModel", "Change")}.get(
                    r.action, QCoreApplication.translate("PlannedRowsModel", "Unchanged"))
            return {self.ROW: str(r.row), self.ITEM: r.label, self.DETAILS: self.details(r)}.get(column)
        if role == Qt.ForegroundRole and column == self.ACTION:
            return QBrush(ADD_COLOR if r.action == "add" else CHANGE_COLOR)
        if role == Qt.ToolTipRole and column == self.DETAILS:
            return self.details(r).replace("；", "\n") + (f"\n{r.note}" if r.note else "")
        if role == Qt.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class ProblemsModel(RowsModel):
    """Every problem of an invalid file, where it is and what is expected."""

    CONTEXT = "ProblemsModel"
    SHEET, CELL, COLUMN, VALUE, EXPECTED = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("ProblemsModel", "Sheet"), QT_TRANSLATE_NOOP("ProblemsModel", "Cell"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Column"), QT_TRANSLATE_NOOP("ProblemsModel", "Value"),
               QT_TRANSLATE_NOOP("ProblemsModel", "What is wrong / expected"))

    def cell(self, p, column, role):
        if role == Qt.DisplayRole:
            if column == self.CELL:
                return p.cell or QCoreApplication.translate("ProblemsModel", "whole file")
            return {self.SHEET: p.sheet, self.COLUMN: p.header, self.VALUE: p.value,
                    self.EXPECTED: p.message}.get(column)
        if role == Qt.ToolTipRole:
            return p.text()
        return None


def _show_rows(view: QTableView, model, stretch: int, wrap: bool = False) -> QTableView:
    """Put ``model`` in the form's read-only table, its ``stretch`` column taking the spare width."""
    view.setModel(model)
    view.setWordWrap(wrap)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    for col in range(model.columnCount()):
        if col != stretch:
            view.setColumnWidth(col, min(max(view.columnWidth(col), 60), 260))
    if wrap and model.rowCount() <= 300:  # long messages wrap onto a second line instead of being cut
        view.resizeRowsToContents()
    return view


class ImportPreviewDialog(QDialog):
    """Accepted means "import these rows"; ``update`` says whether changes were confirmed."""

    def __init__(self, preview: Preview, kind_label: str, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Import {kind} — {file}").format(kind=kind_label, file=preview.path.name))
        self.summary = self.ui.summary
        if preview.notes:
            self.ui.notes.setText("\n".join(preview.notes))
        else:  # no notes, no label (as before the form)
            self.ui.notes.setParent(None)
            self.ui.notes.deleteLater()

        self.buttons = self.ui.buttons
        self.import_button = None
        self.marked_button = None
        if preview.problems:
            self.summary.setText(self.tr(
                "“{file}” has {n} problem(s). Nothing will be imported: correct them in the workbook and import "
                "it again. “Save a marked copy” writes the workbook with each problem cell in red and a comment."
            ).format(file=preview.path.name, n=len(preview.problems)))
            self.summary.setStyleSheet("color: #8A1C12;")
            self.model = ProblemsModel(self)
            self.model.set_rows(preview.problems)
            self.table = _show_rows(self.ui.table, self.model, ProblemsModel.EXPECTED, wrap=True)
            self.marked_button = QPushButton(self.tr("&Save a marked copy…"), self)
            self.buttons.addButton(self.marked_button, QDialogButtonBox.ActionRole)
            self.buttons.addButton(QDialogButtonBox.Close)
        else:
            work = preview.adds + preview.changes
            text = self.tr("{rows} row(s) read from “{file}”: {adds} to add, {changes} to change, "
                           "{same} already the same (skipped).").format(
                rows=preview.data_rows, file=preview.path.name, adds=len(preview.adds),
                changes=len(preview.changes), same=len(preview.unchanged))
            if preview.changes:
                text += " " + self.tr("Changed rows overwrite what csperf holds now; you will be asked to confirm.")
            if not work:
                text += " " + self.tr("There is nothing to import.")
            self.summary.setText(text)
            self.model = PlannedRowsModel(preview.headers, self)
            self.model.set_rows(work)
            self.table = _show_rows(self.ui.table, self.model, PlannedRowsModel.DETAILS)
            self.buttons.addButton(QDialogButtonBox.Cancel)
            self.import_button = self.buttons.addButton(
                self.tr("&Import {n} row(s)").format(n=len(work)), QDialogButtonBox.AcceptRole)
            self.import_button.setEnabled(bool(work))
            self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


class ProposalsDialog(QDialog):
    """Bonuses the imported data supports (B06 CSAT, B09 full attendance, B02 full marks), to confirm now or later."""

    def __init__(self, proposals: list, can_confirm: bool, reason: str | None, parent=None):
        super().__init__(parent)
        self.ui = Ui_ProposalsDialog()
        self.ui.setupUi(self)
        self.model = ProposalsModel(self)
        self.model.load(proposals)
        self.table = _show_rows(self.ui.table, self.model, ProposalsModel.REASON)
        self.buttons = self.ui.buttons
        self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.RejectRole)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Confirm all {n}").format(n=len(proposals)), QDialogButtonBox.AcceptRole)
        self.confirm_button.setEnabled(can_confirm)
        if reason:
            self.confirm_button.setToolTip(reason)
        self.confirm_button.setDefault(can_confirm)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
