"""Exams tab: keyboard entry in the result grid, refused scores, and the
full-mark proposal confirmed once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csperf_desktop.monthly import exams
from csperf_desktop.store.models import ExamResult, ScoreEvent


@pytest.fixture
def exam(office, supervisor):
    return exams.add_exam(supervisor, date=dt.date(2026, 10, 15), title="十月产品知识", area="product",
                          full_marks=100, pass_mark=60)


@pytest.fixture
def tab(qtbot, office, exam, answers):
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.exams.exams_tab import ExamsTab

    ctx = AppContext(Actor("sup", "supervisor", "主管"))
    w = ExamsTab(ctx)
    qtbot.addWidget(w)
    w.resize(1300, 700)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def type_score(qtbot, tab, text: str) -> None:
    """Type into the current score cell as a person would, then press Enter."""
    grid = tab.grid
    grid.setFocus()
    qtbot.keyClick(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing did not open an editor"
    for ch in text[1:]:
        qtbot.keyClick(editor, ch)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState, timeout=2000)


def score_of(staff) -> float | None:
    r = ExamResult.get_or_none(ExamResult.staff == staff)
    return None if r is None else r.score


def test_typed_scores_save_and_enter_moves_down(qtbot, tab, office):
    from csperf_desktop.gui.exams.exam_models import ExamGridModel

    assert tab.grid_model.rowCount() == 5
    assert tab.grid.currentIndex().row() == 0
    assert tab.grid.currentIndex().column() == ExamGridModel.SCORE
    type_score(qtbot, tab, "95")
    assert tab.grid.currentIndex().row() == 1
    type_score(qtbot, tab, "88.5")
    assert tab.grid.currentIndex().row() == 2
    type_score(qtbot, tab, "A")  # absent
    assert tab.grid.currentIndex().row() == 3
    assert score_of(office["A01"]) == 95
    assert score_of(office["A02"]) == 88.5
    absent = ExamResult.get(ExamResult.staff == office["A03"])
    assert absent.absent and absent.score is None
    # The grid and the statistics show what was saved.
    assert tab.grid_model.index(0, ExamGridModel.SCORE).data() == "95"
    assert tab.grid_model.index(2, ExamGridModel.SCORE).data() == "absent"
    assert tab.stat_labels["sat"].text() == "3 (2 sat the exam)"
    assert tab.stat_labels["median"].text() == "91.75"
    # entered of expected: everyone employed on the exam date; red while some are missing
    assert tab.list_model.index(0, tab.list_model.ENTERED).data() == "3 / 5"
    assert tab.list_model.index(0, tab.list_model.ENTERED).data(Qt.ForegroundRole) is not None


def test_out_of_range_score_shows_message_in_place_and_saves_nothing(qtbot, tab, office):
    from csperf_desktop.gui.exams.exam_models import ExamGridModel

    type_score(qtbot, tab, "150")
    assert ExamResult.select().count() == 0
    assert tab.grid.currentIndex().row() == 0  # stays on the line to correct it
    status = tab.grid_model.index(0, ExamGridModel.STATUS).data()
    assert "0" in status and "100" in status and "150" in status
    assert "150" in tab.grid_message.text() and "甲" in tab.grid_message.text()
    assert tab.grid_model.index(0, ExamGridModel.SCORE).data(Qt.BackgroundRole) is not None
    # Corrected, the message goes and the score is saved.
    type_score(qtbot, tab, "100")
    assert score_of(office["A01"]) == 100
    assert tab.grid_message.text() == ""
    assert tab.grid_model.index(0, ExamGridModel.STATUS).data() == "Full marks"


def test_absent_checkbox_and_note(qtbot, tab, office):
    from csperf_desktop.gui.exams.exam_models import ExamGridModel

    m = tab.grid_model
    assert m.setData(m.index(3, ExamGridModel.ABSENT), Qt.Checked.value, Qt.CheckStateRole)
    assert ExamResult.get(ExamResult.staff == office["A04"]).absent
    assert m.setData(m.index(3, ExamGridModel.NOTE), "病假", Qt.EditRole)
    assert ExamResult.get(ExamResult.staff == office["A04"]).note == "病假"


def test_full_mark_proposal_confirmed_once(qtbot, tab, office):
    type_score(qtbot, tab, "100")
    assert tab.proposals_model.rowCount() == 1
    p = tab.proposals_model.rows[0]
    assert p.rule_code == "B02" and p.employee_no == "A01"
    assert tab.proposals_model.index(0, tab.proposals_model.ORIGIN).data() == "Exam"
    assert tab.confirm_all_button.isEnabled()
    tab.confirm_all_button.click()
    events = list(ScoreEvent.select().where(ScoreEvent.rule_code == "B02"))
    assert len(events) == 1 and events[0].points == 5 and events[0].staff_id == office["A01"].id
    assert tab.proposals_model.rowCount() == 0
    assert not tab.confirm_all_button.isEnabled()
    # The same proposal confirmed again (a list left open elsewhere still shows it) adds nothing.
    tab.proposals_model.load([p])
    tab.update_buttons()
    tab.confirm_all_button.click()
    assert ScoreEvent.select().where(ScoreEvent.rule_code == "B02").count() == 1
    assert tab.proposals_model.rowCount() == 0


def test_locked_month_is_read_only_with_the_reason(qtbot, office, supervisor, answers):
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.exams.exam_models import ExamGridModel
    from csperf_desktop.gui.exams.exams_tab import ExamsTab
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    exams.add_exam(supervisor, date=dt.date(2026, 9, 20), title="九月考试", full_marks=100, pass_mark=60)
    publish_month(supervisor, Month(2026, 9), anyway="成绩尚未录入，先公示")
    ctx = AppContext(Actor("sup", "supervisor", "主管"))
    ctx.set_month(Month(2026, 9))
    w = ExamsTab(ctx)
    qtbot.addWidget(w)
    m = w.grid_model
    assert m.rowCount() == 5
    assert not (m.flags(m.index(0, ExamGridModel.SCORE)) & Qt.ItemIsEditable)
    assert "published" in m.index(0, ExamGridModel.SCORE).data(Qt.ToolTipRole)
    assert not w.add_button.isEnabled() and "published" in w.add_button.toolTip()
    assert w.lock_banner.isVisibleTo(w)
    assert not m.setData(m.index(0, ExamGridModel.SCORE), "90", Qt.EditRole)
    assert ExamResult.select().count() == 0


def test_add_exam_dialog_validates_in_place(qtbot, tab):
    from csperf_desktop.gui.exams.exams_tab import ExamDialog

    d = ExamDialog(tab.ctx, None, tab)
    qtbot.addWidget(d)
    assert d.full_marks.value() == 100 and d.pass_mark.value() == 60
    d.save()  # no title
    assert d.errors.fields["title"][1].text()
    d.title.setText("技能测验")
    d.full_marks.setValue(50)
    assert d.pass_mark.value() == 30  # follows full marks until typed
    d.save()
    assert d.result() == d.DialogCode.Accepted
    assert [e.title for e in exams.month_exams(tab.ctx.month)] == ["十月产品知识", "技能测验"]


def test_history_follows_the_line_being_entered(qtbot, tab, office, supervisor):
    type_score(qtbot, tab, "80")
    # The cursor moved to A02: the history below shows A02's exams.
    assert tab.history_staff.currentData() == office["A02"].id
    tab.grid.setCurrentIndex(tab.grid_model.index(0, 3))
    assert tab.history_staff.currentData() == office["A01"].id
    assert tab.history_model.rowCount() == 1
    assert tab.history_model.index(0, tab.history_model.SCORE).data() == "80/100"
    assert "1 exams" in tab.history_summary.text() and "80%" in tab.history_summary.text()


def test_entry_resumes_at_the_first_person_without_a_result(qtbot, office, exam, supervisor, answers):
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.exams.exams_tab import ExamsTab

    exams.set_results(supervisor, exam.id, [{"staff": "A01", "score": 90}, {"staff": "A02", "absent": True}])
    w = ExamsTab(AppContext(Actor("sup", "supervisor", "主管")))
    qtbot.addWidget(w)
    assert w.grid.currentIndex().row() == 2


def test_a_full_mark_proposal_is_dismissed_with_a_reason_and_leaves_the_list(qtbot, tab, office, answers):
    from csperf_desktop.store.models import ProposalDismissal

    type_score(qtbot, tab, "100")
    assert not tab.dismiss_button.isEnabled()  # nothing selected
    tab.proposals.selectRow(0)
    assert tab.dismiss_button.isEnabled()
    answers.texts.append(None)  # cancelled: nothing happens
    tab.dismiss_button.click()
    assert tab.proposals_model.rowCount() == 1
    answers.texts.append("补考成绩，不计满分奖励")
    tab.dismiss_button.click()
    assert tab.proposals_model.rowCount() == 0
    assert ProposalDismissal.get().reason == "补考成绩，不计满分奖励"
    assert ScoreEvent.select().where(ScoreEvent.rule_code == "B02").count() == 0


def test_a_hand_entered_b02_takes_the_proposal_off_the_list(qtbot, tab, office, supervisor):
    from csperf_desktop.monthly.events import add_event

    type_score(qtbot, tab, "100")
    assert tab.proposals_model.rowCount() == 1
    add_event(supervisor, "A01", "B02", "2026-10-16")
    tab.ctx.changed.emit("events")
    assert tab.proposals_model.rowCount() == 0
