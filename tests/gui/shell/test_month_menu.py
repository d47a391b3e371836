"""The month menu: the month shortcuts are menu items, and 批量记录 is offered only where it can succeed."""

from __future__ import annotations

from csperf_desktop.base.months import Month
from csperf_desktop.gui.daily import batch_dialog
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month


def test_previous_and_next_month_are_in_the_menu_with_their_shortcuts(qtbot, office, fixed_clock, make_window):
    window = make_window()
    ui = window.ui
    assert ui.actionPreviousMonth.shortcut().toString() == "Ctrl+PgUp"
    assert ui.actionNextMonth.shortcut().toString() == "Ctrl+PgDown"
    assert ui.actionPreviousMonth in ui.menuMonth.actions() and ui.actionNextMonth in ui.menuMonth.actions()
    start = window.ctx.month
    ui.actionPreviousMonth.trigger()
    assert window.ctx.month == start.prev()
    ui.actionNextMonth.trigger()
    assert window.ctx.month == start


def test_record_for_several_opens_the_dialog_and_is_disabled_in_a_locked_month(
        qtbot, office, supervisor, fixed_clock, make_window, monkeypatch):
    opened = []
    monkeypatch.setattr(batch_dialog.BatchEventDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.ctx.set_month(Month(2026, 10))
    window.update_period()
    assert window.ui.actionBatchRecord.isEnabled()
    window.ui.actionBatchRecord.trigger()
    assert len(opened) == 1
    add_event(supervisor, "A01", "B03", "2026-09-10")
    publish_month(supervisor, Month(2026, 9))
    window.ctx.set_month(Month(2026, 9))
    window.update_period()
    assert not window.ui.actionBatchRecord.isEnabled()
    assert "published" in window.ui.actionBatchRecord.toolTip()
