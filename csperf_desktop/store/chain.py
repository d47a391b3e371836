"""The audit trail's hash chain: how an entry is hashed and how a chain of entries is checked.

Pure functions over plain rows, so a backup file can be checked before it is restored without
opening it as the program's database.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import add, itemgetter, methodcaller
from typing import Any

GENESIS = "0" * 64


def json_default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, _dt.datetime) else value.isoformat()
    return str(value)


# One encoder each, built once: json.dumps with these options would build a new one per call.
_PAYLOAD = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=json_default)
CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return _PAYLOAD.encode(value)


class _Null:
    def __repr__(self) -> str:
        return "null"


_NULL = _Null()


def flat_payload(keys) -> Any:
    """A faster ``to_json`` for the many entries of a batch that record the same fields:
    ``encode(values)``, ``values`` a sequence in ``keys`` order (str keys), is
    ``to_json(dict(zip(keys, values)))`` — the same text, so the same hash — built with one
    ``%`` on a template. Values other than int, finite float and None go through ``to_json``."""
    from operator import itemgetter

    keys = list(keys)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    template = "{" + ",".join(_PAYLOAD.encode(keys[i]).replace("%", "%%") + ":%r" for i in order) + "}"
    pick = itemgetter(*order) if len(order) > 1 else (lambda seq: (seq[order[0]],) if order else ())
    if len(set(keys)) != len(keys) or any(type(k) is not str for k in keys):
        raise ValueError("flat_payload needs distinct text keys")

    numbers, with_none = {int, float}, {int, float, type(None)}

    def encode(values) -> str:
        picked = pick(values)
        types = set(map(type, picked))
        try:
            if types <= numbers:
                total = sum(picked)
                if total - total == 0:  # no nan, no inf
                    return template % picked
            elif types <= with_none:
                total = sum([v for v in picked if v is not None])
                if total - total == 0:
                    return template % tuple([_NULL if v is None else v for v in picked])
        except OverflowError:  # a huge int beside a float
            pass
        # bools, text, nan, inf, anything else: as to_json writes them
        return _PAYLOAD.encode(dict(zip(keys, values)))

    return encode


def flat_payloads(keys, rows: list, start: int = 0) -> list[str]:
    """``flat_payload(keys)`` of many rows at once: ``row[start:start + len(keys)]`` holds each row's
    values in ``keys`` order. When every column is numbers (int, finite float) or wholly None, the
    texts come from one template, a column check and a ``map``; otherwise row by row. Either way
    each text is ``to_json`` of the row's {key: value}."""
    from operator import itemgetter

    keys = list(keys)
    encode = flat_payload(keys)
    if not rows:
        return []
    order = sorted(range(len(keys)), key=keys.__getitem__)
    parts, live = [], []
    for i in order:
        name = _PAYLOAD.encode(keys[i]).replace("%", "%%")
        column = list(map(itemgetter(start + i), rows))
        types = set(map(type, column))
        if types == {type(None)}:
            parts.append(name + ":null")
            continue
        if not types <= {int, float}:
            break
        if float in types:
            try:
                total = sum(column)
            except OverflowError:
                break
            if total - total != 0:  # nan or inf (or a sum too big to say): row by row
                break
        parts.append(name + ":%r")
        live.append(start + i)
    else:
        template = "{" + ",".join(parts) + "}"
        if not live:
            return [template % ()] * len(rows)
        pick = itemgetter(*live) if len(live) > 1 else (lambda row: (row[live[0]],))
        return list(map(template.__mod__, map(pick, rows)))
    return [encode(row[start:start + len(keys)]) for row in rows]


