"""A chunk of entries checked at once (``ChainWalk.passes``) leaves the walk where walking the same
entries one by one leaves it, and passes only a chunk in which walking finds nothing: whatever is
wrong in a chunk (a changed field, a broken link, a value of another kind) is then named by
``walk`` in the same words, at the same entry."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from csperf_desktop.store.chain import GENESIS, ChainWalk, entry_hash

TEXTS = ["", "a", "张晓梅", 'quote " and \\ backslash', "line\nbreak\ttab", "\x01 control", "\u2028", "emoji 😀",
         '{"points":3,"note":"引号\\"与"}']


def _chain(n: int, rng: random.Random, odd: bool = False) -> list[tuple]:
    """A sound chain of ``n`` entries as tuples in ``ENTRY_COLUMNS`` order. ``odd``: time stamps and
    entity ids also of the other kinds a database gives (datetimes, microseconds, numbers)."""
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        at = f"2026-10-{1 + i % 28:02d} 08:{i % 60:02d}:00"
        eid = rng.choice([str(i), None, "S-7"])
        if odd:
            at = rng.choice([at, at + ".123456", dt.datetime(2026, 10, 5, 8, i % 60, 1, 999), at[:16]])
            eid = rng.choice([eid, i, 2 ** 70])
        fields = (at, rng.choice(TEXTS), "add_event", rng.choice(["score_event", "period", "staff"]), eid,
                  rng.choice([None, i % 7, -3]), rng.choice([None, "2026-10"]), rng.choice([None] + TEXTS),
                  rng.choice(TEXTS), rng.choice([None, "理由"]))
        h = entry_hash(prev, *fields)
        rows.append((i, *fields, prev, h))
        prev = h
    return rows


def _state(walk: ChainWalk) -> tuple:
    problem = walk.problem and (walk.problem.entry_id, walk.problem.message)
    return problem, walk.count, walk.first, walk.first_at, walk.at, walk.prev, walk.head


def _one_by_one(rows: list[tuple], positions) -> ChainWalk:
    walk = ChainWalk(positions)
    assert list(walk.walk(rows)) == rows
    return walk


def _by_chunks(rows: list[tuple], positions, size: int) -> tuple[ChainWalk, list[bool]]:
    walk, passed = ChainWalk(positions), []
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        before = _state(walk)
        passed.append(walk.passes(chunk))
        if not passed[-1]:
            assert _state(walk) == before  # nothing taken from a chunk that does not pass
            assert list(walk.walk(chunk)) == chunk
    return walk, passed


@pytest.mark.parametrize("odd", [False, True])
@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_a_sound_chain_passes_chunk_by_chunk_as_it_walks(odd, size):
    rng = random.Random(size * 2 + odd)
    rows = _chain(40, rng, odd)
    positions = [1, 3, 7, 8, 20, 40, 41]
    walk, passed = _by_chunks(rows, positions, size)
    assert all(passed)
    assert walk.problem is None and _state(walk) == _state(_one_by_one(rows, positions))


def _changed(rows: list[tuple], i: int, column: int, value) -> list[tuple]:
    out = list(rows)
    out[i] = rows[i][:column] + (value,) + rows[i][column + 1:]
    return out


CHANGES = [
    ("a field edited", 2, "改"),  # actor: the hash no longer matches
    ("the time edited", 1, "2026-10-30 09:00:00"),
    ("an entity id of the same text as a number", 5, 12345),
    ("a link edited", 11, "f" * 64),  # prev_hash: the chain breaks there
    ("a hash edited", 12, "0" * 64),  # its own and the next entry's link
    ("a field turned to bytes", 9, b'{"points":3}'),
    ("a hash turned to bytes", 12, b"0" * 64),
    ("text that is not valid unicode", 10, "\udcff"),
    ("a number too large for a float", 6, 10 ** 400),
]


@pytest.mark.parametrize("what, column, value", CHANGES, ids=[c[0] for c in CHANGES])
@pytest.mark.parametrize("size", [1, 4, 16, 100])
def test_a_chunk_with_a_problem_is_walked_and_named_in_the_same_words(what, column, value, size):
    rng = random.Random(11)
    sound = _chain(30, rng)
    positions = [2, 17, 18, 30]
    for i in (0, 13, 16, 29):
        rows = _changed(sound, i, column, value)
        if column == 5 and str(value) == sound[i][5]:
            continue
        expected = _one_by_one(rows, positions)
        assert expected.problem is not None and expected.problem.entry_id in (i + 1, i + 2), what
        walk, passed = _by_chunks(rows, positions, size)
        assert _state(walk) == _state(expected), what
        failing = i // size
        assert passed[:failing] == [True] * failing  # the chunks before it pass whole
        assert not passed[failing]
        assert not any(passed[failing + 1:])  # once the chain is broken, entries are walked one by one


def test_a_chain_broken_before_a_chunk_is_not_passed_again():
    rows = _chain(10, random.Random(3))
    walk = ChainWalk()
    assert walk.passes(rows[:4])
    assert not walk.passes(rows[5:])  # entry 5 left out: the link from 4 to 6 is broken
    list(walk.walk(rows[5:]))
    assert walk.problem.entry_id == 6 and "链断开" in walk.problem.message
    assert not walk.passes(_chain(3, random.Random(4)))
    assert not ChainWalk().passes([])


def _texts(rows: list[tuple]) -> list[bytes]:
    """Each entry's hashed text as the database writes it: the link, then the fields."""
    from csperf_desktop.store.chain import canonical_fields, fmt_time

    return [(row[11] + canonical_fields([fmt_time(row[1]), *row[2:5], None if row[5] is None else str(row[5]),
                                         *row[6:11]])).encode("utf-8") for row in rows]


@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_chunks_of_the_databases_texts_pass_as_the_stored_chunks_do(size):
    rows = _chain(40, random.Random(size))
    positions = [1, 3, 7, 8, 20, 40, 41]
    walk = ChainWalk(positions)
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        assert walk.passes_hashed([r[11] for r in chunk], _texts(chunk), [r[12] for r in chunk])
    assert _state(walk) == _state(_one_by_one(rows, positions))


@pytest.mark.parametrize("what", ["a text changed", "a text not made", "a link broken", "a hash changed"])
def test_a_chunk_of_texts_that_does_not_hash_right_is_left_to_the_stored_reading(what):
    rows = _chain(12, random.Random(5))
    walk = ChainWalk([2, 9])
    assert walk.passes_hashed([r[11] for r in rows[:6]], _texts(rows[:6]), [r[12] for r in rows[:6]])
    chunk = rows[6:]
    links, texts, hashes = [r[11] for r in chunk], _texts(chunk), [r[12] for r in chunk]
    if what == "a text changed":
        texts[2] = texts[2].replace(b"[", b"[ ", 1)  # the same fields, written otherwise
    elif what == "a text not made":
        texts[3] = None
    elif what == "a link broken":
        links[0] = "f" * 64
    else:
        hashes[4] = "0" * 64
    before = _state(walk)
    assert not walk.passes_hashed(links, texts, hashes)
    assert _state(walk) == before  # nothing taken: the chunk is read again as stored
    assert walk.passes(chunk) and _state(walk) == _state(_one_by_one(rows, [2, 9]))
