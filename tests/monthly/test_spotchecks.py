"""Random spot checks (随机抽查): the checklist, proposed deductions, the monthly view."""

from __future__ import annotations

import os

import pytest

from csperf_desktop.base.errors import NotFound, PeriodLocked, PermissionDenied, ValidationError
from csperf_desktop.store.models import ChecklistItem, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.proposals import confirm
from csperf_desktop.monthly.spotchecks import (
    add_checklist_item,
    checklist,
    month_summary,
    record_spot_check,
    spot_checks_for,
    update_checklist_item,
    void_spot_check,
    year_summary,
)
from csperf_desktop.monthly.proposals import pending_deductions

OCT = Month(2026, 10)


def item(text: str) -> ChecklistItem:
    return ChecklistItem.get(ChecklistItem.text == text)


def test_a_new_database_has_the_service_code_checklist_with_rule_links(db):
    rows = [(i.section, i.rule_code) for i in checklist()]
    assert len(rows) == 12
    assert [c for g, c in rows if g == "three_musts"] == ["", "", ""]
    assert [c for g, c in rows if g == "three_nots"] == ["D01", "D02", "D03"]
    assert [c for g, c in rows if g == "four_same"] == ["D13"] * 4
    assert [c for g, c in rows if g in ("accuracy", "record")] == ["D04", "D05"]


def test_failed_items_propose_the_linked_deductions_as_spot_check_with_the_reference(office, qa, supervisor):
    check = record_spot_check(qa, "A01", "2026-10-12", reference="TK-8812", channel="工单", results={
        item("要热情").id: (False, "开场白生硬"),
        item("不说推卸责任的话").id: (False, "说“这不归我管”"),
        item("工作忙闲一个样").id: False,
        item("情绪好坏一个样").id: False,
        item("回复准确，无错别字").id: True,
    })
    assert check.channel == "ticket" and check.checked_by == "质检"
    proposals = pending_deductions(OCT)
    assert sorted((p.rule_code, p.points) for p in proposals) == [("D02", 5), ("D13", 3)]
    assert {p.method for p in proposals} == {"spot_check"} and {p.reference for p in proposals} == {"TK-8812"}
    assert ScoreEvent.select().count() == 0  # nothing until the supervisor confirms

    events = confirm(supervisor, proposals, OCT)
    assert sorted((e.rule_code, e.points, e.method, e.reference) for e in events) == [
        ("D02", -5, "spot_check", "TK-8812"), ("D13", -3, "spot_check", "TK-8812")]
    assert "这不归我管" in next(e.note for e in events if e.rule_code == "D02")
    assert confirm(supervisor, proposals, OCT) == [] and pending_deductions(OCT) == []


def test_items_not_mentioned_pass_and_every_active_item_is_stored(office, qa):
    check = record_spot_check(qa, "A02", "2026-10-12", results={item("客服记录完整").id: "不合格"})
    results = list(check.results)
    assert len(results) == 12 and [r.text for r in results if not r.passed] == ["客服记录完整"]
    assert [(p.rule_code, p.points) for p in pending_deductions(OCT)] == [("D05", 2)]


def test_viewer_cannot_record_spot_checks_and_qa_can(office, qa, viewer):
    with pytest.raises(PermissionDenied):
        record_spot_check(viewer, "A01", "2026-10-12")
    assert record_spot_check(qa, "A01", "2026-10-12").id


def test_spot_check_input_is_validated(office, qa):
    with pytest.raises(ValidationError, match="晚于今天"):
        record_spot_check(qa, "A01", "2026-10-25")
    with pytest.raises(ValidationError, match="渠道"):
        record_spot_check(qa, "A01", "2026-10-12", channel="飞鸽")
    with pytest.raises(ValidationError, match="不存在或已停用"):
        record_spot_check(qa, "A01", "2026-10-12", results={9999: False})
    with pytest.raises(NotFound):
        record_spot_check(qa, "Z99", "2026-10-12")