def _fields_encoder():
    """``CANONICAL.encode`` of an entry's field list: the C encoder ``json`` builds on every call,
    built once (no circular-reference bookkeeping: the list holds only text, numbers and None);
    and ``encode_many``, the same of many field lists at once, the C encoder mapped over them."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return CANONICAL.encode, partial(map, CANONICAL.encode)
    encoder = make(None, CANONICAL.default, json.encoder.encode_basestring, None, CANONICAL.key_separator,
                   CANONICAL.item_separator, False, False, True)
    join = "".join

    def encode(fields: list) -> str:
        return join(encoder(fields, 0))

    def encode_many(many):
        return map(join, map(encoder, many, repeat(0)))

    return encode, encode_many


canonical_fields, canonical_fields_many = _fields_encoder()


def fmt_time(at: Any) -> str:
    if isinstance(at, _dt.datetime):
        return at.replace(microsecond=0).isoformat(sep=" ")
    return str(at)[:19]


def entry_hash(prev_hash: str, at: Any, actor: str, action: str, entity: str, entity_id: Any,
               staff_id: Any, month: Any, before: str | None, after: str | None, reason: str | None) -> str:
    canonical = canonical_fields(
        [fmt_time(at), actor, action, entity, None if entity_id is None else str(entity_id),
         staff_id, month, before, after, reason])
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


@dataclass
class ChainProblem:
    entry_id: int
    message: str


def verify_rows(rows) -> ChainProblem | None:
    """Recompute a chain from entry dicts in id order; the first problem, or None."""
    prev = GENESIS
    for e in rows:
        if e["prev_hash"] != prev:
            return ChainProblem(e["id"], f"审计记录 #{e['id']} 之前的记录被删除或改动（链断开）。")
        problem = _entry_problem(e)
        if problem is not None:
            return problem
        prev = e["hash"]
    return None


def hashed_fields(link: str, text: bytes) -> list:
    """The fields of an entry read back from the text its hash covers (``link`` + the fields as
    ``canonical_fields`` writes them, in UTF-8): time stamp, actor, action, entity, entity id,
    staff id, month, before, after, reason."""
    return json.loads(text[len(link.encode("utf-8")):])


def foreign_value(entry_id, action) -> ChainProblem:
    """An entry holding a value of a kind the program never writes (bytes in a text field, put
    there by another tool): its hash cannot even be computed."""
    return ChainProblem(entry_id, f"审计记录 #{entry_id}（{action}）的内容被改动（有字段存着程序不会写入的数据，"
                                  "例如二进制内容）。")


def _entry_problem(e: dict) -> ChainProblem | None:
    """The problem with one entry whose link to the one before holds: its hash does not match."""
    try:
        h = entry_hash(e["prev_hash"], e["at"], e["actor"], e["action"], e["entity"], e["entity_id"],
                       e["staff_id"], e["month"], e["before"], e["after"], e["reason"])
    except (TypeError, ValueError, AttributeError):
        return foreign_value(e["id"], e["action"])
    if h != e["hash"]:
        return ChainProblem(e["id"], f"审计记录 #{e['id']}（{e['action']}）的内容被改动（哈希不符）。")
    return None


# --- the chain's head, as anchors outside the database record it ---------------------

@dataclass(frozen=True)
class Head:
    """Where a chain stands: ``count`` entries, the last one hashing to ``hash``; ``first`` is the
    hash of entry 1 (the chain's identity: it stays the same as entries are appended)."""

    count: int
    hash: str
    first: str = ""

    @property
    def code(self) -> str:
        """The short form printed on paper: ``链 1234·5F2A9C1B``."""
        return head_code(self.count, self.hash)


CODE_HEX = 8  # hex digits of the head hash printed in a code


def head_code(count: int, hash_: str) -> str:
    return f"链 {count}·{(hash_ or GENESIS)[:CODE_HEX].upper()}"


def parse_code(text: str) -> tuple[int, str] | None:
    """``(count, hex prefix)`` from a code as printed or typed back (``链 1234·5F2A9C1B``,
    ``1234 5f2a 9c1b``, ``1234-5F2A9C1B``); None when it is not one."""
    import re

    cleaned = re.sub(r"\s+", "", str(text or "")).upper()
    if "链" in cleaned:  # the whole footer line copied: 公示指纹 3F2A… · 链 1234·5F2A9C1B
        cleaned = cleaned.rsplit("链", 1)[1]
    cleaned = re.sub(r"^(CHAIN)?[:：]?", "", cleaned)
    m = re.fullmatch(r"(\d{1,12})[·•.\-/:：_]?([0-9A-F]{6,64})", cleaned)
    if not m:
        return None
    return int(m.group(1)), m.group(2).lower()


ENTRY_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "staff_id", "month", "before", "after",
                 "reason", "prev_hash", "hash")


_AT, _EID, _PREV, _HASH = (itemgetter(ENTRY_COLUMNS.index(c)) for c in ("at", "entity_id", "prev_hash", "hash"))
_FIELDS = itemgetter(slice(1, 11))  # at … reason: the fields an entry's hash covers, in order
_ID_TYPES = {str, type(None)}
_HEX, _UTF8 = methodcaller("hexdigest"), methodcaller("encode", "utf-8")


