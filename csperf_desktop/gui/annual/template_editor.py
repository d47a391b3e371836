"""The annual review template editor: each role's dimensions and indicators
with their weights, targets and scoring bands.

Edited in a tree (dimension → indicators) and validated by the core on save
(dimension weights and the indicators of each dimension sum to 100 %, data
indicators need a source, direction, target and zero point). A version used
by a signed-off review is frozen: saving then creates the next version, and
the dialog says so before and after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QStyledItemDelegate, QTreeWidgetItem

from ... import annual
from ...annual.templates import SOURCES
from ...base.vocab import STAFF_ROLES
from ..shell import i18n, messages
from ..shell.operations import run_op
from ..forms.ui_template_editor import Ui_TemplateEditor

CodeRole = Qt.UserRole + 10
NAME, CODE, KIND, WEIGHT, SOURCE, DIRECTION, TARGET, ZERO, TARGET_HIGH, ZERO_HIGH, RULE = range(11)
NUMBER_KEYS = {TARGET: "target", ZERO: "zero", TARGET_HIGH: "target_high", ZERO_HIGH: "zero_high"}
BAD = QColor("#c62828")


def _num_text(v) -> str:
    if v is None or v == "":
        return ""
    return f"{v:g}" if isinstance(v, (int, float)) else str(v)


def _choices(column: int) -> list[tuple[str, str]]:
    if column == KIND:
        return [(code, i18n.label(annual.KINDS, code)) for code in annual.KINDS]
    if column == SOURCE:
        return [(code, f"{label}（{unit}）") for code, (label, unit, _agg) in SOURCES.items()]
    if column == DIRECTION:
        return [(code, i18n.label(annual.DIRECTIONS, code)) for code in annual.DIRECTIONS]
    return []


def _label(column: int, code: str) -> str:
    return dict(_choices(column)).get(code, code or "")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for kind, source and direction; nothing to edit where a column does not apply."""

    def __init__(self, editor_dialog):
        super().__init__(editor_dialog)
        self.dialog = editor_dialog

    def createEditor(self, parent, option, index):
        item = self.dialog.tree.itemFromIndex(index)
        if item is None or not self.dialog.editable or not self.dialog.applies(item, index.column()):
            return None
        if index.column() in (KIND, SOURCE, DIRECTION):
            combo = QComboBox(parent)
            for code, label in _choices(index.column()):
                combo.addItem(label, code)
            return combo
        return super().createEditor(parent, option, index)

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        hint.setHeight(max(hint.height() + 6, 24))
        return hint

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(CodeRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), CodeRole)
            model.setData(index, editor.currentText(), Qt.DisplayRole)
            return
        super().setModelData(editor, model, index)


