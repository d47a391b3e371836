"""Command-line access to appeals, exams and spot checks.

    appeal add --month 2026-10 --staff KF003 --events 12,15 --reason "..." [--category wrong_facts]
               [--proposed 12:-1,15:0] [--received "2026-11-02 09:10"] [--late-reason "..."]
    appeal decide 7 --outcome upheld|partly|rejected|withdrawn --reason "..." [--items 12:void,15:-2,16:reject]
    appeal report (--month 2026-10 | --year 2026)
    appeals --month 2026-10 [--status pending]
    exam add --date 2026-10-28 --title "十月产品知识" [--area product] [--full 100] [--pass 60]
    exam result 3 --staff KF001 (--score 95 | --absent) [--note ...]
    exam stats 3
    exams --month 2026-10
    spotcheck add --staff KF001 --date 2026-10-12 --ref TK88 [--channel ticket] [--fail 5:说这不归我管 --fail 8]
    spotcheck items
    spotchecks --month 2026-10
"""

from __future__ import annotations

from . import exambank
from .common import DB, Parser, UsageError, cli_actor, command, month_from_args, open_from_args, whole_number
from ..base.text import ratio_pct


def register(sub) -> None:
    p = sub.add_parser("appeal", help="record, decide or report re-check applications (复核申请)")
    acts = p.add_subparsers(dest="action", parser_class=Parser, required=True)
    s = acts.add_parser("add", help="record an appeal against a published month", parents=[DB])
    s.add_argument("--month", required=True)
    s.add_argument("--staff", required=True, help="employee number")
    s.add_argument("--events", default="", help="disputed event ids, comma separated (none = whole score)")
    s.add_argument("--reason", required=True)
    s.add_argument("--category", default="other", help="wrong_facts | wrong_rule | wrong_points | other")
    s.add_argument("--proposed", default="", help="points the agent asks for: EVENT:POINTS,...")
    s.add_argument("--received", help="local time received, e.g. '2026-11-02 09:10' (default now)")
    s.add_argument("--late-reason", dest="late_reason", help="accept after the deadline (admin)")
    s = acts.add_parser("decide", help="decide a pending appeal", parents=[DB])
    s.add_argument("id", type=whole_number)
    s.add_argument("--outcome", required=True, help="upheld | partly | rejected | withdrawn")
    s.add_argument("--reason", default="")
    s.add_argument("--items", default="",
                   help="per event: EVENT:void | EVENT:reject | EVENT:POINTS | EVENT:RULE:POINTS")
    s = acts.add_parser("report", help="self-check: appeals received, upheld rate, rules overturned", parents=[DB])
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--month")
    g.add_argument("--year", type=whole_number)

    s = sub.add_parser("appeals", help="list a month's appeals", parents=[DB])
    s.add_argument("--month", required=True)
    s.add_argument("--status", help="pending | upheld | partly | rejected | withdrawn")

    p = sub.add_parser("exam", help="add an exam, enter a result, show statistics")
    acts = p.add_subparsers(dest="action", parser_class=Parser, required=True)
    s = acts.add_parser("add", help="add an exam", parents=[DB])
    s.add_argument("--date", required=True)
    s.add_argument("--title", required=True)
    s.add_argument("--month", help="YYYY-MM the exam counts for (default: the date's)")
    s.add_argument("--area", default="mixed", help="orders | after_sales | daily | product | company_rules | mixed")
    s.add_argument("--full", type=whole_number, default=100, help="full marks")
    s.add_argument("--pass", dest="pass_mark", type=whole_number, help="pass mark (default 60%% of full marks)")
    s = acts.add_parser("result", help="enter or change one agent's result", parents=[DB])
    s.add_argument("id", type=whole_number)
    s.add_argument("--staff", required=True)
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--score")
    g.add_argument("--absent", action="store_true")
    s.add_argument("--note", default="")
    s = acts.add_parser("stats", help="an exam's results and statistics", parents=[DB])
    s.add_argument("id", type=whole_number)
    exambank.add_exam_actions(acts)

    s = sub.add_parser("exams", help="list a month's exams", parents=[DB])
    s.add_argument("--month", required=True)

    p = sub.add_parser("spotcheck", help="record a spot check, or list the checklist items")
    acts = p.add_subparsers(dest="action", parser_class=Parser, required=True)
    s = acts.add_parser("add", help="record one spot check (items not failed count as passed)", parents=[DB])
    s.add_argument("--staff", required=True)
    s.add_argument("--date", required=True)
    s.add_argument("--ref", default="", help="order or ticket reference")
    s.add_argument("--channel", default="chat", help="chat | phone | ticket | email | other")
    s.add_argument("--by", dest="checked_by", help="who checked (default: the current user)")
    s.add_argument("--fail", action="append", default=[], help="a failed item: ITEM_ID[:note] (repeatable)")
    s.add_argument("--note", default="")
    s = acts.add_parser("items", help="list the checklist items with their ids and linked rules", parents=[DB])

    s = sub.add_parser("spotchecks", help="a month's spot checks per agent and per checklist item", parents=[DB])
    s.add_argument("--month", required=True)


