"""What every command module shares: the command registry, the argument parser that reports
bad input in one line, the shared ``--db`` option, the headless actor, opening the database.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..base.errors import CsperfError
from ..base.months import Month
from ..trust.auth import Actor

COMMANDS: dict[str, callable] = {}


class UsageError(CsperfError):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: one line, exit 2
        raise UsageError(f"{message}（用 --help 查看用法）")


def db_option() -> argparse.ArgumentParser:
    """The ``--db`` option every sub-command takes (``parents=[DB]``)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", dest="sub_db",
                   help="database file or URL (default: CSPERF_DB, else the user-data folder)")
    return p


DB = db_option()


def whole_number(text: str) -> int:
    """An argument that is a whole number, read by the one strict parser ("1_0", "٥٠" refused)."""
    from ..base.values import parse_int

    try:
        return parse_int(text, "数值", minimum=-(2 ** 63), maximum=2 ** 63 - 1)  # what the database can hold
    except CsperfError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def decimal_number(text: str) -> float:
    """An argument that is a number, read by the one strict parser."""
    from ..base.values import parse_number

    try:
        return parse_number(text, "数值")
    except CsperfError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


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


def open_from_args(args, *, create: bool = False):
    from ..store.db import open_database, resolve_location, is_postgres, sqlite_path

    location = resolve_location(getattr(args, "sub_db", None) or args.db)
    if not create and not is_postgres(location):
        path = sqlite_path(location)
        if path != ":memory:" and not Path(path).exists():
            raise UsageError(f"数据库文件“{path}”不存在。请用 --db 指定正确的文件，或先运行 demo 创建。")
    return open_database(location)


def month_from_args(args) -> Month:
    return Month.parse(args.month)


def is_open_month(month: Month) -> bool:
    from ..monthly.periods import is_open

    return is_open(month)


def month_not_begun(month: Month) -> bool:
    from ..base import clock

    return month.first_day > clock.today()
