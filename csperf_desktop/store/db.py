"""Opening the database from a path or URL, checking it, migrating it.

``open_database`` is the only way the program gets a database: it accepts an
SQLite file path, ``sqlite:///path``, ``:memory:`` or ``postgresql://...``
and returns a ready peewee database bound to the models, with the schema at
the current version. Every problem becomes a ``DatabaseError`` whose message
says what is wrong and what to do.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import peewee as pw

from . import damage, migrations
from ..base.errors import DatabaseError
from .models import database_proxy

SQLITE_HEADER = b"SQLite format 3\x00"
# Write-ahead logging is set once on the file by ``use_wal`` (it stays with the file), not here
# on every connection: SQLite refuses that switch at once, without waiting, while another
# program writes to a file still in the old mode.
SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": 5000,
    # Scores feed pay: FULL keeps the last commits across a power cut in WAL mode.
    "synchronous": "full",
}


def resolve_location(explicit: str | None) -> str:
    """The database location to use: --db, else CSPERF_DB, else the default file."""
    if explicit:
        return explicit
    env = os.environ.get("CSPERF_DB")
    if env:
        return env
    from .paths import default_database_path

    return str(default_database_path())


def is_postgres(location: str) -> bool:
    return location.startswith(("postgres://", "postgresql://"))


def sqlite_path(location: str) -> str:
    if location.startswith("sqlite:///"):
        return location[len("sqlite:///"):]
    if location.startswith("sqlite://"):
        return location[len("sqlite://"):] or ":memory:"
    return location


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"“{path}” 是一个文件夹，不是数据库文件。请选择一个 .db 文件。")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件“{path}”：{exc.strerror}。请检查文件权限。") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"“{path}” 不是 csperf 数据库（不是 SQLite 文件）。"
            "请选择正确的数据库文件，或从备份恢复。"
        )


def open_database(location: str | None = None, *, migrate: bool = True, backup_before_migrate: bool = True,
                  read_only: bool = False, check_in_background: bool = False) -> pw.Database:
    """Open (creating if needed), check and migrate the database; bind the models to it.

    ``read_only`` (SQLite) opens an existing file without any right to write: every
    service then fails with a clear "read-only" message; the schema must be current.

    ``check_in_background`` (the window's start-up): the SQLite integrity check, which
    reads the whole file, runs in a thread of its own instead of before returning.
    Until it has passed, nothing is written: ``require_checked`` (called by every
    change and by the automatic backup) waits for it and raises ``DatabaseError``
    when it failed. A schema upgrade never runs on an unchecked file.
    """
    global _background_check, _known_damage
    location = resolve_location(location)
    check = None
    known = None
    if is_postgres(location):
        database = _open_postgres(location)
    else:
        path = sqlite_path(location)
        background = check_in_background and path != ":memory:" and _has_content(path)
        database = _open_sqlite(path, read_only=read_only, check=not background)
        mark = damage.recorded(str(Path(path).expanduser())) if path != ":memory:" else None
        if mark:
            known = _recheck_damage(database, str(Path(path).expanduser()), mark)
        if background:
            check = IntegrityCheck(str(Path(path).expanduser()), read_only)
            check.start()
    database_proxy.initialize(database)
    _background_check = check  # goes with the database the models are bound to
    _known_damage = known
    if known:
        return database  # read as it is: no upgrade, no write
    if read_only:
        found = migrations.current_version(database)
        if found != migrations.LATEST:
            database.close()
            raise DatabaseError("这个数据库需要先升级，不能以只读方式打开。请在没有其他程序使用它时再打开。")
        return database
    if migrate and _background_check is not None and migrations.current_version(database) != migrations.LATEST:
        try:
            require_checked()
        except DatabaseError:
            database.close()
            raise
    if migrate:
        try:
            migrations.migrate(database, backup_before_migrate=backup_before_migrate)
        except DatabaseError:
            database.close()
            raise
        except pw.DatabaseError as exc:
            database.close()
            if refused_by_server(exc):  # a PostgreSQL login without the owner's rights
                raise DatabaseError(
                    "数据库需要升级，但这个 PostgreSQL 登录没有修改表结构的权限。请用数据库所有者的登录运行一次 "
                    "python main.py verify --db postgresql://所有者@服务器/数据库 完成升级，"
                    "再运行 scripts/postgres-roles.sql 更新各登录的权限。") from exc
            raise DatabaseError(f"数据库无法使用：{exc}。请从备份恢复。") from exc
    return database


def _has_content(path: str) -> bool:
    p = Path(path).expanduser()
    return p.is_file() and p.stat().st_size > 0


class DatabaseDamaged(DatabaseError):
    """The file is damaged (not a disk that is full or cannot be written): recover it from a backup."""


def damaged_file_message(path, exc) -> str:
    said = " ".join(str(exc).split())
    return f"数据库文件“{path}”已损坏或无法打开（{said}）。请从最近的备份恢复；原文件不会被改动。"


def open_failure(path, exc) -> DatabaseError:
    """The error for an SQLite file that failed to open: the disk's fault (full, read-only) when
    the file reads intact, else damage, which is written down so that nothing writes to the file."""
    problem = damage.storage_problem(path, exc)
    if problem:
        return DatabaseError(problem)
    said = " ".join(str(exc).split())
    if "locked" in said.lower() or "busy" in said.lower():
        return DatabaseError(f"数据库“{path}”正被另一个程序使用（{said}）。请稍后再试，或先关闭正在使用它的程序。")
    if Path(path).is_file() and damage.reads_intact(path):
        return DatabaseError(f"无法打开数据库文件“{path}”（{said}）。文件本身完好，不需要从备份恢复："
                             "请检查文件权限和磁盘后重试。")
    message = damaged_file_message(path, exc)
    damage.record(path, message)
    return DatabaseDamaged(message)


_CAUSE_WORDS = ("full", "readonly", "read-only", "disk i/o", "unable to open", "malformed", "not a database",
                "decode")


def _root_cause(exc: BaseException) -> BaseException:
    """The error that started it: a transaction's "no such savepoint" or "no transaction is active", or
    the service's own message, comes after SQLite has already rolled back on the real cause."""
    seen, cause = set(), exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if not isinstance(cause, DatabaseError) and (
                isinstance(cause, (UnicodeDecodeError, OSError))
                or any(w in str(cause).lower() for w in _CAUSE_WORDS)):
            return cause
        cause = cause.__cause__ or cause.__context__
    return exc


def database_failure(exc: BaseException) -> DatabaseError:
    """What an SQLite or driver error met while using the open database is, for the user: a text that
    is not valid UTF-8 (damage, written down), a disk that is full or cannot be written, a damaged file,
    or, failing those, the driver's own words in one line."""
    exc = _root_cause(exc)
    db = database_proxy.obj
    path = db.database if isinstance(db, pw.SqliteDatabase) else None
    if path and damage.is_decode_error(exc):
        message = (f"数据库文件“{path}”中有无法读取的文字（不是有效的 UTF-8）：文件已损坏。请运行 verify 查看是哪些记录，"
                   "并从最近的备份恢复（restore）；恢复前任何命令都不会写入它。")
        damage.record(path, message)
        return DatabaseDamaged(message)
    if path:
        problem = damage.storage_problem(path, exc)
        if problem:
            return DatabaseError(problem)
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return open_failure(path, exc)
    if isinstance(exc, DatabaseError):
        return exc
    first = " ".join(str(exc).split()) or type(exc).__name__
    return DatabaseError(f"数据库错误：{first}")


def _check_failed(path, row) -> str:
    found = " ".join(str(row[0]).split()) if row else "无结果"  # SQLite's report spans lines
    return (f"数据库文件“{path}”完整性检查失败（{found}）。"
            "请从最近的备份恢复；原文件不会被改动。")


class IntegrityCheck(threading.Thread):
    """``PRAGMA quick_check`` of an SQLite file on a connection of its own, in a thread."""

    def __init__(self, path: str, read_only: bool = False):
        super().__init__(name="csperf-integrity-check", daemon=True)
        self.path, self.read_only = path, read_only
        self.problem: str | None = None
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            target = f"file:{Path(self.path).as_posix()}?mode=ro" if self.read_only else self.path
            con = sqlite3.connect(target, uri=self.read_only, timeout=30)
            try:
                row = con.execute("PRAGMA quick_check").fetchone()
            finally:
                con.close()
            if row is None or row[0] != "ok":
                self.problem = _check_failed(self.path, row)
                damage.record(self.path, self.problem)
        except sqlite3.Error as exc:
            self.problem = damage.storage_problem(self.path, exc) or damaged_file_message(self.path, exc)
        finally:
            self.finished.set()


_background_check: IntegrityCheck | None = None
_known_damage: str | None = None  # the open file is damaged: read, never written


def known_damage() -> str | None:
    """Why the open database is known to be damaged (then nothing writes to it), or None."""
    return _known_damage


def file_damage(database: pw.SqliteDatabase, full: bool = True, skip=()) -> str | None:
    """``verify``'s check of the SQLite file: its structure (integrity or quick check) and every text
    value being valid UTF-8 (but in the tables of ``skip``, which the caller reads whole as text).
    Damage found is written down (see ``damage``); None when the file is whole."""
    return _file_damage_on(database.connection(), database.database, full, skip)


def _file_damage_on(con: sqlite3.Connection, path: str, full: bool, skip) -> str | None:
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            message = ("数据库文件完整性检查失败：" + "；".join(" ".join(r.split()) for r in rows[:3])
                       + "。请从最近的备份恢复（restore）。")
        else:
            places = damage.undecodable(con, skip=skip)
            message = damage.undecodable_message(path, places) if places else None
    except sqlite3.Error as exc:
        message = damaged_file_message(path, exc)
    if message:
        damage.record(path, message)
    return message


class FileDamageCheck:
    """``file_damage`` on a connection of its own, in a thread beside the caller's own reading of
    the same file: ``verify`` reads and hashes the audit trail while SQLite checks the file (2 s
    of its 5.4 s at 480,000 events, in C, without Python's lock), so on two cores the wait is
    their longer, not their sum. ``result()`` waits for it. A database in memory (which a second
    connection would not see) is checked on its own connection when ``result()`` is called."""

    def __init__(self, database: pw.SqliteDatabase, full: bool = True, skip=()):
        self.database, self.full, self.skip = database, full, tuple(skip)
        self._found: str | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        path = database.database
        if path and path != ":memory:" and "mode=memory" not in path:
            self._thread = threading.Thread(target=self._run, name="csperf-file-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        path = self.database.database
        try:
            con = sqlite3.connect(path, uri=bool(self.database.connect_params.get("uri")), timeout=30)
        except sqlite3.Error as exc:
            self._found = damaged_file_message(path, exc)
            damage.record(path, self._found)
            return
        try:
            self._found = _file_damage_on(con, path, self.full, self.skip)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc
        finally:
            con.close()

    def result(self) -> str | None:
        """The damage found (written down), or None when the file is whole."""
        if self._thread is None:
            return file_damage(self.database, self.full, self.skip)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


def _recheck_damage(database: pw.SqliteDatabase, path: str, mark: str) -> str | None:
    """A file marked damaged is checked in full again: None (and the mark goes) when it now reads
    whole — restored or repaired —, else why it is still damaged."""
    con = database.connection()
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return _check_failed(path, rows)
        places = damage.undecodable(con)
        if places:
            return damage.undecodable_message(path, places)
    except sqlite3.Error as exc:
        return damaged_file_message(path, exc)
    damage.clear(path)
    return None


def integrity_checked() -> bool:
    """False while the background integrity check of the open database is still running."""
    return _background_check is None or _background_check.finished.is_set()


def integrity_problem() -> str | None:
    """What the background integrity check found; None while it runs or when it passed."""
    check = _background_check
    return check.problem if check is not None and check.finished.is_set() else None


def require_checked() -> None:
    """Refuse to write to a file known to be damaged (``DatabaseDamaged``); wait for the background
    integrity check, if one runs (``DatabaseError`` when it failed)."""
    if _known_damage:
        said = "" if "不会写入" in _known_damage else "修复或从备份恢复之前，任何命令都不会写入这个文件。"
        raise DatabaseDamaged(_known_damage + said)
    check = _background_check
    if check is None:
        return
    check.finished.wait()
    if check.problem:
        raise DatabaseError(check.problem)


def _open_sqlite(path: str, read_only: bool = False, check: bool = True) -> pw.SqliteDatabase:
    if path != ":memory:":
        p = Path(path).expanduser()
        _check_sqlite_file(p)
        if not p.parent.exists():
            raise DatabaseError(f"文件夹“{p.parent}”不存在。请先创建它，或选择另一个位置。")
        if read_only and not p.exists():
            raise DatabaseError(f"数据库文件“{p}”不存在。")
        if not read_only:
            _create_private(p)
        path = str(p)
    if read_only:
        database = pw.SqliteDatabase(f"file:{Path(path).as_posix()}?mode=ro", uri=True, check_same_thread=False,
                                     pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    else:
        database = pw.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    try:
        database.connect(reuse_if_open=True)
        if not read_only:
            use_wal(database)
        # Without the full check, at least the schema must be readable.
        row = database.execute_sql("PRAGMA quick_check" if check else "SELECT count(*) FROM sqlite_master").fetchone()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        raise open_failure(path, exc) from exc
    if check and (row is None or row[0] != "ok"):
        database.close()
        message = _check_failed(path, row)
        damage.record(path, message)
        raise DatabaseDamaged(message)
    return database


WAL_WAIT = 30.0  # seconds another program may hold a file still in the old journal mode


def use_wal(database: pw.SqliteDatabase) -> None:
    """Switch the file to write-ahead logging (readers never wait for the writer). It is kept in
    the file, so this is a no-op after the first time; but a file in the old mode (an office
    of an early release, a restored backup) being upgraded by another program at this moment
    makes SQLite refuse the switch at once, without its busy wait: retried for ``WAL_WAIT``
    seconds, as long as another program's upgrade may take."""
    deadline = time.monotonic() + WAL_WAIT
    while True:
        try:
            database.execute_sql("PRAGMA journal_mode=wal")
            return
        except pw.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def refused_by_server(exc: Exception) -> bool:
    """PostgreSQL's "insufficient privilege" (SQLSTATE 42501: permission denied, must be
    owner): the login's grants refused the statement."""
    candidates = [a for a in exc.args if isinstance(a, Exception)] + [exc.__cause__, exc.__context__]
    return any(getattr(c, "pgcode", None) == "42501" for c in candidates) or "permission denied" in str(exc).lower()


def _create_private(path: Path) -> None:
    """A new database file is created readable by its owner only (its WAL files follow it)."""
    from .private_files import create_private_file

    try:
        create_private_file(path)
    except OSError as exc:
        raise DatabaseError(f"无法在“{path.parent}”创建数据库文件：{exc.strerror}。请检查文件夹的权限，"
                            "或选择另一个位置。") from exc


def load_postgres_driver() -> None:
    """Give peewee the psycopg2 driver, which the program keeps out of peewee's own import
    (see ``csperf_desktop/__init__.py``): the same names and constants peewee 4.5's import
    would have set, bound now, before the first PostgreSQL connection."""
    if pw.psycopg2 is not None:
        return
    try:
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid
    except ImportError as exc:
        raise DatabaseError("连接 PostgreSQL 需要 psycopg2 驱动：pip install psycopg2-binary") from exc
    register_uuid()
    pw.psycopg2, pw.pg_extensions, pw.pg_register_uuid, pw.Json_pg2 = psycopg2, extensions, register_uuid, Json
    adapter = pw.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN


def _open_postgres(url: str) -> pw.Database:
    from playhouse.db_url import connect

    load_postgres_driver()
    try:
        database = connect(url)
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        # The driver's message spans several lines (the host, "Is the server running...?"): one line.
        said = "；".join(line.strip() for line in str(exc).splitlines() if line.strip()) or type(exc).__name__
        raise DatabaseError(f"无法连接 PostgreSQL 数据库（{_without_password(url)}）：{said}。"
                            "请检查服务器是否运行、地址、用户名和密码。") from exc
    return database


def _without_password(url: str) -> str:
    """The URL as it may be shown: ``postgresql://user:***@host/db``."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def close_database() -> None:
    global _background_check, _known_damage
    _background_check = None
    _known_damage = None
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
