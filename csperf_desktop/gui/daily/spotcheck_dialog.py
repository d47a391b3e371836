"""Random spot checks (随机抽查): the form for one conversation or ticket, and
the month's view (spot checks per person, pass rate per checklist item).

The form is the service code as a checklist — 三要, 三不, 四个一样, accuracy,
record — each item pass or fail with a note. A failed item shows the
deduction it proposes; after saving, the supervisor confirms the proposed
deductions (QA may record checks but not confirm points).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QWidget)

from ...base import clock
from ...base.text import ratio_pct
from ...monthly import spotchecks as spot_service
from ...store.models import Rule, Staff
from ...base.months import Month
from ...monthly.proposals import confirm as confirm_proposals
from ...monthly.proposals import dismiss as dismiss_proposals
from ...monthly.proposals import pending_deductions
from ...monthly.standings import employed_in
from ..forms.ui_checklist_dialog import Ui_ChecklistDialog
from ..forms.ui_checklist_item_dialog import Ui_ChecklistItemDialog
from ..forms.ui_spotcheck_dialog import Ui_SpotCheckDialog
from ..forms.ui_spotcheck_month_dialog import Ui_SpotCheckMonthDialog
from ..shell import i18n, messages
from ..exams.exam_models import can_confirm, confirm_reason
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
from ..widgets.rows_model import BONUS_COLOR, DEDUCTION_COLOR, VOIDED_COLOR, RowRole, RowsModel

FAIL_STYLE = "color: #c0392b;"


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ChecklistLine:
    """The widgets of one checklist item: pass / fail, a note, the deduction a failure proposes."""

    def __init__(self, dialog, item, rule: Rule | None):
        self.item, self.rule = item, rule
        self.pass_button = QRadioButton(QCoreApplication.translate("SpotCheckDialog", "Pass"))
        self.fail_button = QRadioButton(QCoreApplication.translate("SpotCheckDialog", "Fail"))
        self.group = QButtonGroup(dialog)
        self.group.addButton(self.pass_button)
        self.group.addButton(self.fail_button)
        self.pass_button.setChecked(True)
        self.note = QLineEdit(placeholderText=QCoreApplication.translate("SpotCheckDialog", "What was wrong"))
        self.note.setMaxLength(500)
        self.deduction = QLabel()
        self.deduction.setStyleSheet(FAIL_STYLE)
        self.text = QLabel(item.text)
        if rule is not None:
            self.proposal = QCoreApplication.translate("SpotCheckDialog", "proposes {code} −{points}").format(code=rule.code, points=rule.default_points)
            self.deduction.setToolTip(f"{rule.code} {rule.name}")
        else:
            self.proposal = QCoreApplication.translate("SpotCheckDialog", "no deduction")
        self.fail_button.toggled.connect(self.refresh)
        self.refresh()

    @property
    def failed(self) -> bool:
        return self.fail_button.isChecked()

    def refresh(self, *_):
        self.deduction.setText(self.proposal if self.failed else "")
        self.text.setStyleSheet(FAIL_STYLE if self.failed else "")

    def widgets(self):
        return (self.pass_button, self.fail_button, self.note)


class SpotCheckDialog(QDialog):
    """Record one spot check, then confirm the deductions it proposes."""

    def __init__(self, ctx, parent=None, staff_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.check = None
        self.proposals: list = []
        self.ui = Ui_SpotCheckDialog()
        self.ui.setupUi(self)
        u = self.ui
        month = ctx.month

        self.staff = u.staff
        self.staff.lineEdit().setPlaceholderText(self.tr("No. or name"))
        people = (Staff.select().where(employed_in(month) & (Staff.active | Staff.leave_date.is_null(False)))
                  .order_by(Staff.employee_no))
        self.staff.set_items([(s.employee_no, s.name, s.id) for s in people])
        self.staff.select_id(staff_id)
        self.date = u.date
        today = clock.today()
        last = max(month.first_day, min(month.last_day, today))
        self.date.setDateRange(_qdate(month.first_day), _qdate(last))
        self.date.setDate(_qdate(last))
        self.reference = u.reference
        self.channel = u.channel
        for code in spot_service.CHANNELS:
            self.channel.addItem(i18n.label(spot_service.CHANNELS, code), code)
        self.checked_by = u.checkedBy
        self.checked_by.setText(ctx.actor.label)

        # -- the checklist: one row per item, below the form's headings
        rules = {r.code: r for r in Rule.select().where(Rule.kind == "deduction")}
        self.lines: list[ChecklistLine] = []
        grid = u.checklistGrid
        last_section = None
        for row, item in enumerate(spot_service.checklist(), start=1):
            line = ChecklistLine(self, item, rules.get(item.rule_code) if item.rule_code else None)
            self.lines.append(line)
            if item.section != last_section:
                sec = QLabel(i18n.label(spot_service.SECTIONS, item.section))
                sec.setStyleSheet("font-weight: bold;")
                grid.addWidget(sec, row, 0)
                last_section = item.section
            grid.addWidget(line.text, row, 1)
            grid.addWidget(line.pass_button, row, 2)
            grid.addWidget(line.fail_button, row, 3)
            grid.addWidget(line.note, row, 4)
            grid.addWidget(line.deduction, row, 5)
        grid.setRowStretch(len(self.lines) + 1, 1)  # rows stay together at the top
        previous = u.scroll  # Tab walks the rows in order, between the head and the remark
        for w in (w for line in self.lines for w in line.widgets()):
            QWidget.setTabOrder(previous, w)
            previous = w
        self.checklist_box = u.checklistBox

        self.note = u.note
        self.message = u.entryMessage
        self.errors = FieldErrors({
            "staff": (self.staff, self.message), "date": (self.date, self.message),
            "reference": (self.reference, self.message), "channel": (self.channel, self.message),
            "checked_by": (self.checked_by, self.message), "note": (self.note, self.message),
        }, self.message)

        # -- after saving: the proposed deductions
        self.proposals_box = u.proposalsBox
        self.proposals_text = u.proposalsText
        self.confirm_button = u.confirmButton
        self.dismiss_button = u.dismissButton

        # Custom buttons, which a form's button box cannot hold: the box is built here.
        self.save_button = QPushButton(self.tr("&Save check"))
        self.save_button.setDefault(True)
        self.next_button = QPushButton(self.tr("&Next check"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.RejectRole)
        u.layout.addWidget(buttons)
        self.next_button.hide()  # after the first save
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.next_check)
        self.close_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm)
        self.dismiss_button.clicked.connect(self.dismiss)

        self.lock_banner = u.lockBanner
        reason = ctx.lock_reason(month) or ctx.permission_reason("spot_check")
        self.lock_banner.setText(reason or "")
        self.lock_banner.setVisible(reason is not None)
        self.inputs = [self.staff, self.date, self.reference, self.channel, self.checked_by, self.note,
                       self.save_button] + [w for line in self.lines for w in line.widgets()]
        self.set_editable(reason is None, reason)

    def set_editable(self, on: bool, reason: str | None = None) -> None:
        for w in self.inputs:
            w.setEnabled(on)
            w.setToolTip(reason or "")

    def results(self) -> dict:
        return {line.item.id: (not line.failed, line.note.text()) for line in self.lines}

    def save(self) -> None:
        self.errors.clear()
        self.staff.commit_text()
        staff_id = self.staff.current_id()
        if staff_id is None:
            self.errors.show(_field_error(self.tr("Choose the person: type an employee no. or a name."), "staff"))
            return
        missing = [line.item.text for line in self.lines if line.failed and not line.note.text().strip()]
        if missing:
            line = next(x for x in self.lines if x.failed and not x.note.text().strip())
            self.message.setText(self.tr("Say what was wrong for a failed item: {item}.").format(item=missing[0]))
            line.note.setFocus()
            return
        d = self.date.date()
        op = run_op(self.ctx, self, spot_service.record_spot_check, staff_id, _dt.date(d.year(), d.month(), d.day()),
                    self.reference.text(), self.channel.currentData(), self.checked_by.text(), self.results(),
                    self.note.text(), what="spotchecks", on_error=self.errors.show)
        if op.error is not None:
            return
        self.check = op.result
        self.set_editable(False, self.tr("Saved. Use Next check for another one."))
        self.next_button.show()
        self.show_proposals()

    def show_proposals(self) -> None:
        month = Month.parse(self.check.month)
        prefix = f"{spot_service.SOURCE_PREFIX}{self.check.id}:"
        self.proposals = [p for p in pending_deductions(month) if p.source.startswith(prefix)]
        failed = [line for line in self.lines if line.failed]
        if not failed:
            self.message.setStyleSheet("color: #1b7a35;")
            self.message.setText(self.tr("Saved: every item passed."))
            self.proposals_box.hide()
            return
        self.message.setStyleSheet("color: #1b7a35;")
        self.message.setText(self.tr("Saved: {n} item(s) failed.").format(n=len(failed)))
        self.proposals_box.show()
        if not self.proposals:
            self.proposals_text.setText(self.tr("No deduction to confirm (the failed items have no linked rule, "
                                                "or it is already recorded)."))
            self.confirm_button.setEnabled(False)
            self.dismiss_button.setEnabled(False)
            return
        self.proposals_text.setText("<br>".join(
            f"<span style='color:#c0392b'><b>{p.rule_code} −{p.points}</b></span> {p.name} · {p.reason}"
            for p in self.proposals))
        why = self.ctx.lock_reason(month) or confirm_reason(self.ctx)
        for b in (self.confirm_button, self.dismiss_button):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        if why is not None and can_confirm(self.ctx) is False:
            self.proposals_text.setText(self.proposals_text.text() + "<br><i>" + self.tr(
                "A supervisor confirms these in the Exams tab (proposed points) or in the month's spot checks.")
                + "</i>")

    def confirm(self) -> None:
        if not self.proposals:
            return
        month = Month.parse(self.check.month)
        op = run_op(self.ctx, self, confirm_proposals, self.proposals, month, what="events")
        if op.error is None:
            recorded = op.result
            self.proposals_text.setText(self.tr("Recorded: {items}.").format(
                items="、".join(f"{e.rule_code} {e.points}" for e in recorded) or "—"))
            self.proposals = []
            self.confirm_button.setEnabled(False)
            self.dismiss_button.setEnabled(False)

    def dismiss(self) -> None:
        if not self.proposals:
            return
        reason = ask_dismiss_reason(self, len(self.proposals))
        if reason is None:
            return
        op = run_op(self.ctx, self, dismiss_proposals, self.proposals, Month.parse(self.check.month), reason,
                    what="events")
        if op.error is None:
            self.proposals_text.setText(self.tr("Dismissed: {items}. Reason: {reason}").format(
                items="、".join(r.rule_code for r in op.result), reason=reason))
            self.proposals = []
            self.confirm_button.setEnabled(False)
            self.dismiss_button.setEnabled(False)

    def next_check(self) -> None:
        self.check, self.proposals = None, []
        for line in self.lines:
            line.pass_button.setChecked(True)
            line.note.clear()
        self.reference.clear()
        self.note.clear()
        self.message.clear()
        self.message.setStyleSheet("")
        self.proposals_box.hide()
        self.next_button.hide()
        reason = self.ctx.lock_reason(self.ctx.month) or self.ctx.permission_reason("spot_check")
        self.set_editable(reason is None, reason)
        self.reference.setFocus()


def _field_error(message: str, field: str):
    from ...base.errors import ValidationError

    return ValidationError(message, field=field)


# ---------------------------------------------------------------- the month's view

class AgentChecksModel(RowsModel):
    CONTEXT = "AgentChecksModel"
    NO, NAME, CHECKS, FAILED, RATE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("AgentChecksModel", "No."), QT_TRANSLATE_NOOP("AgentChecksModel", "Name"),
               QT_TRANSLATE_NOOP("AgentChecksModel", "Checks"),
               QT_TRANSLATE_NOOP("AgentChecksModel", "With failures"),
               QT_TRANSLATE_NOOP("AgentChecksModel", "Items passed"))

    def cell(self, a, column, role):
        if role == Qt.DisplayRole:
            return {self.NO: a.employee_no, self.NAME: a.name, self.CHECKS: str(a.checks),
                    self.FAILED: str(a.failed_checks), self.RATE: ratio_pct(a.pass_rate)}.get(column)
        if role == Qt.TextAlignmentRole and column >= self.CHECKS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == self.FAILED and a.failed_checks:
            return QBrush(DEDUCTION_COLOR)
        return None


class ItemStatsModel(RowsModel):
    CONTEXT = "ItemStatsModel"
    SECTION, TEXT, RULE, CHECKED, FAILED, RATE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ItemStatsModel", "Section"), QT_TRANSLATE_NOOP("ItemStatsModel", "Item"),
               QT_TRANSLATE_NOOP("ItemStatsModel", "Rule"), QT_TRANSLATE_NOOP("ItemStatsModel", "Checked"),
               QT_TRANSLATE_NOOP("ItemStatsModel", "Failed"), QT_TRANSLATE_NOOP("ItemStatsModel", "Pass rate"))

    def cell(self, s, column, role):
        if role == Qt.DisplayRole:
            return {self.SECTION: i18n.label(spot_service.SECTIONS, s.section), self.TEXT: s.text,
                    self.RULE: s.rule_code, self.CHECKED: str(s.checked), self.FAILED: str(s.failed),
                    self.RATE: ratio_pct(s.pass_rate)}.get(column)
        if role == Qt.TextAlignmentRole and column >= self.CHECKED:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == self.FAILED and s.failed:
            return QBrush(DEDUCTION_COLOR)
        return None


class ChecksModel(RowsModel):
    CONTEXT = "ChecksModel"
    DATE, NO, NAME, REFERENCE, CHANNEL, BY, RESULT = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ChecksModel", "Date"), QT_TRANSLATE_NOOP("ChecksModel", "No."),
               QT_TRANSLATE_NOOP("ChecksModel", "Name"), QT_TRANSLATE_NOOP("ChecksModel", "Reference"),
               QT_TRANSLATE_NOOP("ChecksModel", "Channel"), QT_TRANSLATE_NOOP("ChecksModel", "Checked by"),
               QT_TRANSLATE_NOOP("ChecksModel", "Result"))

    def set_checks(self, checks) -> None:
        self.failed = {c.id: [r.text + (f"（{r.note}）" if r.note else "") for r in c.results if not r.passed]
                       for c in checks}
        self.set_rows(checks)

    def result_text(self, c) -> str:
        if c.voided:
            return QCoreApplication.translate("ChecksModel", "Voided: {reason}").format(reason=c.void_reason or "")
        failed = self.failed.get(c.id, [])
        if not failed:
            return QCoreApplication.translate("ChecksModel", "All passed")
        return QCoreApplication.translate("ChecksModel", "Failed: {items}").format(items="；".join(failed))

    def cell(self, c, column, role):
        if role == Qt.DisplayRole:
            return {self.DATE: c.date.isoformat(), self.NO: c.staff.employee_no, self.NAME: c.staff.name,
                    self.REFERENCE: c.reference, self.CHANNEL: i18n.label(spot_service.CHANNELS, c.channel),
                    self.BY: c.checked_by, self.RESULT: self.result_text(c)}.get(column)
        if role == Qt.ForegroundRole:
            if c.voided:
                return QBrush(VOIDED_COLOR)
            if column == self.RESULT:
                return QBrush(DEDUCTION_COLOR if self.failed.get(c.id) else BONUS_COLOR)
        if role == Qt.ToolTipRole and column == self.RESULT:
            return self.result_text(c)
        return None


class ChecklistModel(RowsModel):
    CONTEXT = "ChecklistModel"
    SECTION, TEXT, RULE, STATUS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("ChecklistModel", "Section"), QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Deduction if failed"), QT_TRANSLATE_NOOP("ChecklistModel", "Status"))

    def cell(self, i, column, role):
        if role == Qt.DisplayRole:
            return {self.SECTION: i18n.label(spot_service.SECTIONS, i.section), self.TEXT: i.text,
                    self.RULE: i.rule_code or "—",
                    self.STATUS: (QCoreApplication.translate("ChecklistModel", "In use") if i.active
                                  else QCoreApplication.translate("ChecklistModel", "Disabled"))}.get(column)
        if role == Qt.ForegroundRole and not i.active:
            return QBrush(VOIDED_COLOR)
        return None


class ChecklistItemDialog(QDialog):
    """Add or edit one line of the spot-check form."""

    def __init__(self, ctx, item=None, parent=None):
        super().__init__(parent)
        self.ctx, self.item = ctx, item
        self.ui = Ui_ChecklistItemDialog()
        self.ui.setupUi(self)
        u = self.ui
        self.setWindowTitle(self.tr("Edit checklist item") if item else self.tr("Add checklist item"))
        self.section = u.section
        for code in spot_service.SECTIONS:
            self.section.addItem(i18n.label(spot_service.SECTIONS, code), code)
        self.text = u.text
        self.rule = u.rule
        self.rule.addItem(self.tr("No deduction"), "")
        for r in Rule.select().where((Rule.kind == "deduction") & (Rule.active == True)).order_by(Rule.code):  # noqa: E712
            self.rule.addItem(f"{r.code}  {r.name}", r.code)
        self.active = u.active
        self.message = u.entryMessage
        u.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Save"))
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        u.buttons.accepted.connect(self.save)
        u.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors({"section": (self.section, self.message), "text": (self.text, self.message),
                                   "rule_code": (self.rule, self.message)}, self.message)
        if item is not None:
            self.section.setCurrentIndex(max(0, self.section.findData(item.section)))
            self.text.setText(item.text)
            self.rule.setCurrentIndex(max(0, self.rule.findData(item.rule_code)))
            self.active.setChecked(item.active)
        else:
            self.active.hide()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.errors.clear()
        if self.item is None:
            op = run_op(self.ctx, self, spot_service.add_checklist_item, self.section.currentData(), self.text.text(),
                        self.rule.currentData(), what="rules", on_error=self.errors.show)
        else:
            op = run_op(self.ctx, self, spot_service.update_checklist_item, self.item.id,
                        section=self.section.currentData(), text=self.text.text(), rule_code=self.rule.currentData(),
                        active=self.active.isChecked(), what="rules", on_error=self.errors.show)
        if op.error is None:
            self.accept()


class ChecklistDialog(QDialog):
    """The spot-check form's items and the deduction each proposes; past checks keep their own copy."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ChecklistDialog()
        self.ui.setupUi(self)
        self.model = ChecklistModel(self)
        self.view = self.ui.view
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(ChecklistModel.TEXT, QHeaderView.Stretch)
        for col, w in ((ChecklistModel.SECTION, 90), (ChecklistModel.RULE, 120), (ChecklistModel.STATUS, 70)):
            self.view.setColumnWidth(col, w)
        self.view.doubleClicked.connect(self.edit_item)
        self.add_button = self.ui.addButton
        self.edit_button = self.ui.editButton
        why = ctx.permission_reason("edit_rules")
        for b in (self.add_button, self.edit_button):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.ui.closeButton.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        self.model.set_rows(spot_service.checklist(active_only=False))

    def add_item(self) -> None:
        if ChecklistItemDialog(self.ctx, None, self).exec() == QDialog.Accepted:
            self.load()

    def edit_item(self, *_):
        rows = self.view.selectionModel().selectedRows()
        if not rows or not self.edit_button.isEnabled():
            return
        if ChecklistItemDialog(self.ctx, self.model.row_at(rows[0].row()), self).exec() == QDialog.Accepted:
            self.load()


