"""Small dialogs of the Annual-review tab: a goal, a coaching note, and the
choices before printing everyone's reviews. Each saves through run_op; a
refused value is shown beside its field with the core's message."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ... import annual
from ...base import clock
from ..widgets.field_errors import FieldErrors, form_rows
from ..shell.operations import run_op


def qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(d: QDate) -> _dt.date:
    return _dt.date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Save).setText(QCoreApplication.translate("annual_dialogs", "&Save"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("annual_dialogs", "Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GoalDialog(QDialog):
    """A goal for the year: title, optional template indicator (its target then applies to this
    person), target, weight, note."""

    def __init__(self, ctx, staff_id: int, year: int, indicators: list[tuple[str, str]], goal=None, parent=None):
        super().__init__(parent)
        self.ctx, self.staff_id, self.year, self.goal = ctx, staff_id, year, goal
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal for {year}").format(year=year))
        self.title = QLineEdit(placeholderText=self.tr("e.g. Raise CSAT to 96 %"))
        self.title.setMaxLength(200)
        self.indicator = QComboBox()
        self.indicator.addItem(self.tr("(none — a goal of its own)"), "")
        for code, name in indicators:
            self.indicator.addItem(name, code)
        self.target = QLineEdit(placeholderText=self.tr("optional, a number"))
        self.weight = QSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setSuffix(" %")
        self.note = QLineEdit(placeholderText=self.tr("optional"))
        form = QFormLayout()
        fields = form_rows(form, (("title", self.tr("&Goal:"), self.title),
                                   ("indicator", self.tr("&Indicator:"), self.indicator),
                                   ("target", self.tr("&Target:"), self.target),
                                   ("weight", self.tr("&Weight:"), self.weight),
                                   ("note", self.tr("&Note:"), self.note)))
        hint = QLabel(self.tr("A goal linked to an indicator replaces the template's target for this person."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.errors = FieldErrors(fields, self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
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
        today = clock.today()
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(qdate(today if today.year == year else _dt.date(year, 12, 31)))
        self.topic = QLineEdit(placeholderText=self.tr("e.g. Handling repeat complaints"))
        self.topic.setMaxLength(200)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What was discussed and agreed"))
        self.text.setMinimumHeight(90)
        self.has_follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up = QDateEdit(calendarPopup=True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setDate(qdate(today + _dt.timedelta(days=14)))
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        follow = QWidget()
        fl = QHBoxLayout(follow)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.has_follow_up)
        fl.addWidget(self.follow_up)
        fl.addStretch(1)
        form = QFormLayout()
        fields = form_rows(form, (("date", self.tr("&Date:"), self.date), ("topic", self.tr("&Topic:"), self.topic),
                                   ("note", self.tr("&Note:"), self.text),
                                   ("follow_up", self.tr("F&ollow-up:"), follow)))
        fields["year"] = fields["date"]
        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.errors = FieldErrors(fields, self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
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
        intro = QLabel(self.tr("The annual review reports of the {n} people employed in {year}. Reviews not "
                               "signed off yet are printed with their current figures, marked “未签字”.")
                       .format(n=people, year=year))
        intro.setWordWrap(True)
        where = QGroupBox(self.tr("Output"))
        box = QVBoxLayout(where)
        self.one_pdf = QRadioButton(self.tr("All in one PDF (a new page per person)"))
        self.per_agent = QRadioButton(self.tr("One PDF per person, into a folder"))
        group = QButtonGroup(self)
        group.addButton(self.one_pdf)
        group.addButton(self.per_agent)
        box.addWidget(self.one_pdf)
        box.addWidget(self.per_agent)
        paper = QGroupBox(self.tr("Paper"))
        form = QFormLayout(paper)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("A3 (297 × 420 mm)"), "A3")
        form.addRow(self.tr("Size:"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        ok = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(paper)
        layout.addWidget(buttons)
        s = QSettings()
        per = str(s.value(f"{self.KEY}/per_agent", "false")).lower() in ("1", "true")
        (self.per_agent if per else self.one_pdf).setChecked(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.value(f"{self.KEY}/paper", "A4", str))))
        self.setMinimumWidth(460)

    def one_file_per_agent(self) -> bool:
        return self.per_agent.isChecked()

    def remember(self) -> None:
        s = QSettings()
        s.setValue(f"{self.KEY}/per_agent", self.one_file_per_agent())
        s.setValue(f"{self.KEY}/paper", self.paper.currentData())


def paper_choice() -> str:
    return QSettings().value(f"{AnnualPrintDialog.KEY}/paper", "A4", str)
