"""Month → Publish: a preview of the results and the month-end checklist, then confirmation.

Pending proposals block publishing: each is listed in red with Confirm and
Dismiss… right there. Other open items (results missing, month not over) need
a reason to publish anyway; information items need nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from ...base import clock
from ...office import settings as settings_mod
from ...monthly.month_end import checklist
from ...base.months import Month
from ...monthly.proposals import confirm as confirm_proposals
from ...monthly.proposals import dismiss as dismiss_proposals
from ...monthly.proposals import find as find_proposals
from ...monthly.scoring import ScoringRules
from ...monthly.standings import live_standings
from ...base.workdays import appeal_deadline_utc
from ..shell import i18n, messages
from ..exams.exam_models import confirm_reason
from ..forms.ui_publish_dialog import Ui_PublishDialog
from ..shell.operations import run_op
from .daily_models import StandingsModel

COLOURS = {"blocking": "#b00020", "reason": "#8a5a00", "info": "#666666"}


class PublishDialog(QDialog):
    """Shows what publishing ``month`` will lock and what is still open; Accepted means "publish"
    (with ``anyway_reason()`` when open items remain)."""

    def __init__(self, ctx, month: Month, parent=None):
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.ui = Ui_PublishDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Publish {month}").format(month=i18n.month_label(month)))
        s = settings_mod.load()
        self.model = StandingsModel(self)
        self.ui.preview.setModel(self.model)
        self.ui.preview.verticalHeader().hide()
        self.ui.preview.verticalHeader().setDefaultSectionSize(26)
        self.ui.intro.setText(self.tr(
            "Publishing locks {month}: no event can be added or voided afterwards, the results below are kept "
            "as revision 1, and the appeal window opens until {deadline}. Check the ranking before you go on."
        ).format(month=i18n.month_label(month),
                 deadline=i18n.fmt_time(appeal_deadline_utc(clock.now_utc(), s))))
        self.publish_button = self.ui.buttons.addButton(self.tr("&Publish and lock"), QDialogButtonBox.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.Cancel).setDefault(True)
        self.ui.anywayReason.setPlaceholderText(self.tr("required while the items above are open"))
        self.ui.anywayReason.textChanged.connect(self.update_button)
        self.item_rows: list[QWidget] = []
        self.refresh()
        self.ui.preview.resizeColumnsToContents()
        self.ui.preview.horizontalHeader().setSectionResizeMode(StandingsModel.MARKS, QHeaderView.Stretch)

    # -- contents
    def refresh(self) -> None:
        self.rows = live_standings(self.month, ScoringRules.from_settings(settings_mod.load()))
        self.model.set_rows(self.rows)
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
        self.checklist = checklist(self.month)
        self.fill_checklist()
        self.update_button()

    def fill_checklist(self) -> None:
        layout = self.ui.checklistLayout
        for w in self.item_rows:
            layout.removeWidget(w)
            w.deleteLater()
        self.item_rows = []
        items = self.checklist.items
        self.ui.checklistTitle.setText(
            self.tr("Before publishing: nothing is open.") if not self.checklist.open_items else
            self.tr("Before publishing: {n} open items.").format(n=len(self.checklist.open_items)))
        why_not = confirm_reason(self.ctx)
        for item in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            colour = COLOURS["blocking" if item.blocking else "reason" if item.needs_reason else "info"]
            mark = "●" if item.blocking else "▲" if item.needs_reason else "·"
            label = QLabel(f"<span style='color:{colour}'>{mark} {_escape(item.text)}</span>")
            label.setWordWrap(True)
            label.setObjectName(f"item_{item.kind}")
            line.addWidget(label, 1)
            if item.kind == "pending_proposal":
                source = item.detail["source"]
                ok = QPushButton(self.tr("Confirm"))
                no = QPushButton(self.tr("Dismiss…"))
                for b in (ok, no):
                    b.setEnabled(why_not is None)
                    b.setToolTip(why_not or "")
                ok.clicked.connect(lambda _=False, s=source: self.confirm_item(s))
                no.clicked.connect(lambda _=False, s=source: self.dismiss_item(s))
                line.addWidget(ok)
                line.addWidget(no)
            layout.addWidget(row)
            self.item_rows.append(row)
        layout.addStretch(0)
        needs_reason = bool(self.checklist.needs_reason)
        self.ui.anywayLabel.setVisible(needs_reason)
        self.ui.anywayReason.setVisible(needs_reason)
        self.ui.checklistArea.setVisible(bool(items))

    def update_button(self) -> None:
        why = ""
        if self.checklist.blocking:
            why = self.tr("{n} proposals are pending: confirm or dismiss each of them first.").format(
                n=len(self.checklist.blocking))
        elif self.checklist.needs_reason and not self.anyway_reason():
            why = self.tr("Some items are still open: settle them, or give a reason to publish anyway.")
        self.publish_button.setEnabled(not why)
        self.publish_button.setToolTip(why)

    def anyway_reason(self) -> str | None:
        """The reason to publish despite open items, when some are open."""
        text = self.ui.anywayReason.text().strip()
        return text if text and self.checklist.needs_reason else None

    # -- settling a proposal here
    def confirm_item(self, source: str) -> None:
        op = run_op(self.ctx, self, lambda actor: confirm_proposals(
            actor, find_proposals(self.month, [source]), self.month), what="events")
        if op.done and op.error is None:
            self.refresh()

    def dismiss_item(self, source: str) -> None:
        reason = messages.ask_text(self, self.tr("Dismiss proposal"), self.tr(
            "Why is this proposal not recorded? The reason is kept with the month."))
        if reason is None:
            return
        op = run_op(self.ctx, self, lambda actor: dismiss_proposals(
            actor, find_proposals(self.month, [source]), self.month, reason), what="events")
        if op.done and op.error is None:
            self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