class ChainWalk:
    """Checks a chain one entry at a time (``feed``), as ``verify_rows`` does, and keeps what the
    anchors need: the number of entries, the first hash, and the hash at chosen positions."""

    def __init__(self, positions=()):
        self.prev = GENESIS
        self.count = 0
        self.first = ""
        self.first_at = ""
        self.problem: ChainProblem | None = None
        self.wanted = set(positions)
        self.at: dict[int, str] = {}

    def feed(self, e: dict) -> None:
        self.count += 1
        if self.count == 1:
            self.first = e["hash"]
            self.first_at = fmt_time(e["at"])
        if self.count in self.wanted:
            self.at[self.count] = e["hash"]
        if self.problem is None:
            if e["prev_hash"] != self.prev:
                self.problem = ChainProblem(
                    e["id"], f"审计记录 #{e['id']} 之前的记录被删除或改动（链断开）。")
            else:
                self.problem = _entry_problem(e)
        self.prev = e["hash"]

    def walk(self, rows):
        """``feed`` for many entries at once, given as tuples in ``ENTRY_COLUMNS`` order; yields each
        row once it is checked. The same checks and the same hash as ``entry_hash``, with the
        per-entry work inlined: ``verify`` walks every entry of the trail through here."""
        encode, sha256, fmt = canonical_fields, hashlib.sha256, fmt_time
        wanted, at_pos = self.wanted, self.at
        prev, count = self.prev, self.count
        for row in rows:
            entry_id, at, actor, action, entity, eid, staff_id, month, before, after, reason, prev_hash, h = row
            count += 1
            if count == 1:
                self.first = h
                self.first_at = fmt(at)
            if count in wanted:
                at_pos[count] = h
            if self.problem is None:
                if prev_hash != prev:
                    self.problem = ChainProblem(entry_id, f"审计记录 #{entry_id} 之前的记录被删除或改动（链断开）。")
                else:
                    try:
                        text = at[:19] if type(at) is str else fmt(at)
                        if type(eid) is not str and eid is not None:
                            eid = str(eid)
                        same = sha256((prev + encode([text, actor, action, entity, eid, staff_id, month, before,
                                                      after, reason])).encode("utf-8")).hexdigest() == h
                    except (TypeError, ValueError, AttributeError):  # a field the program never writes
                        self.problem = foreign_value(entry_id, action)
                    else:
                        if not same:
                            self.problem = ChainProblem(
                                entry_id, f"审计记录 #{entry_id}（{action}）的内容被改动（哈希不符）。")
            prev = h
            self.prev, self.count = prev, count
            yield row

    def passes(self, rows: list) -> bool:
        """A chunk of entries (tuples in ``ENTRY_COLUMNS`` order) checked at once, as ``walk`` checks
        them one by one: True when the chain was whole up to them and every one links to the one
        before and hashes to its stored hash; the walk then stands after them. False, with the walk
        left as it was, for anything else (a problem to name, a field of a kind ``walk`` treats
        apart): ``walk`` then goes through the same rows and names what it finds.

        The same text is hashed as in ``walk``, column by column instead of entry by entry: the
        time stamps and entity ids as text, each entry's fields encoded and hashed through ``map``."""
        if self.problem is not None or not rows:
            return False
        try:
            hashes = list(map(_HASH, rows))
            links = list(map(_PREV, rows))
            if links[0] != self.prev or links[1:] != hashes[:-1]:
                return False
            ats, eids = list(map(_AT, rows)), list(map(_EID, rows))
            if set(map(type, ats)) == {str} and max(map(len, ats)) <= 19 and set(map(type, eids)) <= _ID_TYPES:
                fields = map(_FIELDS, rows)  # the stored row's own fields are the hashed ones
            else:
                texts = [at[:19] if type(at) is str else fmt_time(at) for at in ats]
                ids = [eid if type(eid) is str or eid is None else str(eid) for eid in eids]
                fields = [(text,) + row[2:5] + (eid,) + row[6:11] for text, eid, row in zip(texts, ids, rows)]
            made = map(_HEX, map(hashlib.sha256, map(_UTF8, map(add, links, canonical_fields_many(fields)))))
            if list(made) != hashes:
                return False
        except (TypeError, ValueError, AttributeError):  # a field the program never writes: ``walk`` names it
            return False
        self._advance(hashes, ats[0])
        return True

    def passes_hashed(self, links: list, texts: list, hashes: list) -> bool:
        """``passes`` for a chunk whose hashed texts were written by the database: ``texts[i]`` is
        ``links[i]`` (the stored link) followed by the entry's fields as ``canonical_fields``
        writes them, in UTF-8 (bytes), ``hashes`` the stored hashes. True, the walk then standing
        after the chunk, when the chain was whole up to it and every text hashes to its entry's
        stored hash; False, the walk left as it was, for anything else (a text not made: None).

        A text that is not the program's own writing of the entry does not hash to the stored
        hash, so the chunk is then to be read again as stored and checked by ``passes``."""
        if self.problem is not None or not hashes or None in texts:
            return False
        if links[0] != self.prev or links[1:] != hashes[:-1]:
            return False
        if list(map(_HEX, map(hashlib.sha256, texts))) != hashes:
            return False
        self._advance(hashes, hashed_fields(links[0], texts[0])[0] if self.count == 0 else None)
        return True

    def _advance(self, hashes: list, first_at) -> None:
        """The walk stands after a chunk found whole, whose entries hash to ``hashes``."""
        count = self.count
        if count == 0:
            self.first = hashes[0]
            self.first_at = fmt_time(first_at)
        for position in self.wanted:
            if count < position <= count + len(hashes):
                self.at[position] = hashes[position - count - 1]
        self.count = count + len(hashes)
        self.prev = hashes[-1]

    @property
    def head(self) -> Head:
        return Head(self.count, self.prev if self.count else GENESIS, self.first)
