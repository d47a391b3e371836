"""The monthly wall bulletin (考核公示): the poster the office sees.

It prints the **published snapshot** (``standings.published_standings``) of a
published or closed month: title with company and month, the revision
("第 N 版（修订）", ``vocab.revision_label``) when the month was re-issued after
appeals, the appeal sentence with the exact
deadline, the top three and the excellence award, the ranking table, a bar
chart of the scores, the publication time, the snapshot's fingerprint and the
supervisor's signature line. The ranking, the top three, the award and the chart
hold only the people ranked (setting ``ranked_roles``); the others are listed
apart under 不参与排名 when ``show_unranked`` (setting ``bulletin_show_unranked``).

**An unpublished month** (open, or reopened) is printed as a clearly marked
draft from the live standings — a "草稿 · 未公示" watermark on every page, the
title says 草稿, no appeal sentence and no fingerprint — so the supervisor can
check the paper before publishing. ``BulletinOptions(allow_draft=False)``
refuses it instead (``Conflict``). A month that has not begun is refused.

The table's type is chosen from the whole office and the paper: never below
11 pt on A4 or 14 pt on A3 (``MIN_TABLE_PT``), larger while that needs no
more pages, and the rows are balanced over the pages (no page of a few orphan
rows). Every later page repeats the title and the appeal line. A long name
wraps onto two lines rather than shrink. The chart names every bar while the
names stay readable; for a larger office it shows how many people scored in
each band instead (``distribution_chart``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Spacer, TableStyle

from ..base import clock
from ..office import settings as settings_mod
from ..base.errors import Conflict, ValidationError
from ..store.models import MonthlyResult, Period
from ..base.months import Month
from ..base.text import fmt_local
from ..monthly.periods import get_period
from ..monthly.scoring import Standing, band_label
from ..monthly.scoring import score_bands as scoring_bands
from ..monthly.standings import live_standings, published_standings
from ..base.vocab import STAFF_ROLES, UNRANKED_ZH, revision_label, zh
from ..trust.audit import chain_head
from . import style as st
from .fonts import FontSet, current_fonts
from .bulletin_draw import (BarFigure, BarFigureFlowable, LeanDrawing, NamedBars, NamedBarsFlowable, RankingRows,
                            TableLook)
from .pdfwrite import safe_write

PRIVACY_MODES = {"full": "显示全名", "surname": "姓氏+某", "number": "仅显示工号"}
# Two-character surnames, so that 欧阳娜 becomes 欧阳某 and not 欧某.
COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "端木", "南宫", "独孤", "西门", "闻人", "澹台", "太史", "申屠", "钟离",
}
WARNING_MARK = "※"


@dataclass
class BulletinOptions:
    paper: str = "A3"  # A3 | A4
    landscape: bool = False
    privacy: str = "full"  # full | surname | number
    show_warnings: bool | None = None  # the ※ marker; None: the setting (off by default: a warning is private)
    allow_draft: bool = True  # unpublished month: print a marked draft (False: refuse)
    show_chart: bool = True
    show_unranked: bool | None = None  # list the people not ranked apart; None: the setting

    def check(self) -> "BulletinOptions":
        st.page_size(self.paper, self.landscape)
        if self.privacy not in PRIVACY_MODES:
            raise ValidationError(
                f"姓名显示方式“{self.privacy}”无效，应为 full（全名）、surname（姓氏+某）或 number（仅工号）。",
                field="privacy")
        return self


@dataclass
class BulletinData:
    month: Month
    rows: list[Standing]
    draft: bool
    period: Period
    company: str
    supervisor: str
    base: int
    cap: int
    warning_threshold: int
    revised_at: str = ""
    appeal_contact: str = ""  # who receives appeals, where and how (setting)
    corrections: dict[int, Correction] = field(default_factory=dict)  # a revision's changed rows
    unranked: list[Standing] = field(default_factory=list)  # role not ranked: never in ``rows``
    show_unranked: bool = False
    show_warnings: bool = False  # the setting ``bulletin_show_warnings``
    people: int = field(init=False)

    def __post_init__(self):
        self.unranked = self.unranked + [r for r in self.rows if not r.ranked]
        self.rows = [r for r in self.rows if r.ranked]
        self.people = len(self.rows)

    @property
    def revision_mark(self) -> str:
        """"第 N 版（修订）" for a re-issued month (``vocab.revision_label``), else ""."""
        rev = self.period.revision or 0
        if self.draft or rev <= 1:
            return ""
        return revision_label(rev)

    @property
    def appeals_over(self) -> bool:
        """The month is closed or its appeal deadline has passed: no invitation to appeal."""
        deadline = self.period.appeal_deadline
        return self.period.status == "closed" or (deadline is not None and clock.now_utc() >= deadline)

    @property
    def appeal_lines(self) -> list[str]:
        """The appeal notice: the deadline with its weekday, then whom to appeal to (setting
        ``appeal_contact``, else the supervisor); once the window is over, that it is over."""
        if self.draft or self.period.appeal_deadline is None:
            return []
        deadline = deadline_text(self.period.appeal_deadline)
        if self.appeals_over:
            final = ["本表成绩为最终结果。"] if self.period.status == "closed" else []
            return [f"复核期已结束（截止于 {deadline}）"] + final
        if self.appeal_contact:
            how = f"如对考核分数有异议，请在截止前提出复核申请：{self.appeal_contact}。"
        else:
            how = f"如对考核分数有异议，请在截止前向考核主管{self.supervisor}提出复核申请。"
        return [f"复核申请截止：{deadline}", how]

    @property
    def appeal_sentence(self) -> str:
        return "".join(self.appeal_lines)


WEEKDAYS_ZH = "一二三四五六日"


def deadline_text(utc) -> str:
    """2026年10月21日（星期三）10:00 — the weekday tells at a glance whether it is tomorrow or Monday."""
    local = clock.to_local(utc)
    return f"{local.year}年{local.month}月{local.day}日（星期{WEEKDAYS_ZH[local.weekday()]}）{local:%H:%M}"


@dataclass
class Correction:
    """A ranked person whose score a revision changed: first publication → this version, and why."""

    staff_id: int
    old_final: int
    new_final: int
    old_rank: int | None
    new_rank: int | None
    reason: str


def revision_corrections(month: Month, revision: int, rows: list[Standing]) -> dict[int, Correction]:
    """The people whose score differs between the first publication and ``revision``, with the
    reason: the decisions of their upheld or partly upheld appeals (``monthly.appeals``), else the
    reason recorded when the month was re-issued (the audit's ``revise_month`` entries)."""
    from ..monthly.appeals import STATUS
    from ..store.models import Appeal, AuditEntry

    if revision <= 1:
        return {}
    first = {r.staff_id: r for r in published_standings(month, 1) or []}
    changed = {r.staff_id: r for r in rows if r.staff_id in first and first[r.staff_id].final != r.final}
    if not changed:
        return {}
    reasons: dict[int, list[str]] = {}
    for a in (Appeal.select().where((Appeal.month == month.key) & (Appeal.staff.in_(list(changed)))
                                    & (Appeal.status.in_(["upheld", "partly"])) & (Appeal.revision_after <= revision))
              .order_by(Appeal.decided_at, Appeal.id)):
        outcome = STATUS.get(a.status, (a.status,))[0]
        reasons.setdefault(a.staff_id, []).append(
            f"复核申请 #{a.id} {outcome}" + (f"：{a.decision_reason}" if a.decision_reason else ""))
    revised = [e.reason for e in AuditEntry.select(AuditEntry.reason)
               .where((AuditEntry.action == "revise_month") & (AuditEntry.month == month.key))
               .order_by(AuditEntry.id) if e.reason]
    out = {}
    for sid, r in changed.items():
        old = first[sid]
        why = "；".join(reasons.get(sid, [])) or "；".join(dict.fromkeys(revised)) or "修订公示"
        out[sid] = Correction(sid, old.final, r.final, old.rank, r.rank, why)
    return out


def surname_of(name: str) -> str:
    name = (name or "").strip()
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def display_name(row: Standing, privacy: str) -> str:
    """The name as the wall shows it: full, surname + 某, or the employee number."""
    if privacy == "surname":
        return surname_of(row.name) + "某"
    if privacy == "number":
        return row.employee_no
    return row.name


def bulletin_data(month: Month, allow_draft: bool = True) -> BulletinData:
    """The rows the bulletin prints: the latest published snapshot, or live as a draft."""
    if month.first_day > clock.today():
        raise ValidationError(f"{month.label_zh}还没有开始，没有可公示的考核结果。", field="month")
    s = settings_mod.load()
    period = get_period(month)
    rows = None
    revised_at = ""
    if period.status in ("published", "closed"):
        rows = published_standings(month)
        if period.revision > 1:
            latest = (MonthlyResult.select(MonthlyResult.created_at)
                      .where((MonthlyResult.month == month.key) & (MonthlyResult.revision == period.revision))
                      .limit(1).first())
            revised_at = fmt_local(latest.created_at) if latest else ""
    draft = rows is None
    if draft:
        if not allow_draft:
            raise Conflict(f"{month.label_zh}尚未公示，不能打印正式公示。请先公示本月，或选择打印草稿。")
        rows = live_standings(month)
    corrections = {} if draft else revision_corrections(month, period.revision, rows)
    return BulletinData(month=month, rows=rows, draft=draft, period=period, company=s.company_name,
                        supervisor=s.supervisor_name, base=s.base_score, cap=s.cap_score,
                        warning_threshold=s.warning_threshold, revised_at=revised_at,
                        show_unranked=s.bulletin_show_unranked, show_warnings=s.bulletin_show_warnings,
                        appeal_contact=s.appeal_contact,
                        corrections=corrections)


# --- layout -------------------------------------------------------------------

@dataclass
class _Geometry:
    width: float
    body_height: float
    base: float  # body text size (pt)

    @property
    def paper(self) -> str:
        return "A3" if self.base > 10 else "A4"  # base is 11.5 on A3 and 8.1 on A4

    @classmethod
    def of(cls, doc: st.ReportDoc) -> "_Geometry":
        short = min(doc.pagesize)
        return cls(doc.width, doc.body_height, base=11.5 * short / (297 * mm))


def _heading(data: BulletinData, styles, g: _Geometry) -> list:
    title = f"{data.month.label_zh}客服绩效考核公示" + ("（草稿）" if data.draft else "")
    out = [st.para(data.company, styles["subtitle"]), st.para(title, styles["title"])]
    if data.revision_mark:
        mark = st.para(data.revision_mark, styles["revision"])
        box = st.Table([[mark]], colWidths=[g.width * 0.42])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, st.AWARD), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out += [Spacer(1, g.base * 0.3), box]
        if data.corrections:
            out.append(st.para(f"本版更正 {len(data.corrections)} 人的成绩：表中红框标出，原分数、原名次和更正原因见表后“本版更正”。",
                               styles["corr_note"]))
    meta = [f"参评人数 {data.people} 人", f"基础分 {data.base} 分，满分 {data.cap} 分"]
    if not data.draft:
        meta.insert(0, f"公示时间 {fmt_local(data.period.published_at)}")
        if data.revised_at:
            meta.insert(1, f"本版修订于 {data.revised_at}")
    else:
        meta.insert(0, f"打印时间 {st.local_now_text()}")
    out += [Spacer(1, g.base * 0.4), st.para("　·　".join(meta), styles["meta"])]
    out += [Spacer(1, g.base * 0.5), _notice(data, styles, g), Spacer(1, g.base * 0.8)]
    return out


