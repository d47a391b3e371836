"""Daily scoring: the quick-entry strip, voiding and the live standings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.store.models import ScoreEvent, Staff
from csperf_desktop.gui.daily.daily_models import StandingsModel


def standing_of(tab, employee_no):
    for r in tab.standings_model.rows:
        if r.employee_no == employee_no:
            return r
    raise AssertionError(employee_no)


def type_into(qtbot, widget, text):
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def test_series_of_events_by_keyboard_updates_standings(qtbot, office, make_window):
    window = make_window()
    window.ui.tabs.setCurrentIndex(1)
    tab = window.daily_tab
    strip = tab.entry
    assert standing_of(tab, "A03").final == 80

    strip.staff_picker.setFocus()
    qtbot.keyClicks(strip.staff_picker.lineEdit(), "a03")
    qtbot.keyClick(strip.staff_picker.lineEdit(), Qt.Key_Tab)
    assert strip.staff_picker.currentText() == "A03  丙"  # what was typed, completed on leaving
    qtbot.keyClicks(strip.rule_picker.lineEdit(), "D04")
    qtbot.keyClick(strip.rule_picker.lineEdit(), Qt.Key_Tab)
    assert strip.rule_picker.currentText().startswith("D04  ")
    qtbot.keyClicks(strip.points, "2")
    qtbot.keyClick(strip.points, Qt.Key_Return)

    # Saved; the person stays selected, the cursor is back on the rule.
    assert ScoreEvent.select().count() == 1
    assert standing_of(tab, "A03").final == 78
    assert strip.staff_picker.current_id() == Staff.get(Staff.employee_no == "A03").id
    assert strip.rule_picker.currentText() == ""

    # The next one for the same person: only the rule and Enter.
    qtbot.keyClicks(strip.rule_picker.lineEdit(), "B03")
    qtbot.keyClick(strip.rule_picker.lineEdit(), Qt.Key_Return)
    assert ScoreEvent.select().count() == 2
    assert standing_of(tab, "A03").final == 83
    assert standing_of(tab, "A03").rank == 1
    assert tab.model.rowCount() == 2
    # The new row is highlighted in the list.
    newest = ScoreEvent.select().order_by(ScoreEvent.id.desc()).get()
    assert tab.model.flash_id == newest.id
    row = tab.model.row_of(newest.id)
    assert tab.model.data(tab.model.index(row, 0), Qt.BackgroundRole) is not None


def test_points_outside_the_rules_range_are_refused_with_a_message(qtbot, office, make_window):
    window = make_window()
    strip = window.daily_tab.entry
    strip.staff_picker.setEditText("A01")
    strip.rule_picker.setEditText("D04")  # −1…−3 per time
    strip.rule_picker.commit_text()
    strip.points.setValue(9)
    assert "D04" in strip.message.text() and "9" in strip.message.text()
    qtbot.keyClick(strip.points, Qt.Key_Return)
    assert ScoreEvent.select().count() == 0
    assert strip.message.isVisible()
    assert "1–3" in strip.message.text()


def test_unknown_person_is_named_next_to_the_field(qtbot, office, make_window, answers):
    window = make_window()
    strip = window.daily_tab.entry
    strip.staff_picker.setEditText("nobody")
    strip.rule_picker.setEditText("D04")
    strip.save()
    assert ScoreEvent.select().count() == 0
    assert strip.message.text()
    assert not answers.errors


def _record(window, no="A02", code="D05"):
    strip = window.daily_tab.entry
    strip.staff_picker.setEditText(no)
    strip.rule_picker.setEditText(code)
    strip.rule_picker.commit_text()
    strip.save()
    return ScoreEvent.select().order_by(ScoreEvent.id.desc()).get()


def _select_event(tab, event_id):
    row = tab.model.row_of(event_id)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def test_void_with_a_reason_strikes_the_row_through(qtbot, office, make_window, answers):
    window = make_window()
    tab = window.daily_tab
    ev = _record(window)
    assert standing_of(tab, "A02").final == 78
    _select_event(tab, ev.id)
    answers.texts.append("记错人了")
    tab.void_selected()
    ev = ScoreEvent.get_by_id(ev.id)
    assert ev.voided and ev.void_reason == "记错人了"
    assert standing_of(tab, "A02").final == 80
    row = tab.model.row_of(ev.id)
    assert row >= 0, "voided rows stay visible"
    assert tab.model.data(tab.model.index(row, 0), Qt.FontRole).strikeOut()


def test_void_without_a_reason_is_refused(qtbot, office, make_window, answers):
    window = make_window()
    tab = window.daily_tab
    ev = _record(window)
    _select_event(tab, ev.id)
    answers.texts.append("   ")
    tab.void_selected()
    assert not ScoreEvent.get_by_id(ev.id).voided
    assert answers.errors and "作废理由" in answers.errors[0]
    assert standing_of(tab, "A02").final == 78


def test_order_amount_shows_the_gift_tier(qtbot, office, make_window):
    window = make_window()
    strip = window.daily_tab.entry
    for amount, tier in (("499", None), ("500", "A"), ("1500", "B"), ("2000", "C")):
        strip.order_amount.setText(amount)
        if tier:
            assert strip.gift.text().endswith(tier)
        else:
            assert "500" in strip.gift.text() and not strip.gift.text().endswith(("A", "B", "C"))


def test_choosing_from_the_type_ahead_list_with_enter_does_not_save_yet(qtbot, office, make_window):
    window = make_window()
    window.ui.tabs.setCurrentIndex(1)
    strip = window.daily_tab.entry
    strip.staff_picker.setFocus()
    qtbot.keyClicks(strip.staff_picker.lineEdit(), "A0")
    popup = strip.staff_picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    for _ in range(3):
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)  # picks the third suggestion, A03
    assert ScoreEvent.select().count() == 0
    assert strip.staff_picker.current_id() == Staff.get(Staff.employee_no == "A03").id
    qtbot.keyClick(strip.staff_picker.lineEdit(), Qt.Key_Tab)
    qtbot.keyClicks(strip.rule_picker.lineEdit(), "d05")  # codes in any case
    qtbot.keyClick(strip.rule_picker.lineEdit(), Qt.Key_Return)
    ev = ScoreEvent.get()
    assert (ev.staff.employee_no, ev.rule_code, ev.points) == ("A03", "D05", -2)


def test_delete_key_on_a_row_asks_for_the_void_reason(qtbot, office, make_window, answers):
    window = make_window()
    tab = window.daily_tab
    ev = _record(window)
    _select_event(tab, ev.id)
    tab.table.setFocus()
    answers.texts.append("重复录入")
    qtbot.keyClick(tab.table, Qt.Key_Delete)
    assert answers.asked and "D05" in answers.asked[-1]
    assert ScoreEvent.get_by_id(ev.id).void_reason == "重复录入"


def test_a_long_month_is_read_in_the_background(qtbot, office, make_window, monkeypatch, admin):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.gui.daily import daily_tab

    for day in range(1, 6):
        add_event(admin, "A01", "B03", f"2026-10-0{day}")
    window = make_window()
    assert window.daily_tab.model.rowCount() == 5
    monkeypatch.setattr(daily_tab, "BACKGROUND_ROWS", 2)
    tab = window.daily_tab
    window.ctx.set_month(window.ctx.month.prev())
    window.ctx.set_month(window.ctx.month.next())  # back to October: five rows, read in a worker
    assert tab._loading
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=5000)
    assert not tab._loading
    assert "5" in tab.count_label.text()


def test_double_click_in_the_standings_lists_that_persons_events(qtbot, office, make_window, admin):
    from csperf_desktop.monthly.events import add_event

    add_event(admin, "A01", "B03", "2026-10-02")
    add_event(admin, "A02", "D05", "2026-10-03")
    window = make_window()
    tab = window.daily_tab
    row = [r.employee_no for r in tab.standings_model.rows].index("A02")
    tab.show_person_events(tab.standings_model.index(row, 0))
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.data(tab.proxy.index(0, 0), Qt.UserRole + 1).employee_no == "A02"


def test_ctrl_n_returns_to_the_person_field(qtbot, office, make_window):
    window = make_window()
    tab = window.daily_tab
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key_N, Qt.ControlModifier)
    assert tab.entry.staff_picker.hasFocus() or tab.entry.staff_picker.lineEdit().hasFocus()


def test_alt_keys_of_the_entry_strip_do_not_clash_with_the_menus(qtbot, office, make_window):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    def mnemonic(text):
        m = re.search(r"&(\w)", (text or "").replace("&&", ""))
        return m.group(1).lower() if m else None

    window = make_window()
    menus = [mnemonic(a.text()) for a in window.menuBar().actions()]
    strip = window.daily_tab.entry
    keys = [mnemonic(w.text()) for w in strip.findChildren(QLabel) + strip.findChildren(QAbstractButton)]
    keys = [k for k in keys if k]
    assert len(keys) >= 9
    assert len(set(keys)) == len(keys), keys
    assert not set(keys) & set(menus), (keys, menus)
