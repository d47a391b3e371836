"""Command line for Excel: ``template``, ``import`` and ``export``.

    python main.py template staff|events|figures|exams --out FILE.xlsx
    python main.py template annual-review --year YYYY --out FILE.xlsx
    python main.py import staff|events|figures|exams FILE.xlsx|FILE.xls|FILE.ods [--dry-run] [--update] [--marked OUT.xlsx]
    python main.py import annual-review FILE.xlsx|FILE.xls|FILE.ods --year YYYY [--dry-run] [--update]
    python main.py export month|events|figures|staff|exams|appeals|gifts|all [--month YYYY-MM] --out FILE.xlsx

An invalid import exits with 2 and lists every problem on stderr; nothing is written.
"""

from __future__ import annotations

import sys

from .common import DB, UsageError, cli_actor, command, open_from_args, out_file
from ..base.months import Month

IMPORT_KINDS = ["staff", "events", "figures", "exams", "annual-review"]
EXPORT_KINDS = ["month", "events", "figures", "staff", "exams", "appeals", "gifts", "all"]


def register(sub) -> None:
    s = sub.add_parser("template", help="save a blank import template (Chinese headers, drop-downs, notes)", parents=[DB])
    s.add_argument("kind", choices=IMPORT_KINDS + ["calibration"])
    s.add_argument("--session", help="calibration: the session id")
    s.add_argument("--grader", help="calibration: only this grader's sheet")
    s.add_argument("--out", required=True, help="the .xlsx file to write")
    s.add_argument("--year", help="annual-review: the review year, YYYY")

    s = sub.add_parser("import", help="import staff, events, figures or exam results from an .xlsx, .xls or .ods file", parents=[DB])
    s.add_argument("kind", choices=IMPORT_KINDS + ["calibration"])
    s.add_argument("file", help="the .xlsx, .xls or .ods file to read")
    s.add_argument("--dry-run", action="store_true", help="check and show what would change; write nothing")
    s.add_argument("--update", action="store_true", help="allow changing existing data (e.g. re-imported figures)")
    s.add_argument("--month", help="month for rows without a month column (figures), YYYY-MM")
    s.add_argument("--marked", help="when invalid, save a copy with the bad cells marked to this file")
    s.add_argument("--year", help="annual-review: the review year, YYYY")

    s = sub.add_parser("export", help="export month results, the event log, figures, staff or everything", parents=[DB])
    s.add_argument("kind", choices=EXPORT_KINDS)
    s.add_argument("--month", help="YYYY-MM (required for month; optional filter otherwise)")
    s.add_argument("--out", required=True, help="the .xlsx file to write")
    s.add_argument("--staff", help="events: only this employee no.")
    s.add_argument("--rule", help="events: only this rule code")
    s.add_argument("--valid-only", action="store_true", help="events: leave out voided events")


def _progress_printer():
    last = [0]

    def report(done, total, text):
        if total and total >= 2000 and done - last[0] >= total // 10:
            last[0] = done
            print(f"  {text}（{done}/{total}）", file=sys.stderr)
        return True

    return report


def _annual_year(args) -> int | None:
    """The --year of an annual-review template or import (required there, refused elsewhere)."""
    if args.kind != "annual-review":
        if getattr(args, "year", None):
            raise UsageError("--year 只用于 annual-review（年度考核）。")
        return None
    if not getattr(args, "year", None):
        raise UsageError("年度考核需要 --year YYYY，例如 --year 2026。")
    from ..annual.reviews import check_year

    return check_year(args.year)


@command("template", "save an import template")
def cmd_template(args) -> int:
    from ..excel.templates import save_template

    out = out_file(args.out, example="导入模板.xlsx")
    if args.kind == "calibration":
        return _calibration_template(args, out)
    year = _annual_year(args)
    if getattr(args, "sub_db", None) or args.db or year is not None:
        open_from_args(args)  # the annual-review template lists the people of the open database
    path = save_template(args.kind, out, year=year)
    print(f"导入模板已保存：{path}")
    return 0


