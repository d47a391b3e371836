"""Help → Check a printout: is this paper what the database says was published?

Every bulletin and scorecard prints the short fingerprint of the month's
published snapshot. Typing it here (case and spaces do not matter) says
whether it is the month's current revision, an earlier revision that has
since been replaced (its fingerprint is kept in the audit entry of that
publication or revision), or matches nothing.

Entry points: ``CheckPrintoutDialog(ctx, parent).exec()``; the check itself is
``match_printout(month, text) -> PrintoutMatch`` (no Qt).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...store.models import AuditEntry, Period
from ...trust.audit import check_chain_code
from ...base.months import Month
from ..forms.ui_check_printout_dialog import Ui_CheckPrintoutDialog
from ..shell import i18n


def normalise(text: str) -> str:
    """The fingerprint typed back: spaces and dashes dropped; from a whole footer line copied
    (公示指纹 3F9A0C127B4E · 链 1234·5F2A9C1B), the fingerprint part."""
    text = (text or "").split("链")[0]
    text = re.sub(r"公示指纹|指纹", "", text)
    return re.sub(r"[\s\-·]+", "", text).upper()


@dataclass
class Revision:
    number: int
    fingerprint: str
    at: object  # UTC datetime of the publication or revision
    actor: str


@dataclass
class PrintoutMatch:
    """``kind``: "current", "earlier", "none" (no match), "unpublished" (month never
    published) or "altered" (the fingerprint is the current revision's as published,
    but the results stored now no longer produce it)."""

    kind: str
    month: Month
    revision: Revision | None = None
    current: int = 0


def revisions(month: Month) -> list[Revision]:
    """Every published revision of ``month`` with its fingerprint, oldest first (from the audit trail)."""
    out: dict[int, Revision] = {}
    q = (AuditEntry.select().where((AuditEntry.month == month.key) & (AuditEntry.entity == "period")
                                   & AuditEntry.action.in_(("publish_month", "revise_month")))
         .order_by(AuditEntry.id))
    for e in q:
        try:
            after = json.loads(e.after or "{}")
        except ValueError:
            continue
        if isinstance(after, dict) and after.get("fingerprint") and after.get("revision"):
            out[int(after["revision"])] = Revision(int(after["revision"]), str(after["fingerprint"]).upper(),
                                                   e.at, e.actor)
    return [out[k] for k in sorted(out)]


def stored_fingerprint(month: Month, revision: int) -> str:
    """The fingerprint the snapshot stored now produces (as ``verify`` computes it)."""
    from ...store.models import MonthlyResult
    from ...monthly.periods import fingerprint
    from ...monthly.standings import result_to_standing

    rows = (MonthlyResult.select()
            .where((MonthlyResult.month == month.key) & (MonthlyResult.revision == revision))
            .order_by(MonthlyResult.rank, MonthlyResult.employee_no))
    return fingerprint([result_to_standing(r) for r in rows], month, revision)


def match_printout(month: Month, text: str) -> PrintoutMatch:
    wanted = normalise(text)
    period = Period.get_or_none(Period.month == month.key)
    if period is None or not period.revision:
        return PrintoutMatch("unpublished", month)
    known = revisions(month)
    current = next((r for r in known if r.number == period.revision), None)
    # The audit trail (hash-chained) is the record of what was published; the period row is a copy.
    current_fp = current.fingerprint if current else (period.fingerprint or "").upper()
    if wanted and wanted == current_fp:
        rev = current or Revision(period.revision, current_fp, period.published_at, period.published_by or "")
        kind = "current" if stored_fingerprint(month, period.revision) == current_fp else "altered"
        return PrintoutMatch(kind, month, rev, period.revision)
    for rev in reversed(known):
        if wanted and wanted == rev.fingerprint and rev.number != period.revision:
            return PrintoutMatch("earlier", month, rev, period.revision)
    return PrintoutMatch("none", month, None, period.revision)


def published_months() -> list[Month]:
    return [Month.parse(p.month) for p in
            Period.select(Period.month).where(Period.revision > 0).order_by(Period.month.desc())]


class CheckPrintoutDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CheckPrintoutDialog()
        self.ui.setupUi(self)
        self.month = self.ui.month
        for m in published_months():
            self.month.addItem(i18n.month_label(m), m.key)
        index = self.month.findData(ctx.month.key)
        if index >= 0:
            self.month.setCurrentIndex(index)
        self.fingerprint = self.ui.fingerprint
        self.result_label = self.ui.result
        buttons = self.ui.buttons
        self.check_button = buttons.addButton(self.tr("Check"), QDialogButtonBox.ActionRole)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        if self.month.count() == 0:
            self.result_label.setText(self.tr("No month has been published yet, so no printout can match."))
            self.check_button.setEnabled(False)
        self.fingerprint.returnPressed.connect(self.check)
        self.fingerprint.textChanged.connect(lambda _: self.result_label.clear())
        self.month.currentIndexChanged.connect(lambda _: self.result_label.clear())

    def check(self) -> PrintoutMatch | None:
        key = self.month.currentData()
        if not key:
            return None
        text = self.fingerprint.text()
        chain = check_chain_code(text)
        if not normalise(text) and chain is None:
            self.result_label.setText(self.tr("Type the fingerprint printed at the foot of the page."))
            return None
        found = None
        self.result_label.clear()
        if normalise(text):
            found = match_printout(Month.parse(key), text)
            self.show_result(found)
        if chain is not None:  # the footer's chain code too: the audit trail as it was when printed
            holds, message = chain
            shown = self.result_label.text()
            self.result_label.setText((shown + "<br>" if shown else "") + ("" if holds else "<b>") + message
                                      + ("" if holds else "</b>"))
            if not holds or not shown:
                self.result_label.setStyleSheet("color:#1b7a35" if holds else "color:#c62828")
        return found

    def show_result(self, found: PrintoutMatch) -> None:
        month = i18n.month_label(found.month)
        ok_style, old_style, bad_style = "color:#1b7a35", "color:#a35a00", "color:#c62828"
        if found.kind == "current":
            text = self.tr("<b>Matches.</b> This is revision {rev} of {month}, published on {time} by {who} — "
                           "the results now in force.").format(
                rev=found.revision.number, month=month, time=i18n.fmt_time(found.revision.at), who=found.revision.actor)
            style = ok_style
        elif found.kind == "earlier":
            text = self.tr("<b>Out of date.</b> This matches revision {rev} of {month}, published on {time} by "
                           "{who}, which was later replaced: revision {current} is now in force. "
                           "Print the current bulletin again.").format(
                rev=found.revision.number, month=month, time=i18n.fmt_time(found.revision.at), who=found.revision.actor,
                current=found.current)
            style = old_style
        elif found.kind == "altered":
            text = self.tr("<b>Matches what was published, but the database was changed since.</b> The paper is "
                           "revision {rev} of {month} as published on {time}; the results stored now no longer "
                           "produce this fingerprint — they were changed behind the program's back. Run Verify in "
                           "the audit trail and restore a backup.").format(
                rev=found.revision.number, month=month, time=i18n.fmt_time(found.revision.at))
            style = bad_style
        elif found.kind == "unpublished":
            text = self.tr("<b>No match.</b> {month} has not been published.").format(month=month)
            style = bad_style
        else:
            text = self.tr("<b>No match.</b> The fingerprint matches no revision of {month}. Check that it was "
                           "typed correctly and the month is right; otherwise the paper was not printed from "
                           "these results.").format(month=month)
            style = bad_style
        self.result_label.setStyleSheet(style)
        self.result_label.setText(text)

