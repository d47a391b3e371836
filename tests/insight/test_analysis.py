"""The analysis over months: published results only, averages, the matrix with its warning
months, rule analytics, movers, coaching against the later trend, and a fixed number of
queries whatever the size of the office."""

from __future__ import annotations

import pytest

from csperf_desktop.annual.reviews import add_coaching_note
from csperf_desktop.base.errors import ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.insight import analysis
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month, reopen_month
from csperf_desktop.monthly.standings import published_standings
from csperf_desktop.office.staff import add_staff
from csperf_desktop.store.models import database_proxy
from csperf_desktop.trust.auth import Actor

SUP = Actor("sup", "supervisor", "主管")
QA = Actor("qa1", "qa", "质检")
ADMIN = Actor("admin", "admin", "管理员")
JUN, JUL, AUG, SEP, OCT = (Month(2026, m) for m in (6, 7, 8, 9, 10))


def _publish(month: Month) -> None:
    publish_month(SUP, month, anyway="测试：月份的检查项不影响分析")


@pytest.fixture
def small(db):
    """Four agents in two teams and a team lead (not ranked); June to September published,
    October open. 丁 loses 40 in August and September: last twice and below 60 -> warning."""
    people = {}
    for no, name, team, role in (("A01", "甲", "一组", "agent"), ("A02", "乙", "一组", "agent"),
                                 ("A03", "丙", "二组", "agent"), ("A04", "丁", "二组", "agent"),
                                 ("L01", "组长", "一组", "team_lead")):
        people[no] = add_staff(SUP, employee_no=no, name=name, team=team, role=role, hire_date="2020-01-01")
    plan = {
        JUN: [("A01", "B01", 2, SUP, "supervision"), ("A02", "D04", 3, SUP, "supervision"),
              ("A04", "D07", 2, QA, "spot_check")],
        JUL: [("A01", "D10", 10, QA, "spot_check"), ("A02", "B05", 5, SUP, "supervision"),
              ("A03", "D05", 2, SUP, "scheduled"), ("A03", "D05", 2, SUP, "scheduled")],
        AUG: [("A04", "D12", 20, SUP, "tracing"), ("A04", "D12", 20, SUP, "tracing"),
              ("A02", "D04", 1, QA, "spot_check"), ("L01", "D07", 2, SUP, "supervision")],
        SEP: [("A04", "D12", 20, SUP, "tracing"), ("A04", "D12", 20, SUP, "tracing"),
              ("A01", "B05", 5, SUP, "supervision"), ("A01", "B01", 3, SUP, "supervision"),
              ("A03", "D10", 5, QA, "spot_check")],
        OCT: [("A01", "D10", 10, QA, "spot_check")],
    }
    for month, rows in plan.items():
        for i, (no, rule, pts, actor, method) in enumerate(rows):
            add_event(actor, no, rule, f"{month.key}-{10 + i:02d}", pts, method=method)
        if month != OCT:
            _publish(month)
    return people


def test_final_scores_come_from_the_published_snapshot_only(small):
    a = analysis.load(JUN, OCT)
    assert a.months == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    for month in (JUN, JUL, AUG, SEP):
        snap = {s.staff_id: s for s in published_standings(month)}
        for sid, s in snap.items():
            r = a.results[(sid, month.key)]
            assert (r.final, r.rank, r.ranked) == (s.final, s.rank, s.ranked)
    trend = a.person_trend(small["A01"].id)
    assert [p.month for p in trend] == a.months
    assert [p.result.final if p.result else None for p in trend] == [82, 70, 80, 88, None]
    assert trend[-1].published is False  # October is open: its events give no final score yet
    assert a.latest_published == "2026-09"


def test_a_reopened_month_stops_counting(small):
    reopen_month(ADMIN, JUL, "更正")
    a = analysis.load(JUN, SEP)
    assert (small["A01"].id, "2026-07") not in a.results
    assert a.published_months == ["2026-06", "2026-08", "2026-09"]
    assert "2026-07" not in a.office_average


