"""Files only their owner may read: the database, its backups, the anchor log.

On POSIX a file the program creates is made 0600 whatever the umask (SQLite gives
the database's ``-wal`` and ``-shm`` files the database file's own mode). A file
that already exists is left as it is: ``exposure_notes`` says which ones others
can read, for ``verify`` to mention. On Windows the mode bits mean nothing; the
files are protected by the access list of the folder they are in (the user
profile's data folder is readable by that user and the administrators only).
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def create_private_file(path: str | os.PathLike) -> bool:
    """Create ``path`` empty, readable and writable by its owner only; False when it
    already exists (then it is not touched)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, PRIVATE_MODE)
    except FileExistsError:
        return False
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_MODE)  # the umask may have taken bits away, never added: make it exact
    finally:
        os.close(fd)
    return True


def readable_by_others(path: str | os.PathLike) -> bool:
    """True on POSIX when the group or other users have any right on the file."""
    if os.name != "posix":
        return False
    try:
        return bool(os.stat(path).st_mode & 0o077)
    except OSError:
        return False


def exposure_notes(database_path: str | os.PathLike, backup_folders: list[Path] = ()) -> list[str]:
    """One line per file of this database (and csperf backups in ``backup_folders``) that
    other users of this computer can read, with the command that fixes it."""
    db = Path(database_path)
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    for folder in backup_folders:
        try:
            files += sorted(Path(folder).glob("*.db"))
        except OSError:
            continue
    exposed = [f for f in files if f.exists() and readable_by_others(f)]
    return [f"提示：文件“{f}”本机其他用户也能读取（权限 {os.stat(f).st_mode & 0o777:o}）。"
            f"可运行 chmod 600 \"{f}\" 只让自己读写。" for f in exposed]
