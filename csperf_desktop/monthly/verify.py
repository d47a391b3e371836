"""``verify``: is the database sound and untampered?

Checks, in order: SQLite's integrity check; the audit chain; then every value that moves pay
against what the audit trail says it should be — every score event (all its columns), the
settings (replayed from their history), the monthly figures (sales included), each month's
status and revision, and every published snapshot (its fingerprint and, for snapshots published
since it is recorded, a digest of all its columns); the JSON columns; and finally the chain
against the anchors kept outside the database (the anchor log, the backups, a code read off a
printout), which is what catches a chain rewritten by someone who knows how it is hashed.

``verify_report`` returns the problems (an empty list means all holds) and notes saying what
was checked against what, and what could not be checked (records written by older versions).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_

import peewee as pw

from ..base.months import Month
from ..base.vocab import revision_label
from ..store.chain import ENTRY_COLUMNS, ChainWalk, Head, hashed_fields
from ..store import damage as damage_mod
from ..store.db import FileDamageCheck, file_damage
from ..store.models import AuditEntry, MonthlyFigures, MonthlyResult, Period, ScoreEvent, Setting, database_proxy
from .periods import digest_rows, fingerprint
from .standings import SNAPSHOT_COLUMNS, SnapshotRow, result_to_standing

MAX_LISTED = 10  # problems of one kind listed one by one; the rest are counted


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    head: Head | None = None


@dataclass
class _Audited:
    """What the audit trail says, collected in one pass over the chain."""

    events: dict = field(default_factory=dict)  # event id → last "after" (JSON text; ``utf8``: in UTF-8)
    settings: dict = field(default_factory=dict)  # key → value, replayed in order
    figures: dict = field(default_factory=dict)  # row id → (staff id, month, last "after" text)
    periods: dict = field(default_factory=dict)  # period id → (action, month, after dict)
    revisions: dict = field(default_factory=dict)  # (month, revision) → after dict of publish/revise
    staff: dict = field(default_factory=dict)  # staff id → (action, last "after" text)
    # The events' records kept as UTF-8 bytes: on SQLite, where ``check_events`` compares them
    # with the bytes SQLite writes (elsewhere they are parsed, and kept as read).
    utf8: bool = False


def verify_database(full: bool = True) -> list[str]:
    """The problems ``verify_report`` finds (anchors included); an empty list when all holds."""
    return verify_report(full).problems


def verify_report(full: bool = True, *, codes: tuple[str, ...] = (), anchors: list | None = None) -> Report:
    """Verify everything. ``codes``: chain codes read off printouts (``链 1234·5F2A9C1B``);
    ``anchors``: the anchors to check the chain against, None to gather them from the anchor
    log and the backups (``office.anchoring``)."""
    db = database_proxy.obj
    sqlite = isinstance(db, pw.SqliteDatabase)
    read_whole = _read_whole(db) if sqlite else ()
    # The file's structure, and text that is not valid UTF-8, checked on a connection of its own
    # beside the reading below; damage it finds is the verdict, whatever the reading gave.
    checking = FileDamageCheck(db, full, read_whole) if sqlite else None
    blobs: set[str] = set()
    try:
        report = _verify(full, codes, anchors, blobs)
    except Exception as exc:  # noqa: BLE001 — judged below, once the file's check has ended
        failure = exc
    else:
        failure = None
    if checking is not None:
        damage = checking.result()
        if damage:
            return Report(problems=[damage])
    if failure is not None:
        return _reading_failed(failure, db, full, read_whole, blobs)
    damage = _held_blob_damage(db, full, read_whole, blobs)
    if damage:
        return Report(problems=[damage])
    return report


def _reading_failed(exc: Exception, db, full: bool, read_whole: tuple[str, ...], blobs: set[str]) -> Report:
    """The verdict when the reading failed on a file whose check found it whole: the damage the
    failure points to, or the failure itself (raised again)."""
    if isinstance(exc, TypeError):
        # A blob among the fields the chain hashes (which are text): the same failure as before,
        # unless the blob is damage, which is then the verdict.
        damage = _held_blob_damage(db, full, read_whole, blobs)
    elif isinstance(exc, (sqlite3.Error, pw.DatabaseError, UnicodeDecodeError)) and read_whole \
            and damage_mod.is_decode_error(exc):
        # A table read whole here rather than in the UTF-8 pass holds text that is not UTF-8:
        # the whole file is checked again, and its damage named as that pass names it.
        damage = file_damage(db, full)
    else:
        damage = None
    if not damage:
        raise exc
    return Report(problems=[damage])


def _held_blob_damage(db, full: bool, read_whole: tuple[str, ...], blobs: set[str]) -> str | None:
    """A table taken to hold only text (``read_whole``) that the reading found to hold a blob
    (``blobs``) gets the UTF-8 pass left to the reading: the damage it finds, which is the
    verdict as it would have been before the reading, or None."""
    held = [t for t in read_whole if t in blobs]
    if not held:
        return None
    return file_damage(db, full, tuple(t for t in db.get_tables() if t not in held))


def _read_whole(db) -> tuple[str, ...]:
    """The tables ``verify`` reads whole, every column as text, that hold no blob: their values
    need no separate UTF-8 pass, since one that is not valid UTF-8 fails that read.

    Neither table is searched for a blob beforehand: the reading finds one and says so
    (``blobs``), and the table then gets its UTF-8 pass after the reading. In the audit trail a
    blob fails the hashing of the chain, or, once the chain is broken and no longer hashed, is
    looked for in each entry; in the score events it stops SQLite's writing of their records
    (``check_events``), or shows in a row read again. Without SQLite's JSON functions the score
    events are searched beforehand."""
    out = []
    try:
        for model, columns in ((AuditEntry, ENTRY_COLUMNS), (ScoreEvent, _event_select()[1])):
            table = model._meta.table_name
            on_disk = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]
            if not on_disk or not set(on_disk) <= set(columns) | {"id"}:
                continue
            if model is AuditEntry or _renders_json(db):
                out.append(table)
                continue
            blob = " OR ".join(f"typeof(\"{c}\") = 'blob'" for c in on_disk)
            if not db.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE {blob})').fetchone()[0]:
                out.append(table)
    except (sqlite3.Error, pw.DatabaseError):
        return ()
    return tuple(out)


def _verify(full: bool, codes: tuple[str, ...], anchors: list | None, blobs: set[str]) -> Report:
    report = Report()
    from ..office import anchoring

    if anchors is None:
        anchors, unreadable = anchoring.gather()
        report.notes += unreadable
    typed, bad_codes = anchoring.from_codes(codes)
    report.problems += bad_codes
    anchors = list(anchors) + typed
    walk = ChainWalk(a.count for a in anchors)
    audited = _read_audit(walk, blobs)
    report.head = walk.head
    if walk.problem:
        report.problems.append(walk.problem.message)
    report.problems += check_events(audited.events, report.notes, blobs)
    report.problems += check_settings(audited.settings)
    report.problems += check_figures(audited.figures)
    report.problems += check_staff(audited.staff)
    report.problems += check_periods(audited, report.notes)
    report.problems += check_json_columns()
    found, notes = anchoring.check(walk, anchors)
    report.problems += found
    report.notes += notes
    return report


def _read_audit(walk: ChainWalk, blobs: set[str] | None = None) -> _Audited:
    """One pass over the audit trail: the chain is checked and the latest recorded state of every
    audited value is kept. The table's name is added to ``blobs`` when it is found to hold a
    blob (TypeError from the hashing, or a blob in an entry once the chain is broken).

    The entries are read a chunk at a time. On SQLite the database writes each entry's hashed
    text (``_HASHED_TEXT``) and a chunk whose texts all hash to their stored hashes is passed
    whole (``ChainWalk.passes_hashed``); any other chunk is read again as stored. A chunk read as
    stored that the walk passes whole (``ChainWalk.passes``) is sorted column by column; any other
    (a problem in it, the chain broken before it, a field of another kind) goes entry by entry
    through ``ChainWalk.walk``, which names the problem."""
    blobs = set() if blobs is None else blobs
    out = _Audited()
    # Raw tuples: the chain hashes the stored text, and peewee's conversions would triple the time.
    meta = AuditEntry._meta
    database, table = meta.database, meta.table_name
    stored = f"SELECT {', '.join(ENTRY_COLUMNS)} FROM {table}"
    try:
        taken = None  # the last entry taken from the database's texts
        if _renders_json(database):
            out.utf8 = True
            query = database.execute_sql(f"SELECT {', '.join(_HASHED_COLUMNS)}, {_HASHED_TEXT} FROM {table} ORDER BY id")
            again = f"{stored} WHERE id BETWEEN ? AND ? ORDER BY id"
            try:
                while rows := query.fetchmany(_AUDIT_CHUNK):
                    if walk.passes_hashed(list(map(_LINK, rows)), list(map(_TEXT, rows)), list(map(_HASH, rows))):
                        _take_hashed(out, rows)
                    else:
                        _take_stored(out, walk, database.execute_sql(again, (rows[0][0], rows[-1][0])).fetchall(),
                                     blobs, table)
                    taken = rows[-1][0]
                return out
            except (sqlite3.OperationalError, pw.OperationalError):
                # A value SQLite's JSON cannot write (a blob): the rest read as stored, where any
                # other failure of the reading shows again.
                pass
        query = (database.execute_sql(f"{stored} ORDER BY id") if taken is None
                 else database.execute_sql(f"{stored} WHERE id > ? ORDER BY id", (taken,)))
        while rows := query.fetchmany(_AUDIT_CHUNK):
            _take_stored(out, walk, rows, blobs, table)
    except TypeError:  # a blob among the hashed fields
        blobs.add(table)
        raise
    return out


_AUDIT_CHUNK = 2000  # audit entries read and checked at a time

# SQLite's writing of the text an entry's hash covers, in UTF-8: the link, then the hashed fields
# as ``canonical_fields`` writes them — SQLite's JSON writes text, whole numbers and null as
# Python's does, so that an entry the program wrote has the very text the program hashed. Any
# other value is written otherwise: the time stamp whole (which the hash covers to the second),
# an entity id that is a number unquoted, a decimal in SQLite's own way, and a blob stops the
# reading. So an entry changed to hold one does not hash to its stored hash, and is then read
# again as stored. Read as bytes, the text is hashed as it comes (not decoded, then encoded
# again). Every column is still checked to be UTF-8 text: the text's columns by its hash (which
# the program made of UTF-8), the others by reading them as text beside it, and the entries of a
# chunk whose hash does not hold by reading them again as stored.
_HASHED_TEXT = ("CAST(prev_hash || json_array(at, actor, action, entity, entity_id, staff_id, month, before, after,"
                " reason) AS BLOB)")
# Read beside the text: what a score event's entry gives ``_take_entries`` (its record in UTF-8, as
# ``check_events`` compares it: kept as bytes, half the memory of text in Chinese, and never
# decoded when it equals the event's), the link and the hash.
_HASHED_COLUMNS = ("id", "entity", "entity_id", "CAST(after AS BLOB)", "prev_hash", "hash")
_ENTITY, _EID, _AFTER, _LINK, _HASH, _TEXT = (itemgetter(i) for i in range(1, 7))


def _take_stored(out: _Audited, walk: ChainWalk, rows: list, blobs: set[str], table: str) -> None:
    """A chunk of entries read as stored (``ENTRY_COLUMNS``): checked by the walk, then taken."""
    if walk.passes(rows):
        _take_entries(out, rows, _STORED_ENTITY, _STORED_EID, _STORED_AFTER, _STORED_FIELDS)
        return
    for row in walk.walk(rows):
        _take_entry(out, *_STORED_FIELDS(row))
        if walk.problem is not None and bytes in map(type, row):  # the chain broken, entries are not hashed
            blobs.add(table)


def _take_hashed(out: _Audited, rows: list) -> None:
    """A chunk read with its hashed texts and passed: the entries other than score events' are
    taken from their texts (the very fields the hash covers)."""
    _take_entries(out, rows, _ENTITY, _EID, _AFTER, lambda row: _TEXT_FIELDS(hashed_fields(_LINK(row), _TEXT(row))))


# ``_take_entry``'s fields (action, entity, entity id, staff id, month, after) of a row read as
# stored, and of the fields read back from an entry's hashed text.
_STORED_FIELDS = itemgetter(*(ENTRY_COLUMNS.index(c) for c in ("action", "entity", "entity_id", "staff_id", "month",
                                                                "after")))
_STORED_ENTITY, _STORED_EID, _STORED_AFTER = (itemgetter(ENTRY_COLUMNS.index(c)) for c in ("entity", "entity_id", "after"))
_TEXT_FIELDS = itemgetter(2, 3, 4, 5, 6, 8)


def _take_entries(out: _Audited, rows: list, entity_of, id_of, after_of, fields_of) -> None:
    """``_take_entry`` for a chunk of entries whose chain holds: the score events' entries at
    once (``id_of``, ``after_of``), the others one by one (``fields_of``); each kind keeps its order."""
    is_event = list(map("score_event".__eq__, map(entity_of, rows)))
    if not all(is_event):
        for row in compress(rows, map(not_, is_event)):
            _take_entry(out, *fields_of(row))
        rows = list(compress(rows, is_event))
    afters = list(map(after_of, rows))
    if out.utf8 and str in map(type, afters):
        afters = list(map(_record, afters))
    pairs = zip(map(id_of, rows), afters)
    out.events.update(pairs if None not in afters else [(k, after) for k, after in pairs if after is not None])


def _take_entry(out: _Audited, action, entity, eid, staff_id, month, after) -> None:
    """What one audit entry says of the value it audits."""
    if entity == "score_event":
        if after is not None:
            out.events[eid] = _record(after) if out.utf8 else after
    elif entity == "monthly_figures":
        if after is not None:
            out.figures[eid] = (staff_id, month, after)
    elif entity == "setting":
        if action == "update_settings" and after:
            value = _loads(after)
            if isinstance(value, dict):
                out.settings.update(value)
    elif entity == "staff":
        out.staff[eid] = (action, after)
    elif entity == "period":
        value = _loads(after) or {}
        out.periods[eid] = (action, month, value)
        if action in ("publish_month", "revise_month") and "revision" in value:
            out.revisions[(month, value["revision"])] = value


def _record(after):
    """An event's recorded state as ``check_events`` compares it: text in UTF-8; anything else
    (a blob the chain walk names) as stored."""
    return after.encode("utf-8") if type(after) is str else after


def _loads(text):
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _capped(found: list[str], what: str) -> list[str]:
    if len(found) <= MAX_LISTED:
        return found
    return found[:MAX_LISTED] + [f"……还有 {len(found) - MAX_LISTED} 条{what}同样不符。"]


# --- score events ------------------------------------------------------------------------

EVENT_LABELS = {
    "staff": "人员", "date": "日期", "month": "月份", "rule": "考核项目", "rule_name": "项目名称", "area": "领域",
    "kind": "加扣分类型", "points": "分值", "unit_points": "单次分值", "quantity": "次数", "method": "考核方式",
    "reference": "单号", "note": "备注", "voided": "作废状态", "void_reason": "作废理由", "voided_by": "作废人",
    "source": "来源", "corrects": "更正的记录", "order_amount": "订单金额", "gift_tier": "赠品档", "serious": "严重标记",
}


# The audited record's keys (``events.event_record``) → the event's columns, read raw for speed.
EVENT_COLUMNS = {"staff": "staff_id", "date": "date", "rule": "rule_code", "points": "points", "quantity": "quantity",
                 "method": "method", "reference": "reference", "note": "note", "voided": "voided",
                 "void_reason": "void_reason", "source": "source", "corrects": "corrects_id",
                 "order_amount": "order_amount", "gift_tier": "gift_tier", "month": "month", "rule_name": "rule_name",
                 "area": "area", "kind": "kind", "unit_points": "unit_points", "serious": "serious",
                 "voided_by": "voided_by"}
_EVENT_BOOLEAN = ("voided", "serious")


def check_events(recorded: dict, notes: list[str], blobs: set[str] | None = None) -> list[str]:
    """Every score event equals what its last audit entry recorded, column by column; an event
    audited and since deleted is named. Records written before every column was audited are
    compared on what they hold, and the rest is checked for consistency (month of the date,
    points = unit × quantity, sign of the bonus or deduction). The table's name is added to
    ``blobs`` when it is found to hold a blob (read as stored, not as text)."""
    blobs = set() if blobs is None else blobs
    # ``read``: the ids read, as the records are keyed (lists of them); ``matched``: how many of
    # them have a record — all the records, and no recorded event is missing.
    found, legacy, read, matched = [], [0], [], [0]
    full, columns = _event_select()
    database = ScoreEvent._meta.database
    rendered = _rendered_record(database, full, columns)
    if rendered is not None:
        try:
            _compare_rendered(database, rendered, full, columns, recorded, found, legacy, read, matched, blobs)
        except (sqlite3.OperationalError, pw.OperationalError) as exc:
            if damage_mod.is_decode_error(exc) or "blob" not in str(exc).lower():
                raise
            # A blob in a column the text is made of (SQLite's JSON holds none): every value as
            # stored, as on any other database.
            blobs.add(_event_table())
            found, legacy, read, matched = [], [0], [], [0]
            rendered = None
    if rendered is None:
        compare = _event_comparer(full, recorded, found, legacy)
        cursor = database.execute_sql(f"SELECT id, {', '.join(columns)} FROM {_event_table()} ORDER BY id")
        while rows := cursor.fetchmany(_EVENT_CHUNK):
            keys = [str(row[0]) for row in rows]
            read.append(keys)
            matched[0] += sum(1 for k in keys if k in recorded)
            compare(rows)
    missing = []
    if matched[0] != len(recorded):
        seen = set().union(*read)
        missing = [k for k in recorded if k not in seen]
    for k in sorted(missing, key=lambda x: int(x) if str(x).isdigit() else 0):
        found.append(f"评分记录 #{k} 有审计记录，却已不在数据库中：它被绕过程序删除了。")
    if legacy[0]:
        notes.append(f"{legacy[0]} 条评分记录的审计记录写于旧版本，没有记下项目名称、领域、类型、单次分值和严重标记："
                     "这些列只核对了是否自洽（月份与日期一致、分值 = 单次分值 × 次数、正负与加扣分一致），"
                     "其余各列已与审计记录逐一核对。")
    return _capped(found, "评分记录")


def _event_table() -> str:
    return ScoreEvent._meta.table_name


def _compare_rendered(database, rendered: str, full: list[str], columns: list[str], recorded: dict,
                      found: list[str], legacy: list, read: list, matched: list, blobs: set[str]) -> None:
    """``check_events`` on SQLite: the database writes each event's record as the program writes
    it (``to_json``), and an event whose text is its last audit entry's, character for character,
    equals it column by column. Every other event (no record, a record that differs, a row the
    text is not made for) is read again as stored and compared by ``_event_comparer``, in id order."""
    compare = _event_comparer(full, recorded, found, legacy)
    table = _event_table()
    cursor = database.execute_sql(f"SELECT id, {rendered} FROM {table} ORDER BY id")
    again = f"SELECT id, {', '.join(columns)} FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id"
    get, first, second = recorded.get, itemgetter(0), itemgetter(1)
    while rows := cursor.fetchmany(_EVENT_CHUNK):
        keys = list(map(str, map(first, rows)))
        read.append(keys)
        texts = list(map(get, keys))
        if None not in texts:
            matched[0] += len(keys)
            if texts == list(map(second, rows)):  # every event has its record's text
                continue
        else:
            matched[0] += len(keys) - texts.count(None)
        odd = {row[0] for row, text in zip(rows, texts) if text is None or row[1] != text}
        if odd:
            whole = [row for row in database.execute_sql(again, (min(odd), max(odd))).fetchall() if row[0] in odd]
            if any(bytes in map(type, row) for row in whole):  # a row the text is not made for
                blobs.add(table)
            compare(whole)


def _event_comparer(full: list[str], recorded: dict, found: list[str], legacy: list):
    """The comparison of rows read whole (``id`` then ``_event_select``'s columns, in id order)
    with their records; what differs is added to ``found``."""
    # Fast path: an event whose record holds exactly its columns (all of them, or all but the
    # order amount and gift of an event without one) and equal values has nothing to report —
    # one tuple comparison. Anything else is compared key by key in ``_event_differences``.
    plain = full[:-len(_EVENT_AMOUNT)]
    get_full, get_plain = itemgetter(*full), itemgetter(*plain)
    n_full, n_plain = len(full), len(plain)
    at_date = 1 + full.index("date")
    end = 1 + n_full  # then the columns read only so that all of the row is read as text

    def compare(rows: list) -> None:
        if not rows:
            return
        if type(rows[0][at_date]) is not str:  # PostgreSQL's dates (SQLite's are text)
            rows = [row[:at_date] + (_iso(row[at_date]),) + row[at_date + 1:] for row in rows]
        texts = [recorded.get(str(row[0])) for row in rows]
        for row, text, rec in zip(rows, texts, _loads_many(texts)):
            event_id = row[0]
            if text is None:
                found.append(f"评分记录 #{event_id} 没有对应的审计记录：它是绕过程序写入数据库的。")
                continue
            if type(rec) is dict:
                try:
                    if len(rec) == n_full:
                        if get_full(rec) == row[1:end]:
                            continue
                    elif len(rec) == n_plain and row[end - 1] is None and row[end - 2] is None:
                        if get_plain(rec) == row[1:end - 2]:
                            continue
                except KeyError:
                    pass
            if not isinstance(rec, dict):
                found.append(f"评分记录 #{event_id} 的审计记录无法读取。")
                continue
            problem = _event_differences(event_id, dict(zip(full, row[1:end])), rec, legacy)
            if problem:
                found.append(problem)

    return compare


def _rendered_record(database, full: list[str], columns: list[str]) -> str | None:
    """On SQLite (with its JSON functions, built in since 3.38): the SQL that writes an event's
    audit record from its row as ``to_json`` writes it (keys sorted, no spaces, text unescaped
    but for what JSON requires), in UTF-8 as the records are kept (bytes), then the table's other
    columns as one JSON array read as text. So all of the row is still checked to be UTF-8: the
    record's columns by equalling the recorded text (which is), or else by the row being read
    again as stored. None on other databases.

    The record's text is NULL — the event then compared as stored — for a row with an order
    amount or a gift, or a decimal number in any column it is made of (SQLite writes decimals
    with fewer digits than Python, so two could read alike), and a truth flag other than 0 or 1
    is written as null: the text is made only where it reads back as the very values of the
    row, so that equal text means equal values."""
    if not _renders_json(database):
        return None
    table = _event_table()
    try:
        declared = {r[1]: r[2] for r in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
    except (sqlite3.Error, pw.DatabaseError):
        return None
    keyed = dict(zip(full, columns))
    written = sorted(k for k in full if k not in _EVENT_AMOUNT)
    parts, numeric = [], []
    for key in written:
        column = f'"{keyed[key]}"'
        if key in _EVENT_BOOLEAN:
            # json() of a constant is worked out once for the whole statement
            parts.append(f"'{key}', CASE WHEN {column} IS 0 THEN json('false') "
                         f"WHEN {column} IS 1 THEN json('true') END")
            continue
        parts.append(f"'{key}', {column}")
        if not _text_affinity(declared.get(keyed[key], "")):  # a text column stores a number as its text
            numeric.append(f"ifnull({column}, 0)")
    # The sum of the other columns is a whole number unless one of them holds a decimal (text
    # that reads as a decimal, or a sum too large, only sends the row to be compared as stored).
    whole = f"typeof({' + '.join(numeric)}) = 'integer'" if numeric else "1"
    amounts = " AND ".join(f'"{keyed[k]}" IS NULL' for k in _EVENT_AMOUNT)
    others = [f'"{c}"' for c in columns if c not in {keyed[k] for k in written}]
    return (f"CASE WHEN {amounts} AND {whole} THEN CAST(json_object({', '.join(parts)}) AS BLOB) END, "
            f"json_array({', '.join(others)})")


def _renders_json(database) -> bool:
    """Whether the database is SQLite with its JSON functions (built in since 3.38)."""
    real = database.obj if isinstance(database, pw.DatabaseProxy) else database
    if not isinstance(real, pw.SqliteDatabase):
        return False
    try:
        made = database.execute_sql("SELECT json_object('a', 1), json_array('a', NULL)").fetchone()
    except (sqlite3.Error, pw.DatabaseError):
        return False
    return made == ('{"a":1}', '["a",null]')


def _text_affinity(declared: str) -> bool:
    """Whether a column of this declared type has SQLite's TEXT affinity (which stores a number
    written into it as text), by SQLite's rules for column affinity."""
    t = declared.upper()
    return "INT" not in t and any(w in t for w in ("CHAR", "CLOB", "TEXT"))


