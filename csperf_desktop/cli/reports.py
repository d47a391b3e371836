"""Command-line printing: ``bulletin`` and ``scorecards``."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

from .common import DB, UsageError, command, month_from_args, open_from_args


def register(sub) -> None:
    s = sub.add_parser("bulletin", help="print a month's wall bulletin (考核公示) as PDF", parents=[DB])
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", required=True, help="PDF file to write")
    s.add_argument("--paper", default="A3", type=str.upper, choices=["A3", "A4"])
    s.add_argument("--landscape", action="store_true")
    s.add_argument("--privacy", default="full", choices=["full", "surname", "number"],
                   help="names in full, as surname + 某, or employee numbers only")
    s.add_argument("--warnings", dest="warnings", action="store_const", const=True, default=None,
                   help="mark the people with a warning (default: the setting bulletin_show_warnings, off)")
    s.add_argument("--no-warnings", dest="warnings", action="store_const", const=False,
                   help="leave out the warning marker")
    s.add_argument("--no-chart", action="store_true", help="leave out the bar chart")

    s = sub.add_parser("scorecards", help="print individual scorecards (个人考核卡) as PDF", parents=[DB])
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", help="one PDF with a page per person")
    s.add_argument("--staff", action="append", metavar="EMPLOYEE_NO", help="only this person (repeatable)")
    s.add_argument("--per-agent-folder", metavar="DIR", help="one PDF per person into this folder")
    s.add_argument("--paper", default="A4", type=str.upper, choices=["A3", "A4"])


@contextmanager
def printing() -> Iterator[None]:
    """Around writing a PDF: a warning about the font first, then the characters that no
    installed font could print (they are printed as 〓 and named here, on stderr)."""
    from ..reports import collect_missing_glyphs, missing_glyphs_message
    from ..reports.fonts import font_warning

    warning = font_warning()
    if warning:
        print(f"警告：{warning}", file=sys.stderr)
    with collect_missing_glyphs() as missing:
        yield
    message = missing_glyphs_message(missing)
    if message:
        print(f"警告：{message}", file=sys.stderr)


@command("bulletin", "print the wall bulletin")
def cmd_bulletin(args) -> int:
    from ..reports.bulletin import BulletinOptions, bulletin_data, write_bulletin

    month = month_from_args(args)
    options = BulletinOptions(paper=args.paper, landscape=args.landscape, privacy=args.privacy,
                              show_warnings=args.warnings, show_chart=not args.no_chart).check()
    open_from_args(args)
    if bulletin_data(month).draft:
        print(f"注意：{month.label_zh}尚未公示，打印的是标明“草稿”的预览，不能张贴为正式公示。", file=sys.stderr)
    with printing():
        path = write_bulletin(month, args.out, options)
    print(f"考核公示已写入：{path}")
    return 0


def per_person_target(args) -> tuple[str, bool]:
    """The target of a per-person printout: one PDF (``--out``) or a folder with one file per
    person (``--per-agent-folder``), exactly one of them."""
    if bool(args.out) == bool(args.per_agent_folder):
        raise UsageError("请用 --out 指定一个 PDF 文件，或用 --per-agent-folder 指定每人一份的文件夹（二选一）。")
    return args.out or args.per_agent_folder, bool(args.per_agent_folder)


def report_written(paths, target: str, folder: bool, what: str) -> None:
    if folder:
        print(f"已写入 {len(paths)} 份{what}到文件夹：{target}")
    else:
        print(f"{what}已写入：{paths[0]}")


@command("scorecards", "print scorecards")
def cmd_scorecards(args) -> int:
    from ..reports.scorecard import ScorecardOptions, write_scorecards

    target, folder = per_person_target(args)
    month = month_from_args(args)
    open_from_args(args)
    with printing():
        paths = write_scorecards(month, target, staff_ids=args.staff, one_file_per_agent=folder,
                                 options=ScorecardOptions(paper=args.paper))
    report_written(paths, target, folder, "考核卡")
    return 0
