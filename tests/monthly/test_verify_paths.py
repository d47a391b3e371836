"""``verify`` compares the score events with their records through SQLite's own writing of each
record; a row that text cannot stand for exactly is compared value by value. Whichever way a row
is read, a change made to it behind the program's back is named in the same words.

The changes are made the way someone with an SQLite editor makes them (blobs, ``x'..'``
literals, values of another storage class), and the fast path is SQLite's own: SQLite only."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from csperf_desktop.base import clock
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly import verify as verify_mod
from csperf_desktop.monthly.verify import verify_report
from csperf_desktop.store.chain import GENESIS, entry_hash
from csperf_desktop.store.models import AuditEntry, ScoreEvent, database_proxy

pytestmark = pytest.mark.sqlite_only

ODD_NOTE = '引号"与\\反斜杠\n换行\t制表' + "\x01\u2028😀"


@pytest.fixture
def events(office, supervisor, fixed_clock):
    clock.set_fixed(dt.datetime(2026, 9, 29, 2, 0))
    add_event(supervisor, "A01", "B01", "2026-09-10", 3)
    add_event(supervisor, "A02", "D04", "2026-09-11", 2, note=ODD_NOTE)
    add_event(supervisor, "A03", "B03", "2026-09-24", None)
    clock.set_fixed(fixed_clock)
    assert verify_report(anchors=[]).problems == []
    return ScoreEvent.get(ScoreEvent.rule_code == "B01").id


def _raw(sql: str, *params) -> None:
    database_proxy.obj.execute_sql(sql, params)


def _problems() -> list[str]:
    return verify_report(anchors=[]).problems


def _differs(event_id: int, what: str) -> list[str]:
    return [f"评分记录 #{event_id} 与审计记录不符：{what}。这条记录被绕过程序改动过。"]


def test_sqlite_writes_the_records_the_program_wrote_text_escapes_included(events):
    """The fast comparison holds for every event of an untouched office (none read again)."""
    full, columns = verify_mod._event_select()
    rendered = verify_mod._rendered_record(ScoreEvent._meta.database, full, columns)
    assert rendered is not None
    made = {r[0]: r[1] for r in database_proxy.obj.execute_sql(f"SELECT id, {rendered} FROM score_event")}
    audited = {int(e.entity_id): e.after.encode("utf-8")
               for e in AuditEntry.select().where(AuditEntry.entity == "score_event")}
    assert made == audited
    assert json.loads(made[ScoreEvent.get(ScoreEvent.rule_code == "D04").id])["note"] == ODD_NOTE


@pytest.mark.parametrize("value, shown", [
    ("char(0)", "\x00"),
    ("'a' || char(0) || 'b'", "a\x00b"),  # text past a NUL character counts
    ("'\"' || char(10) || '\\' || char(8232)", "\"\n\\\u2028"),
    ("x'41'", "b'A'"),  # a blob: SQLite's JSON holds none, so every row is compared as stored
])
def test_a_note_written_behind_the_programs_back_is_named(events, value, shown):
    _raw(f"UPDATE score_event SET note = {value} WHERE id = ?", events)
    assert _problems() == _differs(events, f"备注（审计记录：，现在：{shown}）")


@pytest.mark.parametrize("value, shown", [("3.5", "3.5"), ("'x'", "x"), ("x'33'", "b'3'")])
def test_points_of_another_kind_are_named(events, value, shown):
    _raw(f"UPDATE score_event SET points = {value} WHERE id = ?", events)
    assert _problems() == _differs(events, f"分值（审计记录：3，现在：{shown}）")


@pytest.mark.parametrize("value", ["2", "'yes'"])
def test_a_void_flag_other_than_0_or_1_reads_as_voided(events, value):
    _raw(f"UPDATE score_event SET voided = {value} WHERE id = ?", events)
    assert _problems() == _differs(events, "作废状态（审计记录：否，现在：是）")


def test_a_blob_in_a_column_not_compared_is_not_a_difference(events):
    _raw("UPDATE score_event SET recorded_by = x'41' WHERE id = ?", events)
    assert _problems() == []


def test_a_date_that_is_a_number_is_named_not_a_crash(events):
    _raw("UPDATE score_event SET date = 20260910.5 WHERE id = ?", events)
    assert _problems() == _differs(events, "日期（审计记录：2026-09-10，现在：20260910.5）")


def test_a_decimal_printed_alike_by_sqlite_is_still_compared_in_full(events):
    """A record rewritten to a decimal and the chain hashed again: SQLite writes 0.30000000000000004
    as 0.3, so the row is compared value by value, and the digits SQLite leaves off count."""
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(events))
    AuditEntry.update(after=entry.after.replace('"points":3,', '"points":0.3,')).where(
        AuditEntry.id == entry.id).execute()
    prev = AuditEntry.select().where(AuditEntry.id < entry.id).order_by(AuditEntry.id.desc()).first()
    prev_hash = prev.hash if prev else GENESIS
    for e in AuditEntry.select().where(AuditEntry.id >= entry.id).order_by(AuditEntry.id):
        h = entry_hash(prev_hash, e.at, e.actor, e.action, e.entity, e.entity_id, e.staff_id, e.month,
                       e.before, e.after, e.reason)
        AuditEntry.update(prev_hash=prev_hash, hash=h).where(AuditEntry.id == e.id).execute()
        prev_hash = h
    _raw("UPDATE score_event SET points = 0.30000000000000004 WHERE id = ?", events)
    assert _problems() == _differs(events, "分值（审计记录：0.3，现在：0.30000000000000004）")
    _raw("UPDATE score_event SET points = 0.3 WHERE id = ?", events)
    assert _problems() == []


@pytest.mark.parametrize("note", ["'x'", "x'41'"])  # a blob sends every row to be read as stored
def test_events_that_differ_are_named_in_id_order(events, note):
    ids = [e.id for e in ScoreEvent.select().order_by(ScoreEvent.id)]
    _raw(f"UPDATE score_event SET note = {note} WHERE id = ?", ids[2])
    _raw("UPDATE score_event SET quantity = 9 WHERE id = ?", ids[0])
    problems = _problems()
    assert [p.split(" ", 2)[1] for p in problems] == [f"#{ids[0]}", f"#{ids[2]}"]


# ---------------------------------------------------------------- published snapshots, read as tuples

@pytest.fixture
def published(events, supervisor):
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month

    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, Month(2026, 9))
    assert _problems() == []
    return Month(2026, 9)


def _snapshot_row(employee_no: str):
    from csperf_desktop.store.models import MonthlyResult

    return MonthlyResult.get(MonthlyResult.month == "2026-09", MonthlyResult.employee_no == employee_no)


def test_a_truth_flag_of_a_snapshot_row_set_to_another_number_still_digests_alike(published):
    """The snapshot's digest reads flags as the model does (2 is true, as 1 is)."""
    row = _snapshot_row("A03")
    _raw("UPDATE monthly_result SET ranked = 2 WHERE id = ?", row.id)
    assert _problems() == []


