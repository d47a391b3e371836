"""What every command module shares: the command registry, the argument parser that reports
bad input in one line, the shared ``--db`` option, the headless actor, opening the database.

Who acts: by default the command line acts as administrator under the operating-system
user's name (whoever can run commands on an SQLite file can also edit the file). With the
office setting ``cli_sign_in`` (or ``--user NAME``), opening the database signs in: the
password is asked on the terminal, or read from the first line of standard input with
``--password-stdin`` (scripts); the signed-in account then acts with its own role,
re-read before every change, and the audit trail names it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..base.errors import CsperfError
from ..base.months import Month
from ..trust.auth import Actor

COMMANDS: dict[str, callable] = {}


class UsageError(CsperfError):
    pass


# argparse's own messages (Python 3.11–3.13) in Chinese; one not listed is shown as argparse wrote it.
_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.+)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.+)", r"无法识别的参数：\1"),
    (r"one of the arguments (.+) is required", r"参数 \1 必须给出其中一个"),
    (r"ambiguous option: (\S+) could match (.+)", r"选项 \1 不明确，可能是：\2"),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", r"参数 \1 的值 \2 无效，可选：\3"),
    (r"argument (.+?): invalid (\w+) value: (.+)", r"参数 \1 的值 \3 无效"),
    (r"argument (.+?): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (.+?): expected at least one argument", r"参数 \1 后面至少需要一个值"),
    (r"argument (.+?): expected (\d+) arguments?", r"参数 \1 后面需要 \2 个值"),
    (r"argument (.+?): not allowed with argument (.+)", r"参数 \1 不能与 \2 同时使用"),
    (r"argument (.+?): ignored explicit argument (.+)", r"参数 \1 不接受值 \2"),
    (r"argument (.+?): (.+)", r"参数 \1：\2"),
]


def chinese_usage_message(message: str) -> str:
    """argparse's English error message in Chinese (the program's own messages pass unchanged)."""
    import re

    for pattern, replacement in _ARGPARSE_MESSAGES:
        match = re.fullmatch(pattern, message, flags=re.S)
        if match:
            return match.expand(replacement)
    return message


class Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: one line, exit 2
        raise UsageError(f"{chinese_usage_message(message)}（用 --help 查看用法）")


def db_option() -> argparse.ArgumentParser:
    """The ``--db`` option every sub-command takes (``parents=[DB]``)."""
    # Defaults are suppressed: a command with sub-commands of its own (users add, gifts give) takes
    # the option at either level, and the inner parser's default must not undo what the outer got.
    p = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    p.add_argument("--db", dest="sub_db",
                   help="database file or URL (default: CSPERF_DB, else the user-data folder)")
    p.add_argument("--user", dest="sub_user", metavar="NAME",
                   help="sign in as this user (required when the office setting asks for it)")
    p.add_argument("--password-stdin", dest="password_stdin", action="store_true",
                   help="read the password from the first line of standard input (for scripts)")
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


def out_file(text: str, *, example: str) -> Path:
    """The file an ``--out`` names, checked before any work is done: not a folder, in a folder that
    exists (no part of its path a file) and can be written. ``UsageError`` names the path and the
    fix; ``example`` is a file name to suggest when a folder was given."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise UsageError(f"“{path}”是一个已有的文件夹。请给出文件名，例如 {path / example}。")
    folder = path.parent
    if not folder.is_dir():
        blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise UsageError(f"“{blocking}”是一个文件，不是文件夹，“{path}”无法写在它下面："
                             "请在 --out 中换一个位置。")
        raise UsageError(f"文件夹“{folder}”不存在：请先创建它，或在 --out 中换一个已有的文件夹。")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"文件夹“{folder}”不能写入（没有权限）：请在 --out 中换一个可写的文件夹，"
                         "或请管理员开放它的写入权限。")
    return path


def command(name: str, help: str):
    def deco(fn):
        fn.cli_help = help
        COMMANDS[name] = fn
        return fn
    return deco


_signed_in: list[Actor] = []  # the account signed in by ``open_from_args``, for this process


def cli_actor() -> Actor:
    """The actor for headless commands: the account signed in when the database was
    opened, else the operating-system user acting as admin (whoever can run commands
    on the database file already holds it; the audit trail still names them)."""
    if _signed_in:
        return _signed_in[-1]
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "cli"
    return Actor(f"cli:{user}", "admin", f"命令行 {user}")


def sign_in_from_args(args) -> Actor | None:
    """Sign in on the open database when the office requires it or ``--user`` is given;
    the signed-in Actor (also what ``cli_actor`` returns from now on), or None."""
    from ..office.settings import load
    from ..trust import users

    _signed_in.clear()
    name = (getattr(args, "sub_user", None) or "").strip()
    from_stdin = bool(getattr(args, "password_stdin", False))
    if from_stdin and not name:
        raise UsageError("--password-stdin 要和 --user 用户名 一起使用。")
    if not name and not load().cli_sign_in:
        return None
    if not users.has_users():
        raise UsageError("这个数据库没有任何用户账户，无法登录。新数据库请先在窗口中创建管理员；"
                         "原本有账户的数据库可能被改动过，请从备份恢复。")
    if not name:
        if not sys.stdin.isatty():
            raise UsageError("这个办公室要求命令行登录：请加 --user 用户名（在终端输入密码），"
                             "脚本中用 --user 用户名 --password-stdin 从标准输入传入密码。")
        sys.stderr.write("用户名：")
        sys.stderr.flush()
        name = sys.stdin.readline().strip()
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--password-stdin：标准输入中没有密码（第一行应是密码）。")
        password = line.rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise UsageError("没有终端可以输入密码：脚本中请用 --password-stdin 从标准输入传入密码。")
        import getpass

        password = getpass.getpass(f"{name} 的密码：")
    actor = users.authenticate(name, password)
    _signed_in.append(actor)
    return actor


def open_from_args(args, *, create: bool = False):
    from ..store.db import open_database, resolve_location, is_postgres, sqlite_path

    _signed_in.clear()  # a sign-in belongs to the database it was made on
    location = resolve_location(getattr(args, "sub_db", None) or args.db)
    if not create and not is_postgres(location):
        path = sqlite_path(location)
        if path != ":memory:" and not Path(path).exists():
            raise UsageError(f"数据库文件“{path}”不存在。请用 --db 指定正确的文件，或先运行 demo 创建。")
    database = open_database(location)
    if not create:
        sign_in_from_args(args)
    return database


def month_from_args(args) -> Month:
    return Month.parse(args.month)


def is_open_month(month: Month) -> bool:
    from ..monthly.periods import is_open

    return is_open(month)


def month_not_begun(month: Month) -> bool:
    from ..base import clock

    return month.first_day > clock.today()
