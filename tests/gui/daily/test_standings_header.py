"""The standings say what their change column holds: points against last month, not rank movement."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.gui.daily.daily_models import StandingsModel
from csperf_desktop.gui.shell import i18n


def test_the_change_column_is_titled_as_points_against_last_month(qapp):
    model = StandingsModel()
    assert model.headerData(StandingsModel.CHANGE, Qt.Horizontal) == "vs last month (pts)"
    i18n.install(qapp, "zh_CN")
    try:
        assert model.headerData(StandingsModel.CHANGE, Qt.Horizontal) == "较上月(分)"
    finally:
        i18n.install(qapp, "en")
