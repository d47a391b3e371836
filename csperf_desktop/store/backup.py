"""Backups of the SQLite database through SQLite's online backup API.

A live database file is never copied by hand: the backup API gives a
consistent copy even while another connection writes.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import peewee as pw

from ..base.errors import DatabaseError


def backup_sqlite(database: pw.Database, dest: str | os.PathLike) -> Path:
    """Write a consistent copy of ``database`` to ``dest`` (via a temporary file, then rename).

    On failure nothing is left behind (no partial file, no journal) and ``DatabaseError`` says what
    stopped it — a full disk, a folder that cannot be written — naming the backup's place."""
    if not isinstance(database, pw.SqliteDatabase):
        raise DatabaseError("此数据库不是 SQLite 文件，无法用文件方式备份。")
    dest = Path(dest)
    if dest.is_dir():
        raise DatabaseError(f"“{dest}”是一个文件夹。请在 --out 中写出备份文件的名字，例如 {dest / timestamped_name()}。")
    tmp = None
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # A temporary name of its own: two programs backing up to the same name at once
        # (two PCs upgrading together) must not write into each other's file.
        fd, name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".partial", dir=dest.parent)
        os.close(fd)
        tmp = Path(name)
        target = sqlite3.connect(str(tmp))
        try:
            database.connection().backup(target)
            # A single self-contained file: fold the WAL back in.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(tmp)
        raise DatabaseError(backup_failure_message(dest, exc)) from exc
    return dest


def _remove_partial(tmp: Path | None) -> None:
    """The temporary copy and whatever SQLite kept beside it."""
    if tmp is None:
        return
    for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def backup_failure_message(dest: Path, exc: BaseException) -> str:
    """Why a backup to ``dest`` failed, and what to do: a full disk, no right to write, or the error."""
    import errno
    import shutil

    text = str(exc).lower()
    err = getattr(exc, "errno", None)
    folder = dest.parent
    try:
        free = shutil.disk_usage(folder).free if folder.exists() else None
    except OSError:
        free = None
    if err == errno.ENOSPC or "full" in text:
        left = f"（只剩 {free // 1024} KB）" if free is not None else ""
        return (f"无法写入备份文件“{dest}”：备份所在的磁盘已满{left}。没有留下不完整的备份文件；"
                "请释放磁盘空间，或把备份写到另一个磁盘（U 盘、另一个文件夹）。")
    if err in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
        return (f"无法写入备份文件“{dest}”：文件夹“{folder}”是只读的或没有写入权限。"
                "请给该文件夹写入权限，或把备份写到另一个文件夹。")
    said = getattr(exc, "strerror", None) or " ".join(str(exc).split()) or type(exc).__name__
    return f"无法写入备份文件“{dest}”：{said}。请检查磁盘空间和权限，或换一个位置。"


def timestamped_name(prefix: str = "csperf", when: _dt.datetime | None = None) -> str:
    when = when or _dt.datetime.now()
    return f"{prefix}-{when:%Y%m%d-%H%M%S}.db"


# --- automatic backups and rotation -------------------------------------------------

AUTO_PREFIX = "csperf-auto-"


def backup_folder(chosen: str = "") -> Path:
    """The folder for automatic backups: ``chosen`` (the setting), else <data folder>/backups."""
    from .paths import backup_dir

    if chosen:
        path = Path(chosen).expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return path
    return backup_dir()


