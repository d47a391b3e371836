"""Command line for calibration sessions (评分校准).

    calibration list [--json]
    calibration create --title TEXT [--date YYYY-MM-DD] --conversation REF… --grader NAME… [--note TEXT]
    calibration rate --session ID --grader NAME --conversation REF CODE=VERDICT…
    calibration sheet --session ID --grader NAME [--json]     (one grader's own ratings only)
    calibration close ID
    calibration history [--json]
    calibration --session ID [--json] [--pdf FILE]            (the report of a closed session)
"""

from __future__ import annotations

import json
import sys

from ..base.text import number_text
from .common import DB, Parser, UsageError, cli_actor, command, open_from_args, whole_number


def register(sub) -> None:
    p = sub.add_parser("calibration", help="calibration sessions: graders score the same conversations, "
                                           "then agreement (kappa), per item and per grader", parents=[DB])
    p.add_argument("--session", metavar="ID", help="the session whose report to print (closed sessions)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--pdf", metavar="FILE", help="also print the calibration report (PDF) to this file")
    acts = p.add_subparsers(dest="action", parser_class=Parser)
    s = acts.add_parser("list", help="the sessions, newest first", parents=[DB])
    s.add_argument("--json", action="store_true", dest="list_json")
    s = acts.add_parser("create", help="a new session on the active spot-check checklist", parents=[DB])
    s.add_argument("--title", required=True)
    s.add_argument("--date", help="YYYY-MM-DD (default today)")
    s.add_argument("--conversation", action="append", required=True, metavar="REF",
                   help="a ticket or order reference (repeatable, or several separated by commas)")
    s.add_argument("--grader", action="append", required=True, metavar="NAME",
                   help="a grader's name (repeatable, or several separated by commas)")
    s.add_argument("--note", default="")
    s = acts.add_parser("rate", help="record one grader's verdicts on one conversation", parents=[DB])
    s.add_argument("--session", required=True, dest="rate_session", metavar="ID")
    s.add_argument("--grader", required=True)
    s.add_argument("--conversation", required=True, metavar="REF")
    s.add_argument("verdicts", nargs="+", metavar="CODE=VERDICT",
                   help="e.g. C01=1 C02=0 (1/Y/通过 pass, 0/N/不通过 fail, empty clears)")
    s = acts.add_parser("sheet", help="one grader's own ratings (the others' stay hidden)", parents=[DB])
    s.add_argument("--session", required=True, dest="sheet_session", metavar="ID")
    s.add_argument("--grader", required=True)
    s.add_argument("--json", action="store_true", dest="sheet_json")
    s = acts.add_parser("close", help="close a session: ratings frozen, report available", parents=[DB])
    s.add_argument("id", metavar="ID")
    s = acts.add_parser("history", help="closed sessions over time with their kappa", parents=[DB])
    s.add_argument("--json", action="store_true", dest="history_json")
    s = acts.add_parser("graders", help="everyday spot checks per grader: deductions proposed per check, "
                                        "fail rate per checklist item", parents=[DB])
    s.add_argument("--to", dest="to_month", help="the last month, YYYY-MM (default this month)")
    s.add_argument("--months", type=whole_number, default=6, help="how many months back (default 6)")
    s.add_argument("--json", action="store_true", dest="graders_json")


def _split(values) -> list[str]:
    return [part.strip() for v in values or [] for part in v.replace("，", ",").split(",") if part.strip()]


def _pct(x) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


