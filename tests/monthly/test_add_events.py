"""Many events in one go: validated and audited exactly as one at a time, all or nothing."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import PermissionDenied
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.events import EventRefused, NewEvent, add_event, add_event_for, add_events
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import AuditEntry, ScoreEvent

SEP = Month(2026, 9)


def audit_after(entity_ids):
    rows = AuditEntry.select().where((AuditEntry.action == "add_event")
                                     & AuditEntry.entity_id.in_([str(i) for i in entity_ids]))
    return {int(r.entity_id): (r.staff_id, r.month, r.after, r.actor) for r in rows}


def comparable(ev: ScoreEvent) -> tuple:
    return (ev.staff_id, ev.date, ev.month, ev.rule_id, ev.rule_code, ev.rule_name, ev.area, ev.kind,
            ev.unit_points, ev.quantity, ev.points, ev.note, ev.reference, ev.method, ev.recorded_by,
            ev.serious, ev.source, ev.corrects_id, ev.order_amount, ev.gift_tier, ev.voided)


ITEMS = [
    NewEvent("A01", "B03", "2026-10-02", reference="DD1"),
    NewEvent("A02", "D04", "2026-10-05", 3, note="错别字"),
    NewEvent("A03", "d05", "2026-10-06", -2, method="spot_check"),
    NewEvent("A01", "B03", "2026-10-07", order_amount="1280.50", note="大单"),
]


def test_a_batch_writes_the_same_rows_and_audit_entries_as_one_at_a_time(office, supervisor, fixed_clock):
    one_by_one = [add_event(supervisor, i.staff, i.rule, i.date, i.points, i.quantity, i.method, i.reference,
                            i.note, i.order_amount).id for i in ITEMS]
    ids = add_events(supervisor, ITEMS)
    assert len(ids) == 4 and ids == sorted(ids) and min(ids) > max(one_by_one)
    singles = {i: ScoreEvent.get_by_id(i) for i in one_by_one}
    batch = {i: ScoreEvent.get_by_id(i) for i in ids}
    assert [comparable(singles[i]) for i in one_by_one] == [comparable(batch[i]) for i in ids]
    assert [e.gift_tier for e in batch.values()][3] == singles[one_by_one[3]].gift_tier
    audit_singles, audit_batch = audit_after(one_by_one), audit_after(ids)
    for a, b in zip(one_by_one, ids):
        assert audit_singles[a] == audit_batch[b]
    assert verify_database() == []


def test_a_refused_event_names_its_place_and_nothing_is_written(office, supervisor, fixed_clock):
    before = (ScoreEvent.select().count(), AuditEntry.select().count())
    items = ITEMS[:2] + [NewEvent("A04", "B03", "2026-10-03", points=99)] + ITEMS[2:]
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, items)
    assert caught.value.index == 2
    assert "B03" in caught.value.message and "99" in caught.value.message
    assert (ScoreEvent.select().count(), AuditEntry.select().count()) == before


@pytest.mark.parametrize("item, words", [
    (NewEvent("NOPE", "B03", "2026-10-03"), "NOPE"),
    (NewEvent("A01", "ZZ9", "2026-10-03"), "ZZ9"),
    (NewEvent("A01", "B03", "2026-10-30"), "晚于今天"),
    (NewEvent("A01", "B03", "2026-10-03", quantity=0), "次数"),
    (NewEvent("A01", "B03", "2026-10-03", method="telepathy"), "考核方式"),
])
def test_each_check_of_one_event_holds_in_a_batch(office, supervisor, fixed_clock, item, words):
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, [ITEMS[0], item])
    assert caught.value.index == 1 and words in caught.value.message
    assert ScoreEvent.select().count() == 0


def test_a_per_month_rule_twice_in_one_batch_is_refused(office, supervisor, fixed_clock):
    monthly = [r for r in __import__("csperf_desktop.store.models", fromlist=["Rule"]).Rule.select()
               if r.unit == "month" and r.active][0]
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, [NewEvent("A01", monthly.code, "2026-10-02"),
                                NewEvent("A02", monthly.code, "2026-10-02"),
                                NewEvent("A01", monthly.code, "2026-10-09")])
    assert caught.value.index == 2 and "每月一次" in caught.value.message


def test_one_proposal_source_twice_in_one_batch_is_refused(office, supervisor, fixed_clock):
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, [NewEvent("A01", "B03", "2026-10-02", source="csat:A01:2026-10"),
                                NewEvent("A01", "B03", "2026-10-02", source="csat:A01:2026-10")])
    assert caught.value.index == 1 and "确认过" in caught.value.message


def test_a_locked_month_and_a_missing_permission_refuse_the_whole_batch(office, supervisor, viewer, fixed_clock):
    add_event(supervisor, "A01", "B03", "2026-09-10")
    publish_month(supervisor, SEP)
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, [ITEMS[0], NewEvent("A02", "B03", "2026-09-12")])
    assert caught.value.index == 1 and "不能再记录评分" in caught.value.message
    with pytest.raises(PermissionDenied):
        add_events(viewer, ITEMS[:1])
    assert ScoreEvent.select().where(ScoreEvent.month == "2026-10").count() == 0


def test_an_empty_batch_writes_nothing(office, supervisor):
    count = AuditEntry.select().count()
    assert add_events(supervisor, []) == []
    assert AuditEntry.select().count() == count


def test_one_event_for_several_people_names_whom_it_refuses(office, supervisor, fixed_clock):
    ids = add_event_for(supervisor, ["A01", "A02", "A03", "A02"], "D04", "2026-10-08", 2, note="例会缺席")
    events = [ScoreEvent.get_by_id(i) for i in ids]
    assert [(e.staff.employee_no, e.points, e.note) for e in events] == [
        ("A01", -2, "例会缺席"), ("A02", -2, "例会缺席"), ("A03", -2, "例会缺席")]
    assert len(audit_after(ids)) == 3
    from csperf_desktop.office.staff import update_staff

    update_staff(supervisor, office["A05"].id, hire_date="2026-10-09")
    with pytest.raises(Exception) as caught:
        add_event_for(supervisor, ["A04", "A05"], "D04", "2026-10-08", 2)
    assert caught.value.message.startswith("戊（A05）：") and "入职" in caught.value.message
    assert ScoreEvent.select().count() == 3
    with pytest.raises(Exception, match="至少选择一个人"):
        add_event_for(supervisor, [], "D04", "2026-10-08")


def test_the_batchs_audit_texts_are_to_json_of_each_record_byte_for_byte():
    import datetime as dt

    from csperf_desktop.monthly.events import record_of, records_json
    from csperf_desktop.store.chain import to_json

    def data(**kw):
        row = dict(staff=7, date=dt.date(2026, 10, 3), month="2026-10", rule=3, rule_code="D04", rule_name="错别字",
                   area="service", kind="deduction", unit_points=-2, quantity=1, points=-2, note="", reference="",
                   method="supervision", recorded_by="boss", voided=False, serious=False, source=None,
                   corrects=None, order_amount=None, gift_tier=None)
        row.update(kw)
        return row

    datas = [data(), data(note='引号"和\\反斜杠\n换行', reference="DD%s%d"), data(serious=True, source="exam_result:3"),
             data(corrects=12, voided_by="x"), data(order_amount=1280.5, gift_tier="A"), data(date=dt.date(2025, 1, 9)),
             data(points=10**20), data(note="\u2028\x00\ud7ff 😀")]
    expected = [to_json(record_of(d)) for d in datas]
    assert records_json(datas) == expected
    # a column holding a kind the fast path leaves to to_json (a float among ints) is still the same text
    mixed = [data(), data(unit_points=-2.5)]
    assert records_json(mixed) == [to_json(record_of(d)) for d in mixed]
    assert records_json(datas[:1]) == expected[:1]
    # values the same in every record are written into the template: a % in them stays as it is
    same = [data(note="满意度 100%", reference="%s%%", method="%d"), data(note="满意度 100%", reference="%s%%",
                                                                            method="%d", staff=8)]
    assert records_json(same) == [to_json(record_of(d)) for d in same]
    rows_without = [data(), data()]
    for d in rows_without:
        del d["voided"]  # a column never set reads as None, as record_of reads it
    assert records_json(rows_without) == [to_json(record_of(d)) for d in rows_without]


def test_a_large_batch_is_audited_as_one_at_a_time_and_verifies(office, supervisor, fixed_clock):
    people = ["A01", "A02", "A03", "A04"]
    items = [NewEvent(people[n % 4], ("B03", "D04")[n % 2], f"2026-10-{1 + n % 9:02d}", None, 1 + n % 3,
                      reference=f"R{n}", note=("抽查", "", '说"明"')[n % 3]) for n in range(60)]
    ids = add_events(supervisor, items)
    probe = items[17]
    single = add_event(supervisor, probe.staff, probe.rule, probe.date, probe.points, probe.quantity, probe.method,
                       probe.reference, probe.note).id
    after = audit_after([ids[17], single])
    assert after[ids[17]] == after[single]
    assert verify_database() == []


def test_a_day_outside_employment_is_refused_after_valid_days_of_the_same_person(office, supervisor, fixed_clock):
    from csperf_desktop.office.staff import update_staff

    update_staff(supervisor, "A02", leave_date="2026-10-05")
    items = [NewEvent("A02", "D04", "2026-10-02"), NewEvent("A02", "D04", "2026-10-05", 2),
             NewEvent("A02", "D04", "2026-10-06", 2)]
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, items)
    assert caught.value.index == 2 and "离职" in caught.value.message
    assert ScoreEvent.select().count() == 0
    with pytest.raises(EventRefused) as caught:
        add_events(supervisor, [NewEvent("A01", "B03", "2026-10-02"), NewEvent("A01", "B03", "2026-10-03", 99)])
    assert caught.value.index == 1 and "99" in caught.value.message


def test_the_garbage_collector_is_left_as_it_was_after_a_batch_or_a_refusal(office, supervisor, fixed_clock):
    import gc

    assert gc.isenabled()
    add_events(supervisor, ITEMS[:2])
    assert gc.isenabled()
    with pytest.raises(EventRefused):
        add_events(supervisor, [NewEvent("A01", "B03", "2026-10-03", points=99)])
    assert gc.isenabled()
    gc.disable()
    try:
        add_events(supervisor, ITEMS[2:3])
        assert not gc.isenabled()
    finally:
        gc.enable()
