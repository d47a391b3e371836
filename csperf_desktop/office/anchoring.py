"""The audit chain's anchors for the open database: writing them at each milestone and checking
the chain against every one that can be found (``store.anchors`` holds the file formats).

Writing an anchor never undoes or blocks what it records: the database has committed before the
line is written, and a line that cannot be written is logged and handed to the caller to report
(``record`` returns the message; ``take_warnings`` collects them for the command line).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..base import clock
from ..store import anchors as files
from ..store.chain import ChainWalk, Head, parse_code
from ..store.models import database_proxy

_warnings: list[str] = []


def database_id() -> str:
    """How the anchors name the open database: the SQLite file's full path, or the PostgreSQL
    address without its password."""
    import re

    db = database_proxy.obj
    if db is None:
        return ""
    name = str(db.database)
    if hasattr(db, "connect_params") and "sqlite" not in type(db).__name__.lower():
        host = db.connect_params.get("host", "")
        return f"postgresql://{host}/{name}"
    if name == ":memory:":
        return name
    return re.sub(r"//[^@/]*@", "//", str(Path(name).resolve()))


def folders() -> list[Path]:
    """Where anchor logs are kept: the backup folder the settings choose, and the data folder's
    backups (restores write there); each once."""
    from ..store.paths import backup_dir
    from . import settings

    out = []
    for get in (settings.backup_folder, backup_dir):
        try:
            path = Path(get()).resolve()
        except Exception:  # noqa: BLE001 - an unreadable setting or folder: the other one still counts
            continue
        if path not in out:
            out.append(path)
    return out


def key() -> bytes | None:
    from ..store.paths import config_dir

    try:
        return files.load_key(config_dir())
    except OSError:
        return None


def record(kind: str, *, head: Head | None = None, month: str | None = None, file: str | None = None,
           folder: Path | None = None) -> str | None:
    """Append an anchor line for the open database's chain (its head now, unless given).
    Returns None when written, else the message saying it was not (also logged)."""
    from ..trust.audit import chain_head

    db = database_proxy.obj
    if db is not None and db.transaction_depth() > 0:
        return None  # inside a caller's transaction (demo build, import): nothing is committed yet
    try:
        if head is None:
            head = chain_head()
        target = folder or folders()[0]
        rec = files.make_record(kind, head, database_id(), clock.now_utc(), month=month, file=file)
        files.append(target, files.sign(rec, key()))
        return None
    except Exception as exc:  # noqa: BLE001 - never fatal: the milestone itself is done
        message = (f"未能写入审计链锚点（{files.KIND_ZH.get(kind, kind)}）：{getattr(exc, 'strerror', None) or exc}。"
                   "操作本身已完成；请检查备份文件夹是否可写，之后运行一次 verify。")
        logging.getLogger(__name__).warning("anchor not written: %s", exc)
        _warnings.append(message)
        return message


def take_warnings() -> list[str]:
    out = list(_warnings)
    _warnings.clear()
    return out


def record_backup(path: Path, *, database: str | None = None) -> str | None:
    """Anchor a backup just written: its own chain's head into a note beside it and into the log."""
    try:
        head, _ = files.backup_head(path)
        rec = files.make_record("backup", head, database or database_id(), clock.now_utc(), file=Path(path).name)
        files.write_sidecar(path, files.sign(rec, key()))
    except Exception as exc:  # noqa: BLE001
        message = f"备份已写入，但未能在旁边记下审计链锚点：{getattr(exc, 'strerror', None) or exc}。"
        logging.getLogger(__name__).warning("backup anchor not written: %s", exc)
        _warnings.append(message)
        return message
    return record("backup", head=head, file=str(Path(path).resolve()))


# --- checking ----------------------------------------------------------------------------

def gather() -> tuple[list[files.Anchor], list[str]]:
    """Every anchor of this database that can be found: the anchor logs' lines and the backups
    (their notes and their own chains) in the anchor folders. Returns anchors and notes."""
    anchors: list[files.Anchor] = []
    notes: list[str] = []
    me = database_id()
    k = key()
    seen_backups: set[Path] = set()

    def mine(rec: dict) -> bool:
        # By the file, not by the chain alone: a copy of this database (a test copy, a file
        # moved aside) shares its first entries, and its anchors say nothing about this file.
        return bool(me) and rec.get("database") == me

    for folder in folders():
        records, unreadable = files.read_log(folder / files.LOG_NAME)
        notes += unreadable
        for rec in records:
            if not mine(rec):
                continue
            anchors.append(files.Anchor(
                rec["count"], str(rec["head"]).lower(),
                f"锚点日志（{folder / files.LOG_NAME}，{rec.get('at', '')} "
                f"{files.KIND_ZH.get(rec.get('kind'), rec.get('kind', ''))}"
                + (f" {rec['month']}" if rec.get("month") else "") + "）",
                first=str(rec.get("first", "")), database=str(rec.get("database", "")), at=str(rec.get("at", "")),
                kind=str(rec.get("kind", "")), signed=files.signature_holds(rec, k)))
        try:
            # Backups, and the notes of backups since rotated away (the note still anchors).
            candidates = sorted(set(folder.glob("*.db")) | {
                p.with_name(p.name[:-len(files.SIDECAR_SUFFIX)]) for p in folder.glob("*" + files.SIDECAR_SUFFIX)})
        except OSError:
            candidates = []
        for path in candidates:
            if path in seen_backups:
                continue
            seen_backups.add(path)
            note = files.read_sidecar(path)
            if note is not None and mine(note):
                anchors.append(files.Anchor(
                    note["count"], str(note.get("head", "")).lower(), f"备份“{path.name}”旁的锚点记录",
                    first=str(note.get("first", "")), database=str(note.get("database", "")),
                    at=str(note.get("at", "")), kind="backup", signed=files.signature_holds(note, k)))
            # A backup counts when its note names this database: a backup without one (made
            # before notes existed, or its note never written) may be of a copy of this file.
            if note is None or not mine(note) or not path.exists():
                continue
            try:
                head, at = files.backup_head(path)
            except Exception:  # noqa: BLE001 - unreadable: its note still counts
                continue
            if head.count:
                anchors.append(files.Anchor(head.count, head.hash, f"备份文件“{path.name}”中的审计链",
                                            first=head.first, at=at, kind="backup"))
    return anchors, notes


