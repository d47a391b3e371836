"""Command line: ``python main.py [command] [options]``.

No command starts the GUI (``--demo``: on a fresh demo office); the entry point
(``csperf_desktop/__main__.py``) hands the window in, since the command line itself
never imports Qt. Sub-commands share ``--db PATH_OR_URL`` (``common.DB``). Exit codes:
0 success, 1 a check found a problem (verify), 2 bad input or a database that cannot be
used — with one line on stderr saying what is wrong and how to fix it —, 3 done and saved
but the automatic backup after it failed (publish).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys

from .. import __version__
from ..base.errors import CsperfError
from .common import COMMANDS, Parser, UsageError  # noqa: F401  (the registry and the errors of every command)


def _database_failure(exc: BaseException) -> int:
    """An error of the database met while a command ran: said as what it is (damage, a full or
    read-only disk), in one line, exit 2."""
    from ..store.db import database_failure

    print(f"错误：{database_failure(exc).message}", file=sys.stderr)
    return 2


_QUIET = logging.NullHandler()


def _say_if_damaged() -> None:
    """After a command that only read a file known to be damaged: say so (every change is refused)."""
    store_db = sys.modules.get(f"{__package__.rsplit('.', 1)[0]}.store.db")
    damage = store_db.known_damage() if store_db is not None else None
    if damage:
        print(f"注意：{damage}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    # Each module adds its sub-parsers and its ``@command`` functions.
    from . import analysis, annual, appeals, calibration, exambank, excel, gifts, maintenance, month, proposals, reports, summary, users

    p = Parser(prog="csperf", description="客服绩效考核 csperf — performance appraisal for a customer-service office")
    p.add_argument("--version", action="version", version=f"csperf {__version__}")
    p.add_argument("--db", help="database file or URL (default: CSPERF_DB, else the user-data folder)")
    p.add_argument("--demo", action="store_true", help="start the GUI on a fresh demo office")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="GUI language for this start")
    p.add_argument("--self-test", action="store_true",
                   help="open the window offscreen on a temporary demo office, print a bulletin and a scorecard, exit")
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    for module in (month, maintenance, excel, appeals, reports, summary, annual, proposals, gifts, users, calibration, exambank, analysis):
        module.register(sub)
    return p


def main(argv: list[str] | None = None, *, gui=None) -> int:
    """Run a command; with none, ``gui(args)`` (the window, or the self-test)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # What a command has to say it prints itself; the core's log records (meant for the window's
    # log file) do not reach the terminal as Python's last-resort lines.
    logging.getLogger(__package__.rsplit(".", 1)[0]).addHandler(_QUIET)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            if gui is None:
                raise UsageError("请指定一个命令（用 --help 查看可用的命令）。")
            return gui(args)
        forget_anchor_warnings()  # an earlier command's (in the same process) are not this one's
        try:
            code = COMMANDS[args.command](args)
        finally:
            report_anchor_warnings()
        _say_if_damaged()
        return code
    except CsperfError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return _database_failure(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``… | head``): say nothing more, and keep Python from
        # complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # peewee's errors: a command that met one has loaded peewee
        peewee = sys.modules.get("peewee")
        if peewee is None or not isinstance(exc, peewee.DatabaseError):
            raise
        return _database_failure(exc)


def forget_anchor_warnings() -> None:
    anchoring = sys.modules.get("csperf_desktop.office.anchoring")
    if anchoring is not None:
        anchoring.take_warnings()


def report_anchor_warnings() -> None:
    """An anchor line that could not be written after the command's work was committed: said on
    stderr, never turned into a failure of the command."""
    anchoring = sys.modules.get("csperf_desktop.office.anchoring")
    if anchoring is not None:
        for message in anchoring.take_warnings():
            print(f"警告：{message}", file=sys.stderr)
