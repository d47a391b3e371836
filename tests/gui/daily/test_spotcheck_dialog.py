"""Spot-check form: failed items propose their deductions, the supervisor confirms;
the month's view counts checks per person and pass rate per item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.trust.auth import Actor
from csperf_desktop.store.models import ScoreEvent, SpotCheck


def make_ctx(role="supervisor"):
    from csperf_desktop.gui.shell.context import AppContext

    return AppContext(Actor("sup" if role != "qa" else "qa1", role, "主管" if role != "qa" else "质检"))


def dialog_for(qtbot, ctx, staff_id=None):
    from csperf_desktop.gui.daily.spotcheck_dialog import SpotCheckDialog

    d = SpotCheckDialog(ctx, None, staff_id)
    qtbot.addWidget(d)
    return d


def line(d, text):
    return next(x for x in d.lines if x.item.text == text)


def test_failed_three_nots_items_propose_d01_d02_and_confirming_records_them(qtbot, office, answers):
    d = dialog_for(qtbot, make_ctx(), office["A02"].id)
    d.reference.setText("DD26101234")
    harsh = line(d, "不使用生硬语言")
    blame = line(d, "不责备、埋怨客户")
    assert harsh.deduction.text() == ""
    harsh.fail_button.setChecked(True)
    assert harsh.deduction.text() == "proposes D01 −5"
    harsh.note.setText("回复“自己看”")
    blame.fail_button.setChecked(True)
    blame.note.setText("说客户没看说明")
    assert blame.deduction.text().startswith("proposes D03")
    assert line(d, "要专业").deduction.text() == ""
    d.save_button.click()
    check = SpotCheck.get()
    assert check.reference == "DD26101234" and check.staff_id == office["A02"].id
    assert {p.rule_code for p in d.proposals} == {"D01", "D03"}
    assert d.proposals_box.isVisibleTo(d) and d.confirm_button.isEnabled()
    assert not d.save_button.isEnabled()  # saved once; Next check starts another
    assert ScoreEvent.select().count() == 0  # nothing counts before confirmation
    d.confirm_button.click()
    events = list(ScoreEvent.select().order_by(ScoreEvent.rule_code))
    assert [(e.rule_code, e.points, e.method, e.reference) for e in events] == [
        ("D01", -5, "spot_check", "DD26101234"), ("D03", -5, "spot_check", "DD26101234")]
    assert "D01" in d.proposals_text.text()
    assert not d.confirm_button.isEnabled()


def test_failed_item_needs_a_note(qtbot, office, answers):
    d = dialog_for(qtbot, make_ctx(), office["A01"].id)
    line(d, "不说推卸责任的话").fail_button.setChecked(True)
    d.save_button.click()
    assert SpotCheck.select().count() == 0
    assert "不说推卸责任的话" in d.message.text()


def test_qa_records_but_does_not_confirm(qtbot, office, answers):
    d = dialog_for(qtbot, make_ctx("qa"), office["A01"].id)
    item = line(d, "不说推卸责任的话")
    item.fail_button.setChecked(True)
    item.note.setText("推给仓库")
    d.save_button.click()
    assert SpotCheck.select().count() == 1
    assert [p.rule_code for p in d.proposals] == ["D02"]
    assert not d.confirm_button.isEnabled()
    assert "supervisor" in d.confirm_button.toolTip()


def test_all_passed_proposes_nothing(qtbot, office, answers):
    d = dialog_for(qtbot, make_ctx(), office["A01"].id)
    d.save_button.click()
    assert SpotCheck.select().count() == 1
    assert d.proposals == [] and not d.proposals_box.isVisibleTo(d)
    assert "every item passed" in d.message.text()


def test_month_view_counts_checks_and_item_pass_rate(qtbot, office, supervisor, answers):
    from csperf_desktop.monthly import spotchecks
    from csperf_desktop.gui.daily.spotcheck_dialog import SpotCheckMonthDialog

    items = {i.text: i.id for i in spotchecks.checklist()}
    spotchecks.record_spot_check(supervisor, office["A01"], "2026-10-10", "R1",
                                 results={items["回复准确，无错别字"]: (False, "错字")})
    spotchecks.record_spot_check(supervisor, office["A01"], "2026-10-11", "R2")
    spotchecks.record_spot_check(supervisor, office["A02"], "2026-10-12", "R3")
    w = SpotCheckMonthDialog(make_ctx())
    qtbot.addWidget(w)
    assert w.agents_model.rowCount() == 2
    a01 = w.agents_model.rows[0]
    assert (a01.employee_no, a01.checks, a01.failed_checks) == ("A01", 2, 1)
    acc = next(s for s in w.items_model.rows if s.rule_code == "D04")
    assert (acc.checked, acc.failed) == (3, 1)
    assert w.items_model.index(w.items_model.rows.index(acc), w.items_model.RATE).data() == "67%"
    assert w.checks_model.rowCount() == 3
    assert "3 checks of 2 people" in w.summary.text()
    assert w.confirm_button.isEnabled() and "(1)" in w.confirm_button.text()
    w.confirm_button.click()
    assert ScoreEvent.get().rule_code == "D04"
    assert not w.confirm_button.isEnabled()


def test_checklist_items_and_their_rule_links_are_editable(qtbot, office, answers):
    from csperf_desktop.monthly import spotchecks
    from csperf_desktop.gui.daily.spotcheck_dialog import ChecklistDialog, ChecklistItemDialog

    ctx = make_ctx()
    w = ChecklistDialog(ctx)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 12
    add = ChecklistItemDialog(ctx, None, w)
    qtbot.addWidget(add)
    add.save()  # no text: the message stays in the dialog
    assert add.message.text() and len(spotchecks.checklist()) == 12
    add.section.setCurrentIndex(add.section.findData("three_nots"))
    add.text.setText("不打断客户说话")
    add.rule.setCurrentIndex(add.rule.findData("D01"))
    add.save()
    item = spotchecks.checklist()[-1]
    assert (item.section, item.text, item.rule_code) == ("three_nots", "不打断客户说话", "D01")
    edit = ChecklistItemDialog(ctx, item, w)
    qtbot.addWidget(edit)
    edit.rule.setCurrentIndex(edit.rule.findData(""))
    edit.active.setChecked(False)
    edit.save()
    item = spotchecks.checklist(active_only=False)[-1]
    assert item.rule_code == "" and not item.active
    # The form shows only the items in use.
    d = dialog_for(qtbot, ctx, office["A01"].id)
    assert "不打断客户说话" not in [x.item.text for x in d.lines]
    qa = ChecklistDialog(make_ctx("qa"))
    qtbot.addWidget(qa)
    assert not qa.add_button.isEnabled()


def test_proposed_deductions_can_be_dismissed_with_a_reason(qtbot, office, supervisor, answers):
    from csperf_desktop.monthly import spotchecks
    from csperf_desktop.gui.daily.spotcheck_dialog import SpotCheckMonthDialog
    from csperf_desktop.store.models import ProposalDismissal

    items = {i.text: i.id for i in spotchecks.checklist()}
    spotchecks.record_spot_check(supervisor, office["A01"], "2026-10-10", "R1",
                                 results={items["回复准确，无错别字"]: (False, "错字")})
    w = SpotCheckMonthDialog(make_ctx())
    qtbot.addWidget(w)
    assert w.dismiss_button.isEnabled() and "(1)" in w.dismiss_button.text()
    answers.texts.append("录音听不清，不扣分")
    w.dismiss_button.click()
    assert ProposalDismissal.get().rule_code == "D04" and ProposalDismissal.get().points == -1
    assert not w.dismiss_button.isEnabled() and not w.confirm_button.isEnabled()
    assert ScoreEvent.select().count() == 0


def test_the_form_dismisses_what_it_just_proposed(qtbot, office, answers):
    from csperf_desktop.store.models import ProposalDismissal

    d = dialog_for(qtbot, make_ctx(), office["A02"].id)
    harsh = line(d, "不使用生硬语言")
    harsh.fail_button.setChecked(True)
    harsh.note.setText("回复“自己看”")
    d.save_button.click()
    assert d.dismiss_button.isEnabled()
    answers.texts.append("客户先辱骂，已另行处理")
    d.dismiss_button.click()
    assert [r.rule_code for r in ProposalDismissal.select()] == ["D01"]
    assert not d.confirm_button.isEnabled() and not d.dismiss_button.isEnabled()
    assert ScoreEvent.select().count() == 0


def test_the_calibration_sessions_open_from_where_spot_checks_live(qtbot, db, ctx, monkeypatch):
    """The spot-check button's menu on the daily tab and the month's spot checks both open the
    calibration window."""
    from csperf_desktop.gui.calibration import calibration_window
    from csperf_desktop.gui.daily.daily_tab import DailyTab
    from csperf_desktop.gui.daily.spotcheck_dialog import SpotCheckMonthDialog

    opened = []
    monkeypatch.setattr(calibration_window.CalibrationWindow, "exec", lambda self: opened.append(self) or 0)
    tab = DailyTab(ctx)
    qtbot.addWidget(tab)
    (action,) = [a for a in tab.spot_button.menu().actions() if a.text() == "Calibration sessions…"]
    action.trigger()
    month = SpotCheckMonthDialog(ctx)
    qtbot.addWidget(month)
    assert month.ui.bar.indexOf(month.calibration_button) >= 0  # beside the checklist, on the month's bar
    qtbot.mouseClick(month.calibration_button, Qt.LeftButton)
    assert [type(w).__name__ for w in opened] == ["CalibrationWindow", "CalibrationWindow"]
    assert opened[0].parent() is tab and opened[1].parent() is month