def test_averages_subtotals_and_counts(small):
    a = analysis.load(JUN, SEP)
    # August, ranked people only (the team lead keeps a score but is no part of the averages)
    aug = {no: a.results[(small[no].id, "2026-08")] for no in small}
    assert aug["L01"].ranked is False and aug["L01"].rank is None and aug["L01"].final == 78
    assert a.office_average["2026-08"] == round((80 + 79 + 80 + 40) / 4, 1)
    assert a.team_average[("一组", "2026-08")] == round((80 + 79) / 2, 1)
    assert a.team_average[("二组", "2026-08")] == 60.0
    assert aug["A04"].deduction == 40 and aug["A04"].deduction_count == 2 and aug["A04"].bonus_count == 0
    assert aug["A04"].areas == {"daily": -40}  # D12 is a daily-work rule
    sep_a01 = a.results[(small["A01"].id, "2026-09")]
    assert (sep_a01.bonus, sep_a01.bonus_count, sep_a01.deduction_count) == (8, 2, 0)
    assert sep_a01.areas == {"daily": 8}

    team = {p.month: p for p in a.team_trend("二组")}
    assert team["2026-07"].average == 78.0 and team["2026-07"].deduction_count == 2
    assert team["2026-09"].people == 2 and team["2026-09"].worst == 40 and team["2026-09"].best == 75
    assert team["2026-09"].warnings == 1
    assert team["2026-08"].team_rank == 2 and a.team_trend("一组")[2].team_rank == 1
    point = a.person_trend(small["A04"].id)[2]
    assert (point.team_average, point.office_average) == (60.0, a.office_average["2026-08"])


def test_matrix_marks_the_warning_months(small):
    a = analysis.load(JUN, SEP)
    rows = {r.person.employee_no: r for r in a.matrix()}
    assert list(rows) == ["A01", "A02", "A03", "A04", "L01"]
    assert rows["A04"].finals == (78, 80, 40, 40)
    assert rows["A04"].warnings == (False, False, False, True)  # last and below 60 two months in a row
    assert rows["A04"].average == 59.5
    assert [(w.employee_no, w.month) for w in a.warning_months()] == [("A04", "2026-09")]


def test_rule_analytics_by_month_team_grader_and_method(small):
    a = analysis.load(JUN, SEP)
    r = a.rules
    totals = {(s.code, s.kind): (s.count, s.points) for s in r.totals}
    assert totals[("D12", "deduction")] == (4, -80)
    assert totals[("D05", "deduction")] == (2, -4)
    assert r.totals[0].code == "D12"  # most frequent first
    by_month = {(s.key, s.code): s.count for s in r.by_month}
    assert by_month[("2026-08", "D12")] == 2 and ("2026-06", "D12") not in by_month
    by_grader = {(s.key, s.code): (s.count, s.points) for s in r.by_grader}
    assert by_grader[("qa1", "D10")] == (2, -15) and by_grader[("qa1", "D04")] == (1, -1)
    by_method = {(s.key, s.code): s.count for s in r.by_method}
    assert by_method[("tracing", "D12")] == 4 and by_method[("scheduled", "D05")] == 2
    by_team = {(s.key, s.code): s.count for s in r.by_team}
    assert by_team[("二组", "D12")] == 4 and by_team[("一组", "D07")] == 1
    assert by_team[("二组", "D07")] == 1  # 丁's June deduction: the team of that month
    never = [code for code, _name, _kind in r.never_used]
    assert "D12" not in never and "D03" in never and "B07" in never
    # This quarter (July–September) against the last one (April–June)
    assert r.this_quarter == ("2026-07", "2026-09") and r.last_quarter == ("2026-04", "2026-06")
    top = {q.code: q for q in r.top_deductions}
    assert top["D12"].this_points == -80 and top["D12"].last_points == 0
    assert r.top_deductions[0].code == "D12"
    assert top["D07"].this_count == 1 and top["D07"].last_count == 1  # June's D07 is last quarter's
    assert "D04" in top and top["D04"].last_points == -3


def test_voided_events_do_not_count(small, supervisor):
    from csperf_desktop.monthly.events import void_event

    ev = add_event(QA, "A02", "D04", "2026-10-12", 2, method="spot_check")
    before = {(s.key, s.code): s.count for s in analysis.load(OCT, OCT).rules.by_month}
    void_event(SUP, ev.id, "记错了人")
    after = {(s.key, s.code): s.count for s in analysis.load(OCT, OCT).rules.by_month}
    assert before[("2026-10", "D04")] == 1 and ("2026-10", "D04") not in after


