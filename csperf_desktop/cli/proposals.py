"""Command-line access to proposals (系统建议) before a month is published.

    proposals --month 2026-10 [--json]                       the pending ones; ID = their source
    proposals confirm ID... --month 2026-10                  record them as events
    proposals dismiss ID... --month 2026-10 --reason "..."   decide not to record them
    proposals restore ID... --month 2026-10                  undo a dismissal

The month is given with ``--month`` (an ID alone does not say which month a
data-based proposal belongs to); an ID not proposed in that month is refused.
"""

from __future__ import annotations

import json

from .common import DB, Parser, cli_actor, command, month_from_args, open_from_args


def register(sub) -> None:
    p = sub.add_parser("proposals", help="list, confirm or dismiss a month's proposals (系统建议)", parents=[DB])
    p.add_argument("--month", help="YYYY-MM")
    p.add_argument("--json", action="store_true", help="print JSON")
    acts = p.add_subparsers(dest="action", parser_class=Parser)
    for name, what in (("confirm", "record proposals as events"),
                       ("dismiss", "dismiss proposals with a reason"),
                       ("restore", "make dismissed proposals pending again")):
        s = acts.add_parser(name, help=what, parents=[DB])
        s.add_argument("--month", required=True, help="YYYY-MM the proposals belong to")
        s.add_argument("ids", nargs="+", metavar="ID", help="proposal id, as listed by proposals --month")
        if name == "dismiss":
            s.add_argument("--reason", required=True)


def signed(points: int) -> str:
    return f"{points:+d}"


@command("proposals", "list, confirm or dismiss proposals")
def cmd_proposals(args) -> int:
    from ..monthly import proposals
    from .common import UsageError

    if not args.month:
        raise UsageError("请用 --month 指定月份，例如：proposals --month 2026-10")
    month = month_from_args(args)
    open_from_args(args)
    actor = cli_actor()
    if args.action == "confirm":
        chosen = proposals.find(month, args.ids)
        events = proposals.confirm(actor, chosen, month)
        print(f"已确认 {len(events)} 条建议并记分。")
        done = {e.source for e in events}
        for p in chosen:
            if p.source not in done:
                print(f"未重复记分：{p.source}（{p.name} {p.rule_code}）已确认、已手工记录或已驳回。")
        return 0
    if args.action == "dismiss":
        rows = proposals.dismiss(actor, proposals.find(month, args.ids), month, args.reason)
        print(f"已驳回 {len(rows)} 条建议，理由：{rows[0].reason}")
        return 0
    if args.action == "restore":
        n = proposals.restore(actor, args.ids, month)
        print(f"已恢复 {n} 条建议为待处理。")
        return 0
    pending = proposals.pending_proposals(month)
    if args.json:
        print(json.dumps([{"id": p.source, "employee_no": p.employee_no, "name": p.name, "rule": p.rule_code,
                           "points": proposals.signed_points(p), "date": p.date.isoformat(), "reason": p.reason}
                          for p in pending], ensure_ascii=False, indent=2))
        return 0
    if not pending:
        print(f"{month.label_zh}没有待处理的建议。")
        return 0
    print(f"{month.label_zh}待处理的建议 {len(pending)} 条（确认：proposals confirm ID --month {month.key}；"
          f"驳回：proposals dismiss ID --month {month.key} --reason 理由）")
    for p in pending:
        print(f"{p.source:<24} {p.employee_no:<8} {p.name:<6} {p.rule_code:<5} {signed(proposals.signed_points(p)):>4}  {p.reason}")
    return 0
