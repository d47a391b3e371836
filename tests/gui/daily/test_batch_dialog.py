"""批量记录: one event for several people from the window, in one go."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from csperf_desktop.base.months import Month
from csperf_desktop.gui.daily.batch_dialog import BatchEventDialog
from csperf_desktop.gui.shell import i18n
from csperf_desktop.store.models import AuditEntry, ScoreEvent


def open_dialog(qtbot, ctx):
    ctx.set_month(Month(2026, 10))
    dialog = BatchEventDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def tick(dialog, *numbers):
    for i in range(dialog.ui.peopleList.count()):
        item = dialog.ui.peopleList.item(i)
        if item.text().split()[0] in numbers:
            item.setCheckState(Qt.Checked)


def test_one_deduction_for_the_people_ticked(qtbot, office, fixed_clock, ctx, answers):
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.ok_button.isEnabled()  # nobody ticked yet: nothing to record, and it says so
    assert dialog.ok_button.toolTip()
    tick(dialog, "A01", "A03", "A04")
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Record 3 event(s)"
    qtbot.keyClicks(dialog.ui.rulePicker.lineEdit(), "D04")
    dialog.ui.rulePicker.commit_text()
    dialog.rule_chosen()
    dialog.ui.points.setValue(2)
    dialog.ui.date.setDate(QDate(2026, 10, 8))
    dialog.ui.note.setText("例会缺席")
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    events = list(ScoreEvent.select().order_by(ScoreEvent.id))
    assert [(e.staff.employee_no, e.rule_code, e.points, e.note, str(e.date)) for e in events] == [
        ("A01", "D04", -2, "例会缺席", "2026-10-08"), ("A03", "D04", -2, "例会缺席", "2026-10-08"),
        ("A04", "D04", -2, "例会缺席", "2026-10-08")]
    assert AuditEntry.select().where(AuditEntry.action == "add_event").count() == 3
    assert dialog.saved_ids == [e.id for e in events]


def test_the_team_filter_and_tick_all_shown(qtbot, office, fixed_clock, ctx):
    from csperf_desktop.office.staff import update_staff

    update_staff(ctx.actor, office["A02"].id, team="二组")
    update_staff(ctx.actor, office["A05"].id, team="二组")
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.teamCombo.setCurrentIndex(dialog.ui.teamCombo.findData("二组"))
    dialog.ui.tickAllButton.click()
    chosen = {office[k].id for k in ("A02", "A05")}
    assert set(dialog.chosen()) == chosen
    assert dialog.ui.countLabel.text() == "2 ticked"
    dialog.ui.clearButton.click()
    assert dialog.chosen() == []


def test_a_refusal_names_the_person_and_records_nobody(qtbot, office, fixed_clock, ctx):
    from csperf_desktop.office.staff import update_staff

    update_staff(ctx.actor, office["A05"].id, hire_date="2026-10-09")
    dialog = open_dialog(qtbot, ctx)
    tick(dialog, "A01", "A05")
    qtbot.keyClicks(dialog.ui.rulePicker.lineEdit(), "D04")
    dialog.ui.rulePicker.commit_text()
    dialog.rule_chosen()
    dialog.ui.date.setDate(QDate(2026, 10, 8))
    dialog.save()
    assert dialog.result() != QDialog.Accepted
    assert "戊（A05）" in dialog.ui.dateError.text()
    assert ScoreEvent.select().count() == 0


def test_the_dialog_is_chinese(qtbot, qapp, office, fixed_clock, ctx):
    i18n.install(qapp, "zh_CN")
    try:
        dialog = open_dialog(qtbot, ctx)
        tick(dialog, "A01", "A02")
        assert dialog.windowTitle() == "批量记录评分"
        assert dialog.ok_button.text() == "记录 2 条"
    finally:
        i18n.install(qapp, "en")
