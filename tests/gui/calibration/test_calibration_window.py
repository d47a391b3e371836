"""The calibration window: a grader's grid typed from the keyboard, blind while open, the report once closed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.gui.calibration.calibration_window import CalibrationWindow, SessionDialog
from csperf_desktop.insight.calibration_sessions import create_session, grader_sheet, rate
from csperf_desktop.store.models import AuditEntry, CalibrationRating

from calibration_helpers import make_session


def window(qtbot, ctx):
    w = CalibrationWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_typing_in_the_grid_saves_each_verdict_and_moves_on(qtbot, db, ctx, answers):
    s = create_session(ctx.actor, "校准", "2026-10-15", ["TK-1", "TK-2"], ["孙丽华", "王芳"])
    w = window(qtbot, ctx)
    assert w.ui.tabs.isTabEnabled(0) and not w.ui.tabs.isTabEnabled(1)
    grid = w.grid
    assert (grid.rowCount(), grid.columnCount()) == (2, 12)
    grid.setCurrentCell(0, 10)
    for key in (Qt.Key_1, Qt.Key_N, Qt.Key_Y):  # C11, C12, then TK-2's C01
        qtbot.keyClick(grid, key)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)
    sheet = grader_sheet(s.id, "孙丽华")
    assert sorted(sheet.values()) == ["fail", "pass", "pass"]
    assert grid.item(0, 11).text() == "✗" and w.ui.progress.text() == "3 of 24 rated"
    grid.setCurrentCell(0, 10)
    qtbot.keyClick(grid, Qt.Key_Delete)
    assert len(grader_sheet(s.id, "孙丽华")) == 2
    qtbot.keyClick(grid, Qt.Key_Return)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 11)
    assert AuditEntry.select().where(AuditEntry.action == "rate_calibration").count() == 4
    assert answers.errors == []


def test_another_graders_ratings_never_show_in_the_grid(qtbot, db, ctx):
    s = create_session(ctx.actor, "校准", "2026-10-15", ["TK-1"], ["孙丽华", "王芳", ctx.actor.label])
    rate(ctx.actor, s.id, "王芳", {("TK-1", s.items[0]["code"]): "0"})
    w = window(qtbot, ctx)
    assert w.ui.grader.currentText() == ctx.actor.label  # the person at the keyboard starts on their own sheet
    assert all(w.grid.item(0, c).text() == "" for c in range(12))
    w.ui.grader.setCurrentIndex(1)
    assert w.grid.item(0, 0).text() == "✗"


def test_closing_opens_the_report_with_the_kappa_reading(qtbot, db, ctx, answers):
    s = make_session(ctx.actor, close=False)
    w = window(qtbot, ctx)
    answers.confirms.append(True)
    w.close_session()
    assert "孙丽华: 24 of 24" in answers.asked[0]
    assert w.ui.tabs.isTabEnabled(1) and not w.ui.tabs.isTabEnabled(0) and w.ui.printButton.isEnabled()
    assert "Fleiss' kappa = " in w.ui.kappaLabel.text()
    assert w.ui.items.item(0, 0).text() == s.items[3]["code"]  # the least agreed first
    names = [w.ui.graders.item(r, 0).text() for r in range(w.ui.graders.rowCount())]
    assert names == ["孙丽华", "王芳", "李强"]
    assert w.ui.graders.item(2, 1).text() == "-2"
    assert w.ui.history.rowCount() == 1


def test_a_new_session_from_the_dialog(qtbot, db, ctx):
    d = SessionDialog(ctx)
    qtbot.addWidget(d)
    d.ui.conversations.setPlainText("TK-9\nTK-10")
    d.ui.graders.setPlainText("孙丽华\n王芳，李强")
    d.save()
    assert d.session is not None and [g.name for g in d.session.graders] == ["孙丽华", "王芳", "李强"]
    d2 = SessionDialog(ctx)
    qtbot.addWidget(d2)
    d2.ui.graders.setPlainText("孙丽华")
    d2.save()
    assert d2.session is None and "单号" in d2.ui.message.text()
    assert CalibrationRating.select().count() == 0


def test_the_everyday_spot_checks_tab_compares_graders(qtbot, office, ctx, qa):
    from csperf_desktop.monthly.spotchecks import record_spot_check
    from csperf_desktop.store.models import ChecklistItem

    harsh = ChecklistItem.get(ChecklistItem.text == "不使用生硬语言").id
    record_spot_check(qa, "A01", "2026-10-10", checked_by="王芳", results={harsh: False})
    record_spot_check(qa, "A02", "2026-10-11", checked_by="李强", results={})
    w = window(qtbot, ctx)
    assert w.ui.tabs.currentIndex() == 2 and w.spot_loaded  # no session yet: the spot checks show
    table = w.ui.perCheck
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert set(rows) == {"王芳", "李强", "Everyone"}
    assert rows["王芳"][-3:] == ["1.00", "1", "1"] and rows["李强"][-3:] == ["0.00", "1", "0"]
    assert table.horizontalHeaderItem(6).text() == "2026-10"
    item_rows = [w.ui.perItem.item(r, 0).text() for r in range(w.ui.perItem.rowCount())]
    r = item_rows.index("不使用生硬语言")
    assert [w.ui.perItem.item(r, c).text() for c in range(1, 4)] == ["0%", "100%", "50%"]  # 李强, 王芳, everyone


def test_a_new_office_is_told_how_to_start(qtbot, db, ctx):
    w = window(qtbot, ctx)
    assert w.empty_hint.isVisible() and "New session" in w.empty_hint.text()
    assert w.ui.tabs.currentIndex() == 2 and "No spot checks from" in w.ui.spotSummary.text()
    assert "Spot check…" in w.ui.spotSummary.text()  # where spot checks are recorded
    create_session(ctx.actor, "校准", "2026-10-15", ["TK-1"], ["孙丽华", "王芳"])
    w.load_sessions()
    assert not w.empty_hint.isVisible()


def test_a_grader_of_the_report_leads_to_their_everyday_spot_checks(qtbot, office, ctx, qa):
    from csperf_desktop.monthly.spotchecks import record_spot_check
    from csperf_desktop.store.models import ChecklistItem

    harsh = ChecklistItem.get(ChecklistItem.text == "不使用生硬语言").id
    record_spot_check(qa, "A01", "2026-10-10", checked_by="ZJ001 王芳", results={harsh: False})
    record_spot_check(qa, "A02", "2026-10-11", checked_by="孙丽华", results={})
    s = make_session(ctx.actor)  # graders 孙丽华, 王芳, 李强
    w = window(qtbot, ctx)
    assert w.ui.tabs.currentIndex() == 1 and w.session.id == s.id
    (action,) = w.ui.graders.actions()
    assert action.text() == "See this grader's everyday spot checks"
    w.ui.graders.selectRow(1)  # 王芳
    action.trigger()
    assert w.ui.tabs.currentIndex() == 2
    table = w.ui.perCheck
    shown = [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert shown == ["ZJ001 王芳", "Everyone"]
    columns = [w.ui.perItem.horizontalHeaderItem(c).text() for c in range(w.ui.perItem.columnCount())
               if not w.ui.perItem.isColumnHidden(c)]
    assert columns == ["Item", "ZJ001 王芳", "Everyone"]
    assert "王芳" in w.filter_label.text() and w.all_graders.isVisible()
    # a grader who made no everyday spot check: said so, everyone's figures stay for comparison
    w.ui.tabs.setCurrentIndex(1)
    w.ui.graders.selectRow(2)  # 李强
    action.trigger()
    shown = [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert shown == ["Everyone"] and "李强 made no everyday spot checks" in w.filter_label.text()
    qtbot.mouseClick(w.all_graders, Qt.LeftButton)
    assert not any(table.isRowHidden(r) for r in range(table.rowCount())) and not w.filter_label.isVisible()


def test_the_sessions_over_time_say_where_agreement_is_heading(qtbot, db, ctx):
    w = window(qtbot, ctx)
    assert w.trend_title([0.4]) == "Sessions over time"
    assert w.trend_title([0.45, 0.65, 0.9]) == "Sessions over time: kappa 0.45 → 0.65 → 0.90 — agreement is improving"
    assert w.trend_title([0.8, 0.5]).endswith("agreement is falling")
    assert w.trend_title([0.6, 0.62]).endswith("agreement is steady")


def test_the_demo_office_shows_the_trend_and_a_session_in_progress(qtbot, demo_db, ctx):
    w = window(qtbot, ctx)
    sessions = w.ui.sessions
    assert sessions.rowCount() == 4 and sessions.item(0, 2).text() == "Open"
    assert w.ui.tabs.currentIndex() == 0 and "of 72 rated" in w.ui.progress.text()
    sessions.selectRow(1)  # the latest closed session
    assert w.ui.tabs.currentIndex() == 1 and w.ui.history.rowCount() == 3
    assert w.ui.historyBox.title().endswith("agreement is improving")
