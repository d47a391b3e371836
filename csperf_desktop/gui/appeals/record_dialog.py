"""Recording an appeal (复核申请): the month, the person, the disputed events or the whole
score, the reason, the points asked for, and when it was received; the months open for appeal."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QTableView,
    QVBoxLayout,
)

from ...monthly import appeals as appeals_service
from ...base import clock
from ...base.errors import Conflict, CsperfError
from ...store.models import MonthlyResult, Period, Staff
from ...base.months import Month
from ..shell import i18n
from .appeal_models import EventPickModel
from ..widgets.field_errors import FieldErrors, message_label
from ..shell.operations import run_op
from ..widgets.pickers import TypeAheadCombo
from ..widgets.rows_model import list_table


def published_months() -> list[Month]:
    """Months with a published snapshot, newest first."""
    return [Month.parse(m) for (m,) in Period.select(Period.month).where(Period.revision > 0)
            .order_by(Period.month.desc()).tuples()]


def open_for_appeal() -> list[Month]:
    return [Month.parse(m) for (m,) in Period.select(Period.month).where(Period.status == "published")
            .order_by(Period.month.desc()).tuples()]



class RecordAppealDialog(QDialog):
    """Record one appeal; after the deadline the core refuses it, and an admin may accept it late with a reason."""

    def __init__(self, ctx, month: Month | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.saved = ctx, None
        self.accepting_late = False
        self.setWindowTitle(self.tr("Record an appeal"))
        self.month = QComboBox()
        months = open_for_appeal()
        for m in months:
            self.month.addItem(i18n.month_label(m), m.key)
        if month is not None and self.month.findData(month.key) >= 0:
            self.month.setCurrentIndex(self.month.findData(month.key))
        self.staff = TypeAheadCombo()
        self.staff.lineEdit().setPlaceholderText(self.tr("No. or name"))
        self.events_radio = QRadioButton(self.tr("Particular events"))
        self.whole_radio = QRadioButton(self.tr("The whole score"))
        self.events_radio.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.events_radio)
        scope.addButton(self.whole_radio)
        self.events_model = EventPickModel(self)
        self.events = list_table(QTableView())
        self.events.setModel(self.events_model)
        self.events.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.events.horizontalHeader().setSectionResizeMode(EventPickModel.ITEM, QHeaderView.Stretch)
        for col, width in ((EventPickModel.PICK, 76), (EventPickModel.DATE, 84), (EventPickModel.CODE, 44),
                           (EventPickModel.POINTS, 48), (EventPickModel.PROPOSED, 64), (EventPickModel.NOTE, 150)):
            self.events.setColumnWidth(col, width)
        self.events.setMinimumHeight(160)
        self.category = QComboBox()
        for code in appeals_service.CATEGORIES:
            self.category.addItem(i18n.label(appeals_service.CATEGORIES, code), code)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("In the person's words: what is wrong and why"))
        self.reason.setFixedHeight(64)
        self.received = QDateTimeEdit(calendarPopup=True)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = clock.to_local(clock.now_utc())
        self.received.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.window_note = QLabel()
        self.window_note.setWordWrap(True)
        self.late_reason = QLineEdit(placeholderText=self.tr("Why the late appeal is accepted"))
        self.late_reason.setMaxLength(500)
        self.late_label = QLabel(self.tr("Accept late, &reason:"))
        self.late_label.setBuddy(self.late_reason)
        self.message = message_label()

        form = QFormLayout()
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow(self.tr("&Person:"), self.staff)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.events_radio)
        scope_row.addWidget(self.whole_radio)
        scope_row.addStretch(1)
        form.addRow(self.tr("Disputes:"), scope_row)
        form.addRow(self.events)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("R&eason:"), self.reason)
        recv = QHBoxLayout()
        recv.addWidget(self.received)
        recv.addWidget(self.window_note, 1)
        form.addRow(self.tr("Received &at:"), recv)
        form.labelForField(recv).setBuddy(self.received)
        form.addRow(self.late_label, self.late_reason)
        self.late_label.hide()
        self.late_reason.hide()
        self.save_button = QPushButton(self.tr("&Record appeal"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.errors = FieldErrors({
            "month": (self.month, self.message), "staff": (self.staff, self.message),
            "events": (self.events, self.message), "proposed_points": (self.events, self.message),
            "reason": (self.reason, self.message), "category": (self.category, self.message),
            "received_at": (self.received, self.message), "late_reason": (self.late_reason, self.message),
        }, self.message)

        self.month.currentIndexChanged.connect(self.month_chosen)
        self.staff.currentIndexChanged.connect(self.staff_chosen)
        self.staff.lineEdit().editingFinished.connect(self._commit_staff)
        self.whole_radio.toggled.connect(lambda on: self.events_model.set_enabled(not on))
        if not months:
            self.message.setText(self.tr("No month is published and open for appeals."))
            self.save_button.setEnabled(False)
        self.month_chosen()
        self.resize(760, 640)

    def current_month(self) -> Month | None:
        key = self.month.currentData()
        return Month.parse(key) if key else None

    def month_chosen(self, *_):
        month = self.current_month()
        if month is None:
            return
        period = Period.get(Period.month == month.key)
        people = (Staff.select().join(MonthlyResult, on=(MonthlyResult.staff == Staff.id))
                  .where((MonthlyResult.month == month.key) & (MonthlyResult.revision == period.revision))
                  .order_by(Staff.employee_no))
        self.staff.set_items([(s.employee_no, s.name, s.id) for s in people])
        w = appeals_service.window(month)
        self.window_note.setText(window_text(w, month))
        self.staff_chosen()

    def _commit_staff(self) -> None:
        self.staff.commit_text()
        self.staff_chosen()

    def staff_chosen(self, *_):
        month = self.current_month()
        if month is not None:
            self.events_model.load(self.staff.current_id(), month)

    def values(self) -> dict:
        q = self.received.dateTime()
        d, t = q.date(), q.time()
        picked = [] if self.whole_radio.isChecked() else self.events_model.checked()
        return {
            "events": [r.id for r in picked],
            "proposed_points": {r.id: r.proposed for r in picked if r.proposed},
            "reason": self.reason.toPlainText(), "category": self.category.currentData(),
            "received_at": _dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
        }

    def save(self) -> None:
        self.errors.clear()
        self.staff.commit_text()
        month = self.current_month()
        staff_id = self.staff.current_id()
        if staff_id is None:
            self.message.setText(self.tr("Choose the person: type an employee no. or a name."))
            self.staff.setFocus()
            return
        v = self.values()
        if self.events_radio.isChecked() and not v["events"]:
            self.message.setText(self.tr("Tick the disputed events, or choose “The whole score”."))
            return
        late = self.late_reason.text() if self.accepting_late else None
        op = run_op(self.ctx, self, appeals_service.record_appeal, month, staff_id, v["events"], v["reason"],
                    v["category"], proposed_points=v["proposed_points"], received_at=v["received_at"],
                    late_reason=late, what="appeals", on_error=self.show_error)
        if op.error is None:
            self.saved = op.result
            self.accept()

    def show_error(self, exc: CsperfError) -> bool:
        self.errors.show(exc)
        # Only lateness is a Conflict on the receipt time (a time in the future is a ValidationError).
        late = isinstance(exc, Conflict) and exc.field == "received_at"
        if late and self.ctx.can("late_appeal") and not self.accepting_late:
            self.accepting_late = True
            self.late_label.show()
            self.late_reason.show()
            self.save_button.setText(self.tr("&Accept late"))
            self.message.setText(exc.message + "\n" + self.tr(
                "As an administrator you may accept it: type the reason and press Accept late."))
            self.late_reason.setFocus()
        return True



def window_text(w, month: Month) -> str:
    """The appeal window of a month in words, with the time left while it is open."""
    label = i18n.month_label(month)
    if not w.published or w.deadline is None:
        return QCoreApplication.translate("AppealWindow", "{month} is not published yet.").format(month=label)
    when = i18n.fmt_time(w.deadline)
    if not w.is_open:
        return QCoreApplication.translate("AppealWindow", "Appeals for {month} closed at {deadline}.").format(
            month=label, deadline=when)
    minutes = int(w.remaining.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        left = QCoreApplication.translate("AppealWindow", "{d} d {h} h").format(d=days, h=hours)
    else:
        left = QCoreApplication.translate("AppealWindow", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("AppealWindow", "Appeals for {month} close at {deadline} ({left} left).").format(
        month=label, deadline=when, left=left)