def _auto_backups(folder: Path) -> list[tuple[_dt.datetime, Path]]:
    out = []
    for p in folder.glob(AUTO_PREFIX + "*.db"):
        stamp = p.stem[len(AUTO_PREFIX):].split("-", 1)[-1][:15]  # kind-YYYYmmdd-HHMMSS...
        try:
            out.append((_dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S"), p))
        except ValueError:
            continue
    return sorted(out, reverse=True)


def can_back_up(database: pw.Database) -> bool:
    """Automatic backups are taken of SQLite files only (not PostgreSQL, not in-memory databases)."""
    return isinstance(database, pw.SqliteDatabase) and database.database != ":memory:"


def automatic_backup(database: pw.Database, kind: str = "daily", *, folder, keep_daily: int, keep_monthly: int,
                     when: _dt.datetime | None = None) -> Path | None:
    """Take an automatic backup into ``folder`` (a Path, or a callable giving it) and rotate,
    keeping ``keep_daily`` days and ``keep_monthly`` months. ``daily`` is skipped when today's exists.

    Returns the new file, or None when skipped (not SQLite, in memory, or done today).
    """
    global _automatic_failure
    _automatic_failure = None
    if not can_back_up(database):
        return None
    from .db import require_checked

    require_checked()  # a damaged file must not push the good backups out of the rotation

    when = when or _dt.datetime.now()
    try:
        return _take_automatic(database, kind, folder, keep_daily, keep_monthly, when)
    except OSError as exc:  # the folder could not be made
        _automatic_failure = backup_failure_message(Path(getattr(exc, "filename", None) or ".") / "x", exc)
        raise DatabaseError(_automatic_failure) from exc
    except DatabaseError as exc:
        _automatic_failure = exc.message
        raise


_automatic_failure: str | None = None


def take_automatic_backup_failure() -> str | None:
    """Why the last automatic backup in this program failed, or None (taken, or skipped); forgotten
    once taken."""
    global _automatic_failure
    failure, _automatic_failure = _automatic_failure, None
    return failure


def _take_automatic(database, kind, folder, keep_daily, keep_monthly, when) -> Path | None:
    folder = folder() if callable(folder) else folder
    if kind == "daily" and any(t.date() == when.date() for t, _ in _auto_backups(folder)):
        return None
    dest = folder / f"{AUTO_PREFIX}{kind}-{when:%Y%m%d-%H%M%S}.db"
    n = 1
    while dest.exists():
        dest = folder / f"{AUTO_PREFIX}{kind}-{when:%Y%m%d-%H%M%S}-{n}.db"
        n += 1
    backup_sqlite(database, dest)
    rotate(folder, keep_daily, keep_monthly)
    return dest


def rotate(folder: Path, keep_daily: int = 30, keep_monthly: int = 12) -> list[Path]:
    """Keep the newest automatic backup of each of the last ``keep_daily`` days that have one
    and of each of the last ``keep_monthly`` months; delete the other automatic ones.
    Backups made by hand (other names) are never touched. Returns the deleted files."""
    backups = _auto_backups(folder)
    keep: set[Path] = set()
    days, months = [], []
    for t, p in backups:  # newest first
        if t.date() not in days:
            days.append(t.date())
            if len(days) <= keep_daily:
                keep.add(p)
        key = (t.year, t.month)
        if key not in months:
            months.append(key)
            if len(months) <= keep_monthly:
                keep.add(p)
    deleted = []
    for _, p in backups:
        if p not in keep:
            try:
                p.unlink()
                deleted.append(p)
            except OSError:
                pass
    return deleted


def latest_good_backup(folder: Path | None = None) -> Path | None:
    """The newest automatic backup that passes ``check_backup_file``."""
    from .paths import backup_dir

    for _, p in _auto_backups(folder or backup_dir()):
        try:
            check_backup_file(p)
            return p
        except DatabaseError:
            continue
    return None


# --- restore -----------------------------------------------------------------------

def check_backup_file(path: str | os.PathLike) -> dict:
    """Check a file before restoring it: SQLite, intact, a csperf schema this program
    knows, and an unbroken audit chain. Returns a summary; raises DatabaseError."""
    from . import migrations
    from .chain import verify_rows

    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"找不到备份文件“{path}”。")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"“{path.name}”不是 csperf 的备份文件（不是 SQLite 文件）。")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"无法打开备份文件“{path.name}”：{exc}") from exc
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise DatabaseError(f"备份文件“{path.name}”已损坏：{rows[0]}。请选择另一个备份。")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_version" not in tables or "audit_entry" not in tables:
            raise DatabaseError(f"“{path.name}”不是 csperf 的数据库。")
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > migrations.LATEST:
            raise DatabaseError(f"备份文件“{path.name}”来自较新版本的 csperf（版本 {version}），请先升级程序。")
        cur = con.execute("SELECT * FROM audit_entry ORDER BY id")
        cols = [d[0] for d in cur.description]
        problem = verify_rows(dict(zip(cols, r)) for r in cur)
        if problem:
            raise DatabaseError(f"备份文件“{path.name}”的审计记录不完整：{problem.message} 请选择另一个备份。")
        events = con.execute("SELECT COUNT(*) FROM score_event").fetchone()[0] if "score_event" in tables else 0
        staff = con.execute("SELECT COUNT(*) FROM staff").fetchone()[0] if "staff" in tables else 0
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"备份文件“{path.name}”无法读取：{exc}。请选择另一个备份。") from exc
    finally:
        con.close()
    return {"version": version, "events": events, "staff": staff}


