"""Exports: month results, the event log, figures, the staff roster and one
"everything" workbook (a sheet per table) as a human-readable archive.

Every sheet has a title row (company and month), a bold frozen header with
an auto-filter, sensible widths and number/date formats. The event, figure
and staff sheets use the import headers, so an exported file imports back
unchanged. Percentages are written as fractions with a percent format (93 %
is the cell value 0.93), which the importer reads back exactly.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable, Optional

from ..base import clock
from ..base.text import local_naive as _local_naive
from ..office import settings as settings_mod
from ..store.models import AuditEntry, MonthlyFigures, MonthlyResult, Period, Rule, ScoreEvent, Staff
from ..base.months import Month
from ..base.vocab import AREA_ORDER, AREAS, KINDS, METHODS, PERIOD_STATUS, STAFF_ROLES, UNITS, UNRANKED_ZH, revision_label, zh
from .headers import EVENTS, FIGURES, STAFF
from .xlsxwrite import (
    DATE_FORMAT, DATETIME_FORMAT, INT_FORMAT, MONEY_FORMAT, NUMBER_FORMAT, SheetWriter, atomic_save, new_workbook,
)

Progress = Optional[Callable[[int, Optional[int], str], Optional[bool]]]
PERCENT_FORMAT = "0.0%"


def _company() -> str:
    return settings_mod.load().company_name


def _status_text(month: Month) -> str:
    from ..monthly.periods import get_period

    p = get_period(month)
    text = zh(PERIOD_STATUS, p.status)
    if p.revision:
        text += f"，{revision_label(p.revision)}"
    return text


# ---------------------------------------------------------------- month results


RESULT_HEADERS = ["名次", "工号", "姓名", "组别", "岗位", "基础分", "加分", "扣分"] + \
    [f"{zh(AREAS, a)}小计" for a in AREA_ORDER] + ["合计(未封顶)", "得分", "较上月", "销售额(元)", "优秀奖(元)", "预警", "严重违规"]


def local_naive(value):
    """A stored UTC time as local time for a cell; a value that is not a time (text in a damaged
    file) is written as it is found, so that the export still shows everything."""
    return _local_naive(value) if isinstance(value, _dt.datetime) else value


def write_month_sheet(wb, month: Month) -> None:
    from ..monthly.standings import standings

    rows = standings(month)
    ws = wb.create_sheet(f"{month.key} 考核结果")
    fmts = {"销售额(元)": MONEY_FORMAT, "较上月": "+0;-0;0"}
    w = SheetWriter(ws, RESULT_HEADERS, formats=fmts,
                    title=f"{_company()}  {month.label_zh}绩效考核结果（{_status_text(month)}）")
    totals = {"bonus": 0, "deduction": 0, **{a: 0 for a in AREA_ORDER}}
    for r in rows:
        w.append([r.rank if r.ranked else UNRANKED_ZH, r.employee_no, r.name, r.team, zh(STAFF_ROLES, r.role),
                  r.base, r.bonus, -r.deduction]
                 + [r.area(a) for a in AREA_ORDER]
                 + [r.raw_total, r.final, r.change, r.sales, r.award_amount or None,
                    "预警" if r.warning else "", "严重违规" if r.serious else ""])
        totals["bonus"] += r.bonus
        totals["deduction"] += r.deduction
        for a in AREA_ORDER:
            totals[a] += r.area(a)
    if rows:
        avg = round(sum(r.final for r in rows) / len(rows), 1)
        w.append(["合计", f"{len(rows)} 人", "", "", "", None, totals["bonus"], -totals["deduction"]]
                 + [totals[a] for a in AREA_ORDER] + [None, None, None, None, None, "", ""], bold=True)
        w.append(["平均得分", "", "", "", "", None, None, None] + [None] * len(AREA_ORDER) + [None, avg],
                 bold=True)
    w.finish()
    if rows:  # the filter covers people only, not the total lines
        ws.auto_filter.ref = ws.auto_filter.ref.rsplit(":", 1)[0] + ":" + \
            ws.auto_filter.ref.rsplit(":", 1)[1].rstrip("0123456789") + str(w.row - 3)
    award = [r for r in rows if r.award]
    warn = [r for r in rows if r.warning]
    notes_row = w.row + 1
    lines = []
    if award:
        lines.append("优秀奖：" + "、".join(f"{r.name}（{r.employee_no}）{r.award_amount} 元" for r in award))
    if warn:
        lines.append("预警（连续两个月末位且低于预警分）：" + "、".join(f"{r.name}（{r.employee_no}）" for r in warn))
    for i, line in enumerate(lines):
        ws.cell(row=notes_row + i, column=1, value=line)


def _one_sheet(path, write_sheet, month: Month | str | None) -> Path:
    """A workbook of the one sheet ``write_sheet(wb, month)`` writes, saved atomically."""
    month = Month.parse(month) if isinstance(month, str) else month
    wb = new_workbook()
    write_sheet(wb, month)
    return atomic_save(wb, path)


def export_month(path, month: Month | str) -> Path:
    return _one_sheet(path, write_month_sheet, month)


# ---------------------------------------------------------------- events


def _col(kind, key):
    return kind.column(key).zh


EVENT_HEADERS = ["记录号", _col(EVENTS, "date"), _col(EVENTS, "employee_no"), _col(EVENTS, "name"),
                 _col(EVENTS, "rule_code"), "项目名称", "考核范围", "类别", _col(EVENTS, "points"),
                 _col(EVENTS, "quantity"), "合计分", _col(EVENTS, "method"), _col(EVENTS, "reference"),
                 _col(EVENTS, "note"), _col(EVENTS, "status"), "作废理由", "记录人", "记录时间"]


def event_query(month: Month | None = None, date_from=None, date_to=None, employee_no: str | None = None,
                rule_code: str | None = None, kind: str | None = None, area: str | None = None,
                include_voided: bool = True):
    q = ScoreEvent.select(ScoreEvent, Staff).join(Staff)
    if month is not None:
        q = q.where(ScoreEvent.month == month.key)
    if date_from is not None:
        q = q.where(ScoreEvent.date >= date_from)
    if date_to is not None:
        q = q.where(ScoreEvent.date <= date_to)
    if employee_no:
        q = q.where(Staff.employee_no == employee_no)
    if rule_code:
        q = q.where(ScoreEvent.rule_code == rule_code.upper())
    if kind:
        q = q.where(ScoreEvent.kind == kind)
    if area:
        q = q.where(ScoreEvent.area == area)
    if not include_voided:
        q = q.where(ScoreEvent.voided == False)  # noqa: E712
    return q.order_by(ScoreEvent.date, ScoreEvent.id)


def write_events_sheet(wb, query, title: str, progress: Progress = None) -> int:
    ws = wb.create_sheet(EVENTS.sheet)
    w = SheetWriter(ws, EVENT_HEADERS, title=title,
                    formats={_col(EVENTS, "date"): DATE_FORMAT, "记录时间": DATETIME_FORMAT})
    n = 0
    for ev in query.iterator():
        w.append([ev.id, ev.date, ev.staff.employee_no, ev.staff.name, ev.rule_code, ev.rule_name,
                  zh(AREAS, ev.area), zh(KINDS, ev.kind), ev.unit_points, ev.quantity, ev.points,
                  zh(METHODS, ev.method), ev.reference, ev.note, "已作废" if ev.voided else "有效",
                  ev.void_reason or "", ev.recorded_by, local_naive(ev.created_at)])
        n += 1
        if progress and n % 1000 == 0:
            progress(n, None, f"已写出 {n} 条评分记录")
    w.finish()
    return n


def export_events(path, *, month: Month | str | None = None, progress: Progress = None, **filters) -> Path:
    """The event log, filtered like the GUI's list (month, dates, employee no., rule, kind, area, voided)."""
    month = Month.parse(month) if isinstance(month, str) else month
    span = month.label_zh if month else _span_text(filters.get("date_from"), filters.get("date_to"))
    wb = new_workbook()
    write_events_sheet(wb, event_query(month, **filters), f"{_company()}  {span}评分记录", progress)
    return atomic_save(wb, path)


