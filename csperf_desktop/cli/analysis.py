"""``analysis``: the months side by side without the window (people × months, teams, rule
analytics, this quarter against the last, rules never used, movers, coaching against the later
trend), as text tables or JSON; ``coach``: a coaching note from a deduction event."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

from ..base.text import number_text
from .common import DB, UsageError, cli_actor, command, open_from_args

RULE_DIMENSIONS = {"month": ("by_month", "月份"), "team": ("by_team", "小组"),
                   "grader": ("by_grader", "评分人"), "method": ("by_method", "核查方式")}
KIND_ZH = {"bonus": "加分", "deduction": "扣分"}


def register(sub) -> None:
    s = sub.add_parser("analysis", help="months side by side: people, teams, rules, movers (分析)", parents=[DB])
    s.add_argument("--from", dest="first", required=True, help="first month, YYYY-MM")
    s.add_argument("--to", dest="last", required=True, help="last month, YYYY-MM")
    who = s.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="EMPLOYEE_NO", help="only this person (employee number)")
    who.add_argument("--team", help="only this team")
    s.add_argument("--rules", choices=sorted(RULE_DIMENSIONS), help="rule analytics by month, team, grader or method")
    s.add_argument("--movers", action="store_true", help="the most improved and the fallen over 1 and 3 months")
    s.add_argument("--json", action="store_true", help="print JSON instead of text tables")

    c = sub.add_parser("coach", help="record a coaching note from a deduction event (扣分辅导)", parents=[DB])
    c.add_argument("--event", required=True, help="the deduction event's id")
    c.add_argument("--note", help="what was agreed; added after the event's line (date, rule, points, note)")
    c.add_argument("--dry-run", action="store_true", help="print the draft, record nothing")


# ---- text layout -------------------------------------------------------------------------------

def width(text: str) -> int:
    """Columns the text takes in a terminal (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def cell(text, size: int, right: bool = False) -> str:
    text = str(text)
    pad = " " * max(0, size - width(text))
    return pad + text if right else text + pad


def table(headings: list[str], rows: list[list], right: set[int] = frozenset()) -> list[str]:
    """Lines of a table, each column as wide as its widest cell (numbers right-aligned)."""
    rows = [[("—" if v is None else v) for v in row] for row in rows]
    sizes = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headings)]
    out = ["  ".join(cell(h, sizes[i], i in right) for i, h in enumerate(headings)).rstrip()]
    for r in rows:
        out.append("  ".join(cell(v, sizes[i], i in right) for i, v in enumerate(r)).rstrip())
    return out


def _signed(v):
    if v is None:
        return None
    return f"+{v}" if v > 0 else str(v)


# ---- what the command shows, as plain data -----------------------------------------------------

def _plain(obj):
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj


def _person_of(analysis, employee_no: str):
    wanted = employee_no.strip().upper()
    for p in analysis.people.values():
        if p.employee_no.upper() == wanted:
            return p
    raise UsageError(f"找不到工号为“{employee_no}”的人员。请检查 --person 的工号（例如 KF001）。")


def _check_team(analysis, team: str) -> str:
    team = team.strip()
    known = set(analysis.teams()) | {p.team for p in analysis.people.values() if p.team}
    if team not in known:
        listed = "、".join(sorted(known)) or "（没有小组）"
        raise UsageError(f"没有名为“{team}”的小组。--team 可选：{listed}。")
    return team


