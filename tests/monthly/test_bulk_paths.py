"""The batch services (exam results, spot checks, gifts, confirming proposals) read and write
in a fixed number of queries, whatever the number of rows, and keep the one-at-a-time meaning:
all or nothing, one audit entry per row, a chain that ``verify`` accepts."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import Conflict, PeriodLocked, ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.monthly import gifts
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.exams import add_exam, set_result, set_results
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.proposals import PENDING, all_proposals, confirm_pending, pending_proposals, states
from csperf_desktop.monthly.spotchecks import checklist, record_spot_check, record_spot_checks
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.office.staff import add_staff
from csperf_desktop.store.models import AuditEntry, ExamResult, GiftHandout, ScoreEvent, SpotCheck, SpotCheckResult
from csperf_desktop.store.models import database_proxy

OCT = Month(2026, 10)


class Counter:
    """Statements sent through peewee while the block runs."""

    def __init__(self):
        self.db = database_proxy.obj
        self.count = 0

    def __enter__(self):
        self._orig = self.db.execute_sql

        def counting(sql, params=None, *a, **kw):
            self.count += 1
            return self._orig(sql, params, *a, **kw)

        self.db.execute_sql = counting
        return self

    def __exit__(self, *exc):
        self.db.execute_sql = self._orig


def people(supervisor, n: int) -> list[str]:
    nos = [f"P{i:03d}" for i in range(n)]
    for no in nos:
        add_staff(supervisor, employee_no=no, name=f"人{no}", role="agent", team="一组", hire_date="2020-01-01")
    return nos


def audit(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


# ---------------------------------------------------------------- exam results

def test_a_grid_of_results_costs_the_same_queries_for_5_or_40_people(db, supervisor):
    nos = people(supervisor, 40)
    counts = []
    for n, day in ((5, "2026-10-10"), (40, "2026-10-12")):
        exam = add_exam(supervisor, date=day, title=f"考试{n}", area="product")
        with Counter() as c:
            set_results(supervisor, exam.id, [{"staff": no, "score": 70 + i % 30} for i, no in enumerate(nos[:n])])
        counts.append(c.count)
        assert ExamResult.select().where(ExamResult.exam == exam.id).count() == n
    assert counts[0] == counts[1] and counts[1] < 20


def test_a_grid_mixing_new_and_changed_results_audits_each_and_voids_a_lost_full_mark(office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月考试", area="product")
    set_result(supervisor, exam.id, "A01", 100)
    set_result(supervisor, exam.id, "A02", 75)
    confirm_pending(supervisor, OCT)
    assert ScoreEvent.select().where((ScoreEvent.rule_code == "B02") & ~ScoreEvent.voided).count() == 1
    out = set_results(supervisor, exam.id, [
        {"staff": "A03", "score": 88}, {"staff": "A01", "score": 90}, {"staff": "A02", "score": 75},
        {"staff": "A04", "absent": True, "note": "请假"}])
    assert [r.staff.employee_no for r in out] == ["A03", "A01", "A02", "A04"]
    assert [(r.score, r.absent) for r in out] == [(88, False), (90, False), (75, False), (None, True)]
    assert all(r.id for r in out)
    added = audit("add_exam_result")
    assert [(e.staff_id, e.after) for e in added[-2:]] == [
        (out[0].staff_id, f'{{"absent":false,"exam":{exam.id},"note":"","score":88,"staff":{out[0].staff_id}}}'),
        (out[3].staff_id, f'{{"absent":true,"exam":{exam.id},"note":"请假","score":null,"staff":{out[3].staff_id}}}')]
    assert len(audit("update_exam_result")) == 1  # A02 unchanged: no entry
    assert ScoreEvent.select().where((ScoreEvent.rule_code == "B02") & ~ScoreEvent.voided).count() == 0
    assert verify_database() == []


def test_one_bad_row_in_a_grid_leaves_nothing_and_names_the_person(office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月考试", area="product")
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="乙（A02）") as caught:
        set_results(supervisor, exam.id, [{"staff": "A01", "score": 80}, {"staff": "A02", "score": 180}])
    assert caught.value.field == "score"
    with pytest.raises(ValidationError, match="两次"):
        set_results(supervisor, exam.id, [{"staff": "A01", "score": 80}, {"staff": 1, "score": 70}])
    assert ExamResult.select().count() == 0 and AuditEntry.select().count() == entries


def test_a_grid_in_a_published_month_is_refused(office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月考试", area="product")
    set_results(supervisor, exam.id, [{"staff": no, "score": 80} for no in office])
    publish_month(supervisor, OCT, anyway="测试")
    with pytest.raises(PeriodLocked):
        set_results(supervisor, exam.id, [{"staff": "A01", "score": 81}])


# ---------------------------------------------------------------- spot checks

def test_several_spot_checks_at_once_are_recorded_as_one_by_one(office, qa):
    items = checklist()
    failed = next(i for i in items if i.rule_code == "D04")
    single = record_spot_check(qa, "A01", "2026-10-05", reference="GD1", results={failed.id: (False, "错字")})
    many = record_spot_checks(qa, [
        dict(staff="A02", date="2026-10-06", reference="GD2", results={failed.id: (False, "错字")}),
        dict(staff="A03", date="2026-10-07", reference="GD3", channel="phone")])
    assert [c.reference for c in many] == ["GD2", "GD3"]
    assert SpotCheckResult.select().count() == 3 * len(items)
    entries = audit("record_spot_check")
    assert [e.entity_id for e in entries] == [str(single.id), str(many[0].id), str(many[1].id)]
    assert entries[0].after.replace('"staff":1', "") == entries[1].after.replace('"staff":2', "").replace(
        '"GD2"', '"GD1"').replace("2026-10-06", "2026-10-05")
    assert sorted(p.reference for p in pending_proposals(OCT)) == ["GD1", "GD2"]
    assert verify_database() == []


def test_a_bad_spot_check_in_a_batch_leaves_nothing(office, qa):
    with pytest.raises(ValidationError):
        record_spot_checks(qa, [dict(staff="A02", date="2026-10-06"), dict(staff="A03", date="2026-10-07",
                                                                            results={99999: False})])
    with pytest.raises(ValidationError, match="未知字段"):
        record_spot_checks(qa, [dict(staff="A02", date="2026-10-06", colour="red")])
    assert SpotCheck.select().count() == 0 and SpotCheckResult.select().count() == 0


def test_spot_checks_cost_the_same_queries_for_2_or_20(db, supervisor, qa):
    nos = people(supervisor, 20)
    counts = []
    for n in (2, 20):
        with Counter() as c:
            record_spot_checks(qa, [dict(staff=no, date="2026-10-08") for no in nos[:n]])
        counts.append(c.count)
    assert counts[1] - counts[0] <= 18 * 2  # one insert and one audit row per check, no row per item
    assert SpotCheckResult.select().count() == 22 * len(checklist())


# ---------------------------------------------------------------- gifts

def test_handing_over_many_gifts_is_one_batch_audited_per_gift(office, supervisor):
    ids = [add_event(supervisor, no, "B04", "2026-10-05", order_amount=1280).id for no in office]
    with Counter() as c:
        out = gifts.mark_given(supervisor, ids, "2026-10-18", "月底发放")
    assert c.count < 12
    assert [h.event_id for h in out] == ids and all(h.id for h in out)
    assert GiftHandout.select().count() == len(ids)
    entries = audit("give_gift")
    assert [e.entity_id for e in entries] == [str(i) for i in ids]
    assert '"given_on":"2026-10-18"' in entries[0].after and '"note":"月底发放"' in entries[0].after
    assert verify_database() == []


def test_a_gift_already_given_refuses_the_whole_batch(office, supervisor):
    ids = [add_event(supervisor, no, "B04", "2026-10-05", order_amount=1280).id for no in ("A01", "A02")]
    gifts.mark_given(supervisor, ids[1:], "2026-10-18")
    with pytest.raises(Conflict, match=f"#{ids[1]}"):
        gifts.mark_given(supervisor, ids, "2026-10-18")
    assert GiftHandout.select().count() == 1


# ---------------------------------------------------------------- proposals

def test_confirm_pending_records_what_pending_proposals_lists(office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月考试", area="product")
    set_results(supervisor, exam.id, [{"staff": "A01", "score": 100}, {"staff": "A02", "score": 100}])
    add_event(supervisor, "A02", "B02", "2026-10-15")  # settles A02's proposal by hand
    expected = [(p.staff_id, p.source) for p in pending_proposals(OCT)]
    assert len(expected) == 1
    events = confirm_pending(supervisor, OCT)
    assert [(e.staff_id, e.source) for e in events] == expected
    assert pending_proposals(OCT) == [] and confirm_pending(supervisor, OCT) == []
    assert PENDING not in states(OCT, all_proposals(OCT)).values()