def _span_text(date_from, date_to) -> str:
    if date_from and date_to:
        return f"{date_from:%Y-%m-%d} 至 {date_to:%Y-%m-%d} "
    if date_from:
        return f"{date_from:%Y-%m-%d} 起"
    if date_to:
        return f"截至 {date_to:%Y-%m-%d} "
    return "全部"


# ---------------------------------------------------------------- figures


def write_figures_sheet(wb, month: Month | None) -> int:
    from ..monthly.figures import FIELDS

    keys = list(FIELDS)
    headers = [_col(FIGURES, "month"), _col(FIGURES, "employee_no"), _col(FIGURES, "name")] + \
        [_col(FIGURES, k) for k in keys] + ["导入时间", "导入人"]
    fmts = {}
    for k in keys:
        label = _col(FIGURES, k)
        fmts[label] = (PERCENT_FORMAT if k.endswith("_pct") else MONEY_FORMAT if k == "sales_amount"
                       else INT_FORMAT if FIELDS[k][1] is int or k.endswith("_s") else NUMBER_FORMAT)
    fmts["导入时间"] = DATETIME_FORMAT
    ws = wb.create_sheet(FIGURES.sheet)
    title = f"{_company()}  {month.label_zh if month else '全部月份'}月度数据"
    w = SheetWriter(ws, headers, title=title, formats=fmts)
    q = MonthlyFigures.select(MonthlyFigures, Staff).join(Staff)
    if month is not None:
        q = q.where(MonthlyFigures.month == month.key)
    n = 0
    for f in q.order_by(MonthlyFigures.month, Staff.employee_no).iterator():
        vals = []
        for k in keys:
            v = getattr(f, k)
            if v is not None and k.endswith("_pct"):
                v = round(v / 100, 10)
            vals.append(v)
        w.append([f.month, f.staff.employee_no, f.staff.name] + vals + [local_naive(f.imported_at), f.imported_by])
        n += 1
    w.finish()
    return n