def test_movers_over_one_and_three_months(small):
    a = analysis.load(JUN, SEP)
    up, down = a.movers(1)
    assert [(m.person.employee_no, m.delta) for m in up] == [("A01", 8), ("A02", 1)]
    assert [(m.person.employee_no, m.delta) for m in down] == [("A03", -5)]  # 丁 stayed at 40
    up3, down3 = a.movers(3)
    assert (up3[0].before_month, up3[0].after_month) == ("2026-06", "2026-09")
    assert [(m.person.employee_no, m.delta) for m in up3] == [("A01", 6), ("A02", 3)]
    assert [(m.person.employee_no, m.delta) for m in down3] == [("A04", -38), ("A03", -5)]
    assert all(m.person.employee_no != "L01" for m in up3 + down3)  # the unranked are not compared
    # Three months back from June is March: never published, so nobody is compared.
    assert analysis.load(JUN, JUN).movers(3) == ([], [])


def test_coaching_is_set_against_the_later_trend(small):
    add_coaching_note(SUP, "A04", date="2026-08-20", topic="数据保密")
    a = analysis.load(JUN, SEP)
    [c] = a.coaching
    assert c.person.employee_no == "A04" and c.topic == "数据保密"
    assert (c.before, c.before_months) == (79.0, 2)  # June 78, July 80
    assert (c.after, c.after_months) == (40.0, 1)  # September
    assert c.change == -39.0


def test_a_bad_range_is_refused_in_chinese(db):
    with pytest.raises(ValidationError, match="晚于结束月份"):
        analysis.load("2026-09", "2026-06")
    with pytest.raises(ValidationError, match="最多 120 个月"):
        analysis.load("2000-01", "2026-06")


def test_an_empty_office_gives_empty_answers(db):
    a = analysis.load(JUN, SEP)
    assert a.matrix() == [] and a.movers(1) == ([], []) and a.rules.totals == []
    assert a.latest_published is None and a.teams() == []
    assert len(a.rules.never_used) > 10  # the whole active rulebook


class _Counter:
    def __init__(self, database):
        self.database, self.count, self.orig = database, 0, database.execute_sql

    def __enter__(self):
        def counting(sql, params=None, *args, **kw):
            self.count += 1
            return self.orig(sql, params, *args, **kw)

        self.database.execute_sql = counting
        return self

    def __exit__(self, *exc):
        self.database.execute_sql = self.orig


def _office(people: int) -> None:
    database = database_proxy.obj
    with database.atomic():
        for i in range(people):
            add_staff(SUP, employee_no=f"Q{i:03d}", name=f"人{i}", team=f"{i % 3}组", hire_date="2020-01-01")
        for month in (JUL, AUG, SEP):
            for i in range(people):
                add_event(SUP if i % 2 else QA, f"Q{i:03d}", ("B01", "D04", "D07")[i % 3], f"{month.key}-1{i % 9}",
                          None, method=("supervision", "spot_check")[i % 2])
    for month in (JUL, AUG, SEP):
        _publish(month)
    add_coaching_note(SUP, "Q000", date="2026-08-02", topic="话术")


@pytest.mark.parametrize("people", [3, 30])
def test_a_fixed_number_of_queries(db, people):
    _office(people)
    with _Counter(database_proxy.obj) as c:
        a = analysis.load(JUN, OCT)
        a.matrix(), a.movers(1), a.movers(3), [a.team_trend(t) for t in a.teams()]
        [a.person_trend(sid) for sid in a.people]
    assert len(a.matrix()) == people and len(a.coaching) == 1
    assert c.count == analysis.QUERIES, c.count


def test_a_code_missing_from_the_rulebook_keeps_its_recorded_name(small):
    """Events keep the rule's code and name as recorded; a code the rulebook no longer has
    (changed behind the program's back, or by an older version) is named as recorded, at the
    cost of one more query."""
    from csperf_desktop.store.models import Rule

    Rule.update(code="D99").where(Rule.code == "D12").execute()
    with _Counter(database_proxy.obj) as c:
        a = analysis.load(JUN, SEP)
    assert c.count == analysis.QUERIES + 1
    [d12] = [s for s in a.rules.totals if s.code == "D12"]
    assert d12.name == "泄露、复印或私自带出客户资料" and d12.count == 4
    assert "D99" in [code for code, _n, _k in a.rules.never_used]
