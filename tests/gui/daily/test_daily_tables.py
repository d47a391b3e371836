"""The daily tab's lists behave like a spreadsheet and say what they hold: restore a voided
event, the void reason in its own column, subtotals of a filtered list, a team filter with
averages, Ctrl+F to the search box, Ctrl+C of the standings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from csperf_desktop.base.months import Month
from csperf_desktop.gui.daily.daily_models import EventsModel
from csperf_desktop.gui.widgets import table_tools
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.office.staff import update_staff
from csperf_desktop.store.models import ScoreEvent

OCT = Month(2026, 10)


def open_tab(make_window):
    window = make_window()
    window.ctx.set_month(OCT)
    tab = window.daily_tab
    return window, tab


def select_event(tab, event_id):
    row = tab.model.row_of(event_id)
    index = tab.proxy.mapFromSource(tab.model.index(row, 0))
    tab.table.selectRow(index.row())


def test_a_voided_event_is_restored_from_the_right_click_menu(qtbot, office, supervisor, fixed_clock, make_window,
                                                             answers):
    ev = add_event(supervisor, "A01", "D04", "2026-10-05", 3)
    add_event(supervisor, "A02", "B03", "2026-10-06")
    void_event(supervisor, ev.id, "记错了人")
    window, tab = open_tab(make_window)
    select_event(tab, ev.id)
    actions = tab.row_actions()[:2]
    assert [a.isEnabled() for a in actions] == [False, True]  # void refused (already voided), restore offered
    row = tab.model.row_of(ev.id)
    assert tab.model.index(row, EventsModel.VOID).data() == "记错了人"
    answers.texts.append("其实没记错")
    tab.restore_action.trigger()
    assert not ScoreEvent.get_by_id(ev.id).voided
    row = tab.model.row_of(ev.id)
    assert tab.model.index(row, EventsModel.VOID).data() == "Restored: 其实没记错"
    select_event(tab, ev.id)
    assert [a.isEnabled() for a in tab.row_actions()[:2]] == [True, False]
    assert "Only a voided event" in tab.restore_action.toolTip()
    menu = table_tools.behaviour(tab.table).menu()
    assert [a.text() for a in menu.actions() if a.text()][:4] == ["&Void…", "&Restore…", "&Coach this person about it…",
                                                                   "&Copy"]


def test_a_filtered_list_shows_what_its_rows_add_up_to(qtbot, office, supervisor, fixed_clock, make_window):
    add_event(supervisor, "A01", "B03", "2026-10-02")
    add_event(supervisor, "A01", "D04", "2026-10-03", 3)
    gone = add_event(supervisor, "A01", "D04", "2026-10-04", 2)
    void_event(supervisor, gone.id, "重复")
    add_event(supervisor, "A02", "B03", "2026-10-02")
    window, tab = open_tab(make_window)
    assert tab.count_label.text() == "4 of 4 events"
    tab.staff_filter.setCurrentIndex(tab.staff_filter.findData(office["A01"].id))
    assert tab.count_label.text() == "3 of 4 events · shown: +5 / −3, net +2"


def test_the_team_filter_shows_a_teams_standings_and_its_average(qtbot, office, supervisor, fixed_clock,
                                                                make_window):
    for no in ("A01", "A02"):
        update_staff(supervisor, office[no].id, team="一组")
    for no in ("A03", "A04", "A05"):
        update_staff(supervisor, office[no].id, team="二组")
    add_event(supervisor, "A01", "B03", "2026-10-02")  # 85
    add_event(supervisor, "A03", "D04", "2026-10-02", 3, 2)  # 74
    window, tab = open_tab(make_window)
    assert tab.standings_model.rowCount() == 5
    assert tab.averages_label.text() == "Office average 79.8 (5 ranked)"
    tab.team_filter.setCurrentIndex(tab.team_filter.findData("一组"))
    assert [s.employee_no for s in tab.standings_model.rows] == ["A01", "A02"]
    assert tab.averages_label.text() == "一组 average 82.5 (+2.7 against the office) · Office average 79.8 (5 ranked)"


def test_ctrl_f_goes_to_the_search_box_and_ctrl_c_copies_the_standings(qtbot, office, supervisor, fixed_clock,
                                                                      make_window):
    add_event(supervisor, "A01", "B03", "2026-10-02")
    window, tab = open_tab(make_window)
    tab.standings_table.setFocus()
    qtbot.keyClick(tab.standings_table, Qt.Key_F, Qt.ControlModifier)
    assert tab.search.hasFocus()
    tab.standings_table.setFocus()
    tab.standings_table.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(tab.standings_table, Qt.Key_C, Qt.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Rank", "No.", "Name"]
    assert lines[1].split("\t")[:3] == ["1", "A01", "甲"] and "85" in lines[1].split("\t")


def test_a_right_click_on_the_events_list_opens_its_menu(qtbot, office, supervisor, fixed_clock, make_window,
                                                        monkeypatch):
    ev = add_event(supervisor, "A01", "D04", "2026-10-05", 3)
    window, tab = open_tab(make_window)
    shown = []
    monkeypatch.setattr(table_tools, "popup", lambda menu, pos: shown.append([a.text() for a in menu.actions()]))
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(ev.id), 0)).row()
    tab.table.customContextMenuRequested.emit(tab.table.visualRect(tab.proxy.index(row, 1)).center())
    assert shown and shown[0][:2] == ["&Void…", "&Restore…"]
