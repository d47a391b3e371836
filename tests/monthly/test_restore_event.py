"""A void made by mistake can be undone: audited, refused where it would pay twice or the month is locked."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import Conflict, PeriodLocked, PermissionDenied, ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.events import add_event, restore_event, restored_in, void_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.standings import live_standings
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AuditEntry, Rule, ScoreEvent

OCT, SEP = Month(2026, 10), Month(2026, 9)


def score(no, month=OCT):
    return next(s.final for s in live_standings(month) if s.employee_no == no)


def test_a_restored_event_counts_again_and_the_audit_says_why(office, supervisor, fixed_clock):
    ev = add_event(supervisor, "A01", "D04", "2026-10-05", 3)
    void_event(supervisor, ev.id, "记错了人")
    assert score("A01") == 80
    restored = restore_event(supervisor, ev.id, "其实没有记错，误作废")
    assert not restored.voided and restored.void_reason is None and restored.voided_by is None
    assert score("A01") == 77
    entry = AuditEntry.select().where(AuditEntry.action == "restore_event").get()
    assert entry.reason == "其实没有记错，误作废" and entry.entity_id == str(ev.id)
    assert '"voided":true' in entry.before.replace(" ", "") and '"voided":false' in entry.after.replace(" ", "")
    assert restored_in(OCT) == {ev.id: "其实没有记错，误作废"}
    assert verify_database() == []


def test_restoring_needs_a_reason_a_voided_event_and_the_permission(office, supervisor, qa, fixed_clock):
    ev = add_event(supervisor, "A01", "D04", "2026-10-05", 3)
    with pytest.raises(Conflict, match="没有作废"):
        restore_event(supervisor, ev.id, "x")
    void_event(supervisor, ev.id, "记错了")
    with pytest.raises(ValidationError, match="恢复理由"):
        restore_event(supervisor, ev.id, "  ")
    with pytest.raises(PermissionDenied):
        restore_event(qa, ev.id, "x")
    assert ScoreEvent.get_by_id(ev.id).voided


def test_a_locked_month_refuses_a_restore(office, supervisor, fixed_clock):
    ev = add_event(supervisor, "A01", "D04", "2026-09-05", 3)
    void_event(supervisor, ev.id, "记错了")
    publish_month(supervisor, SEP)
    with pytest.raises(PeriodLocked):
        restore_event(supervisor, ev.id, "误作废")


def test_a_restore_that_would_pay_twice_is_refused(office, supervisor, fixed_clock):
    monthly = Rule.select().where((Rule.unit == "month") & (Rule.active == True)).first()  # noqa: E712
    first = add_event(supervisor, "A02", monthly.code, "2026-10-02")
    void_event(supervisor, first.id, "日期错了")
    add_event(supervisor, "A02", monthly.code, "2026-10-03")
    with pytest.raises(Conflict, match="每月一次"):
        restore_event(supervisor, first.id, "误作废")
    proposal = add_event(supervisor, "A03", "B03", "2026-10-02", source="csat:A03:2026-10")
    void_event(supervisor, proposal.id, "重复")
    add_event(supervisor, "A03", "B03", "2026-10-02", source="csat:A03:2026-10")
    with pytest.raises(Conflict, match="重复加分"):
        restore_event(supervisor, proposal.id, "误作废")