_EVENT_AMOUNT = ("order_amount", "gift_tier")


def _event_select() -> tuple[list[str], list[str]]:
    """The audited keys in the order ``check_events`` reads them (those of the order amount last),
    and the columns it selects: theirs, then every other column of the table but the id."""
    full = [k for k in EVENT_COLUMNS if k not in _EVENT_AMOUNT] + list(_EVENT_AMOUNT)
    columns = [EVENT_COLUMNS[k] for k in full]
    columns += [f.column_name for f in ScoreEvent._meta.sorted_fields
                if f.column_name not in columns and f.column_name != "id"]
    return full, columns
_EVENT_CHUNK = 2000  # events (and their records) decoded at a time


def _json_scanner():
    decoder = json.JSONDecoder()
    return decoder.scan_once


_scan_json = _json_scanner()


def _iso(value):
    return value if value is None or isinstance(value, str) or not hasattr(value, "isoformat") else value.isoformat()


def _loads_many(texts: list) -> list:
    """``_loads`` of each text (str, or UTF-8 bytes), through the decoder's scanner directly (what
    ``json.loads`` calls after its checks); a text the scanner does not read whole goes through
    ``_loads``."""
    scan, out = _scan_json, []
    append = out.append
    for t in texts:
        try:
            if type(t) is bytes:
                t = t.decode("utf-8")
            value, end = scan(t, 0)
        except (StopIteration, ValueError, TypeError):
            append(_loads(t))
            continue
        append(value if end == len(t) else _loads(t))
    return out


