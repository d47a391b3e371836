"""The year-end review through Excel: a template filled with each person's current review, and
an all-or-nothing import of ratings, self-review, interview and sign-off.

Template (``build_annual_template(year)``): sheet “年度评分” has one row per person employed
in the year and judged indicator of their template (rating 1–5 and comment); sheet “年终考核”
one row per person (self-review, supervisor comment, interview date / attendees / summary,
development plan, sign-off 是/否). Both are filled with what is already recorded.

Import (``read_annual_review(path, year)``): both sheets are found by their headers and read
with the same reader as every other import; every cell is checked against the same rules as
the review form (a judged indicator of the person's template, 1–5, a comment for 1, 2 and 5,
the interview complete, sign-off only with every rating and the interview). A blank cell
leaves the recorded value as it is. ``apply_import`` then writes each person through the
annual review services (``save_ratings``, ``save_self_review``, ``record_interview``,
``sign_off``) in one transaction: the whole file or nothing, every change audited.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from ..base import clock
from ..base.errors import CsperfError, DatabaseError
from ..store.db import database_failure
from .headers import Column, Kind, register_kind
from .preview import ImportInvalid, PlannedRow, Preview, Problem
from .rows import Row, add_problem, report_progress
from .xlsxwrite import DATE_FORMAT, TEXT_FORMAT, SheetWriter, atomic_save, new_workbook, safe_value

KIND = "annual_review"

RATINGS = Kind("annual_ratings", "年度评分", "年度评分", (
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号"), "必须是该年度在职人员的工号。"),
    Column("name", "姓名", "text", False, ("员工姓名",), "可不填；填了会与工号核对。", check_only=True),
    Column("indicator", "指标代码", "text", True, ("评议指标代码", "indicator_code"),
           "该人员考核模板中的评议指标代码（模板已列好，不要修改）。"),
    Column("indicator_name", "指标名称", "text", False, ("评议指标",), "仅供阅读，导入时不使用。", check_only=True),
    Column("dimension", "所属维度", "text", False, ("维度",), "仅供阅读，导入时不使用。", check_only=True),
    Column("rating", "评分", "int", False, ("评分(1-5)", "评分(1–5)", "分数", "评级"),
           "1–5 的整数；留空表示不修改。评 1、2、5 分时必须写评语。"),
    Column("comment", "评语", "text", False, ("评分说明", "评分依据", "说明"), "评分的依据；留空表示不修改。"),
))

REVIEW = Kind(KIND, "年度考核", "年终考核", (
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号"), "必须是该年度在职人员的工号。"),
    Column("name", "姓名", "text", False, ("员工姓名",), "可不填；填了会与工号核对。", check_only=True),
    Column("self_review", "个人自评", "text", False, ("自评", "个人年度工作总结与自评"), "最多 5000 字；留空表示不修改。"),
    Column("supervisor_comment", "主管评语", "text", False, ("主管总评", "总体评语"), "最多 5000 字；留空表示不修改。"),
    Column("interview_date", "面谈日期", "date", False, ("绩效面谈日期",), "已经进行的面谈的日期，不早于考核年度。"),
    Column("interview_attendees", "参加人员", "text", False, ("面谈参加人员", "参加人"), "记录面谈时必填。"),
    Column("interview_summary", "面谈纪要", "text", False, ("面谈记录", "纪要"), "记录面谈时必填。"),
    Column("development_plan", "发展计划", "text", False, ("改进计划", "发展与改进计划"), "可不填。"),
    Column("sign_off", "签字确认", "text", True, ("签字", "确认签字"),
           "写“是”签字（所有评议指标已评分、面谈已记录才可以）；“否”或留空不签字。已签字的考核不能在此修改。"),
))

for _k in (RATINGS, REVIEW):
    register_kind(_k)

YES = {"是", "y", "yes", "true", "1", "签字", "已签字", "确认", "√", "✓"}
NO = {"否", "n", "no", "false", "0", "", "未签字", "不签字"}
INTERVIEW_FIELDS = ("interview_date", "interview_attendees", "interview_summary", "development_plan")
TEXT_FIELDS = ("self_review", "supervisor_comment") + INTERVIEW_FIELDS[1:]


@dataclass
class AnnualPreview(Preview):
    """An annual-review import: ``year`` and the rows of both sheets (``rows``: one PlannedRow per
    person whose review changes, values = what to write)."""

    year: int = 0
    ratings_sheet: str = ""


# ---------------------------------------------------------------- template

def _people(year: int) -> list:
    from ..annual.compute import staff_in_year
    from ..store.models import Staff

    return list(staff_in_year(Staff.select(), year).order_by(Staff.employee_no))


def _reviews(year: int) -> dict:
    from ..store.models import AnnualReview

    return {r.staff_id: r for r in AnnualReview.select().where(AnnualReview.year == year)}


def build_annual_template(year):
    """The workbook to fill in for ``year``: every person employed in it, with what is recorded."""
    from ..annual.reviews import check_year
    from ..annual.templates import templates_by_role

    year = check_year(year)
    people, reviews, templates = _people(year), _reviews(year), templates_by_role()
    wb = new_workbook()
    ws = wb.create_sheet(RATINGS.sheet)
    hint = (f"{year}年度考核评分：每人每个评议指标一行，填 1–5 分和评语（1、2、5 分必须写评语）；留空表示不修改。"
            "面谈和签字在“年终考核”工作表。")
    w = SheetWriter(ws, [c.zh for c in RATINGS.columns], title=hint, min_width=8, max_width=60,
                    formats={0: TEXT_FORMAT})
    _hint_style(ws)
    for s in people:
        template = templates.get(s.role) or templates["agent"]
        ratings = (reviews[s.id].ratings or {}) if s.id in reviews else {}
        for dim in template.dimensions:
            for ind in dim["indicators"]:
                if ind["kind"] != "judged":
                    continue
                given = ratings.get(ind["code"]) or {}
                w.append([s.employee_no, s.name, ind["code"], ind["name"], dim["name"], given.get("rating"),
                          given.get("comment", "")])
    last = max(w.row + 200, 500)
    rating_col = "F"
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True)
    dv.error, dv.errorTitle, dv.showErrorMessage = "评分应为 1–5 的整数。", "评分", True
    ws.add_data_validation(dv)
    dv.add(f"{rating_col}{w.header_row + 1}:{rating_col}{last}")
    w.finish()

    ws2 = wb.create_sheet(REVIEW.sheet)
    hint2 = (f"{year}年度考核：每人一行。留空表示不修改；记录面谈需填日期、参加人员和纪要；"
             "“签字确认”写“是”即签字（评分齐全、面谈已记录才可以），签字后不能再修改。")
    w2 = SheetWriter(ws2, [c.zh for c in REVIEW.columns], title=hint2, min_width=8, max_width=40,
                     formats={0: TEXT_FORMAT, 4: DATE_FORMAT})
    _hint_style(ws2)
    for s in people:
        r = reviews.get(s.id)
        w2.append([s.employee_no, s.name, r.self_review if r else "", r.supervisor_comment if r else "",
                   r.interview_date if r else None, r.interview_attendees if r else "",
                   r.interview_summary if r else "", r.development_plan if r else "",
                   "是" if r is not None and r.signed_off_at is not None else "否"])
    dv2 = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    dv2.error, dv2.errorTitle, dv2.showErrorMessage = "请选择“是”或“否”。", "签字确认", True
    ws2.add_data_validation(dv2)
    dv2.add(f"I{w2.header_row + 1}:I{max(w2.row + 200, 500)}")
    for row in ws2.iter_rows(min_row=w2.header_row + 1, max_row=w2.row - 1):
        for cell in row[2:8]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    w2.finish()
    _notes(wb, year)
    wb.active = 0
    return wb


def _hint_style(ws) -> None:
    ws["A1"].font = Font(bold=True, size=11, color="44546A")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 34


def _notes(wb, year: int) -> None:
    ws = wb.create_sheet("填写说明")
    w = SheetWriter(ws, ["工作表", "列名", "英文列名", "必填", "说明"], title=f"{year}年度考核导入模板 — 填写说明",
                    min_width=8, max_width=70)
    for kind in (RATINGS, REVIEW):
        for c in kind.columns:
            w.append([kind.sheet, c.zh, c.key, "是" if c.required else "", c.help])
    w.finish()
    ws.auto_filter.ref = None
    row = w.row + 1
    for line in ("· 只要有一处错误，整个文件都不会导入；程序会列出每一处问题（工作表、行、列）。",
                 "· 留空的单元格不会清除已有内容；要改评分或文字，直接填新的内容。",
                 "· 覆盖已有的评分或文字需要确认（命令行加 --update）。",
                 "· 已签字的考核不能修改；如确需更改，请由管理员在程序中解锁并说明原因。"):
        safe_value(ws.cell(row=row, column=1), line)
        row += 1


def save_annual_template(year, path) -> Path:
    """Write the annual-review template for ``year`` to ``path`` (atomically)."""
    return atomic_save(build_annual_template(year), path)


# ---------------------------------------------------------------- reading and checking

def read_annual_review(path, year, *, progress=None, limits=None) -> AnnualPreview:
    """Read and check an annual-review workbook for ``year``. Writes nothing; every problem is in
    ``preview.problems`` with its sheet, row and column."""
    from ..annual.reviews import check_year
    from . import importers as I
    from .safety import LIMITS

    limits = limits or LIMITS
    year = check_year(year)
    path = Path(path)
    fmt = I.check_spreadsheet(path, limits)
    preview = AnnualPreview(kind=KIND, path=path, year=year)
    parsed: dict[str, tuple[Preview, list]] = {}
    wb = I._open_workbook(path, fmt)
    try:
        for kind in (RATINGS, REVIEW):
            found = I._find_header(wb, kind)
            try:
                if found is None or not found[0][0] or (kind is REVIEW and found[1].title == preview.ratings_sheet):
                    preview.notes.append(f"没有找到“{kind.sheet}”工作表（表头要有：{_required_names(kind)}），这部分不导入。")
                    continue
                _, ws, header_row, mapping, texts, dups, _unknown, rows = found
                # one list of problems for both sheets, in the order found
                sub = Preview(kind=kind.key, path=path, sheet=ws.title, header_row=header_row, columns=mapping,
                              headers=texts, problems=preview.problems)
                if kind is RATINGS:
                    preview.ratings_sheet = ws.title
                for col_no, text, _key in dups:
                    sub.problems.append(Problem(ws.title, header_row, col_no, text, "", "列重复（同一项只能有一列），请删除其中一列"))
                if dups:
                    continue
                before = len(preview.problems)
                raw = I._read_rows(ws, rows, sub, kind, limits, progress)
                preview.data_rows += sub.data_rows
                parsed[kind.key] = (sub, I._parse_rows(sub, kind, raw, default_month=None)
                                    if len(preview.problems) == before else [])
            finally:
                if found is not None:
                    found[-1].close()
    except CsperfError:
        raise
    except Exception as exc:  # noqa: BLE001 — sheets are parsed lazily, while iterating
        raise I._unreadable(path, exc) from None
    finally:
        wb.close()
    if not parsed and not any(p.row is not None for p in preview.problems):
        preview.problems.append(Problem("", None, None, "", "",
                                        f"找不到“{RATINGS.sheet}”或“{REVIEW.sheet}”工作表的表头。"
                                        f"请先保存一份年度考核导入模板（template annual-review --year {year}），照着填写"))
    preview.sheet = preview.ratings_sheet or (parsed[KIND][0].sheet if KIND in parsed else "")
    if not preview.problems:
        _check(preview, parsed)
    if preview.problems:
        preview.rows = []
    report_progress(progress, preview.data_rows, preview.data_rows, "检查完成")
    return preview


def _required_names(kind: Kind) -> str:
    return "、".join(c.zh for c in kind.columns if c.required)


@dataclass
class _Person:
    staff: object
    template: object
    review: object
    first_row: int
    ratings: dict  # code -> (rating, comment, sub preview, row)
    review_row: tuple | None = None  # (sub preview, Row)


def _check(preview: AnnualPreview, parsed: dict) -> None:
    from ..annual.templates import templates_by_role
    from .rows import check_name, lookup_staff, staff_index

    year = preview.year
    index, reviews, templates = staff_index(), _reviews(year), templates_by_role()
    first, last = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    people: dict[int, _Person] = {}

    def person(sub: Preview, r: Row):
        s = lookup_staff(sub, r, index)
        if s is None:
            return None
        check_name(sub, r, s)
        if s.hire_date and s.hire_date > last or s.leave_date and s.leave_date < first:
            add_problem(sub, r, "employee_no", f"{s.name}在{year}年不在职，没有该年度的考核")
            return None
        if s.id not in people:
            people[s.id] = _Person(s, templates.get(s.role) or templates["agent"], reviews.get(s.id), r.row, {})
        return people[s.id]

    sub, rows = parsed.get(RATINGS.key, (None, []))
    for r in rows:
        p = person(sub, r)
        code = r.values.get("indicator")
        if p is None or not code:
            if p is not None:
                add_problem(sub, r, "indicator", "请填写指标代码", show_value=False)
            continue
        ind = p.template.indicator(code)
        if ind is None or ind["kind"] != "judged":
            codes = "、".join(p.template.judged_codes())
            add_problem(sub, r, "indicator", f"不是{p.staff.name}所用考核模板（{p.template.name}）中的评议指标；可评的指标：{codes}")
            continue
        if code in p.ratings:
            add_problem(sub, r, "indicator", f"与第 {p.ratings[code][3]} 行重复：同一人的同一指标只能有一行")
            continue
        rating, comment = r.values.get("rating"), r.values.get("comment") or ""
        if rating is not None and not 1 <= rating <= 5:
            add_problem(sub, r, "rating", "评分应为 1–5 的整数")
            continue
        if rating is None and comment:
            current = _current_ratings(p.review).get(code) or {}
            rating = current.get("rating")
            if rating is None:
                add_problem(sub, r, "rating", f"写了评语但没有评分；请给“{ind['name']}”评 1–5 分", show_value=False)
                continue
        if rating in (1, 2, 5) and not comment:
            add_problem(sub, r, "comment", f"“{ind['name']}”评为 {rating} 分时必须填写评语，说明依据", show_value=False)
            continue
        p.ratings[code] = (rating, comment, sub, r.row)

    sub2, rows2 = parsed.get(KIND, (None, []))
    for r in rows2:
        p = person(sub2, r)
        if p is None:
            continue
        if p.review_row is not None:
            add_problem(sub2, r, "employee_no", f"与第 {p.review_row[1].row} 行重复：每人只能有一行")
            continue
        answer = str(r.values.get("sign_off") or "").strip().lower()
        if answer not in YES and answer not in NO:
            add_problem(sub2, r, "sign_off", "应为“是”或“否”")
            continue
        day = r.values.get("interview_date")
        if day is not None and day.year < year:
            add_problem(sub2, r, "interview_date", f"面谈日期 {day:%Y-%m-%d} 早于考核年度 {year} 年")
        elif day is not None and day > clock.today():
            add_problem(sub2, r, "interview_date", f"面谈日期 {day:%Y-%m-%d} 还没到，请记录已经进行的面谈")
        for key, limit in (("self_review", 5000), ("supervisor_comment", 5000), ("interview_attendees", 300),
                           ("interview_summary", 5000), ("development_plan", 5000)):
            if len(r.values.get(key) or "") > limit:
                add_problem(sub2, r, key, f"最多 {limit} 字，现在 {len(r.values[key])} 字", show_value=False)
        p.review_row = (sub2, r)
    if preview.problems:
        return
    for p in people.values():
        _plan(preview, p)


def _current_ratings(review) -> dict:
    return (review.ratings or {}) if review is not None else {}


def _text(v) -> str:
    if v is None:
        return ""
    return f"{v:%Y-%m-%d}" if isinstance(v, _dt.date) else str(v)


def _short(v) -> str:
    t = _text(v)
    return t if len(t) <= 30 else t[:28] + "…"


def _plan(preview: AnnualPreview, p: _Person) -> None:
    """One PlannedRow for the person: what differs from the recorded review, and the checks
    that need both sheets (a signed review refuses changes; sign-off needs every rating and the
    interview)."""
    review, labels = p.review, {c.key: c.zh for c in REVIEW.columns}
    current = _current_ratings(review)
    ratings, changes, overwrites = {}, [], False
    for code, (rating, comment, sub, row) in p.ratings.items():
        old = current.get(code) or {}
        new_comment = comment or old.get("comment", "")
        if rating is None or (rating == old.get("rating") and new_comment == old.get("comment", "")):
            continue
        ratings[code] = (rating, new_comment)
        name = p.template.indicator(code)["name"]
        old_text = f"{old['rating']} 分" if old.get("rating") else ""
        changes.append((f"{name}评分", old_text + (f"（{_short(old.get('comment'))}）" if old.get("comment") else ""),
                        f"{rating} 分" + (f"（{_short(new_comment)}）" if new_comment else "")))
        overwrites |= bool(old.get("rating"))
    texts, interview, sign = {}, {}, False
    sub2, r2 = p.review_row if p.review_row is not None else (None, None)
    if r2 is not None:
        for key in ("self_review", "supervisor_comment") + INTERVIEW_FIELDS:
            new = r2.values.get(key)
            if new in (None, "") or key not in sub2.columns:
                continue
            old = getattr(review, key) if review is not None else None
            if _text(new) == _text(old):
                continue
            (interview if key in INTERVIEW_FIELDS else texts)[key] = new
            changes.append((labels[key], _short(old), _short(new)))
            overwrites |= old not in (None, "")
        sign = str(r2.values.get("sign_off") or "").strip().lower() in YES
    signed = review is not None and review.signed_off_at is not None
    label = f"{p.staff.employee_no} {p.staff.name}"
    where_sub, where_row = (sub2, r2) if r2 is not None else (None, None)
    if signed:
        if changes or (r2 is not None and not sign):
            sub, row = _where(p, where_sub, where_row)
            add_problem(sub, row, "sign_off" if r2 is not None and not changes else "employee_no",
                     f"{p.staff.name}{preview.year}年的年度考核已签字，不能再修改。如确需更改，请由管理员解锁并说明原因")
        preview.rows.append(PlannedRow(p.first_row, "same", label, {}, target=p.staff.id))
        return
    if interview:
        merged = {k: interview.get(k, getattr(review, k) if review is not None else None) for k in INTERVIEW_FIELDS}
        for key in ("interview_date", "interview_attendees", "interview_summary"):
            if merged[key] in (None, ""):
                add_problem(sub2, r2, key, f"记录面谈需要{labels[key]}；请一并填写（面谈日期、参加人员、纪要）",
                         show_value=False)
        interview = merged
    if sign:
        rated = {c for c, v in current.items() if (v or {}).get("rating")} | set(ratings)
        missing = [p.template.indicator(c)["name"] for c in p.template.judged_codes() if c not in rated]
        needs = []
        if missing:
            needs.append(f"评议指标未评分：{'、'.join(missing)}")
        has_interview = interview.get("interview_date") or (review is not None and review.interview_date)
        if not has_interview:
            needs.append("还没有记录绩效面谈（日期、参加人员、纪要）")
        if needs:
            add_problem(sub2, r2, "sign_off", f"不能签字：{'；'.join(needs)}。全部评分并记录面谈后才能签字")
            return
        changes.append(("签字", "未签字", "签字"))
    if not changes:
        preview.rows.append(PlannedRow(p.first_row, "same", label, {}, target=p.staff.id))
        return
    values = {"staff_id": p.staff.id, "ratings": ratings, "texts": texts, "interview": interview, "sign_off": sign,
              "rows": {code: (v[2].sheet, v[3]) for code, v in p.ratings.items()},
              "review_row": (sub2.sheet, r2.row) if r2 is not None else None}
    preview.rows.append(PlannedRow(p.first_row, "change" if overwrites else "add", label, values, changes,
                                   target=p.staff.id))


def _where(p: _Person, sub, row):
    if sub is not None:
        return sub, row
    code, (rating, comment, s, r) = next(iter(p.ratings.items()))
    return s, Row(r, {}, {}, set())


# ---------------------------------------------------------------- writing

_FIELD_COLUMNS = {"self_review": "self_review", "supervisor_comment": "supervisor_comment",
                  "interview_date": "interview_date", "interview_attendees": "interview_attendees",
                  "interview_summary": "interview_summary", "development_plan": "development_plan",
                  "ratings": "sign_off", "year": "employee_no", "staff": "employee_no"}


def write_annual_review(actor, preview: AnnualPreview, work: list, progress, total) -> None:
    """Write each person's planned changes through the annual review services (inside the import's
    transaction): ratings and comment, self-review, interview, then sign-off."""
    from ..annual import reviews as R

    year = preview.year
    for i, planned in enumerate(work, start=1):
        v = planned.values
        sid = v["staff_id"]
        step = "ratings"
        try:
            if v["ratings"] or "supervisor_comment" in v["texts"]:
                R.save_ratings(actor, sid, year, v["ratings"], comment=v["texts"].get("supervisor_comment"))
            step = "self_review"
            if "self_review" in v["texts"]:
                R.save_self_review(actor, sid, year, v["texts"]["self_review"])
            step = "interview_date"
            if v["interview"]:
                it = v["interview"]
                R.record_interview(actor, sid, year, it["interview_date"], it["interview_attendees"],
                                   it["interview_summary"], it.get("development_plan") or "")
            step = "sign_off"
            if v["sign_off"]:
                R.sign_off(actor, sid, year)
        except DatabaseError as exc:  # the disk or the file, not a row
            raise database_failure(exc) from exc
        except CsperfError as exc:
            raise _failed(preview, planned, exc, step) from exc
        if i % 50 == 0:
            report_progress(progress, i, total, f"正在写入第 {i} 人")


def _failed(preview: AnnualPreview, planned: PlannedRow, exc: CsperfError, step: str) -> ImportInvalid:
    v = planned.values
    key = exc.field if exc.field in {c.key for c in REVIEW.columns} else _FIELD_COLUMNS.get(exc.field or "", step)
    if step == "ratings" and exc.field in v["rows"]:
        sheet, row = v["rows"][exc.field]
        header, col = "评分", None
    else:
        sheet, row = v["review_row"] or (preview.sheet, planned.row)
        header, col = next((c.zh for c in REVIEW.columns if c.key == key), ""), None
    return ImportInvalid(preview, [Problem(sheet, row, col, header, "", f"{planned.label}：{exc.message.rstrip('。')}")])


def _register_writer() -> None:
    from .checks import WRITERS

    WRITERS[KIND] = write_annual_review


_register_writer()