def export_figures(path, month: Month | str | None = None) -> Path:
    return _one_sheet(path, write_figures_sheet, month)


# ---------------------------------------------------------------- staff, rules, archive


def write_staff_sheet(wb) -> int:
    headers = [c.zh for c in STAFF.columns if c.key != "note"] + ["状态", _col(STAFF, "note")]
    ws = wb.create_sheet(STAFF.sheet)
    w = SheetWriter(ws, headers, title=f"{_company()}  人员名单（{clock.today():%Y-%m-%d}）")
    n = 0
    for s in Staff.select().order_by(Staff.employee_no):
        w.append([s.employee_no, s.name, zh(STAFF_ROLES, s.role), s.team, s.hire_date, s.leave_date,
                  "在职" if s.active and not s.leave_date else ("已离职" if s.leave_date else "停用"), s.note])
        n += 1
    w.finish()
    return n


def export_staff(path) -> Path:
    wb = new_workbook()
    write_staff_sheet(wb)
    return atomic_save(wb, path)


def _rules_sheet(wb) -> None:
    ws = wb.create_sheet("考核细则")
    w = SheetWriter(ws, ["代码", "考核范围", "类别", "项目", "最低分", "最高分", "默认分", "计分单位", "启用", "严重违规", "备注"],
                    title=f"{_company()}  考核细则")
    for r in Rule.select().order_by(Rule.sort_order, Rule.code):
        w.append([r.code, zh(AREAS, r.area), zh(KINDS, r.kind), r.name, r.min_points, r.max_points, r.default_points,
                  zh(UNITS, r.unit), "启用" if r.active else "停用", "是" if r.serious else "", r.note])
    w.finish()


def _results_sheet(wb, month: Month | None) -> None:
    ws = wb.create_sheet("已公示结果")
    headers = ["月份", "版本", "名次", "工号", "姓名", "组别", "基础分", "加分", "扣分"] + \
        [f"{zh(AREAS, a)}小计" for a in AREA_ORDER] + ["得分", "较上月", "销售额(元)", "优秀奖(元)", "预警", "严重违规", "公示时间"]
    w = SheetWriter(ws, headers, title=f"{_company()}  已公示的月度结果（每次修订一版）",
                    formats={"销售额(元)": MONEY_FORMAT, "公示时间": DATETIME_FORMAT})
    q = MonthlyResult.select()
    if month is not None:
        q = q.where(MonthlyResult.month == month.key)
    q = q.order_by(MonthlyResult.month, MonthlyResult.revision, MonthlyResult.ranked.desc(), MonthlyResult.rank,
                   MonthlyResult.employee_no)
    for r in q.iterator():
        w.append([r.month, revision_label(r.revision), r.rank if r.ranked else UNRANKED_ZH, r.employee_no, r.name, r.team, r.base, r.bonus, -r.deduction,
                  r.area_orders, r.area_after_sales, r.area_daily, r.area_general, r.final, r.change, r.sales,
                  r.award_amount or None, "预警" if r.warning else "", "严重违规" if r.serious else "",
                  local_naive(r.created_at)])
    w.finish()


