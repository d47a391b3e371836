"""Table models of the staff tab: the staff list and the rulebook."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ...base import vocab
from ..shell import i18n
from ..widgets.rows_model import (
    BONUS_COLOR, DEDUCTION_COLOR, RowsModel, SortRole, VOIDED_COLOR,
)


class StaffModel(RowsModel):
    CONTEXT = "StaffModel"
    NO, NAME, ROLE, TEAM, HIRED, LEFT, STATUS, NOTE = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("StaffModel", "Employee no."), QT_TRANSLATE_NOOP("StaffModel", "Name"),
               QT_TRANSLATE_NOOP("StaffModel", "Role"), QT_TRANSLATE_NOOP("StaffModel", "Team"),
               QT_TRANSLATE_NOOP("StaffModel", "Hire date"), QT_TRANSLATE_NOOP("StaffModel", "Leave date"),
               QT_TRANSLATE_NOOP("StaffModel", "Status"), QT_TRANSLATE_NOOP("StaffModel", "Note"))

    def load(self) -> None:
        from ...store.models import Staff

        self.set_rows(list(Staff.select().order_by(Staff.employee_no)))

    def cell(self, s, column, role):
        if role in (Qt.DisplayRole, SortRole):
            if column == self.NO:
                return s.employee_no
            if column == self.NAME:
                return s.name
            if column == self.ROLE:
                return i18n.label(vocab.STAFF_ROLES, s.role)
            if column == self.TEAM:
                return s.team
            if column == self.HIRED:
                return s.hire_date.isoformat() if s.hire_date else ""
            if column == self.LEFT:
                return s.leave_date.isoformat() if s.leave_date else ""
            if column == self.STATUS:
                return (QCoreApplication.translate("StaffModel", "Active") if s.active
                        else QCoreApplication.translate("StaffModel", "Left"))
            if column == self.NOTE:
                return s.note
        if role == Qt.ForegroundRole and not s.active:
            return QBrush(VOIDED_COLOR)
        return None


class RulesModel(RowsModel):
    CONTEXT = "RulesModel"
    CODE, AREA, KIND, ITEM, RANGE, DEFAULT, UNIT, STATUS = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("RulesModel", "Code"), QT_TRANSLATE_NOOP("RulesModel", "Area"),
               QT_TRANSLATE_NOOP("RulesModel", "Kind"), QT_TRANSLATE_NOOP("RulesModel", "Item"),
               QT_TRANSLATE_NOOP("RulesModel", "Range"), QT_TRANSLATE_NOOP("RulesModel", "Default"),
               QT_TRANSLATE_NOOP("RulesModel", "Unit"), QT_TRANSLATE_NOOP("RulesModel", "Status"))

    def load(self) -> None:
        from ...office.rules import all_rules

        self.set_rows(all_rules())

    def cell(self, r, column, role):
        if role == Qt.DisplayRole:
            sign = "+" if r.kind == "bonus" else "−"
            rng = (f"{sign}{r.min_points}" if r.min_points == r.max_points
                   else f"{sign}{r.min_points}…{sign}{r.max_points}")
            return {
                self.CODE: r.code, self.AREA: i18n.label(vocab.AREAS, r.area),
                self.KIND: i18n.label(vocab.KINDS, r.kind), self.ITEM: r.name, self.RANGE: rng,
                self.DEFAULT: f"{sign}{r.default_points}", self.UNIT: i18n.label(vocab.UNITS, r.unit),
                self.STATUS: (QCoreApplication.translate("RulesModel", "In use") if r.active
                              else QCoreApplication.translate("RulesModel", "Disabled"))
                + (QCoreApplication.translate("RulesModel", " · serious") if r.serious else ""),
            }.get(column)
        if role == Qt.ForegroundRole:
            if not r.active:
                return QBrush(VOIDED_COLOR)
            if column in (self.RANGE, self.DEFAULT, self.KIND):
                return QBrush(BONUS_COLOR if r.kind == "bonus" else DEDUCTION_COLOR)
        if role == Qt.ToolTipRole and column == self.ITEM:
            return r.name + (f"\n{r.note}" if r.note else "")
        return None
