"""Command line: ``python main.py [command] [options]``.

No command starts the GUI (``--demo``: on a fresh demo office). Headless
commands share ``--db PATH_OR_URL``. Exit codes: 0 success, 1 a check found a
problem (verify), 2 bad input — with one line on stderr saying what is wrong
and how to fix it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from . import __version__
from .auth import Actor
from .errors import CsperfError
from .months import Month

COMMANDS: dict[str, callable] = {}


class UsageError(CsperfError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: one line, exit 2
        raise UsageError(f"{message}（用 --help 查看用法）")


def command(name: str, help: str):
    def deco(fn):
        fn.cli_help = help
        COMMANDS[name] = fn
        return fn
    return deco


def cli_actor() -> Actor:
    """The actor for headless commands: the operating-system user, acting as admin.

    Whoever can run commands on the database file already holds it; the
    audit trail still names them.
    """
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "cli"
    return Actor(f"cli:{user}", "admin", f"命令行 {user}")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="csperf", description="客服绩效考核 csperf — performance appraisal for a customer-service office")
    p.add_argument("--version", action="version", version=f"csperf {__version__}")
    p.add_argument("--db", help="database file or URL (default: CSPERF_DB, else the user-data folder)")
    p.add_argument("--demo", action="store_true", help="start the GUI on a fresh demo office")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="GUI language for this start")
    p.add_argument("--self-test", action="store_true",
                   help="open the window offscreen on a temporary demo office, print a bulletin and a scorecard, exit")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("demo", help="create a demo office in a new database")
    s.add_argument("--db", dest="sub_db", required=False, help="database file to create")
    s.add_argument("--force", action="store_true", help="replace the file if it exists")

    s = sub.add_parser("init", help="create an empty database: default rulebook and settings, no people")
    s.add_argument("--db", dest="sub_db", help="database file to create (must not exist)")
    s.add_argument("--company", help="company name printed on the bulletin and the scorecards")

    s = sub.add_parser("standings", help="a month's standings")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("publish", help="publish (lock) a month and open the appeal window")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("--month", required=True)
    s.add_argument("--anyway", metavar="REASON",
                   help="publish despite open checklist items (not pending proposals); the reason is audited")

    s = sub.add_parser("close", help="close a published month after its appeal window")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("--month", required=True)

    s = sub.add_parser("reopen", help="reopen a published or closed month (admin)")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("--month", required=True)
    s.add_argument("--reason", required=True)

    s = sub.add_parser("verify", help="check the database integrity and the audit trail")
    s.add_argument("--db", dest="sub_db")

    s = sub.add_parser("backup", help="write a consistent copy of the database")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("--out", required=True)

    s = sub.add_parser("bench", help="measure the performance figures on synthetic offices")
    s.add_argument("--size", choices=["S", "M", "L"], default="L")
    s.add_argument("--json", dest="json_out", help="also write the figures as JSON to this file")
    s.add_argument("--quick", action="store_true", help="one run of the slow figures instead of three")

    s = sub.add_parser("restore", help="replace the database with a checked backup (the current one is kept)")
    s.add_argument("--db", dest="sub_db")
    s.add_argument("file", help="the backup file to restore")

    for name in CLI_MODULES:
        module = importlib.import_module(name)
        module.register(sub)
    return p


# Modules that add their own commands: each has ``register(subparsers)``
# adding its sub-parsers and ``@command``-decorated functions.
CLI_MODULES: list[str] = []
CLI_MODULES.append("csperf_desktop.excel.cli_commands")
CLI_MODULES.append("csperf_desktop.appeals_cli")
CLI_MODULES.append("csperf_desktop.reports.cli_commands")
CLI_MODULES.append("csperf_desktop.annual_cli")
CLI_MODULES.append("csperf_desktop.proposals_cli")
CLI_MODULES.append("csperf_desktop.gifts_cli")


def open_from_args(args, *, create: bool = False):
    from .db import open_database, resolve_location, is_postgres, sqlite_path

    location = resolve_location(getattr(args, "sub_db", None) or args.db)
    if not create and not is_postgres(location):
        path = sqlite_path(location)
        if path != ":memory:" and not Path(path).exists():
            raise UsageError(f"数据库文件“{path}”不存在。请用 --db 指定正确的文件，或先运行 demo 创建。")
    return open_database(location)


def month_from_args(args) -> Month:
    return Month.parse(args.month)


def is_open_month(month: Month) -> bool:
    from .periods import is_open

    return is_open(month)


def month_not_begun(month: Month) -> bool:
    from . import clock

    return month.first_day > clock.today()


@command("demo", "create a demo office")
def cmd_demo(args) -> int:
    from .db import close_database
    from .demo import build_demo

    target = getattr(args, "sub_db", None) or args.db
    if not target:
        raise UsageError("请用 --db 指定要创建的演示数据库文件，例如：demo --db /tmp/demo.db")
    path = Path(target)
    if path.exists():
        if not args.force:
            raise UsageError(f"文件“{path}”已存在。换一个文件名，或加 --force 覆盖。")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    open_from_args(args, create=True)
    build_demo()
    close_database()
    print(f"演示数据库已创建：{path}")
    return 0


@command("init", "create an empty database")
def cmd_init(args) -> int:
    """A new, empty office: the default rulebook and settings, the company name if given
    (through the settings service, audited). Never touches an existing file."""
    from . import settings
    from .db import close_database, is_postgres

    target = getattr(args, "sub_db", None) or args.db
    if not target:
        raise UsageError("请用 --db 指定要创建的数据库文件，例如：init --db /tmp/office.db")
    if is_postgres(target):
        raise UsageError("PostgreSQL 数据库不用 init：第一台连接它的电脑会自动建表。")
    path = Path(target).expanduser()
    if path.exists() or Path(str(path) + "-wal").exists():
        raise UsageError(f"文件“{path}”已存在，init 不会改动已有的文件。请换一个文件名。")
    if not path.parent.is_dir():
        raise UsageError(f"文件夹“{path.parent}”不存在。请先创建它，或换一个位置。")
    company = None
    if args.company is not None:
        company = settings.coerce("company_name", args.company)
        if not company:
            raise UsageError("--company 不能为空；不写则用默认名称，以后可在设置中修改。")
    open_from_args(args, create=True)
    try:
        if company:
            settings.update_settings(cli_actor(), {"company_name": company})
        name = settings.load().company_name
    finally:
        close_database()
    print(f"空数据库已创建：{path}（公司：{name}）。下一步：导入人员名单，或启动程序时用 --db 打开它。")
    return 0


@command("standings", "a month's standings")
def cmd_standings(args) -> int:
    from .periods import get_period
    from .standings import standings
    from .vocab import PERIOD_STATUS, UNRANKED_ZH, revision_label, zh

    month = month_from_args(args)
    open_from_args(args)
    rows = standings(month)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    period = get_period(month)
    print(f"{month.label_zh}  状态：{zh(PERIOD_STATUS, period.status)}"
          + (f"  {revision_label(period.revision)}" if period.revision else ""))
    print(f"{'名次':>4} {'工号':<8} {'姓名':<6} {'加分':>4} {'扣分':>4} {'得分':>4}  备注")
    for r in rows:
        marks = []
        if r.award:
            marks.append(f"优秀奖 {r.award_amount}元")
        if r.warning:
            marks.append("预警")
        if r.serious:
            marks.append("严重违规")
        if not r.ranked:
            marks.insert(0, UNRANKED_ZH)
        rank = r.rank if r.ranked else "—"
        print(f"{rank:>4} {r.employee_no:<8} {r.name:<6} {r.bonus:>4} {r.deduction:>4} {r.final:>4}  {' '.join(marks)}")
    return 0


@command("publish", "publish a month")
def cmd_publish(args) -> int:
    from .periods import fmt_local, publish_month
    from .vocab import revision_label

    from .month_end import checklist

    month = month_from_args(args)
    open_from_args(args)
    items = checklist(month).open_items if is_open_month(month) and not month_not_begun(month) else []
    if any(i.blocking for i in items) or (items and not (args.anyway or "").strip()):
        print(f"错误：{month.label_zh}还有 {len(items)} 项未处理，没有公示"
              "（待处理的建议请用 proposals confirm / dismiss 处理；其余各项可用 --anyway 理由 仍然公示）：",
              file=sys.stderr)
        for i in items:
            print(f"{'[阻止]' if i.blocking else '[需理由]'} {i.text}", file=sys.stderr)
        return 2
    period = publish_month(cli_actor(), month, anyway=args.anyway)
    print(f"{month.label_zh}已公示（{revision_label(period.revision)}），复核申请截止：{fmt_local(period.appeal_deadline)}")
    return 0


@command("close", "close a month")
def cmd_close(args) -> int:
    from .periods import close_month

    month = month_from_args(args)
    open_from_args(args)
    close_month(cli_actor(), month)
    print(f"{month.label_zh}已结束。")
    return 0


@command("reopen", "reopen a month")
def cmd_reopen(args) -> int:
    from .periods import reopen_month

    month = month_from_args(args)
    open_from_args(args)
    reopen_month(cli_actor(), month, args.reason)
    print(f"{month.label_zh}已重新开放。")
    return 0


@command("verify", "verify the database")
def cmd_verify(args) -> int:
    from .integrity import verify_database

    open_from_args(args)
    problems = verify_database()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print("数据库完整，审计链和公示指纹全部吻合。")
    return 0


@command("backup", "back up the database")
def cmd_backup(args) -> int:
    from .backup import backup_sqlite

    import peewee as pw

    db = open_from_args(args)
    if isinstance(db, pw.PostgresqlDatabase):
        from .backup import backup_postgres
        from .db import resolve_location

        dest, note = backup_postgres(resolve_location(getattr(args, "sub_db", None) or args.db), args.out)
        print(f"备份已写入：{dest}\n{note}")
        return 0
    dest = backup_sqlite(db, args.out)
    print(f"备份已写入：{dest}")
    return 0


@command("restore", "restore a backup")
def cmd_restore(args) -> int:
    from .backup import restore_sqlite
    from .db import is_postgres, resolve_location, sqlite_path
    from .instance_lock import InstanceLock

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
    from .bench import run

    figures = run(args.size, args.json_out, args.quick)
    return 0 if all(f.met is not False for f in figures) else 1


def run_gui(args) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        print(f"无法启动图形界面：{exc}。请运行 ./csperf.sh 安装所需组件。", file=sys.stderr)
        return 2
    return run(args)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None and args.self_test:
            from .gui.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            return run_gui(args)
        return COMMANDS[args.command](args)
    except CsperfError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``… | head``): say nothing more, and keep Python from
        # complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