def _notice(data: BulletinData, styles, g: _Geometry) -> st.Table:
    """The appeal line (or the draft warning) in its coloured box."""
    lines = data.appeal_lines or [f"本表为草稿：{data.month.label_zh}尚未公示，分数可能变动，不作为考核依据。"]
    box = st.Table([[st.para("<br/>".join(st.text(line) for line in lines),
                             styles["notice"], markup=True)]], colWidths=[g.width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT if not data.draft else colors.HexColor("#FBE3E1")),
        ("TOPPADDING", (0, 0), (-1, -1), g.base * 0.45), ("BOTTOMPADDING", (0, 0), (-1, -1), g.base * 0.55),
    ]))
    return box


def _continued_heading(data: BulletinData, styles, g: _Geometry) -> list:
    """The top of every page after the first: the title (续) and the appeal line again."""
    title = f"{data.month.label_zh}客服绩效考核公示（续）" + ("（草稿）" if data.draft else "")
    return [st.para(title, styles["cont_title"]), Spacer(1, g.base * 0.3), _notice(data, styles, g),
            Spacer(1, g.base * 0.6)]


def _height(flowables: list, width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _highlights(data: BulletinData, styles, g: _Geometry, privacy: str, per_row: int = 4) -> list:
    """Cards for 第一名 / 第二名 / 第三名 and the excellence award, ``per_row`` to a row."""
    if not data.rows:
        return []
    cards, backgrounds = [], []
    for rank, label, bg in ((1, "第一名", st.GOLD), (2, "第二名", st.SILVER), (3, "第三名", st.BRONZE)):
        people = [r for r in data.rows if r.rank == rank]
        if not people:
            continue
        names = "、".join(display_name(r, privacy) for r in people)
        cards.append([st.para(label, styles["card_label"]), _card_name(names, styles["card_name"], g, per_row),
                      st.para(f"{people[0].final} 分", styles["card_score"])])
        backgrounds.append(bg)
    winners = [r for r in data.rows if r.award]
    if winners:
        names = "、".join(display_name(r, privacy) for r in winners)
        amount = "、".join(sorted({f"{r.award_amount} 元" for r in winners}))
        cards.append([st.para("优秀奖", styles["card_label_award"]), _card_name(names, styles["card_name"], g, per_row),
                      st.para(amount, styles["card_score_award"])])
        backgrounds.append(colors.HexColor("#FBE3E1"))
    gap = g.width * 0.015
    across = min(per_row, len(cards))
    cw = (g.width - gap * (across - 1)) / max(across, 1)
    out = []
    for start in range(0, len(cards), across):
        cells, widths = [], []
        for i in range(start, min(start + across, len(cards))):
            inner = st.Table([[c] for c in cards[i]], colWidths=[cw])
            inner.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), backgrounds[i]),
                ("TOPPADDING", (0, 0), (-1, -1), g.base * 0.25), ("BOTTOMPADDING", (0, 0), (-1, -1), g.base * 0.25),
            ]))
            if cells:
                cells.append(st.blank())
                widths.append(gap)
            cells.append(inner)
            widths.append(cw)
        row = st.Table([cells], colWidths=widths, hAlign="LEFT")
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out += [row, Spacer(1, gap)]
    return out + [Spacer(1, g.base * 0.8 - gap)]