def from_codes(codes) -> tuple[list[files.Anchor], list[str]]:
    """Anchors from codes read off printouts; a problem for each code that is not one."""
    out, problems = [], []
    for code in codes or ():
        parsed = parse_code(code)
        if parsed is None:
            problems.append(f"无法识别指纹代码“{code}”：请照纸上印的写，例如“链 1234·5F2A9C1B”。")
            continue
        count, prefix = parsed
        out.append(files.Anchor(count, prefix, f"纸面上的代码“{code.strip()}”", at=clock.now_utc().isoformat(" "),
                                kind="paper"))
    return out, problems


def check(walk: ChainWalk, anchors: list[files.Anchor]) -> tuple[list[str], list[str]]:
    """Compare the walked chain with the anchors: problems and notes.

    - an anchor whose HMAC does not hold: the anchor itself was edited;
    - more entries in an anchor than in the chain: entries were deleted from the end;
    - another hash at the anchor's count: the chain was rewritten or re-linked up to there;
    - an anchor of this file from a chain with another first entry, written after the current
      chain's first entry: the whole chain was replaced.
    An anchor older than a restore of this database that the chain no longer reaches is a note:
    the restore gave those entries up."""
    problems: list[str] = []
    notes: list[str] = []
    restores = [a.at for a in anchors if a.kind == "restore" and a.first == walk.first and a.signed is not False]
    last_restore = max(restores) if restores else ""
    tail, rewritten, foreign, forged = [], [], [], []
    unsigned = checked = given_up = 0
    for a in anchors:
        if a.signed is False:
            forged.append(a)
            continue
        if a.signed is None and a.kind not in ("paper",) and "审计链" not in a.source:
            unsigned += 1
        if a.first and walk.first and a.first != walk.first:
            if a.at and walk.first_at and a.at >= walk.first_at:
                foreign.append(a)
            continue
        checked += 1
        before_restore = bool(last_restore) and a.at <= last_restore and a.kind != "restore"
        if a.count > walk.count:
            if before_restore:
                given_up += 1
            else:
                tail.append(a)
        elif a.count and not walk.at.get(a.count, "").startswith(a.hash.lower()):
            if before_restore:
                given_up += 1
            else:
                rewritten.append(a)
    if forged:
        problems.append(f"{len(forged)} 个锚点的密钥校验不符（第一个：{forged[0].source}）：锚点记录本身被改动过。")
    if tail:
        a = max(tail, key=lambda x: x.count)
        problems.append(f"审计链只有 {walk.count} 条记录，而{a.source}记下当时已有 {a.count} 条："
                        f"末尾 {a.count - walk.count} 条审计记录（及其记录的更改）被删除了。"
                        + (f"另有 {len(tail) - 1} 个锚点同样不符。" if len(tail) > 1 else ""))
    if rewritten:
        a = min(rewritten, key=lambda x: x.count)
        problems.append(f"审计链第 {a.count} 条记录的哈希与{a.source}记下的不同："
                        f"审计链在这之前被改写或重新链接过（删除、改动记录后重新计算了哈希）。"
                        + (f"另有 {len(rewritten) - 1} 个锚点同样不符。" if len(rewritten) > 1 else ""))
    if foreign:
        problems.append(f"{foreign[0].source}属于这个数据库，却记着另一条审计链（第一条记录不同）："
                        "整条审计链被替换或从头改写过。")
    if checked:
        notes.append(f"审计链（{walk.head.code}）已与 {checked} 个锚点核对（锚点日志、备份、纸面代码）。")
    else:
        notes.append(f"没有找到这个数据库的锚点（锚点日志、备份或纸面代码），审计链只核对了自身（{walk.head.code}）。"
                     "删除末尾记录或重算整条链只能靠锚点发现：请保留打印件上的代码，并定期导出锚点日志。")
    if given_up:
        notes.append(f"{given_up} 个锚点早于一次恢复备份，其记录在恢复时被放弃，不再核对。")
    if unsigned:
        notes.append(f"{unsigned} 个锚点没有可核对的密钥签名（密钥不在这台电脑上，或写于没有密钥时）。")
    return problems, notes