def _periods_sheet(wb) -> None:
    from ..base.text import fmt_local

    ws = wb.create_sheet("月份状态")
    w = SheetWriter(ws, ["月份", "状态", "版本", "公示时间", "公示人", "复核截止", "结束时间", "结束人", "待重印", "指纹"],
                    title=f"{_company()}  各月状态")
    for p in Period.select().order_by(Period.month):
        w.append([p.month, zh(PERIOD_STATUS, p.status), revision_label(p.revision), fmt_local(p.published_at), p.published_by,
                  fmt_local(p.appeal_deadline), fmt_local(p.closed_at), p.closed_by,
                  "是" if p.needs_reprint else "", p.fingerprint])
    w.finish()


def _settings_sheet(wb) -> None:
    s = settings_mod.load()
    ws = wb.create_sheet("设置")
    w = SheetWriter(ws, ["设置项", "键", "值"], title=f"{_company()}  设置")
    for d in settings_mod.SETTINGS:
        v = s.values[d.key]
        w.append([d.label, d.key, ("是" if v else "否") if isinstance(v, bool) else v])
    w.finish()


def _audit_sheet(wb, month: Month | None, progress: Progress) -> None:
    ws = wb.create_sheet("审计记录")
    w = SheetWriter(ws, ["编号", "时间", "操作人", "操作", "对象", "对象编号", "人员编号", "月份", "修改前", "修改后", "理由"],
                    title=f"{_company()}  审计记录（只增不改，哈希链校验）", formats={"时间": DATETIME_FORMAT}, max_width=60)
    q = AuditEntry.select()
    if month is not None:
        q = q.where(AuditEntry.month == month.key)
    for i, e in enumerate(q.order_by(AuditEntry.id).iterator(), start=1):
        w.append([e.id, local_naive(e.at), e.actor, e.action, e.entity, e.entity_id, e.staff_id, e.month,
                  _clip(e.before), _clip(e.after), e.reason])
        if progress and i % 2000 == 0:
            progress(i, None, f"已写出 {i} 条审计记录")
    w.finish()


def _clip(text: str | None) -> str | None:
    if text is None:
        return None
    return text if len(text) <= 32000 else text[:32000] + "…"


def export_all(path, month: Month | str | None = None, progress: Progress = None) -> Path:
    """One workbook with a sheet per table: a readable archive of the office (one month or everything)."""
    month = Month.parse(month) if isinstance(month, str) else month
    wb = new_workbook()
    steps = [
        ("人员", lambda: write_staff_sheet(wb)),
        ("考核细则", lambda: _rules_sheet(wb)),
        ("月度结果", lambda: write_month_sheet(wb, month) if month else None),
        ("评分记录", lambda: write_events_sheet(
            wb, event_query(month), f"{_company()}  {month.label_zh if month else '全部'}评分记录", progress)),
        ("月度数据", lambda: write_figures_sheet(wb, month)),
        ("考试成绩", lambda: write_exams_sheet(wb, month)),
        ("已公示结果", lambda: _results_sheet(wb, month)),
        ("复核申请", lambda: write_appeals_sheet(wb, month)),
        ("月份状态", lambda: _periods_sheet(wb)),
        ("设置", lambda: _settings_sheet(wb)),
        ("审计记录", lambda: _audit_sheet(wb, month, progress)),
        ("其他表", lambda: _plain_sheets(wb, progress)),
    ]
    for i, (label, step) in enumerate(steps, start=1):
        if progress:
            progress(i - 1, len(steps), f"正在导出{label}")
        step()
    if progress:
        progress(len(steps), len(steps), "正在保存")
    return atomic_save(wb, path)


EXPORTS = {"month": export_month, "events": export_events, "figures": export_figures, "staff": export_staff,
           "all": export_all}


# ---------------------------------------------------------------- exams


