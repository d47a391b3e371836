"""The batched figures write used by the Excel import: same rules and audit as save_figures."""

import json

import pytest

from csperf_desktop.trust.audit import verify_chain
from csperf_desktop.base.errors import NotFound, PeriodLocked, ValidationError
from csperf_desktop.monthly.figures import FIELDS, save_figures, save_figures_bulk
from csperf_desktop.store.models import AuditEntry, MonthlyFigures
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month

OCT = Month(2026, 10)


def _rows():
    return {(f.staff_id, f.month): {k: getattr(f, k) for k in FIELDS} for f in MonthlyFigures.select()}


def test_bulk_write_matches_save_figures_and_audits_each_person(office, supervisor):
    ids = {no: s.id for no, s in office.items()}
    save_figures(supervisor, OCT, {"A01": {"csat_pct": 80, "contacts": 5}})
    first_new = AuditEntry.select().count()
    save_figures_bulk(supervisor, OCT, {ids["A01"]: {"csat_pct": 95.5, "contacts": 7},
                                        ids["A02"]: {"csat_pct": 91, "late_count": 0, "absence_days": 0.5}})
    rows = _rows()
    assert rows[(ids["A01"], "2026-10")]["csat_pct"] == 95.5 and rows[(ids["A01"], "2026-10")]["contacts"] == 7
    assert rows[(ids["A02"], "2026-10")]["absence_days"] == 0.5 and rows[(ids["A02"], "2026-10")]["contacts"] is None
    entries = list(AuditEntry.select().where(AuditEntry.id > first_new).order_by(AuditEntry.id))
    assert [(e.action, e.staff_id) for e in entries] == [("save_figures", ids["A01"]), ("save_figures", ids["A02"])]
    assert json.loads(entries[0].before)["csat_pct"] == 80 and json.loads(entries[0].after)["csat_pct"] == 95.5
    assert entries[1].before is None and json.loads(entries[1].after)["late_count"] == 0
    assert entries[1].entity_id == str(MonthlyFigures.get(MonthlyFigures.staff == ids["A02"]).id)
    assert verify_chain() is None
    # the chain continues correctly after a batched append
    save_figures(supervisor, OCT, {"A03": {"contacts": 1}})
    assert verify_chain() is None


def test_bulk_write_refuses_like_save_figures(office, supervisor):
    ids = {no: s.id for no, s in office.items()}
    with pytest.raises(ValidationError):
        save_figures_bulk(supervisor, OCT, {ids["A01"]: {"contacts": 1}, ids["A02"]: {"csat_pct": 120}})
    with pytest.raises(NotFound):
        save_figures_bulk(supervisor, OCT, {ids["A01"]: {"contacts": 1}, 9999: {"contacts": 1}})
    publish_month(supervisor, Month(2026, 9))
    with pytest.raises(PeriodLocked):
        save_figures_bulk(supervisor, Month(2026, 9), {ids["A01"]: {"contacts": 1}})
    assert MonthlyFigures.select().count() == 0


def test_several_months_at_once_audit_every_person_and_month(office, supervisor):
    from csperf_desktop.monthly.figures import save_figures_months

    ids = {no: s.id for no, s in office.items()}
    sep = Month(2026, 9)
    save_figures(supervisor, OCT, {"A01": {"csat_pct": 80, "contacts": 5}})
    first_new = AuditEntry.select().count()
    n = save_figures_months(supervisor, {OCT: {ids["A01"]: {"csat_pct": 90}, ids["A02"]: {"orders": 3}},
                                         sep: {ids["A01"]: {"late_count": 2}}})
    assert n == 3
    rows = _rows()
    assert rows[(ids["A01"], "2026-10")]["csat_pct"] == 90 and rows[(ids["A01"], "2026-10")]["contacts"] == 5
    assert rows[(ids["A01"], "2026-09")]["late_count"] == 2 and rows[(ids["A02"], "2026-10")]["orders"] == 3
    entries = list(AuditEntry.select().where(AuditEntry.id > first_new).order_by(AuditEntry.id))
    assert [(e.month, e.staff_id) for e in entries] == [("2026-09", ids["A01"]), ("2026-10", ids["A01"]),
                                                        ("2026-10", ids["A02"])]
    changed = entries[1]
    assert json.loads(changed.before)["csat_pct"] == 80 and json.loads(changed.after)["csat_pct"] == 90
    assert json.loads(changed.after)["contacts"] == 5  # the unchanged value is kept, and recorded as such
    assert changed.entity_id == str(MonthlyFigures.get((MonthlyFigures.staff == ids["A01"])
                                                       & (MonthlyFigures.month == "2026-10")).id)
    assert entries[0].before is None and json.loads(entries[0].after)["late_count"] == 2
    assert {e.actor for e in entries} == {"sup"} and all(e.at is not None for e in entries)
    assert verify_chain() is None


def test_several_months_name_the_month_refused(office, supervisor):
    from csperf_desktop.monthly.figures import MonthRefused, save_figures_months

    ids = {no: s.id for no, s in office.items()}
    publish_month(supervisor, Month(2026, 9))
    with pytest.raises(MonthRefused) as exc:
        save_figures_months(supervisor, {OCT: {ids["A01"]: {"contacts": 1}},
                                         Month(2026, 9): {ids["A01"]: {"contacts": 1}}})
    assert exc.value.month == Month(2026, 9) and isinstance(exc.value.error, PeriodLocked)
    with pytest.raises(MonthRefused) as exc:
        save_figures_months(supervisor, {OCT: {ids["A01"]: {"contacts": -1}}})
    assert exc.value.month == OCT and exc.value.error.field == "contacts"
    assert MonthlyFigures.select().count() == 0