def _card_name(names: str, style, g: _Geometry, per_row: int):
    """The names on a card: on one line in smaller type when they are long, wrapped only past half size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = (g.width / per_row) * 0.85
    needed = stringWidth(names, style.fontName, style.fontSize)
    if needed > room:  # smaller, but never below the table's minimum: past that the names wrap
        scale = max(room / needed, min(1.0, MIN_TABLE_PT[g.paper] / style.fontSize))
        style = style.clone(style.name + "_fit", fontSize=style.fontSize * scale, leading=style.leading * scale)
        style.bold, style.fakeBold = True, style.fakeBold * scale
    return st.para(names, style)


def _columns(data: BulletinData, options: BulletinOptions, g: _Geometry) -> list[tuple[str, float, str]]:
    """(header, relative width, key) of the table's columns."""
    cols = [("名次", 0.9, "rank")]
    if options.privacy != "number":
        cols.append(("姓名", 2.0, "name"))
    cols.append(("工号", 1.2, "no"))
    if options.landscape:
        cols.append(("组别", 2.2, "team"))
    cols += [("接单", 0.8, "orders"), ("售后", 0.8, "after_sales"), ("日常", 0.8, "daily")]
    if any(r.area("general") for r in data.rows):
        cols.append(("通用", 0.8, "general"))
    cols += [("加分", 0.8, "bonus"), ("扣分", 0.8, "deduction"), ("得分", 1.0, "final"),
             ("较上月", 1.15, "change"), ("备注", 1.6, "note")]
    return cols


def warnings_shown(data: BulletinData, options: BulletinOptions) -> bool:
    """Whether the wall shows the ※ marks: the option when given, else the setting (off by default;
    the person's own scorecard always shows a warning)."""
    return data.show_warnings if options.show_warnings is None else options.show_warnings


def _cell(row: Standing, key: str, options: BulletinOptions, corrections: dict | None = None,
          warnings: bool = False) -> str:
    corrections = corrections or {}
    if key == "rank":
        return str(row.rank)
    if key == "name":
        return display_name(row, options.privacy)
    if key == "no":
        return row.employee_no
    if key == "team":
        return row.team
    if key in ("orders", "after_sales", "daily", "general"):
        return st.signed(row.area(key))
    if key == "bonus":
        return st.signed(row.bonus)
    if key == "deduction":
        return st.signed(-row.deduction)
    if key == "final":
        return str(row.final)
    if key == "change":
        return st.change_text(row.change)
    if key == "note":
        parts = ["已更正"] if row.staff_id in corrections else []
        if row.award:
            parts.append(f"优秀奖 {row.award_amount}元")
        if warnings and row.warning:
            parts.append(WARNING_MARK)
        return " ".join(parts)
    raise KeyError(key)


MIN_TABLE_PT = {"A4": 11.0, "A3": 14.0}  # names and scores, at any office size
MIN_WRAPPED_PT = {"A4": 9.0, "A3": 11.0}  # a long name wraps onto two lines before it shrinks, never below
ROW_FACTOR = 1.75  # row height per point of type
WRAPPED = ("name", "team")  # columns whose long text wraps (the others are short)


@dataclass
class TablePlan:
    """The ranking table's type size and its rows' split over pages."""

    font: float
    row_h: float
    heights: list[float]  # each ranked row's height
    cell_sizes: list[dict]  # each row: column key -> (type size, text) of a wrapped cell
    pages: list[tuple[int, int]]  # [start, end) of each page's rows
    small_tail: bool = False  # the last page holds the smaller chart (it saved a page)

    @property
    def counts(self) -> list[int]:
        return [b - a for a, b in self.pages]


def _column_widths(cols, width: float) -> list[float]:
    total = sum(w for _, w, _ in cols)
    return [width * w / total for _, w, _ in cols]


def _cell_style(fonts: FontSet, size: float, value: str):
    """A table cell's wrapping style: Latin words break only between words (Christopher Alexander
    Montgomery), Chinese anywhere."""
    style = st.make_style(fonts, size, "cell_center")
    style = style.clone(style.name + "_w", fontSize=size, leading=size * 1.15)
    if st.latin_words(value):
        style.wordWrap = None
    style.bold, style.fakeBold = False, 0
    return style


class _WrappedTexts:
    """The texts of the columns that may wrap (``WRAPPED``), read and measured once for all the
    type sizes a plan tries: a row whose texts fit its columns at a size is one line high by
    arithmetic; only a text wider than its column is wrapped (each wrap kept)."""

    def __init__(self, data: BulletinData, options: BulletinOptions, cols, widths, fonts: FontSet):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.fonts = fonts
        self.floor = MIN_WRAPPED_PT[options.paper.upper()]
        wrapped = [(col, key, widths[col] - 5) for col, (_, _, key) in enumerate(cols) if key in WRAPPED]
        self.rows = []  # per row: [(key, text, room, width at 1 pt)] of its non-empty wrapping cells
        for r in data.rows:
            texts = []
            for col, key, room in wrapped:
                value = _cell(r, key, options)
                if value:
                    texts.append((key, value, room, stringWidth(value, fonts.regular, 1)))
            self.rows.append(texts)
        self._para_h: dict = {}
        self._widest = max((w / room for texts in self.rows for _, _, room, w in texts), default=0.0)

    def para_height(self, value: str, size: float, room: float) -> float:
        key = (value, size, room)
        got = self._para_h.get(key)
        if got is None:
            got = self._para_h[key] = st.para(value, _cell_style(self.fonts, size, value)).wrap(room, 1e6)[1]
        return got

    def metrics(self, font: float, row_h: float) -> tuple[list[float], list[dict]]:
        """Each row's height at ``font``, and the type size of its cells that wrap: one line when
        the text fits, two lines at the same size, else smaller down to the paper's minimum."""
        n = len(self.rows)
        if self._widest * font <= 1:  # every text fits its column on one line
            return [row_h] * n, [{} for _ in range(n)]
        fonts, floor = self.fonts, self.floor
        heights, sizes = [], []
        for texts in self.rows:
            h, own = row_h, {}
            for key, value, room, unit in texts:
                if unit * font <= room:
                    continue
                if key == "team":  # a team is not a person's name: one line, cut with "…" (in full on the card)
                    own[key] = (font * 0.85, st.fit_text(value, fonts.regular, font * 0.85, room))
                    continue
                size = font
                while True:
                    para_h = self.para_height(value, size, room)
                    if para_h <= size * 1.15 * 2 + 0.1 or size <= floor:
                        break
                    size = max(floor, size - 0.5)
                own[key] = (size, value)
                h = max(h, para_h + font * 0.45)
            heights.append(h)
            sizes.append(own)
        return heights, sizes