def _pairs(text: str, label: str) -> dict:
    out = {}
    for part in (text or "").replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition(":")
        if not sep or not value.strip():
            raise UsageError(f"{label}“{part}”格式不对，应为 编号:值，例如 12:-1")
        out[key.strip().lstrip("#")] = value.strip()
    return out


def _items(text: str) -> dict:
    out = {}
    for key, value in _pairs(text, "--items").items():
        rule, sep, pts = value.partition(":")
        out[key] = {"rule": rule, "points": pts} if sep else value
    return out


@command("appeal", "appeals: add, decide, report")
def cmd_appeal(args) -> int:
    from ..monthly import appeals as ap
    from ..base.vocab import UNRANKED_ZH, revision_label

    open_from_args(args)
    actor = cli_actor()
    if args.action == "add":
        a = ap.record_appeal(actor, month_from_args(args), args.staff, args.events, args.reason, args.category,
                             proposed_points=_pairs(args.proposed, "--proposed"), received_at=args.received,
                             late_reason=args.late_reason)
        what = "整体成绩" if a.whole_score else f"{len(list(a.items))} 条评分记录"
        print(f"复核申请 #{a.id} 已登记：{a.staff.name}，{what}" + ("（逾期受理）" if a.late_reason else "") + "。")
        return 0
    if args.action == "decide":
        a = ap.decide_appeal(actor, args.id, args.outcome, args.reason, _items(args.items) or None)
        line = f"复核申请 #{a.id}：{ap.STATUS[a.status][0]}"
        if a.revision_after and a.revision_after != a.revision_before:
            line += (f"。{a.month} 现为{revision_label(a.revision_after)}，{a.staff.name} 得分 {a.score_before} → "
                     f"{a.score_after}，" + (f"名次 {a.rank_before} → {a.rank_after}" if a.rank_after is not None
                                             else UNRANKED_ZH) + "；公示需重新打印")
        print(line + "。")
        return 0
    from ..base.months import Month

    r = ap.appeal_report(month=Month.parse(args.month) if args.month else None, year=args.year)
    print(f"{r.label} 复核申请自查")
    print(f"收到 {r.received} 份（逾期受理 {r.late_accepted}），"
          + "，".join(f"{ap.STATUS[s][0]} {n}" for s, n in sorted(r.by_status.items())))
    print(f"成立率（含部分成立，不含撤回）：{ratio_pct(r.upheld_rate)}")
    if r.overturned_rules:
        print("被改判最多的考核项目：" + "；".join(f"{c} {n}（{k} 次）" for c, n, k in r.overturned_rules[:5]))
    return 0


@command("appeals", "list a month's appeals")
def cmd_appeals(args) -> int:
    from ..monthly import appeals as ap

    month = month_from_args(args)
    open_from_args(args)
    print(f"{month.label_zh}  {ap.window(month).text}")
    rows = ap.appeal_rows(month, args.status)
    if not rows:
        print("没有复核申请。")
    for r in rows:
        late = " 逾期受理" if r.late else ""
        print(f"#{r.id} {r.employee_no} {r.name} {r.received_at}{late} [{r.status_zh}] {r.category_zh}：{r.reason}")
        for i in r.items:
            print(f"    #{i.event_id} {i.text}")
        if r.decision_reason:
            print(f"    处理：{r.decision_reason}" + (f"（得分 {r.score_before} → {r.score_after}）"
                                                   if r.score_after != r.score_before else ""))
    return 0


