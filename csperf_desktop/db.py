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
from pathlib import Path

import peewee as pw

from . import migrations
from .errors import DatabaseError
from .models import database_proxy

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
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
                  read_only: bool = False) -> pw.Database:
    """Open (creating if needed), check and migrate the database; bind the models to it.

    ``read_only`` (SQLite) opens an existing file without any right to write: every
    service then fails with a clear "read-only" message; the schema must be current.
    """
    location = resolve_location(location)
    if is_postgres(location):
        database = _open_postgres(location)
    else:
        database = _open_sqlite(sqlite_path(location), read_only=read_only)
    database_proxy.initialize(database)
    load_features()
    if read_only:
        found = migrations.current_version(database)
        if found != migrations.LATEST:
            database.close()
            raise DatabaseError("这个数据库需要先升级，不能以只读方式打开。请在没有其他程序使用它时再打开。")
        return database
    if migrate:
        try:
            migrations.migrate(database, backup_before_migrate=backup_before_migrate)
        except DatabaseError:
            database.close()
            raise
        except pw.DatabaseError as exc:
            database.close()
            raise DatabaseError(f"数据库无法使用：{exc}。请从备份恢复。") from exc
    return database


# Modules that register proposal providers (proposals.PROVIDERS) and close
# guards (periods.CLOSE_GUARDS) when imported.
FEATURE_MODULES = ("csperf_desktop.exams", "csperf_desktop.spotchecks", "csperf_desktop.appeals")


def load_features() -> None:
    import importlib

    for name in FEATURE_MODULES:
        importlib.import_module(name)


def _open_sqlite(path: str, read_only: bool = False) -> pw.SqliteDatabase:
    if path != ":memory:":
        p = Path(path).expanduser()
        _check_sqlite_file(p)
        if not p.parent.exists():
            raise DatabaseError(f"文件夹“{p.parent}”不存在。请先创建它，或选择另一个位置。")
        if read_only and not p.exists():
            raise DatabaseError(f"数据库文件“{p}”不存在。")
        path = str(p)
    if read_only:
        database = pw.SqliteDatabase(f"file:{Path(path).as_posix()}?mode=ro", uri=True, check_same_thread=False,
                                     pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    else:
        database = pw.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    try:
        database.connect(reuse_if_open=True)
        row = database.execute_sql("PRAGMA quick_check").fetchone()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        raise DatabaseError(
            f"数据库文件“{path}”已损坏或无法打开（{exc}）。请从最近的备份恢复；原文件不会被改动。"
        ) from exc
    if row is None or row[0] != "ok":
        database.close()
        raise DatabaseError(
            f"数据库文件“{path}”完整性检查失败（{row[0] if row else '无结果'}）。"
            "请从最近的备份恢复；原文件不会被改动。"
        )
    return database


def _open_postgres(url: str) -> pw.Database:
    from playhouse.db_url import connect

    try:
        database = connect(url)
        database.connect(reuse_if_open=True)
    except ImportError as exc:
        raise DatabaseError("连接 PostgreSQL 需要 psycopg2 驱动：pip install psycopg2-binary") from exc
    except pw.OperationalError as exc:
        raise DatabaseError(f"无法连接 PostgreSQL 数据库：{exc}。请检查地址、用户名和密码。") from exc
    return database


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
