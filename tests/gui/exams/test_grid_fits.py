"""The result grid shows its last person without scrolling at the usual window sizes."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.monthly import exams
from csperf_desktop.office.staff import add_staff


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_last_row_of_twelve_is_visible_before_scrolling(qtbot, db, supervisor, answers, size):
    from csperf_desktop.gui.exams.exams_tab import ExamsTab
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.trust.auth import Actor

    for i in range(12):
        add_staff(supervisor, employee_no=f"KF{i:03d}", name=f"某{i}", role="agent", team="一组",
                  hire_date="2020-01-01")
    exams.add_exam(supervisor, date=dt.date(2026, 10, 15), title="十月技能考试")
    w = ExamsTab(AppContext(Actor("sup", "supervisor", "主管")))
    qtbot.addWidget(w)
    # the tab's share of a main window of this size (menu, month bar and tab bar take about 100 px)
    w.resize(size[0] - 20, size[1] - 110)
    w.show()
    grid = w.grid
    assert grid.model().rowCount() == 12

    def last_row_whole():
        return grid.visualRect(grid.model().index(11, 0)).bottom() < grid.viewport().height()

    qtbot.waitUntil(last_row_whole, timeout=2000)
    assert grid.verticalScrollBar().maximum() == 0
    assert w.ui.split.sizes()[1] >= w.BOTTOM_MIN  # the lower panel keeps room of its own
