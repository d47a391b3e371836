"""Order gifts: the gift owed is stored with the event, listed per month, and handed over."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from csperf_desktop.monthly import gifts
from csperf_desktop.trust.auth import Actor
from csperf_desktop.base.errors import Conflict, NotFound, PermissionDenied, ValidationError
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AuditEntry, GiftHandout, ScoreEvent
from csperf_desktop.base.months import Month
from csperf_desktop.office.settings import update_settings

OCT = Month(2026, 10)


def test_an_order_amount_stores_the_tier_then_in_force(office, supervisor):
    ev = add_event(supervisor, "A01", "B04", "2026-10-05", note="大单", order_amount="1280.50")
    ev = ScoreEvent.get_by_id(ev.id)
    assert ev.order_amount == 1280.50
    assert ev.gift_tier == "B"


def test_changing_the_tiers_later_leaves_an_old_event_its_gift(office, supervisor, admin):
    old = add_event(supervisor, "A01", "B04", "2026-10-05", order_amount=600)
    update_settings(admin, {"gift_tier_a": 700, "gift_tier_b": 1500, "gift_tier_c": 3000})
    new = add_event(supervisor, "A02", "B04", "2026-10-06", order_amount=600)
    assert ScoreEvent.get_by_id(old.id).gift_tier == "A"
    assert ScoreEvent.get_by_id(new.id).gift_tier is None
    assert [g.event_id for g in gifts.gifts_for_month(OCT)] == [old.id]


def test_an_order_below_the_first_tier_owes_no_gift(office, supervisor):
    ev = add_event(supervisor, "A01", "B04", "2026-10-05", order_amount=499.99)
    assert (ev.order_amount, ev.gift_tier) == (499.99, None)
    assert gifts.gifts_for_month(OCT) == []


@pytest.mark.parametrize("bad", ["-1", "12.345", "abc", "1e12", True, float("nan")])
def test_an_order_amount_must_be_a_sum_of_yuan_and_fen(office, supervisor, bad):
    with pytest.raises(ValidationError) as err:
        add_event(supervisor, "A01", "B04", "2026-10-05", order_amount=bad)
    assert err.value.field == "order_amount"
    assert "订单金额" in err.value.message
    assert ScoreEvent.select().count() == 0


def test_an_event_without_amount_audits_as_before(office, supervisor):
    ev = add_event(supervisor, "A01", "D07", "2026-10-05")
    after = json.loads(AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id)).after)
    assert "order_amount" not in after and "gift_tier" not in after
    with_amount = add_event(supervisor, "A01", "B04", "2026-10-05", order_amount=2000)
    after = json.loads(AuditEntry.get(AuditEntry.entity == "score_event",
                                      AuditEntry.entity_id == str(with_amount.id)).after)
    assert (after["order_amount"], after["gift_tier"]) == (2000.0, "C")
    assert verify_database() == []


def test_verify_accepts_an_old_style_event_and_catches_an_amount_slipped_in(office, supervisor):
    """An event recorded before amounts existed (its audit record has no amount keys) still
    verifies; writing an amount into it behind the program's back is caught."""
    old = add_event(supervisor, "A01", "B04", "2026-10-05")
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(old.id))
    from csperf_desktop.monthly.events import DETAIL_COLUMNS

    assert set(json.loads(entry.after)) == {"staff", "date", "rule", "points", "quantity", "method", "reference",
                                            "note", "voided", "void_reason", "source", "corrects",
                                            *DETAIL_COLUMNS}
    assert verify_database() == []
    ScoreEvent.update(order_amount=5000, gift_tier="C").where(ScoreEvent.id == old.id).execute()
    problems = verify_database()
    assert problems and f"#{old.id}" in problems[0]


