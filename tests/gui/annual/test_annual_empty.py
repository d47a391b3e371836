"""The annual tab of an office without staff says where reviews come from, with the buttons
to start; with staff it lists them and the hint goes."""

from __future__ import annotations

from csperf_desktop.gui.excel import excel_dialogs


def panel(view):
    state = view._empty_state
    return state.panel.isVisibleTo(view), state.label.text(), [b.text() for b in state.buttons], state


def test_an_empty_office_says_how_annual_reviews_begin_and_the_button_goes_there(
        qtbot, db, fixed_clock, make_window, monkeypatch):
    window = make_window()
    window.ui.tabs.setCurrentWidget(window.ui.annualPage)
    annual = window.tab("annual")
    shown, text, buttons, state = panel(annual.staff_list)
    assert shown and "the office has no staff" in text
    assert buttons == ["&Add a person…", "&Import a roster from Excel…"]
    opened = []
    monkeypatch.setattr(excel_dialogs, "import_file", lambda ctx, parent, kind: opened.append(kind))
    state.buttons[1].click()
    assert opened == ["staff"]
    assert window.ui.tabs.currentWidget() is window.ui.staffPage  # taken to where staff are added


def test_the_hint_names_the_year_when_nobody_worked_then_goes_with_staff(qtbot, office, fixed_clock, make_window):
    window = make_window()
    window.ui.tabs.setCurrentWidget(window.ui.annualPage)
    annual = window.tab("annual")
    assert annual.staff_list.model().rowCount() == 5 and not panel(annual.staff_list)[0]
    annual.year.setValue(2019)  # the office's people were hired in 2020
    shown, text, _, _ = panel(annual.staff_list)
    assert shown and "employed in 2019" in text
