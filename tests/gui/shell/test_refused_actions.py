"""Actions the core would refuse are disabled beforehand, with the reason as tooltip and
status tip; no dialog asks first and refuses afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from csperf_desktop.base import clock
from csperf_desktop.base import text
from csperf_desktop.monthly.appeals import decide_appeal, record_appeal
from csperf_desktop.trust.auth import Actor
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.store.models import Appeal, Period, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month

OCT = Month(2026, 10)


def select_event(tab, event_id: int) -> None:
    row = tab.model.row_of(event_id)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def test_delete_on_a_published_month_opens_no_dialog_and_says_why(qtbot, office, supervisor, make_window,
                                                                  answers):
    ev = add_event(supervisor, "A02", "D05", "2026-10-12")
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    window = make_window()
    tab = window.daily_tab
    select_event(tab, ev.id)
    action = tab.void_action
    assert not action.isEnabled()
    assert "published" in action.toolTip() and "appeals until" in action.toolTip()
    assert action.statusTip() == action.toolTip()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_Delete)
    tab.void_selected()  # even when called directly, nothing asks first
    assert answers.asked == [] and answers.errors == []
    assert "published" in window.statusBar().currentMessage()
    assert not ScoreEvent.get_by_id(ev.id).voided


def test_void_is_enabled_on_an_open_month_and_disabled_for_a_voided_row(qtbot, office, supervisor, make_window):
    ev = add_event(supervisor, "A02", "D05", "2026-10-12")
    window = make_window()
    tab = window.daily_tab
    select_event(tab, ev.id)
    assert tab.void_action.isEnabled() and "Delete" in tab.void_action.toolTip()
    void_event(supervisor, ev.id, "重复录入")
    tab.ctx.changed.emit("events")
    select_event(tab, ev.id)
    assert not tab.void_action.isEnabled() and "already voided" in tab.void_action.toolTip()


def test_void_follows_the_month_being_published_while_the_window_is_open(qtbot, office, supervisor, make_window):
    ev = add_event(supervisor, "A02", "D05", "2026-10-12")
    window = make_window()
    tab = window.daily_tab
    select_event(tab, ev.id)
    assert tab.void_action.isEnabled()
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    tab.ctx.changed.emit("period")
    assert not tab.void_action.isEnabled() and "published" in tab.void_action.toolTip()


def test_close_month_is_disabled_while_the_appeal_window_is_open(qtbot, office, supervisor, make_window, answers):
    ev = add_event(supervisor, "A02", "D05", "2026-10-12")
    p = publish_month(supervisor, OCT, anyway="测试：月中公示")  # Tuesday 10:00 → Wednesday 10:00
    window = make_window()
    close = window.ui.actionClose
    assert not close.isEnabled()
    assert "appeal window is open until 2026-10-21 10:00" in close.toolTip()
    assert close.statusTip() == close.toolTip()
    window.close_month()  # a stale menu: the reason, no confirmation
    assert answers.asked == [] and "2026-10-21 10:00" in window.statusBar().currentMessage()

    a = record_appeal(supervisor, OCT, "A02", [ev.id], "不是我录的", "wrong_facts")
    clock.set_fixed(p.appeal_deadline + dt.timedelta(minutes=1))
    window.update_period()
    assert not close.isEnabled() and "Appeals still pending: 1" in close.toolTip()

    decide_appeal(supervisor, a.id, "rejected", "录音清楚，维持原判")
    window.ctx.changed.emit("period")
    assert close.isEnabled() and "pending" not in close.toolTip() and close.statusTip() == ""
    answers.confirms.append(True)
    window.close_month()
    assert Period.get(Period.month == OCT.key).status == "closed"


def test_close_month_enables_itself_when_the_window_ends(qtbot, office, supervisor, make_window):
    p = publish_month(supervisor, OCT, anyway="测试：月中公示")
    window = make_window()
    assert not window.ui.actionClose.isEnabled()
    assert window._deadline_timer.isActive()
    clock.set_fixed(p.appeal_deadline)
    window._deadline_timer.timeout.emit()
    assert window.ui.actionClose.isEnabled()


def test_close_month_on_an_open_month_and_reopen_for_a_supervisor_say_why(qtbot, office, supervisor, make_window):
    window = make_window()
    assert not window.ui.actionClose.isEnabled()
    assert "Only a published month" in window.ui.actionClose.toolTip()
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    window.ctx.set_actor(Actor("sup", "supervisor", "主管"))
    window.update_period()
    assert not window.ui.actionReopen.isEnabled() and "administrator" in window.ui.actionReopen.toolTip()
    assert not window.ui.actionPublish.isEnabled() and window.ui.actionPublish.statusTip()


def test_the_record_dialog_accepts_an_appeal_in_the_minute_of_publication(qtbot, office, supervisor, answers):
    from csperf_desktop.gui.appeals.appeal_models import EventPickModel
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog
    from csperf_desktop.gui.shell.context import AppContext

    add_event(supervisor, "A02", "D05", "2026-10-12")
    clock.set_fixed(dt.datetime(2026, 10, 20, 6, 31, 42))  # published at 14:31:42
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    d = RecordAppealDialog(AppContext(supervisor), OCT)
    qtbot.addWidget(d)
    assert d.received.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-10-20 14:31"
    d.staff.setEditText("A02")
    d.staff.commit_text()
    d.staff_chosen()
    m = d.events_model
    assert m.setData(m.index(0, EventPickModel.PICK), Qt.Checked.value, Qt.CheckStateRole)
    d.reason.setPlainText("看到板报马上来了")
    d.save()
    assert "早于公示时间" not in d.message.text()
    appeal = Appeal.get()
    assert appeal.status == "pending" and text.fmt_local(appeal.received_at) == "2026年10月20日 14:31"
