"""The annual review report (年度考核报告), one section per person on new pages.

Each person's report: identity and the months counted, the summary (monthly
average, year-end evaluation, annual score, grade, rank), the weighted table
of dimensions and indicators (weight, measured value, target, score), the
twelve monthly scores as a chart, the year's exam results, the goals of the
year, coaching notes, the self-review, the supervisor's ratings and comments,
the interview record, next year's goals and the signature lines for the
person and the supervisor (seed 003 requires both signatures).

It reuses the monthly papers' page frame, styles, trend chart and safe
writing; its tables, texts and signature lines are laid out by arithmetic and
drawn straight on the canvas (``canvas_draw``), with the look of the platypus
tables they replace. A review not yet signed off prints its live figures marked
"未签字" in the header and under the title.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from ..base import clock
from ..office import settings as settings_mod
from ..annual import compute_all
from ..annual.compute import AnnualResult, year_months
from ..base.errors import NotFound, ValidationError
from ..monthly.exams import EXAM_AREAS
from ..store.models import AnnualGoal, AnnualReview, CoachingNote, Exam, ExamResult, Staff
from ..base.text import fmt_local
from ..base.vocab import STAFF_ROLES, zh
from ..trust.audit import chain_head
from . import style as st
from .canvas_draw import Grid, LeanRuns, Row, RowTable, lean_para
from .fonts import FontSet, current_fonts
from .pdfwrite import person_file_name, select_people, write_people
from .scorecard import (FITS, Cancelled, CardStart, Fit, FittedBuilder, card_page_label,
                        continued_title, flow_height, trend_figure)


@dataclass
class AnnualReportOptions:
    paper: str = "A4"
    landscape: bool = False

    def check(self) -> "AnnualReportOptions":
        st.page_size(self.paper, self.landscape)
        return self


@dataclass
class YearReportData:
    year: int
    results: dict[int, AnnualResult]
    reviews: dict[int, AnnualReview]
    goals: dict[int, list[AnnualGoal]]
    next_goals: dict[int, list[AnnualGoal]]
    notes: dict[int, list[CoachingNote]]
    exams: dict[int, list[tuple]]  # staff -> (date, title, area, score, full, pass, absent)
    company: str
    supervisor: str
    base: int
    cap: int


def load_year_report(year: int, staff_ids: list[int] | None = None) -> YearReportData:
    """Everything the reports of one year need, with a fixed number of queries."""
    results = {r.staff_id: r for r in compute_all(year, staff_ids)}
    reviews = {r.staff_id: r for r in AnnualReview.select().where(AnnualReview.year == year)}
    goals: dict[int, list] = {}
    next_goals: dict[int, list] = {}
    for g in AnnualGoal.select().where(AnnualGoal.year.in_([year, year + 1])).order_by(AnnualGoal.id):
        (goals if g.year == year else next_goals).setdefault(g.staff_id, []).append(g)
    notes: dict[int, list] = {}
    for n in (CoachingNote.select().where((CoachingNote.date >= _dt.date(year, 1, 1))
                                          & (CoachingNote.date <= _dt.date(year, 12, 31)))
              .order_by(CoachingNote.date, CoachingNote.id)):
        notes.setdefault(n.staff_id, []).append(n)
    exams: dict[int, list] = {}
    keys = [m.key for m in year_months(year)]
    for row in (ExamResult.select(ExamResult.staff, Exam.date, Exam.title, Exam.area, ExamResult.score,
                                  Exam.full_marks, Exam.pass_mark, ExamResult.absent)
                .join(Exam).where(Exam.month.in_(keys)).order_by(Exam.date, Exam.id).tuples()):
        exams.setdefault(row[0], []).append(row[1:])
    s = settings_mod.load()
    return YearReportData(year=year, results=results, reviews=reviews, goals=goals, next_goals=next_goals,
                          notes=notes, exams=exams, company=s.company_name, supervisor=s.supervisor_name,
                          base=s.base_score, cap=s.cap_score)


PROVISIONAL = colors.HexColor("#B26B00")  # amber: a result that may still change (暂定)


def _month_span(keys: list[str]) -> str:
    """"10月–12月" for consecutive months, else "3月、5月"."""
    nums = [int(k[5:]) for k in keys]
    if len(nums) > 2 and nums == list(range(nums[0], nums[-1] + 1)):
        return f"{nums[0]}月–{nums[-1]}月"
    return "、".join(f"{n}月" for n in nums)


def _num(v: float | None, digits: int = 1) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def _w(v: float) -> str:
    return f"{v:g}%"


TIGHTEST_SHARE = 0.7  # the least share of its height a report set in the tightest fit can take


def page_fill(flowables: list, width: float, height: float) -> tuple[int, float]:
    """The pages ``flowables`` take in a frame ``height`` high, and the share of the last one
    used, laid out as the frame places them but without drawing: a conditional break starts a
    page when less than its height is left; a block kept together moves whole to a new page
    when it does not fit the rest of this one but fits a page, and flows otherwise; anything
    else that does not fit splits where it can (a table at a row, a text at a line, each part
    measured as the frame would measure it) or moves whole to the next page."""
    pages, used = 1, 0.0
    queue = list(flowables)
    while queue:
        f = queue.pop(0)
        if isinstance(f, CardStart):
            continue
        if isinstance(f, CondPageBreak):
            if used and height - used < f.height:
                pages, used = pages + 1, 0.0
            continue
        if isinstance(f, KeepTogether):
            h = flow_height(f._content, width, height)
            if used + h <= height:
                used += h
                continue
            if used and h <= height:
                pages, used = pages + 1, h
                continue
            queue[:0] = f._content
            continue
        if isinstance(f, Spacer) and not used:
            continue  # a frame drops the space at its top
        h = f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        if used + h <= height + 1e-6:
            used += h
            continue
        parts = f.split(width, height - used) if used + 1e-6 < height else []
        if len(parts) > 1:
            queue[:0] = parts[1:]
            pages, used = pages + 1, 0.0
        elif used:
            queue.insert(0, f)
            pages, used = pages + 1, 0.0
        else:
            used += h  # taller than a page and unsplittable: the frame shrinks it onto this one
    return pages, min(used / height, 1.0)


class ReviewBuilder(FittedBuilder):
    """Builds the flowables of one person's annual report."""

    def __init__(self, data: YearReportData, fonts: FontSet, width: float, height: float | None = None):
        self.d = data
        self.fonts = fonts
        self.w = width
        self.h = height  # the page's frame: a report is set tighter when that saves a page (None: never)
        self.indicator_names: dict[str, str] = {}
        self._cells: dict = {}  # plain-text cells by (text, style): see ``text_cell``
        self._styles(FITS[0])

    def report(self, staff: Staff) -> list:
        """The person's report in as few pages as any of ``FITS`` allows, set as loosely as
        that page count permits (no last page left three-quarters blank for want of a few lines)."""
        if self.h is None:
            return self._report(staff)
        self._styles(FITS[0])
        out = self._report(staff)
        count = page_fill(out, self.w, self.h)[0]
        # The tightest fit sets the same report in about 0.8 of the height (0.78–0.80 on the
        # demo office, every paper): below 0.7 of it no page can be saved, and nothing more is built.
        if count == 1 or flow_height(out, self.w, self.h) * TIGHTEST_SHARE > (count - 1) * self.h:
            return out
        # The tightest fit decides whether any saves a page; only then is the one in between
        # tried, loosest first (the grouped fit is the scorecard's own).
        self._styles(FITS[2])
        tightest = self._report(staff)
        if page_fill(tightest, self.w, self.h)[0] == count:
            self._styles(FITS[0])
            return out
        self._styles(FITS[1])
        between = self._report(staff)
        if page_fill(between, self.w, self.h)[0] < count:
            return between
        self._styles(FITS[2])
        return tightest

    def _report(self, staff: Staff) -> list:
        r = self.d.results.get(staff.id)
        if r is None:
            raise NotFound(f"{staff.name}（{staff.employee_no}）在{self.d.year}年不在职，没有年度考核。", field="staff")
        review = self.d.reviews.get(staff.id)
        out = [CardStart(f"{staff.name}（{staff.employee_no}）")]
        signed = r.status == "signed_off"
        out += [lean_para(f"{self.d.year}年度绩效考核报告", self.big["title"])]
        if r.provisional:
            out.append(lean_para(f"状态：{r.status_zh} · 暂定结果，定稿前分数可能变动（原因见总分下方）", self.s["subtitle"]))
        elif not signed:
            out.append(lean_para(f"状态：{r.status_zh} · 未签字，分数可能变动", self.s["subtitle"]))
        out += [self.gap(2), self.identity(staff, r), self.gap(3), self.summary(r), self.gap(4)]
        out += self.dimension_table(r)
        out += self.monthly_chart(r)
        out += self.exams(staff)
        self.indicator_names = {i.code: i.name for d in r.dimensions for i in d.indicators}
        out += self.goal_table(self.d.goals.get(staff.id, []), f"{self.d.year}年度目标")
        out += self.coaching(staff)
        out += self.comments(r, review)
        out += self.interview(review)
        # Flat inside the block kept together: a KeepTogether within a KeepTogether measures as
        # endless (ReportLab's way of forcing its split), and a conditional break asks the frame
        # for a new page while merely being measured — either put the whole block on a page of
        # its own, the last page of every report three-quarters blank.
        tail = self.goal_table(self.d.next_goals.get(staff.id, []), f"{self.d.year + 1}年度目标（下一年）", keep=False)
        tail += [self.conclusion(r), self.gap(6), self.signatures()]
        out.append(KeepTogether(tail))  # the signatures stay with the conclusion they sign
        return out

    # --- parts -----------------------------------------------------------
    def heading(self, title: str) -> list:
        return [CondPageBreak(30 * mm), lean_para(title, self.s["h2"])]

    def identity(self, staff: Staff, r: AnnualResult) -> Grid:
        months = r.months
        if months:
            first, last = int(months[0][5:]), int(months[-1][5:])
            span = f"{len(months)}/12 个月（{first}月" + (f"–{last}月）" if last != first else "）")
        else:
            span = "0/12 个月"
        if r.months_pending:
            span += f"；{_month_span(r.months_pending)}未公示，未计入"
        employed = []
        if staff.hire_date and staff.hire_date.year == self.d.year:
            employed.append(f"{staff.hire_date:%Y-%m-%d} 入职")
        if staff.leave_date and staff.leave_date.year == self.d.year:
            employed.append(f"{staff.leave_date:%Y-%m-%d} 离职")
        if employed:
            span += "，" + "，".join(employed)
        template = f"{r.template_name}" + (f" 第{r.template_version}版" if r.template_version else "（默认）")
        cell, words = self.cell, self.words
        cells = [
            [cell("姓名", "label"), words(staff.name), cell("工号", "label"), cell(staff.employee_no, "value"),
             cell("组别", "label"), words(staff.team or "—"), cell("岗位", "label"),
             cell(zh(STAFF_ROLES, staff.role), "value")],
            [cell("考核年度", "label"), cell(f"{self.d.year}年", "value"), cell("计入月份", "label"),
             cell(span, "body"), None, None, cell("状态", "label"), cell(self.status_text(staff, r), "value")],
            [cell("考核模板", "label"), cell(template, "body"), None, None, cell("结果构成", "label"),
             cell(f"月度平均分 {_w(r.monthly_weight)} + 年终评价 {_w(100 - r.monthly_weight)}", "body"), None, None],
        ]
        unit = self.w / 16
        # A row with merged cells is at least a line of 10 pt type high (leading 12): the table
        # this replaces measured the empty cells under a merge in its default type.
        return Grid(cells, [unit * 1.6, unit * 2.4, unit * 1.6, unit * 2.2, unit * 1.4, unit * 2.4, unit * 1.4,
                            unit * 3.0], pads=[(3, 4)] * 3, least=[0, 12, 12],
                    spans=[((3, 1), (5, 1)), ((1, 2), (3, 2)), ((5, 2), (7, 2))],
                    lines=[("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT), ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.ACCENT)])

    def words(self, value):
        """A value cell whose Latin words break at spaces only (``style.para_words``)."""
        if st.latin_words(value):
            return st.para_words(value, self.s["value"])
        return self.cell(value, "value")

    def status_text(self, staff: Staff, r: AnnualResult) -> str:
        review = self.d.reviews.get(staff.id)
        if r.status == "signed_off" and review is not None and review.signed_off_at is not None:
            return f"已签字（{fmt_local(review.signed_off_at).split(' ')[0]}）"
        return r.status_zh

    def summary(self, r: AnnualResult):
        s = self.s
        boxes = [
            (f"月度平均分（占 {_w(r.monthly_weight)}）", _num(r.monthly_avg), st.INK),
            (f"年终评价（占 {_w(100 - r.monthly_weight)}）", _num(r.evaluation), st.INK),
            ("年度总分" + ("（暂定）" if r.provisional else ""), _num(r.final),
             PROVISIONAL if r.provisional else st.ACCENT),
            ("考核等级" + ("（暂定）" if r.provisional else ""), r.grade or "—",
             PROVISIONAL if r.provisional else st.AWARD if r.grade else st.INK),
            (f"名次（共 {r.rank_count} 人）", str(r.rank) if r.rank else "—", st.INK),
        ]
        labels, values = [], []
        cw = self.w / len(boxes)
        centred = self.label_centred()
        for label, value, color in boxes:
            labels.append(self.text_cell(label, centred))
            base = 17 if label.startswith(("年度总分", "考核等级")) else 12
            big = self.value_style(base, color)
            # a long grade name (待改进) or 100.0 shrinks to stay on one line in its box
            while base > 6 and stringWidth(value, big.fontName, big.fontSize) > cw - 20:
                base -= 1
                big = self.value_style(base, color)
            values.append(self.text_cell(value, big))
        t = Grid([labels, values], [cw] * len(boxes), pads=[(4, 3), (3, 6)],
                 backgrounds=[((0, 0), (-1, -1), st.ZEBRA), ((2, 0), (3, -1), st.ACCENT_LIGHT)],
                 lines=[("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white)])
        notes = []
        if r.provisional:
            notes.append(f"暂定：{'；'.join(r.provisional_reasons)}")
        if r.missing:
            notes.append(f"尚无得分的指标：{'、'.join(r.missing)}（其权重暂按已有指标分摊）")
        if r.monthly_avg is None:
            notes.append("本年没有月度考核成绩，年度总分只按年终评价计")
        if not notes:
            return t
        return KeepTogether([t, self.gap(1.5), lean_para("；".join(notes), s["small"])])

    def lean_table(self, rows: list, widths: list[float]) -> RowTable:
        """A table with ``card_table``'s look at this fit, drawn straight on the canvas."""
        return RowTable(rows, widths, top=2.5 * self.fit.pad, bottom=3.5 * self.fit.pad)

    def cell(self, value, style: str = "cell_center"):
        return self.text_cell(value, self.s[style])

    def text_cell(self, value, style):
        """``style.text_cell``, a plain-text cell kept for the next report: the same labels,
        weights, indicator names and dashes recur in every report of a file, and a plain cell
        is never changed once made (a cell needing a fallback font is a new paragraph each time,
        which also records any character no font has)."""
        key = (value, id(style))
        got = self._cells.get(key)
        if got is not None and got.style is style:
            return got
        got = st.text_cell(value, style)
        if isinstance(got, st.TextCell):
            if len(self._cells) > 20_000:
                self._cells.clear()
            self._cells[key] = got
        return got

    def label_centred(self):
        """The label style centred (a summary box's caption), made once per style set."""
        got = self.__dict__.setdefault("_centred", {})
        key = id(self.s)
        if key not in got:
            got[key] = self.s["label"].clone("lc", alignment=1)
        return got[key]

    def head_row(self, titles) -> Row:
        return Row([self.cell(h, "head") for h in titles])

    def dimension_table(self, r: AnnualResult) -> list:
        s = self.s
        widths = [w * self.w for w in (0.31, 0.08, 0.14, 0.17, 0.08, 0.22)]
        cell = self.cell
        rows = [self.head_row(("考核维度 / 指标", "权重", "实际", "目标", "得分", "说明"))]
        for d in r.dimensions:
            # target and value merged (left empty) on a dimension's row
            rows.append(Row([cell(d.name, "body_bold"), cell(_w(d.weight)), None, None, cell(_num(d.score)), None],
                            fill=st.ACCENT_LIGHT))
            for ind in d.indicators:
                note = ind.note
                if ind.kind == "judged" and ind.comment:
                    note = ind.comment
                rows.append(Row([cell(ind.name, "cell"), cell(_w(ind.weight)), cell(ind.value_text),
                                 cell(ind.target_text), cell(_num(ind.score)), cell(note, "cell")], indent=12))
        rows.append(Row([cell("年终评价（各维度按权重加权）", "body_bold"), cell("100%"), None, None,
                         cell(_num(r.evaluation)), None], fill=colors.white, rule_above=(0.8, st.ACCENT)))
        t = self.lean_table(rows, widths)
        note = ("维度得分 = 其指标得分按权重加权；数据指标按目标计分（达到目标 100 分，到零分值为 0 分，其间按比例），"
                "评议指标按主管 1–5 分评分换算。")
        return self.heading("年终评价：维度与指标") + [t, self.gap(1), lean_para(note, s["small"]),
                                                 self.gap(4)]

    def monthly_chart(self, r: AnnualResult) -> list:
        if not any(v is not None for v in r.monthly_scores):
            return self.heading("月度考核得分") + [lean_para("本年没有月度考核成绩。", self.s["body"]), self.gap(4)]
        figure = trend_figure(year_months(self.d.year), r.monthly_scores, self.d.base, self.d.cap, self.fonts,
                              self.w, self.fit.trend_mm * 1.1 * mm)
        return [CondPageBreak(30 * mm),
                KeepTogether(self.heading(f"{self.d.year}年各月考核得分（平均 {_num(r.monthly_avg)} 分）")[1:]
                             + [figure, self.gap(3)])]

    def exams(self, staff: Staff) -> list:
        rows = self.d.exams.get(staff.id, [])
        if not rows:
            return []
        widths = [w * self.w for w in (0.12, 0.46, 0.14, 0.14, 0.14)]
        cell = self.cell
        body = [self.head_row(("日期", "考试", "内容", "成绩", "结果"))]
        for day, title, area, score, full, pass_mark, absent in rows:
            result = "缺考" if absent else ("满分" if score >= full else "及格" if score >= pass_mark else "不及格")
            body.append(Row([cell(st.date_text(day)), cell(title, "cell"), cell(EXAM_AREAS.get(area, (area,))[0]),
                             cell("—" if absent else f"{score:g}/{full}"), cell(result)]))
        table = self.lean_table(body, widths)
        return [CondPageBreak(30 * mm), KeepTogether(self.heading(f"考试成绩（{len(rows)} 次）")[1:]
                                                     + [table, self.gap(4)])]

    def goal_table(self, goals: list[AnnualGoal], title: str, keep: bool = True) -> list:
        """The goals under their heading; ``keep=False`` gives the plain flowables, for a block
        that is itself kept together."""
        s = self.s
        if not goals:
            return self.heading(title)[0 if keep else 1:] + [lean_para("尚未设定。", s["body"]), self.gap(3)]
        cell = self.cell
        body = [self.head_row(("目标", "关联指标", "目标值", "权重", "备注"))]
        for g in goals:
            linked = self.indicator_names.get(g.indicator, g.indicator) if g.indicator else "—"
            body.append(Row([cell(g.title, "cell"), cell(linked, "cell"), cell("—" if g.target is None else f"{g.target:g}"),
                             cell(f"{g.weight}%" if g.weight else "—"), cell(g.note, "cell")]))
        widths = [w * self.w for w in (0.3, 0.24, 0.1, 0.08, 0.28)]
        block = self.heading(title)[1:] + [self.lean_table(body, widths), self.gap(4)]
        return [CondPageBreak(30 * mm), KeepTogether(block)] if keep else block

    def coaching(self, staff: Staff) -> list:
        notes = self.d.notes.get(staff.id, [])
        if not notes:
            return []
        cell = self.cell
        body = [self.head_row(("日期", "主题", "辅导内容", "跟进日期"))]
        for n in notes:
            body.append(Row([cell(st.date_text(n.date)), cell(n.topic, "cell"), cell(n.note, "cell"),
                             cell(st.date_text(n.follow_up) if n.follow_up else "—")]))
        widths = [w * self.w for w in (0.12, 0.25, 0.5, 0.13)]
        return self.heading(f"辅导记录（{len(notes)} 次）") + [self.lean_table(body, widths), self.gap(4)]

    def lines_cell(self, lines: list[str], style: str = "body"):
        """Lines of text, each wrapped on its own, as a paragraph with a line break between them
        sets them; a blank line or spacing a paragraph would treat otherwise stays a paragraph."""
        if all(line and line == " ".join(line.split()) for line in lines):
            return st.text_cell(None, self.s[style], lines=lines)
        return st.para("<br/>".join(st.text(line) for line in lines), self.s[style], markup=True)

    def labelled(self, label: str, content) -> Grid:
        """A label and its text on one row, the text wrapping beside the label."""
        return Grid([[self.cell(label, "label"), content]], [self.w * 0.16, self.w * 0.84], pads=[(3, 4)],
                    valign="TOP", lines=[("LINEBELOW", (0, 0), (-1, 0), 0.4, st.RULE)])

    def _text_block(self, label: str, value: str) -> list:
        text = (value or "").strip()
        return [self.labelled(label, self.lines_cell(text.split("\n")) if text else self.cell("（未填写）", "body"))]

    def comments(self, r: AnnualResult, review: AnnualReview | None) -> list:
        out = self.heading("自评与主管评价")
        out += self._text_block("个人自评", review.self_review if review else "")
        rated = [i for d in r.dimensions for i in d.indicators if i.kind == "judged" and i.rating]
        if rated:
            out.append(self.labelled("评议指标", self.lines_cell(
                [f"{i.name}：{i.rating} 分" + (f"（{i.comment}）" if i.comment else "") for i in rated])))
        out += self._text_block("主管评语", review.supervisor_comment if review else "")
        return out + [self.gap(4)]

    def interview(self, review: AnnualReview | None) -> list:
        out = self.heading("绩效面谈记录")
        if review is None or review.interview_date is None:
            return out + [lean_para("尚未面谈。", self.s["body"]), self.gap(4)]
        d = review.interview_date
        out += self._text_block("面谈日期", f"{d.year}年{d.month}月{d.day}日")
        out += self._text_block("参加人员", review.interview_attendees)
        out += self._text_block("面谈纪要", review.interview_summary)
        out += self._text_block("发展计划", review.development_plan)
        return out + [self.gap(4)]

    def conclusion(self, r: AnnualResult) -> Grid:
        s = self.s
        if r.final is None:
            content = self.cell("年度总分：暂无（没有月度成绩和评价）。", "body")
        else:
            before = (("【暂定】" if r.provisional else "") + f"年度总分 {_num(r.final)} 分 = 月度平均分 {_num(r.monthly_avg)} × {_w(r.monthly_weight)}"
                      f" + 年终评价 {_num(r.evaluation)} × {_w(100 - r.monthly_weight)}，考核等级：")
            after = "（暂定，定稿前可能变动）" if r.provisional else ""
            if r.grade and isinstance(st.text_cell(before + r.grade + after, s["body"]), st.TextCell):
                content = LeanRuns([(before, None), (r.grade, st.AWARD), (after, None)], s["body"])
            else:  # a character from a fallback font: the paragraph switches fonts
                content = st.para(f"{st.text(before)}<font color='#{st.AWARD.hexval()[2:]}'>{st.text(r.grade)}</font>"
                                  f"{st.text(after)}", s["body"], markup=True)
        box = (0.8, st.ACCENT)
        return Grid([[content]], [self.w], pads=[(5, 6)], backgrounds=[((0, 0), (0, 0), st.ZEBRA)],
                    lines=[(op, (0, 0), (0, 0)) + box for op in ("LINEABOVE", "LINEBELOW", "LINEBEFORE", "LINEAFTER")])

    def signatures(self) -> Grid:
        """The two signature lines (``style.signature_lines``' look): the person's and the
        supervisor's (named when known), each with a date, text sitting on the lines."""
        sup = f"（{self.d.supervisor}）" if self.d.supervisor else ""
        cell = self.cell
        rule = (0.7, st.INK)
        return Grid([[cell("被考核人签字：", "body"), None, cell("日期：", "body"), None],
                     [cell(f"考核主管签字{sup}：", "body"), None, cell("日期：", "body"), None]],
                    [self.w * x for x in (0.24, 0.38, 0.1, 0.28)], pads=[(3, 3)] * 2, valign="BOTTOM",
                    heights=[12 * mm] * 2, lines=[("LINEBELOW", (1, 0), (1, -1)) + rule, ("LINEBELOW", (3, 0), (3, -1)) + rule])


def _select_staff(data: YearReportData, staff_ids) -> list[Staff]:
    return select_people(
        data.results, staff_ids, none_message=f"{data.year}年没有任何在职人员，无法打印年度考核报告。", none_field="year",
        not_known=lambda p: f"{p.name}（{p.employee_no}）在{data.year}年不在职，没有年度考核报告。")


def build_reports(data: YearReportData, people: list[Staff], out, fonts: FontSet, options: AnnualReportOptions,
                  progress: Callable | None = None, done_before: int = 0, total: int | None = None) -> int:
    """Draw the reports of ``people`` into ``out``; returns the page count."""
    pagesize = st.page_size(options.paper, options.landscape)
    frame = st.PageFrame(
        left_title=f"{data.company} · 年度考核报告", right_title=f"{data.year}年度",
        footer_left=chain_head().code, footer_right=f"打印于 {st.local_now_text()}", total_pages=False,
        band_height=9 * mm, font_size=10, page_label=card_page_label,
        continued_title=continued_title("年度考核报告"))
    doc = st.ReportDoc(out, fonts=fonts, pagesize=pagesize, frame=frame,
                       title=f"{data.company} {data.year}年度考核报告", author=data.supervisor)
    return doc.build_per_person(people, ReviewBuilder(data, fonts, doc.width, doc.body_height).report, progress,
                                done_before, total,
                                on_cancel=lambda: Cancelled("已取消打印年度考核报告，没有写入任何文件。"))


def report_file_name(year: int, staff: Staff) -> str:
    return person_file_name(str(year), staff, "年度考核报告")


def write_annual_review(year: int, path, staff_ids=None, one_file_per_agent: bool = False,
                        progress: Callable[[int, int], object] | None = None,
                        options: AnnualReportOptions | None = None) -> list[Path]:
    """Print the annual review reports of ``year``.

    ``staff_ids``: ids, employee numbers or Staff rows; None = everyone employed
    in the year (by employee number). One PDF at ``path`` with each person
    starting on a new page, or — ``one_file_per_agent`` — one file per person
    in the folder ``path``, named ``YYYY_工号_姓名_年度考核报告.pdf``.
    ``progress(done, total)`` after each person; returning False cancels.
    Every file is written safely (temp file + rename).
    """
    from ..annual.reviews import check_year

    year = check_year(year)
    options = (options or AnnualReportOptions()).check()
    if _dt.date(year, 1, 1) > clock.today():
        raise ValidationError(f"{year}年还没有开始，没有年度考核可打印。", field="year")
    data = load_year_report(year)
    people = _select_staff(data, staff_ids)
    fonts = current_fonts()
    return write_people(
        path, people, one_file_per_agent,
        lambda out, who, before, total: build_reports(data, who, out, fonts, options, progress,
                                                      done_before=before, total=total),
        lambda person: report_file_name(year, person), "报告")