def _unused(path: Path) -> Path:
    """``path``, or ``name-2.db``, ``name-3.db``... when it is taken (two restores in one second)."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def restore_sqlite(live_path: str | os.PathLike, source: str | os.PathLike) -> Path:
    """Replace the database at ``live_path`` with ``source`` after checking it.

    The current database is first backed up next to the other backups; nothing is
    replaced when the check fails. The caller must have closed its connection.
    Returns the safety backup of the replaced database.
    """
    from .paths import backup_dir

    from .private_files import create_private_file

    check_backup_file(source)
    live_path = Path(live_path)
    safety = _unused(backup_dir() / f"csperf-before-restore-{_dt.datetime.now():%Y%m%d-%H%M%S}.db")
    if live_path.exists():
        create_private_file(safety)
        cur = sqlite3.connect(str(live_path))
        try:
            tmp = sqlite3.connect(str(safety))
            try:
                cur.backup(tmp)
            finally:
                tmp.close()
        except sqlite3.Error as exc:  # nothing replaced: the current database stays as it is
            _remove_partial(safety)
            raise DatabaseError(backup_failure_message(safety, exc) + "没有恢复：当前数据库未被改动。") from exc
        finally:
            cur.close()
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    create_private_file(live_path)  # a database restored where there was none is private too
    dst = sqlite3.connect(str(live_path))
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise DatabaseError(f"恢复失败：{exc}。原数据库已备份在“{safety}”。") from exc
    finally:
        src.close()
        dst.close()
    try:  # after the restore is complete; never fatal
        from . import anchors
        from .paths import config_dir

        anchors.record_restore(backup_dir(), config_dir(), live_path)
    except (OSError, sqlite3.Error):
        pass
    return safety


# --- PostgreSQL ---------------------------------------------------------------------

def backup_postgres(url: str, dest: str | os.PathLike) -> tuple[Path, str] | None:
    """Back up a shared PostgreSQL database with ``pg_dump`` (custom format).

    Returns the file written and a note for the user saying which kind it is; None when
    ``pg_dump`` is not installed on this PC (the caller chooses another way).
    """
    import shutil

    dest = Path(dest)
    pg_dump = shutil.which("pg_dump")
    if pg_dump:
        from .private_files import create_private_file

        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # pg_dump writes into it and keeps its owner-only mode
        result = subprocess.run([pg_dump, "--format=custom", f"--file={tmp}", url], capture_output=True,
                                text=True, timeout=3600)
        if result.returncode == 0:
            os.replace(tmp, dest)
            return dest, "pg_dump 备份（用 pg_restore 恢复）。"
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"pg_dump 失败：{result.stderr.strip()[:300]}")
    return None
