"""Publishing, closing and reopening a month (DESIGN.md §2 steps 3–5)."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.errors import Conflict, PermissionDenied, ValidationError
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.models import AuditEntry, MonthlyResult, Period
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import close_month, publish_month, reopen_month
from csperf_desktop.base.text import fmt_local
from csperf_desktop.monthly.periods import get_period
from csperf_desktop.office.settings import update_settings
from csperf_desktop.monthly.standings import published_standings

SEP = Month(2026, 9)
PUBLISH_AT = dt.datetime(2026, 10, 2, 1, 30)  # 09:30 in Shanghai


@pytest.fixture
def september(office, supervisor):
    clock.set_fixed(dt.datetime(2026, 9, 28, 2, 0))
    add_event(supervisor, "A01", "B07", "2026-09-03")
    add_event(supervisor, "A02", "D07", "2026-09-04")
    clock.set_fixed(PUBLISH_AT)
    return office


def test_publish_snapshots_locks_and_sets_the_deadline(september, supervisor):
    p = publish_month(supervisor, SEP)
    assert (p.status, p.revision, p.published_by) == ("published", 1, "sup")
    # published on a National Day holiday: open until the end of the first working day back
    assert fmt_local(p.appeal_deadline) == "2026年10月8日 23:59"
    snap = {r.employee_no: r for r in published_standings(SEP)}
    assert snap["A01"].final == 90 and snap["A01"].rank == 1 and snap["A01"].award
    assert snap["A02"].final == 78 and snap["A02"].rank == 5
    assert MonthlyResult.select().count() == 5
    assert len(p.fingerprint) == 12


def test_appeal_window_is_a_setting(september, supervisor):
    update_settings(supervisor, {"appeal_window_unit": "hours", "appeal_window_hours": 48})
    p = publish_month(supervisor, SEP)
    assert p.appeal_deadline == PUBLISH_AT + dt.timedelta(hours=48)


def test_publishing_twice_is_refused(september, supervisor):
    publish_month(supervisor, SEP)
    with pytest.raises(Conflict, match="不能再次公示"):
        publish_month(supervisor, SEP)


def test_a_month_that_has_not_begun_cannot_be_published(september, supervisor):
    with pytest.raises(ValidationError, match="还没有开始"):
        publish_month(supervisor, Month(2026, 11))


def test_close_is_refused_while_the_appeal_window_is_open(september, supervisor):
    update_settings(supervisor, {"appeal_window_unit": "hours"})
    publish_month(supervisor, SEP)
    clock.set_fixed(PUBLISH_AT + dt.timedelta(hours=23, minutes=59))
    with pytest.raises(Conflict, match="2026年10月3日 09:30"):
        close_month(supervisor, SEP)
    clock.set_fixed(PUBLISH_AT + dt.timedelta(hours=24))
    assert close_month(supervisor, SEP).status == "closed"


def test_close_needs_a_published_month(september, supervisor):
    with pytest.raises(Conflict, match="还没有公示"):
        close_month(supervisor, SEP)


def test_close_guards_block_closing(september, supervisor, monkeypatch):
    from csperf_desktop.monthly import appeals

    publish_month(supervisor, SEP)
    clock.set_fixed(PUBLISH_AT + dt.timedelta(days=7))
    monkeypatch.setattr(appeals, "close_guard", lambda m: "还有 1 份复核申请未处理。")
    with pytest.raises(Conflict, match="未处理"):
        close_month(supervisor, SEP)
    assert get_period(SEP).status == "published"


def test_reopen_needs_admin_and_a_reason(september, supervisor, admin):
    publish_month(supervisor, SEP)
    with pytest.raises(PermissionDenied, match="无权重新开放月份"):
        reopen_month(supervisor, SEP, "数据有误")
    with pytest.raises(ValidationError, match="理由"):
        reopen_month(admin, SEP, "")
    p = reopen_month(admin, SEP, "考勤数据有误，需要更正")
    assert p.status == "open"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.reason) == ("reopen_month", "考勤数据有误，需要更正")


def test_reopen_then_publish_makes_a_new_revision_and_keeps_the_old(september, supervisor, admin):
    publish_month(supervisor, SEP)
    reopen_month(admin, SEP, "更正")
    add_event(supervisor, "A03", "B07", "2026-09-20")
    p = publish_month(supervisor, SEP)
    assert p.revision == 2
    first = {r.employee_no: r.final for r in published_standings(SEP, revision=1)}
    second = {r.employee_no: r.final for r in published_standings(SEP)}
    assert first["A03"] == 80 and second["A03"] == 90


def test_unpublished_month_has_no_period_row_until_touched(september):
    assert Period.select().count() == 0
    assert get_period(SEP).status == "open"
