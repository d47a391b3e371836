"""Looking after the database from the command line: verify, backup (pg_dump, else the Excel
workbook, for PostgreSQL), restore, bench."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import DB, Parser, UsageError, command, open_from_args, out_file
from ..base.errors import CsperfError


def register(sub) -> None:
    s = sub.add_parser("verify", help="check the database integrity and the audit trail", parents=[DB])
    s.add_argument("--fingerprint", action="append", default=[], metavar="CODE",
                   help="a chain code read off a printout, e.g. \"链 1234·5F2A9C1B\" (may be repeated)")

    s = sub.add_parser("anchors", help="the audit chain's anchors kept outside the database", parents=[DB])
    anchors_sub = s.add_subparsers(dest="anchors_command", parser_class=Parser)
    e = anchors_sub.add_parser("export", help="copy the anchor log to a file (USB stick, mail)", parents=[DB])
    e.add_argument("--out", required=True)
    anchors_sub.add_parser("show", help="the chain's head now, as printouts show it", parents=[DB])

    s = sub.add_parser("backup", help="write a consistent copy of the database", parents=[DB])
    s.add_argument("--out", required=True)

    s = sub.add_parser("bench", help="measure the performance figures on synthetic offices")
    s.add_argument("--size", choices=["S", "M", "L"], default="L")
    s.add_argument("--json", dest="json_out", nargs="?", const="-", metavar="FILE",
                   help="the figures as JSON: to this file, or alone to standard output")
    s.add_argument("--markdown", action="store_true", help="print the README's table (with the machine)")
    s.add_argument("--db", dest="bench_db", metavar="URL",
                   help="measure on this PostgreSQL database (postgresql://…) instead of SQLite files")
    s.add_argument("--quick", action="store_true", help="one run of the slow figures instead of three")

    s = sub.add_parser("restore", help="replace the database with a checked backup (the current one is kept)", parents=[DB])
    s.add_argument("file", help="the backup file to restore")


@command("verify", "verify the database")
def cmd_verify(args) -> int:
    from ..office import anchoring
    from ..monthly.verify import verify_report
    from ..store.db import DatabaseDamaged

    # A code that cannot be read is bad input (exit 2), said before anything is opened or checked;
    # exit 1 stays what it means: a check found a problem.
    _, unreadable = anchoring.from_codes(args.fingerprint)
    if unreadable:
        raise UsageError(" ".join(unreadable))
    try:
        database = open_from_args(args)
    except DatabaseDamaged as exc:  # found damaged while opening: the check's finding, not bad input
        print(exc.message, file=sys.stderr)
        return 1
    try:
        report = verify_report(codes=tuple(args.fingerprint))
    except CsperfError:
        raise
    except Exception as exc:  # a value no check expected: the file was changed outside the program
        said = " ".join(str(exc).split())[:200]
        print(f"校验时读到无法理解的数据（{type(exc).__name__}：{said}）：数据库文件已被改动或损坏。"
              "请从最近的备份恢复（restore）。", file=sys.stderr)
        return 1
    for note in report.notes:
        print(note)
    if report.problems:
        for p in report.problems:
            print(p, file=sys.stderr)
        return 1
    anchoring.record("verify", head=report.head)
    print(f"数据库完整，审计链、各项数值和公示指纹全部吻合（{report.head.code}）。")
    _file_access_notes(database)
    return 0


@command("anchors", "the audit chain's anchors")
def cmd_anchors(args) -> int:
    from ..office import anchoring
    from ..store import anchors as files
    from ..trust.audit import chain_head

    if args.anchors_command is None:
        raise UsageError("请指定 anchors show（审计链现在的代码）或 anchors export --out 文件（把锚点日志导出保存）。")
    out = out_file(args.out, example="csperf-anchors.jsonl") if args.anchors_command == "export" else None
    open_from_args(args)
    if args.anchors_command == "show":
        print(chain_head().code)
        return 0
    try:
        n = files.export_log([f / files.LOG_NAME for f in anchoring.folders()], out)
    except OSError as exc:
        raise UsageError(f"无法写入“{out}”：{exc.strerror}。请检查磁盘空间和权限。") from exc
    print(f"已导出 {n} 条锚点记录到“{out}”。请把它保存在这台电脑以外的地方（U 盘、邮件）。")
    return 0


def _file_access_notes(database) -> None:
    """Files of this database other users of the computer can read: said, not failed."""
    import peewee as pw

    from ..office.settings import backup_folder
    from ..store.private_files import exposure_notes

    if isinstance(database, pw.SqliteDatabase) and database.database != ":memory:":
        for note in exposure_notes(database.database, [backup_folder()]):
            print(note)


@command("backup", "back up the database")
def cmd_backup(args) -> int:
    from ..store.backup import backup_sqlite, timestamped_name

    import peewee as pw

    out = out_file(args.out, example=timestamped_name())
    db = open_from_args(args)
    if isinstance(db, pw.PostgresqlDatabase):
        from ..excel.exporters import backup_postgres_or_workbook
        from ..store.db import resolve_location

        dest, note = backup_postgres_or_workbook(resolve_location(getattr(args, "sub_db", None) or args.db), out)
        print(f"备份已写入：{dest}\n{note}")
        return 0
    from ..office import anchoring

    dest = backup_sqlite(db, out)
    anchoring.record_backup(dest)
    print(f"备份已写入：{dest}")
    return 0


@command("restore", "restore a backup")
def cmd_restore(args) -> int:
    from ..store.backup import restore_sqlite
    from ..store.db import is_postgres, resolve_location, sqlite_path
    from ..store.instance_lock import InstanceLock

    location = resolve_location(getattr(args, "sub_db", None) or args.db)
    if is_postgres(location):
        raise UsageError("PostgreSQL 数据库请用 pg_restore 恢复。")
    live = sqlite_path(location)
    if Path(live).exists():
        _sign_in_to_restore(args, live)
    lock = InstanceLock(live)
    if Path(live).exists() and not lock.acquire():
        raise UsageError(f"数据库正被 {lock.holder()} 上的 csperf 使用。请先关闭程序再恢复。")
    try:
        safety = restore_sqlite(live, args.file)
    finally:
        lock.release()
    print(f"已从“{args.file}”恢复。恢复前的数据库已保存为：{safety}")
    return 0


def _sign_in_to_restore(args, live: str) -> None:
    """Where the office requires the command line to sign in, replacing the database does too,
    as an administrator. A file that cannot be opened at all asks no one: restoring is its fix."""
    from ..base.errors import CsperfError, DatabaseError
    from ..store.db import close_database, open_database
    from ..trust.auth import require
    from .common import sign_in_from_args

    try:
        open_database(live)
    except CsperfError:
        return  # damaged or unreadable: nothing in it can say who may restore
    try:
        actor = sign_in_from_args(args)
        if actor is not None:
            require(actor, "restore")
    except DatabaseError:
        pass
    finally:
        close_database()


@command("bench", "performance figures")
def cmd_bench(args) -> int:
    import json

    from ..devtools import bench
    from ..store.db import is_postgres

    if args.bench_db and not is_postgres(args.bench_db):
        print("--db 只接受 PostgreSQL 地址（postgresql://用户:密码@服务器/数据库）；不给 --db 时在临时 SQLite 文件上测量。",
              file=sys.stderr)
        return 2
    figures = bench.run(args.size, db_url=args.bench_db, quick=args.quick)
    machine = bench.machine(args.bench_db)
    to_stdout = args.json_out == "-"
    print(bench.table_text(figures, machine), file=sys.stderr if to_stdout else sys.stdout)
    if args.markdown:
        print(bench.markdown(figures, machine, args.size), file=sys.stderr if to_stdout else sys.stdout)
    if args.json_out:
        text = json.dumps(bench.payload(figures, machine, args.size), ensure_ascii=False, indent=2)
        if to_stdout:
            print(text)
        else:
            Path(args.json_out).write_text(text, encoding="utf-8")
    return bench.exit_code(figures)
