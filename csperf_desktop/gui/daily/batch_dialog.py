"""批量记录: one event for several people at once (a team bonus, a meeting everyone
missed), written in one transaction with each person's event checked and audited."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ...base import clock, vocab
from ...base.errors import ValidationError
from ...monthly import events as events_service
from ...monthly.standings import employed_in
from ...office.rules import all_rules
from ...store.models import Staff
from ..forms.ui_batch_event_dialog import Ui_BatchEventDialog
from ..shell import i18n
from ..shell.operations import run_op
from ..widgets.field_errors import FieldErrors

ALL_TEAMS = "\x00all"


class BatchEventDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_BatchEventDialog()
        self.ui.setupUi(self)
        self.saved_ids: list[int] = []
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors({"staff": (self.ui.peopleList, self.ui.staffError),
                                   "rule": (self.ui.rulePicker, self.ui.ruleError),
                                   "points": (self.ui.points, self.ui.pointsError),
                                   "date": (self.ui.date, self.ui.dateError)}, self.ui.message)
        for code in vocab.METHODS:
            self.ui.method.addItem(i18n.label(vocab.METHODS, code), code)
        self.ui.points.setRange(0, 100)
        self.load(ctx.month)
        self.ui.peopleFilter.textChanged.connect(self.filter_people)
        self.ui.teamCombo.currentIndexChanged.connect(self.filter_people)
        self.ui.peopleList.itemChanged.connect(self.update_count)
        self.ui.tickAllButton.clicked.connect(lambda: self.tick_shown(True))
        self.ui.clearButton.clicked.connect(lambda: self.tick_shown(False, every=True))
        self.ui.rulePicker.currentIndexChanged.connect(self.rule_chosen)
        self.ui.rulePicker.lineEdit().editingFinished.connect(self.rule_chosen)
        self.update_count()

    # -- the lists
    def load(self, month) -> None:
        people = (Staff.select().where(employed_in(month) & Staff.active).order_by(Staff.team, Staff.employee_no))
        teams = []
        self.ui.peopleList.blockSignals(True)
        for s in people:
            item = QListWidgetItem(f"{s.employee_no}  {s.name}" + (f"  · {s.team}" if s.team else ""))
            item.setData(Qt.UserRole, s.id)
            item.setData(Qt.UserRole + 1, s.team or "")
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.ui.peopleList.addItem(item)
            if s.team and s.team not in teams:
                teams.append(s.team)
        self.ui.peopleList.blockSignals(False)
        self.ui.teamCombo.addItem(self.tr("All teams"), ALL_TEAMS)
        for team in teams:
            self.ui.teamCombo.addItem(team, team)
        self.ui.teamCombo.setVisible(bool(teams))
        rules = all_rules(active_only=True)
        self.rules = {r.id: r for r in rules}
        self.ui.rulePicker.set_items([(r.code, r.name, r.id) for r in rules])
        today = clock.today()
        last = min(month.last_day, today)
        first = month.first_day
        self.ui.date.setDateRange(QDate(first.year, first.month, first.day),
                                  QDate(max(first, last).year, max(first, last).month, max(first, last).day))
        day = today if month.contains(today) else last
        self.ui.date.setDate(QDate(day.year, day.month, day.day))
        self.rule_chosen()

    def filter_people(self, *_) -> None:
        text = self.ui.peopleFilter.text().strip().lower()
        team = self.ui.teamCombo.currentData()
        for i in range(self.ui.peopleList.count()):
            item = self.ui.peopleList.item(i)
            shown = (not text or text in item.text().lower()) and team in (None, ALL_TEAMS, item.data(Qt.UserRole + 1))
            item.setHidden(not shown)

    def tick_shown(self, ticked: bool, every: bool = False) -> None:
        self.ui.peopleList.blockSignals(True)
        for i in range(self.ui.peopleList.count()):
            item = self.ui.peopleList.item(i)
            if every or not item.isHidden():
                item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
        self.ui.peopleList.blockSignals(False)
        self.update_count()

    def chosen(self) -> list[int]:
        return [self.ui.peopleList.item(i).data(Qt.UserRole) for i in range(self.ui.peopleList.count())
                if self.ui.peopleList.item(i).checkState() == Qt.Checked]

    def update_count(self, *_) -> None:
        n = len(self.chosen())
        self.ui.countLabel.setText(self.tr("%n ticked", "", n))
        self.ok_button.setText(self.tr("Record %n event(s)", "", n) if n else self.tr("Record"))
        self.ok_button.setEnabled(n > 0)
        self.ok_button.setToolTip("" if n else self.tr("Tick at least one person."))

    # -- the rule
    def current_rule(self):
        ident = self.ui.rulePicker.current_id()
        return self.rules.get(ident) if ident is not None else None

    def rule_chosen(self, *_) -> None:
        rule = self.current_rule()
        if rule is None:
            self.ui.points.setPrefix("")
            return
        self.ui.points.setPrefix("+" if rule.kind == "bonus" else "−")
        self.ui.points.setRange(rule.min_points, rule.max_points)
        self.ui.points.setValue(rule.default_points)
        self.ui.quantity.setEnabled(rule.unit == "time")
        if rule.unit == "month":
            self.ui.quantity.setValue(1)

    # -- saving
    def save(self) -> None:
        self.errors.clear()
        self.ui.rulePicker.commit_text()
        rule = self.current_rule()
        if rule is None:
            self.errors.show(ValidationError(self.tr("Choose the rule: type its code or part of its name."),
                                             field="rule"))
            return
        d = self.ui.date.date()
        op = run_op(self.ctx, self, events_service.add_event_for, self.chosen(), rule.id,
                    _dt.date(d.year(), d.month(), d.day()), self.ui.points.value(), self.ui.quantity.value(),
                    self.ui.method.currentData(), self.ui.reference.text(), self.ui.note.text(),
                    what="events", on_error=self.errors.show)
        if op.error is None:
            self.saved_ids = op.result
            self.accept()
