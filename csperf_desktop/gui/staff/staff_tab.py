"""The Staff tab: the office's people, a search, and the selected person's month."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ...office import staff as staff_service
from ...base import vocab
from ...base.text import natural_key
from ...store.models import Staff
from ...monthly.standings import standings
from ..shell import i18n
from ..forms.ui_staff_dialog import Ui_StaffDialog
from ..forms.ui_staff_tab import Ui_StaffTab
from ..shell.operations import run_op
from ..widgets import table_tools
from ..widgets.record_dialog import RecordDialog
from ..widgets.rows_model import RowRole, SortRole
from .staff_models import StaffModel
from ..daily.daily_models import StandingsModel

ALL = "__all__"


class StaffFilter(QSortFilterProxyModel):
    """Search text (no., name, team, note) plus team, role and active filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.team = ALL
        self.role = ALL
        self.active = "active"
        self.setSortRole(SortRole)

    def set_filters(self, text: str, team: str, role: str, active: str) -> None:
        self.beginFilterChange()
        self.text, self.team, self.role, self.active = text.strip().lower(), team, role, active
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent) -> bool:
        s = self.sourceModel().row_at(row)
        if s is None:
            return False
        if self.active == "active" and not s.active or self.active == "left" and s.active:
            return False
        if self.team != ALL and s.team != self.team:
            return False
        if self.role != ALL and s.role != self.role:
            return False
        if self.text:
            hay = f"{s.employee_no} {s.name} {s.team} {s.note}".lower()
            return self.text in hay
        return True


