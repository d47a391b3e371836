"""``verify`` reads the audit trail a chunk at a time: a chunk the walk passes whole is sorted by
kind at once, any other is walked entry by entry. However the entries fall into chunks, the audited
values are the same and every problem is named in the same words."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.months import Month
from csperf_desktop.monthly import verify as verify_mod
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.monthly.figures import save_figures
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.store.chain import ChainWalk
from csperf_desktop.store.models import AuditEntry, ScoreEvent, database_proxy

SEPT = Month(2026, 9)
SIZES = [1, 2, 3, 5, 2000]  # 2000: the whole trail in one chunk


@pytest.fixture
def trail(office, supervisor, admin, fixed_clock):
    """Entries of every kind interleaved: events (one voided later), figures written twice, a
    setting, a publication, and an event of October."""
    from csperf_desktop.office.settings import update_settings

    clock.set_fixed(dt.datetime(2026, 9, 29, 2, 0))
    first = add_event(supervisor, "A01", "B01", "2026-09-10", 3)
    save_figures(supervisor, SEPT, {"A01": {"sales_amount": 5000}, "A02": {"sales_amount": 9000}})
    add_event(supervisor, "A02", "D04", "2026-09-11", 2, note='引号"与\\反斜杠')
    update_settings(admin, {"award_amount": 500})
    save_figures(supervisor, SEPT, {"A01": {"sales_amount": 5100}})
    void_event(supervisor, first.id, "录入错误")
    add_event(supervisor, "A03", "B03", "2026-09-24", None)
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEPT)
    clock.set_fixed(dt.datetime(2026, 10, 6, 2, 0))
    add_event(supervisor, "A04", "B01", "2026-10-05", 2)
    clock.set_fixed(None)
    for size in SIZES:
        verify_mod._AUDIT_CHUNK = size
        assert verify_mod.verify_report(anchors=[]).problems == [], size
    return first.id


@pytest.fixture(autouse=True)
def _chunk_restored():
    size = verify_mod._AUDIT_CHUNK
    yield
    verify_mod._AUDIT_CHUNK = size


def _read(size: int, positions=()) -> tuple:
    verify_mod._AUDIT_CHUNK = size
    walk = ChainWalk(positions)
    audited = verify_mod._read_audit(walk)
    problem = walk.problem and (walk.problem.entry_id, walk.problem.message)
    return audited, (problem, walk.head, walk.at, walk.first_at)


def _verdicts() -> list[list[str]]:
    out = []
    for size in SIZES:
        verify_mod._AUDIT_CHUNK = size
        out.append(verify_mod.verify_report(anchors=[]).problems)
    return out


def test_the_audited_values_are_the_same_however_the_trail_is_chunked(trail):
    n = AuditEntry.select().count()
    positions = [1, 2, n - 1, n]
    whole = _read(2000, positions)
    assert whole[0].events and whole[0].figures and whole[0].settings and whole[0].periods and whole[0].revisions
    last = AuditEntry.select().where(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(trail)).order_by(
        AuditEntry.id.desc()).first().after  # the last entry of the event, not its first
    assert '"voided":true' in last
    # kept as UTF-8 where SQLite writes the records compared with them
    assert whole[0].utf8 is isinstance(database_proxy.obj, pw.SqliteDatabase)
    assert whole[0].events[str(trail)] == (last.encode("utf-8") if whole[0].utf8 else last)
    for size in SIZES:
        assert _read(size, positions) == whole, size


def _entry(action: str) -> AuditEntry:
    return AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id).first()


def test_an_entry_edited_mid_trail_is_named_at_every_chunk_size(trail):
    entry = _entry("save_figures")
    AuditEntry.update(after='{"sales_amount":1}').where(AuditEntry.id == entry.id).execute()
    verdicts = _verdicts()
    assert f"审计记录 #{entry.id}（save_figures）的内容被改动（哈希不符）。" in verdicts[-1]
    assert all(v == verdicts[-1] for v in verdicts), verdicts


def test_a_deleted_entry_is_named_at_every_chunk_size(trail):
    entry = _entry("update_settings")
    AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    verdicts = _verdicts()
    after = AuditEntry.select().where(AuditEntry.id > entry.id).order_by(AuditEntry.id).first()
    assert f"审计记录 #{after.id} 之前的记录被删除或改动（链断开）。" in verdicts[-1]
    assert all(v == verdicts[-1] for v in verdicts), verdicts


def test_an_event_edited_in_the_file_is_named_at_every_chunk_size(trail):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    ScoreEvent.update(points=-5).where(ScoreEvent.id == ev.id).execute()
    verdicts = _verdicts()
    assert verdicts[-1] == [f"评分记录 #{ev.id} 与审计记录不符：分值（审计记录：-2，现在：-5）。这条记录被绕过程序改动过。"]
    assert all(v == verdicts[-1] for v in verdicts), verdicts


def test_a_voided_event_set_back_in_the_file_is_named_at_every_chunk_size(trail):
    ScoreEvent.update(voided=False).where(ScoreEvent.id == trail).execute()
    verdicts = _verdicts()
    assert verdicts[-1] == [f"评分记录 #{trail} 与审计记录不符：作废状态（审计记录：是，现在：否）。"
                            "这条记录被绕过程序改动过。"]
    assert all(v == verdicts[-1] for v in verdicts), verdicts


@pytest.mark.sqlite_only
def test_an_entry_turned_into_binary_data_is_named_at_every_chunk_size(trail):
    entry = _entry("publish_month")
    database_proxy.execute_sql("UPDATE audit_entry SET actor = CAST(actor AS BLOB) WHERE id = ?", (entry.id,))
    verdicts = _verdicts()
    assert any(f"审计记录 #{entry.id}（publish_month）" in p and "二进制" in p for p in verdicts[-1]), verdicts[-1]
    assert all(v == verdicts[-1] for v in verdicts), verdicts


@pytest.mark.sqlite_only
def test_on_sqlite_a_sound_trail_is_hashed_from_the_databases_texts(trail, monkeypatch):
    """The texts SQLite writes are the program's own, so no chunk of a sound trail is read again."""
    stored = []
    monkeypatch.setattr(ChainWalk, "passes", lambda self, rows: stored.append(rows) or False)
    for size in SIZES:
        verify_mod._AUDIT_CHUNK = size
        assert verify_mod.verify_report(anchors=[]).problems == [], size
    assert stored == []


