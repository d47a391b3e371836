"""The Exams tab: the month's skills exams, result entry in a grid, per-exam
statistics, proposed points waiting for confirmation, and one agent's exam history.

Keyboard flow in the grid: type a score, Enter — it is saved and the cursor
moves to the next person. Typing 缺考 (or A) marks the person absent. A score
the core refuses stays out of the database; the row shows why.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QWidget

from ...base import clock
from ...base.text import ratio_pct
from ...monthly import exams as exams_service
from ...base.errors import CsperfError
from ...store.models import Staff
from ...monthly.proposals import confirm as confirm_proposals
from ...monthly.proposals import dismiss as dismiss_proposals
from ...monthly.proposals import pending_proposals
from ..shell import i18n, messages
from .exam_models import (ExamGridModel, ExamHistoryModel, ExamListModel, GridLine, ProposalsModel,
                          confirm_reason, fmt_score)
from ..forms.ui_exam_dialog import Ui_ExamDialog
from ..forms.ui_exams_tab import Ui_ExamsTab
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
from ..widgets import table_tools
from ..widgets.rows_model import RowRole, list_table


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(d: QDate) -> _dt.date:
    return _dt.date(d.year(), d.month(), d.day())


# ---------------------------------------------------------------- add / edit an exam

class ExamDialog(QDialog):
    """Date, title, area, full marks (default 100) and pass mark; the core validates."""

    def __init__(self, ctx, exam=None, parent=None):
        super().__init__(parent)
        self.ctx, self.exam, self.saved = ctx, exam, None
        self.setWindowTitle(self.tr("Edit exam") if exam else self.tr("Add exam"))
        self.ui = u = Ui_ExamDialog()
        u.setupUi(self)
        self.date, self.title, self.area, self.full_marks, self.pass_mark, self.note, self.message = (
            u.date, u.title, u.area, u.full_marks, u.pass_mark, u.note, u.message)
        month = ctx.month
        self.date.setDateRange(_qdate(month.first_day), _qdate(month.last_day))
        today = clock.today()
        self.date.setDate(_qdate(today if month.contains(today) else month.first_day))
        for code in exams_service.EXAM_AREAS:
            self.area.addItem(i18n.label(exams_service.EXAM_AREAS, code), code)
        self.area.setCurrentIndex(self.area.findData("mixed"))
        self.full_marks.setRange(1, exams_service.MAX_FULL_MARKS)
        self.full_marks.setValue(100)
        self.pass_mark.setRange(0, exams_service.MAX_FULL_MARKS)
        self.pass_mark.setValue(60)
        labels = {key: (getattr(u, key), getattr(u, key + "Error"))
                  for key in ("date", "title", "area", "full_marks", "pass_mark", "note")}
        labels["month"] = (self.date, u.dateError)
        self.errors = FieldErrors(labels, self.message)
        u.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Save"))
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        u.buttons.accepted.connect(self.save)
        u.buttons.rejected.connect(self.reject)
        self._pass_follows = exam is None
        self.full_marks.valueChanged.connect(self._full_changed)
        self.pass_mark.valueChanged.connect(lambda _v: setattr(self, "_pass_follows", False))
        if exam is not None:
            self.date.setDate(_qdate(exam.date))
            self.title.setText(exam.title)
            self.area.setCurrentIndex(max(0, self.area.findData(exam.area)))
            self.full_marks.setValue(exam.full_marks)
            self.pass_mark.setValue(exam.pass_mark)
            self.note.setText(exam.note)
            self._pass_follows = False
        self.resize(460, self.sizeHint().height())

    def _full_changed(self, value: int) -> None:
        if self._pass_follows:
            self.pass_mark.blockSignals(True)
            self.pass_mark.setValue(round(value * 0.6))
            self.pass_mark.blockSignals(False)

    def values(self) -> dict:
        return {"date": _pydate(self.date.date()), "title": self.title.text(), "area": self.area.currentData(),
                "full_marks": self.full_marks.value(), "pass_mark": self.pass_mark.value(), "note": self.note.text()}

    def save(self) -> None:
        self.errors.clear()
        if self.exam is None:
            op = run_op(self.ctx, self, exams_service.add_exam, what="exams", on_error=self.errors.show,
                        **self.values())
        else:
            op = run_op(self.ctx, self, exams_service.update_exam, self.exam.id, what="exams",
                        on_error=self.errors.show, **self.values())
        if op.error is None:
            self.saved = op.result
            self.accept()


# ---------------------------------------------------------------- the tab

class ExamsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._saving = False

        self.ui = u = Ui_ExamsTab()
        u.setupUi(self)
        self.lock_banner, self.bottom = u.lockBanner, u.bottom

        # -- the month's exams
        self.heading, self.add_button, self.edit_button, self.delete_button = (
            u.heading, u.add_button, u.edit_button, u.delete_button)
        self.list_model = ExamListModel(self)
        self.exam_list = u.exam_list
        self.exam_list.setModel(self.list_model)
        list_table(self.exam_list, single_selection=False)
        self.exam_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.exam_list.horizontalHeader().setSectionResizeMode(ExamListModel.TITLE, QHeaderView.Stretch)
        for col, width in ((ExamListModel.DATE, 82), (ExamListModel.AREA, 64), (ExamListModel.FULL, 44),
                           (ExamListModel.PASS, 50), (ExamListModel.ENTERED, 44)):
            self.exam_list.setColumnWidth(col, width)
        self.exam_list.doubleClicked.connect(self.edit_exam)
        self.add_exam_action = QAction(self.tr("&Add an exam…"), self)
        self.add_exam_action.triggered.connect(self.add_exam)
        table_tools.install(self.exam_list, name="exams", sortable=False)
        table_tools.empty_state(self.exam_list, lambda: self.tr(
            "No exam in {month} yet. Add the month's skills exam, then enter everyone's results in the grid "
            "on the right.").format(month=i18n.month_label(self.ctx.month)), [self.add_exam_action])

        # -- the result grid
        self.grid_model = ExamGridModel(self)
        self.grid_model.saver = self.save_line
        self.grid = u.grid
        self.grid.setModel(self.grid_model)
        list_table(self.grid, single_selection=False)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                                  | QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(ExamGridModel.STATUS, QHeaderView.Stretch)
        for col, width in ((ExamGridModel.NO, 58), (ExamGridModel.NAME, 64), (ExamGridModel.TEAM, 64),
                           (ExamGridModel.SCORE, 56), (ExamGridModel.ABSENT, 48), (ExamGridModel.NOTE, 150)):
            self.grid.setColumnWidth(col, width)
        self.grid_title, self.grid_message = u.grid_title, u.grid_message

        # -- statistics
        self.stats_box, self.chart = u.stats_box, u.chart
        self.stat_labels = {key: getattr(u, "stat_" + key)
                            for key in ("sat", "absent", "mean", "median", "range", "pass", "full")}
        u.top.setSizes([440, 610, 280])

        # -- proposals waiting for confirmation
        self.proposals_model = ProposalsModel(self)
        self.proposals = u.proposals
        self.proposals.setModel(self.proposals_model)
        list_table(self.proposals, single_selection=False)
        self.proposals.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.proposals.horizontalHeader().setSectionResizeMode(ProposalsModel.REASON, QHeaderView.Stretch)
        for col, width in ((ProposalsModel.ORIGIN, 70), (ProposalsModel.DATE, 84), (ProposalsModel.NO, 58),
                           (ProposalsModel.NAME, 64), (ProposalsModel.CODE, 70), (ProposalsModel.POINTS, 48)):
            self.proposals.setColumnWidth(col, width)
        self.confirm_selected_button, self.confirm_all_button, self.dismiss_button = (
            u.confirm_selected_button, u.confirm_all_button, u.dismiss_button)
        self.proposals_note = u.proposals_note

        # -- one agent's history
        self.history_staff = u.history_staff
        self.history_model = ExamHistoryModel(self)
        self.history = u.history
        self.history.setModel(self.history_model)
        list_table(self.history, single_selection=False)
        self.history.horizontalHeader().setSectionResizeMode(ExamHistoryModel.NOTE, QHeaderView.Stretch)
        for col, width in ((ExamHistoryModel.DATE, 84), (ExamHistoryModel.TITLE, 220), (ExamHistoryModel.AREA, 80),
                           (ExamHistoryModel.SCORE, 70), (ExamHistoryModel.RESULT, 64)):
            self.history.setColumnWidth(col, width)
        self.history_summary = u.history_summary
        u.split.setSizes([400, 230])

        self.bank_button, self.paper_button, self.mark_button, self.analysis_button = (
            u.bank_button, u.paper_button, u.mark_button, u.analysis_button)
        self.bank_button.clicked.connect(self.open_bank)
        self.paper_button.clicked.connect(self.open_paper)
        self.mark_button.clicked.connect(self.open_marking)
        self.analysis_button.clicked.connect(self.open_analysis)
        self.add_button.clicked.connect(self.add_exam)
        self.edit_button.clicked.connect(self.edit_exam)
        self.delete_button.clicked.connect(self.delete_exam)
        self.exam_list.selectionModel().selectionChanged.connect(self.exam_selected)
        self.confirm_selected_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.proposals.selectionModel().selectionChanged.connect(self.update_buttons)
        self.history_staff.currentIndexChanged.connect(self.load_history)
        self.grid.selectionModel().currentRowChanged.connect(self.follow_grid_row)
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(lambda _m: self.load_month())
        self.load_month()

    # -- loading
    def load_month(self) -> None:
        self.heading.setText(i18n.month_label(self.ctx.month))
        self.load_exams()
        self.fill_history_staff()
        self.load_proposals()

    def load_exams(self, select_id: int | None = None) -> None:
        current = self.current_exam()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.exam_list.selectionModel().blockSignals(True)
        self.list_model.load(self.ctx.month)
        self.exam_list.selectionModel().blockSignals(False)
        row = self.list_model.row_of(keep) if keep is not None else -1
        if row < 0 and self.list_model.rowCount():
            row = self.list_model.rowCount() - 1
        if row >= 0:
            self.exam_list.selectRow(row)
        self.exam_selected()

    def current_exam(self):
        rows = self.exam_list.selectionModel().selectedRows() if self.exam_list.selectionModel() else []
        return self.list_model.data(rows[0], RowRole) if rows else None

    def lock_tip(self, exam=None) -> str | None:
        reason = self.ctx.lock_reason(self.ctx.month) or self.ctx.permission_reason("manage_exams")
        if reason is None and exam is not None and exam.date > clock.today():
            reason = self.tr("The exam is on {date}; results can be entered once it has been held.").format(
                date=exam.date.isoformat())
        return reason

    def exam_selected(self, *_):
        exam = self.current_exam()
        tip = self.lock_tip(exam)
        self.grid_model.load(exam, editable=exam is not None and tip is None, lock_tip=tip or "")
        self.grid_message.clear()
        if exam is None:
            self.grid_title.setText(self.tr("No exam this month yet. Add one to enter results."))
        else:
            self.grid_title.setText(self.tr(
                "<b>{title}</b> · {date} · full marks {full}, pass mark {pass_mark}. "
                "Type a score and press Enter; type 缺考 or A for absent.").format(
                title=exam.title, date=exam.date.isoformat(), full=exam.full_marks, pass_mark=exam.pass_mark))
        self.grid.setToolTip(tip or "")
        if exam is not None and self.grid_model.rowCount():
            # Start where entry stopped: the first person without a result.
            rows = self.grid_model.rows
            first = next((i for i, r in enumerate(rows) if not r.entered), 0)
            self.grid.setCurrentIndex(self.grid_model.index(first, ExamGridModel.SCORE))
        self.load_stats()
        self.update_buttons()
        QTimer.singleShot(0, self.fit_grid)

    # The lower panel (proposals, history) gives up height until the result grid shows its
    # last person without scrolling, keeping at least this much for itself.
    BOTTOM_MIN = 150

    def grid_shortfall(self) -> int:
        """Pixels the grid's viewport lacks to show every row whole (0 when they all fit)."""
        rows = self.grid_model.rowCount()
        if not rows:
            return 0
        v = self.grid.verticalHeader()
        needed = v.sectionPosition(rows - 1) + v.sectionSize(rows - 1)
        return max(0, needed - self.grid.viewport().height())

    def fit_grid(self) -> None:
        split = self.ui.split
        if not self.isVisible() or split.count() < 2:
            return
        short = self.grid_shortfall()
        if not short:
            return
        top, bottom = split.sizes()[:2]
        give = min(short, max(0, bottom - self.BOTTOM_MIN))
        if give:
            split.setSizes([top + give, bottom - give])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_grid)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_grid)

    def load_stats(self) -> None:
        exam = self.current_exam()
        L = self.stat_labels
        if exam is None:
            for lbl in L.values():
                lbl.setText("—")
            self.chart.set_buckets([])
            return
        s = exams_service.exam_stats(exam.id)
        L["sat"].setText(self.tr("{entered} ({sat} sat the exam)").format(sat=s.sat, entered=s.entered))
        L["absent"].setText(str(s.absent))
        L["mean"].setText("—" if s.mean is None else f"{s.mean:g}")
        L["median"].setText("—" if s.median is None else f"{s.median:g}")
        L["range"].setText("—" if s.highest is None else f"{fmt_score(s.highest)} / {fmt_score(s.lowest)}")
        L["pass"].setText("—" if s.pass_rate is None else self.tr("{rate} ({passed} passed)").format(
            rate=ratio_pct(s.pass_rate), passed=s.passed))
        L["full"].setText(str(s.full_marks_count))
        self.chart.set_buckets(s.buckets)

    def load_proposals(self) -> None:
        self.proposals_model.load(pending_proposals(self.ctx.month))
        n = self.proposals_model.rowCount()
        self.proposals_note.setText(self.tr(
            "{n} proposed from the data (exam full marks, spot checks, monthly figures). "
            "Nothing counts until confirmed; confirming twice adds nothing.").format(n=n) if n else
            self.tr("Nothing waiting for confirmation in this month."))
        self.bottom.setTabText(0, self.tr("Proposed points to confirm ({n})").format(n=n))
        self.update_buttons()

    def fill_history_staff(self) -> None:
        current = self.history_staff.currentData()
        self.history_staff.blockSignals(True)
        self.history_staff.clear()
        for s in Staff.select().order_by(Staff.employee_no):
            self.history_staff.addItem(f"{s.employee_no}  {s.name}", s.id)
        self.history_staff.setCurrentIndex(max(0, self.history_staff.findData(current)))
        self.history_staff.blockSignals(False)
        self.load_history()

    def load_history(self, *_):
        staff_id = self.history_staff.currentData()
        year = self.ctx.month.year
        if staff_id is None:
            self.history_model.set_rows([])
            self.history_summary.setText("")
            return
        rows = exams_service.agent_history(staff_id, year)
        self.history_model.set_rows(rows)
        avg = exams_service.year_average(staff_id, year)
        self.history_summary.setText(self.tr("{year}: {n} exams, average {avg} of full marks").format(
            year=year, n=len(rows), avg="—" if avg is None else f"{avg:g}%"))

    def follow_grid_row(self, current, _previous) -> None:
        """The history below shows the person whose line is being entered."""
        line = self.grid_model.row_at(current.row()) if current.isValid() else None
        if line is not None:
            index = self.history_staff.findData(line.staff_id)
            if index >= 0 and index != self.history_staff.currentIndex():
                self.history_staff.setCurrentIndex(index)

    def on_changed(self, what: str) -> None:
        if what == "exams":
            if self._saving:  # the grid already shows the saved line
                self._refresh_counts()
                self.load_stats()
            else:
                self.load_exams()
            self.load_proposals()
            self.load_history()
        elif what in ("events", "spotchecks"):
            self.load_proposals()
        elif what == "period":
            self.exam_selected()
            self.load_proposals()
        elif what in ("staff", "database", "rules", "settings"):
            self.load_month()

    def _refresh_counts(self) -> None:
        exam = self.current_exam()
        if exam is not None:
            from ...store.models import ExamResult

            self.list_model.entered[exam.id] = ExamResult.select().where(ExamResult.exam == exam.id).count()
            row = self.list_model.row_of(exam.id)
            self.list_model.dataChanged.emit(self.list_model.index(row, 0),
                                             self.list_model.index(row, ExamListModel.ENTERED))

    def update_buttons(self, *_):
        exam = self.current_exam()
        month_reason = self.ctx.lock_reason(self.ctx.month)
        exam_reason = month_reason or self.ctx.permission_reason("manage_exams")
        self.lock_banner.setText(month_reason or "")
        self.lock_banner.setVisible(month_reason is not None)
        self.add_button.setEnabled(exam_reason is None)
        self.edit_button.setEnabled(exam_reason is None and exam is not None)
        self.delete_button.setEnabled(exam_reason is None and exam is not None)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setToolTip(exam_reason or "")
        self.add_exam_action.setEnabled(exam_reason is None)
        self.add_exam_action.setToolTip(exam_reason or "")
        self.update_bank_buttons(exam)
        confirm_why = month_reason or confirm_reason(self.ctx)
        has = self.proposals_model.rowCount() > 0
        selected = bool(self.proposals.selectionModel().selectedRows())
        self.confirm_all_button.setEnabled(confirm_why is None and has)
        self.confirm_selected_button.setEnabled(confirm_why is None and selected)
        self.dismiss_button.setEnabled(confirm_why is None and selected)
        for b in (self.confirm_all_button, self.confirm_selected_button):
            b.setToolTip(confirm_why or "")
        self.dismiss_button.setToolTip(confirm_why or self.tr(
            "Do not record the selected proposals; a reason is asked for."))

    # -- the grid saves each line as it is typed
    def save_line(self, line: GridLine, score, absent: bool, note: str, delete: bool) -> str:
        exam = self.current_exam()
        if exam is None:
            return self.tr("Choose an exam first.")
        found: list[CsperfError] = []

        def keep(exc: CsperfError) -> bool:
            found.append(exc)
            return True

        self._saving = True
        try:
            if delete:
                run_op(self.ctx, self, exams_service.delete_result, exam.id, line.staff_id, what="exams",
                       on_error=keep)
            else:
                run_op(self.ctx, self, exams_service.set_result, exam.id, line.staff_id, score, absent=absent,
                       note=note, what="exams", on_error=keep)
        finally:
            self._saving = False
        if found:
            self.grid_message.setText(self.tr("{name} ({no}): {message}").format(
                name=line.name, no=line.employee_no, message=found[0].message))
            return found[0].message
        self.grid_message.clear()
        return ""

    # -- exams
    def add_exam(self) -> None:
        dialog = ExamDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.load_exams(dialog.saved.id)

    def edit_exam(self, *_):
        exam = self.current_exam()
        if exam is None or not self.edit_button.isEnabled():
            return
        dialog = ExamDialog(self.ctx, exams_service.find_exam(exam.id), self)
        if dialog.exec() == QDialog.Accepted:
            self.load_exams(exam.id)

    def delete_exam(self) -> None:
        exam = self.current_exam()
        if exam is None:
            return
        if messages.confirm(self, self.tr("Delete exam"), self.tr("Delete the exam “{title}” of {date}?").format(
                title=exam.title, date=exam.date.isoformat()), self.tr("Delete")):
            run_op(self.ctx, self, exams_service.delete_exam, exam.id, what="exams")

    # -- proposals
    def selected_proposals(self) -> list:
        rows = sorted(i.row() for i in self.proposals.selectionModel().selectedRows())
        return [self.proposals_model.rows[r] for r in rows]

    def confirm_selected(self) -> None:
        chosen = self.selected_proposals()
        if chosen:
            run_op(self.ctx, self, confirm_proposals, chosen, self.ctx.month, what="events")

    def confirm_all(self) -> None:
        chosen = list(self.proposals_model.rows)
        if chosen:
            run_op(self.ctx, self, confirm_proposals, chosen, self.ctx.month, what="events")

    def dismiss_selected(self) -> None:
        chosen = self.selected_proposals()
        if not chosen:
            return
        reason = messages.ask_text(self, self.tr("Dismiss proposals"), self.tr(
            "Why are these {n} proposals not recorded? The reason is kept with the month.").format(n=len(chosen)))
        if reason is not None:
            run_op(self.ctx, self, dismiss_proposals, chosen, self.ctx.month, reason, what="events")

    # -- the exam bank: compose, print, mark, analyse
    def update_bank_buttons(self, exam) -> None:
        from ...store.models import ExamAnswer, ExamPaper

        no_exam = self.tr("Choose an exam first.")
        has_paper = exam is not None and ExamPaper.select().where(ExamPaper.exam == exam.id).exists()
        marked = has_paper and ExamAnswer.select().join(ExamPaper).where(ExamPaper.exam == exam.id).exists()
        self.paper_button.setEnabled(exam is not None)
        self.paper_button.setToolTip("" if exam is not None else no_exam)
        self.mark_button.setEnabled(has_paper)
        self.mark_button.setToolTip("" if has_paper else (no_exam if exam is None else self.tr(
            "Compose the exam's paper first (Paper…).")))
        self.analysis_button.setEnabled(bool(marked))
        self.analysis_button.setToolTip("" if marked else self.tr("Mark the answers first (Mark answers…)."))

    def open_bank(self) -> None:
        from .bank_dialogs import ExamBankDialog

        ExamBankDialog(self.ctx, self).exec()

    def open_paper(self) -> None:
        from .paper_dialog import ExamPaperDialog

        exam = self.current_exam()
        if exam is not None:
            ExamPaperDialog(self.ctx, exam.id, self).exec()
            self.load_exams(exam.id)

    def open_marking(self) -> None:
        from .marking_dialog import ExamMarkingDialog

        exam = self.current_exam()
        if exam is not None:
            ExamMarkingDialog(self.ctx, exam.id, self).exec()
            self.load_exams(exam.id)

    def open_analysis(self) -> None:
        from .analysis_dialog import ExamAnalysisDialog

        exam = self.current_exam()
        if exam is not None:
            ExamAnalysisDialog(self.ctx, exam.id, self).exec()