def write_exams_sheet(wb, month: Month | None) -> int:
    from ..monthly.exams import EXAM_AREAS
    from ..store.models import Exam, ExamResult
    from .headers import EXAMS

    headers = [c.zh for c in EXAMS.columns] + ["是否及格", "录入人"]
    ws = wb.create_sheet(EXAMS.sheet)
    title = f"{_company()}  {month.label_zh if month else '全部'}考试成绩"
    w = SheetWriter(ws, headers, title=title, formats={_col(EXAMS, "exam_date"): DATE_FORMAT})
    q = (ExamResult.select(ExamResult, Exam, Staff).join(Exam).switch(ExamResult).join(Staff))
    if month is not None:
        q = q.where(Exam.month == month.key)
    n = 0
    for r in q.order_by(Exam.date, Exam.id, Staff.employee_no).iterator():
        e = r.exam
        score = "缺考" if r.absent else r.score
        passed = "" if r.absent or r.score is None else ("及格" if r.score >= e.pass_mark else "不及格")
        w.append([e.date, e.title, zh(EXAM_AREAS, e.area), e.full_marks, e.pass_mark, r.staff.employee_no,
                  r.staff.name, score, r.note, passed, r.entered_by])
        n += 1
    w.finish()
    return n


def export_exams(path, month: Month | str | None = None) -> Path:
    return _one_sheet(path, write_exams_sheet, month)


EXPORTS["exams"] = export_exams


# ---------------------------------------------------------------- appeals and the remaining tables


def _rank_text(appeal, rank):
    """An appeal's rank before or after: the number, 不参与排名 for a decided appeal of someone unranked."""
    if rank is None and appeal.score_before is not None:
        return UNRANKED_ZH
    return rank


def write_appeals_sheet(wb, month: Month | None) -> int:
    from ..monthly.appeals import CATEGORIES, STATUS
    from ..store.models import Appeal

    ws = wb.create_sheet("复核申请")
    headers = ["编号", "月份", "工号", "姓名", "类别", "申请理由", "收到时间", "状态", "处理意见", "处理人", "处理时间",
               "原得分", "新得分", "原名次", "新名次", "修订后版本", "逾期受理理由"]
    w = SheetWriter(ws, headers, title=f"{_company()}  {month.label_zh if month else '全部'}复核申请",
                    formats={"收到时间": DATETIME_FORMAT, "处理时间": DATETIME_FORMAT}, max_width=60)
    q = Appeal.select(Appeal, Staff).join(Staff)
    if month is not None:
        q = q.where(Appeal.month == month.key)
    n = 0
    for a in q.order_by(Appeal.month, Appeal.id).iterator():
        w.append([a.id, a.month, a.staff.employee_no, a.staff.name, zh(CATEGORIES, a.category), a.reason,
                  local_naive(a.received_at), zh(STATUS, a.status), a.decision_reason, a.decided_by, local_naive(a.decided_at),
                  a.score_before, a.score_after, _rank_text(a, a.rank_before), _rank_text(a, a.rank_after),
                  revision_label(a.revision_after) if a.status in ("upheld", "partly") else "", a.late_reason])
        n += 1
    w.finish()
    return n


def export_appeals(path, month: Month | str | None = None) -> Path:
    return _one_sheet(path, write_appeals_sheet, month)


EXPORTS["appeals"] = export_appeals


# ---------------------------------------------------------------- order gifts


GIFT_HEADERS = ["记录号", "订单日期", "工号", "姓名", "订单号", "订单金额(元)", "赠品", "发放状态", "发放日期", "发放人",
                "发放备注"]


def write_gifts_sheet(wb, month: Month) -> int:
    """The month's order gifts (voided events left out), given or not: what to prepare and hand over."""
    from ..monthly.gifts import gifts_for_month, tier_counts

    ws = wb.create_sheet(f"{month.key} 赠品")
    w = SheetWriter(ws, GIFT_HEADERS, title=f"{_company()}  {month.label_zh}赠品发放清单",
                    formats={"订单日期": DATE_FORMAT, "订单金额(元)": MONEY_FORMAT, "发放日期": DATE_FORMAT})
    items = gifts_for_month(month)
    for g in items:
        w.append([g.event_id, g.date, g.employee_no, g.name, g.reference, g.amount, f"赠品{g.tier}",
                  "已发放" if g.given else "未发放", g.given_on, g.given_by, g.note])
    w.finish()
    counts = tier_counts(items)
    pending = sum(1 for g in items if not g.given)
    ws.cell(row=w.row + 1, column=1, value="合计：" + "，".join(f"赠品{t} {n} 份" for t, n in counts.items())
            + f"；未发放 {pending} 份")
    return len(items)


def export_gifts(path, month: Month | str) -> Path:
    return _one_sheet(path, write_gifts_sheet, month)


EXPORTS["gifts"] = export_gifts