def _event_differences(event_id, columns: dict, rec: dict, legacy: list) -> str | None:
    """The finding for one score event whose row and record are not plainly equal: which columns
    differ from the record (``columns``: key → value), or None when none does."""
    from .events import DETAIL_COLUMNS

    cur = {k: columns[k] for k in EVENT_COLUMNS}
    for k in _EVENT_BOOLEAN:
        cur[k] = bool(cur[k])
    cur["date"] = _iso(cur["date"])  # a day (PostgreSQL) as its text; anything else as stored
    diff = []
    for k, v in cur.items():
        if k in rec:
            if rec[k] != v:
                diff.append(k)
        elif k in _EVENT_AMOUNT:
            if v is not None:
                diff.append(k)
    if any(k not in rec for k in DETAIL_COLUMNS):
        legacy[0] += 1
        if cur["month"] != str(cur["date"])[:7]:
            diff.append("month")
        if cur["points"] != cur["unit_points"] * cur["quantity"]:
            diff.append("points")
        if cur["kind"] not in ("bonus", "deduction") or (cur["kind"] == "bonus") != (cur["unit_points"] > 0):
            diff.append("kind")
    if not diff:
        return None
    parts = []
    for k in dict.fromkeys(diff):
        if k in rec:
            parts.append(f"{EVENT_LABELS.get(k, k)}（审计记录：{_show(rec[k])}，现在：{_show(cur.get(k))}）")
        elif k == "month":
            parts.append(f"月份（按日期 {cur['date']} 应为 {str(cur['date'])[:7]}，现在：{cur['month']}）")
        else:
            parts.append(f"{EVENT_LABELS.get(k, k)}（与其他列不一致，现在：{_show(cur.get(k))}）")
    return f"评分记录 #{event_id} 与审计记录不符：{'；'.join(parts)}。这条记录被绕过程序改动过。"


