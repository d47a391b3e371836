"""A database file known to be damaged, and faults of the disk told apart from damage.

Damage found once (the integrity check failed, or a value is not valid UTF-8 text,
which SQLite's own check does not see) is written down beside the file, in
``<file>.damaged``: from then on every command may still read it, but nothing writes
to it until it is recovered. The mark is checked again each time the file is opened:
once the file reads whole (restored from a backup, or repaired), the mark goes.

A full disk, or a folder or file that cannot be written, is not damage: SQLite then
fails with "disk I/O error" or "unable to open database file", and the file itself
reads intact. ``storage_problem`` says which it is, so that nobody restores a backup
over a good file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

MARK_SUFFIX = ".damaged"
LOW_SPACE = 1 << 20  # less than 1 MB free: SQLite cannot grow its write-ahead log
DECODE_WORDS = ("could not decode", "utf-8", "utf8")


def mark_path(db_path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + MARK_SUFFIX)


def record(db_path, message: str) -> None:
    """Write down that ``db_path`` is damaged (best effort: a read-only folder keeps no mark)."""
    if not db_path or db_path == ":memory:":
        return
    try:
        mark_path(db_path).write_text(message + "\n", encoding="utf-8")
    except OSError:
        pass


def recorded(db_path) -> str | None:
    """What was written down about ``db_path``'s damage, or None."""
    if not db_path or db_path == ":memory:":
        return None
    try:
        return mark_path(db_path).read_text(encoding="utf-8").strip() or "数据库文件已损坏。"
    except (OSError, UnicodeDecodeError):
        return None


def clear(db_path) -> None:
    try:
        mark_path(db_path).unlink(missing_ok=True)
    except OSError:
        pass


def is_decode_error(exc: BaseException) -> bool:
    if isinstance(exc, UnicodeDecodeError):
        return True
    text = str(exc).lower()
    return any(w in text for w in DECODE_WORDS) and "decode" in text


def undecodable(con: sqlite3.Connection, limit: int = 10, skip=()) -> list[str]:
    """Every value in every table that is stored as text but is not valid UTF-8 (first ``limit``):
    ``"表 score_event 第 12 行 note 列"``. Read as bytes, so that nothing here fails on them.
    ``skip``: tables the caller reads whole as text itself (a value that is not UTF-8 then fails
    that read, and the caller checks again without skipping)."""
    found: list[str] = []
    old = con.text_factory
    con.text_factory = bytes
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            name = table.decode("utf-8", "replace") if isinstance(table, bytes) else table
            if name in skip:
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                cur = con.execute(f"SELECT rowid, * FROM {quoted}")
            except sqlite3.OperationalError:  # a table without rowid
                cur = con.execute(f"SELECT NULL, * FROM {quoted}")
            columns = [d[0] for d in cur.description][1:]
            for n, row in enumerate(cur, start=1):
                for column, value in zip(columns, row[1:]):
                    if type(value) is bytes:
                        try:
                            value.decode("utf-8")
                        except UnicodeDecodeError:
                            found.append(f"表 {name} 第 {row[0] if row[0] is not None else n} 行 {column} 列")
                            if len(found) >= limit:
                                return found
    finally:
        con.text_factory = old
    return found


def undecodable_message(path, places: list[str]) -> str:
    more = "等" if len(places) > 1 else ""
    return (f"数据库文件“{path}”已损坏：{places[0]}{more}共 {len(places)}{'+' if len(places) >= 10 else ''} 处"
            "的文字不是有效的 UTF-8（文件中的字节被改动过）。请从最近的备份恢复（restore）；恢复前任何命令都不会写入它。")


def reads_intact(path) -> bool:
    """Whether the file at ``path`` passes SQLite's quick check, read without writing anything
    (``immutable``: no lock, no write-ahead log, nothing created beside it)."""
    try:
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = con.execute("PRAGMA quick_check").fetchone()
        return row is not None and row[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        con.close()


def free_space(folder) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n // 1024} KB"


def storage_problem(path, exc: BaseException) -> str | None:
    """When ``exc`` (raised opening or writing the SQLite file at ``path``) comes from the disk —
    full, or a folder or file that cannot be written — and the file itself reads intact, the
    message saying so and how to fix it; else None (then it may be damage)."""
    if not path or path == ":memory:":
        return None
    p = Path(path)
    text = str(exc).lower()
    err = getattr(exc, "errno", None)
    folder = p.parent
    free = free_space(folder)
    full = err == errno.ENOSPC or "full" in text or (free is not None and free < LOW_SPACE)
    folder_ro = not os.access(folder, os.W_OK)
    file_ro = p.exists() and not os.access(p, os.W_OK)
    readonly = err in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text
    io_fault = "disk i/o" in text or "unable to open" in text or isinstance(exc, OSError)
    if not (full or folder_ro or file_ro or readonly or io_fault):
        return None
    if p.exists() and not reads_intact(p):
        return None
    intact = "数据库文件本身完好，不需要从备份恢复"
    if full:
        left = f"只剩 {_size(free)}" if free is not None and free < 64 * LOW_SPACE else "已满"
        return (f"磁盘已满：数据库“{p}”所在的磁盘{left}，无法写入。{intact}：请释放磁盘空间"
                "（删除不需要的文件、清空回收站）后重试。")
    if folder_ro or (readonly and "unable to open" in text):
        return (f"文件夹“{folder}”是只读的或没有写入权限，无法在其中写入数据库的日志文件。{intact}：请给该文件夹"
                "写入权限，或把数据库复制到可写的位置后用 --db 打开。")
    if file_ro:
        return (f"数据库文件“{p}”是只读的，无法写入。{intact}：请去掉文件的只读属性（或给当前用户写入权限），"
                "或把它复制到可写的位置后用 --db 打开。")
    if readonly:
        return (f"数据库文件“{p}”或其所在的文件夹是只读的，无法写入。{intact}：请检查文件和文件夹的权限，"
                "或把数据库复制到可写的位置后用 --db 打开。")
    return (f"无法写入数据库“{p}”所在的磁盘（{exc}）。{intact}：请检查磁盘空间、文件夹权限和磁盘"
            "（U 盘、网络盘）是否仍然连接，然后重试。")
