"""The chain's faster encoders give exactly the text the plain ones give, so every hash stays
the same; a batch of entries is stored as single entries are."""

import datetime as dt
import random

import pytest

from csperf_desktop.store.chain import CANONICAL, canonical_fields, entry_hash, flat_payload, flat_payloads, to_json

TEXTS = ["", "a", "张晓梅", 'quote " and \\ backslash', "line\nbreak\r\ttab", "\x00\x1f control", "\u2028\u2029",
         "emoji 😀", "{\"json\":\"inside\"}", "2026-10"]


def test_the_fields_encoder_gives_the_canonical_text():
    rng = random.Random(7)
    for _ in range(500):
        fields = [rng.choice(TEXTS) if rng.random() < 0.8 else None for _ in range(10)]
        fields[5] = rng.choice([None, 0, 17, -3, 2 ** 70])
        assert canonical_fields(fields) == CANONICAL.encode(fields)
    odd = ["2026-10-05 08:00:00", "sup", "a", "b", None, True, 1.5, float("nan"), float("inf"), -0.0]
    assert canonical_fields(odd) == CANONICAL.encode(odd)


def test_entry_hash_is_unchanged():
    # the hash of a fixed entry as the plain json encoder chains it
    import hashlib

    fields = ["2026-10-05 08:00:00", "sup", "save_figures", "monthly_figures", "12", 3, "2026-10", None,
              '{"contacts":5}', None]
    expected = hashlib.sha256(("0" * 64 + CANONICAL.encode(fields)).encode("utf-8")).hexdigest()
    assert entry_hash("0" * 64, dt.datetime(2026, 10, 5, 8, 0, 0, 999), "sup", "save_figures", "monthly_figures", 12,
                      3, "2026-10", None, '{"contacts":5}', None) == expected


@pytest.mark.parametrize("values", [
    [1, 2.5, None, 3, -0.0],
    [0, 0.1, 7, None, None],
    [None, None, None, None, None],
    [1e300, 1e-300, 123456789012345678, 0.30000000000000004, 5],
    [1e308, 1e308, 0.5, 1, 2],  # their sum overflows: still the same text
    [float("nan"), 1, 2, 3, 4],
    [float("inf"), None, 2, 3, 4],
    [10 ** 400, 1.0, 2, 3, 4],
    [True, False, 1, 2, 3],
    ["text", "张", 1, 2, 3],
    [[1, 2], {"x": 1}, 1, 2, 3],
    [dt.date(2026, 10, 5), dt.datetime(2026, 10, 5, 8, 0), 1, 2, 3],
])
def test_flat_payload_gives_to_json_text(values):
    keys = ["sales_amount", "absence_days", "zeta", "Ä", "a %s b"]
    assert flat_payload(keys)(values) == to_json(dict(zip(keys, values)))
    assert flat_payload(keys[:1])(values[:1]) == to_json({keys[0]: values[0]})
    # many rows at once, the values after two leading columns
    rows = [("x", 1, *values), ("y", 2, *values), ("z", 3, 1, 2.5, None, 4, 5)]
    assert flat_payloads(keys, rows, start=2) == [to_json(dict(zip(keys, row[2:]))) for row in rows]
    assert flat_payloads(keys, rows[:2], start=2) == [to_json(dict(zip(keys, values)))] * 2


def test_flat_payloads_of_whole_columns():
    keys = ["b", "a", "c"]
    rows = [(1, None, 2.5), (2, None, 0.1), (3, None, -0.0)]
    assert flat_payloads(keys, rows) == [to_json(dict(zip(keys, row))) for row in rows]
    assert flat_payloads(keys, [(None, None, None)] * 2) == ['{"a":null,"b":null,"c":null}'] * 2
    assert flat_payloads(keys, []) == []


def test_flat_payload_of_a_figures_row():
    from csperf_desktop.monthly.figures import FIELDS

    rng = random.Random(3)
    encode = flat_payload(list(FIELDS))
    for _ in range(300):
        row = [None if rng.random() < 0.1 else (rng.randint(0, 900) if kind is int else round(rng.uniform(0, 99), 2))
               for (_label, kind, _lo, _hi) in FIELDS.values()]
        assert encode(row) == to_json(dict(zip(FIELDS, row)))


def test_a_batch_is_stored_and_chained_as_single_entries(db, supervisor):
    from csperf_desktop.base import clock
    from csperf_desktop.store.models import AuditEntry, database_proxy
    from csperf_desktop.trust import audit
    from csperf_desktop.trust.service import change

    clock.set_fixed(dt.datetime(2026, 10, 5, 8, 30, 0))
    with change(supervisor, "import_figures"):
        audit.record(supervisor, "save_figures", "monthly_figures", 1, staff_id=3, month="2026-10",
                     after={"contacts": 5, "csat_pct": 90.5})
        audit.append_entries(supervisor, [
            ("save_figures", "monthly_figures", 2, 3, "2026-10", None, to_json({"contacts": 5, "csat_pct": 90.5}),
             None)])
        audit.record_many(supervisor, [dict(action="save_figures", entity="monthly_figures", entity_id=3,
                                            staff_id=3, month="2026-10", after={"contacts": 5, "csat_pct": 90.5})])
    raw = database_proxy.obj.execute_sql(
        'SELECT at, entity_id, "after" FROM audit_entry ORDER BY id').fetchall()
    if isinstance(raw[0][0], str):  # SQLite: the text sqlite3 makes of a datetime, for a batch too
        assert [r[0] for r in raw] == ["2026-10-05 08:30:00"] * 3
    else:
        assert len({r[0] for r in raw}) == 1
    assert [r[1] for r in raw] == ["1", "2", "3"] and len({r[2] for r in raw}) == 1
    assert audit.verify_chain() is None
    assert AuditEntry.select().count() == 3


def test_many_field_lists_encode_as_each_alone():
    from csperf_desktop.store.chain import canonical_fields_many

    rng = random.Random(8)
    many = [tuple(rng.choice(TEXTS + [None, 0, -7, 2 ** 70, 1.5]) for _ in range(10)) for _ in range(300)]
    assert list(canonical_fields_many(many)) == [canonical_fields(list(f)) for f in many] == [CANONICAL.encode(f) for f in many]