def build(analysis, *, person=None, team=None, rules_by=None) -> dict:
    """The JSON document (stable keys): the range, the people's and teams' courses, the matrix,
    the rule analytics (totals, or by one dimension), never-used rules, the quarter, the movers,
    coaching against the later trend."""
    matrix = analysis.matrix()
    if person is not None:
        matrix = [r for r in matrix if r.person.staff_id == person.staff_id]
    elif team is not None:
        matrix = [r for r in matrix if r.team == team]
    shown = [person] if person is not None else [r.person for r in matrix]
    latest_team = {r.person.staff_id: r.team for r in matrix}
    people = [{**_plain(p), "team": latest_team.get(p.staff_id, p.team), "trend": [
        {"month": t.month, "published": t.published,
         "final": t.result.final if t.result else None, "rank": t.result.rank if t.result else None,
         "ranked_count": t.result.ranked_count if t.result else None,
         "warning": bool(t.result and t.result.warning),
         "bonus": t.result.bonus if t.result else None, "deduction": t.result.deduction if t.result else None,
         "team_average": t.team_average, "office_average": t.office_average}
        for t in analysis.person_trend(p.staff_id)]} for p in shown]
    teams = [team] if team is not None else ([] if person is not None else analysis.teams())
    ra = analysis.rules
    if team is not None and rules_by in (None, "team"):
        # A team's own rule use: the by-team figures of that team (the rest is the whole office's).
        rules_by = "team"
        rules = [s for s in ra.by_team if s.key == team]
    else:
        rules = getattr(ra, RULE_DIMENSIONS[rules_by][0]) if rules_by else ra.totals
    staff_ids = {r.person.staff_id for r in matrix} if (person or team) else None
    up_down = {}
    for span in (1, 3):
        up, down = analysis.movers(span)
        if staff_ids is not None:
            up = [m for m in up if m.person.staff_id in staff_ids]
            down = [m for m in down if m.person.staff_id in staff_ids]
        up_down[str(span)] = {"up": [_mover(m) for m in up], "down": [_mover(m) for m in down]}
    coaching = [c for c in analysis.coaching if staff_ids is None or c.person.staff_id in staff_ids]
    return {
        "from": analysis.first.key, "to": analysis.last.key, "months": list(analysis.months),
        "published_months": analysis.published_months,
        "status": {m: analysis.status.get(m, "missing") for m in analysis.months},
        "people": people,
        "teams": [{"team": t, "trend": _plain(analysis.team_trend(t))} for t in teams],
        "matrix": [{"staff_id": r.person.staff_id, "employee_no": r.person.employee_no, "name": r.person.name,
                    "team": r.team, "finals": list(r.finals), "warnings": list(r.warnings), "average": r.average}
                   for r in matrix],
        "rules_by": rules_by or "total",
        "rules_scope": team if team is not None and rules_by == "team" else "office",
        "rules": [_plain(s) for s in rules],
        "never_used": [{"code": c, "name": n, "kind": k} for c, n, k in ra.never_used],
        "quarter": {"this": list(ra.this_quarter), "last": list(ra.last_quarter),
                    "top_deductions": _plain(ra.top_deductions)},
        "movers": up_down,
        "coaching": [{**_plain(c), "person": c.person.employee_no, "name": c.person.name, "change": c.change}
                     for c in coaching],
    }


def _mover(m) -> dict:
    return {"employee_no": m.person.employee_no, "name": m.person.name, "before_month": m.before_month,
            "before": m.before, "after_month": m.after_month, "after": m.after, "change": m.after - m.before}


# ---- text --------------------------------------------------------------------------------------

def render(doc: dict, *, movers: bool) -> list[str]:
    from ..base.months import Month

    months = doc["months"]
    short = [Month.parse(m).key[2:] for m in months]
    lines = [f"分析 {doc['from']} 至 {doc['to']}：{len(months)} 个月，已公示 {len(doc['published_months'])} 个月"]
    unpublished = [m for m in months if m not in doc["published_months"]]
    if unpublished and doc["published_months"]:
        lines.append(f"未公示（不计得分）：{'、'.join(unpublished)}")

    lines += ["", "人员 × 月份（得分；! 表示预警）"]
    rows = [[r["employee_no"], r["name"], r["team"] or "—"]
            + [("—" if f is None else f"{f}{'!' if w else ''}") for f, w in zip(r["finals"], r["warnings"])]
            + [number_text(r["average"])] for r in doc["matrix"]]
    lines += table(["工号", "姓名", "小组", *short, "平均"], rows, right=set(range(3, 4 + len(months)))) \
        if rows else ["（没有人员）"]

    if len(doc["people"]) == 1:
        p = doc["people"][0]
        lines += ["", f"{p['employee_no']} {p['name']} 逐月"]
        lines += table(["月份", "得分", "名次", "加分", "扣分", "小组平均", "全体平均", "预警"],
                       [[t["month"], t["final"], f"{t['rank']}/{t['ranked_count']}" if t["rank"] else None,
                         t["bonus"], t["deduction"], number_text(t["team_average"]), number_text(t["office_average"]),
                         "预警" if t["warning"] else ""] for t in p["trend"]], right={1, 2, 3, 4, 5, 6})

    for t in doc["teams"] if len(doc["teams"]) == 1 else []:
        lines += ["", f"小组 {t['team']} 逐月"]
        lines += table(["月份", "人数", "平均", "最高", "最低", "组排名", "加分次数", "扣分次数", "预警"],
                       [[p["month"], p["people"], number_text(p["average"]), p["best"], p["worst"], p["team_rank"],
                         p["bonus_count"], p["deduction_count"], p["warnings"]] for p in t["trend"]],
                       right=set(range(1, 9)))
    if len(doc["teams"]) > 1:
        lines += ["", "小组平均（按月）"]
        lines += table(["小组", *short], [[t["team"]] + [number_text(p["average"]) for p in t["trend"]]
                                         for t in doc["teams"]], right=set(range(1, 1 + len(months))))

    by = doc["rules_by"]
    heading = "规则使用（合计）" if by == "total" else f"规则使用（按{RULE_DIMENSIONS[by][1]}）"
    if doc["rules_scope"] != "office":
        heading = f"规则使用（小组 {doc['rules_scope']}）"
    elif len(doc["people"]) == 1 or len(doc["teams"]) == 1:
        heading += "，全体人员"
    lines += ["", heading]
    key_head = [] if by == "total" else [RULE_DIMENSIONS[by][1]]
    rows = [([s["key"] or "—"] if key_head else []) + [s["code"], s["name"], KIND_ZH.get(s["kind"], s["kind"]),
                                                      s["count"], _signed(s["points"])] for s in doc["rules"]]
    n = len(key_head)
    lines += table([*key_head, "代码", "规则", "类别", "次数", "分数"], rows, right={n + 3, n + 4}) \
        if rows else ["（范围内没有评分记录）"]

    q = doc["quarter"]
    lines += ["", f"本季度（{q['this'][0]} 至 {q['this'][1]}）扣分最多的规则，与上季度（{q['last'][0]} 至 {q['last'][1]}）比较"]
    rows = [[r["code"], r["name"], r["this_count"], _signed(r["this_points"]), r["last_count"],
             _signed(r["last_points"])] for r in q["top_deductions"]]
    lines += table(["代码", "规则", "本季次数", "本季分数", "上季次数", "上季分数"], rows, right={2, 3, 4, 5}) \
        if rows else ["（本季度没有扣分）"]

    lines += ["", "范围内从未使用的规则"]
    lines += table(["代码", "规则", "类别"], [[r["code"], r["name"], KIND_ZH.get(r["kind"], r["kind"])]
                                          for r in doc["never_used"]]) if doc["never_used"] else ["（没有）"]

    if movers:
        for span, moved in doc["movers"].items():
            for direction, title in (("up", "进步最多"), ("down", "下降最多")):
                lines += ["", f"{title}（{span} 个月）"]
                rows = [[m["employee_no"], m["name"], f"{m['before_month']}：{m['before']}",
                         f"{m['after_month']}：{m['after']}", _signed(m["change"])] for m in moved[direction]]
                lines += table(["工号", "姓名", "之前", "之后", "变化"], rows, right={4}) if rows else ["（没有）"]

    if doc["coaching"]:
        lines += ["", "辅导与之后的走势"]
        lines += table(["日期", "工号", "姓名", "主题", "之前平均", "之后平均", "变化"],
                       [[c["date"], c["person"], c["name"], c["topic"], number_text(c["before"]), number_text(c["after"]),
                         None if c["change"] is None else f"{c['change']:+.1f}"] for c in doc["coaching"]], right={4, 5, 6})
    return lines