def _show(value) -> str:
    if value is None:
        return "空"
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


# --- settings ----------------------------------------------------------------------------

def check_settings(audited: dict) -> list[str]:
    """Each setting equals its last value in the settings history of the audit trail (the
    default when it was never changed through the program)."""
    from ..base.errors import ValidationError
    from ..office import settings as settings_mod

    found = []
    stored = {row.key: row.value for row in Setting.select()}
    for d in settings_mod.SETTINGS:
        try:
            expected = settings_mod.coerce(d.key, audited[d.key]) if d.key in audited else d.default
        except ValidationError:
            expected = audited.get(d.key)
        if d.key in stored:
            try:
                current = settings_mod.coerce(d.key, json.loads(stored[d.key]))
            except (ValueError, ValidationError):
                found.append(f"设置“{d.key}”的值已损坏（{stored[d.key][:40]}），程序按默认值 {d.default} 读取。"
                             "请在设置中重新填写。")
                continue
        else:
            current = d.default
        if current != expected:
            found.append(f"设置“{d.key}”现在是 {_show(current)}，而设置的审计记录是 {_show(expected)}："
                         "这项设置被绕过程序改动过。")
    return found


# --- rows as the models read them ----------------------------------------------------------

_AS_STORED = {pw.IntegerField: int, pw.AutoField: int, pw.BigIntegerField: int, pw.FloatField: float,
              pw.DoubleField: float, pw.CharField: str, pw.TextField: str}