def test_spot_checks_in_a_locked_month_are_refused(office, qa, supervisor):
    publish_month(supervisor, OCT, anyway="月中公示以便测试")
    with pytest.raises(PeriodLocked):
        record_spot_check(qa, "A01", "2026-10-12")


def test_checklist_items_and_their_rule_links_are_editable(office, supervisor, qa):
    musts = item("要专业")
    update_checklist_item(supervisor, musts.id, rule_code="d04")
    assert item("要专业").rule_code == "D04"
    with pytest.raises(ValidationError, match="加分项"):
        update_checklist_item(supervisor, musts.id, rule_code="B01")
    with pytest.raises(PermissionDenied):
        update_checklist_item(qa, musts.id, text="改")
    extra = add_checklist_item(supervisor, "other", "主动推荐活动", "")
    assert checklist()[-1].id == extra.id
    update_checklist_item(supervisor, extra.id, active=False)
    assert extra.id not in [i.id for i in checklist()]
    record_spot_check(qa, "A01", "2026-10-12", results={musts.id: (False, "答非所问")})
    assert [p.rule_code for p in pending_deductions(OCT)] == ["D04"]


def test_monthly_view_counts_checks_per_agent_and_pass_rate_per_item(office, qa):
    harsh = item("不使用生硬语言").id
    record_spot_check(qa, "A01", "2026-10-10", results={harsh: False})
    record_spot_check(qa, "A01", "2026-10-11")
    record_spot_check(qa, "A02", "2026-10-11", results={harsh: False, item("客服记录完整").id: False})
    s = month_summary(OCT)
    assert s.checks == 3
    a1, a2 = s.agents
    assert (a1.employee_no, a1.checks, a1.failed_checks, a1.items, a1.failed_items) == ("A01", 2, 1, 24, 1)
    assert a2.pass_rate == pytest.approx(10 / 12)
    per_item = {i.text: i for i in s.items}
    assert per_item["不使用生硬语言"].checked == 3 and per_item["不使用生硬语言"].pass_rate == pytest.approx(1 / 3)
    assert per_item["要专业"].pass_rate == 1.0
    assert [i.text for i in s.items][:2] == ["要专业", "要热情"]
    assert year_summary(2026).checks == 3


def test_voiding_a_spot_check_voids_its_confirmed_deductions(office, qa, supervisor):
    check = record_spot_check(qa, "A01", "2026-10-10", reference="DD1", results={item("不使用生硬语言").id: False})
    confirm(supervisor, pending_deductions(OCT), OCT)
    void_spot_check(supervisor, check.id, "抽错了人")
    assert ScoreEvent.select().where(ScoreEvent.voided == False).count() == 0  # noqa: E712
    assert pending_deductions(OCT) == [] and month_summary(OCT).checks == 0
    assert spot_checks_for(office["A01"].id, OCT) == []


def test_scorecard_rows_list_failed_items(office, qa):
    record_spot_check(qa, "A01", "2026-10-10", reference="DD9", results={item("要灵活").id: (False, "照搬话术")})
    rows = spot_checks_for(office["A01"].id, OCT)
    assert rows[0]["failed"] == ["要灵活（照搬话术）"] and not rows[0]["passed"] and rows[0]["reference"] == "DD9"


def test_cli_records_a_spot_check_and_names_the_proposed_deductions(office, db, capsys):
    from csperf_desktop.cli import main

    path = os.environ.get("CSPERF_TEST_DB") or db.database
    harsh, busy = item("不使用生硬语言").id, item("工作忙闲一个样").id
    assert main(["spotcheck", "add", "--db", path, "--staff", "A01", "--date", "2026-10-12", "--ref", "TK7",
                 "--fail", f"{harsh}:语气冲", "--fail", str(busy)]) == 0
    assert "建议扣分 D01 -5、D13 -3，待主管确认" in capsys.readouterr().out
    assert main(["spotchecks", "--db", path, "--month", "2026-10"]) == 0
    assert "A01 甲 抽查 1 次，未通过 1 次" in capsys.readouterr().out
