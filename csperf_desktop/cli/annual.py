"""Command line for the annual review: ``annual`` (the report PDF), ``annual-results``
(the team comparison) and ``annual-whatif`` (ranks under other weights, nothing saved)."""

from __future__ import annotations

import json
import sys

from .common import DB, command, decimal_number, open_from_args
from ..base.errors import ValidationError
from ..base.values import number_text


def register(sub) -> None:
    s = sub.add_parser("annual", help="print the annual review report (年度考核报告) as PDF", parents=[DB])
    s.add_argument("--year", required=True, help="YYYY")
    s.add_argument("--out", help="one PDF with each person on new pages")
    s.add_argument("--staff", action="append", metavar="EMPLOYEE_NO", help="only this person (repeatable)")
    s.add_argument("--per-agent-folder", metavar="DIR", help="one PDF per person into this folder")
    s.add_argument("--paper", default="A4", type=str.upper, choices=["A3", "A4"])

    s = sub.add_parser("annual-results", help="the year's annual results, sortable (team comparison)", parents=[DB])
    s.add_argument("--year", required=True, help="YYYY")
    s.add_argument("--sort", default="final", help="final, monthly_avg, evaluation, employee_no or a dimension code")
    s.add_argument("--ascending", action="store_true")
    s.add_argument("--team")
    s.add_argument("--role", choices=["agent", "team_lead", "qa"])
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("annual-whatif", help="how annual ranks move under other weights (nothing is saved)", parents=[DB])
    s.add_argument("--year", required=True, help="YYYY")
    s.add_argument("--weights", default="", help="dimension or indicator code=percent, comma separated, "
                                                 "e.g. results=50,quality=20,ability=20,teamwork=10")
    s.add_argument("--monthly", type=decimal_number, help="weight of the monthly average in the annual score (%%)")
    s.add_argument("--role", choices=["agent", "team_lead", "qa"])
    s.add_argument("--team")


def _year(args) -> int:
    from ..annual import check_year

    return check_year(args.year)


@command("annual", "print the annual review report")
def cmd_annual(args) -> int:
    from ..reports.annual_report import AnnualReportOptions, write_annual_review
    from .reports import per_person_target, printing, report_written

    target, folder = per_person_target(args)
    year = _year(args)
    open_from_args(args)
    with printing():
        paths = write_annual_review(year, target, staff_ids=args.staff, one_file_per_agent=folder,
                                    options=AnnualReportOptions(paper=args.paper))
    report_written(paths, target, folder, "年度考核报告")
    return 0


def _f(v) -> str:
    return "—" if v is None else f"{v:.1f}"


@command("annual-results", "annual results")
def cmd_annual_results(args) -> int:
    from ..annual import REVIEW_STATUS, compute_all, distribution_warning, team_comparison

    year = _year(args)
    open_from_args(args)
    results = compute_all(year)
    rows = team_comparison(year, sort_by=args.sort, descending=not args.ascending, team=args.team, role=args.role,
                           results=results)
    known = {"final", "monthly_avg", "evaluation", "employee_no", "name", "team"}
    dims: dict[str, str] = {}
    for r in rows:
        dims.update(r["dimension_names"])
    if args.sort not in known and args.sort not in dims:
        raise ValidationError(f"不能按“{args.sort}”排序。可选：final、monthly_avg、evaluation、employee_no，"
                              f"或维度代码 {'、'.join(dims)}。", field="sort")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{year}年度考核  共 {len(rows)} 人" + (f"（{sum(r['provisional'] for r in rows)} 人暂定）"
                                                if any(r["provisional"] for r in rows) else ""))
    head = f"{'名次':>4} {'工号':<8} {'姓名':<6} {'状态':<4} {'月度均分':>6} {'年终评价':>6} {'总分':>6} 等级   定稿 "
    print(head + "  ".join(dims.values()))
    for r in rows:
        cells = "  ".join(f"{_f(r['dimensions'].get(code)):>{max(4, len(name) * 2)}}" for code, name in dims.items())
        print(f"{r['rank'] or '—':>4} {r['employee_no']:<8} {r['name']:<6} {REVIEW_STATUS[r['status']][0]:<4} "
              f"{_f(r['monthly_avg']):>8} {_f(r['evaluation']):>8} {_f(r['final']):>6} {r['grade']:<5} "
              f"{'暂定' if r['provisional'] else '定稿'}  {cells}")
    pending = [r for r in rows if r["provisional"]]
    if pending:
        print("暂定：结果和等级在签字、评分完整、全年各月公示后才定稿。")
    warning = distribution_warning(results)
    if warning:
        print(f"注意：{warning}", file=sys.stderr)
    return 0


def parse_weights(text: str) -> dict[str, float]:
    out = {}
    for part in (text or "").replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        code, sep, value = part.partition("=")
        try:
            if not sep or not code.strip():
                raise ValueError
            number = number_text(value.strip().rstrip("%"))
            if number is None:
                raise ValueError
            out[code.strip()] = number
        except ValueError:
            raise ValidationError(f"权重“{part}”写法不对：请写成 代码=百分比，例如 results=50。", field="weights") from None
    return out


@command("annual-whatif", "annual what-if")
def cmd_annual_whatif(args) -> int:
    from ..annual import compute_all, what_if

    year = _year(args)
    weights = parse_weights(args.weights)
    open_from_args(args)
    results = compute_all(year)
    dim_codes = {d.code for r in results for d in r.dimensions}
    ind_codes = {i.code for r in results for d in r.dimensions for i in d.indicators}
    unknown = [c for c in weights if c not in dim_codes and c not in ind_codes]
    if unknown:
        raise ValidationError(f"没有代码为“{unknown[0]}”的维度或指标。维度：{'、'.join(sorted(dim_codes))}。",
                              field="weights")
    rows = what_if(year, {k: v for k, v in weights.items() if k in dim_codes},
                   {k: v for k, v in weights.items() if k in ind_codes and k not in dim_codes},
                   args.monthly, role=args.role, team=args.team, results=results)
    print(f"{year}年度考核 · 权重模拟（未保存）")
    print(f"{'新名次':>4} {'原名次':>4} {'变化':>4} {'工号':<8} {'姓名':<6} {'原总分':>6} {'新总分':>6} 原等级 新等级")
    for w in rows:
        move = "—" if w.move is None else ("持平" if w.move == 0 else f"↑{w.move}" if w.move > 0 else f"↓{-w.move}")
        print(f"{w.rank_after or '—':>6} {w.rank_before or '—':>6} {move:>4} {w.employee_no:<8} {w.name:<6} "
              f"{_f(w.final_before):>8} {_f(w.final_after):>8} {w.grade_before:<5} {w.grade_after}")
    return 0