def _paginate(heights: list[float], first: float, later: float, tail: float, fill: float = 1.0,
              rest: dict | None = None):
    """Rows split over pages: the first page has ``first`` points for rows, the others ``later``;
    the last also holds ``tail`` (footnotes, chart, signature). Each page but the last is filled to
    at most ``fill`` of its room. Returns [start, end) per page (the last may be empty: tail only).
    ``rest``: the sums of the rows from each start, kept between calls on the same ``heights``."""
    pages, i, n = [], 0, len(heights)
    rest = {} if rest is None else rest  # sum(heights[i:]) by i, for the tries of one plan
    while True:
        room = first if not pages else later
        left = rest.get(i)
        if left is None:
            left = rest[i] = sum(heights[i:])
        if left <= room - tail:
            pages.append((i, n))
            return pages
        j, used = i, 0.0
        while j < n and used + heights[j] <= room * fill:
            used += heights[j]
            j += 1
        if j == i:
            if not pages or fill >= 1.0 or j >= n:
                j = min(i + 1, n)  # a row taller than a page still moves on
            else:
                return pages + [(i, n)] * 99  # this fill cannot work
        pages.append((i, j))
        i = j
        if len(pages) > 400:
            return pages


def plan_table(data: BulletinData, options: BulletinOptions, cols, widths, fonts: FontSet, g: _Geometry,
               first: float, later: float, tail: float, tail_first: float | None = None) -> TablePlan:
    """The largest type (from the paper's minimum up) that needs the fewest pages, then rows
    balanced over those pages so that none is left with a few orphan rows.

    ``tail_first``: the tail's height when everything fits on the first page (a smaller chart)."""
    paper = options.paper.upper()
    low = MIN_TABLE_PT[paper]
    head_room = low * 2.4  # the table's header row
    n = len(data.rows)
    high = max(low, min(g.base * 1.9, _header_fit(cols, widths, fonts) * 1.25))

    texts = _WrappedTexts(data, options, cols, widths, fonts)

    def attempt(font):
        row_h = font * ROW_FACTOR
        heights, sizes = texts.metrics(font, row_h)
        rest: dict = {}
        pages = _paginate(heights, first - head_room, later - head_room, tail, rest=rest)
        if tail_first is not None:  # the smaller tail (chart) when it saves a page
            fewer = _paginate(heights, first - head_room, later - head_room, tail_first, rest=rest)
            if len(fewer) < len(pages):
                pages = fewer
        return row_h, heights, sizes, pages

    row_h, heights, sizes, pages = attempt(low)
    font = low
    fewest = len(pages)
    step = 0.5
    f = high
    while f > low + 1e-6:  # the largest type that still needs no more pages
        candidate = attempt(f)
        if len(candidate[3]) <= fewest:
            font, (row_h, heights, sizes, pages) = f, candidate
            break
        f -= step
    rest: dict = {}  # for ``heights`` as they are now
    small_tail = tail_first is not None and len(
        _paginate(heights, first - head_room, later - head_room, tail, rest=rest)) > len(pages)
    if small_tail:
        tail = tail_first
    if len(pages) == 1 and n:
        # One page: rows as tall as the page allows (capped), so a small office reads from across the room.
        room = first - head_room - (tail if tail_first is None else tail_first)
        stretch = min(room / (sum(heights) or 1), (15 * mm * g.base / 11.5) / row_h)
        if stretch > 1:
            heights = [h * stretch for h in heights]
            row_h *= stretch
        return TablePlan(font, row_h, heights, sizes, pages, small_tail=True)
    # Balance: the smallest fill of the pages before the last that still needs no more pages.
    lo, hi = 0.2, 1.0
    for _ in range(18):
        mid = (lo + hi) / 2
        if len(_paginate(heights, first - head_room, later - head_room, tail, mid, rest)) <= len(pages):
            hi = mid
        else:
            lo = mid
    pages = _paginate(heights, first - head_room, later - head_room, tail, hi, rest)
    # Pages with room to spare at the largest type get taller rows (capped) rather than a blank bottom.
    rooms = [(first if k == 0 else later) - head_room - (tail if k == len(pages) - 1 else 0)
             for k in range(len(pages))]
    fills = [sum(heights[a:b]) / room for (a, b), room in zip(pages, rooms) if b > a and room > 0]
    stretch = min([1 / f for f in fills if f > 0] + [(15 * mm * g.base / 11.5) / row_h])
    if stretch > 1.02:
        heights = [h * stretch * 0.98 for h in heights]
        row_h *= stretch * 0.98
    return TablePlan(font, row_h, heights, sizes, pages, small_tail=small_tail)


def _ranking_table(data: BulletinData, options: BulletinOptions, fonts: FontSet, cols, widths,
                   plan: TablePlan, start: int, end: int, look: TableLook | None = None) -> RankingRows:
    """The rows ``start``–``end`` of the ranking table under its header (``look``: the header and
    the rules, shared by every page's part; ``_RankingCells``: each row's type and colours)."""
    look = look or table_look(options, fonts, cols, widths, plan.font)
    return RankingRows(look, list(range(start, end)), plan.heights[start:end],
                       _RankingCells(data, options, fonts, cols, widths, plan))


