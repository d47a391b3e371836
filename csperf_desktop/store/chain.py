"""The audit trail's hash chain: how an entry is hashed and how a chain of entries is checked.

Pure functions over plain rows, so a backup file can be checked before it is restored without
opening it as the program's database.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass
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


def fmt_time(at: Any) -> str:
    if isinstance(at, _dt.datetime):
        return at.replace(microsecond=0).isoformat(sep=" ")
    return str(at)[:19]


def entry_hash(prev_hash: str, at: Any, actor: str, action: str, entity: str, entity_id: Any,
               staff_id: Any, month: Any, before: str | None, after: str | None, reason: str | None) -> str:
    canonical = CANONICAL.encode(
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
        h = entry_hash(e["prev_hash"], e["at"], e["actor"], e["action"], e["entity"], e["entity_id"],
                       e["staff_id"], e["month"], e["before"], e["after"], e["reason"])
        if h != e["hash"]:
            return ChainProblem(e["id"], f"审计记录 #{e['id']}（{e['action']}）的内容被改动（哈希不符）。")
        prev = e["hash"]
    return None