class SpotCheckMonthDialog(QDialog):
    """The month's spot checks: per person, pass rate per checklist item, and the list of checks."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SpotCheckMonthDialog()
        self.ui.setupUi(self)
        u = self.ui
        self.setWindowTitle(self.tr("Spot checks — {month}").format(month=i18n.month_label(ctx.month)))
        self.summary = u.summary
        self.new_button = u.newButton
        self.void_button = u.voidButton
        self.confirm_button = u.confirmButton
        self.dismiss_button = u.dismissButton
        self.checklist_button = u.checklistButton

        self.agents_model = AgentChecksModel(self)
        self.items_model = ItemStatsModel(self)
        self.checks_model = ChecksModel(self)
        self.agents, self.items, self.checks = u.agents, u.items, u.checks
        for view, model, stretch, widths in (
                (self.agents, self.agents_model, AgentChecksModel.NAME, (58, 64, 70, 84, 84)),
                (self.items, self.items_model, ItemStatsModel.TEXT, (70, 160, 70, 56, 56, 64)),
                (self.checks, self.checks_model, ChecksModel.RESULT, (84, 58, 64, 120, 76, 110))):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
            for col, w in enumerate(widths):
                view.setColumnWidth(col, w)
        u.top.setSizes([400, 560])
        u.split.setSizes([330, 260])
        u.close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        u.close.rejected.connect(self.reject)

        self.new_button.clicked.connect(self.new_check)
        self.void_button.clicked.connect(self.void_selected)
        self.confirm_button.clicked.connect(self.confirm_pending)
        self.dismiss_button.clicked.connect(self.dismiss_pending)
        self.checklist_button.clicked.connect(lambda: ChecklistDialog(self.ctx, self).exec())
        # Do the graders score alike? The calibration sessions, one click from the month's checks.
        self.calibration_button = QPushButton(self.tr("C&alibration…"), self)
        self.calibration_button.setObjectName("calibrationButton")
        self.calibration_button.setToolTip(self.tr("Calibration sessions: several graders score the same "
                                                   "conversations on their own, then see how far they agree."))
        u.bar.insertWidget(u.bar.indexOf(self.checklist_button), self.calibration_button)
        self.calibration_button.clicked.connect(self.open_calibration)
        self.checks.selectionModel().selectionChanged.connect(self.update_buttons)
        ctx.changed.connect(self.on_changed)
        self.load()

    def open_calibration(self) -> None:
        from ..calibration.calibration_window import open_calibration

        open_calibration(self.ctx, self)

    def on_changed(self, what: str) -> None:
        if what in ("spotchecks", "events", "period", "database", "rules"):
            self.load()

    def load(self) -> None:
        month = self.ctx.month
        s = spot_service.month_summary(month)
        self.agents_model.set_rows(s.agents)
        self.items_model.set_rows(s.items)
        for col in (ItemStatsModel.SECTION, ItemStatsModel.RULE):  # section names are long in English
            self.items.resizeColumnToContents(col)
        self.checks_model.set_checks(spot_service.month_checks(month))
        items = sum(a.items for a in s.agents)
        failed = sum(a.failed_items for a in s.agents)
        rate = None if not items else (items - failed) / items
        self.summary.setText(self.tr("{month}: {checks} checks of {people} people; {rate} of checked items passed.")
                             .format(month=i18n.month_label(month), checks=s.checks, people=len(s.agents),
                                     rate=ratio_pct(rate)))
        self.pending = pending_deductions(month)
        self.update_buttons()

    def selected_check(self):
        rows = self.checks.selectionModel().selectedRows()
        return self.checks_model.data(rows[0], RowRole) if rows else None

    def update_buttons(self, *_):
        lock = self.ctx.lock_reason(self.ctx.month)
        record_why = lock or self.ctx.permission_reason("spot_check")
        void_why = lock or self.ctx.permission_reason("void_event")
        confirm_why = lock or confirm_reason(self.ctx)
        c = self.selected_check()
        self.new_button.setEnabled(record_why is None)
        self.new_button.setToolTip(record_why or "")
        self.void_button.setEnabled(void_why is None and c is not None and not c.voided)
        self.void_button.setToolTip(void_why or "")
        self.confirm_button.setText(self.tr("Confirm proposed deductions ({n})").format(n=len(self.pending)))
        self.confirm_button.setEnabled(confirm_why is None and bool(self.pending))
        self.confirm_button.setToolTip(confirm_why or "")
        self.dismiss_button.setText(self.tr("Dismiss proposed deductions ({n})…").format(n=len(self.pending)))
        self.dismiss_button.setEnabled(confirm_why is None and bool(self.pending))
        self.dismiss_button.setToolTip(confirm_why or "")

    def new_check(self) -> None:
        SpotCheckDialog(self.ctx, self).exec()

    def void_selected(self) -> None:
        c = self.selected_check()
        if c is None or c.voided:
            return
        reason = messages.ask_text(self, self.tr("Void spot check"), self.tr(
            "Void the spot check of {name} on {date}? Deductions confirmed from it are voided too.\nReason:").format(
            name=c.staff.name, date=c.date.isoformat()))
        if reason is None:
            return
        run_op(self.ctx, self, spot_service.void_spot_check, c.id, reason, what="events")

    def confirm_pending(self) -> None:
        if self.pending:
            run_op(self.ctx, self, confirm_proposals, self.pending, self.ctx.month, what="events")

    def dismiss_pending(self) -> None:
        if self.pending:
            reason = ask_dismiss_reason(self, len(self.pending))
            if reason is not None:
                run_op(self.ctx, self, dismiss_proposals, self.pending, self.ctx.month, reason, what="events")


def ask_dismiss_reason(parent, n: int) -> str | None:
    """The reason for not recording ``n`` proposed deductions (None: cancelled)."""
    return messages.ask_text(parent, QCoreApplication.translate("SpotCheckDialog", "Dismiss deductions"),
                             QCoreApplication.translate(
                                 "SpotCheckDialog", "Why are these {n} proposed deductions not recorded? "
                                 "The reason is kept with the month.").format(n=n))
