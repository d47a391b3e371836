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

import threading
from contextlib import contextmanager
from typing import Any, Iterator

import peewee as pw

from . import audit
from .auth import Actor, require
from ..store.db import refused_by_server, require_checked
from ..base.errors import CsperfError, DatabaseError, PermissionDenied
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


class _Lost(threading.local):
    """The error that cost this thread's transaction (``top``, peewee's outermost) its work, when a
    nested block met it and the outer block went on (it had caught that error): the outer
    transaction may not commit."""
    error: BaseException | None = None
    top: object = None

    def of(self, db: pw.Database) -> BaseException | None:
        return self.error if self.error is not None and self.top is db.top_transaction() else None


_lost = _Lost()


@contextmanager
def transaction() -> Iterator[None]:
    """One transaction; inside another one (a service calling a service, an import), a savepoint:
    the block's failure undoes the block's writes only and the outer one goes on intact."""
    db = _database()
    require_checked()  # nothing is written to a file whose integrity check has not passed
    try:
        if db.transaction_depth() == 0:
            try:
                with db.atomic("IMMEDIATE") if isinstance(db, pw.SqliteDatabase) else db.atomic():
                    if isinstance(db, pw.PostgresqlDatabase):
                        # One writer at a time across PCs keeps the audit chain linear.
                        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITER_LOCK,))
                    yield
                    lost = _lost.of(db)
                    if lost is not None:  # a nested block lost the work and its error was caught
                        raise lost
            finally:
                _lost.error = _lost.top = None
        else:
            lost = _lost.of(db)
            if lost is not None:
                raise lost
            with _savepoint(db):
                if isinstance(db, pw.PostgresqlDatabase):
                    # The outer transaction may be a caller's own (demo build): the lock is held
                    # once it is taken, taking it again costs nothing.
                    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITER_LOCK,))
                yield
    except (pw.ProgrammingError, pw.OperationalError) as exc:
        said = _said(exc)
        if said is exc:
            raise
        if said.__traceback__ is not None:  # met before, under the rollback that failed: said as it was
            raise said from None
        raise said from exc


@contextmanager
def _savepoint(db: pw.Database) -> Iterator[None]:
    """A savepoint, released (not left on the database's stack) whether the block ends well or
    not. When it cannot be rolled back to, the database had already rolled back the whole
    transaction (SQLite does on a full disk, some I/O errors, a trigger's ROLLBACK; a dropped
    connection does on any): the block's own error is what the user is told — not the missing
    savepoint's —, and the outer transaction is marked lost so that it cannot commit what it
    writes after (on SQLite those writes go to a new transaction, never straight to the file)."""
    sp = db.savepoint()
    sp.__enter__()
    try:
        yield
    except BaseException as exc:
        try:
            sp.rollback(begin=False)
            sp.commit(begin=False)  # ROLLBACK TO keeps the savepoint; RELEASE drops it
        except Exception:  # noqa: BLE001 - the transaction is gone; the block's error is the one to say
            _lose(db, exc)
            raise exc from None
        raise
    else:
        try:
            sp.commit(begin=False)
        except Exception as exc:  # noqa: BLE001
            _lose(db, exc)
            raise


def _lose(db: pw.Database, exc: BaseException) -> None:
    _lost.error = _said(exc) if isinstance(exc, (pw.ProgrammingError, pw.OperationalError)) else exc
    _lost.top = db.top_transaction()
    if isinstance(db, pw.SqliteDatabase) and not db.connection().in_transaction:
        try:
            db.execute_sql("BEGIN IMMEDIATE")  # what the outer block writes next is rolled back with it
        except pw.DatabaseError:
            pass


def _said(exc: Exception) -> Exception:
    """A database error met inside a transaction as the user is told it: a refusal of the
    server, a locked, read-only or full database, else the driver's words. Anything else as it is."""
    if isinstance(exc, pw.ProgrammingError):
        if refused_by_server(exc):
            return PermissionDenied(
                f"数据库服务器拒绝了这个修改（{_first_line(exc)}）：这台电脑连接 PostgreSQL 所用的登录没有这个权限。"
                "请管理员按 README“Access and roles”为这个人的登录授予与其角色相符的权限。")
        return exc
    if not isinstance(exc, pw.OperationalError):
        return exc
    # SQLite rolls back by itself on SQLITE_FULL and some I/O errors; peewee's own rollback
    # then fails and hides the cause, which is in the exception's context.
    cause: BaseException = exc
    while ("no transaction is active" in str(cause) or "no such savepoint" in str(cause)) \
            and isinstance(cause.__context__, Exception):
        cause = cause.__context__
    if isinstance(cause, CsperfError):
        return cause  # the service's own message, said already
    text = str(cause).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError("数据库正被另一个程序使用，请稍后再试。")
    if "readonly" in text or "read-only" in text:
        return DatabaseError("数据库文件是只读的，无法保存。请检查文件权限，或另存到可写的位置。")
    if "disk" in text and "full" in text:
        return DatabaseError("磁盘已满，未能保存。请释放磁盘空间后重试；之前的数据没有丢失。")
    return DatabaseError(f"数据库错误：{cause}")


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
