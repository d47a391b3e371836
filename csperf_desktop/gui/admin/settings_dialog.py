"""Settings → Scoring settings: one field per entry of the core's ``SETTINGS``
list (type, limits and choices come from there), with load() and save()."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget)

from ...office import settings as settings_mod
from ...base import vocab
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from ..shell import i18n
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op

# The core's English labels, listed here so the translation tools find them.
LABELS = (
    QT_TRANSLATE_NOOP("settings", "Company name"),
    QT_TRANSLATE_NOOP("settings", "Supervisor name (signature line)"),
    QT_TRANSLATE_NOOP("settings", "Monthly base score"),
    QT_TRANSLATE_NOOP("settings", "Monthly maximum score"),
    QT_TRANSLATE_NOOP("settings", "Monthly minimum score"),
    QT_TRANSLATE_NOOP("settings", "Excellence award goes to"),
    QT_TRANSLATE_NOOP("settings", "Excellence award amount (yuan)"),
    QT_TRANSLATE_NOOP("settings", "When the award is tied"),
    QT_TRANSLATE_NOOP("settings", "Minimum score for the sales award mode"),
    QT_TRANSLATE_NOOP("settings", "Appeal window counted in"),
    QT_TRANSLATE_NOOP("settings", "Appeal window after publication (working days)"),
    QT_TRANSLATE_NOOP("settings", "Appeal window after publication (hours)"),
    QT_TRANSLATE_NOOP("settings", "Extra days off (dates, comma separated)"),
    QT_TRANSLATE_NOOP("settings", "Extra working days (dates, comma separated)"),
    QT_TRANSLATE_NOOP("settings", "e.g. 2026-12-31, 2027-01-04; not counted as working days for the appeal window"),
    QT_TRANSLATE_NOOP("settings", "e.g. a Saturday the office works; counted as working days for the appeal window"),
    QT_TRANSLATE_NOOP("settings", "Appeals per agent per month (0 = no limit)"),
    QT_TRANSLATE_NOOP("settings", "Appeals go to (person, place, how)"),
    QT_TRANSLATE_NOOP("settings", "who receives appeals, where and how; printed on the bulletin (empty = the supervisor)"),
    QT_TRANSLATE_NOOP("settings", "Warning: score below"),
    QT_TRANSLATE_NOOP("settings", "Warning needs both months below the threshold"),
    QT_TRANSLATE_NOOP("settings", "Customer satisfaction for the B06 bonus (%)"),
    QT_TRANSLATE_NOOP("settings", "Order amount for gift A (yuan)"),
    QT_TRANSLATE_NOOP("settings", "Order amount for gift B (yuan)"),
    QT_TRANSLATE_NOOP("settings", "Order amount for gift C (yuan)"),
    QT_TRANSLATE_NOOP("settings", "Backup folder (empty = the data folder's backups)"),
    QT_TRANSLATE_NOOP("settings", "Automatic backups kept: last N days"),
    QT_TRANSLATE_NOOP("settings", "Automatic backups kept: last N months"),
    QT_TRANSLATE_NOOP("settings", "Lock the window after idle minutes (0 = never)"),
    QT_TRANSLATE_NOOP("settings", "Command line: require a user name and password"),
    QT_TRANSLATE_NOOP("settings", "without it, commands act as administrator; whoever runs them can also edit the file"),
    QT_TRANSLATE_NOOP("settings", "Font file or folder for printed PDFs (empty = automatic)"),
    QT_TRANSLATE_NOOP("settings", "TrueType .ttf/.ttc, e.g. C:\\Windows\\Fonts\\msyh.ttc; .otf (CFF) fonts cannot be used"),
    QT_TRANSLATE_NOOP("settings", "Annual result: weight of the monthly average (%)"),
    QT_TRANSLATE_NOOP("settings", "the rest is the weighted year-end evaluation"),
    QT_TRANSLATE_NOOP("settings", "Annual grades (name:minimum score, highest first)"),
    QT_TRANSLATE_NOOP("settings", "Annual judged ratings 1-5 as points"),
    QT_TRANSLATE_NOOP("settings", "Warn when more than N % are graded excellent (0 = off)"),
    QT_TRANSLATE_NOOP("settings", "Roles ranked on the bulletin (award and warning)"),
    QT_TRANSLATE_NOOP("settings", "the others keep their score, without rank, award or warning"),
    QT_TRANSLATE_NOOP("settings", "Bulletin: list the people not ranked in their own section"),
    QT_TRANSLATE_NOOP("settings", "Bulletin: mark the people with a warning (※)"),
    QT_TRANSLATE_NOOP("settings", "off by default: a warning is private; it is always printed on the person's own scorecard"),
)
# Which group box each setting appears in; a key not listed goes to "Other".
SECTIONS = (
    (QT_TRANSLATE_NOOP("settings", "Office"), ("company_name", "supervisor_name")),
    (QT_TRANSLATE_NOOP("settings", "Monthly score"), ("base_score", "cap_score", "floor_score")),
    (QT_TRANSLATE_NOOP("settings", "Who is ranked"), ("ranked_roles", "bulletin_show_unranked")),
    (QT_TRANSLATE_NOOP("settings", "Excellence award"),
     ("award_mode", "award_amount", "award_tie", "award_min_score")),
    (QT_TRANSLATE_NOOP("settings", "Appeals and warnings"),
     ("appeal_window_unit", "appeal_window_days", "appeal_window_hours", "appeal_extra_days_off",
      "appeal_extra_working_days", "appeal_limit_per_month", "appeal_contact", "warning_threshold",
      "warning_both_months", "bulletin_show_warnings", "csat_bonus_threshold")),
    (QT_TRANSLATE_NOOP("settings", "Order gifts"), ("gift_tier_a", "gift_tier_b", "gift_tier_c")),
    (QT_TRANSLATE_NOOP("settings", "Annual review"),
     ("annual_monthly_weight", "annual_grade_bands", "annual_rating_points", "annual_excellent_max_pct")),
)
OTHER = QT_TRANSLATE_NOOP("settings", "Backups, security and printing")
TIE_LABELS = {
    "share": QT_TRANSLATE_NOOP("settings", "Share the amount equally"),
    "each": QT_TRANSLATE_NOOP("settings", "Pay the full amount to each"),
}


def choice_label(key: str, code: str) -> str:
    if key == "award_mode":
        zh, en = settings_mod.AWARD_MODES.get(code, (code, code))
        return zh if i18n.is_chinese() else en
    if key == "appeal_window_unit":
        zh, en = settings_mod.APPEAL_WINDOW_UNITS.get(code, (code, code))
        return zh if i18n.is_chinese() else en
    if key == "award_tie":
        return QCoreApplication.translate("settings", TIE_LABELS.get(code, code))
    return code


class RoleChecks(QWidget):
    """One check box per staff role: the roles ranked (setting ``ranked_roles``, codes joined by commas)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code in vocab.STAFF_ROLES:
            box = QCheckBox(i18n.label(vocab.STAFF_ROLES, code))
            self.boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)

    def value(self) -> str:
        return ",".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: str) -> None:
        codes = {c.strip() for c in str(value).split(",")}
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        host_layout = self.ui.hostLayout
        labels: list[QLabel] = []
        placed = {k for _, keys in SECTIONS for k in keys}
        sections = list(SECTIONS) + [(OTHER, tuple(d.key for d in settings_mod.SETTINGS if d.key not in placed))]
        for title, keys in sections:
            defs = [settings_mod.BY_KEY[k] for k in keys if k in settings_mod.BY_KEY]
            if not defs:
                continue
            box = QGroupBox(QCoreApplication.translate("settings", title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
            for d in defs:
                widget = self._widget_for(d)
                widget.setMinimumWidth(240)
                if isinstance(widget, RoleChecks):  # every role's box readable, none clipped
                    widget.setMinimumWidth(max(240, widget.sizeHint().width()))
                if d.help:
                    widget.setToolTip(QCoreApplication.translate("settings", d.help))
                error = QLabel()
                error.setStyleSheet("color: #c62828;")
                error.setWordWrap(True)
                row = QWidget()
                h = QHBoxLayout(row)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(widget, 1)
                h.addWidget(error, 1)
                colon = "：" if i18n.is_chinese() else ":"
                label = QLabel(QCoreApplication.translate("settings", d.label) + colon)
                labels.append(label)
                form.addRow(label, row)
                self.widgets[d.key] = widget
                self.error_labels[d.key] = error
            host_layout.addWidget(box)
        host_layout.addStretch(1)
        # One label width for every group, so the fields line up down the page.
        width = max(lbl.sizeHint().width() for lbl in labels)
        for lbl in labels:
            lbl.setMinimumWidth(width)
        self.form_error = self.ui.formError
        self.buttons = self.ui.buttons
        if self.widgets:  # the fields, added after the form was set up, come before the buttons
            previous = list(self.widgets.values())[-1]
            for button in (QDialogButtonBox.Save, QDialogButtonBox.Cancel):
                QWidget.setTabOrder(previous, self.buttons.button(button))
                previous = self.buttons.button(button)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors({k: (w, self.error_labels[k]) for k, w in self.widgets.items()}, self.form_error)
        allowed = ctx.can("edit_settings")
        self.buttons.button(QDialogButtonBox.Save).setEnabled(allowed)
        self.load()
        unit = self.widgets.get("appeal_window_unit")
        if unit is not None:
            unit.currentIndexChanged.connect(self.window_unit_changed)
            self.window_unit_changed()

    def window_unit_changed(self, *_) -> None:
        """Only the fields of the chosen unit apply: working days and their calendar, or hours."""
        days = self.widgets["appeal_window_unit"].currentData() == "working_days"
        for key in ("appeal_window_days", "appeal_extra_days_off", "appeal_extra_working_days"):
            self.widgets[key].setEnabled(days)
        self.widgets["appeal_window_hours"].setEnabled(not days)

    def _widget_for(self, d) -> QWidget:
        if d.key == "ranked_roles":
            return RoleChecks()
        if d.type is bool:
            return QCheckBox()
        if d.choices:
            combo = QComboBox()
            for code in d.choices:
                combo.addItem(choice_label(d.key, code), code)
            return combo
        if d.type is int:
            spin = QSpinBox()
            spin.setRange(int(d.minimum if d.minimum is not None else -10**9),
                          int(d.maximum if d.maximum is not None else 10**9))
            return spin
        if d.type is float:
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setRange(d.minimum if d.minimum is not None else -1e9, d.maximum if d.maximum is not None else 1e9)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(d.max_length)
        return edit

    def load(self) -> None:
        values = settings_mod.load().values
        for key, w in self.widgets.items():
            v = values[key]
            if isinstance(w, RoleChecks):
                w.set_value(v)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(v))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(v)))
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                w.setValue(v)
            else:
                w.setText(str(v))

    def values(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, RoleChecks):
                out[key] = w.value()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                out[key] = w.value()
            else:
                out[key] = w.text()
        return out

    def save(self) -> None:
        self.errors.clear()
        op = run_op(self.ctx, self, settings_mod.update_settings, self.values(), what="settings",
                    on_error=self.errors.show)
        if op.error is None:
            self.accept()