@command("exam", "exams: add, result, stats")
def cmd_exam(args) -> int:
    from ..monthly import exams as ex

    if args.action in exambank.EXAM_ACTIONS:
        return exambank.run_exam_action(args)
    open_from_args(args)
    actor = cli_actor()
    if args.action == "add":
        e = ex.add_exam(actor, date=args.date, title=args.title, month=args.month, area=args.area,
                        full_marks=args.full, pass_mark=args.pass_mark)
        print(f"考试 #{e.id} 已添加：{e.title}（{e.month}，满分 {e.full_marks}，及格 {e.pass_mark}）")
        return 0
    if args.action == "result":
        r = ex.set_result(actor, args.id, args.staff, args.score, absent=args.absent, note=args.note)
        extra = "；满分，已生成 B02 加分建议，请在“加分建议”中确认" if ex.is_full_marks(r) else ""
        print(f"{r.staff.name}：{'缺考' if r.absent else f'{r.score:g} 分'}{extra}")
        return 0
    s = ex.exam_stats(args.id)
    print(f"#{s.exam_id} {s.title}  满分 {s.full_marks}  及格 {s.pass_mark}")
    print(f"参考 {s.sat} 人，缺考 {s.absent} 人；平均 {s.mean if s.mean is not None else '—'}，"
          f"中位数 {s.median if s.median is not None else '—'}，及格率 {ratio_pct(s.pass_rate)}，满分 {s.full_marks_count} 人")
    print("分布：" + "  ".join(f"{label} {n}" for label, n in s.buckets))
    for r in ex.exam_results(args.id):
        print(f"  {r.staff.employee_no} {r.staff.name} {'缺考' if r.absent else f'{r.score:g}'} {r.note}")
    return 0


@command("exams", "list a month's exams")
def cmd_exams(args) -> int:
    from ..monthly import exams as ex
    from ..monthly.proposals import pending_full_marks

    month = month_from_args(args)
    open_from_args(args)
    found = ex.month_exams(month)
    if not found:
        print(f"{month.label_zh}没有考试。")
    for e in found:
        s = ex.exam_stats(e.id)
        print(f"#{e.id} {e.date:%Y-%m-%d} {e.title}（{ex.EXAM_AREAS[e.area][0]}）参考 {s.sat} 人，"
              f"平均 {s.mean if s.mean is not None else '—'}，及格率 {ratio_pct(s.pass_rate)}")
    pending = pending_full_marks(month)
    if pending:
        print(f"待确认的满分加分：{len(pending)} 条（" + "、".join(p.name for p in pending) + "）")
    return 0


@command("spotchecks", "a month's spot checks")
def cmd_spotchecks(args) -> int:
    from ..monthly import spotchecks as sc
    from ..monthly.proposals import pending_deductions

    month = month_from_args(args)
    open_from_args(args)
    s = sc.month_summary(month)
    print(f"{month.label_zh} 随机抽查 {s.checks} 次")
    for a in s.agents:
        print(f"  {a.employee_no} {a.name} 抽查 {a.checks} 次，未通过 {a.failed_checks} 次，项目通过率 {ratio_pct(a.pass_rate)}")
    for i in s.items:
        print(f"  [{sc.SECTIONS.get(i.section, (i.section,))[0]}] {i.text}：通过率 {ratio_pct(i.pass_rate)}"
              + (f"（{i.rule_code}）" if i.rule_code else ""))
    pending = pending_deductions(month)
    if pending:
        print(f"待确认的抽查扣分：{len(pending)} 条")
    return 0


@command("spotcheck", "spot checks: add, items")
def cmd_spotcheck(args) -> int:
    from ..monthly import spotchecks as sc
    from ..monthly.proposals import pending_deductions

    open_from_args(args)
    if args.action == "items":
        for i in sc.checklist():
            print(f"{i.id:>3} [{sc.SECTIONS.get(i.section, (i.section,))[0]}] {i.text}"
                  + (f" → {i.rule_code}" if i.rule_code else ""))
        return 0
    failed = {}
    for f in args.fail:
        key, _, note = f.partition(":")
        failed[key.strip()] = (False, note.strip())
    c = sc.record_spot_check(cli_actor(), args.staff, args.date, args.ref, args.channel, args.checked_by,
                             failed, args.note)
    proposals = [p for p in pending_deductions(month_of(c)) if p.source.startswith(f"{sc.SOURCE_PREFIX}{c.id}:")]
    print(f"抽查 #{c.id} 已记录：{c.staff.name}，未通过 {len(failed)} 项"
          + (f"；建议扣分 {'、'.join(f'{p.rule_code} -{p.points}' for p in proposals)}，待主管确认" if proposals else ""))
    return 0


def month_of(check):
    from ..base.months import Month

    return Month.parse(check.month)