@command("analysis", "months side by side: people, teams, rules, movers")
def cmd_analysis(args) -> int:
    from ..insight.analysis import load, month_range

    month_range(args.first, args.last)  # a bad month or range is said before the database is opened
    open_from_args(args)
    analysis = load(args.first, args.last)
    person = _person_of(analysis, args.person) if args.person else None
    team = _check_team(analysis, args.team) if args.team else None
    doc = build(analysis, person=person, team=team, rules_by=args.rules)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    if not analysis.published_months:
        print(f"注意：{doc['from']} 至 {doc['to']} 没有已公示的月份，没有得分可比较；规则使用按记录计算。")
    print("\n".join(render(doc, movers=args.movers)))
    return 0


# ---- coach ------------------------------------------------------------------------------------

def _event_id(text: str) -> int:
    from ..base.values import parse_int

    try:
        return parse_int(text, "评分记录编号", minimum=1, maximum=2 ** 63 - 1)
    except Exception as exc:
        raise UsageError(f"--event 应是评分记录的编号（正整数），不是“{text}”。") from exc


@command("coach", "record a coaching note from a deduction event")
def cmd_coach(args) -> int:
    from ..base.errors import NotFound
    from ..insight.coaching import coach_from_event, coaching_draft

    event_id = _event_id(args.event)
    open_from_args(args)
    try:
        draft = coaching_draft(event_id)
    except NotFound:
        raise UsageError(f"找不到评分记录 #{event_id}。请检查 --event 的编号"
                         "（评分记录的编号见窗口的日常记录，或导出的明细）。") from None
    # What the user writes follows the event's own line, so the note still says which deduction it is about.
    text = (args.note or "").strip()
    changes = {"note": f"{draft['note']}\n{text}"} if text else {}
    if args.dry_run:
        draft.update(changes)
        from ..store.models import Staff

        staff = Staff.get_by_id(draft["staff_id"])
        print(f"辅导草稿（未保存）：{staff.employee_no} {staff.name}")
        print(f"日期：{draft['date']:%Y-%m-%d}")
        print(f"主题：{draft['topic']}")
        print("内容：" + draft["note"].replace("\n", "\n      "))
        return 0
    note = coach_from_event(cli_actor(), event_id, **changes)
    print(f"辅导记录 #{note.id} 已保存：{note.staff.employee_no} {note.staff.name}，{note.date:%Y-%m-%d}，{note.topic}")
    return 0
