"""Goals, coaching notes and sign-offs for many people at once: checked and audited as one by
one, all or nothing, in a fixed number of queries."""

from __future__ import annotations

import pytest

from csperf_desktop import annual
from csperf_desktop.base.errors import PeriodLocked, ValidationError
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AnnualGoal, AuditEntry, CoachingNote, database_proxy

YEAR = 2025
ALL_RATINGS = {"communication": 4, "complaints": 3, "attitude": (5, "客户多次书面表扬"), "learning": 4,
               "responsibility": (2, "旺季两次情绪失控"), "cooperation": 3}


def count_queries(fn) -> int:
    db = database_proxy.obj
    orig, n = db.execute_sql, [0]

    def counting(sql, params=None, *a, **kw):
        n[0] += 1
        return orig(sql, params, *a, **kw)

    db.execute_sql = counting
    try:
        fn()
    finally:
        db.execute_sql = orig
    return n[0]


def entries(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def test_goals_for_a_team_match_goals_added_one_by_one(office, supervisor):
    one = annual.add_goal(supervisor, "A01", YEAR, title="满意度 92%", indicator="csat", target="92%", weight=40)
    many = annual.add_goals(supervisor, [
        dict(staff=no, year=YEAR, title="满意度 92%", indicator="csat", target="92%", weight=40)
        for no in ("A02", "A03", "A04")])
    assert [g.staff.employee_no for g in many] == ["A02", "A03", "A04"] and all(g.id for g in many)
    audited = entries("add_goal")
    assert [e.entity_id for e in audited] == [str(g.id) for g in [one] + many]
    assert audited[0].after.replace(f'"staff":{one.staff_id}', "") == audited[1].after.replace(
        f'"staff":{many[0].staff_id}', "")
    assert verify_database() == []


def test_goal_weights_of_one_batch_count_together_and_a_refusal_leaves_nothing(office, supervisor):
    annual.add_goal(supervisor, "A01", YEAR, title="已有目标", weight=50)
    with pytest.raises(ValidationError, match="超过了 100%"):
        annual.add_goals(supervisor, [dict(staff="A01", year=YEAR, title="一", weight=30),
                                      dict(staff="A01", year=YEAR, title="二", weight=30)])
    with pytest.raises(ValidationError, match="不在"):
        annual.add_goals(supervisor, [dict(staff="A02", year=YEAR, title="一", indicator="nope")])
    assert AnnualGoal.select().count() == 1


def test_goals_and_notes_cost_the_same_queries_for_one_person_or_five(office, supervisor):
    def goals(people):
        return lambda: annual.add_goals(supervisor, [dict(staff=office[no], year=YEAR, title="目标", weight=10)
                                                     for no in people])

    def notes(people):
        return lambda: annual.add_coaching_notes(supervisor, [dict(staff=office[no], date="2025-03-01",
                                                                   topic="售后流程") for no in people])

    assert count_queries(goals(["A01"])) == count_queries(goals(list(office)))
    assert count_queries(notes(["A01"])) == count_queries(notes(list(office)))
    assert CoachingNote.select().count() == 6 and len(entries("add_coaching_note")) == 6


def test_a_signed_off_review_refuses_new_goals_and_notes_in_a_batch(office, supervisor):
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、本人", "纪要", "计划")
    annual.sign_off(supervisor, "A01", YEAR)
    with pytest.raises(PeriodLocked):
        annual.add_goals(supervisor, [dict(staff="A02", year=YEAR, title="目标"),
                                      dict(staff="A01", year=YEAR, title="目标")])
    with pytest.raises(PeriodLocked):
        annual.add_coaching_notes(supervisor, [dict(staff="A01", date="2025-05-01", topic="情绪管理")])
    assert AnnualGoal.select().count() == 0 and CoachingNote.select().count() == 0


def test_signing_off_several_gives_each_the_result_of_signing_alone(office, supervisor):
    for no in ("A01", "A02", "A03"):
        annual.save_ratings(supervisor, no, YEAR, ALL_RATINGS)
        annual.record_interview(supervisor, no, YEAR, "2026-01-10", "主管、本人", "纪要", "计划")
    alone = annual.sign_off(supervisor, "A01", YEAR)
    together = annual.sign_off_many(supervisor, ["A02", "A03", "A02"], YEAR)
    assert [r.staff.employee_no for r in together] == ["A02", "A03"]
    assert all(r.status == "signed_off" for r in [alone] + together)
    strip = lambda r: {k: v for k, v in r.result.items() if k not in ("staff_id", "employee_no", "name")}  # noqa: E731
    assert strip(together[0]) == strip(alone) == strip(together[1])
    assert len(entries("sign_off_review")) == 3 and len(entries("freeze_annual_template")) == 1
    assert verify_database() == []


def test_one_review_not_ready_signs_nobody_and_names_the_person(office, supervisor):
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、本人", "纪要", "计划")
    with pytest.raises(ValidationError, match="乙（A02）还有评议指标未评分"):
        annual.sign_off_many(supervisor, ["A01", "A02"], YEAR)
    assert annual.get_review("A01", YEAR).status != "signed_off"
