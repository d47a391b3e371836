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

Up to 40 people per page; a longer office flows onto more pages, each with
the header band and the table header repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, TableStyle

from ..base import clock
from ..office import settings as settings_mod
from ..base.errors import Conflict, ValidationError
from ..store.models import MonthlyResult, Period
from ..base.months import Month
from ..base.text import fmt_local
from ..monthly.periods import get_period
from ..monthly.scoring import Standing
from ..monthly.standings import live_standings, published_standings
from ..base.vocab import STAFF_ROLES, UNRANKED_ZH, revision_label, zh
from ..trust.audit import chain_head
from . import style as st
from .fonts import FontSet, current_fonts
from .pdfwrite import safe_write

ROWS_PER_PAGE = 40
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
    show_warnings: bool = True  # the discreet ※ marker; switch off for the wall
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
    unranked: list[Standing] = field(default_factory=list)  # role not ranked: never in ``rows``
    show_unranked: bool = False
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
    def appeal_sentence(self) -> str:
        if self.draft or self.period.appeal_deadline is None:
            return ""
        return f"如对考核分数有异议，请于 {fmt_local(self.period.appeal_deadline)} 前提出复核申请"


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
    return BulletinData(month=month, rows=rows, draft=draft, period=period, company=s.company_name,
                        supervisor=s.supervisor_name, base=s.base_score, cap=s.cap_score,
                        warning_threshold=s.warning_threshold, revised_at=revised_at,
                        show_unranked=s.bulletin_show_unranked)


# --- layout -------------------------------------------------------------------

@dataclass
class _Geometry:
    width: float
    body_height: float
    base: float  # body text size (pt)

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
    meta = [f"参评人数 {data.people} 人", f"基础分 {data.base} 分，满分 {data.cap} 分"]
    if not data.draft:
        meta.insert(0, f"公示时间 {fmt_local(data.period.published_at)}")
        if data.revised_at:
            meta.insert(1, f"本版修订于 {data.revised_at}")
    else:
        meta.insert(0, f"打印时间 {st.local_now_text()}")
    out += [Spacer(1, g.base * 0.4), st.para("　·　".join(meta), styles["meta"])]
    notice = data.appeal_sentence or f"本表为草稿：{data.month.label_zh}尚未公示，分数可能变动，不作为考核依据。"
    box = st.Table([[st.para(notice, styles["notice"])]], colWidths=[g.width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT if not data.draft else colors.HexColor("#FBE3E1")),
        ("TOPPADDING", (0, 0), (-1, -1), g.base * 0.45), ("BOTTOMPADDING", (0, 0), (-1, -1), g.base * 0.55),
    ]))
    out += [Spacer(1, g.base * 0.5), box, Spacer(1, g.base * 0.8)]
    return out


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
    if needed > room:
        scale = max(room / needed, 0.5)
        style = style.clone(style.name + "_fit", fontSize=style.fontSize * scale, leading=style.leading * scale)
        style.bold, style.fakeBold = True, style.fakeBold * scale
    return st.para(names, style)


def _columns(data: BulletinData, options: BulletinOptions, g: _Geometry) -> list[tuple[str, float, str]]:
    """(header, relative width, key) of the table's columns."""
    cols = [("名次", 0.9, "rank")]
    if options.privacy != "number":
        cols.append(("姓名", 1.5, "name"))
    cols.append(("工号", 1.2, "no"))
    if options.landscape:
        cols.append(("组别", 1.0, "team"))
    cols += [("接单", 0.8, "orders"), ("售后", 0.8, "after_sales"), ("日常", 0.8, "daily")]
    if any(r.area("general") for r in data.rows):
        cols.append(("通用", 0.8, "general"))
    cols += [("加分", 0.8, "bonus"), ("扣分", 0.8, "deduction"), ("得分", 1.0, "final"),
             ("较上月", 1.15, "change"), ("备注", 2.0, "note")]
    return cols


def _cell(row: Standing, key: str, options: BulletinOptions) -> str:
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
        return f"+{row.bonus}" if row.bonus else "0"
    if key == "deduction":
        return f"-{row.deduction}" if row.deduction else "0"
    if key == "final":
        return str(row.final)
    if key == "change":
        return st.change_text(row.change)
    if key == "note":
        parts = []
        if row.award:
            parts.append(f"优秀奖 {row.award_amount}元")
        if options.show_warnings and row.warning:
            parts.append(WARNING_MARK)
        return " ".join(parts)
    raise KeyError(key)