# Values of kinds the program never writes, set in the file: SQLite writes them otherwise than the
# program hashed them (or not at all), and the verdict is the one reading the entries as stored gives.
ODD_VALUES = [
    ("a time stamp with microseconds", "at = at || '.123456'"),  # the hash covers it to the second: sound
    ("a time stamp as a number", "at = 20260929"),
    ("a person as a decimal", "staff_id = 7.5"),
    ("a person as text", "staff_id = 'A01'"),
    ("a reason holding a NUL", "reason = 'a' || char(0) || 'b'"),
    ("an actor as binary data", "actor = CAST(actor AS BLOB)"),
]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("what, change", ODD_VALUES, ids=[v[0] for v in ODD_VALUES])
def test_an_entry_of_values_the_program_never_writes_gets_the_verdict_of_reading_it_as_stored(
        trail, monkeypatch, what, change):
    entry = _entry("save_figures")
    database_proxy.execute_sql(f"UPDATE audit_entry SET {change} WHERE id = ?", (entry.id,))
    verdicts = _verdicts()
    assert all(v == verdicts[-1] for v in verdicts), verdicts
    monkeypatch.setattr(verify_mod, "_renders_json", lambda database: False)
    assert _verdicts() == verdicts, what
    if what.startswith("a time stamp with"):
        assert verdicts[-1] == []
    else:
        assert any(f"审计记录 #{entry.id}（save_figures）" in p for p in verdicts[-1]), verdicts[-1]