@pytest.mark.parametrize("column, value, words", [
    ("ranked", 0, "公示结果与公示时的指纹不符"),  # unranked: no rank in the fingerprint
    ("final", 1, "公示结果与公示时的指纹不符"),
    ("award", 1, "未印在指纹里的列"),
    ("area_daily", 7, "未印在指纹里的列"),
    ("name", "'某人'", "未印在指纹里的列"),
])
def test_a_snapshot_edited_in_the_file_is_named(published, column, value, words):
    row = _snapshot_row("A02")
    _raw(f"UPDATE monthly_result SET {column} = {value} WHERE id = ?", row.id)
    problems = _problems()
    assert len(problems) == 1 and problems[0].startswith("2026年9月") and words in problems[0]


# ---------------------------------------------------------------- blobs in the score events

@pytest.mark.parametrize("column", ["note", "points", "created_at", "voided_at"])
@pytest.mark.parametrize("with_amount", [False, True])  # with an amount, the row is read again as stored
def test_a_blob_that_is_not_utf8_in_an_event_is_named_as_damage_alone(events, supervisor, column, with_amount):
    from csperf_desktop.store import damage

    event_id = events
    if with_amount:
        event_id = add_event(supervisor, "A02", "B04", "2026-10-06", note="大单", order_amount=1280.5).id
        assert _problems() == []
    _raw(f"UPDATE score_event SET {column} = x'c3ff' WHERE id = ?", event_id)
    problems = _problems()
    assert len(problems) == 1 and f"表 score_event 第 {event_id} 行 {column} 列" in problems[0]
    assert "UTF-8" in problems[0] and "审计记录" not in problems[0]
    assert damage.mark_path(database_proxy.obj.database).exists()


