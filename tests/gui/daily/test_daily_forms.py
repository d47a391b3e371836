"""The daily-scoring windows are Designer forms: each takes its layout from its form, shows no
English in Chinese, and keeps the keyboard order the supervisor relies on."""

from __future__ import annotations

from PySide6.QtCore import Qt


def daily_windows(ctx):
    from csperf_desktop.gui.daily.daily_tab import DailyTab
    from csperf_desktop.gui.daily.gifts_dialog import GiftsDialog
    from csperf_desktop.gui.daily.spotcheck_dialog import (ChecklistDialog, ChecklistItemDialog, SpotCheckDialog,
                                                           SpotCheckMonthDialog)
    from csperf_desktop.monthly import spotchecks

    tab = DailyTab(ctx)
    return [tab, tab.entry, GiftsDialog(ctx), SpotCheckDialog(ctx), SpotCheckMonthDialog(ctx), ChecklistDialog(ctx),
            ChecklistItemDialog(ctx), ChecklistItemDialog(ctx, spotchecks.checklist()[0])]


def focus_order(window) -> list:
    """The widgets Tab reaches, in order, from the window itself."""
    order, w = [], window.nextInFocusChain()
    while w is not window:
        if w.focusPolicy() & Qt.TabFocus and w.isVisibleTo(window) and w.isEnabled():
            order.append(w)
        w = w.nextInFocusChain()
    return order


def test_each_daily_window_is_built_from_its_own_form(qtbot, office, ctx):
    for window in daily_windows(ctx):
        qtbot.addWidget(window)
        assert type(window.ui).__name__ == f"Ui_{type(window).__name__}"
    tab, strip = daily_windows(ctx)[:2]
    qtbot.addWidget(tab)
    # The names the rest of the program uses are the form's widgets.
    assert tab.table is tab.ui.table and tab.standings_table is tab.ui.standingsTable
    assert strip.save_button is strip.ui.saveButton and strip.lock_banner.objectName() == "lockBanner"


def test_chinese_daily_windows_show_no_english(qtbot, qapp, office, ctx):
    from csperf_desktop.gui.shell import i18n
    from gui_texts import english_words, visible_texts

    i18n.install(qapp, "zh_CN")
    try:
        for window in daily_windows(ctx):
            qtbot.addWidget(window)
            leftovers = [(type(window).__name__, kind, text) for kind, text in visible_texts(window)
                         if english_words(text)]
            assert leftovers == []
    finally:
        i18n.install(qapp, "en")


def test_tab_starts_in_the_entry_strip_and_walks_it_in_entry_order(qtbot, office, ctx):
    from csperf_desktop.gui.daily.daily_tab import DailyTab

    tab = DailyTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    e = tab.entry
    order = focus_order(tab)
    wanted = [e.staff_picker, e.rule_picker, e.points, e.quantity, e.date, e.method, e.reference, e.note,
              e.order_amount, e.save_button, tab.staff_filter]
    reached = [w for w in order if w in wanted]
    assert reached[:len(wanted)] == wanted


def test_tab_walks_the_checklist_rows_between_the_head_and_the_remark(qtbot, office, ctx):
    from csperf_desktop.gui.daily.spotcheck_dialog import SpotCheckDialog

    d = SpotCheckDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    rows = [w for line in d.lines for w in line.widgets()]
    order = [w for w in focus_order(d) if w in rows or w in (d.checked_by, d.note)]
    assert order == [d.checked_by, *rows, d.note]
