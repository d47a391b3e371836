"""Table models of the Exams tab: the month's exams, the result-entry grid,
pending proposals and one agent's exam history.

The grid is the only editable model: it does not write anything itself — a
typed score goes to ``saver`` (the tab, which runs the core service), and the
row shows the core's message when it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ...monthly import exams as exams_service
from ...monthly.proposal import Proposal
from ..shell import i18n
from ..widgets.rows_model import BONUS_COLOR, DEDUCTION_COLOR, VOIDED_COLOR, SortRole, RowsModel
from ...base import clock
from ...base.text import signed

ERROR_BG = QColor("#fde2e1")
ABSENT_WORDS = {"缺考", "缺", "absent", "abs", "a", "-"}


def fmt_score(score: float | None) -> str:
    return "" if score is None else f"{score:g}"


def can_confirm(ctx) -> bool:
    """Confirming a proposed bonus or deduction is the supervisor's call (QA may only record)."""
    return ctx.can("record_event") and ctx.can("void_event")


def confirm_reason(ctx) -> str | None:
    return None if can_confirm(ctx) else QCoreApplication.translate(
        "ProposalsModel", "Only a supervisor or an administrator confirms proposed points.")


# ---------------------------------------------------------------- exams of the month

class ExamListModel(RowsModel):
    CONTEXT = "ExamListModel"
    DATE, TITLE, AREA, FULL, PASS, ENTERED = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ExamListModel", "Date"), QT_TRANSLATE_NOOP("ExamListModel", "Exam"),
               QT_TRANSLATE_NOOP("ExamListModel", "Area"), QT_TRANSLATE_NOOP("ExamListModel", "Full"),
               QT_TRANSLATE_NOOP("ExamListModel", "Pass"), QT_TRANSLATE_NOOP("ExamListModel", "Results entered"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entered: dict[int, int] = {}
        self.expected: dict[int, int] = {}

    def load(self, month) -> None:
        from peewee import fn

        from ...store.models import ExamResult

        exams = exams_service.month_exams(month)
        ids = [e.id for e in exams]
        self.entered = dict(ExamResult.select(ExamResult.exam, fn.COUNT(ExamResult.id))
                            .where(ExamResult.exam.in_(ids)).group_by(ExamResult.exam).tuples()) if ids else {}
        self.expected = {e.id: len(exams_service.grid_rows(e.id)) for e in exams}  # a few exams a month
        self.set_rows(exams)

    def row_of(self, exam_id: int) -> int:
        for i, e in enumerate(self.rows):
            if e.id == exam_id:
                return i
        return -1

    def cell(self, e, column, role):
        if role == Qt.DisplayRole:
            return {
                self.DATE: e.date.isoformat(), self.TITLE: e.title,
                self.AREA: i18n.label(exams_service.EXAM_AREAS, e.area), self.FULL: str(e.full_marks),
                self.PASS: str(e.pass_mark),
                self.ENTERED: f"{self.entered.get(e.id, 0)} / {self.expected.get(e.id, 0)}",
            }.get(column)
        if role == Qt.TextAlignmentRole and column in (self.FULL, self.PASS, self.ENTERED):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == self.TITLE:
            return e.title + (f"\n{e.note}" if e.note else "")
        if role == Qt.ToolTipRole and column == self.ENTERED:
            return QCoreApplication.translate(
                "ExamListModel", "Results entered (absences included) of the people employed on the exam date")
        if role == Qt.ForegroundRole and column == self.ENTERED and e.date <= clock.today() \
                and self.entered.get(e.id, 0) < self.expected.get(e.id, 0):
            return QBrush(DEDUCTION_COLOR)  # results still missing for an exam already held
        return None


# ---------------------------------------------------------------- the result grid

@dataclass
class GridLine:
    staff_id: int
    employee_no: str
    name: str
    team: str
    score: float | None
    absent: bool
    note: str
    entered: bool
    error: str = ""


class ExamGridModel(RowsModel):
    """One line per person employed on the exam date; score, absent and note are editable.

    ``saver(line, score, absent, note)`` saves through the core and returns
    the error message (or "" when saved); the line keeps the message until
    the next successful save.
    """

    CONTEXT = "ExamGridModel"
    NO, NAME, TEAM, SCORE, ABSENT, NOTE, STATUS = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ExamGridModel", "No."), QT_TRANSLATE_NOOP("ExamGridModel", "Name"),
               QT_TRANSLATE_NOOP("ExamGridModel", "Team"), QT_TRANSLATE_NOOP("ExamGridModel", "Score"),
               QT_TRANSLATE_NOOP("ExamGridModel", "Absent"), QT_TRANSLATE_NOOP("ExamGridModel", "Note"),
               QT_TRANSLATE_NOOP("ExamGridModel", "Status"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.exam = None
        self.editable = False
        self.lock_tip = ""
        self.saver: Callable | None = None

    def load(self, exam, editable: bool, lock_tip: str = "") -> None:
        self.exam, self.editable, self.lock_tip = exam, editable, lock_tip
        rows = [] if exam is None else [GridLine(r.staff_id, r.employee_no, r.name, r.team, r.score, r.absent,
                                                 r.note, r.entered) for r in exams_service.grid_rows(exam.id)]
        self.set_rows(rows)

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if not index.isValid():
            return Qt.NoItemFlags
        if self.editable:
            if index.column() in (self.SCORE, self.NOTE):
                return base | Qt.ItemIsEditable
            if index.column() == self.ABSENT:
                return base | Qt.ItemIsUserCheckable
        return base

    def status_text(self, r: GridLine) -> str:
        if r.error:
            return r.error
        if not r.entered:
            return QCoreApplication.translate("ExamGridModel", "Not entered")
        if r.absent:
            return QCoreApplication.translate("ExamGridModel", "Absent")
        if self.exam is not None and r.score is not None:
            if r.score >= self.exam.full_marks:
                return QCoreApplication.translate("ExamGridModel", "Full marks")
            if r.score >= self.exam.pass_mark:
                return QCoreApplication.translate("ExamGridModel", "Passed")
            return QCoreApplication.translate("ExamGridModel", "Failed")
        return ""

    def cell(self, r: GridLine, column, role):
        if role in (Qt.DisplayRole, SortRole):
            if column == self.NO:
                return r.employee_no
            if column == self.NAME:
                return r.name
            if column == self.TEAM:
                return r.team
            if column == self.SCORE:
                if role == SortRole:
                    return -1 if r.score is None else r.score
                return QCoreApplication.translate("ExamGridModel", "absent") if r.absent else fmt_score(r.score)
            if column == self.NOTE:
                return r.note
            if column == self.STATUS:
                return self.status_text(r)
            return None
        if role == Qt.EditRole:
            if column == self.SCORE:
                return "" if r.absent else fmt_score(r.score)
            if column == self.NOTE:
                return r.note
        if role == Qt.CheckStateRole and column == self.ABSENT:
            return Qt.Checked if r.absent else Qt.Unchecked
        if role == Qt.ForegroundRole:
            if column == self.STATUS:
                if r.error:
                    return QBrush(DEDUCTION_COLOR)
                if not r.entered or r.absent:
                    return QBrush(VOIDED_COLOR)
                if self.exam is not None and r.score is not None and r.score < self.exam.pass_mark:
                    return QBrush(DEDUCTION_COLOR)
                return QBrush(BONUS_COLOR)
            if column == self.SCORE and r.absent:
                return QBrush(VOIDED_COLOR)
        if role == Qt.BackgroundRole and r.error and column in (self.SCORE, self.STATUS):
            return QBrush(ERROR_BG)
        if role == Qt.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            if r.error:
                return r.error
            if not self.editable and self.lock_tip:
                return self.lock_tip
            if column == self.SCORE and self.exam is not None:
                return QCoreApplication.translate(
                    "ExamGridModel", "0 to {full}; type 缺考 (or A) when absent. Enter moves down.").format(
                    full=self.exam.full_marks)
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid() or not self.editable or self.saver is None:
            return False
        r: GridLine = self.rows[index.row()]
        column = index.column()
        if column == self.SCORE and role == Qt.EditRole:
            text = str(value or "").strip()
            if text.lower() in ABSENT_WORDS:
                return self._save(index, r, None, True, r.note)
            if not text:
                if not r.entered:
                    return True
                return self._save(index, r, None, False, r.note, delete=True)
            if not r.absent and r.entered and fmt_score(r.score) == text:
                return True
            return self._save(index, r, text, False, r.note)
        if column == self.ABSENT and role == Qt.CheckStateRole:
            absent = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
            if absent:
                return self._save(index, r, None, True, r.note)
            return self._save(index, r, None, False, r.note, delete=r.entered)
        if column == self.NOTE and role == Qt.EditRole:
            note = str(value or "")
            if not r.entered:
                r.note = note  # kept until the score is typed
                self._row_changed(index.row())
                return True
            if note == r.note:
                return True
            return self._save(index, r, None if r.absent else r.score, r.absent, note)
        return False

    def _save(self, index, r: GridLine, score, absent: bool, note: str, delete: bool = False) -> bool:
        error = self.saver(r, score, absent, note, delete)
        if error:
            r.error = error
            self._row_changed(index.row())
            return False
        r.error = ""
        if delete:
            r.score, r.absent, r.entered = None, False, False
        else:
            r.absent = absent
            r.score = None if absent else float(score) if score is not None else None
            r.note, r.entered = note, True
        self._row_changed(index.row())
        return True

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def first_error(self) -> GridLine | None:
        return next((r for r in self.rows if r.error), None)


# ---------------------------------------------------------------- proposals

def proposal_origin(p: Proposal) -> str:
    if p.source.startswith("exam_result:"):
        return QCoreApplication.translate("ProposalsModel", "Exam")
    if p.source.startswith("spot_check:"):
        return QCoreApplication.translate("ProposalsModel", "Spot check")
    return QCoreApplication.translate("ProposalsModel", "Monthly figures")


class ProposalsModel(RowsModel):
    """Points the data supports (exam full marks, spot-check failures, monthly figures), not yet confirmed."""

    CONTEXT = "ProposalsModel"
    ORIGIN, DATE, NO, NAME, CODE, POINTS, REASON = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ProposalsModel", "From"), QT_TRANSLATE_NOOP("ProposalsModel", "Date"),
               QT_TRANSLATE_NOOP("ProposalsModel", "No."), QT_TRANSLATE_NOOP("ProposalsModel", "Name"),
               QT_TRANSLATE_NOOP("ProposalsModel", "Rule"), QT_TRANSLATE_NOOP("ProposalsModel", "Points"),
               QT_TRANSLATE_NOOP("ProposalsModel", "Why"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kinds: dict[str, str] = {}

    def load(self, proposals: list[Proposal]) -> None:
        from ...store.models import Rule

        codes = {p.rule_code for p in proposals}
        self.kinds = dict(Rule.select(Rule.code, Rule.kind).where(Rule.code.in_(codes)).tuples()) if codes else {}
        self.set_rows(proposals)

    def signed(self, p: Proposal) -> int:
        return p.points if self.kinds.get(p.rule_code, "bonus") == "bonus" else -p.points

    def cell(self, p: Proposal, column, role):
        if role == Qt.DisplayRole:
            return {
                self.ORIGIN: proposal_origin(p), self.DATE: p.date.isoformat(), self.NO: p.employee_no,
                self.NAME: p.name, self.CODE: p.rule_code, self.POINTS: signed(self.signed(p)),
                self.REASON: p.reason,
            }.get(column)
        if role == Qt.ForegroundRole and column == self.POINTS:
            return QBrush(BONUS_COLOR if self.signed(p) > 0 else DEDUCTION_COLOR)
        if role == Qt.TextAlignmentRole and column == self.POINTS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == self.REASON:
            return p.reason + (f"\n{p.reference}" if p.reference else "")
        return None


# ---------------------------------------------------------------- one agent's exams

class ExamHistoryModel(RowsModel):
    CONTEXT = "ExamHistoryModel"
    DATE, TITLE, AREA, SCORE, RESULT, NOTE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ExamHistoryModel", "Date"), QT_TRANSLATE_NOOP("ExamHistoryModel", "Exam"),
               QT_TRANSLATE_NOOP("ExamHistoryModel", "Area"), QT_TRANSLATE_NOOP("ExamHistoryModel", "Score"),
               QT_TRANSLATE_NOOP("ExamHistoryModel", "Result"), QT_TRANSLATE_NOOP("ExamHistoryModel", "Note"))

    def result_text(self, r) -> str:
        if r.absent:
            return QCoreApplication.translate("ExamHistoryModel", "Absent")
        if r.full:
            return QCoreApplication.translate("ExamHistoryModel", "Full marks")
        return (QCoreApplication.translate("ExamHistoryModel", "Passed") if r.passed
                else QCoreApplication.translate("ExamHistoryModel", "Failed"))

    def cell(self, r, column, role):
        if role == Qt.DisplayRole:
            return {
                self.DATE: r.date.isoformat(), self.TITLE: r.title,
                self.AREA: i18n.label(exams_service.EXAM_AREAS, r.area),
                self.SCORE: (QCoreApplication.translate("ExamHistoryModel", "absent") if r.absent
                             else f"{fmt_score(r.score)}/{r.full_marks}"),
                self.RESULT: self.result_text(r), self.NOTE: r.note,
            }.get(column)
        if role == Qt.ForegroundRole and column == self.RESULT:
            if r.absent:
                return QBrush(VOIDED_COLOR)
            return QBrush(BONUS_COLOR if r.passed else DEDUCTION_COLOR)
        if role == Qt.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