def _ranking_tables(data: BulletinData, options: BulletinOptions, styles, fonts: FontSet,
                    g: _Geometry, first_page_room: float) -> list:
    cols = _columns(data, options, g)
    total = sum(w for _, w, _ in cols)
    widths = [g.width * w / total for _, w, _ in cols]
    n_first = min(len(data.rows), ROWS_PER_PAGE)
    # Rows as tall as the first page allows (capped), so a small office reads from across the room.
    row_h = first_page_room / (n_first + 1.4) if n_first else 10 * mm
    max_h = 15 * mm * g.base / 11.5
    row_h = max(min(row_h, max_h), 4.3 * mm * g.base / 11.5)
    font = max(7.0, min(row_h * 0.5, g.base * 1.9, _header_fit(cols, widths, fonts)))
    head = st.make_styles(fonts, font)["head"]
    out = []
    for start in range(0, len(data.rows), ROWS_PER_PAGE):
        chunk = data.rows[start:start + ROWS_PER_PAGE]
        body = [[st.para(h, head) for h, _, _ in cols]]
        body += [[_cell(r, key, options) for _, _, key in cols] for r in chunk]
        t = st.Table(body, colWidths=widths, rowHeights=[row_h * 1.3] + [row_h] * len(chunk), repeatRows=1)
        keys = [k for _, _, k in cols]
        cmds = [
            ("FONTNAME", (0, 1), (-1, -1), fonts.regular),
            ("FONTSIZE", (0, 1), (-1, -1), font),
            ("LEADING", (0, 1), (-1, -1), font * 1.2),
            ("TEXTCOLOR", (0, 1), (-1, -1), st.INK),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, st.ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), font * 0.15),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        fi = keys.index("final")
        cmds += [("FONTNAME", (fi, 1), (fi, -1), fonts.bold), ("FONTSIZE", (fi, 1), (fi, -1), font * 1.15),
                 ("LEADING", (fi, 1), (fi, -1), font * 1.2), ("TEXTCOLOR", (fi, 1), (fi, -1), st.ACCENT)]
        ci, ni = keys.index("change"), keys.index("note")
        cmds += [("FONTSIZE", (ni, 1), (ni, -1), font * 0.8)]
        cmds += _shrink_to_fit(body, keys, widths, fonts.regular, font, {"note": font * 0.8})
        for i, r in enumerate(chunk, start=1):
            bg = {1: st.GOLD, 2: st.SILVER, 3: st.BRONZE}.get(r.rank)
            if bg is None and i % 2 == 0:
                bg = st.ZEBRA
            if bg is not None:
                cmds.append(("BACKGROUND", (0, i), (-1, i), bg))
            if r.change:
                cmds.append(("TEXTCOLOR", (ci, i), (ci, i), st.UP if r.change > 0 else st.DOWN))
            if r.award:
                cmds.append(("TEXTCOLOR", (ni, i), (ni, i), st.AWARD))
            elif r.warning:
                cmds.append(("TEXTCOLOR", (ni, i), (ni, i), st.MUTED))
        t.setStyle(TableStyle(cmds))
        out.append(t)
        if start + ROWS_PER_PAGE < len(data.rows):
            out.append(PageBreak())
    return out


def _header_fit(cols, widths: list[float], fonts: FontSet) -> float:
    """The largest type size at which every column header stays on one line (few tall rows)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return min((w - 6) / max(stringWidth(h, fonts.bold, 1), 1) for (h, _, _), w in zip(cols, widths))


def _shrink_to_fit(body: list[list], keys: list[str], widths: list[float], font_name: str, size: float,
                   sizes: dict) -> list:
    """Smaller type for a cell whose text is wider than its column (a long name), never clipped."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cmds = []
    for row_no, row in enumerate(body[1:], start=1):
        for col, (key, value) in enumerate(zip(keys, row)):
            if key not in ("name", "no", "team", "note") or not value:
                continue
            own = sizes.get(key, size)
            room = widths[col] - 5
            needed = stringWidth(value, font_name, own)
            if needed > room:
                smaller = max(own * room / needed, 4)
                cmds += [("FONTSIZE", (col, row_no), (col, row_no), smaller),
                         ("LEADING", (col, row_no), (col, row_no), smaller * 1.2)]
    return cmds


