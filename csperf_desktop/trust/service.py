"""The one path every change takes: role check, transaction, audit.

A service function is written as::

    def void_event(actor, event_id, reason):
        with change(actor, "void_event") as tx:
            ...validate, check the period lock, write...
            tx.audit("void_event", "score_event", ev.id, before=..., after=...)

``change`` checks the role before anything is read for writing, opens one
transaction (``BEGIN IMMEDIATE`` on SQLite, so two writers never interleave
their audit chain), and commits only when the block ends without an error:
a failed validation leaves nothing behind.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import peewee as pw

from . import audit
from .auth import Actor, require
from ..store.db import require_checked
from ..base.errors import DatabaseError
from ..store.models import PG_WRITER_LOCK, database_proxy


class Tx:
    def __init__(self, actor: Actor):
        self.actor = actor
        self.entries = 0

    def audit(self, action: str, entity: str, entity_id: Any = None, **kw) -> None:
        audit.record(self.actor, action, entity, entity_id, **kw)
        self.entries += 1


def _database() -> pw.Database:
    db = database_proxy.obj
    if db is None:
        raise DatabaseError("没有打开数据库。")
    return db


@contextmanager
def transaction() -> Iterator[None]:
    db = _database()
    require_checked()  # nothing is written to a file whose integrity check has not passed
    if isinstance(db, pw.SqliteDatabase) and db.transaction_depth() == 0:
        ctx = db.atomic("IMMEDIATE")
    else:
        ctx = db.atomic()
    try:
        with ctx:
            if isinstance(db, pw.PostgresqlDatabase) and db.transaction_depth() == 1:
                # One writer at a time across PCs keeps the audit chain linear.
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITER_LOCK,))
            yield
    except pw.OperationalError as exc:
        # SQLite rolls back by itself on SQLITE_FULL and some I/O errors; peewee's own
        # rollback then fails and hides the cause, which is in the exception's context.
        cause = exc
        while "no transaction is active" in str(cause) and isinstance(cause.__context__, Exception):
            cause = cause.__context__
        text = str(cause).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseError("数据库正被另一个程序使用，请稍后再试。") from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseError("数据库文件是只读的，无法保存。请检查文件权限，或另存到可写的位置。") from exc
        if "disk" in text and "full" in text:
            raise DatabaseError("磁盘已满，未能保存。请释放磁盘空间后重试；之前的数据没有丢失。") from exc
        raise DatabaseError(f"数据库错误：{cause}") from exc


@contextmanager
def change(actor: Actor, permission: str) -> Iterator[Tx]:
    """Check ``permission`` for ``actor`` and run the block in one audited transaction."""
    require(actor, permission)
    tx = Tx(actor)
    with transaction():
        yield tx
