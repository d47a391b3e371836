"""Settings → Rulebook: the bonus and deduction items, their ranges and defaults.

Events keep the points, code and name they were recorded with, so editing a
rule never changes a recorded score.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView

from ...office import rules as rules_service
from ...base import vocab
from ...store.models import Rule
from ..shell import i18n
from ..forms.ui_rule_dialog import Ui_RuleDialog
from ..forms.ui_rulebook_dialog import Ui_RulebookDialog
from ..shell.operations import run_op
from ..widgets.record_dialog import RecordDialog
from ..widgets.rows_model import RowRole
from .staff_models import RulesModel


class RuleDialog(RecordDialog):
    """Add or edit one rule; range errors appear beside the field."""

    ADD = staticmethod(rules_service.add_rule)
    UPDATE = staticmethod(rules_service.update_rule)
    WHAT = "rules"

    def __init__(self, ctx, rule: Rule | None = None, parent=None):
        super().__init__(ctx, rule, parent)
        self.ui = Ui_RuleDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("Add rule"))
        for table, combo in ((vocab.AREAS, self.ui.areaEdit), (vocab.KINDS, self.ui.kindEdit),
                             (vocab.UNITS, self.ui.unitEdit)):
            for code in table:
                combo.addItem(i18n.label(table, code), code)
        if rule is not None:
            u = self.ui
            u.codeEdit.setText(rule.code)
            u.nameEdit.setText(rule.name)
            u.areaEdit.setCurrentIndex(u.areaEdit.findData(rule.area))
            u.kindEdit.setCurrentIndex(u.kindEdit.findData(rule.kind))
            u.unitEdit.setCurrentIndex(u.unitEdit.findData(rule.unit))
            u.min_pointsEdit.setValue(rule.min_points)
            u.max_pointsEdit.setValue(rule.max_points)
            u.default_pointsEdit.setValue(rule.default_points)
            u.seriousEdit.setChecked(rule.serious)
            u.noteEdit.setText(rule.note)
        self.finish_form(("code", "name", "area", "kind", "unit", "min_points", "max_points", "default_points",
                          "serious", "note"), 820)

    def values(self) -> dict:
        u = self.ui
        return {"code": u.codeEdit.text(), "name": u.nameEdit.text(), "area": u.areaEdit.currentData(),
                "kind": u.kindEdit.currentData(), "unit": u.unitEdit.currentData(),
                "min_points": u.min_pointsEdit.value(), "max_points": u.max_pointsEdit.value(),
                "default_points": u.default_pointsEdit.value(), "serious": u.seriousEdit.isChecked(),
                "note": u.noteEdit.text()}


class RulebookDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RulebookDialog()
        self.ui.setupUi(self)
        self.model = RulesModel(self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(RulesModel.ITEM, QHeaderView.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.add_button = self.ui.addButton
        self.edit_button = self.ui.editButton
        self.toggle_button = self.ui.toggleButton
        self.ui.close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        ctx.changed.connect(self.on_changed)
        self.reload()

    def on_changed(self, what: str) -> None:
        if what in ("rules", "database"):
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.load()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(RulesModel.ITEM, QHeaderView.Stretch)
        if selected is not None:
            for row, r in enumerate(self.model.rows):
                if r.id == selected.id:
                    self.table.selectRow(row)
        self.update_buttons()

    def selected(self) -> Rule | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], RowRole) if rows else None

    def update_buttons(self, *_):
        r = self.selected()
        allowed = self.ctx.can("edit_rules")
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed and r is not None)
        self.toggle_button.setEnabled(allowed and r is not None)
        self.toggle_button.setText(self.tr("&Enable") if r is not None and not r.active else self.tr("&Disable"))

    def add_rule(self) -> None:
        RuleDialog(self.ctx, None, self).exec()

    def edit_selected(self, *_):
        r = self.selected()
        if r is not None and self.ctx.can("edit_rules"):
            RuleDialog(self.ctx, Rule.get_by_id(r.id), self).exec()

    def toggle_selected(self) -> None:
        r = self.selected()
        if r is not None:
            run_op(self.ctx, self, rules_service.set_rule_active, r.id, not r.active, what="rules")
