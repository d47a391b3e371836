"""The table models and their filters, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csperf_desktop.monthly.events import add_event, month_events, void_event
from csperf_desktop.gui.daily.daily_tab import ALL, EventsFilter
from csperf_desktop.gui.staff.staff_tab import StaffFilter
from csperf_desktop.gui.widgets.rows_model import BONUS_COLOR, DEDUCTION_COLOR
from csperf_desktop.gui.daily.daily_models import EventsModel, event_rows
from csperf_desktop.gui.staff.staff_models import StaffModel
from csperf_desktop.base.months import Month


def month_model(qapp):
    model = EventsModel()
    model.set_rows(event_rows(month_events(Month(2026, 10))))
    proxy = EventsFilter()
    proxy.setSourceModel(model)
    return model, proxy


def test_event_rows_come_newest_first_with_signed_coloured_points(qapp, office, admin):
    add_event(admin, "A01", "B03", "2026-10-02", reference="DD1")
    add_event(admin, "A02", "D04", "2026-10-05", 3, note="错别字")
    add_event(admin, "A01", "D05", "2026-10-05", method="spot_check")
    model, _ = month_model(qapp)
    assert [(r.employee_no, r.rule_code) for r in model.rows] == [("A01", "D05"), ("A02", "D04"), ("A01", "B03")]
    cell = lambda row, col, role=Qt.DisplayRole: model.data(model.index(row, col), role)  # noqa: E731
    assert cell(1, EventsModel.POINTS) == "−3"
    assert cell(2, EventsModel.POINTS) == "+5"
    assert cell(2, EventsModel.POINTS, Qt.ForegroundRole).color() == BONUS_COLOR
    assert cell(1, EventsModel.POINTS, Qt.ForegroundRole).color() == DEDUCTION_COLOR
    model.sort(EventsModel.POINTS, Qt.AscendingOrder)
    assert [r.points for r in model.rows] == [-3, -2, 5]


def test_event_filters_by_person_area_kind_method_voided_and_text(qapp, office, admin):
    add_event(admin, "A01", "B03", "2026-10-02", reference="DD1")
    ev = add_event(admin, "A02", "D04", "2026-10-05", 3, note="错别字")
    add_event(admin, "A01", "D05", "2026-10-05", method="spot_check")
    void_event(admin, ev.id, "记错")
    model, proxy = month_model(qapp)
    staff_a01 = model.rows[0].staff_id

    def shown(**f):
        values = dict(staff=ALL, area=ALL, kind=ALL, method=ALL, voided=ALL, text="") | f
        proxy.set_filters(**values)
        return sorted(proxy.data(proxy.index(i, 0), Qt.UserRole + 1).rule_code for i in range(proxy.rowCount()))

    assert shown() == ["B03", "D04", "D05"]
    assert shown(staff=staff_a01) == ["B03", "D05"]
    assert shown(kind="bonus") == ["B03"]
    assert shown(method="spot_check") == ["D05"]
    assert shown(voided="voided") == ["D04"]
    assert shown(voided="valid") == ["B03", "D05"]
    assert shown(text="dd1") == ["B03"]
    assert shown(text="记错") == ["D04"]  # the void reason is searchable too
    row = model.row_of(ev.id)
    assert model.data(model.index(row, 0), Qt.FontRole).strikeOut()


def test_staff_filter_by_text_team_role_and_status(qapp, office, admin):
    from csperf_desktop.office.staff import add_staff, deactivate_staff

    add_staff(admin, employee_no="Q01", name="质检甲", role="qa", team="二组")
    deactivate_staff(admin, "A05", "2026-10-01")
    model = StaffModel()
    model.load()
    proxy = StaffFilter()
    proxy.setSourceModel(model)

    def shown(text="", team=ALL, role=ALL, active="active"):
        proxy.set_filters(text, team, role, active)
        return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]

    assert shown() == ["A01", "A02", "A03", "A04", "Q01"]
    assert shown(active="left") == ["A05"]
    assert shown(active=ALL, team="二组") == ["Q01"]
    assert shown(role="qa") == ["Q01"]
    assert shown(text="丙") == ["A03"]