class TemplateEditor(QDialog):
    def __init__(self, ctx, parent=None, role: str = "agent"):
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can("annual_review")
        self.template = None
        self._loading = False
        self.ui = u = Ui_TemplateEditor()
        u.setupUi(self)
        self.role, self.name, self.version, self.tree = u.role, u.name, u.version, u.tree
        self.frozen_banner = u.lockBanner
        self.sums, self.help, self.message, self.buttons = u.sums, u.help, u.message, u.buttons
        self.add_dimension_button, self.add_indicator_button, self.remove_button = (
            u.add_dimension_button, u.add_indicator_button, u.remove_button)
        for code in STAFF_ROLES:
            self.role.addItem(i18n.label(STAFF_ROLES, code), code)
        self.tree.setItemDelegate(ChoiceDelegate(self))
        for col, width in ((NAME, 230), (CODE, 100), (KIND, 76), (WEIGHT, 66), (SOURCE, 190), (DIRECTION, 84),
                           (TARGET, 62), (ZERO, 62), (TARGET_HIGH, 76), (ZERO_HIGH, 84), (RULE, 70)):
            self.tree.setColumnWidth(col, width)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.role.currentIndexChanged.connect(self.load)
        self.tree.itemChanged.connect(self._item_changed)
        self.add_dimension_button.clicked.connect(self.add_dimension)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_selected)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.load()
        reason = ctx.permission_reason("annual_review")
        for w in (self.save_button, self.add_dimension_button, self.add_indicator_button, self.remove_button,
                  self.name):
            w.setEnabled(self.editable)
            w.setToolTip(reason or "")
        self.resize(1320, 700)

    # -- loading
    def current_role(self) -> str:
        return self.role.currentData()

    def load(self) -> None:
        role = self.current_role()
        t = annual.template_for_role(role)
        self.template = t
        self._loading = True
        self.tree.clear()
        self.name.setText(t.name if t.role == role else "")
        self.name.setPlaceholderText(t.name)
        for dim in t.dimensions:
            d_item = self._dimension_item(dim)
            for ind in dim["indicators"]:
                self._indicator_item(d_item, ind)
        self.tree.expandAll()
        for col in range(NAME, RULE + 1):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, min(self.tree.columnWidth(col) + 8, 280 if col == NAME else 240))
        self._loading = False
        if t.role != role:
            text = self.tr("QA inspectors use the agent template (version {v}) until one of their own is saved "
                           "here. Saving creates the QA template.").format(v=t.version)
        elif t.id is None:
            text = self.tr("Built-in default, not saved yet.")
        else:
            text = self.tr("Version {v}.").format(v=t.version)
        self.version.setText(text)
        if t.frozen and t.role == role:
            self.frozen_banner.setText(self.tr(
                "Version {v} is used by a signed-off review and is frozen. Saving keeps it unchanged for those "
                "reviews and creates version {n}.").format(v=t.version, n=t.version + 1))
            self.frozen_banner.show()
        else:
            self.frozen_banner.hide()
        self.message.clear()
        self.update_sums()

    def _flags(self, item: QTreeWidgetItem) -> None:
        flags = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        if self.editable:
            flags |= Qt.ItemIsEditable
        item.setFlags(flags)

    def _dimension_item(self, dim: dict) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree)
        self._flags(item)
        item.setText(NAME, dim.get("name", ""))
        item.setText(CODE, dim.get("code", ""))
        item.setText(WEIGHT, _num_text(dim.get("weight")))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for col in range(self.tree.columnCount()):
            item.setFont(col, bold)
        return item

    def _indicator_item(self, parent: QTreeWidgetItem, ind: dict) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        self._flags(item)
        item.setText(NAME, ind.get("name", ""))
        item.setText(CODE, ind.get("code", ""))
        item.setText(WEIGHT, _num_text(ind.get("weight")))
        for col, key in ((KIND, "kind"), (SOURCE, "source"), (DIRECTION, "direction")):
            code = ind.get(key, "")
            item.setData(col, CodeRole, code)
            item.setText(col, _label(col, code))
        for col, key in NUMBER_KEYS.items():
            item.setText(col, _num_text(ind.get(key)))
        item.setText(RULE, ind.get("rule_code", ""))
        self._grey_unused(item)
        return item

    def applies(self, item: QTreeWidgetItem, column: int) -> bool:
        if item.parent() is None:
            return column in (NAME, CODE, WEIGHT)
        if column in (NAME, CODE, WEIGHT, KIND):
            return True
        if item.data(KIND, CodeRole) != "data":
            return False
        direction = item.data(DIRECTION, CodeRole)
        if column in (TARGET_HIGH, ZERO_HIGH):
            return direction == "band"
        if column == RULE:
            return item.data(SOURCE, CodeRole) == "rule_count"
        return True

    def _grey_unused(self, item: QTreeWidgetItem) -> None:
        grey = QBrush(QColor("#b0b4ba"))
        normal = QBrush(self.tree.palette().text().color())
        for col in range(KIND + 1, RULE + 1):
            item.setForeground(col, normal if self.applies(item, col) else grey)

    # -- editing
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        if item.parent() is not None and column in (KIND, SOURCE, DIRECTION):
            self._loading = True
            if column == KIND and item.data(KIND, CodeRole) == "data" and not item.data(SOURCE, CodeRole):
                item.setData(SOURCE, CodeRole, "csat")
                item.setText(SOURCE, _label(SOURCE, "csat"))
                item.setData(DIRECTION, CodeRole, "higher")
                item.setText(DIRECTION, _label(DIRECTION, "higher"))
            self._grey_unused(item)
            self._loading = False
        self.update_sums()

    def add_dimension(self) -> None:
        n = self.tree.topLevelItemCount() + 1
        item = self._dimension_item({"code": f"dim{n}", "name": self.tr("New dimension"), "weight": 0})
        self._indicator_item(item, {"code": f"dim{n}_1", "name": self.tr("New indicator"), "kind": "judged",
                                    "weight": 100})
        item.setExpanded(True)
        self.tree.setCurrentItem(item, NAME)
        self.update_sums()

    def add_indicator(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            messages.info(self, self.tr("Select the dimension the indicator belongs to."))
            return
        dim = current if current.parent() is None else current.parent()
        n = dim.childCount() + 1
        item = self._indicator_item(dim, {"code": f"{dim.text(CODE)}_{n}", "name": self.tr("New indicator"),
                                          "kind": "judged", "weight": 0})
        dim.setExpanded(True)
        self.tree.setCurrentItem(item, NAME)
        self.update_sums()

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if item.parent() is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            item.parent().removeChild(item)
        self.update_sums()

    # -- weights and body
    @staticmethod
    def _weight(item: QTreeWidgetItem) -> float | None:
        try:
            return float(item.text(WEIGHT).strip().rstrip("%") or 0)
        except ValueError:
            return None

    def update_sums(self) -> None:
        parts, ok = [], True
        dims = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        total = sum(self._weight(d) or 0 for d in dims)
        ok &= abs(total - 100) < 1e-6
        parts.append(self.tr("Dimensions: {total:g} %").format(total=total))
        for d in dims:
            sub = sum(self._weight(d.child(j)) or 0 for j in range(d.childCount()))
            good = abs(sub - 100) < 1e-6
            ok &= good
            colour = "#1b7a35" if good else "#c62828"
            parts.append(f"{d.text(NAME)}: <span style='color:{colour}'>{sub:g} %</span>")
            d.setForeground(WEIGHT, QBrush(QColor("#333")))
        colour = "#1b7a35" if abs(total - 100) < 1e-6 else "#c62828"
        parts[0] = f"<span style='color:{colour}'>{parts[0]}</span>"
        self.sums.setText(self.tr("Weight totals (each must be 100 %):") + " " + " · ".join(parts))
        self.sums.setProperty("balanced", ok)

    def body(self) -> dict:
        dims = []
        for i in range(self.tree.topLevelItemCount()):
            d = self.tree.topLevelItem(i)
            inds = []
            for j in range(d.childCount()):
                it = d.child(j)
                ind = {"code": it.text(CODE).strip(), "name": it.text(NAME).strip(),
                       "kind": it.data(KIND, CodeRole) or "judged", "weight": it.text(WEIGHT).strip()}
                if ind["kind"] == "data":
                    ind["source"] = it.data(SOURCE, CodeRole)
                    ind["direction"] = it.data(DIRECTION, CodeRole) or "higher"
                    for col, key in NUMBER_KEYS.items():
                        if key in ("target_high", "zero_high") and ind["direction"] != "band":
                            continue
                        ind[key] = it.text(col).strip()
                    if ind["source"] == "rule_count":
                        ind["rule_code"] = it.text(RULE).strip()
                inds.append(ind)
            dims.append({"code": d.text(CODE).strip(), "name": d.text(NAME).strip(),
                         "weight": d.text(WEIGHT).strip(), "indicators": inds})
        return {"dimensions": dims}

    def save(self) -> None:
        self.message.clear()
        role = self.current_role()
        before = self.template
        new_version = before is not None and before.role == role and before.frozen

        def shown(exc) -> bool:
            self.message.setText(exc.message)
            return True

        op = run_op(self.ctx, self, annual.save_template, role, self.body(), self.name.text(), what="annual",
                    on_error=shown)
        if op.error is not None:
            return
        saved = op.result
        if new_version:
            text = self.tr("Saved as a new version {v}. Reviews already signed off keep version {old}.").format(
                v=saved.version, old=before.version)
        else:
            text = self.tr("Template saved (version {v}).").format(v=saved.version)
        messages.info(self, text, self.tr("Template saved"))
        self.load()
