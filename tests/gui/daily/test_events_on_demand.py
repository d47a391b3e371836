"""A long month opens fast: the daily tab's event table fetches its rows in chunks as the
list is scrolled, while the count, the subtotals of a filtered list and sorting still take in
the whole month, and copying the whole table copies every row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from csperf_desktop.base.months import Month
from csperf_desktop.base.text import signed
from csperf_desktop.gui.daily.daily_models import EventsModel
from csperf_desktop.gui.widgets import table_tools
from csperf_desktop.monthly.events import NewEvent, add_events, void_event
from csperf_desktop.store.models import ScoreEvent

OCT = Month(2026, 10)
CHUNK = 10


def a_long_month(supervisor, office) -> list[int]:
    """47 events over the first 19 days of October, A01 with one in three of them."""
    items = []
    for i in range(47):
        who = "A01" if i % 3 == 0 else ("A02", "A03", "A04")[i % 3 - 1]
        code, points = ("B01", 1 + i % 3) if i % 2 else ("D04", 1 + i % 4)
        items.append(NewEvent(who, code, f"2026-10-{1 + i % 19:02d}", points))
    return add_events(supervisor, items)


def open_tab(make_window, monkeypatch):
    monkeypatch.setattr(EventsModel, "CHUNK", CHUNK)
    window = make_window()
    window.ctx.set_month(OCT)
    return window, window.daily_tab


def test_the_event_table_fetches_its_rows_in_chunks(qtbot, office, supervisor, fixed_clock, make_window,
                                                    monkeypatch):
    a_long_month(supervisor, office)
    window, tab = open_tab(make_window, monkeypatch)
    assert tab.model.total_rows() == 47
    assert tab.model.rowCount() == CHUNK and tab.proxy.rowCount() == CHUNK
    assert tab.proxy.canFetchMore(tab.proxy.index(-1, -1).parent())
    tab.proxy.fetchMore(tab.proxy.index(-1, -1).parent())
    assert tab.model.rowCount() == 2 * CHUNK
    tab.table.scrollToBottom()  # the view asks for more as the list is scrolled down
    qtbot.waitUntil(lambda: tab.model.rowCount() > 2 * CHUNK, timeout=2000)
    # newest first across the chunks, as before
    shown = [tab.model.rows[i] for i in range(tab.model.rowCount())]
    assert [(r.date, r.id) for r in shown] == sorted(((r.date, r.id) for r in shown), reverse=True)
    assert tab.count_label.text() == "47 of 47 events"


def test_the_subtotal_counts_the_whole_filtered_month_not_the_fetched_rows(qtbot, office, supervisor, fixed_clock,
                                                                          make_window, monkeypatch):
    ids = a_long_month(supervisor, office)
    void_event(supervisor, ids[0], "记错了")  # A01's first: a voided row is counted, not added up
    window, tab = open_tab(make_window, monkeypatch)
    tab.staff_filter.setCurrentIndex(tab.staff_filter.findData(office["A01"].id))
    mine = list(ScoreEvent.select().where((ScoreEvent.staff == office["A01"].id) & (ScoreEvent.month == OCT.key)))
    valid = [ev.points for ev in mine if not ev.voided]
    bonus, deduction = sum(p for p in valid if p > 0), sum(p for p in valid if p < 0)
    assert len(mine) == 16 and tab.proxy.rowCount() < len(mine)  # not all of them fetched yet
    assert tab.count_label.text() == (f"16 of 47 events · shown: {signed(bonus)} / {signed(deduction)}, "
                                      f"net {signed(bonus + deduction)}")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 16, timeout=3000)  # the view fetches until it is filled


def test_sorting_takes_in_the_whole_month_and_copying_the_table_copies_every_row(qtbot, office, supervisor,
                                                                                 fixed_clock, make_window,
                                                                                 monkeypatch):
    ids = a_long_month(supervisor, office)
    window, tab = open_tab(make_window, monkeypatch)
    tab.table.sortByColumn(EventsModel.POINTS, Qt.AscendingOrder)
    lowest = min(ev.points for ev in ScoreEvent.select())
    assert tab.model.rowCount() == CHUNK and tab.model.rows[0].points == lowest
    # an event further down than fetched is brought in when it is asked for (a flash, a selection)
    last = tab.model.rows[-1].id
    assert tab.model.row_of(last) == 46 and tab.model.rowCount() == 47
    tab.model.set_rows(tab.model.rows)  # back to one chunk
    behaviour = tab.table.findChild(table_tools.TableBehaviour)
    behaviour.copy_all_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + len(ids)  # the titles and every event of the month
