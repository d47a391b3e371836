"""``summary --month M --out FILE``: the one-page monthly management summary (月度管理摘要) as PDF."""

from __future__ import annotations

import sys

from .common import DB, command, month_from_args, open_from_args


def register(sub) -> None:
    s = sub.add_parser("summary", help="print a month's one-page management summary (月度管理摘要) as PDF",
                       parents=[DB])
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", required=True, help="PDF file to write")


@command("summary", "print the monthly management summary")
def cmd_summary(args) -> int:
    from ..reports.summary import write_summary
    from ..store.models import Period
    from .reports import printing

    month = month_from_args(args)
    open_from_args(args)
    period = Period.get_or_none(Period.month == month.key)
    if period is None or period.status == "open":
        print(f"注意：{month.label_zh}尚未公示，摘要按当前记录计算，标明“草稿”。", file=sys.stderr)
    with printing():
        path = write_summary(month, args.out)
    print(f"月度管理摘要已写入：{path}")
    return 0
