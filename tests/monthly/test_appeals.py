"""Appeals (复核申请): the window, decisions that re-issue the month, the close guard."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from csperf_desktop.base import clock
from csperf_desktop.monthly.appeals import (appeal_report, appeal_rows, appeals_for, decide_appeal, record_appeal,
                                    window, withdraw_appeal)
from csperf_desktop.base.errors import Conflict, PermissionDenied, ValidationError
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.models import Appeal, AuditEntry, MonthlyResult, Period, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import close_month, publish_month
from csperf_desktop.base.text import fmt_local
from csperf_desktop.office.settings import update_settings
from csperf_desktop.monthly.standings import live_standings, published_standings

OCT = Month(2026, 10)


def by_no(rows):
    return {r.employee_no: r for r in rows}


@pytest.fixture
def published(office, supervisor):
    """October: A01 85 (first, award); A02 80 with two disputed deductions; A03 one D04 ×3."""
    ev = {}
    add_event(supervisor, "A01", "B03", "2026-10-05")
    add_event(supervisor, "A02", "B03", "2026-10-06")
    add_event(supervisor, "A02", "B05", "2026-10-07")
    ev["d01"] = add_event(supervisor, "A02", "D01", "2026-10-08", reference="DD1001")
    ev["d02"] = add_event(supervisor, "A02", "D02", "2026-10-09")
    ev["d04"] = add_event(supervisor, "A03", "D04", "2026-10-10", points=1, quantity=3)
    publish_month(supervisor, OCT, anyway="月中公示以便测试")
    return ev


def later(hours: float) -> None:
    clock.set_fixed(clock.now_utc() + dt.timedelta(hours=hours))


def test_upheld_appeal_voids_events_and_issues_revision_2_with_new_ranks_and_award(published, supervisor):
    first = by_no(published_standings(OCT))
    assert first["A01"].rank == 1 and first["A01"].award
    assert first["A02"].final == 80 and not first["A02"].award

    later(2)
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id, published["d02"].id],
                           "当时是系统故障，不是我的话术", "wrong_facts")
    decided = decide_appeal(supervisor, appeal.id, "upheld", "核实属实")

    period = Period.get(Period.month == OCT.key)
    assert period.revision == 2 and period.needs_reprint and period.status == "published"
    second = by_no(published_standings(OCT))
    assert second["A02"].final == 90 and second["A02"].rank == 1 and second["A02"].award
    assert second["A01"].rank == 2 and not second["A01"].award
    # the first revision is kept as it was
    assert by_no(published_standings(OCT, 1))["A01"].award
    assert ScoreEvent.get_by_id(published["d01"].id).voided
    assert ScoreEvent.get_by_id(published["d02"].id).voided
    assert (decided.status, decided.score_before, decided.score_after) == ("upheld", 80, 90)
    assert (decided.rank_before, decided.rank_after, decided.revision_after) == (2, 1, 2)


def test_every_decision_is_audited_with_the_score_before_and_after(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "wrong_facts")
    decide_appeal(supervisor, appeal.id, "upheld", "属实")
    entry = AuditEntry.get((AuditEntry.action == "decide_appeal") & (AuditEntry.entity_id == str(appeal.id)))
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert (before["score"], after["score"]) == (80, 85)
    assert (before["revision"], after["revision"]) == (1, 2)
    assert entry.actor == supervisor.username and entry.reason == "属实"
    assert AuditEntry.select().where(AuditEntry.action == "revise_month").count() == 1


def test_partly_upheld_decides_item_by_item(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id, published["d02"].id], "两条都不对",
                           "wrong_facts")
    decide_appeal(supervisor, appeal.id, "partly", "第一条属实，第二条有录音为证",
                  items={published["d01"].id: "void", published["d02"].id: "reject"})
    appeal = Appeal.get_by_id(appeal.id)
    outcomes = {i.event_id: (i.outcome, i.new_points) for i in appeal.items}
    assert outcomes == {published["d01"].id: ("upheld", 0), published["d02"].id: ("rejected", None)}
    assert ScoreEvent.get_by_id(published["d01"].id).voided
    assert not ScoreEvent.get_by_id(published["d02"].id).voided
    rows = by_no(published_standings(OCT))
    assert rows["A02"].final == 85 and rows["A01"].rank == rows["A02"].rank == 1
    assert appeal.status == "partly" and appeal.score_after == 85


def test_changed_points_go_through_a_correcting_event(published, supervisor):
    d04 = published["d04"]
    appeal = record_appeal(supervisor, OCT, "A03", [d04.id], "只有一个错别字", "wrong_points",
                           proposed_points={d04.id: -1})
    decide_appeal(supervisor, appeal.id, "upheld", "复核后确认只有一处")
    original = ScoreEvent.get_by_id(d04.id)
    correction = ScoreEvent.get(ScoreEvent.corrects == d04.id)
    assert original.voided and not correction.voided
    assert (correction.rule_code, correction.points, correction.quantity) == ("D04", -1, 1)
    assert correction.date == original.date
    assert by_no(published_standings(OCT))["A03"].final == 79
    assert live_standings(OCT) and by_no(live_standings(OCT))["A03"].final == 79


def test_partly_upheld_can_lower_points_less_than_asked(published, supervisor):
    d04 = published["d04"]
    appeal = record_appeal(supervisor, OCT, "A03", [d04.id], "不该扣", "wrong_points", proposed_points={d04.id: 0})
    decide_appeal(supervisor, appeal.id, "partly", "有两处错字，不是三处", items={d04.id: -2})
    correction = ScoreEvent.get(ScoreEvent.corrects == d04.id)
    assert (correction.points, correction.quantity, correction.unit_points) == (-2, 2, -1)
    assert Appeal.get_by_id(appeal.id).score_after == 78


def test_correction_outside_the_rule_range_or_against_the_agent_is_refused(published, supervisor):
    d01, d04 = published["d01"], published["d04"]
    appeal = record_appeal(supervisor, OCT, "A02", [d01.id], "理由", "wrong_points")
    with pytest.raises(ValidationError, match="D01.*应为 5"):
        decide_appeal(supervisor, appeal.id, "partly", "改分", items={d01.id: -3})
    appeal = record_appeal(supervisor, OCT, "A03", [d04.id], "理由", "wrong_points")
    with pytest.raises(ValidationError, match="更有利"):
        decide_appeal(supervisor, appeal.id, "partly", "改分", items={d04.id: -7})
    assert not ScoreEvent.get_by_id(d04.id).voided and not ScoreEvent.get_by_id(d01.id).voided
    assert Period.get(Period.month == OCT.key).revision == 1
    assert Appeal.get_by_id(appeal.id).status == "pending"


def test_rejected_needs_a_reason_and_changes_nothing(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(ValidationError, match="处理理由"):
        decide_appeal(supervisor, appeal.id, "rejected", "")
    decide_appeal(supervisor, appeal.id, "rejected", "有聊天记录为证")
    assert Period.get(Period.month == OCT.key).revision == 1
    assert not ScoreEvent.get_by_id(published["d01"].id).voided
    with pytest.raises(Conflict, match="已经处理"):
        decide_appeal(supervisor, appeal.id, "upheld", "")


def test_appeal_after_the_deadline_is_refused_naming_the_deadline(published, supervisor):
    deadline = Period.get(Period.month == OCT.key).appeal_deadline
    later(25)
    with pytest.raises(Conflict) as err:
        record_appeal(supervisor, OCT, "A02", [published["d01"].id], "晚了", "other")
    assert fmt_local(deadline) in err.value.message and "2026年10月21日 10:00" in err.value.message
    assert Appeal.select().count() == 0


def test_only_an_admin_may_accept_a_late_appeal_and_the_reason_is_kept(published, supervisor, admin):
    later(30)
    with pytest.raises(PermissionDenied):
        record_appeal(supervisor, OCT, "A02", [published["d01"].id], "晚了", "other", late_reason="出差刚回")
    appeal = record_appeal(admin, OCT, "A02", [published["d01"].id], "晚了", "other", late_reason="出差刚回")
    assert appeal.late_reason == "出差刚回" and appeal.late_accepted_by == admin.username
    entry = AuditEntry.get(AuditEntry.action == "record_appeal")
    assert entry.reason == "出差刚回"
    assert appeal_rows(OCT)[0].late


def test_a_paper_form_received_in_time_but_entered_later_is_accepted(published, supervisor):
    later(30)
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "按时交的纸质申请", "other",
                           received_at="2026-10-21 09:00")
    assert appeal.late_reason is None
    assert fmt_local(appeal.received_at) == "2026年10月21日 09:00"


def test_an_appeal_received_in_the_minute_of_publication_is_accepted(office, supervisor):
    ev = add_event(supervisor, "A02", "D01", "2026-10-08")
    clock.set_fixed(dt.datetime(2026, 10, 20, 6, 31, 42))  # published 14:31:42; the form keeps 14:31
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    later(0.1)
    with pytest.raises(ValidationError, match="14:30 早于公示时间"):
        record_appeal(supervisor, OCT, "A02", [ev.id], "公示前一分钟", "other", received_at="2026-10-20 14:30")
    appeal = record_appeal(supervisor, OCT, "A02", [ev.id], "看到板报马上来了", "other",
                           received_at="2026-10-20 14:31")
    assert fmt_local(appeal.received_at) == "2026年10月20日 14:31" and appeal.late_reason is None


def test_close_is_refused_while_an_appeal_is_pending_and_allowed_after_the_decision(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(Conflict, match="复核申请期"):
        close_month(supervisor, OCT)  # the window is still open
    later(25)
    with pytest.raises(Conflict, match="还有 1 份复核申请待处理"):
        close_month(supervisor, OCT)
    decide_appeal(supervisor, appeal.id, "rejected", "依据充分")
    assert close_month(supervisor, OCT).status == "closed"
    with pytest.raises(Conflict, match="已经结束"):
        record_appeal(supervisor, OCT, "A01", None, "理由", "other")


def test_withdrawn_appeal_no_longer_blocks_closing(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", None, "对总分有疑问", "other")
    assert appeal.whole_score
    withdraw_appeal(supervisor, appeal.id, "本人撤回")
    later(25)
    assert close_month(supervisor, OCT).status == "closed"


def test_qa_cannot_decide_and_viewer_cannot_record_appeals(published, supervisor, qa, viewer):
    with pytest.raises(PermissionDenied):
        record_appeal(viewer, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(PermissionDenied):
        record_appeal(qa, OCT, "A02", [published["d01"].id], "理由", "other")
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(PermissionDenied):
        decide_appeal(qa, appeal.id, "upheld", "")
    assert Appeal.get_by_id(appeal.id).status == "pending"


def test_appeals_need_a_published_month_and_the_agents_own_live_events(office, supervisor, published):
    with pytest.raises(Conflict, match="还没有公示"):
        record_appeal(supervisor, Month(2026, 9), "A01", None, "理由", "other")
    with pytest.raises(ValidationError, match="不是 甲"):
        record_appeal(supervisor, OCT, "A01", [published["d01"].id], "理由", "other")
    with pytest.raises(ValidationError, match="申请理由"):
        record_appeal(supervisor, OCT, "A02", [published["d01"].id], "", "other")
    record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(Conflict, match="待处理"):
        record_appeal(supervisor, OCT, "A02", [published["d01"].id], "再申请一次", "other")


def test_the_limit_per_agent_and_month_counts_appeals_not_withdrawn(published, supervisor):
    update_settings(supervisor, {"appeal_limit_per_month": 1})
    first = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "理由", "other")
    with pytest.raises(Conflict, match="上限"):
        record_appeal(supervisor, OCT, "A02", [published["d02"].id], "理由", "other")
    withdraw_appeal(supervisor, first.id)
    assert record_appeal(supervisor, OCT, "A02", [published["d02"].id], "理由", "other").status == "pending"


def test_upheld_whole_score_appeal_names_the_events_it_corrects(published, supervisor):
    appeal = record_appeal(supervisor, OCT, "A02", None, "总分不对", "wrong_facts")
    with pytest.raises(ValidationError, match="整体成绩"):
        decide_appeal(supervisor, appeal.id, "upheld", "")
    decide_appeal(supervisor, appeal.id, "upheld", "D02 记错了人", items={published["d02"].id: "void"})
    assert ScoreEvent.get_by_id(published["d02"].id).voided
    assert by_no(published_standings(OCT))["A02"].final == 85


def test_window_counts_down_to_the_deadline(published):
    w = window(OCT)
    assert w.is_open and w.remaining == dt.timedelta(hours=24)
    assert w.text == "复核申请截止：2026年10月21日 10:00（还剩 1 天 0 小时）"
    later(23.25)
    assert window(OCT).text.endswith("（还剩 0 小时 45 分）")
    later(1)
    assert not window(OCT).is_open and "已于 2026年10月21日 10:00 截止" in window(OCT).text


def test_scorecard_rows_and_self_check_report(published, supervisor):
    a = record_appeal(supervisor, OCT, "A02", [published["d01"].id, published["d02"].id], "理由", "wrong_rule")
    decide_appeal(supervisor, a.id, "partly", "部分属实",
                  items={published["d01"].id: "void", published["d02"].id: "reject"})
    b = record_appeal(supervisor, OCT, "A03", [published["d04"].id], "理由", "wrong_points")
    decide_appeal(supervisor, b.id, "rejected", "证据充分")
    rows = appeals_for(published["d01"].staff_id, OCT)
    assert len(rows) == 1 and rows[0].status_zh == "部分成立"
    assert "D01" in rows[0].summary and "80 → 85" in rows[0].summary
    assert [i.outcome for i in rows[0].items] == ["upheld", "rejected"]

    report = appeal_report(month=OCT)
    assert report.received == 2 and report.decided == 2 and report.upheld_rate == 0.5
    assert report.overturned_rules[0][0] == "D01" and len(report.overturned_rules) == 1
    year = appeal_report(year=2026)
    assert year.received == 2 and year.by_category == {"wrong_rule": 1, "wrong_points": 1}


def test_demo_office_appeal_upheld_issues_revision_2(demo_db, supervisor):
    sep = Month(2026, 9)
    period = Period.get(Period.month == sep.key)
    assert period.status == "published" and period.revision == 1
    ev = (ScoreEvent.select().where((ScoreEvent.month == sep.key) & (ScoreEvent.kind == "deduction")
                                    & (ScoreEvent.voided == False)).order_by(ScoreEvent.id).first())  # noqa: E712
    before = {r.staff_id: r for r in published_standings(sep)}
    appeal = record_appeal(supervisor, sep, ev.staff_id, [ev.id], "记录有误", "wrong_facts")
    decide_appeal(supervisor, appeal.id, "upheld", "核实属实")
    after = {r.staff_id: r for r in published_standings(sep)}
    assert Period.get(Period.month == sep.key).revision == 2
    assert MonthlyResult.select().where((MonthlyResult.month == sep.key) & (MonthlyResult.revision == 1)).count() \
        == len(before)
    expected = min(100, before[ev.staff_id].raw_total - ev.points)
    assert after[ev.staff_id].final == expected
    assert [r.final for r in published_standings(sep)] == [r.final for r in live_standings(sep)]


def test_cli_records_and_decides_an_appeal(published, db, capsys):
    from csperf_desktop.cli import main

    path = os.environ.get("CSPERF_TEST_DB") or db.database
    d01, d02 = published["d01"].id, published["d02"].id
    assert main(["appeal", "add", "--db", path, "--month", "2026-10", "--staff", "A02",
                 "--events", f"{d01},{d02}", "--reason", "系统故障", "--category", "wrong_facts"]) == 0
    assert "复核申请 #1 已登记：乙，2 条评分记录" in capsys.readouterr().out
    assert main(["appeal", "decide", "--db", path, "1", "--outcome", "partly", "--reason", "一条属实",
                 "--items", f"{d01}:void,{d02}:reject"]) == 0
    assert "现为第 2 版（修订），乙 得分 80 → 85" in capsys.readouterr().out
    assert main(["appeals", "--db", path, "--month", "2026-10"]) == 0
    assert "[部分成立]" in capsys.readouterr().out
    later(25)
    assert main(["appeal", "add", "--db", path, "--month", "2026-10", "--staff", "A03",
                 "--reason", "晚了"]) == 2
    assert "已于 2026年10月21日 10:00 截止" in capsys.readouterr().err


def test_wrong_rule_is_corrected_to_another_rule(published, supervisor):
    d01 = published["d01"]
    appeal = record_appeal(supervisor, OCT, "A02", [d01.id], "不是态度问题，是打错字", "wrong_rule")
    decide_appeal(supervisor, appeal.id, "upheld", "改按错别字计", items={d01.id: {"rule": "D04", "points": -1}})
    correction = ScoreEvent.get(ScoreEvent.corrects == d01.id)
    assert (correction.rule_code, correction.points, correction.reference) == ("D04", -1, "DD1001")
    assert appeal_report(month=OCT).overturned_rules == [("D01", "使用生硬语言对待客户（三不之一）", 1)]
    assert Appeal.get_by_id(appeal.id).score_after == 84


def test_a_receipt_time_is_read_in_any_date_form_and_an_impossible_one_is_refused(published, supervisor):
    later(30)
    with pytest.raises(ValidationError, match="收到时间“2026-10-21 25:00”") as err:
        record_appeal(supervisor, OCT, "A02", [published["d01"].id], "纸质申请", "other",
                      received_at="2026-10-21 25:00")
    assert err.value.field == "received_at"
    appeal = record_appeal(supervisor, OCT, "A02", [published["d01"].id], "纸质申请", "other",
                           received_at="2026年10月21日 09:05")
    assert fmt_local(appeal.received_at) == "2026年10月21日 09:05"