def _tuples(query, fields: list) -> list[tuple]:
    """``list(query.tuples())`` for a select of ``fields``, read faster: a column whose values are
    all already what the field's ``python_value`` makes of them (whole numbers of an integer
    field, text of a text field, None) is taken as SQLite gives it; any other column (truth
    flags, a value of another kind) goes value by value through ``python_value``, as peewee's
    own reading does."""
    sql, params = query.sql()
    rows = query.model._meta.database.execute_sql(sql, params).fetchall()
    if not rows:
        return []
    columns = []
    for f, column in zip(fields, zip(*rows)):
        kind = _AS_STORED.get(type(f.rel_field if isinstance(f, pw.ForeignKeyField) else f))
        if kind is not None and set(map(type, column)) <= {kind, type(None)}:
            columns.append(column)
        else:
            columns.append(list(map(f.python_value, column)))
    return list(zip(*columns))


# --- monthly figures ---------------------------------------------------------------------

def check_figures(audited: dict) -> list[str]:
    """Every row of monthly figures equals what its last audit entry recorded (sales included)."""
    from .figures import FIELDS

    names = list(FIELDS)
    found, seen = [], set()
    cols = [MonthlyFigures.id, MonthlyFigures.staff, MonthlyFigures.month] + [getattr(MonthlyFigures, k) for k in names]
    for row_id, staff_id, month, *values in _tuples(MonthlyFigures.select(*cols).order_by(MonthlyFigures.id), cols):
        key = str(row_id)
        seen.add(key)
        entry = audited.get(key)
        if entry is None:
            found.append(f"月度数据 #{row_id}（{month}）没有对应的审计记录：它是绕过程序写入数据库的。")
            continue
        a_staff, a_month, after = entry
        rec = _loads(after) or {}
        diff = [k for k, v in zip(names, values) if k in rec and rec[k] != v]
        if a_staff is not None and a_staff != staff_id:
            diff.append("人员")
        if a_month and a_month != month:
            diff.append("月份")
        if diff:
            labels = [FIELDS[k][0] if k in FIELDS else k for k in diff]
            found.append(f"月度数据 #{row_id}（{month}）与审计记录不符：{'、'.join(labels)}被绕过程序改动过。")
    for key in audited:
        if key not in seen:
            found.append(f"月度数据 #{key} 有审计记录，却已不在数据库中：它被绕过程序删除了。")
    return _capped(found, "月度数据")


