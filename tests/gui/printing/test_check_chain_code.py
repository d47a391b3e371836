"""核对打印件 takes the whole footer line: the fingerprint of the results and the chain code."""

from __future__ import annotations

from csperf_desktop.base.months import Month
from csperf_desktop.gui.printing.check_printout import CheckPrintoutDialog
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.store.models import AuditEntry, Period
from csperf_desktop.trust.audit import chain_head


def test_the_footer_line_checks_the_results_and_the_audit_trail(qtbot, office, supervisor, fixed_clock, ctx):
    add_event(supervisor, "A01", "B03", "2026-09-10")
    publish_month(supervisor, Month(2026, 9))
    footer = f"公示指纹 {Period.get(Period.month == '2026-09').fingerprint} · {chain_head().code}"
    dialog = CheckPrintoutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(dialog.month.findData("2026-09"))
    dialog.fingerprint.setText(footer)
    found = dialog.check()
    assert found.kind == "current"
    assert "Matches" in dialog.result_label.text() and "吻合" in dialog.result_label.text()
    AuditEntry.delete().where(AuditEntry.id == AuditEntry.select().order_by(AuditEntry.id.desc()).get().id).execute()
    dialog.check()
    assert "删除" in dialog.result_label.text() and "c62828" in dialog.result_label.styleSheet()