def _footnotes(data: BulletinData, options: BulletinOptions, styles) -> str:
    notes = ["名次相同者得分相同；较上月：↑ 上升、↓ 下降，— 表示上月无成绩。"]
    if options.show_warnings and any(r.warning for r in data.rows):
        notes.append(f"{WARNING_MARK} 连续两个月末位且得分低于 {data.warning_threshold} 分（仅作提醒）。")
    return "　".join(notes)


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
    head = st.make_styles(fonts, font)["head"]
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


def score_chart(data: BulletinData, options: BulletinOptions, fonts: FontSet, width: float,
                height: float) -> Drawing:
    """Bars of every final score in rank order, the top three and the award coloured, base score dashed."""
    rows = data.rows
    n = max(len(rows), 1)
    d = Drawing(width, height)
    d.initialFontName = fonts.regular  # else the renderer selects Helvetica, left unembedded
    base = min(11.5 * height / (70 * mm), 11.5 * width / (180 * mm))
    base = max(7.0, min(base, 14.0))
    d.add(String(0, height - base, "得分分布（按名次）", fontName=fonts.bold, fontSize=base, fillColor=st.ACCENT))
    chart = VerticalBarChart()
    label_room = min(max(len(max((display_name(r, options.privacy) for r in rows), key=len, default="")), 2), 8)
    slot = (width - 12 * mm - base * 4.2) / n
    label_size = max(4.5, min(base * 0.85, slot * 0.85))
    rotate = n > 16 if options.privacy != "number" else n > 10
    bottom = (label_room * label_size * 1.05 if rotate else label_size * 1.6) + 2 * mm
    label_w = base * 0.75 * 5.5  # room at the right for the base-score label
    chart.x, chart.y = 10 * mm, bottom
    chart.width, chart.height = width - 12 * mm - label_w, height - bottom - base * 2.2
    chart.data = [[r.final for r in rows] or [0]]
    label_width = (label_room * label_size * 1.05) if rotate else slot * 0.95
    chart.categoryAxis.categoryNames = [st.fit_text(display_name(r, options.privacy), fonts.regular, label_size,
                                                    label_width) for r in rows] or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = label_size
    if n > ROWS_PER_PAGE or slot < 7:  # too many to label: bars only, in rank order
        chart.categoryAxis.visibleLabels = False
        bottom = 4 * mm
        chart.y = bottom
        chart.height = height - bottom - base * 2.2
        d.add(String(width, height - base, f"共 {len(rows)} 人，从左到右按名次排列", fontName=fonts.regular,
                     fontSize=base * 0.8, fillColor=st.MUTED, textAnchor="end"))
    elif rotate:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin = min(0, min((r.final for r in rows), default=0))
    chart.valueAxis.valueMax = max(data.cap, max((r.final for r in rows), default=0)) * 1.08
    chart.valueAxis.valueStep = 20 if data.cap <= 200 else None
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = base * 0.8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor("#7FA3C8")
    chart.barSpacing = 0
    chart.groupSpacing = max(1, slot * 0.25)
    for i, r in enumerate(rows):
        color = {1: colors.HexColor("#D4A017"), 2: colors.HexColor("#9AA5B1"),
                 3: colors.HexColor("#C07A45")}.get(r.rank)
        if r.award:
            color = st.AWARD
        if color is not None:
            chart.bars[(0, i)].fillColor = color
    if slot >= 9:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = max(4.5, min(base * 0.75, slot * 0.45))
        chart.barLabels.nudge = 6
    d.add(chart)
    vmin, vmax = chart.valueAxis.valueMin, chart.valueAxis.valueMax
    y = chart.y + chart.height * (data.base - vmin) / ((vmax - vmin) or 1)
    line = Line(chart.x, y, chart.x + chart.width, y, strokeColor=st.AWARD, strokeWidth=0.8,
                strokeDashArray=[3, 2])
    d.add(line)
    d.add(String(chart.x + chart.width + 2, y - base * 0.25, f"基础分 {data.base}", fontName=fonts.regular,
                 fontSize=base * 0.75, fillColor=st.AWARD))
    return d


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
    extra = st.make_styles(fonts, g.base * 1.25)
    styles["meta"] = st.make_styles(fonts, g.base)["subtitle"]
    styles["notice"] = extra["notice"]
    styles["revision"] = st.make_styles(fonts, g.base * 1.3)["notice"]
    styles["revision"].textColor = st.AWARD
    card = st.make_styles(fonts, g.base * 1.15)
    styles["card_label"] = st.make_styles(fonts, g.base * 1.25)["small"]
    styles["card_label"].alignment = 1
    styles["card_label"].textColor = st.INK
    styles["card_label_award"] = st.make_styles(fonts, g.base * 1.25)["small"]
    styles["card_label_award"].alignment = 1
    styles["card_label_award"].textColor = st.AWARD
    styles["card_name"] = st.make_styles(fonts, g.base * 1.55)["notice"]
    styles["card_score"] = card["subtitle"]
    styles["card_score"].textColor = st.INK
    styles["card_score_award"] = st.make_styles(fonts, g.base * 1.15)["subtitle"]
    styles["card_score_award"].textColor = st.AWARD
    styles["sign"] = st.make_styles(fonts, g.base * 1.1)["body"]
    styles["foot"] = st.make_styles(fonts, g.base)["small"]
    return styles


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
    if options.landscape and 0 < len(data.rows) <= ROWS_PER_PAGE:
        _side_by_side(doc, data, options, styles, fonts, g)
        return doc.page
    story = _heading(data, styles, g) + _highlights(data, styles, g, options.privacy)
    used = sum(f.wrap(g.width, g.body_height)[1] for f in story)
    foot = st.para(_footnotes(data, options, styles), styles["foot"])
    apart = _unranked_section(data, options, styles, fonts, g.width)
    foot_h = foot.wrap(g.width, g.body_height)[1] + g.base + sum(f.wrap(g.width, g.body_height)[1] for f in apart)
    chart_h = min(g.body_height * 0.2, 85 * mm) if options.show_chart else 0
    tail_h = chart_h + g.base * 7  # chart, signature and spacing
    room = g.body_height - used - foot_h
    rows_first = min(len(data.rows), ROWS_PER_PAGE)
    # Keep the chart on the first page when the table can still be comfortably tall.
    if (room - tail_h) / (rows_first + 1.4) >= 8 * mm * g.base / 11.5:
        room -= tail_h
    else:  # the chart goes after the table, on a later page: it may be larger there
        chart_h = min(g.body_height * 0.45, 140 * mm)
    story += _ranking_tables(data, options, styles, fonts, g, room)
    story += [Spacer(1, g.base * 0.4), foot] + apart
    tail = []
    if options.show_chart and data.rows:
        tail += [Spacer(1, g.base * 0.6), score_chart(data, options, fonts, g.width, chart_h)]
    tail += [Spacer(1, g.base * 0.6), _signature(data, styles, g)]
    story.append(KeepTogether(tail))
    doc.build_counted(story)
    return doc.page