@command("calibration", "calibration sessions and their agreement report")
def cmd_calibration(args) -> int:
    from ..insight import calibration_sessions as cs

    action = args.action
    if action is None and not args.session:
        raise UsageError("请用 --session ID 指定要看报告的校准会话，或用 calibration list 查看会话、"
                         "calibration create 新建会话。")
    open_from_args(args)
    if action == "list":
        return _list(cs, args.list_json or args.json)
    if action == "create":
        s = cs.create_session(cli_actor(), args.title, args.date, _split(args.conversation), _split(args.grader),
                              args.note)
        print(f"已创建校准会话 {s.id}“{s.title}”：{len(_split(args.conversation))} 个会话，"
              f"{len(_split(args.grader))} 位评分人，{len(s.items)} 个检查项目。")
        print("项目代码：" + "  ".join(f"{it['code']} {it['text']}" for it in s.items))
        return 0
    if action == "rate":
        session = cs.find_session(args.rate_session)
        verdicts, given = {}, {}
        for text in args.verdicts:
            code, sep, value = text.partition("=")
            if not sep or not code.strip():
                raise UsageError(f"“{text}”应写成 项目代码=结论，例如 C01=1 或 C02=0。")
            item = cs.find_item(session, code)
            if item["id"] in given:  # not the last one silently winning over the first
                raise UsageError(f"检查项目 {item['code']} 填了两次（“{given[item['id']]}”和“{text}”）："
                                 "每个项目只填一个结论。")
            given[item["id"]] = text
            verdicts[(args.conversation, item["id"])] = value
        r = cs.rate(cli_actor(), session.id, args.grader, verdicts)
        print(f"已记录：新增 {r.added}，修改 {r.changed}，清除 {r.cleared}。")
        return 0
    if action == "sheet":
        return _sheet(cs, args)
    if action == "close":
        s = cs.close_session(cli_actor(), args.id)
        print(f"校准会话 {s.id}“{s.title}”已结束，评分已冻结。查看报告：calibration --session {s.id}")
        return 0
    if action == "history":
        points = cs.sessions_over_time()
        if args.history_json or args.json:
            print(json.dumps([p.as_json() for p in points], ensure_ascii=False, indent=2))
            return 0
        if not points:
            print("还没有结束的校准会话。")
            return 0
        print(f"{'编号':>4}  {'日期':<10}  {'kappa':>7}  {'解读':<8} {'一致率':>6}  会话×评分人  名称")
        for p in points:
            print(f"{p.id:>4}  {p.date:%Y-%m-%d}  {number_text(p.kappa, 3):>7}  {p.reading:<8} {_pct(p.agreement):>6}  "
                  f"{p.conversations}×{p.graders:<9} {p.title}")
        return 0
    if action == "graders":
        return _graders(args)
    report = cs.session_report(args.session)
    if args.pdf:
        from ..reports.calibration_report import write_calibration_report
        from .reports import printing

        with printing():
            path = write_calibration_report(report.session.id, args.pdf)
        print(f"校准报告已写入：{path}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return 0
    _print_report(report)
    return 0


def _graders(args) -> int:
    from ..base import clock
    from ..base.months import Month
    from ..insight.grader_consistency import grader_consistency, month_range

    if not 1 <= args.months <= 36:
        raise UsageError("--months 应在 1 到 36 之间。")
    last = Month.parse(args.to_month) if args.to_month else Month.of(clock.today())
    c = grader_consistency(month_range(last, args.months))
    if args.graders_json or args.json:
        print(json.dumps(c.as_json(), ensure_ascii=False, indent=2))
        return 0
    if not c.graders:
        print(f"{c.months[0]} 至 {c.months[-1]} 没有抽查记录。")
        return 0
    print(f"日常抽查：每次抽查建议的扣分数（{c.months[0]} 至 {c.months[-1]}）")
    print(f"{'抽查人':<10}" + "".join(f"{m[2:]:>8}" for m in c.months) + f"{'合计':>10}")
    for g in c.graders + [c.office]:
        cells = "".join(f"{'—' if x.per_check is None else f'{x.per_check:.2f}':>8}" for x in g.months.values())
        t = g.total
        print(f"{g.grader:<10}{cells}{'—' if t.per_check is None else f'{t.per_check:.2f}':>10}"
              f"  （{t.checks} 次抽查，{t.deductions} 项扣分）")
    print("\n各检查项目的不通过率：")
    for text in c.items:
        parts = [f"{g.grader} {_pct(g.items[text].fail_rate)}" for g in c.graders if text in g.items]
        print(f"  {text}：" + "，".join(parts) + f"；全体 {_pct(c.office.items[text].fail_rate)}")
    return 0


def _list(cs, as_json: bool) -> int:
    sessions = cs.list_sessions()
    if as_json:
        print(json.dumps([{"id": s.id, "title": s.title, "date": str(s.date), "status": s.status,
                           "conversations": len(cs.conversations_of(s)),
                           "graders": [g.name for g in cs.graders_of(s)]} for s in sessions],
                         ensure_ascii=False, indent=2))
        return 0
    if not sessions:
        print("还没有校准会话。新建：calibration create --title 名称 --conversation 单号 --grader 评分人 …")
        return 0
    print(f"{'编号':>4}  {'日期':<10}  {'状态':<4}  会话  评分人")
    for s in sessions:
        graders = "、".join(g.name for g in cs.graders_of(s))
        print(f"{s.id:>4}  {s.date:%Y-%m-%d}  {cs.STATUS[s.status][0]:<4}  {len(cs.conversations_of(s)):>4}  "
              f"{graders}  {s.title}")
    return 0


def _sheet(cs, args) -> int:
    session = cs.find_session(args.sheet_session)
    grader = cs.find_grader(session, args.grader)
    sheet = cs.grader_sheet(session.id, grader)
    convs = cs.conversations_of(session)
    if args.sheet_json or args.json:
        print(json.dumps({"session": session.id, "grader": grader.name,
                          "ratings": [{"conversation": c.reference, "code": it["code"],
                                       "verdict": sheet.get((c.id, it["id"]))}
                                      for c in convs for it in session.items]}, ensure_ascii=False, indent=2))
        return 0
    print(f"校准会话 {session.id}“{session.title}” 评分人：{grader.name}（只显示本人的评分）")
    print(f"{'单号':<14}" + "".join(f"{it['code']:>4}" for it in session.items))
    mark = {"pass": "1", "fail": "0", None: "·"}
    for c in convs:
        print(f"{c.reference:<14}" + "".join(f"{mark[sheet.get((c.id, it['id']))]:>4}" for it in session.items))
    return 0


def _print_report(report) -> None:
    a = report.analysis
    s = report.session
    k = a.kappa
    name = {"cohen": "Cohen's kappa", "fleiss": "Fleiss' kappa"}.get(k.kind, "kappa")
    print(f"校准报告 {s.id}“{s.title}”（{s.date:%Y-%m-%d}）：{a.conversations} 个会话，{len(a.graders)} 位评分人，"
          f"{len(a.items)} 个检查项目")
    if k.value is None:
        print(f"{name}：无法计算 — {k.undefined}")
    else:
        print(f"{name} = {k.value:.3f}（{k.reading}，按 {k.units} 个评分单元计算）  总体一致率 {_pct(a.overall_agreement)}")
    for note in a.notes:
        print(f"注：{note}")
    print("\n各项一致率（最不一致的在前）：")
    for i in sorted(a.items, key=lambda i: (i.agreement is None, i.agreement if i.agreement is not None else 0)):
        print(f"  {i.code}  {_pct(i.agreement):>5}  不通过 {i.fails}/{i.verdicts}  {i.section} {i.text}")
    print("\n评分人（宽严度 = 不通过次数 − 共识的不通过次数；负数偏宽，正数偏严）：")
    for g in a.graders:
        print(f"  {g.name:<8} 宽严度 {g.leniency:+g}（{g.leaning}）  与共识一致 {_pct(g.agreement_with_consensus)}  "
              f"已评 {g.rated}，漏评 {g.skipped}")
