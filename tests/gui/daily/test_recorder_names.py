"""The events list names who recorded an event, not the computer account."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.base.months import Month
from csperf_desktop.gui.daily.daily_models import EventsModel, event_rows
from csperf_desktop.monthly.events import add_event, month_events
from csperf_desktop.office.settings import update_settings
from csperf_desktop.trust.auth import SYSTEM, Actor


def test_the_by_column_shows_the_supervisors_name_for_the_computer_account(qapp, office, admin, fixed_clock):
    update_settings(admin, {"supervisor_name": "孙丽华"})
    add_event(Actor("gui:root", "admin", "root"), "A01", "B03", "2026-10-02")
    add_event(SYSTEM, "A02", "B03", "2026-10-03")
    model = EventsModel()
    model.set_rows(event_rows(month_events(Month(2026, 10))))
    shown = {model.rows[r].employee_no: model.data(model.index(r, EventsModel.BY), Qt.DisplayRole)
             for r in range(model.rowCount())}
    assert shown == {"A01": "孙丽华", "A02": "System"}
