"""Command-line access to order gifts (赠品).

    gifts --month 2026-10 [--json] [--pending | --given] [--pdf FILE]
    gifts give 12 15 [--on 2026-10-21] [--note TEXT]
    gifts undo 12 --reason TEXT
"""

from __future__ import annotations

import json
import sys

from .common import DB, Parser, UsageError, cli_actor, command, month_from_args, open_from_args


def register(sub) -> None:
    p = sub.add_parser("gifts", help="a month's order gifts (赠品): list, print, record as handed over", parents=[DB])
    p.add_argument("--month", help="YYYY-MM")
    p.add_argument("--json", action="store_true", help="print JSON")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--pending", action="store_true", help="only gifts not yet handed over")
    g.add_argument("--given", action="store_true", help="only gifts handed over")
    p.add_argument("--pdf", metavar="FILE", help="also print the A4 gift list (赠品发放清单) to this PDF")
    acts = p.add_subparsers(dest="action", parser_class=Parser)
    s = acts.add_parser("give", help="record gifts as handed over", parents=[DB])
    s.add_argument("ids", nargs="+", metavar="ID", help="event ids (the gift list's first column)")
    s.add_argument("--on", dest="given_on", help="date handed over, YYYY-MM-DD (default today)")
    s.add_argument("--note", default="")
    s = acts.add_parser("undo", help="take back a mistaken 'handed over' record", parents=[DB])
    s.add_argument("ids", nargs="+", metavar="ID")
    s.add_argument("--reason", required=True)


def _given_filter(args):
    return True if args.given else False if args.pending else None


@command("gifts", "order gifts")
def cmd_gifts(args) -> int:
    from ..monthly.gifts import gifts_for_month, mark_given, tier_counts, unmark_given

    if args.action == "give":
        open_from_args(args)
        done = mark_given(cli_actor(), args.ids, args.given_on, args.note)
        print(f"已登记发放 {len(done)} 份赠品。")
        return 0
    if args.action == "undo":
        open_from_args(args)
        n = unmark_given(cli_actor(), args.ids, args.reason)
        print(f"已撤销 {n} 份赠品的发放登记。")
        return 0
    if not args.month:
        raise UsageError("请用 --month YYYY-MM 指定月份（或用 gifts give ID… 登记发放）。")
    month = month_from_args(args)
    open_from_args(args)
    given = _given_filter(args)
    items = gifts_for_month(month, given=given)
    if args.pdf:
        from ..reports.gift_list import write_gift_list
        from .reports import printing

        with printing():
            path = write_gift_list(month, args.pdf, given=given)
        print(f"赠品发放清单已写入：{path}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps({"month": month.key, "gifts": [g.as_json() for g in items],
                          "counts": tier_counts(items)}, ensure_ascii=False, indent=2))
        return 0
    if not items:
        what = {None: "", True: "已发放的", False: "未发放的"}[given]
        print(f"{month.label_zh}没有{what}赠品。")
        return 0
    print(f"{month.label_zh}赠品（{len(items)} 份）")
    print(f"{'编号':>6}  {'日期':<10}  {'工号':<8} {'姓名':<6} {'订单号':<14} {'金额(元)':>12}  赠品  发放")
    for g in items:
        state = f"已发放 {g.given_on:%Y-%m-%d} {g.given_by}" if g.given else "未发放"
        print(f"{g.event_id:>6}  {g.date:%Y-%m-%d}  {g.employee_no:<8} {g.name:<6} {g.reference or '—':<14} "
              f"{g.amount:>12,.2f}  {g.tier:^4}  {state}")
    counts = "，".join(f"{t} {n} 份" for t, n in tier_counts(items).items() if n)
    print(f"合计：{counts}")
    return 0
