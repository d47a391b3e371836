"""A new, empty office says on every tab what to do next, with the button to do it, and
offers nothing that would be refused."""

from __future__ import annotations

from csperf_desktop.gui.excel import excel_dialogs
from csperf_desktop.gui.widgets import table_tools


def panel(view):
    state = view._empty_state
    return state.panel.isVisibleTo(view), state.label.text(), [b.text() for b in state.buttons], state


def test_an_empty_office_says_how_to_begin_on_every_tab(qtbot, db, fixed_clock, make_window, monkeypatch):
    window = make_window()
    staff_tab = window.tab("staff")
    shown, text, buttons, state = panel(staff_tab.table)
    assert shown and "No one is on the staff list yet" in text
    assert buttons == ["&Add a person…", "&Import a roster from Excel…"]
    opened = []
    monkeypatch.setattr(excel_dialogs, "import_file", lambda ctx, parent, kind: opened.append(kind))
    state.buttons[1].click()
    assert opened == ["staff"]

    daily = window.tab("daily")
    shown, text, _, _ = panel(daily.table)
    assert shown and "add people on the Staff tab" in text
    assert panel(daily.standings_table)[0]

    exams = window.tab("exams")
    shown, text, buttons, _ = panel(exams.exam_list)
    assert shown and "No exam in" in text and buttons == ["&Add an exam…"]

    appeals = window.tab("appeals")
    shown, text, _, _ = panel(appeals.table)
    assert shown and "After a month is published" in text
    assert not appeals.record_button.isEnabled()
    assert "No month is published" in appeals.record_button.toolTip()


def test_the_hint_goes_once_there_is_something_to_list(qtbot, office, supervisor, fixed_clock, make_window):
    from csperf_desktop.monthly.events import add_event

    window = make_window()
    window.ui.tabs.setCurrentIndex(0)
    staff_tab = window.tab("staff")
    assert staff_tab.table.model().rowCount() == 5 and not panel(staff_tab.table)[0]
    daily = window.tab("daily")
    shown, text, _, _ = panel(daily.table)
    assert shown and "No events in" in text and "Ctrl+N" in text
    add_event(supervisor, "A01", "B03", "2026-10-02")
    daily.load_events()
    assert not panel(daily.table)[0]
    daily.search.setText("没有这样的记录")
    daily.apply_filters()
    shown, text, _, _ = panel(daily.table)
    assert shown and text == "No event matches the filters above."