# --- staff (their role decides who is ranked, their dates who is scored) ------------------

def check_staff(audited: dict) -> list[str]:
    """Every person equals their last audit entry (number, name, role, team, dates, active)."""
    from ..office.staff import staff_record
    from ..store.chain import to_json
    from ..store.models import Staff

    found, seen = [], set()
    for s in Staff.select().order_by(Staff.id):
        key = str(s.id)
        seen.add(key)
        action, after = audited.get(key, (None, None))
        if after is None:
            found.append(f"人员 #{s.id}（{s.employee_no}）没有对应的审计记录：它是绕过程序写入数据库的。")
            continue
        rec = _loads(after) or {}
        cur = json.loads(to_json(staff_record(s)))
        diff = [k for k, v in cur.items() if k in rec and rec[k] != v]
        if diff:
            found.append(f"人员 #{s.id}（{s.employee_no}）与审计记录不符：{'、'.join(diff)} 被绕过程序改动过。")
    for key, (action, _) in audited.items():
        if key not in seen and action != "delete_staff":
            found.append(f"人员 #{key} 有审计记录，却已不在数据库中：它被绕过程序删除了。")
    return _capped(found, "人员")


# --- periods and snapshots ---------------------------------------------------------------

STATUS_AFTER = {"publish_month": "published", "revise_month": "published", "close_month": "closed",
                "reopen_month": "open"}


