"""The monthly management summary (月度管理摘要): one A4 page for the manager's meeting —
the key figures, the distribution of the month's scores, the teams against last month, the
top deductions, the most improved (进步之星) and the fallen, and the appeals still open.

Charts are ``reportlab.graphics`` drawings in the report's embedded CJK font; every string
goes through the glyph check of the page canvas (``glyphs.GlyphCanvas``), so a rare
character in a name is drawn from a fallback font, never as a blank box. A month not yet
published is summarised live, marked 草稿 with the draft watermark.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from ..base.months import Month
from ..base.text import fmt_local, number_text
from ..base.vocab import revision_label
from ..insight.summary import MonthSummary, month_summary
from ..monthly.appeals import CATEGORIES
from ..office import settings as settings_mod
from ..trust.audit import chain_head
from . import style as st
from .fonts import FontSet, current_fonts
from .pdfwrite import safe_write

BAR = colors.HexColor("#7FA3C8")
PREVIOUS = colors.HexColor("#C9D3DE")
LOW = colors.HexColor("#D9776F")


def _title(d: Drawing, text: str, fonts: FontSet, height: float, size: float = 10) -> None:
    d.add(String(0, height - size, text, fontName=fonts.bold, fontSize=size, fillColor=st.ACCENT))


def distribution_chart(data: MonthSummary, fonts: FontSet, width: float, height: float) -> Drawing:
    """Bars: how many ranked people scored in each band; the bands below the warning threshold red."""
    d = Drawing(width, height)
    d.initialFontName = fonts.regular
    _title(d, f"得分分布（{len(data.finals)} 人）", fonts, height)
    bands = data.bands()
    chart = VerticalBarChart()
    chart.x, chart.y = 8 * mm, 9 * mm
    chart.width, chart.height = width - 10 * mm, height - 9 * mm - 16
    chart.data = [[n for _, n in bands] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in bands] or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    top = max([n for _, n in bands] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top + max(1, top // 5)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 5
    for i, (label, _n) in enumerate(bands):
        if label.startswith("<"):
            chart.bars[(0, i)].fillColor = LOW
    d.add(chart)
    return d


def team_chart(data: MonthSummary, fonts: FontSet, width: float, height: float) -> Drawing:
    """Each team's average this month beside last month's, the office average dashed."""
    d = Drawing(width, height)
    d.initialFontName = fonts.regular
    _title(d, "各组平均分（本月 / 上月）", fonts, height)
    teams = data.teams or []
    chart = VerticalBarChart()
    chart.x, chart.y = 8 * mm, 7 * mm
    chart.width, chart.height = width - 24 * mm, height - 7 * mm - 16
    # A team without last month's average has no bar (None): a 0 on an axis that starts at 60
    # would draw downward out of the chart, over the tables below.
    chart.data = [[t.average for t in teams] or [None], [t.previous for t in teams] or [None]]
    chart.categoryAxis.categoryNames = [st.fit_text(t.team, fonts.regular, 7.5, chart.width / max(len(teams), 1))
                                        for t in teams] or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    values = [v for t in teams for v in (t.average, t.previous) if v]
    low = max(0, int(min(values + [data.base]) // 10 * 10) - 10)
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = data.cap
    chart.valueAxis.valueStep = 10
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    chart.bars[1].fillColor = PREVIOUS
    chart.barLabelFormat = lambda v: f"{v:.1f}" if v else ""
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    d.add(chart)
    if data.average is not None:
        y = chart.y + chart.height * (data.average - low) / ((data.cap - low) or 1)
        d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=st.AWARD, strokeWidth=0.8,
                   strokeDashArray=[3, 2]))
        d.add(String(chart.x + chart.width + 2, y - 2.5, f"全部门 {data.average:.1f}", fontName=fonts.regular,
                     fontSize=7, fillColor=st.AWARD))
    return d


def _table(rows: list[list], widths: list[float], fonts: FontSet, styles, right: tuple = ()) -> st.Table:
    head = [st.para(h, styles["head"]) for h in rows[0]]
    body = [head] + [[st.para(v, styles["cell"]) if isinstance(v, str) and len(v) > 8 else st.text(v) for v in r]
                     for r in rows[1:]]
    t = st.Table(body, colWidths=widths, repeatRows=1)
    cmds = [("FONTNAME", (0, 1), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE), ("BOX", (0, 0), (-1, -1), 0.6, st.ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for c in right:
        cmds.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    if len(rows) == 2 and all(v == "" for v in rows[1][1:]):  # the one line saying the list is empty
        cmds.append(("SPAN", (0, 1), (-1, 1)))
    for i in range(2, len(body), 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), st.ZEBRA))
    t.setStyle(TableStyle(cmds))
    return t


def _empty(rows: list[list], text: str) -> list[list]:
    return rows if len(rows) > 1 else rows + [[text] + [""] * (len(rows[0]) - 1)]


def build_summary(data: MonthSummary, out, fonts: FontSet | None = None) -> int:
    """Draw the summary of ``data`` into ``out`` (a path or a binary file); returns the page count."""
    fonts = fonts or current_fonts()
    s = settings_mod.load()
    month = data.month
    version = revision_label(data.revision) if data.published else "草稿 · 未公示"
    frame = st.PageFrame(left_title=f"{s.company_name} · 月度管理摘要", right_title=f"{month.label_zh} · {version}",
                         footer_left=chain_head().code, footer_right=f"打印于 {st.local_now_text()}",
                         draft=not data.published, total_pages=False)
    doc = st.ReportDoc(out, fonts=fonts, pagesize=st.page_size("A4", False), frame=frame,
                       title=f"{s.company_name} {month.label_zh}月度管理摘要", author=s.supervisor_name)
    styles = st.make_styles(fonts, 9.5)
    w = doc.width
    figures = (f"参与排名 {len(data.finals)} 人　·　平均分 {number_text(data.average)}"
               f"（上月 {number_text(data.office_previous)}）　·　最高 {number_text(data.highest)}　·　最低 {number_text(data.lowest)}"
               f"　·　预警 {len(data.warnings)} 人　·　待处理复核申请 {len(data.open_appeals)} 件")
    story = [st.para(f"{month.label_zh}月度管理摘要", styles["title"]), Spacer(1, 2 * mm),
             st.para(figures, styles["subtitle"])]
    if data.warnings:
        story.append(st.para("预警：" + "、".join(f"{no} {name}" for no, name in data.warnings)
                             + "（连续两个月最后一名且低于预警分数；程序只提示，不作处理）", styles["small"]))
    story.append(Spacer(1, 3 * mm))
    chart_h = 78 * mm
    charts = st.Table([[distribution_chart(data, fonts, w * 0.48, chart_h), team_chart(data, fonts, w * 0.48, chart_h)]],
                      colWidths=[w * 0.5, w * 0.5])
    charts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [charts, Spacer(1, 3 * mm)]

    ded = _empty([["编号", "扣分细则", "次数", "扣分"]] + [[r.code, r.name, r.count, r.points] for r in data.top_deductions],
                 "本月没有扣分")
    half = w * 0.49
    ded_t = _table(ded, [half * 0.13, half * 0.57, half * 0.13, half * 0.17], fonts, styles, right=(2, 3))
    movers = [["", "姓名", "组别", "上月", "本月", "变化"]]
    for i, m in enumerate(data.improved):
        movers.append(["进步之星" if i == 0 else "进步", m.person.name, m.person.team, m.before, m.after,
                       f"{m.delta:+d}"])
    for m in data.fell:
        movers.append(["退步", m.person.name, m.person.team, m.before, m.after, f"{m.delta:+d}"])
    movers = _empty(movers, "需要上月也已公示" if not data.published or not data.improved and not data.fell
                    else "无变化")
    mov_t = _table(movers, [half * 0.2, half * 0.22, half * 0.18, half * 0.13, half * 0.13, half * 0.14], fonts, styles,
                   right=(3, 4, 5))
    row = st.Table([[[st.para("扣分最多的细则（本月）", styles["h2"]), ded_t],
                     [st.para("进步之星与退步（较上月）", styles["h2"]), mov_t]]], colWidths=[w * 0.5, w * 0.5])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (0, 0), w * 0.01), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    story += [row, Spacer(1, 2 * mm)]
    if data.improved_3:
        story.append(st.para("三个月进步最多：" + "、".join(
            f"{m.person.name}（{m.before}→{m.after}，{m.delta:+d}）" for m in data.improved_3), styles["small"]))
    story.append(Spacer(1, 3 * mm))
    story.append(st.para(f"待处理的复核申请（{len(data.open_appeals)} 件）", styles["h2"]))
    appeals = [["月份", "工号", "姓名", "收到时间", "类别", "理由"]]
    shown = data.open_appeals[:8]
    for a in shown:
        appeals.append([a.month, a.employee_no, a.name, fmt_local(a.received_at), CATEGORIES.get(a.category, (a.category,))[0],
                        st.fit_text(a.reason.replace("\n", " "), fonts.regular, 8.5, w * 0.4)])
    appeals = _empty(appeals, "没有待处理的复核申请")
    story.append(_table(appeals, [w * x for x in (0.09, 0.09, 0.1, 0.2, 0.1, 0.42)], fonts, styles))
    if len(data.open_appeals) > len(shown):
        story.append(st.para(f"另有 {len(data.open_appeals) - len(shown)} 件未列出，见“复核申请”。", styles["small"]))
    doc.build_counted(story)
    return doc.page


def write_summary(month: Month | str, path) -> Path:
    """Print ``month``'s management summary to ``path`` (one A4 page; written safely)."""
    data = month_summary(month)
    fonts = current_fonts()
    return safe_write(path, lambda tmp: build_summary(data, tmp, fonts))
