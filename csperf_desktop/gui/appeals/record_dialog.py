"""Recording an appeal (复核申请): the month, the person, the disputed events or the whole
score, the reason, the points asked for, and when it was received; the months open for appeal."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView

from ...monthly import appeals as appeals_service
from ...base import clock
from ...base.errors import Conflict, CsperfError
from ...store.models import MonthlyResult, Period, Staff
from ...base.months import Month
from ..shell import i18n
from .appeal_models import EventPickModel
from ..forms.ui_record_appeal_dialog import Ui_RecordAppealDialog
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
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
        self.ui = u = Ui_RecordAppealDialog()
        u.setupUi(self)
        self.month, self.staff, self.events_radio, self.whole_radio = u.month, u.staff, u.events_radio, u.whole_radio
        self.category, self.reason, self.received, self.window_note = u.category, u.reason, u.received, u.window_note
        self.late_reason, self.late_label, self.message = u.late_reason, u.late_label, u.message
        months = open_for_appeal()
        for m in months:
            self.month.addItem(i18n.month_label(m), m.key)
        if month is not None and self.month.findData(month.key) >= 0:
            self.month.setCurrentIndex(self.month.findData(month.key))
        self.staff.lineEdit().setPlaceholderText(self.tr("No. or name"))
        self.events_model = EventPickModel(self)
        self.events = list_table(u.events)
        self.events.setModel(self.events_model)
        self.events.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.events.horizontalHeader().setSectionResizeMode(EventPickModel.ITEM, QHeaderView.Stretch)
        for col, width in ((EventPickModel.PICK, 76), (EventPickModel.DATE, 84), (EventPickModel.CODE, 44),
                           (EventPickModel.POINTS, 48), (EventPickModel.PROPOSED, 64), (EventPickModel.NOTE, 150)):
            self.events.setColumnWidth(col, width)
        for code in appeals_service.CATEGORIES:
            self.category.addItem(i18n.label(appeals_service.CATEGORIES, code), code)
        now = clock.to_local(clock.now_utc())
        self.received.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.save_button = u.buttons.addButton(self.tr("&Record appeal"), QDialogButtonBox.AcceptRole)
        self.save_button.setDefault(True)
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        u.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
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
