"""Publishing from Month → Publish: preview, confirmation, lock, deadline shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from csperf_desktop.gui.daily import publish_dialog
from csperf_desktop.store.models import Period, ScoreEvent
from csperf_desktop.base.months import Month


def test_publish_disables_editing_and_shows_the_deadline(qtbot, office, make_window, monkeypatch, answers):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.shell.context import os_actor

    add_event(os_actor(), "A01", "B03", "2026-10-05")
    window = make_window()
    assert window.ctx.month == Month(2026, 10)
    strip = window.daily_tab.entry
    assert strip.save_button.isEnabled()
    assert window.ui.actionPublish.isEnabled()

    previews = []

    def accept(dialog):
        previews.append([r.employee_no for r in dialog.rows])
        dialog.ui.anywayReason.setText("月中公示以便测试")  # October is not over on the 20th
        return QDialog.Accepted

    monkeypatch.setattr(publish_dialog.PublishDialog, "exec", accept)
    with qtbot.waitSignal(window.ctx.changed, timeout=10000, check_params_cb=lambda what: what == "period"):
        window.ui.actionPublish.trigger()

    assert previews and previews[0][0] == "A01"  # the preview ranked the month before locking it
    period = Period.get(Period.month == "2026-10")
    assert period.status == "published"
    # Every editing control of the month is disabled, with the reason as tooltip.
    for w in (strip.staff_picker, strip.rule_picker, strip.points, strip.save_button):
        assert not w.isEnabled()
        assert "published" in w.toolTip()
    assert strip.lock_banner.isVisible()
    status = window.status_label.text()
    assert "Published" in status and "2026-10-21 10:00" in status  # 1 working day after Tuesday 10:00
    assert not window.ui.actionPublish.isEnabled()
    assert window.ui.actionReopen.isEnabled()
    # Voiding is disabled too, with the reason, and asks for nothing.
    tab = window.daily_tab
    tab.table.selectRow(0)
    assert not tab.void_action.isEnabled() and "published" in tab.void_action.toolTip()
    answers.texts.append("测试")
    tab.void_selected()
    assert answers.asked == [] and answers.errors == []
    assert not ScoreEvent.get().voided


def test_publish_can_be_cancelled_at_the_preview(qtbot, office, make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(publish_dialog.PublishDialog, "exec", lambda dialog: QDialog.Rejected)
    window.ui.actionPublish.trigger()
    assert Period.get_or_none(Period.month == "2026-10") is None
    assert window.daily_tab.entry.save_button.isEnabled()


def test_reopen_asks_for_a_reason(qtbot, office, make_window, answers):
    from csperf_desktop.gui.shell.context import os_actor
    from csperf_desktop.monthly.lifecycle import publish_month

    publish_month(os_actor(), Month(2026, 10), anyway="月中公示以便测试")
    window = make_window()
    assert not window.daily_tab.entry.save_button.isEnabled()
    answers.texts.append("")  # no reason: refused with the core's message
    window.ui.actionReopen.trigger()
    assert Period.get(Period.month == "2026-10").status == "published"
    assert answers.errors and "理由" in answers.errors[-1]
    answers.texts.append("公示后发现漏记")
    window.ui.actionReopen.trigger()
    assert Period.get(Period.month == "2026-10").status == "open"
    assert window.daily_tab.entry.save_button.isEnabled()
    assert window.daily_tab.entry.save_button.toolTip() == ""


def test_publish_preview_lists_the_ranking_with_award(qtbot, office, ctx):
    from csperf_desktop.monthly.events import add_event

    add_event(ctx.actor, "A02", "B07", "2026-10-05")
    dialog = publish_dialog.PublishDialog(ctx, Month(2026, 10))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5
    first = dialog.rows[0]
    assert first.employee_no == "A02" and first.award
    assert "乙" in dialog.ui.summary.text()


def test_a_viewer_sees_editing_disabled_with_the_reason(qtbot, office, make_window):
    from csperf_desktop.trust.auth import Actor

    window = make_window()
    strip = window.daily_tab.entry
    assert strip.save_button.isEnabled()
    window.ctx.set_actor(Actor("v", "viewer", "只读"))
    assert not strip.save_button.isEnabled()
    assert strip.save_button.toolTip()
    assert not window.ui.actionPublish.isEnabled()
    window.ui.tabs.setCurrentIndex(0)
    assert not window.staff_tab.add_button.isEnabled()


def test_print_agent_scorecard_gets_the_person_in_view(qtbot, office, make_window, monkeypatch):
    from csperf_desktop.gui.printing import printing
    from csperf_desktop.store.models import Staff

    asked = []
    monkeypatch.setattr(printing, "print_agent_scorecard", lambda ctx, parent, staff_id: asked.append(staff_id))
    window = make_window()
    window.ui.tabs.setCurrentIndex(1)
    window.daily_tab.entry.staff_picker.setEditText("A04")
    window.ui.actionPrintAgentScorecard.trigger()
    assert asked == [Staff.get(Staff.employee_no == "A04").id]


def test_close_month_is_disabled_inside_the_appeal_window_then_accepted(qtbot, office, make_window, answers):
    import datetime as dt

    from csperf_desktop.base import clock
    from csperf_desktop.gui.shell.context import os_actor
    from csperf_desktop.monthly.lifecycle import publish_month

    publish_month(os_actor(), Month(2026, 10), anyway="月中公示以便测试")
    window = make_window()
    assert not window.ui.actionClose.isEnabled()  # inside the window: disabled, the deadline says why
    assert "2026-10-21 10:00" in window.ui.actionClose.toolTip()
    window.ui.actionClose.trigger()
    assert answers.asked == [] and answers.errors == []
    assert Period.get(Period.month == "2026-10").status == "published"
    clock.set_fixed(dt.datetime(2026, 10, 22, 2, 0))  # two days later
    window.ui.menuMonth.aboutToShow.emit()  # opening the menu looks at the clock again
    assert window.ui.actionClose.isEnabled()
    answers.confirms.append(True)
    window.ui.actionClose.trigger()
    assert Period.get(Period.month == "2026-10").status == "closed"
    assert "Closed" in window.status_label.text()
    assert not window.ui.actionClose.isEnabled() and window.ui.actionReopen.isEnabled()


def test_a_window_left_open_overnight_accepts_the_new_day_and_month(qtbot, office, make_window):
    import datetime as dt

    from PySide6.QtCore import QDate

    from csperf_desktop.base import clock

    window = make_window()  # 2026-10-20
    strip = window.daily_tab.entry
    assert strip.date.maximumDate() == QDate(2026, 10, 20)
    clock.set_fixed(dt.datetime(2026, 10, 31, 10, 0))  # 18:00 on the 31st in Shanghai
    window.check_new_day()
    assert strip.date.maximumDate() == QDate(2026, 10, 31)
    assert strip.date.date() == QDate(2026, 10, 31)
    assert window.month_combo.itemData(0) == "2026-10"
    clock.set_fixed(dt.datetime(2026, 11, 1, 1, 0))  # 09:00 next morning
    window.check_new_day()
    assert window.month_combo.itemData(0) == "2026-11"
    # Still on October (the month in view), whose last day is now fully recordable.
    assert strip.date.maximumDate() == QDate(2026, 10, 31)
    window.step_month(1)
    assert window.ctx.month == Month(2026, 11)
    assert strip.date.date() == QDate(2026, 11, 1)


def _full_mark(actor):
    from csperf_desktop.monthly.exams import add_exam, set_result

    exam = add_exam(actor, date="2026-10-15", title="十月产品知识考试", area="product")
    set_result(actor, exam.id, "A01", 100)
    return exam


def test_the_preview_blocks_publishing_while_a_proposal_is_pending(qtbot, office, ctx, answers):
    from csperf_desktop.monthly.proposals import pending_proposals

    _full_mark(ctx.actor)
    dialog = publish_dialog.PublishDialog(ctx, Month(2026, 10))
    qtbot.addWidget(dialog)
    kinds = [i.kind for i in dialog.checklist.items]
    assert kinds[0] == "pending_proposal" and "exam_missing_results" in kinds and "month_not_over" in kinds
    assert not dialog.publish_button.isEnabled()
    assert "pending" in dialog.publish_button.toolTip()
    dialog.ui.anywayReason.setText("提前结算")
    assert not dialog.publish_button.isEnabled()  # a reason never overrides a pending proposal
    labels = dialog.ui.checklistItems.findChildren(publish_dialog.QLabel, "item_pending_proposal")
    assert labels and "#b00020" in labels[0].text() and "甲（A01）B02 +5" in labels[0].text()

    answers.texts.append("考试题目有误，不加分")
    dismiss = next(b for b in dialog.ui.checklistItems.findChildren(publish_dialog.QPushButton)
                   if b.text() == "Dismiss…")
    dismiss.click()
    assert pending_proposals(Month(2026, 10)) == []
    assert [i.kind for i in dialog.checklist.blocking] == []
    assert dialog.publish_button.isEnabled()  # the reason typed above covers what is left
    dialog.ui.anywayReason.setText(" ")
    assert not dialog.publish_button.isEnabled() and "reason" in dialog.publish_button.toolTip()


def test_confirming_in_the_preview_pays_the_bonus_and_updates_the_ranking(qtbot, office, ctx):
    from csperf_desktop.store.models import ScoreEvent

    _full_mark(ctx.actor)
    dialog = publish_dialog.PublishDialog(ctx, Month(2026, 10))
    qtbot.addWidget(dialog)
    confirm = next(b for b in dialog.ui.checklistItems.findChildren(publish_dialog.QPushButton)
                   if b.text() == "Confirm")
    confirm.click()
    assert ScoreEvent.get(ScoreEvent.rule_code == "B02").points == 5
    assert dialog.rows[0].employee_no == "A01" and dialog.rows[0].bonus == 5
    assert not dialog.checklist.blocking


def test_the_month_bar_counts_the_open_items(qtbot, office, make_window):
    from csperf_desktop.gui.shell.context import os_actor

    _full_mark(os_actor())
    window = make_window()
    qtbot.waitUntil(window.open_items_label.isVisible, timeout=3000)
    assert window.open_items_label.text() == "3 items open"  # the proposal, the missing results, the days left
    assert "B02" in window.open_items_label.toolTip()
    from csperf_desktop.monthly.proposals import confirm, pending_proposals

    confirm(os_actor(), pending_proposals(Month(2026, 10)), Month(2026, 10))
    window.ctx.changed.emit("events")
    qtbot.waitUntil(lambda: window.open_items_label.text() == "2 items open", timeout=3000)
