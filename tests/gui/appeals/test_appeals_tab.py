"""Appeals tab on the demo office: record and uphold an appeal (revision 2),
partial uphold item by item, a late appeal refused and an admin's late
acceptance, the countdown and the self-check report."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.trust.auth import Actor
from csperf_desktop.store.models import Appeal, Period, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.base.text import fmt_local

SEPT = Month(2026, 9)


def make_ctx(role="supervisor"):
    from csperf_desktop.gui.shell.context import AppContext

    return AppContext(Actor("admin" if role == "admin" else "sup", role, "管理员" if role == "admin" else "主管"))


@pytest.fixture
def tab(qtbot, demo_db, answers):
    from csperf_desktop.gui.appeals.tab import AppealsTab

    w = AppealsTab(make_ctx())
    qtbot.addWidget(w)
    w.resize(1300, 650)
    return w


def person_with(deductions: int) -> str:
    """Someone on September's bulletin with enough valid deductions and no appeal yet
    (the demo office may already hold appeals of its own)."""
    from peewee import fn

    from csperf_desktop.store.models import Staff

    appealed = {sid for (sid,) in Appeal.select(Appeal.staff).where(Appeal.month == SEPT.key).tuples()}
    counts = (ScoreEvent.select(Staff.employee_no, Staff.id, fn.COUNT(ScoreEvent.id)).join(Staff)
              .where((ScoreEvent.month == SEPT.key) & (ScoreEvent.points < 0) & (ScoreEvent.voided == False))  # noqa: E712
              .group_by(Staff.employee_no, Staff.id).order_by(Staff.employee_no).tuples())
    for no, sid, n in counts:
        if n >= deductions and sid not in appealed:
            return no
    raise AssertionError(f"nobody in the demo office has {deductions} deductions in {SEPT.key} and no appeal")


def first_deduction(no: str) -> ScoreEvent:
    from csperf_desktop.store.models import Staff

    return (ScoreEvent.select().join(Staff).where((Staff.employee_no == no) & (ScoreEvent.month == SEPT.key)
                                                  & (ScoreEvent.points < 0) & (ScoreEvent.voided == False))  # noqa: E712
            .order_by(ScoreEvent.date, ScoreEvent.id).first())


def newest() -> Appeal:
    return Appeal.select().order_by(Appeal.id.desc()).first()


def revision() -> int:
    return Period.get(Period.month == SEPT.key).revision


def fill_appeal(d, picks=1, proposed=None, no=None):
    """Choose a person, tick their first deductions, type a reason."""
    from csperf_desktop.gui.appeals.appeal_models import EventPickModel
    from PySide6.QtCore import Qt

    d.staff.setEditText(no or person_with(max(picks, 1)))
    d.staff.commit_text()
    d.staff_chosen()
    m = d.events_model
    rows = [i for i, r in enumerate(m.rows) if r.points < 0][:picks]
    assert len(rows) == picks
    for i in rows:
        assert m.setData(m.index(i, EventPickModel.PICK), Qt.Checked.value, Qt.CheckStateRole)
    if proposed is not None:
        assert m.setData(m.index(rows[0], EventPickModel.PROPOSED), str(proposed), Qt.EditRole)
    d.reason.setPlainText("当天系统故障，回复延迟不是本人原因")
    return [m.rows[i] for i in rows]


def test_record_and_uphold_through_the_tab_gives_revision_2(qtbot, tab, monkeypatch):
    from csperf_desktop.gui.appeals import tab as mod

    assert tab.month_filter.currentData() == SEPT.key
    picked = []

    def record_exec(self):
        picked.extend(fill_appeal(self))
        self.save()
        return self.result()

    before = revision()
    monkeypatch.setattr(mod.RecordAppealDialog, "exec", record_exec)
    tab.record_button.click()
    appeal = newest()
    assert appeal.status == "pending" and appeal.month == SEPT.key
    assert tab.selected().id == appeal.id  # the new appeal is selected in the list
    row = tab.model.row_of(appeal.id)
    assert "Pending" in tab.model.index(row, tab.model.STATUS).data()
    pending = Appeal.select().where((Appeal.month == SEPT.key) & (Appeal.status == "pending")).count()
    assert f"{pending} pending" in tab.countdown.text()
    assert tab.decide_button.isEnabled()

    def decide_exec(self):
        assert [line.action.currentData() for line in self.lines] == ["void"]
        self.save()
        return self.result()

    monkeypatch.setattr(mod.DecideDialog, "exec", decide_exec)
    tab.decide_button.click()
    appeal = Appeal.get_by_id(appeal.id)
    assert appeal.status == "upheld" and appeal.revision_after == before + 1
    assert revision() == before + 1  # on the plain demo office: revision 2
    assert ScoreEvent.get_by_id(picked[0].id).voided
    row = tab.model.row_of(appeal.id)
    assert tab.model.index(row, tab.model.REVISION).data() == f"Version {before + 1} (revised)"
    assert f"the month is now Version {before + 1} (revised)." in tab.detail.text()
    assert appeal.score_after == appeal.score_before - picked[0].points  # the deduction is gone
    assert not tab.decide_button.isEnabled()
    history = tab.history_model.rows  # every month's appeals of this person
    assert appeal.id in [r.id for r in history] and {r.staff_id for r in history} == {appeal.staff_id}
    assert len(history) == Appeal.select().where(Appeal.staff == appeal.staff_id).count()


def test_partly_upheld_item_by_item(qtbot, tab):
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    d = RecordAppealDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    first, second = fill_appeal(d, picks=2)
    d.save()
    appeal = newest()
    dd = DecideDialog(tab.ctx, appeal.id, tab)
    qtbot.addWidget(dd)
    dd.outcomes["partly"].setChecked(True)
    dd.lines[0].action.setCurrentIndex(dd.lines[0].action.findData("void"))
    dd.lines[1].action.setCurrentIndex(dd.lines[1].action.findData("keep"))
    dd.save()  # no reason yet: refused, shown in the dialog
    assert newest().status == "pending"
    assert dd.message.text()
    dd.reason.setPlainText("第一条核实有误，第二条属实")
    dd.save()
    appeal = newest()
    assert appeal.status == "partly"
    outcomes = {i.event_id: i.outcome for i in appeal.items}
    assert outcomes == {first.id: "upheld", second.id: "rejected"}
    assert ScoreEvent.get_by_id(first.id).voided and not ScoreEvent.get_by_id(second.id).voided


def test_rejected_needs_a_reason(qtbot, tab):
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    d = RecordAppealDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    d.whole_radio.setChecked(True)
    fill_appeal(d, picks=0)
    d.save()
    appeal = newest()
    assert appeal.whole_score
    dd = DecideDialog(tab.ctx, appeal.id, tab)
    qtbot.addWidget(dd)
    assert all(line.action.currentData() == "keep" for line in dd.lines)
    before = revision()
    dd.outcomes["rejected"].setChecked(True)
    assert not dd.lines[0].action.isEnabled()
    dd.save()
    assert newest().status == "pending" and dd.errors.fields["reason"][1].text()
    dd.reason.setPlainText("扣分有录音为证")
    dd.save()
    assert newest().status == "rejected"
    assert revision() == before  # nothing changed, no new revision


def test_late_appeal_refused_then_admin_accepts_with_reason(qtbot, tab):
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    deadline = Period.get(Period.month == SEPT.key).appeal_deadline
    clock.set_fixed(deadline + dt.timedelta(hours=2))
    count = Appeal.select().count()
    sup = RecordAppealDialog(make_ctx("supervisor"), SEPT, tab)
    qtbot.addWidget(sup)
    fill_appeal(sup)
    sup.save()
    assert Appeal.select().count() == count
    deadline_text = fmt_local(deadline)
    assert "截止" in sup.message.text() and deadline_text in sup.message.text()
    assert not sup.late_reason.isVisibleTo(sup)  # a supervisor cannot accept it late

    adm = RecordAppealDialog(make_ctx("admin"), SEPT, tab)
    qtbot.addWidget(adm)
    fill_appeal(adm)
    adm.save()
    assert Appeal.select().count() == count
    assert adm.late_reason.isVisibleTo(adm) and deadline_text in adm.message.text()
    assert adm.save_button.text() == "&Accept late"
    adm.save()  # no reason typed yet: still refused
    assert Appeal.select().count() == count
    adm.late_reason.setText("本人出差，返岗当天提交")
    adm.save()
    appeal = newest()
    assert appeal.late_reason == "本人出差，返岗当天提交" and appeal.status == "pending"


def test_countdown_names_the_deadline(qtbot, tab):
    deadline = Period.get(Period.month == SEPT.key).appeal_deadline
    text = tab.countdown.text()
    assert clock.to_local(deadline).strftime("%Y-%m-%d %H:%M") in text
    assert "left" in text and "23 h 30 min" in text


def test_self_check_report(qtbot, tab):
    from csperf_desktop.monthly import appeals
    from csperf_desktop.gui.appeals.report_dialog import AppealReportDialog

    ev = first_deduction(person_with(1))
    a = appeals.record_appeal(tab.ctx.actor, SEPT, ev.staff_id, [ev.id], "理由")
    appeals.decide_appeal(tab.ctx.actor, a.id, "upheld")
    report = appeals.appeal_report(month=SEPT)
    d = AppealReportDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    text = d.view.toPlainText()
    assert "Appeals received" in text and f"{report.upheld} ({100 * report.upheld_rate:.0f}%)" in text
    times = dict((code, n) for code, _name, n in report.overturned_rules)[ev.rule_code]
    assert f"{ev.rule_code} {ev.rule_name} — {times} times" in text
    d.scope.setCurrentIndex(1)
    assert "2026" in d.view.toPlainText()


def test_chinese_exam_spotcheck_and_appeal_views_show_no_english(qtbot, qapp, demo_db, answers):
    """Every label, button, header and choice of these views is translated (data aside)."""
    from csperf_desktop.monthly import exams, spotchecks
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.appeals.report_dialog import AppealReportDialog
    from csperf_desktop.gui.appeals.tab import AppealsTab
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog
    from csperf_desktop.gui.exams.exams_tab import ExamDialog, ExamsTab
    from csperf_desktop.gui.daily.spotcheck_dialog import (ChecklistDialog, ChecklistItemDialog, SpotCheckDialog,
                                                      SpotCheckMonthDialog)
    from gui_texts import english_words, visible_texts

    ctx = make_ctx()
    exam = exams.add_exam(ctx.actor, date="2026-10-12", title="十月考试")
    exams.set_result(ctx.actor, exam.id, "KF001", 100)
    first = spotchecks.checklist()[3]
    spotchecks.record_spot_check(ctx.actor, "KF002", "2026-10-13", "R1", results={first.id: (False, "语气生硬")})
    ev = first_deduction(person_with(1))
    from csperf_desktop.monthly import appeals

    appeal = appeals.record_appeal(ctx.actor, SEPT, ev.staff_id, [ev.id], "理由", proposed_points={ev.id: 1})
    i18n.install(qapp, "zh_CN")
    try:
        views = [ExamsTab(ctx), ExamDialog(ctx), SpotCheckDialog(ctx), SpotCheckMonthDialog(ctx), AppealsTab(ctx),
                 RecordAppealDialog(ctx, SEPT), DecideDialog(ctx, appeal.id), AppealReportDialog(ctx, SEPT),
                 ChecklistDialog(ctx), ChecklistItemDialog(ctx, spotchecks.checklist()[0])]
        leftovers = []
        for w in views:
            qtbot.addWidget(w)
            leftovers += [(type(w).__name__, kind, text) for kind, text in visible_texts(w) if english_words(text)]
        tab = views[0]
        leftovers += [("ExamsTab", "cell", tab.proposals_model.index(r, c).data() or "")
                      for r in range(tab.proposals_model.rowCount()) for c in range(tab.proposals_model.columnCount())
                      if english_words(tab.proposals_model.index(r, c).data() or "")]
        assert leftovers == []
        assert "满分" in tab.chart.buckets[-1][0]
        assert "还剩" in views[4].countdown.text()
        assert "收到申请" in views[7].view.toPlainText()
    finally:
        i18n.install(qapp, "en")


def test_upheld_with_the_right_rule_applied(qtbot, tab):
    """Wrong rule applied: the correction carries the right rule and the points asked for."""
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    d = RecordAppealDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    (picked,) = fill_appeal(d, picks=1)
    d.category.setCurrentIndex(d.category.findData("wrong_rule"))
    d.save()
    appeal = newest()
    assert appeal.category == "wrong_rule"
    dd = DecideDialog(tab.ctx, appeal.id, tab)
    qtbot.addWidget(dd)
    line = dd.lines[0]
    line.action.setCurrentIndex(line.action.findData("change"))
    assert line.rule.isEnabled()
    line.rule.setCurrentIndex(line.rule.findData("D04"))
    line.new_points.setValue(-1)
    dd.save()
    appeal = newest()
    assert appeal.status == "upheld", dd.message.text()
    correction = ScoreEvent.get(ScoreEvent.corrects == picked.id)
    assert correction.rule_code == "D04" and correction.points == -1
    assert ScoreEvent.get_by_id(picked.id).voided


def test_withdrawn_keeps_the_revision_and_a_viewer_only_reads(qtbot, tab, demo_db):
    from csperf_desktop.gui.appeals.tab import AppealsTab
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    d = RecordAppealDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    fill_appeal(d)
    d.save()
    appeal = newest()
    before = revision()
    dd = DecideDialog(tab.ctx, appeal.id, tab)
    qtbot.addWidget(dd)
    dd.outcomes["withdrawn"].setChecked(True)
    dd.save()
    assert newest().status == "withdrawn"
    assert revision() == before
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("pending"))
    assert appeal.id not in [r.id for r in tab.model.rows]
    assert all(r.status == "pending" for r in tab.model.rows)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("withdrawn"))
    assert appeal.id in [r.id for r in tab.model.rows]
    viewer = AppealsTab(make_ctx("viewer"))
    qtbot.addWidget(viewer)
    assert not viewer.record_button.isEnabled() and viewer.record_button.toolTip()
    assert not viewer.decide_button.isEnabled()


def test_tab_goes_through_the_disputed_events_before_the_reason(qtbot, tab):
    """The event rows are added to the decide dialog's form from the appeal; Tab still reaches
    them in the order they are seen: outcome, each event's action/rule/points, then the reason."""
    from PySide6.QtCore import Qt

    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog

    d = RecordAppealDialog(tab.ctx, SEPT, tab)
    qtbot.addWidget(d)
    fill_appeal(d, picks=2)
    d.save()
    dd = DecideDialog(tab.ctx, newest().id, tab)
    qtbot.addWidget(dd)
    dd.show()
    chain, w = [], dd.nextInFocusChain()
    while w is not dd:
        if w.focusPolicy() & Qt.TabFocus:
            chain.append(w)
        w = w.nextInFocusChain()
    expected = [dd.outcomes["upheld"]] + [w for line in dd.lines for w in (line.action, line.rule, line.new_points)]
    expected += [dd.reason, dd.save_button]
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)