@pytest.mark.parametrize("with_amount", [False, True])
def test_a_blob_that_is_utf8_in_an_event_is_compared_as_stored(events, supervisor, with_amount):
    event_id = events
    if with_amount:
        event_id = add_event(supervisor, "A02", "B04", "2026-10-06", note="大单", order_amount=1280.5).id
    _raw("UPDATE score_event SET note = CAST('改' AS BLOB) WHERE id = ?", event_id)
    before = "大单" if with_amount else ""
    assert _problems() == _differs(event_id, f"备注（审计记录：{before}，现在：{'改'.encode()!r}）")


@pytest.mark.parametrize("amount", ["NULL", "99.5"])  # with an amount, SQLite makes no text for the row
def test_an_event_inserted_behind_the_programs_back_is_named(events, amount):
    columns = [r[1] for r in database_proxy.obj.execute_sql('PRAGMA table_info("score_event")').fetchall()
               if r[1] not in ("id", "order_amount")]
    _raw(f"INSERT INTO score_event (id, order_amount, {', '.join(columns)}) "
         f"SELECT 9999, {amount}, {', '.join(columns)} FROM score_event WHERE id = ?", events)
    assert _problems() == ["评分记录 #9999 没有对应的审计记录：它是绕过程序写入数据库的。"]


# ---------------------------------------------------------------- blobs in the audit trail

def _entry_ids() -> list[int]:
    return [e.id for e in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]


@pytest.mark.parametrize("column", [
    "actor",  # hashed: the hashing meets it
    "hash",  # not hashed: the chain breaks there
    "reason",  # the chain broken at the first entry, the last one is no longer hashed
])
def test_a_blob_that_is_not_utf8_in_the_audit_trail_is_named_as_damage_alone(events, column):
    ids = _entry_ids()
    if column == "reason":
        _raw("UPDATE audit_entry SET after = '{}' WHERE id = ?", ids[0])
    _raw(f"UPDATE audit_entry SET {column} = x'c3ff' WHERE id = ?", ids[-1])
    problems = _problems()
    assert len(problems) == 1 and f"表 audit_entry 第 {ids[-1]} 行 {column} 列" in problems[0], problems
    assert "UTF-8" in problems[0]


def test_a_blob_that_is_utf8_after_the_chain_is_broken_leaves_the_verdict_as_it_was(events):
    ids = _entry_ids()
    _raw("UPDATE audit_entry SET after = '{}' WHERE id = ?", ids[0])
    expected = _problems()
    _raw("UPDATE audit_entry SET reason = CAST('理由' AS BLOB) WHERE id = ?", ids[-1])
    assert _problems() == expected and "哈希不符" in expected[0]


@pytest.mark.parametrize("blob", [False, True])  # a blob sends every row to be read as stored
def test_an_event_deleted_behind_the_programs_back_is_named_beside_one_inserted(events, blob):
    ids = [e.id for e in ScoreEvent.select().order_by(ScoreEvent.id)]
    columns = [r[1] for r in database_proxy.obj.execute_sql('PRAGMA table_info("score_event")').fetchall()
               if r[1] != "id"]
    _raw(f"INSERT INTO score_event (id, {', '.join(columns)}) SELECT 9999, {', '.join(columns)} "
         "FROM score_event WHERE id = ?", ids[0])
    _raw("DELETE FROM score_event WHERE id = ?", ids[1])
    if blob:
        _raw("UPDATE score_event SET recorded_by = x'41' WHERE id = ?", ids[2])
    assert _problems() == ["评分记录 #9999 没有对应的审计记录：它是绕过程序写入数据库的。",
                           f"评分记录 #{ids[1]} 有审计记录，却已不在数据库中：它被绕过程序删除了。"]


# ---------------------------------------------------------------- rows read as the models read them

@pytest.mark.parametrize("column, value", [
    (None, None), ("final", "97.5"), ("final", "'x'"), ("ranked", "2"), ("name", "42"), ("sales", "'多'"),
    ("change", "NULL"), ("rank", "1.5"),
])
def test_snapshot_rows_read_raw_are_what_peewee_reads(published, column, value):
    from csperf_desktop.monthly.periods import SNAPSHOT_COLUMNS
    from csperf_desktop.store.models import MonthlyResult

    if column:
        _raw(f"UPDATE monthly_result SET {column} = {value} WHERE id = ?", _snapshot_row("A02").id)
    fields = [MonthlyResult.id] + [getattr(MonthlyResult, c) for c in SNAPSHOT_COLUMNS]
    query = MonthlyResult.select(*fields).order_by(MonthlyResult.id)
    mine, peewees = verify_mod._tuples(query, fields), list(query.tuples())
    assert mine == peewees
    assert [list(map(type, r)) for r in mine] == [list(map(type, r)) for r in peewees]
