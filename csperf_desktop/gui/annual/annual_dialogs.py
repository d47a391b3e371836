"""Small dialogs of the Annual-review tab: a goal, a coaching note, and the
choices before printing everyone's reviews. Each saves through run_op; a
refused value is shown beside its field with the core's message."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ... import annual
from ...base import clock
from ..forms.ui_annual_print_dialog import Ui_AnnualPrintDialog
from ..forms.ui_coaching_note_dialog import Ui_CoachingNoteDialog
from ..forms.ui_goal_dialog import Ui_GoalDialog
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op


def qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(d: QDate) -> _dt.date:
    return _dt.date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    buttons.button(QDialogButtonBox.Save).setText(QCoreApplication.translate("annual_dialogs", "&Save"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("annual_dialogs", "Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)


class GoalDialog(QDialog):
    """A goal for the year: title, optional template indicator (its target then applies to this
    person), target, weight, note."""

    def __init__(self, ctx, staff_id: int, year: int, indicators: list[tuple[str, str]], goal=None, parent=None):
        super().__init__(parent)
        self.ctx, self.staff_id, self.year, self.goal = ctx, staff_id, year, goal
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal for {year}").format(year=year))
        self.ui = u = Ui_GoalDialog()
        u.setupUi(self)
        self.title, self.indicator, self.target, self.weight, self.note, self.message = (
            u.title, u.indicator, u.target, u.weight, u.note, u.message)
        self.indicator.addItem(self.tr("(none — a goal of its own)"), "")
        for code, name in indicators:
            self.indicator.addItem(name, code)
        self.errors = FieldErrors({key: (getattr(u, key), getattr(u, key + "Error"))
                                   for key in ("title", "indicator", "target", "weight", "note")}, self.message)
        _buttons(self, u.buttons)
        if goal is not None:
            self.title.setText(goal.title)
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(goal.indicator)))
            self.target.setText("" if goal.target is None else f"{goal.target:g}")
            self.weight.setValue(goal.weight)
            self.note.setText(goal.note)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict:
        return {"title": self.title.text(), "indicator": self.indicator.currentData(), "target": self.target.text(),
                "weight": self.weight.value(), "note": self.note.text()}

    def save(self) -> None:
        self.errors.clear()
        if self.goal is None:
            op = run_op(self.ctx, self, annual.add_goal, self.staff_id, self.year, what="annual",
                        on_error=self.errors.show, **self.values())
        else:
            op = run_op(self.ctx, self, annual.update_goal, self.goal.id, what="annual", on_error=self.errors.show,
                        **self.values())
        if op.error is None:
            self.accept()


class CoachingNoteDialog(QDialog):
    """A coaching conversation: date, topic, note, optional follow-up date."""

    def __init__(self, ctx, staff_id: int, year: int, note=None, parent=None):
        super().__init__(parent)
        self.ctx, self.staff_id, self.note_row = ctx, staff_id, note
        self.setWindowTitle(self.tr("Edit coaching note") if note else self.tr("Add coaching note"))
        self.ui = u = Ui_CoachingNoteDialog()
        u.setupUi(self)
        self.date, self.topic, self.text, self.has_follow_up, self.follow_up, self.message = (
            u.date, u.topic, u.text, u.has_follow_up, u.follow_up, u.message)
        today = clock.today()
        self.date.setDate(qdate(today if today.year == year else _dt.date(year, 12, 31)))
        self.follow_up.setDate(qdate(today + _dt.timedelta(days=14)))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        fields = {"date": (u.date, u.dateError), "topic": (u.topic, u.topicError), "note": (u.text, u.noteError),
                  "follow_up": (u.follow, u.follow_upError)}
        fields["year"] = fields["date"]
        self.errors = FieldErrors(fields, self.message)
        _buttons(self, u.buttons)
        if note is not None:
            self.date.setDate(qdate(note.date))
            self.topic.setText(note.topic)
            self.text.setPlainText(note.note)
            if note.follow_up:
                self.has_follow_up.setChecked(True)
                self.follow_up.setDate(qdate(note.follow_up))
        self.resize(500, self.sizeHint().height())

    def values(self) -> dict:
        return {"date": pydate(self.date.date()), "topic": self.topic.text(), "note": self.text.toPlainText(),
                "follow_up": pydate(self.follow_up.date()) if self.has_follow_up.isChecked() else None}

    def save(self) -> None:
        self.errors.clear()
        if self.note_row is None:
            op = run_op(self.ctx, self, annual.add_coaching_note, self.staff_id, what="annual",
                        on_error=self.errors.show, **self.values())
        else:
            op = run_op(self.ctx, self, annual.update_coaching_note, self.note_row.id, what="annual",
                        on_error=self.errors.show, **self.values())
        if op.error is None:
            self.accept()


class AnnualPrintDialog(QDialog):
    """Everyone's annual reviews: one PDF or one per person, and the paper size."""

    KEY = "printing/annual"

    def __init__(self, year: int, people: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print all annual reviews — {year}").format(year=year))
        self.ui = u = Ui_AnnualPrintDialog()
        u.setupUi(self)
        u.intro.setText(self.tr("The annual review reports of the {n} people employed in {year}. Reviews not "
                                "signed off yet are printed with their current figures, marked “未签字”.")
                        .format(n=people, year=year))
        self.one_pdf, self.per_agent, self.paper = u.one_pdf, u.per_agent, u.paper
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("A3 (297 × 420 mm)"), "A3")
        u.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        ok = u.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        ok.setDefault(True)
        u.buttons.accepted.connect(self.accept)
        u.buttons.rejected.connect(self.reject)
        s = QSettings()
        per = str(s.value(f"{self.KEY}/per_agent", "false")).lower() in ("1", "true")
        (self.per_agent if per else self.one_pdf).setChecked(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.value(f"{self.KEY}/paper", "A4", str))))

    def one_file_per_agent(self) -> bool:
        return self.per_agent.isChecked()

    def remember(self) -> None:
        s = QSettings()
        s.setValue(f"{self.KEY}/per_agent", self.one_file_per_agent())
        s.setValue(f"{self.KEY}/paper", self.paper.currentData())


def paper_choice() -> str:
    return QSettings().value(f"{AnnualPrintDialog.KEY}/paper", "A4", str)