# Tables with a dedicated sheet above; every other table gets a plain sheet in the archive.
_DEDICATED = {"SchemaVersion", "Staff", "Rule", "Period", "ScoreEvent", "MonthlyResult", "MonthlyFigures", "Setting",
              "AuditEntry", "Exam", "ExamResult", "Appeal"}
_SECRET_FIELDS = {"password_hash"}
_TABLE_ZH = {
    "User": "用户", "ChecklistItem": "抽查项目", "SpotCheck": "随机抽查", "SpotCheckResult": "抽查明细",
    "AppealItem": "复核明细", "AnnualTemplate": "年度考核模板", "AnnualGoal": "年度目标", "CoachingNote": "辅导记录",
    "AnnualReview": "年度考核", "GiftHandout": "赠品发放",
}
_FIELD_ZH = {
    "id": "编号", "staff": "人员", "date": "日期", "month": "月份", "year": "年度", "note": "备注", "title": "标题",
    "reference": "单号", "status": "状态", "created_at": "创建时间", "created_by": "创建人", "recorded_by": "记录人",
    "updated_at": "更新时间", "username": "用户名", "display_name": "显示名", "role": "角色", "active": "启用",
    "text": "内容", "rule_code": "项目代码", "passed": "通过", "voided": "已作废", "void_reason": "作废理由",
    "section": "类别", "channel": "渠道", "checked_by": "检查人", "topic": "主题", "follow_up": "跟进日期",
    "target": "目标值", "weight": "权重", "indicator": "指标", "version": "版本", "name": "名称",
    "template": "模板", "self_review": "自评", "ratings": "评分", "supervisor_comment": "主管评语",
    "interview_date": "面谈日期", "interview_attendees": "面谈参加人", "interview_summary": "面谈纪要",
    "development_plan": "发展计划", "signed_off_at": "签字时间", "signed_off_by": "签字人", "result": "结果",
    "body": "内容", "frozen": "已冻结", "item": "项目", "spot_check": "抽查编号", "appeal": "申请编号",
    "event": "评分记录", "proposed_points": "申请分值", "outcome": "结论", "new_points": "新分值",
    "correction": "更正记录", "sort_order": "排序", "rule": "项目", "given_on": "发放日期", "given_by": "发放人",
}


def _plain_sheets(wb, progress: Progress = None) -> None:
    import peewee as pw

    from ..store.models import ALL_MODELS, JSONField

    staff = {s.id: f"{s.employee_no} {s.name}" for s in Staff.select(Staff.id, Staff.employee_no, Staff.name)}
    for model in ALL_MODELS:
        name = model.__name__
        if name in _DEDICATED:
            continue
        fields = [f for f in model._meta.sorted_fields if f.name not in _SECRET_FIELDS]
        title = _TABLE_ZH.get(name, name)
        ws = wb.create_sheet(title[:31])
        w = SheetWriter(ws, [_FIELD_ZH.get(f.name, f.name) for f in fields], title=f"{_company()}  {title}",
                        max_width=60)
        for row in model.select(*fields).order_by(model._meta.primary_key).tuples().iterator():
            values = []
            for f, v in zip(fields, row):
                if isinstance(f, pw.ForeignKeyField) and f.rel_model is Staff and v is not None:
                    v = staff.get(v, v)
                elif isinstance(f, pw.DateTimeField):
                    v = local_naive(v) if isinstance(v, _dt.datetime) else v
                elif isinstance(f, JSONField):
                    v = f.db_value(v)  # the stored JSON text, as the sheet always showed it
                elif isinstance(v, str) and len(v) > 32000:
                    v = _clip(v)
                values.append(v)
            w.append(values)
        w.finish()


def backup_postgres_or_workbook(url: str, dest) -> tuple[Path, str]:
    """Back up a shared PostgreSQL database: ``pg_dump`` (custom format) when it is installed on
    this PC, else the human-readable "everything" Excel workbook.

    Returns the file written and a note for the user saying which kind it is.
    """
    from ..store.backup import backup_postgres

    done = backup_postgres(url, dest)
    if done is not None:
        return done
    dest = Path(dest)
    if dest.suffix.lower() != ".xlsx":
        dest = dest.with_suffix(".xlsx")
    export_all(dest)
    return dest, ("这台电脑没有安装 pg_dump，已改为导出“全部数据”Excel 工作簿（可阅读的存档，不能直接恢复）。"
                  "要做可恢复的备份，请在服务器上安装 PostgreSQL 客户端工具后再备份。")
