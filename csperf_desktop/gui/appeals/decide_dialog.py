"""Deciding an appeal: upheld, partly upheld item by item, rejected with a reason, or withdrawn;
an upheld decision re-issues the month as a new revision."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QSpinBox, QWidget

from ...monthly import appeals as appeals_service
from ...store.models import Rule, ScoreEvent
from ...base.months import Month
from ..shell import i18n
from .appeal_models import local_time_text
from ..forms.ui_decide_dialog import Ui_DecideDialog
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
from ...base.text import signed


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
        self.ui = u = Ui_DecideDialog()
        u.setupUi(self)
        month = Month.parse(row.month)
        u.head.setText(self.tr(
            "<b>{name}</b> ({no}) · {month} · received {received} · {category}<br>Reason: {reason}").format(
            name=html.escape(row.name), no=row.employee_no, month=i18n.month_label(month),
            received=local_time_text(row.received_at),
            category=i18n.label(appeals_service.CATEGORIES, row.category), reason=html.escape(row.reason)))
        self.outcomes = {"upheld": u.upheld, "partly": u.partly, "rejected": u.rejected, "withdrawn": u.withdrawn}

        self.lines: list[ItemLine] = []
        rules = [(r.code, r.name) for r in Rule.select().where(Rule.active == True).order_by(Rule.code)]  # noqa: E712
        grid = u.grid  # one row per event under decision
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
        # The rows are made after the form: put them back where they are seen, before the reason.
        previous = u.scroll
        for line in self.lines:
            for widget in (line.action, line.rule, line.new_points):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        u.scroll.setMinimumHeight(min(260, 40 + 30 * len(self.lines)))
        self.items_box = u.items_box
        self.items_box.setTitle(self.tr("Disputed events") if row.items else
                                self.tr("The whole score: choose the events to correct"))
        self.reason, self.message = u.reason, u.message
        self.errors = FieldErrors({"reason": (self.reason, self.message), "items": (self.items_box, self.message),
                                   "outcome": (self.items_box, self.message)}, self.message)
        self.save_button = u.buttons.addButton(self.tr("&Decide"), QDialogButtonBox.AcceptRole)
        self.save_button.setDefault(True)
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        u.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
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
