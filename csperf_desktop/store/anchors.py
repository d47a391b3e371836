"""Anchors of the audit chain kept outside the database.

The chain inside the database proves nothing to someone who has read how it is hashed: they
can edit a row, rewrite its audit entry and hash the chain again from there. What they cannot
rewrite is what was written down elsewhere while the chain stood: its head (number of entries
and the hash of the last one) in

- the anchor log, ``csperf-anchors.jsonl`` beside the backups: one JSON line per publication,
  closing, reopening, backup, restore and passed verify; appended, flushed to disk (fsync), mode
  0600 on POSIX, exportable to a USB stick or a mail;
- every backup: a ``.anchor.json`` note beside the file, and the backup file's own chain;
- every printout (bulletin, scorecards, annual report): the code ``链 1234·5F2A9C1B``.

Each log line and note carries an HMAC made with a key kept in the user's configuration folder
(not beside the database or the backups), so a line edited to match a rewritten chain shows.

Pure file handling: the caller supplies folders and heads (``office.anchoring``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .chain import GENESIS, Head, fmt_time

LOG_NAME = "csperf-anchors.jsonl"
SIDECAR_SUFFIX = ".anchor.json"
KEY_NAME = "anchor.key"

KIND_ZH = {"publish": "公示", "close": "结束月份", "reopen": "重新开放", "revise": "修订", "backup": "备份",
           "restore": "恢复备份", "verify": "校验通过", "export": "导出锚点"}


@dataclass
class Anchor:
    """One recorded head: the chain had ``count`` entries, the last hashing to ``hash`` (a prefix
    when read off paper). ``first``: the chain's first hash ("" unknown); ``at``: UTC text."""

    count: int
    hash: str
    source: str
    first: str = ""
    database: str = ""
    at: str = ""
    kind: str = ""
    signed: bool | None = None  # True: its HMAC holds; False: it does not; None: no HMAC to check


# --- the key -----------------------------------------------------------------------------

def key_path(folder: Path) -> Path:
    return Path(folder) / KEY_NAME


def load_key(folder: Path, create: bool = True) -> bytes | None:
    """The anchor key (32 random bytes, hex in a 0600 file); made on first use. None when it
    can neither be read nor made (the anchors are then written without HMAC)."""
    path = key_path(folder)
    try:
        text = path.read_text("ascii").strip()
        return bytes.fromhex(text)
    except FileNotFoundError:
        if not create:
            return None
    except (OSError, ValueError):
        return None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_key(folder, create=False)
    except OSError:
        return None
    key = secrets.token_bytes(32)
    try:
        os.write(fd, key.hex().encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def _mac(key: bytes, record: dict) -> str:
    body = json.dumps({k: v for k, v in record.items() if k != "mac"}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def sign(record: dict, key: bytes | None) -> dict:
    if key is not None:
        record = dict(record, mac=_mac(key, record))
    return record


def signature_holds(record: dict, key: bytes | None) -> bool | None:
    mac = record.get("mac")
    if not mac or key is None:
        return None
    return hmac.compare_digest(str(mac), _mac(key, record))


# --- the log -----------------------------------------------------------------------------

def make_record(kind: str, head: Head, database: str, at, **extra) -> dict:
    record = {"v": 1, "at": fmt_time(at), "kind": kind, "database": database, "count": head.count,
              "head": head.hash, "first": head.first}
    record.update({k: v for k, v in extra.items() if v is not None})
    return record


def append(folder: Path, record: dict) -> Path:
    """Append one line to the anchor log in ``folder`` and force it to disk. Raises OSError."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    line = (json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return path


def read_log(path: Path) -> tuple[list[dict], list[str]]:
    """The records of one anchor log, and a note for each line that cannot be read."""
    records, notes = [], []
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        return [], [f"锚点日志“{path}”无法读取：{exc.strerror}。"]
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line.decode("utf-8"))
            if not isinstance(rec, dict) or not isinstance(rec.get("count"), int) or not rec.get("head"):
                raise ValueError
        except (UnicodeDecodeError, ValueError):
            notes.append(f"锚点日志“{path}”第 {n} 行无法读取，已跳过。")
            continue
        records.append(rec)
    return records, notes


def export_log(paths: list[Path], out: Path) -> int:
    """Copy the lines of the anchor logs into ``out`` (written anew); returns the line count."""
    lines: list[bytes] = []
    for path in paths:
        try:
            lines += [line for line in Path(path).read_bytes().splitlines() if line.strip()]
        except FileNotFoundError:
            continue
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(b"".join(line + b"\n" for line in lines))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return len(lines)


# --- backups -----------------------------------------------------------------------------

def sidecar_path(backup: Path) -> Path:
    return Path(backup).with_name(Path(backup).name + SIDECAR_SUFFIX)


def backup_head(path: Path) -> tuple[Head, str]:
    """The head of the chain inside a backup file (read-only, no hashing) and the time of its
    last entry. Raises sqlite3.Error or OSError."""
    con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        count = con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
        if not count:
            return Head(0, GENESIS, ""), ""
        last, at = con.execute("SELECT hash, at FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        first = con.execute("SELECT hash FROM audit_entry ORDER BY id LIMIT 1").fetchone()[0]
        return Head(count, last, first), fmt_time(at)
    finally:
        con.close()


def write_sidecar(backup: Path, record: dict) -> Path:
    """Write the backup's anchor note beside it (0600, whole or not at all). Raises OSError."""
    path = sidecar_path(backup)
    tmp = path.with_name(path.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def read_sidecar(backup: Path) -> dict | None:
    try:
        rec = json.loads(sidecar_path(backup).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return rec if isinstance(rec, dict) and isinstance(rec.get("count"), int) else None


def record_restore(folder: Path, key_folder: Path, live: Path) -> None:
    """Anchor a restore: the restored file's chain head, so that ``verify`` knows that the
    anchors written before it and beyond that head were given up on purpose. Raises OSError
    or sqlite3.Error."""
    from ..base import clock

    head, _ = backup_head(live)
    rec = make_record("restore", head, str(Path(live).resolve()), clock.now_utc())
    append(folder, sign(rec, load_key(key_folder)))