@command("import", "import an Excel file")
def cmd_import(args) -> int:
    from ..excel.importers import ImportInvalid, apply_import, read_import, save_marked_copy

    if args.kind == "calibration":
        return _calibration_import(args)
    year = _annual_year(args)
    open_from_args(args)
    month = Month.parse(args.month) if args.month else None
    preview = read_import(args.file, args.kind, month=month, year=year, progress=_progress_printer())
    for line in preview.notes:
        print(line)
    if preview.problems:
        print(f"错误：{preview.summary()}", file=sys.stderr)
        for line in preview.problem_lines():
            print(f"  {line}", file=sys.stderr)
        if args.marked:
            out = save_marked_copy(preview, args.marked)
            print(f"已另存标出问题的副本：{out}", file=sys.stderr)
        return 2
    print(preview.summary())
    for r in preview.changes[:50]:
        detail = "；".join(f"{label} {old or '（空）'} → {new or '（空）'}" for label, old, new in r.changes)
        print(f"  更新 第 {r.row} 行 {r.label}：{detail}")
    if len(preview.changes) > 50:
        print(f"  ……另有 {len(preview.changes) - 50} 条更新")
    if args.dry_run:
        print("（试运行：没有写入任何数据）")
        return 0
    if preview.changes and not args.update:
        raise UsageError(f"有 {len(preview.changes)} 条会覆盖已有数据，没有导入。确认无误后加 --update 重新运行。")
    try:
        result = apply_import(cli_actor(), preview, update=args.update, progress=_progress_printer())
    except ImportInvalid as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        for p in exc.problems:
            print(f"  {p.text()}", file=sys.stderr)
        return 2
    print(result.summary())
    for p in result.proposals:
        print(f"  建议 {p.rule_code} +{p.points}：{p.employee_no} {p.name}（{p.reason}）")
    return 0


def _calibration_template(args, out) -> int:
    from ..excel.calibration_import import save_calibration_template

    if not args.session:
        raise UsageError("校准评分模板需要 --session ID（用 calibration list 查看会话编号）。")
    open_from_args(args)
    path = save_calibration_template(args.session, out, grader=args.grader)
    print(f"校准评分模板已保存：{path}")
    return 0


def _calibration_import(args) -> int:
    from ..excel.calibration_import import CalibrationImportInvalid, import_calibration

    open_from_args(args)
    try:
        result = import_calibration(cli_actor(), args.file, dry_run=args.dry_run)
    except CalibrationImportInvalid as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        for line in exc.lines():
            print(f"  {line}", file=sys.stderr)
        return 2
    print("（试运行：文件没有问题，没有写入任何数据）" if args.dry_run else result.summary())
    return 0


@command("export", "export to Excel")
def cmd_export(args) -> int:
    from ..excel import exporters

    out = out_file(args.out, example="导出.xlsx")
    open_from_args(args)
    month = Month.parse(args.month) if args.month else None
    kind = args.kind
    if kind != "events" and (args.staff or args.rule or args.valid_only):
        raise UsageError("--staff、--rule 和 --valid-only 只用于 export events（评分记录）。")
    if kind == "month":
        if month is None:
            raise UsageError("导出月度结果需要 --month YYYY-MM。")
        path = exporters.export_month(out, month)
    elif kind == "events":
        from ..office.lookups import find_rule, find_staff

        # An unknown person or rule is refused by name, not answered with an empty workbook.
        staff = find_staff(args.staff).employee_no if args.staff else None
        rule = find_rule(args.rule).code if args.rule else None
        path = exporters.export_events(out, month=month, employee_no=staff, rule_code=rule,
                                       include_voided=not args.valid_only)
    elif kind == "figures":
        path = exporters.export_figures(out, month)
    elif kind == "staff":
        path = exporters.export_staff(out)
    elif kind == "exams":
        path = exporters.export_exams(out, month)
    elif kind == "appeals":
        path = exporters.export_appeals(out, month)
    elif kind == "gifts":
        if month is None:
            raise UsageError("导出赠品发放清单需要 --month YYYY-MM。")
        path = exporters.export_gifts(out, month)
    else:
        path = exporters.export_all(out, month)
    print(f"已导出：{path}")
    return 0