class _RankingCells:
    """A ranking row's look, made when it is drawn: names and scores at ``plan.font``, the score
    larger and bold, the note smaller; an employee number or a note wider than its column is set
    smaller (never clipped), a long name wraps (``plan.cell_sizes``); the top three's colours,
    zebra stripes, change and note colours, a corrected row framed in red."""

    def __init__(self, data: BulletinData, options: BulletinOptions, fonts: FontSet, cols, widths,
                 plan: TablePlan):
        self.data, self.options, self.fonts, self.plan = data, options, fonts, plan
        self.keys = [k for _, _, k in cols]
        self.room = {key: w - 5 for key, w in zip(self.keys, widths)}
        self.warnings = warnings_shown(data, options)

    def __call__(self, i: int, k: int) -> tuple:
        data, fonts, font = self.data, self.fonts, self.plan.font
        r = data.rows[i]
        corrected = r.staff_id in data.corrections
        wrapped = self.plan.cell_sizes[i]
        leading = font * 1.2
        cells = []
        for key in self.keys:
            if key in wrapped:
                size, value = wrapped[key]
                cells.append(st.para(value, _cell_style(fonts, size, value)))
                continue
            value = _cell(r, key, self.options, data.corrections, self.warnings)
            name, size, color = fonts.regular, font, st.INK
            if key == "final":
                name, size, color = fonts.bold, font * 1.15, (st.AWARD if corrected else st.ACCENT)
            elif key == "change" and r.change:
                color = st.UP if r.change > 0 else st.DOWN
            elif key == "note":
                size = font * 0.8
                if r.award or corrected:
                    color = st.AWARD
                elif r.warning:  # shown only when the office chose to: then readable from a distance
                    color = st.DOWN
            cell_leading = leading
            if value and (key == "no" or key == "note"):  # wider than its column: smaller, never clipped
                needed = stringWidth(value, name, size)
                if needed > self.room[key]:
                    size = max(size * self.room[key] / needed, font * 0.7)
                    cell_leading = size * 1.2
            cells.append((value, name, size, cell_leading, color))
        bg = {1: st.GOLD, 2: st.SILVER, 3: st.BRONZE}.get(r.rank)
        if bg is None and k % 2 == 0:
            bg = st.ZEBRA
        return bg, corrected, cells


def table_look(options: BulletinOptions, fonts: FontSet, cols, widths, font: float) -> TableLook:
    """The ranking table's header row and rules at body type ``font``."""
    head_font = min(font, _header_fit(cols, widths, fonts))
    head = st.make_style(fonts, head_font, "head")
    return TableLook(
        widths=list(widths), header=[st.para(h, head) for h, _, _ in cols],
        header_height=max(head_font * 2.4, MIN_TABLE_PT[options.paper.upper()] * 2.4),
        header_background=st.ACCENT, top_pad=0, bottom_pad=font * 0.15, side_pad=2,
        rule=(0.4, st.RULE), box=(0.8, st.ACCENT), frame=(1.6, st.AWARD))


