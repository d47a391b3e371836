"""Staff add/edit validation shown beside the field; the rulebook editor."""

from __future__ import annotations

from csperf_desktop.gui.staff.rulebook_dialog import RuleDialog, RulebookDialog
from csperf_desktop.gui.staff.staff_tab import StaffDialog
from csperf_desktop.store.models import Rule, Staff


def test_adding_staff_with_a_taken_number_shows_the_error_beside_the_field(qtbot, office, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.employee_noEdit.setText("A01")
    dialog.ui.nameEdit.setText("新人")
    dialog.save()
    assert "已被其他人使用" in dialog.ui.employee_noError.text()
    assert dialog.ui.nameError.text() == ""
    assert dialog.result() == 0  # still open
    assert Staff.select().count() == 5

    dialog.ui.employee_noEdit.setText("A06")
    dialog.ui.hire_dateEdit.setText("2026-13-01")
    dialog.save()
    assert dialog.ui.employee_noError.text() == ""
    assert "入职日期" in dialog.ui.hire_dateError.text()

    dialog.ui.hire_dateEdit.setText("2026-10-01")
    dialog.save()
    assert dialog.result() == StaffDialog.Accepted
    assert Staff.get(Staff.employee_no == "A06").hire_date.isoformat() == "2026-10-01"


def test_editing_staff_requires_a_name(qtbot, office, ctx):
    person = Staff.get(Staff.employee_no == "A02")
    dialog = StaffDialog(ctx, person)
    qtbot.addWidget(dialog)
    assert dialog.ui.nameEdit.text() == "乙"
    dialog.ui.nameEdit.setText("  ")
    dialog.save()
    assert "姓名" in dialog.ui.nameError.text()
    assert Staff.get_by_id(person.id).name == "乙"
    dialog.ui.nameEdit.setText("乙二")
    dialog.ui.teamEdit.setCurrentText("二组")
    dialog.save()
    person = Staff.get_by_id(person.id)
    assert (person.name, person.team) == ("乙二", "二组")


def test_staff_with_history_is_deactivated_not_deleted(qtbot, office, make_window, answers):
    from csperf_desktop.monthly.events import add_event

    add_event(_actor(), "A03", "D05", "2026-10-02")
    window = make_window()
    window.ui.tabs.setCurrentIndex(0)
    tab = window.staff_tab
    tab.search.setText("A03")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    tab.delete_selected()
    assert answers.infos and "Deactivate" in answers.infos[0]
    assert Staff.get(Staff.employee_no == "A03")
    answers.texts.append("2026-10-15")
    tab.deactivate_selected()
    person = Staff.get(Staff.employee_no == "A03")
    assert not person.active and person.leave_date.isoformat() == "2026-10-15"
    # Left people are hidden by the default filter.
    assert tab.proxy.rowCount() == 0
    tab.active_filter.setCurrentIndex(tab.active_filter.findData("left"))
    assert tab.proxy.rowCount() == 1


def _actor():
    from csperf_desktop.gui.shell.context import os_actor

    return os_actor()


def test_staff_summary_shows_the_selected_persons_month(qtbot, office, make_window):
    from csperf_desktop.monthly.events import add_event

    add_event(_actor(), "A04", "B03", "2026-10-02")
    window = make_window()
    window.ui.tabs.setCurrentIndex(0)
    tab = window.staff_tab
    tab.search.setText("A04")
    tab.table.selectRow(0)
    assert tab.summary_score.text() == "<b>85</b>"
    assert "1" in tab.summary_rank.text()


def test_rulebook_edit_changes_the_range_used_for_new_events(qtbot, office, ctx):
    book = RulebookDialog(ctx)
    qtbot.addWidget(book)
    codes = [r.code for r in book.model.rows]
    assert "D04" in codes and "B01" in codes
    rule = Rule.get(Rule.code == "D04")
    dialog = RuleDialog(ctx, rule)
    qtbot.addWidget(dialog)
    dialog.ui.max_pointsEdit.setValue(4)
    dialog.ui.default_pointsEdit.setValue(5)
    dialog.save()
    assert "默认分" in dialog.ui.default_pointsError.text()
    assert Rule.get(Rule.code == "D04").max_points == 3
    dialog.ui.default_pointsEdit.setValue(4)
    dialog.save()
    assert dialog.result() == RuleDialog.Accepted
    rule = Rule.get(Rule.code == "D04")
    assert (rule.max_points, rule.default_points) == (4, 4)
    row = [r.code for r in book.model.rows].index("D04")
    assert book.model.rows[row].max_points == 4  # the table refreshed itself


def test_rulebook_disable_and_add(qtbot, office, ctx):
    book = RulebookDialog(ctx)
    qtbot.addWidget(book)
    row = [r.code for r in book.model.rows].index("D13")
    book.table.selectRow(row)
    book.toggle_selected()
    assert not Rule.get(Rule.code == "D13").active
    dialog = RuleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.codeEdit.setText("D14")
    dialog.ui.nameEdit.setText("工作时间玩手机")
    dialog.ui.kindEdit.setCurrentIndex(dialog.ui.kindEdit.findData("deduction"))
    dialog.ui.min_pointsEdit.setValue(3)
    dialog.ui.max_pointsEdit.setValue(2)
    dialog.save()
    assert "最低分" in dialog.ui.min_pointsError.text()
    dialog.ui.max_pointsEdit.setValue(3)
    dialog.ui.default_pointsEdit.setValue(3)
    dialog.save()
    assert Rule.get(Rule.code == "D14").kind == "deduction"
    assert "D14" in [r.code for r in book.model.rows]
