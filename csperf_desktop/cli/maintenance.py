"""Looking after the database from the command line: verify, backup (pg_dump, else the Excel
workbook, for PostgreSQL), restore, bench."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import DB, UsageError, command, open_from_args


def register(sub) -> None:
    s = sub.add_parser("verify", help="check the database integrity and the audit trail", parents=[DB])

    s = sub.add_parser("backup", help="write a consistent copy of the database", parents=[DB])
    s.add_argument("--out", required=True)

    s = sub.add_parser("bench", help="measure the performance figures on synthetic offices")
    s.add_argument("--size", choices=["S", "M", "L"], default="L")
    s.add_argument("--json", dest="json_out", help="also write the figures as JSON to this file")
    s.add_argument("--quick", action="store_true", help="one run of the slow figures instead of three")

    s = sub.add_parser("restore", help="replace the database with a checked backup (the current one is kept)", parents=[DB])
    s.add_argument("file", help="the backup file to restore")


@command("verify", "verify the database")
def cmd_verify(args) -> int:
    from ..monthly.verify import verify_database

    database = open_from_args(args)
    problems = verify_database()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print("数据库完整，审计链和公示指纹全部吻合。")
    _file_access_notes(database)
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
    from ..store.backup import backup_sqlite

    import peewee as pw

    db = open_from_args(args)
    if isinstance(db, pw.PostgresqlDatabase):
        from ..excel.exporters import backup_postgres_or_workbook
        from ..store.db import resolve_location

        dest, note = backup_postgres_or_workbook(resolve_location(getattr(args, "sub_db", None) or args.db), args.out)
        print(f"备份已写入：{dest}\n{note}")
        return 0
    dest = backup_sqlite(db, args.out)
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
    lock = InstanceLock(live)
    if Path(live).exists() and not lock.acquire():
        raise UsageError(f"数据库正被 {lock.holder()} 上的 csperf 使用。请先关闭程序再恢复。")
    try:
        safety = restore_sqlite(live, args.file)
    finally:
        lock.release()
    print(f"已从“{args.file}”恢复。恢复前的数据库已保存为：{safety}")
    return 0


@command("bench", "performance figures")
def cmd_bench(args) -> int:
    from ..devtools.bench import run

    figures = run(args.size, args.json_out, args.quick)
    return 0 if all(f.met is not False for f in figures) else 1
