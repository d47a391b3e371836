"""The Appeals tab (复核申诉): re-check requests against a published month.

Record an appeal (the disputed events or the whole score, the reason, the
points asked for, when it was received); decide it (upheld, partly upheld
item by item, rejected with a reason, withdrawn) — an upheld decision
re-issues the month as a new revision; the list with its filters, the
countdown to the appeal deadline, one person's history, and the
supervisor's self-check report.
"""

from __future__ import annotations

import datetime as _dt
import html

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDateTimeEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSpinBox,
                               QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

from ...monthly import appeals as appeals_service
from ...base import clock
from ...base.errors import Conflict, CsperfError
from ...store.models import MonthlyResult, Period, Rule, ScoreEvent, Staff
from ...base.months import Month
from ..shell import i18n
from .appeal_models import AppealsModel, EventPickModel, disputed_text, local_time_text, score_change
from ..widgets.field_errors import FieldErrors, message_label
from ..shell.operations import run_op
from ..widgets.pickers import TypeAheadCombo
from ..widgets.rows_model import RowRole, list_table
from ...base.text import signed

ALL = "__all__"


def published_months() -> list[Month]:
    """Months with a published snapshot, newest first."""
    return [Month.parse(m) for (m,) in Period.select(Period.month).where(Period.revision > 0)
            .order_by(Period.month.desc()).tuples()]


def open_for_appeal() -> list[Month]:
    return [Month.parse(m) for (m,) in Period.select(Period.month).where(Period.status == "published")
            .order_by(Period.month.desc()).tuples()]


# ---------------------------------------------------------------- recording

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


# ---------------------------------------------------------------- deciding

class ItemLine:
    """One event under decision: void it, change its points, or keep it."""

    VOID, CHANGE, KEEP = "void", "change", "keep"

    def __init__(self, dialog, event_id: int, text: str, points: int, proposed: int | None, listed: bool,
                 rules: list | None = None):
        self.event_id, self.points, self.listed = event_id, points, listed
        self.label = QLabel(text)
        self.rule = QComboBox()
        self.rule.addItem(QCoreApplication.translate("DecideDialog", "same rule"), None)
        for code, name in rules or []:
            self.rule.addItem(f"{code}  {name}", code)
        # Rule names are long: the box stays narrow, the list opens wide enough to read them.
        self.rule.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(9)
        self.rule.view().setMinimumWidth(320)
        self.label.setWordWrap(True)
        self.rule.setToolTip(QCoreApplication.translate(
            "DecideDialog", "When the wrong rule was applied, choose the right one; the points are the new total."))
        self.action = QComboBox()
        self.action.addItem(QCoreApplication.translate("DecideDialog", "Void the event"), self.VOID)
        self.action.addItem(QCoreApplication.translate("DecideDialog", "Change points to"), self.CHANGE)
        self.action.addItem(QCoreApplication.translate("DecideDialog", "Keep as recorded"), self.KEEP)
        self.new_points = QSpinBox()
        self.new_points.setRange(-appeals_service.MAX_POINTS, appeals_service.MAX_POINTS)
        self.new_points.setValue(proposed if proposed is not None else points)
        if not listed:
            self.action.setCurrentIndex(2)
        elif proposed:
            self.action.setCurrentIndex(1)
        self.action.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_):
        changing = self.action.isEnabled() and self.action.currentData() == self.CHANGE
        self.new_points.setEnabled(changing)
        self.rule.setEnabled(changing)

    def set_enabled(self, on: bool) -> None:
        self.action.setEnabled(on)
        self.refresh()

    def decision(self):
        a = self.action.currentData()
        if a == self.VOID:
            return "void"
        if a == self.CHANGE:
            rule = self.rule.currentData()
            return {"points": self.new_points.value(), **({"rule": rule} if rule else {})}
        return "reject"


