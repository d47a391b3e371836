"""From a deduction in the daily tab, one right-click action opens the coaching note filled
from the event; saving it records the note for that person."""

from __future__ import annotations

from csperf_desktop.base.months import Month
from csperf_desktop.gui.annual.annual_dialogs import CoachingNoteDialog
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.models import CoachingNote


def _select(tab, event_id):
    row = tab.model.row_of(event_id)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def test_coach_this_person_from_a_deduction(qtbot, office, supervisor, fixed_clock, make_window, monkeypatch):
    ded = add_event(supervisor, "A03", "D10", "2026-10-08", 6, note="客户投诉回复慢")
    bonus = add_event(supervisor, "A01", "B05", "2026-10-09", 5)
    window = make_window()
    window.ctx.set_month(Month(2026, 10))
    tab = window.daily_tab

    _select(tab, bonus.id)
    action = tab.row_actions()[-1]
    assert action.text() == "&Coach this person about it…"
    assert not action.isEnabled() and "Choose a deduction" in action.toolTip()

    _select(tab, ded.id)
    assert tab.row_actions()[-1].isEnabled()
    shown = []

    def exec_(dialog):
        shown.append((dialog.topic.text(), dialog.text.toPlainText()))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CoachingNoteDialog, "exec", exec_)
    action.trigger()
    assert shown and shown[0][0] == "扣分辅导：D10 客户对服务的有效投诉"
    assert "客户投诉回复慢" in shown[0][1]
    [note] = CoachingNote.select()
    assert note.staff_id == office["A03"].id and note.topic == shown[0][0]