def _side_by_side(doc: st.ReportDoc, data: BulletinData, options: BulletinOptions, styles, fonts: FontSet,
                  g: _Geometry) -> None:
    """Landscape, one page: the ranking table on the left, the top cards and the chart on the right."""
    story = _heading(data, styles, g)
    used = sum(f.wrap(g.width, g.body_height)[1] for f in story)
    sign = _signature(data, styles, g)
    foot = st.para(_footnotes(data, options, styles), styles["foot"])
    gap = g.width * 0.02
    left = _Geometry(g.width * 0.62, g.body_height, g.base)
    right = _Geometry(g.width - left.width - gap, g.body_height, g.base)
    apart = _unranked_section(data, options, styles, fonts, left.width)
    foot_h = foot.wrap(left.width, g.body_height)[1] + g.base * 0.4
    foot_h += sum(f.wrap(left.width, g.body_height)[1] for f in apart)
    room = g.body_height - used - sign.wrap(g.width, g.body_height)[1] - g.base * 1.5
    table = _ranking_tables(data, options, styles, fonts, left, room - foot_h)[0]
    cards = _highlights(data, styles, right, options.privacy, per_row=2)
    cards_h = sum(f.wrap(right.width, g.body_height)[1] for f in cards)
    panel = list(cards)
    if options.show_chart:
        panel.append(score_chart(data, options, fonts, right.width, max(room - cards_h, 40 * mm)))
    side = st.Table([[[table, Spacer(1, g.base * 0.4), foot] + apart, st.blank(), panel]],
                 colWidths=[left.width, gap, right.width])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    doc.build_counted(story + [side, Spacer(1, g.base * 0.5), sign])


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