class DecideDialog(QDialog):
    """Decide a pending appeal; an upheld decision re-issues the month as a new revision."""

    def __init__(self, ctx, appeal_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.decided = ctx, None
        appeal = appeals_service.find_appeal(appeal_id)
        row = next(r for r in appeals_service.appeal_rows(Month.parse(appeal.month), staff=appeal.staff_id)
                   if r.id == appeal_id)
        self.row = row
        self.setWindowTitle(self.tr("Decide appeal #{id}").format(id=row.id))
        month = Month.parse(row.month)
        head = QLabel(self.tr(
            "<b>{name}</b> ({no}) · {month} · received {received} · {category}<br>Reason: {reason}").format(
            name=html.escape(row.name), no=row.employee_no, month=i18n.month_label(month),
            received=local_time_text(row.received_at),
            category=i18n.label(appeals_service.CATEGORIES, row.category), reason=html.escape(row.reason)))
        head.setWordWrap(True)
        self.outcomes = {}
        out_row = QHBoxLayout()
        group = QButtonGroup(self)
        for code, text in (("upheld", self.tr("&Upheld")), ("partly", self.tr("&Partly upheld")),
                           ("rejected", self.tr("Re&jected")), ("withdrawn", self.tr("&Withdrawn"))):
            b = QRadioButton(text)
            group.addButton(b)
            out_row.addWidget(b)
            self.outcomes[code] = b
        out_row.addStretch(1)
        self.outcomes["upheld"].setChecked(True)

        self.lines: list[ItemLine] = []
        rules = [(r.code, r.name) for r in Rule.select().where(Rule.active == True).order_by(Rule.code)]  # noqa: E712
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        if row.items:
            for i in row.items:
                text = f"#{i.event_id} {i.date:%m-%d} {i.rule_code} {i.rule_name} {signed(i.points)}"
                if i.proposed_points is not None:
                    text += self.tr(" (asks for {points})").format(points=signed(i.proposed_points))
                self.lines.append(ItemLine(self, i.event_id, text, i.points, i.proposed_points, True, rules))
        else:
            q = (ScoreEvent.select().where((ScoreEvent.staff == row.staff_id) & (ScoreEvent.month == row.month)
                                           & (ScoreEvent.voided == False))  # noqa: E712
                 .order_by(ScoreEvent.date, ScoreEvent.id))
            for e in q:
                text = f"#{e.id} {e.date:%m-%d} {e.rule_code} {e.rule_name} {signed(e.points)}"
                self.lines.append(ItemLine(self, e.id, text, e.points, None, False, rules))
        for r, line in enumerate(self.lines):
            grid.addWidget(line.label, r, 0)
            grid.addWidget(line.action, r, 1)
            grid.addWidget(line.rule, r, 2)
            grid.addWidget(line.new_points, r, 3)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.lines), 1)
        items_widget = QWidget()
        items_widget.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items_widget)
        scroll.setMinimumHeight(min(260, 40 + 30 * len(self.lines)))
        self.items_box = QGroupBox(self.tr("Disputed events") if row.items else
                                   self.tr("The whole score: choose the events to correct"))
        QVBoxLayout(self.items_box).addWidget(scroll)

        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Required when rejected or partly upheld"))
        self.reason.setFixedHeight(60)
        self.message = message_label()
        self.errors = FieldErrors({"reason": (self.reason, self.message), "items": (self.items_box, self.message),
                                   "outcome": (self.items_box, self.message)}, self.message)
        self.save_button = QPushButton(self.tr("&Decide"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        note = QLabel(self.tr("Upheld or partly upheld: the month is re-issued as a new revision, re-ranked, "
                              "and its bulletin is marked for reprint. Earlier revisions are kept."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(out_row)
        layout.addWidget(self.items_box, 1)
        layout.addWidget(QLabel(self.tr("Reason for the decision:")))
        layout.addWidget(self.reason)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for b in self.outcomes.values():
            b.toggled.connect(self.outcome_changed)
        self.outcome_changed()
        self.resize(760, min(700, 360 + 30 * len(self.lines)))

    def outcome(self) -> str:
        return next(code for code, b in self.outcomes.items() if b.isChecked())

    def outcome_changed(self, *_):
        changes = self.outcome() in ("upheld", "partly")
        for line in self.lines:
            line.set_enabled(changes)
        self.items_box.setEnabled(changes)

    def items(self) -> dict:
        outcome = self.outcome()
        if outcome not in ("upheld", "partly"):
            return {}
        out = {}
        for line in self.lines:
            d = line.decision()
            if not line.listed and d == "reject":
                continue  # a whole-score appeal names only the events it corrects
            out[line.event_id] = d
        return out

    def save(self) -> None:
        self.errors.clear()
        op = run_op(self.ctx, self, appeals_service.decide_appeal, self.row.id, self.outcome(),
                    self.reason.toPlainText(), self.items(), what="period", on_error=self.errors.show)
        if op.error is None:
            self.ctx.changed.emit("events")
            self.decided = op.result
            self.accept()


# ---------------------------------------------------------------- the self-check report

class AppealReportDialog(QDialog):
    """Appeals received, upheld rate and the rules most often overturned, per month or per year."""

    def __init__(self, ctx, month: Month | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Appeals self-check"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Month"), "month")
        self.scope.addItem(self.tr("Year"), "year")
        self.month = QComboBox()
        for m in published_months() or [ctx.month]:
            self.month.addItem(i18n.month_label(m), m.key)
        if month is not None and self.month.findData(month.key) >= 0:
            self.month.setCurrentIndex(self.month.findData(month.key))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue((month or ctx.month).year)
        self.view = QTextBrowser()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report for:")))
        bar.addWidget(self.scope)
        bar.addWidget(self.month)
        bar.addWidget(self.year)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.scope.currentIndexChanged.connect(self.load)
        self.month.currentIndexChanged.connect(self.load)
        self.year.valueChanged.connect(self.load)
        self.load()
        self.resize(620, 560)

    def load(self, *_):
        by_year = self.scope.currentData() == "year"
        self.month.setVisible(not by_year)
        self.year.setVisible(by_year)
        if by_year:
            report = appeals_service.appeal_report(year=self.year.value())
            label = str(self.year.value())
        else:
            m = Month.parse(self.month.currentData())
            report = appeals_service.appeal_report(month=m)
            label = i18n.month_label(m)
        self.view.setHtml(self.report_html(report, label))

    def report_html(self, r, label: str) -> str:
        e = html.escape
        rate = "—" if r.upheld_rate is None else f"{100 * r.upheld_rate:.0f}%"
        title = self.tr("Appeals self-check: {label}").format(label=label)
        none = self.tr("none")
        out = [f"<h3>{e(title)}</h3>", "<table cellpadding=3>"]
        rows = [(self.tr("Appeals received"), str(r.received)),
                (self.tr("Accepted late"), str(r.late_accepted)),
                (self.tr("Decided on the merits"), str(r.decided)),
                (self.tr("Upheld or partly upheld"), f"{r.upheld} ({rate})")]
        for code in appeals_service.STATUS:
            rows.append(("· " + i18n.label(appeals_service.STATUS, code), str(r.by_status.get(code, 0))))
        out += [f"<tr><td>{e(k)}</td><td align=right><b>{e(v)}</b></td></tr>" for k, v in rows]
        out.append("</table>")
        out.append(f"<h4>" + e(self.tr("By category")) + f"</h4><ul>")
        cats = sorted(r.by_category.items(), key=lambda kv: -kv[1])
        out += [f"<li>{e(i18n.label(appeals_service.CATEGORIES, c))}: {n}</li>" for c, n in cats] or [f"<li>{e(none)}</li>"]
        out.append("</ul>")
        out.append(f"<h4>" + e(self.tr("Rules most often overturned")) + f"</h4>")
        if r.overturned_rules:
            times = self.tr("{n} times")
            out.append("<ol>" + "".join(f"<li>{e(c)} {e(n)} — {e(times.format(n=k))}</li>"
                                        for c, n, k in r.overturned_rules) + "</ol>")
            hint = self.tr("A rule overturned again and again may be unclear: consider rewording it in the rulebook.")
            out.append(f"<p style='color:#7a4b00'>{e(hint)}</p>")
        else:
            out.append(f"<p>" + e(self.tr("No rule was overturned.")) + f"</p>")
        out.append(f"<h4>" + e(self.tr("Appeals per person")) + f"</h4><ul>")
        out += [f"<li>{e(no)} {e(name)}: {n}</li>" for no, name, n in r.by_agent] or [f"<li>{e(none)}</li>"]
        out.append("</ul>")
        return "".join(out)


# ---------------------------------------------------------------- the tab

class AppealsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.month_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for code in appeals_service.STATUS:
            self.status_filter.addItem(i18n.label(appeals_service.STATUS, code), code)
        self.staff_filter = QComboBox()
        self.staff_filter.setMinimumContentsLength(10)
        self.record_button = QPushButton(self.tr("&Record appeal…"))
        self.decide_button = QPushButton(self.tr("&Decide…"))
        self.report_button = QPushButton(self.tr("&Self-check…"))
        self.countdown = QLabel()
        self.countdown.setObjectName("lockBanner")
        self.countdown.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.month_filter)
        bar.addWidget(QLabel(self.tr("Status:")))
        bar.addWidget(self.status_filter)
        bar.addWidget(QLabel(self.tr("Person:")))
        bar.addWidget(self.staff_filter)
        bar.addStretch(1)
        for b in (self.record_button, self.decide_button, self.report_button):
            bar.addWidget(b)

        self.model = AppealsModel(self)
        self.table = list_table(QTableView())
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(AppealsModel.DISPUTED, QHeaderView.Stretch)
        for col, width in ((AppealsModel.ID, 44), (AppealsModel.MONTH, 64), (AppealsModel.RECEIVED, 136),
                           (AppealsModel.NO, 56), (AppealsModel.NAME, 56), (AppealsModel.CATEGORY, 90),
                           (AppealsModel.STATUS, 76), (AppealsModel.SCORE, 140), (AppealsModel.REVISION, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.decide_selected)
        self.count_label = QLabel()

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.RichText)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        self.detail_box = QGroupBox(self.tr("Appeal"))
        QVBoxLayout(self.detail_box).addWidget(detail_scroll)
        self.history_model = AppealsModel(self)
        self.history = list_table(QTableView())
        self.history.setModel(self.history_model)
        for col in (AppealsModel.ID, AppealsModel.NO, AppealsModel.NAME, AppealsModel.RECEIVED, AppealsModel.CATEGORY):
            self.history.setColumnHidden(col, True)
        self.history.horizontalHeader().setSectionResizeMode(AppealsModel.DISPUTED, QHeaderView.Stretch)
        for col, width in ((AppealsModel.MONTH, 64), (AppealsModel.STATUS, 70), (AppealsModel.SCORE, 130),
                           (AppealsModel.REVISION, 96)):
            self.history.setColumnWidth(col, width)
        self.history_box = QGroupBox(self.tr("This person's appeals"))
        QVBoxLayout(self.history_box).addWidget(self.history)

        side = QSplitter(Qt.Vertical)
        side.addWidget(self.detail_box)
        side.addWidget(self.history_box)
        side.setSizes([330, 220])
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count_label)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.countdown)
        layout.addWidget(split, 1)

        self.record_button.clicked.connect(self.record)
        self.decide_button.clicked.connect(self.decide_selected)
        self.report_button.clicked.connect(self.show_report)
        for combo in (self.month_filter, self.status_filter, self.staff_filter):
            combo.currentIndexChanged.connect(self.load_appeals)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self._timer = QTimer(self, interval=30_000)
        self._timer.timeout.connect(self.update_countdown)
        self._timer.start()
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(self.follow_month)
        self.reload()

    # -- loading
    def reload(self) -> None:
        self.fill_filters()
        self.load_appeals()
        self.update_countdown()

    def fill_filters(self) -> None:
        current = self.month_filter.currentData()
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        self.month_filter.addItem(self.tr("All months"), ALL)
        months = published_months()
        for m in months:
            self.month_filter.addItem(i18n.month_label(m), m.key)
        if current is None:
            waiting = open_for_appeal()
            current = (waiting[0] if waiting else months[0]).key if (waiting or months) else ALL
        self.month_filter.setCurrentIndex(max(0, self.month_filter.findData(current)))
        self.month_filter.blockSignals(False)
        staff_current = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), ALL)
        for s in Staff.select().order_by(Staff.employee_no):
            self.staff_filter.addItem(f"{s.employee_no}  {s.name}", s.id)
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(staff_current)))
        self.staff_filter.blockSignals(False)

    def follow_month(self, month: Month) -> None:
        index = self.month_filter.findData(month.key)
        if index >= 0:
            self.month_filter.setCurrentIndex(index)

    def filter_month(self) -> Month | None:
        key = self.month_filter.currentData()
        return None if key in (None, ALL) else Month.parse(key)

    def load_appeals(self, *_):
        selected = self.selected()
        status = self.status_filter.currentData()
        staff = self.staff_filter.currentData()
        rows = appeals_service.appeal_rows(self.filter_month(), None if status == ALL else status,
                                           None if staff in (None, ALL) else staff)
        self.model.set_rows(rows)
        pending = sum(1 for r in rows if r.status == "pending")
        self.count_label.setText(self.tr("{n} appeals shown, {pending} pending").format(n=len(rows), pending=pending))
        if selected is not None and self.model.row_of(selected.id) >= 0:
            self.table.selectRow(self.model.row_of(selected.id))
        elif rows:
            self.table.selectRow(0)
        self.selection_changed()

    def update_countdown(self) -> None:
        waiting = open_for_appeal()
        if waiting:
            month = waiting[0]
            text = window_text(appeals_service.window(month), month)
            n = appeals_service.pending_count(month)
            if n:
                text += " " + self.tr("{n} pending: the month cannot be closed until every appeal is decided.").format(n=n)
        else:
            text = self.tr("No published month is waiting for appeals.")
        self.countdown.setText(text)

    def on_changed(self, what: str) -> None:
        if what in ("appeals", "period", "events", "database", "staff"):
            if what in ("database", "staff", "period"):
                self.fill_filters()
            self.load_appeals()
            self.update_countdown()

    # -- selection and detail
    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], RowRole) if rows else None

    def selection_changed(self, *_):
        a = self.selected()
        self.show_detail(a)
        if a is None:
            self.history_model.set_rows([])
        else:
            self.history_model.set_rows(appeals_service.appeal_rows(staff=a.staff_id))
            self.history_box.setTitle(self.tr("Appeals of {name}").format(name=a.name))
        self.update_buttons()

    def show_detail(self, a) -> None:
        if a is None:
            self.detail.setText(self.tr("Select an appeal to see it here."))
            return
        e = html.escape
        month = Month.parse(a.month)
        parts = [f"<b>#{a.id} {e(a.name)} ({e(a.employee_no)})</b> · {e(i18n.month_label(month))}",
                 e(self.tr("Received {when} · {category}").format(
                     when=local_time_text(a.received_at), category=i18n.label(appeals_service.CATEGORIES, a.category))),
                 f"<b>" + e(self.tr("Status:")) + f"</b> {e(i18n.label(appeals_service.STATUS, a.status))}"]
        late = _late_reason(a.id)
        if late:
            parts.append(e(self.tr("Accepted late: {reason}").format(reason=late)))
        parts.append(f"<b>" + e(self.tr("Reason:")) + f"</b> {e(a.reason)}")
        if a.items:
            lines = []
            for i in a.items:
                s = f"#{i.event_id} {i.date:%m-%d} {i.rule_code} {e(i.rule_name)} {signed(i.points)}"
                if i.proposed_points is not None:
                    s += e(self.tr(" (asks for {points})").format(points=signed(i.proposed_points)))
                if i.outcome == "upheld":
                    s += " → " + (e(self.tr("{points}, upheld").format(points=signed(i.new_points)))
                                  if i.new_points else e(self.tr("voided, upheld")))
                elif i.outcome == "rejected":
                    s += " " + e(self.tr("(kept)"))
                lines.append(s)
            parts.append(f"<b>" + e(self.tr("Disputed:")) + f"</b><br>" + "<br>".join(lines))
        else:
            parts.append(f"<b>" + e(self.tr("Disputed:")) + f"</b> {e(disputed_text(a))}")
        if a.status != "pending":
            parts.append(e(self.tr("Decided {when} by {who}.").format(when=local_time_text(a.decided_at),
                                                                     who=a.decided_by.removeprefix("gui:"))))
            if a.decision_reason:
                parts.append(f"<b>" + e(self.tr("Decision:")) + f"</b> {e(a.decision_reason)}")
            if a.status in ("upheld", "partly") and a.revision_after:
                parts.append("<b>" + e(self.tr("Score {change}; the month is now {version}.").format(
                    change=score_change(a), version=i18n.revision_label(a.revision_after))) + "</b>")
        self.detail.setText("<br>".join(parts))

    def update_buttons(self) -> None:
        a = self.selected()
        rec_why = self.ctx.permission_reason("record_appeal")
        dec_why = self.ctx.permission_reason("decide_appeal")
        self.record_button.setEnabled(rec_why is None)
        self.record_button.setToolTip(rec_why or "")
        pending = a is not None and a.status == "pending"
        self.decide_button.setEnabled(dec_why is None and pending)
        self.decide_button.setToolTip(dec_why or ("" if pending else self.tr("Select a pending appeal.")))

    # -- actions
    def record(self) -> None:
        dialog = RecordAppealDialog(self.ctx, self.filter_month(), self)
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.select_id(dialog.saved.id)

    def select_id(self, appeal_id: int) -> None:
        row = self.model.row_of(appeal_id)
        if row < 0:
            self.status_filter.setCurrentIndex(0)
            self.staff_filter.setCurrentIndex(0)
            row = self.model.row_of(appeal_id)
        if row >= 0:
            self.table.selectRow(row)

    def decide_selected(self, *_):
        a = self.selected()
        if a is None or a.status != "pending" or not self.ctx.can("decide_appeal"):
            return
        dialog = DecideDialog(self.ctx, a.id, self)
        if dialog.exec() == QDialog.Accepted:
            self.select_id(a.id)

    def show_report(self) -> None:
        AppealReportDialog(self.ctx, self.filter_month(), self).exec()


def _late_reason(appeal_id: int) -> str:
    from ...store.models import Appeal

    return Appeal.select(Appeal.late_reason).where(Appeal.id == appeal_id).scalar() or ""
