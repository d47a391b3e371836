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
from ..store.db import refused_by_server, require_checked
from ..base.errors import DatabaseError, PermissionDenied
from ..store.models import PG_WRITER_LOCK, User, database_proxy


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
    except pw.ProgrammingError as exc:
        if refused_by_server(exc):
            raise PermissionDenied(
                f"数据库服务器拒绝了这个修改（{_first_line(exc)}）：这台电脑连接 PostgreSQL 所用的登录没有这个权限。"
                "请管理员按 README“Access and roles”为这个人的登录授予与其角色相符的权限。") from exc
        raise
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


def current_actor(actor: Actor) -> Actor:
    """``actor`` as the user table says now. A signed-in account is re-read: its role
    and display name as they are, ``PermissionDenied`` when it was disabled or no
    longer exists. Any other actor is returned as it is."""
    if not isinstance(actor, Actor) or not actor.signed_in:
        return actor
    u = User.get_or_none(User.username == actor.username)
    if u is None or not u.active:
        raise PermissionDenied(f"账户“{actor.label}”已被停用，不能再修改数据。请联系管理员。")
    if (u.role, u.display_name) == (actor.role, actor.display_name):
        return actor
    return Actor(u.username, u.role, u.display_name, signed_in=True)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextmanager
def change(actor: Actor, permission: str) -> Iterator[Tx]:
    """Check ``permission`` for ``actor`` and run the block in one audited transaction.

    A signed-in account's role and enabled flag are read inside the transaction, under
    the writer lock, so a demotion committed a moment before is already in force; the
    block's ``tx.actor`` is the account as it is now."""
    fresh = isinstance(actor, Actor) and actor.signed_in
    if not fresh:
        require(actor, permission)
    with transaction():
        if fresh:
            actor = current_actor(actor)
            require(actor, permission)
        yield Tx(actor)
