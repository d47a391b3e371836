"""Backups of the SQLite database through SQLite's online backup API.

A live database file is never copied by hand: the backup API gives a
consistent copy even while another connection writes.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

import peewee as pw

from .errors import DatabaseError


def backup_sqlite(database: pw.Database, dest: str | os.PathLike) -> Path:
    """Write a consistent copy of ``database`` to ``dest`` (via a temporary file, then rename)."""
    if not isinstance(database, pw.SqliteDatabase):
        raise DatabaseError("此数据库不是 SQLite 文件，无法用文件方式备份。")
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            tmp.unlink()
        target = sqlite3.connect(str(tmp))
        try:
            database.connection().backup(target)
            # A single self-contained file: fold the WAL back in.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"无法写入备份文件“{dest}”：{exc.strerror}。请检查磁盘空间和权限。") from exc
    return dest


def timestamped_name(prefix: str = "csperf", when: _dt.datetime | None = None) -> str:
    when = when or _dt.datetime.now()
    return f"{prefix}-{when:%Y%m%d-%H%M%S}.db"