def test_the_month_list_shows_who_what_and_leaves_out_voided(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-03", reference="DD1001", order_amount=800)
    b = add_event(supervisor, "A02", "B04", "2026-10-04", reference="DD1002", order_amount=2500)
    c = add_event(supervisor, "A03", "B04", "2026-10-05", reference="DD1003", order_amount=1200)
    void_event(supervisor, c.id, "录错人")
    add_event(supervisor, "A04", "B04", "2026-09-28", order_amount=900)  # another month
    owed = gifts.gifts_for_month(OCT)
    assert [(g.event_id, g.employee_no, g.name, g.reference, g.date, g.amount, g.tier, g.given) for g in owed] == [
        (a.id, "A01", "甲", "DD1001", dt.date(2026, 10, 3), 800.0, "A", False),
        (b.id, "A02", "乙", "DD1002", dt.date(2026, 10, 4), 2500.0, "C", False),
    ]


def test_marking_given_is_audited_and_shows_in_the_list(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    b = add_event(supervisor, "A02", "B04", "2026-10-04", order_amount=1500)
    gifts.mark_given(supervisor, [a.id], "2026-10-19", note="前台领取")
    given = gifts.gifts_for_month(OCT, given=True)
    assert [(g.event_id, g.given_on, g.given_by, g.note) for g in given] == [
        (a.id, dt.date(2026, 10, 19), "sup", "前台领取")]
    assert [g.event_id for g in gifts.gifts_for_month(OCT, given=False)] == [b.id]
    entry = AuditEntry.get(AuditEntry.action == "give_gift")
    assert (entry.entity, entry.entity_id, entry.actor) == ("gift_handout", str(a.id), "sup")
    assert json.loads(entry.after)["tier"] == "A"
    assert verify_database() == []


def test_unmarking_needs_a_reason_and_is_audited(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    gifts.mark_given(supervisor, [a.id])
    with pytest.raises(ValidationError):
        gifts.unmark_given(supervisor, [a.id], "  ")
    assert gifts.unmark_given(supervisor, [a.id], "点错了") == 1
    assert GiftHandout.select().count() == 0
    entry = AuditEntry.get(AuditEntry.action == "ungive_gift")
    assert entry.reason == "点错了" and json.loads(entry.before)["given_on"] == "2026-10-20"
    with pytest.raises(Conflict):
        gifts.unmark_given(supervisor, [a.id], "再撤")


def test_a_gift_is_given_once(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    gifts.mark_given(supervisor, [a.id])
    with pytest.raises(Conflict) as err:
        gifts.mark_given(supervisor, [a.id])
    assert "已于 2026-10-20" in err.value.message


def test_marking_is_refused_for_a_voided_event_or_one_without_gift_and_nothing_is_kept(office, supervisor):
    ok = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    voided = add_event(supervisor, "A02", "B04", "2026-10-03", order_amount=800)
    void_event(supervisor, voided.id, "重复")
    small = add_event(supervisor, "A03", "B04", "2026-10-03", order_amount=100)
    with pytest.raises(Conflict) as err:
        gifts.mark_given(supervisor, [ok.id, voided.id])
    assert "作废" in err.value.message
    with pytest.raises(ValidationError) as err:
        gifts.mark_given(supervisor, [small.id])
    assert "没有应送的赠品" in err.value.message
    with pytest.raises(NotFound):
        gifts.mark_given(supervisor, [99999])
    assert GiftHandout.select().count() == 0  # all or nothing


def test_the_handout_date_is_neither_in_the_future_nor_before_the_order(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-10", order_amount=800)
    with pytest.raises(ValidationError):
        gifts.mark_given(supervisor, [a.id], "2026-10-21")
    with pytest.raises(ValidationError):
        gifts.mark_given(supervisor, [a.id], "2026-10-09")


def test_gifts_can_be_handed_over_in_a_published_month(office, supervisor):
    from csperf_desktop.base import clock
    from csperf_desktop.monthly.lifecycle import publish_month

    a = add_event(supervisor, "A01", "B04", "2026-09-10", order_amount=2100)
    publish_month(supervisor, Month(2026, 9))
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    gifts.mark_given(supervisor, [a.id], "2026-10-08")
    assert gifts.gifts_for_month("2026-09")[0].given


def test_only_supervisors_and_admins_hand_out_gifts(office, supervisor):
    a = add_event(supervisor, "A01", "B04", "2026-10-03", order_amount=800)
    for role in ("qa", "viewer"):
        with pytest.raises(PermissionDenied):
            gifts.mark_given(Actor("x", role), [a.id])


# ---------------------------------------------------------------- command line, Excel, paper


@pytest.fixture
def gift_file(tmp_path, office, supervisor, db_location):
    """A database with two October gifts (one voided event besides), and what --db takes for it."""
    add_event(supervisor, "A01", "B04", "2026-10-03", reference="DD1001", order_amount=800)
    add_event(supervisor, "A02", "B04", "2026-10-04", reference="DD1002", order_amount=2500)
    gone = add_event(supervisor, "A03", "B04", "2026-10-05", reference="DD1003", order_amount=1200)
    void_event(supervisor, gone.id, "录错人")
    return db_location


def test_cli_gifts_json_lists_the_month(gift_file, capsys):
    from csperf_desktop.cli import main

    capsys.readouterr()
    assert main(["gifts", "--db", gift_file, "--month", "2026-10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(g["name"], g["reference"], g["amount"], g["tier"], g["given"]) for g in data["gifts"]] == [
        ("甲", "DD1001", 800.0, "A", False), ("乙", "DD1002", 2500.0, "C", False)]
    assert data["counts"] == {"A": 1, "B": 0, "C": 1}


def test_cli_gifts_give_records_the_handout_and_refuses_a_voided_event(gift_file, capsys):
    from csperf_desktop.cli import main

    first = gifts.gifts_for_month(OCT)[0].event_id
    assert main(["gifts", "give", str(first), "--db", gift_file, "--on", "2026-10-18"]) == 0
    capsys.readouterr()
    assert main(["gifts", "--db", gift_file, "--month", "2026-10", "--given", "--json"]) == 0
    given = json.loads(capsys.readouterr().out)["gifts"]
    assert [(g["event"], g["given_on"]) for g in given] == [(first, "2026-10-18")]
    voided = ScoreEvent.get(ScoreEvent.voided == True).id  # noqa: E712
    assert main(["gifts", "give", str(voided), "--db", gift_file]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "作废" in err
    assert main(["gifts", "--db", gift_file]) == 2  # no month


def test_the_printed_list_names_each_person_and_gift(gift_file, tmp_path, capsys):
    from pypdf import PdfReader

    from csperf_desktop.cli import main

    out = tmp_path / "gifts.pdf"
    assert main(["gifts", "--db", gift_file, "--month", "2026-10", "--pdf", str(out)]) == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert tuple(round(float(x)) for x in reader.pages[0].mediabox[2:]) == (595, 842)  # A4
    text = reader.pages[0].extract_text()
    for expected in ("赠品发放清单", "2026年10月", "领取人签字", "甲", "DD1001", "800.00", "赠品A",
                     "乙", "DD1002", "2,500.00", "赠品C"):
        assert expected in text, expected
    assert "丙" not in text and "DD1003" not in text  # voided


def test_the_excel_export_lists_the_gifts(gift_file, tmp_path):
    from openpyxl import load_workbook

    from csperf_desktop.excel.exporters import EXPORTS

    gifts.mark_given(Actor("sup", "supervisor"), [gifts.gifts_for_month(OCT)[1].event_id], "2026-10-19")
    path = EXPORTS["gifts"](tmp_path / "g.xlsx", "2026-10")
    rows = [r for r in load_workbook(path).worksheets[0].iter_rows(values_only=True)]
    assert rows[1][:8] == ("记录号", "订单日期", "工号", "姓名", "订单号", "订单金额(元)", "赠品", "发放状态")
    assert [(r[2], r[5], r[6], r[7]) for r in rows[2:4]] == [("A01", 800, "赠品A", "未发放"),
                                                            ("A02", 2500, "赠品C", "已发放")]


def test_an_upheld_appeal_correction_keeps_the_order_and_its_gift(office, supervisor, admin):
    from csperf_desktop.monthly.appeals import ItemDecision, decide_appeal, record_appeal
    from csperf_desktop.monthly.lifecycle import publish_month

    ev = add_event(supervisor, "A01", "B01", "2026-09-10", 1, order_amount=1100)
    publish_month(supervisor, Month(2026, 9))
    update_settings(admin, {"gift_tier_b": 1500, "gift_tier_c": 3000})
    appeal = record_appeal(supervisor, "2026-09", "A01", [ev.id], "只记了 1 分")
    decide_appeal(supervisor, appeal.id, "upheld", "应为 3 分", items={ev.id: ItemDecision("change", points=3)})
    owed = gifts.gifts_for_month("2026-09")
    assert [(g.amount, g.tier) for g in owed] == [(1100.0, "B")]
    assert owed[0].event_id != ev.id