def check_periods(audited: _Audited, notes: list[str]) -> list[str]:
    """Each month's status and revision equal its last publish / revise / close / reopen entry;
    every published revision's snapshot matches the fingerprint (and, when recorded, the digest
    of all its columns) of the entry that made it; the period's fingerprint is the latest one's."""
    found: list[str] = []
    periods = {str(p.id): p for p in Period.select()}
    for pid, p in periods.items():
        label = Month.parse(p.month).label_zh
        last = audited.periods.get(pid)
        status, revision = ("open", 0) if last is None else (STATUS_AFTER.get(last[0], p.status),
                                                               last[2].get("revision", p.revision))
        if p.status != status:
            from ..base.vocab import PERIOD_STATUS, zh

            found.append(f"{label}的状态是“{zh(PERIOD_STATUS, p.status)}”，而最后一条公示/结束/重新开放的审计记录"
                         f"是“{zh(PERIOD_STATUS, status)}”：月份状态被绕过程序改动过。")
        if p.revision != revision:
            found.append(f"{label}现在是{revision_label(p.revision)}，审计记录是{revision_label(revision)}："
                         "公示版本被绕过程序改动过。")
        made = audited.revisions.get((p.month, p.revision))
        if p.revision and made and made.get("fingerprint") and p.fingerprint != made["fingerprint"]:
            found.append(f"{label}的公示指纹现在是 {p.fingerprint}，公示时审计记录的是 {made['fingerprint']}："
                         "指纹被绕过程序改动过。")
    for pid in audited.periods:
        if pid not in periods:
            found.append(f"月份记录 #{pid} 有公示审计记录，却已不在数据库中：它被绕过程序删除了。")
    found += _check_snapshots(audited, periods, notes)
    return found


