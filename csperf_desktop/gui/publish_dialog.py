"""Month → Publish: a preview of the results, then confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from .. import settings as settings_mod
from ..months import Month
from ..scoring import ScoringRules
from ..standings import live_standings
from . import i18n
from .forms.ui_publish_dialog import Ui_PublishDialog
from .table_models import StandingsModel


class PublishDialog(QDialog):
    """Shows what publishing ``month`` will lock; Accepted means "publish"."""

    def __init__(self, ctx, month: Month, parent=None):
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.ui = Ui_PublishDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Publish {month}").format(month=i18n.month_label(month)))
        s = settings_mod.load()
        self.rows = live_standings(month, ScoringRules.from_settings(s))
        self.model = StandingsModel(self)
        self.model.set_rows(self.rows)
        self.ui.preview.setModel(self.model)
        self.ui.preview.verticalHeader().hide()
        self.ui.preview.verticalHeader().setDefaultSectionSize(26)
        self.ui.preview.resizeColumnsToContents()
        self.ui.preview.horizontalHeader().setSectionResizeMode(StandingsModel.MARKS, QHeaderView.Stretch)
        self.ui.intro.setText(self.tr(
            "Publishing locks {month}: no event can be added or voided afterwards, the results below are kept "
            "as revision 1, and the appeal window of {hours} hours opens. Check the ranking before you go on."
        ).format(month=i18n.month_label(month), hours=s.appeal_window_hours))
        awards = [r for r in self.rows if r.award]
        warnings = [r for r in self.rows if r.warning]
        parts = [self.tr("{n} people ranked.").format(n=sum(1 for r in self.rows if r.ranked))]
        unranked = [r for r in self.rows if not r.ranked]
        if unranked:
            parts.append(self.tr("Not ranked (role): {names}.").format(names="、".join(r.name for r in unranked)))
        if awards:
            parts.append(self.tr("Excellence award: {names}.").format(
                names="、".join(f"{r.name} {r.award_amount}" for r in awards)))
        if warnings:
            parts.append(self.tr("Warning: {names}.").format(names="、".join(r.name for r in warnings)))
        self.ui.summary.setText(" ".join(parts))
        self.publish_button = self.ui.buttons.addButton(self.tr("&Publish and lock"), QDialogButtonBox.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.Cancel).setDefault(True)