def _header_fit(cols, widths: list[float], fonts: FontSet) -> float:
    """The largest type size at which every column header stays on one line (few tall rows)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return min((w - 6) / max(stringWidth(h, fonts.bold, 1), 1) for (h, _, _), w in zip(cols, widths))


def _footnotes(data: BulletinData, options: BulletinOptions, styles) -> str:
    notes = [f"名次相同者得分相同；较上月：得分比上月多（+）或少（{st.minus_sign()}）的分数，— 表示上月无成绩。"]
    if warnings_shown(data, options) and any(r.warning for r in data.rows):
        notes.append(f"{WARNING_MARK} 连续两个月末位且得分低于 {data.warning_threshold} 分（仅作提醒）。")
    return "　".join(notes)


def _corrections_section(data: BulletinData, options: BulletinOptions, styles, fonts: FontSet, width: float,
                         size: float) -> list:
    """本版更正: each corrected person with old → new score and rank and the reason."""
    if not data.corrections:
        return []
    by_id = {r.staff_id: r for r in data.rows}
    head = st.make_style(fonts, size, "head")
    cell = _cell_style(fonts, size, "")
    cell.alignment = 0
    center = _cell_style(fonts, size, "")
    body = [[st.para(h, head) for h in ("姓名" if options.privacy != "number" else "工号", "得分（原 → 新）",
                                        "名次（原 → 新）", "更正原因")]]
    for sid, c in sorted(data.corrections.items(), key=lambda kv: (kv[1].new_rank or 10 ** 6)):
        who = display_name(by_id[sid], options.privacy)

        def rank(v):
            return f"第 {v} 名" if v else "—"

        body.append([st.para_words(who, center), st.para(f"{c.old_final} → {c.new_final}", center),
                     st.para(f"{rank(c.old_rank)} → {rank(c.new_rank)}", center), st.para(c.reason, cell)])
    t = st.Table(body, colWidths=[width * w for w in (0.18, 0.17, 0.2, 0.45)], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), st.AWARD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, st.AWARD), ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.25), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35),
    ]))
    title = f"本版更正（{data.revision_mark}，共 {len(data.corrections)} 人；其他人的名次可能随之调整）"
    return [Spacer(1, size * 0.8), st.para(title, styles["corr_title"]), Spacer(1, size * 0.3), t]


def _unranked_section(data: BulletinData, options: BulletinOptions, styles, fonts: FontSet, width: float) -> list:
    """The people whose role is not ranked, apart under 不参与排名: scores only, no rank,
    award or warning; empty unless asked for (option, else the setting)."""
    show = data.show_unranked if options.show_unranked is None else options.show_unranked
    if not show or not data.unranked:
        return []
    roles = "、".join(sorted({zh(STAFF_ROLES, r.role) for r in data.unranked}))
    title = st.para(f"{UNRANKED_ZH}（{roles}，共 {len(data.unranked)} 人；不评优秀奖、不作预警）", styles["foot"])
    cols = ([("姓名", 1.5, "name")] if options.privacy != "number" else []) + [
        ("工号", 1.2, "no"), ("岗位", 1.3, "role"), ("加分", 0.8, "bonus"), ("扣分", 0.8, "deduction"),
        ("得分", 1.0, "final"), ("较上月", 1.15, "change")]
    total = sum(w for _, w, _ in cols)
    font = styles["foot"].fontSize
    head = st.make_style(fonts, font, "head")
    body = [[st.para(h, head) for h, _, _ in cols]]
    body += [[zh(STAFF_ROLES, r.role) if key == "role" else _cell(r, key, options) for _, _, key in cols]
             for r in data.unranked]
    t = st.Table(body, colWidths=[width * w / total for _, w, _ in cols], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 1), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), font),
        ("LEADING", (0, 1), (-1, -1), font * 1.25), ("TEXTCOLOR", (0, 1), (-1, -1), st.INK),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), st.MUTED), ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, st.MUTED),
    ]))
    return [Spacer(1, font * 0.8), title, Spacer(1, font * 0.3), t]


RANK_BAR_COLORS = {1: colors.HexColor("#D4A017"), 2: colors.HexColor("#9AA5B1"), 3: colors.HexColor("#C07A45")}
OTHER_BAR_COLOR = colors.HexColor("#7FA3C8")


def score_layout(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float,
                 height: float) -> NamedBars:
    """Bars of every final score in rank order, the top three and the award coloured, base score dashed.

    The score axis starts just below the lowest score (``style.score_axis``), so that 81 and 95
    do not look alike; a break mark on the axis and the legend say where it starts. The legend
    names every colour and the dashed line.

    Laid out as numbers (``bulletin_draw.NamedBars``): the chart's place, values, colours, names
    and axis, and a drawing of the shapes around it (the title and legend before the chart, the
    axis break, the dashed base line and its label after it). ``score_chart`` builds ReportLab's
    ``VerticalBarChart`` from it, ``score_figure`` draws it straight on the canvas."""
    rows = data.rows
    n = max(len(rows), 1)
    d = Drawing(width, height)
    d.initialFontName = fonts.regular  # else the renderer selects Helvetica, left unembedded
    base = min(11.5 * height / (70 * mm), 11.5 * width / (180 * mm))
    base = max(7.0, min(base, 14.0))
    title = "得分分布（按名次）"
    label_room = min(max(len(max((display_name(r, options.privacy) for r in rows), key=len, default="")), 2), 8)
    slot = (width - 12 * mm - base * 4.2) / n
    label_size = max(MIN_WRAPPED_PT[options.paper.upper()], min(base * 0.85, slot * 0.85))
    rotate = n > 16 if options.privacy != "number" else n > 10
    if rotate:  # upright names take at most 40 % of a low chart (cut with "…"): the bars keep their room
        label_room = max(2, min(label_room, int(height * 0.4 / (label_size * 1.05))))
    bottom = (label_room * label_size * 1.05 if rotate else label_size * 1.6) + 2 * mm
    label_w = base * 0.75 * 5.5  # room at the right for the base-score label
    vmin, vmax, step = st.score_axis([r.final for r in rows], data.base, data.cap)

    def legend_items(axis_min: int) -> list:
        items = [(st.LEGEND_BAR, RANK_BAR_COLORS[k], label) for k, label in ((1, "第一名"), (2, "第二名"), (3, "第三名"))
                 if any(r.rank == k and not r.award for r in rows)]
        if any(r.award for r in rows):
            items.append((st.LEGEND_BAR, st.AWARD, "优秀奖"))
        items += [(st.LEGEND_BAR, OTHER_BAR_COLOR, "其他"), (st.LEGEND_DASH, st.AWARD, f"基础分 {data.base}")]
        if axis_min > 0:
            items.append((st.LEGEND_BREAK, st.INK, f"纵轴从 {axis_min} 分起"))
        return items

    legend_size = base * 0.75
    legend_w = st.legend_width(legend_items(vmin), fonts.regular, legend_size)
    title_w = stringWidth(title, fonts.bold, base)
    two_rows = title_w + base * 1.5 + legend_w > width
    top_room = base * (2.2 if not two_rows else 3.4)  # the title (and the legend) above the bars
    bar_label_room = base * 0.9  # the score over the highest bar
    x, y = 10 * mm, bottom
    w, h = width - 12 * mm - label_w, height - bottom - top_room - bar_label_room
    label_width = (label_room * label_size * 1.05) if rotate else slot * 0.95
    names = [st.fit_text(display_name(r, options.privacy), fonts.regular, label_size, label_width)
             for r in rows] or [""]
    show_names = slot >= 7
    if not show_names:  # too many to label: bars only, in rank order
        bottom = 4 * mm
        y = bottom
        h = height - bottom - top_room - bar_label_room
        title += f"　共 {len(rows)} 人，从左到右按名次排列"
    d.add(String(0, height - base, title, fontName=fonts.bold, fontSize=base, fillColor=st.ACCENT))
    while h * step / ((vmax - vmin) or 1) < base * 1.1 and step < vmax - vmin:  # axis labels apart
        step *= 2
    vmin = (vmin // step) * step  # from a tick still just below the lowest score
    legend = legend_items(vmin)
    st.draw_legend(d, legend, width - st.legend_width(legend, fonts.regular, legend_size),
                   height - base * (1 if not two_rows else 2.3), fonts.regular, legend_size)
    at = len(d.contents)
    colours = []
    for r in rows:
        color = RANK_BAR_COLORS.get(r.rank, OTHER_BAR_COLOR)
        colours.append(st.AWARD if r.award else color)
    if vmin > 0:  # the axis does not start at 0: a break mark on it, between its first two ticks
        st.axis_break(d, x, y + h * step / (vmax - vmin) / 2, base * 0.8)
    line_y = y + h * (data.base - vmin) / ((vmax - vmin) or 1)
    d.add(Line(x, line_y, x + w, line_y, strokeColor=st.AWARD, strokeWidth=0.8, strokeDashArray=[3, 2]))
    d.add(String(x + w + 2, line_y - base * 0.25, f"基础分 {data.base}", fontName=fonts.regular,
                 fontSize=base * 0.75, fillColor=st.AWARD))
    return NamedBars(
        drawing=d, at=at, plot=(x, y, w, h), values=[r.final for r in rows] or [0], colours=colours or [OTHER_BAR_COLOR],
        names=names, show_names=show_names, rotate=rotate, name_font=(fonts.regular, label_size),
        axis=(vmin, vmax, step), tick_font=(fonts.regular, base * 0.8), grid=(0.4, colors.HexColor("#E3E8EE")),
        group_spacing=max(1, slot * 0.25),
        bar_label_font=(fonts.regular, max(4.5, min(base * 0.75, slot * 0.45)), 6) if slot >= 9 else None)


def score_chart(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float,
                height: float) -> Drawing:
    """``score_layout`` as a ReportLab drawing holding a ``VerticalBarChart``: the chart
    ``score_figure`` is drawn like, and what it falls back to."""
    bars = score_layout(data, options, fonts, width, height)
    d = bars.drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = bars.plot
    chart.data = [list(bars.values)]
    chart.categoryAxis.categoryNames = list(bars.names)
    font, size = bars.name_font
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    if not bars.show_names:
        chart.categoryAxis.visibleLabels = False
    elif bars.rotate:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = bars.axis
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = bars.tick_font
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeWidth, chart.valueAxis.gridStrokeColor = bars.grid
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = OTHER_BAR_COLOR
    chart.barSpacing = 0
    chart.groupSpacing = bars.group_spacing
    for i, color in enumerate(bars.colours):
        if color is not OTHER_BAR_COLOR:
            chart.bars[(0, i)].fillColor = color
    if bars.bar_label_font is not None:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = bars.bar_label_font
    d.insert(bars.at, chart)
    return d


def score_figure(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float, height: float):
    """``score_chart`` drawn straight on the canvas from its numbers (``bulletin_draw.NamedBars``):
    the same bars, grid, axes, names, scores, legend and base line, placed as the
    ``VerticalBarChart`` places them, without building and rendering its tree of shapes. The
    chart itself (walked lean) where the numbers would not place it the same: a score below
    the axis' start, an axis below 0, a name of several lines."""
    bars = score_layout(data, options, fonts, width, height)
    if not bars.drawable():
        return LeanDrawing(score_chart(data, options, fonts, width, height))
    return NamedBarsFlowable(bars)


def score_bands(data: BulletinData) -> list[tuple[str, int, int]]:
    """(label, low, high) score bands (``monthly.scoring.score_bands``), labelled for the wall."""
    return [(band_label(lo, hi, "{high} 分以下"), lo, hi)
            for lo, hi in scoring_bands(data.warning_threshold, data.base, data.cap)]