def _check_snapshots(audited: _Audited, periods: dict, notes: list[str]) -> list[str]:
    found, partial, unrecorded = [], 0, 0
    # Tuples of the snapshot's columns as the model reads them (its truth flags as such), which
    # ``result_to_standing`` reads like a stored row and ``digest_rows`` takes as they are.
    fields = [MonthlyResult.month, MonthlyResult.revision] + [getattr(MonthlyResult, c) for c in SNAPSHOT_COLUMNS]
    query = MonthlyResult.select(*fields).order_by(MonthlyResult.month, MonthlyResult.revision, MonthlyResult.staff)
    by_rev: dict[tuple[str, int], list] = {}
    for month, revision, *values in _tuples(query, fields):
        by_rev.setdefault((month, revision), []).append(SnapshotRow(*values))
    latest = {p.month: p for p in periods.values()}
    for (month, revision), rows in by_rev.items():
        label = f"{Month.parse(month).label_zh}{revision_label(revision)}"
        digest = fingerprint([result_to_standing(r) for r in rows], Month.parse(month), revision)
        made = audited.revisions.get((month, revision))
        recorded = (made or {}).get("fingerprint")
        if recorded is None:
            p = latest.get(month)
            recorded = p.fingerprint if p is not None and p.revision == revision else None
            unrecorded += 1
        if recorded and digest != recorded:
            found.append(f"{label}公示结果与公示时的指纹不符（记录 {recorded}，现在 {digest}）：成绩快照被改动过。")
            continue
        full = (made or {}).get("snapshot_digest")
        if full is None:
            partial += 1
            continue
        if digest_rows(month, revision, rows) != full:
            found.append(f"{label}的成绩快照与公示时记录的摘要不符：快照中未印在指纹里的列（如销售额、姓名、"
                         "分领域得分）被改动过。")
    for (month, revision), made in audited.revisions.items():
        if (month, revision) not in by_rev and made.get("people"):
            found.append(f"{Month.parse(month).label_zh}{revision_label(revision)}的成绩快照已不在数据库中："
                         "它被绕过程序删除了。")
    if unrecorded:
        notes.append(f"{unrecorded} 个公示版本的审计记录没有记下指纹（旧版本公示），只与月份记录里的指纹核对。")
    if partial:
        notes.append(f"{partial} 个公示版本公示于旧版本，审计记录只有指纹：快照中指纹不含的列（销售额、姓名、"
                     "分领域得分等）无法核对。")
    return found


def check_json_columns() -> list[str]:
    """Every JSON column holds JSON. The program reads a damaged value as empty so that a
    list still opens; this names it, so that it is restored rather than silently lost."""
    from ..store.models import AnnualReview, AnnualTemplate, JSONField

    found = []
    for model in (AnnualReview, AnnualTemplate):
        fields = [f for f in model._meta.sorted_fields if isinstance(f, JSONField)]
        # The raw text, not the field's reading (which turns damage into None).
        meta = model._meta
        sql = (f"SELECT {meta.primary_key.column_name}, {', '.join(f.column_name for f in fields)} "
               f"FROM {meta.table_name}")
        for row_id, *texts in meta.database.execute_sql(sql).fetchall():
            for field_, text in zip(fields, texts):
                if text is None:
                    continue
                try:
                    json.loads(text)
                except ValueError:
                    found.append(f"{model._meta.table_name} 第 {row_id} 行的 {field_.name} 已损坏（不是有效的 JSON），"
                                 "程序读作空值。请从备份恢复该记录。")
    return found


def check_events_against_audit() -> str | None:
    """The first score event that differs from its audit trail, or None (kept for callers that
    check events alone)."""
    walk = ChainWalk()
    found = check_events(_read_audit(walk).events, [])
    return found[0] if found else None