class StaffDialog(RecordDialog):
    """Add or edit one person; the core validates, errors appear beside the field."""

    ADD = staticmethod(staff_service.add_staff)
    UPDATE = staticmethod(staff_service.update_staff)
    WHAT = "staff"

    def __init__(self, ctx, person: Staff | None = None, parent=None):
        super().__init__(ctx, person, parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit staff member") if person else self.tr("Add staff member"))
        for code in vocab.STAFF_ROLES:
            self.ui.roleEdit.addItem(i18n.label(vocab.STAFF_ROLES, code), code)
        teams = sorted({t for (t,) in Staff.select(Staff.team).distinct().tuples() if t}, key=natural_key)
        self.ui.teamEdit.addItems(teams)
        self.ui.teamEdit.setCurrentText("")
        self.ui.noteEdit.setPlaceholderText(self.tr("optional"))
        if person is not None:
            self.ui.employee_noEdit.setText(person.employee_no)
            self.ui.nameEdit.setText(person.name)
            self.ui.roleEdit.setCurrentIndex(max(0, self.ui.roleEdit.findData(person.role)))
            self.ui.teamEdit.setCurrentText(person.team)
            self.ui.hire_dateEdit.setText(person.hire_date.isoformat() if person.hire_date else "")
            self.ui.leave_dateEdit.setText(person.leave_date.isoformat() if person.leave_date else "")
            self.ui.noteEdit.setText(person.note)
        self.finish_form(staff_service.FIELDS, 780)

    def values(self) -> dict:
        u = self.ui
        return {
            "employee_no": u.employee_noEdit.text(), "name": u.nameEdit.text(),
            "role": u.roleEdit.currentData(), "team": u.teamEdit.currentText(),
            "hire_date": u.hire_dateEdit.text(), "leave_date": u.leave_dateEdit.text(), "note": u.noteEdit.text(),
        }


class StaffTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._standings: dict | None = None
        self.model = StaffModel(self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)

        self.ui = Ui_StaffTab()
        self.ui.setupUi(self)
        u = self.ui
        self.search = u.search
        self.team_filter = u.teamFilter
        self.role_filter = u.roleFilter
        self.role_filter.addItem(self.tr("All roles"), ALL)
        for code in vocab.STAFF_ROLES:
            self.role_filter.addItem(i18n.label(vocab.STAFF_ROLES, code), code)
        self.active_filter = u.activeFilter
        self.active_filter.addItem(self.tr("Active"), "active")
        self.active_filter.addItem(self.tr("Left"), "left")
        self.active_filter.addItem(self.tr("Everyone"), ALL)
        self.add_button = u.addButton
        self.edit_button = u.editButton
        self.deactivate_button = u.deactivateButton
        self.reactivate_button = u.reactivateButton
        self.delete_button = u.deleteButton

        self.table = u.table
        self.table.setModel(self.proxy)
        self.table.sortByColumn(StaffModel.NO, Qt.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(StaffModel.NOTE, QHeaderView.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        table_tools.install(self.table, name="staff",
                            row_actions=lambda: [self.edit_action, self.deactivate_action])
        # An empty office says how to begin, with the buttons to do it.
        self.add_action = QAction(self.tr("&Add a person…"), self)
        self.add_action.triggered.connect(self.add_person)
        self.import_action = QAction(self.tr("&Import a roster from Excel…"), self)
        self.import_action.triggered.connect(self.import_roster)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.deactivate_action = QAction(self.tr("Mark as &left…"), self)
        self.deactivate_action.triggered.connect(self.deactivate_selected)
        table_tools.empty_state(self.table, self.empty_text, [self.add_action, self.import_action])

        self.summary_box = u.summaryBox
        self.summary_name = u.summaryName
        self.summary_month = u.summaryMonth
        self.summary_score = u.summaryScore
        self.summary_rank = u.summaryRank
        self.summary_bonus = u.summaryBonus
        self.summary_deduction = u.summaryDeduction
        self.summary_marks = u.summaryMarks

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.team_filter, self.role_filter, self.active_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for col, width in ((StaffModel.NO, 76), (StaffModel.NAME, 80), (StaffModel.ROLE, 90),
                           (StaffModel.TEAM, 70), (StaffModel.HIRED, 96), (StaffModel.LEFT, 96),
                           (StaffModel.STATUS, 64)):
            self.table.setColumnWidth(col, width)
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(lambda _m: self.refresh_summary(reload=True))
        # Loaded when first shown (and again after a change while hidden): a quicker start.
        self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- loading
    def reload(self) -> None:
        self._stale = False
        selected = self.selected()
        self.model.load()
        current_team = self.team_filter.currentData() or ALL
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), ALL)
        for team in sorted({s.team for s in self.model.rows if s.team}, key=natural_key):
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current_team)))
        self.team_filter.blockSignals(False)
        self.apply_filters()
        if selected is not None:
            self.select_id(selected.id)
        self.refresh_summary(reload=True)

    def on_changed(self, what: str) -> None:
        if what in ("staff", "database"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        elif what in ("events", "period", "settings"):
            self.refresh_summary(reload=True)
        elif what == "actor":
            self.update_buttons()

    def apply_filters(self) -> None:
        self.proxy.set_filters(self.search.text(), self.team_filter.currentData() or ALL,
                               self.role_filter.currentData() or ALL, self.active_filter.currentData() or ALL)
        self.update_buttons()

    # -- selection
    def selected(self) -> Staff | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], RowRole) if rows else None

    def select_id(self, staff_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), RowRole).id == staff_id:
                self.table.selectRow(row)
                return

    def selection_changed(self, *_):
        self.update_buttons()
        self.refresh_summary()

    def update_buttons(self) -> None:
        s = self.selected()
        allowed = self.ctx.can("manage_staff")
        reason = self.ctx.permission_reason("manage_staff") or ""
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed and s is not None)
        self.deactivate_button.setEnabled(allowed and s is not None and s.active)
        self.reactivate_button.setEnabled(allowed and s is not None and not s.active)
        self.delete_button.setEnabled(allowed and s is not None)
        for b in (self.add_button, self.edit_button, self.deactivate_button, self.reactivate_button,
                  self.delete_button):
            b.setToolTip(reason)
        for action, button in ((self.add_action, self.add_button), (self.import_action, self.add_button),
                               (self.edit_action, self.edit_button),
                               (self.deactivate_action, self.deactivate_button)):
            action.setEnabled(button.isEnabled())
            action.setToolTip(reason)

    def empty_text(self) -> str:
        if Staff.select().exists():
            # rows loaded but all filtered out; none loaded yet: say nothing until they are
            return self.tr("No one matches the filters above.") if self.model.rowCount() else ""
        return self.tr("No one is on the staff list yet. Add people one by one, or import the roster from an "
                       "Excel sheet (a template is under File → Save import template).")

    def import_roster(self) -> None:
        from ..excel import excel_dialogs

        excel_dialogs.import_file(self.ctx, self.window(), "staff")

    def refresh_summary(self, reload: bool = False) -> None:
        if reload:
            self._standings = None
        s = self.selected()
        self.summary_month.setText(i18n.month_label(self.ctx.month))
        labels = (self.summary_name, self.summary_score, self.summary_rank, self.summary_bonus,
                  self.summary_deduction, self.summary_marks)
        if s is None:
            for lbl in labels:
                lbl.setText("—")
            return
        if self._standings is None:
            self._standings = {r.staff_id: r for r in standings(self.ctx.month)}
        self.summary_name.setText(f"{s.name}（{s.employee_no}）" if i18n.is_chinese() else f"{s.name} ({s.employee_no})")
        r = self._standings.get(s.id)
        if r is None:
            for lbl in labels[1:]:
                lbl.setText("—")
            self.summary_marks.setText(self.tr("Not employed in this month."))
            return
        self.summary_score.setText(f"<b>{r.final}</b>")
        self.summary_rank.setText(self.tr("{rank} of {count}").format(rank=r.rank, count=r.ranked_count)
                                  if r.ranked else self.tr("Not ranked"))
        self.summary_bonus.setText(f"<span style='color:#1b7a35'>+{r.bonus}</span>")
        self.summary_deduction.setText(f"<span style='color:#c0392b'>−{r.deduction}</span>")
        self.summary_marks.setText(StandingsModel.marks(r) or "—")

    # -- actions
    def add_person(self) -> None:
        dialog = StaffDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.select_id(dialog.saved.id)

    def edit_selected(self, *_):
        s = self.selected()
        if s is None or not self.ctx.can("manage_staff"):
            return
        dialog = StaffDialog(self.ctx, Staff.get_by_id(s.id), self)
        dialog.exec()

    def deactivate_selected(self) -> None:
        from ..shell import messages

        s = self.selected()
        if s is None:
            return
        day = messages.ask_text(self, self.tr("Deactivate"), self.tr(
            "{name} leaves the office; the history is kept.\nLeave date (YYYY-MM-DD, empty = today):").format(
            name=s.name), "")
        if day is None:
            return
        run_op(self.ctx, self, staff_service.deactivate_staff, s.id, day or None, what="staff")

    def reactivate_selected(self) -> None:
        s = self.selected()
        if s is not None:
            run_op(self.ctx, self, staff_service.reactivate_staff, s.id, what="staff")

    def delete_selected(self) -> None:
        from ..shell import messages

        s = self.selected()
        if s is None:
            return
        if staff_service.has_history(s):
            messages.info(self, self.tr(
                "{name} already has scoring history, so the record cannot be deleted. "
                "Use Deactivate instead: past months stay intact.").format(name=s.name))
            return
        if messages.confirm(self, self.tr("Delete"), self.tr(
                "Delete {name} ({no})? Nothing has been recorded for this person.").format(
                name=s.name, no=s.employee_no), self.tr("Delete")):
            run_op(self.ctx, self, staff_service.delete_staff, s.id, what="staff")