def distribution_chart(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float,
                       height: float) -> Drawing:
    """How many people scored in each band: what a wall can show of a large office (the table
    holds each person's own score; 200 named bars cannot be read)."""
    size = MIN_TABLE_PT[options.paper.upper()]
    d = Drawing(width, height)
    d.initialFontName = fonts.regular
    bands = score_bands(data)
    counts = [sum(1 for r in data.rows if lo <= r.final <= hi) for _, lo, hi in bands]
    d.add(String(0, height - size, f"得分分布：各分数段人数（共 {len(data.rows)} 人）", fontName=fonts.bold,
                 fontSize=size, fillColor=st.ACCENT))
    chart = VerticalBarChart()
    chart.x, chart.y = size * 3, size * 2.2
    chart.width, chart.height = width - size * 4, height - size * 2.2 - size * 2.6
    chart.data = [counts]
    chart.categoryAxis.categoryNames = [label for label, _, _ in bands]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = size * 0.85
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(counts + [1]) * 1.15
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = size * 0.7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor("#7FA3C8")
    for i, (_, lo, hi) in enumerate(bands):
        if hi < data.warning_threshold:
            chart.bars[(0, i)].fillColor = colors.HexColor("#D98C84")
        elif lo >= data.base:
            chart.bars[(0, i)].fillColor = st.ACCENT
    chart.barLabelFormat = "%d 人"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = size * 0.8
    chart.barLabels.nudge = size * 0.7
    d.add(chart)
    x = width
    for color, label in ((colors.HexColor("#D98C84"), f"低于 {data.warning_threshold} 分"),
                         (colors.HexColor("#7FA3C8"), f"低于基础分 {data.base}"), (st.ACCENT, f"基础分 {data.base} 及以上")):
        w = len(label) * size * 0.7
        x -= w + size * 1.6
        d.add(Rect(x, height - size * 0.9, size * 0.7, size * 0.7, fillColor=color, strokeColor=None))
        d.add(String(x + size * 0.95, height - size * 0.9, label, fontName=fonts.regular, fontSize=size * 0.7,
                     fillColor=st.INK))
    return d


def distribution_figure(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float,
                        height: float):
    """``distribution_chart`` drawn straight on the canvas (``bulletin_draw.BarFigure``): the same
    bars, axes, grid, texts and legend, placed as the ``VerticalBarChart`` places them, without
    building and rendering a tree of shapes. When the value axis would carry fractional ticks (a
    tiny office), the chart itself."""
    from reportlab.graphics.charts.axes import YValueAxis

    size = MIN_TABLE_PT[options.paper.upper()]
    bands = score_bands(data)
    counts = [sum(1 for r in data.rows if lo <= r.final <= hi) for _, lo, hi in bands]
    x, y = size * 3, size * 2.2
    w, h = width - size * 4, height - size * 2.2 - size * 2.6
    vmax = max(counts + [1]) * 1.15
    axis = YValueAxis()  # the chart's own choice of ticks
    axis.valueMin, axis.valueMax = 0, vmax
    axis.setPosition(x, y, h)
    axis.configure([counts])
    ticks = list(axis._tickValues)
    if any(t != int(t) for t in ticks):
        return LeanDrawing(distribution_chart(data, options, fonts, width, height))
    low, below, good = colors.HexColor("#D98C84"), colors.HexColor("#7FA3C8"), st.ACCENT
    bars = [(n, low if hi < data.warning_threshold else good if lo >= data.base else below)
            for n, (_, lo, hi) in zip(counts, bands)]
    legend, lx = [], width
    for color, label in ((low, f"低于 {data.warning_threshold} 分"), (below, f"低于基础分 {data.base}"),
                         (good, f"基础分 {data.base} 及以上")):
        lx -= len(label) * size * 0.7 + size * 1.6
        legend += [("rect", lx, height - size * 0.9, size * 0.7, size * 0.7, color),
                   ("text", lx + size * 0.95, height - size * 0.9, label, fonts.regular, size * 0.7, st.INK)]
    return BarFigureFlowable(BarFigure(
        width=width, height=height,
        title=(f"得分分布：各分数段人数（共 {len(data.rows)} 人）", fonts.bold, size, st.ACCENT),
        plot=(x, y, w, h), value_max=vmax, ticks=[(t, "%.0f" % t) for t in ticks], bars=bars,
        categories=[label for label, _, _ in bands], category_font=(fonts.regular, size * 0.85),
        tick_font=(fonts.regular, size * 0.7), bar_labels=["%d 人" % n for n in counts],
        bar_label_font=(fonts.regular, size * 0.8, size * 0.7), grid=(0.4, colors.HexColor("#E3E8EE")),
        legend=legend))


def _signature(data: BulletinData, styles, g: _Geometry) -> st.Table:
    who = f"（{data.supervisor}）" if data.supervisor else ""
    cells = [[st.para(f"考核主管签字{who}：", styles["sign"]), st.blank(), st.para("日期：", styles["sign"]), st.blank()]]
    t = st.Table(cells, colWidths=[g.width * 0.26, g.width * 0.34, g.width * 0.1, g.width * 0.3],
              rowHeights=[g.base * 2.6])
    t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.8, st.INK), ("LINEBELOW", (3, 0), (3, 0), 0.8, st.INK),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (2, 0), (2, 0), "RIGHT")]))
    return t


def _styles(fonts: FontSet, g: _Geometry) -> dict:
    styles = st.make_styles(fonts, g.base)
    styles["meta"] = st.make_style(fonts, g.base, "subtitle")
    # The appeal line is the loudest after the title: never smaller than the table's largest type.
    styles["notice"] = st.make_style(fonts, g.base * 1.9 / 1.15, "notice")  # 1.9 × base: the table's largest type
    styles["revision"] = st.make_style(fonts, g.base * 1.3, "notice")
    styles["revision"].textColor = st.AWARD
    styles["card_label"] = st.make_style(fonts, g.base * 1.25, "small")
    styles["card_label"].alignment = 1
    styles["card_label"].textColor = st.INK
    styles["card_label_award"] = st.make_style(fonts, g.base * 1.25, "small")
    styles["card_label_award"].alignment = 1
    styles["card_label_award"].textColor = st.AWARD
    styles["card_name"] = st.make_style(fonts, g.base * 1.55, "notice")
    styles["card_score"] = st.make_style(fonts, g.base * 1.15, "subtitle")
    styles["card_score"].textColor = st.INK
    styles["card_score_award"] = st.make_style(fonts, g.base * 1.15, "subtitle")
    styles["card_score_award"].textColor = st.AWARD
    styles["sign"] = st.make_style(fonts, g.base * 1.1, "body")
    styles["foot"] = st.make_style(fonts, g.base, "small")
    styles["corr_note"] = st.make_style(fonts, g.base, "subtitle")
    styles["corr_note"].textColor = st.AWARD
    styles["corr_title"] = st.make_style(fonts, g.base * 1.2, "h2")
    styles["corr_title"].textColor = st.AWARD
    styles["cont_title"] = st.make_style(fonts, g.base * 1.1, "h2")
    styles["cont_title"].alignment = 1
    return styles


def names_fit_chart(data: BulletinData, options: BulletinOptions, width: float) -> bool:
    """Whether every ranked person's bar can carry a readable name (at the smallest type a
    wrapped name may take); past that the chart shows how the scores are spread instead."""
    label = MIN_WRAPPED_PT[options.paper.upper()]
    return len(data.rows) <= (width - 30 * mm) / (label * 1.3)


def _chart(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float, height: float):
    """The chart under the table, as a flowable: every named bar, or how the scores are spread."""
    if names_fit_chart(data, options, width):
        return score_figure(data, options, fonts, width, height)
    return distribution_figure(data, options, fonts, width, height)


def build_bulletin(data: BulletinData, options: BulletinOptions, out, fonts: FontSet | None = None) -> int:
    """Draw the bulletin into ``out`` (a path or a binary file); returns the page count."""
    options.check()
    fonts = fonts or current_fonts()
    pagesize = st.page_size(options.paper, options.landscape)
    right = data.month.label_zh + (f" · {data.revision_mark}" if data.revision_mark else "")
    if data.draft:
        right += " · 草稿"
    frame = st.PageFrame(
        left_title=f"{data.company} · 考核公示", right_title=right,
        footer_left=(f"公示指纹 {data.period.fingerprint} · {chain_head().code}"
                     if not data.draft and data.period.fingerprint else ""),
        footer_right=f"打印于 {st.local_now_text()}", draft=data.draft,
        band_height=11 * mm * min(pagesize) / (297 * mm), font_size=12 * min(pagesize) / (297 * mm))
    doc = st.ReportDoc(out, fonts=fonts, pagesize=pagesize, frame=frame,
                       title=f"{data.company} {data.month.label_zh}考核公示", author=data.supervisor)
    g = _Geometry.of(doc)
    styles = _styles(fonts, g)
    if options.landscape and data.rows and _side_by_side(doc, data, options, styles, fonts, g):
        return doc.page
    story = _heading(data, styles, g) + _highlights(data, styles, g, options.privacy)
    used = _height(story, g.width, g.body_height)
    foot = st.para(_footnotes(data, options, styles), styles["foot"])
    apart = (_corrections_section(data, options, styles, fonts, g.width, MIN_TABLE_PT[g.paper])
             + _unranked_section(data, options, styles, fonts, g.width))
    foot_h = _height([foot] + apart, g.width, g.body_height) + g.base * 0.4
    sign_h = _height([_signature(data, styles, g)], g.width, g.body_height) + g.base * 0.6
    charted = options.show_chart and bool(data.rows)
    chart_small = min(g.body_height * 0.2, 85 * mm) if charted else 0
    chart_big = min(g.body_height * 0.3, 120 * mm) if charted else 0
    slack = g.base * 2  # measuring and drawing differ by a little
    tail = foot_h + sign_h + (chart_big + g.base * 0.6 if charted else 0) + slack
    tail_first = foot_h + sign_h + (chart_small + g.base * 0.6 if charted else 0) + slack
    later = g.body_height - _height(_continued_heading(data, styles, g), g.width, g.body_height) - slack
    cols = _columns(data, options, g)
    widths = _column_widths(cols, g.width)
    plan = plan_table(data, options, cols, widths, fonts, g, g.body_height - used - slack, later, tail, tail_first)
    look = table_look(options, fonts, cols, widths, plan.font)
    for k, (start, end) in enumerate(plan.pages):
        if k:
            story += [PageBreak()] + _continued_heading(data, styles, g)
        if end > start:
            story.append(_ranking_table(data, options, fonts, cols, widths, plan, start, end, look))
    story += [Spacer(1, g.base * 0.4), foot] + apart
    tail_flow = []
    if charted:
        chart_h = chart_small if plan.small_tail else chart_big
        tail_flow += [Spacer(1, g.base * 0.6), _chart(data, options, fonts, g.width, chart_h)]
    tail_flow += [Spacer(1, g.base * 0.6), _signature(data, styles, g)]
    story.append(KeepTogether(tail_flow))
    doc.build_counted(story)
    return doc.page


def _side_by_side(doc: st.ReportDoc, data: BulletinData, options: BulletinOptions, styles, fonts: FontSet,
                  g: _Geometry) -> bool:
    """Landscape, one page: the ranking table on the left, the top cards and the chart on the right.
    False (nothing drawn) when the table does not fit one page at the paper's minimum type."""
    story = _heading(data, styles, g)
    used = _height(story, g.width, g.body_height)
    sign = _signature(data, styles, g)
    foot = st.para(_footnotes(data, options, styles), styles["foot"])
    gap = g.width * 0.02
    left = _Geometry(g.width * 0.62, g.body_height, g.base)
    right = _Geometry(g.width - left.width - gap, g.body_height, g.base)
    apart = (_corrections_section(data, options, styles, fonts, left.width, MIN_TABLE_PT[g.paper])
             + _unranked_section(data, options, styles, fonts, left.width))
    foot_h = _height([foot] + apart, left.width, g.body_height) + g.base * 0.4
    room = g.body_height - used - sign.wrap(g.width, g.body_height)[1] - g.base * 1.5
    cols = _columns(data, options, left)
    widths = _column_widths(cols, left.width)
    plan = plan_table(data, options, cols, widths, fonts, left, room - foot_h, room - foot_h, 0)
    if len(plan.pages) > 1:
        return False
    table = _ranking_table(data, options, fonts, cols, widths, plan, 0, len(data.rows))
    cards = _highlights(data, styles, right, options.privacy, per_row=2)
    cards_h = _height(cards, right.width, g.body_height)
    panel = list(cards)
    if options.show_chart:
        panel.append(_chart(data, options, fonts, right.width, max(room - cards_h, 40 * mm)))
    side = st.Table([[[table, Spacer(1, g.base * 0.4), foot] + apart, st.blank(), panel]],
                    colWidths=[left.width, gap, right.width])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    doc.build_counted(story + [side, Spacer(1, g.base * 0.5), sign])
    return True


def write_bulletin(month: Month, path, options: BulletinOptions | None = None) -> Path:
    """Print ``month``'s bulletin to ``path`` (written safely: temp file + rename).

    Published or closed month: the latest published snapshot. Unpublished: a
    draft marked as such on every page (refused with ``allow_draft=False``).
    Font problems are reported by ``fonts.font_warning()``.
    """
    options = (options or BulletinOptions()).check()
    data = bulletin_data(month, options.allow_draft)
    fonts = current_fonts()
    return safe_write(path, lambda tmp: build_bulletin(data, options, tmp, fonts))
