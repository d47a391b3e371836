"""The calibration report (评分校准报告), A4: what a closed calibration session shows about
how far the graders agree.

On the page: the session (date, conversations, graders); the overall kappa (Cohen's for two
graders, Fleiss' for three or more) with its Landis–Koch reading and the bands it is read
against; the agreement per checklist item, least agreed first, the most disagreed marked; each
grader's leniency against the consensus; and every closed session over time as a bar chart
of kappa with a table beside it. The method is stated under the tables.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from ..insight import calibration as stats
from ..insight.calibration_sessions import SessionReport, session_report, sessions_over_time
from ..office import settings as settings_mod
from . import style as st
from .fonts import FontSet, current_fonts
from .pdfwrite import safe_write

KIND_ZH = {"cohen": "Cohen's kappa（两位评分人）", "fleiss": "Fleiss' kappa（三位及以上评分人）", "none": "kappa"}
LOW = colors.HexColor("#FDE2E1")


def _pct(x) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


def _table(rows, widths, styles, fonts, *, highlight=(), align_left=()) -> st.Table:
    t = st.Table(rows, colWidths=widths, repeatRows=1)
    cmds = [("FONTNAME", (0, 1), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), 9),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT), ("GRID", (0, 0), (-1, -1), 0.5, st.RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, st.ACCENT), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for col in align_left:
        cmds.append(("ALIGN", (col, 1), (col, -1), "LEFT"))
    for i in range(1, len(rows)):
        if i in highlight:
            cmds.append(("BACKGROUND", (0, i), (-1, i), LOW))
        elif i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), st.ZEBRA))
    t.setStyle(TableStyle(cmds))
    return t


def _history_chart(points, width: float, fonts: FontSet, current: int) -> Drawing:
    """Kappa per closed session as bars on the 0..1 scale, the Landis–Koch bands as lines."""
    height = 42 * mm
    d = Drawing(width, height)
    d.initialFontName = fonts.regular  # else the renderer selects Helvetica, left unembedded
    left, bottom, top = 16 * mm, 8 * mm, height - 4 * mm
    plot_w = width - left - 4 * mm
    span = top - bottom

    def y(v: float) -> float:
        return bottom + max(0.0, min(1.0, v)) * span

    for upper, zh, _en in stats.BANDS:
        yy = y(float(upper))
        d.add(Line(left, yy, left + plot_w, yy, strokeColor=st.RULE, strokeWidth=0.4))
        d.add(String(left - 2, yy - 3, f"{float(upper):.1f}", fontName=fonts.regular, fontSize=6.5,
                     fillColor=st.MUTED, textAnchor="end"))
        mid = y(float(upper) - 0.1)
        d.add(String(left + plot_w, mid - 3, zh, fontName=fonts.regular, fontSize=6.5, fillColor=st.MUTED,
                     textAnchor="end"))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=st.INK, strokeWidth=0.6))
    shown = points[-12:]
    if not shown:
        return d
    slot = (plot_w - 14 * mm) / len(shown)
    bar = min(slot * 0.6, 14 * mm)
    for n, p in enumerate(shown):
        x = left + n * slot + (slot - bar) / 2
        if p.kappa is None:
            d.add(String(x + bar / 2, bottom + 2, "无法计算", fontName=fonts.regular, fontSize=6, fillColor=st.MUTED,
                         textAnchor="middle"))
        else:
            h = y(p.kappa) - bottom
            fill = st.ACCENT if p.id == current else st.ACCENT_LIGHT
            d.add(Rect(x, bottom, bar, h, fillColor=fill, strokeColor=st.ACCENT, strokeWidth=0.4))
            d.add(String(x + bar / 2, bottom + h + 1.5, f"{p.kappa:.2f}", fontName=fonts.regular, fontSize=6.5,
                         fillColor=st.INK, textAnchor="middle"))
        d.add(String(x + bar / 2, bottom - 7, p.date.strftime("%Y-%m-%d"), fontName=fonts.regular, fontSize=6,
                     fillColor=st.MUTED, textAnchor="middle"))
    return d


def build_calibration_report(report: SessionReport, history, out, fonts: FontSet | None = None) -> int:
    """Draw ``report`` (and the sessions over time) into ``out``; returns the page count."""
    fonts = fonts or current_fonts()
    s = settings_mod.load()
    session, a = report.session, report.analysis
    k = a.kappa
    frame = st.PageFrame(left_title=f"{s.company_name} · 评分校准报告", right_title=f"{session.date:%Y-%m-%d}",
                         footer_right=f"打印于 {st.local_now_text()}")
    doc = st.ReportDoc(out, fonts=fonts, pagesize=st.page_size("A4", False), frame=frame,
                       title=f"{s.company_name} 评分校准报告 {session.title}", author=s.supervisor_name)
    styles = st.make_styles(fonts, 10)
    graders = "、".join(g.name for g in a.graders)
    story = [st.para("评分校准报告", styles["title"]), Spacer(1, 2 * mm),
             st.para(f"{session.title}　·　{session.date:%Y年%m月%d日}", styles["subtitle"]), Spacer(1, 4 * mm),
             st.para(f"{a.conversations} 个会话（{'、'.join(report.references)}），{len(a.graders)} 位评分人（{graders}），"
                     f"{len(a.items)} 个检查项目，共 {a.verdicts} 条评分。", styles["body"]),
             Spacer(1, 3 * mm)]
    if k.value is None:
        headline = f"{KIND_ZH[k.kind]}：无法计算"
        detail = k.undefined
    else:
        headline = f"{KIND_ZH[k.kind]} = {k.value:.3f}　一致性：{k.reading}"
        detail = (f"按 {k.units} 个评分单元（会话 × 检查项目）计算：实际一致 {_pct(k.observed)}，"
                  f"随机可期一致 {_pct(k.expected)}；总体一致率 {_pct(a.overall_agreement)}。")
    box = st.Table([[st.para(headline, styles["h2"])], [st.para(detail, styles["body"])]],
                   colWidths=[doc.width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, st.ACCENT), ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 6),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
    story += [box, Spacer(1, 1.5 * mm),
              st.para("解读（Landis–Koch）：小于 0 很差（低于随机一致）；0–0.20 较差；0.21–0.40 一般；0.41–0.60 中等；"
                      "0.61–0.80 较好；0.81–1 很好。", styles["small"])]
    for note in a.notes:
        story.append(st.para(f"注：{note}", styles["small"]))
    worst = a.most_disagreed()
    story += [Spacer(1, 4 * mm), st.para("各检查项目的一致率（最不一致的在前）", styles["h2"])]
    if worst:
        story.append(st.para("分歧最大：" + "；".join(f"{i.code} {i.text}（{_pct(i.agreement)}）" for i in worst),
                             styles["body"]))
        story.append(Spacer(1, 1.5 * mm))
    items = sorted(a.items, key=lambda i: (i.agreement is None, i.agreement if i.agreement is not None else 0, i.code))
    worst_codes = {i.code for i in worst}
    rows = [[st.para(h, styles["head"]) for h in ("代码", "类别", "检查项目", "一致率", "全体一致的会话", "不通过/评分")]]
    highlight = []
    for n, i in enumerate(items, start=1):
        rows.append([i.code, st.para(i.section, styles["cell_center"]), st.para(i.text, styles["cell"]),
                     _pct(i.agreement), f"{i.unanimous}/{i.conversations}", f"{i.fails}/{i.verdicts}"])
        if i.code in worst_codes:
            highlight.append(n)
    story.append(_table(rows, [doc.width * w for w in (0.08, 0.13, 0.37, 0.11, 0.16, 0.15)], styles, fonts,
                        highlight=highlight))
    story += [Spacer(1, 5 * mm), st.para("评分人的宽严度与共识一致率", styles["h2"])]
    rows = [[st.para(h, styles["head"]) for h in ("评分人", "宽严度", "倾向", "与共识一致", "不通过", "已评", "漏评")]]
    for g in a.graders:
        rows.append([st.para(g.name, styles["cell_center"]), f"{g.leniency:+g}", g.leaning,
                     _pct(g.agreement_with_consensus), str(g.fails), str(g.rated), str(g.skipped)])
    table = _table(rows, [doc.width * w for w in (0.22, 0.12, 0.16, 0.15, 0.11, 0.12, 0.12)], styles, fonts)
    story.append(KeepTogether([table, Spacer(1, 1.5 * mm), st.para(
        "宽严度 = 该评分人的“不通过”次数 − 共识（多数人的结论；平票按半次计）在同样项目上的“不通过”次数：负数偏宽，"
        "正数偏严。与共识一致 = 有多数结论的项目中，该评分人与多数相同的比例。", styles["small"])]))
    if history:
        chart = _history_chart(history, doc.width, fonts, session.id)
        rows = [[st.para(h, styles["head"]) for h in ("日期", "名称", "kappa", "解读", "一致率", "会话×评分人")]]
        for p in history[-12:]:
            rows.append([p.date.strftime("%Y-%m-%d"), st.para(p.title, styles["cell"]),
                         "—" if p.kappa is None else f"{p.kappa:.3f}", p.reading, _pct(p.agreement),
                         f"{p.conversations}×{p.graders}"])
        mark = [n for n, p in enumerate(history[-12:], start=1) if p.id == session.id]
        story.append(KeepTogether([Spacer(1, 5 * mm), st.para("历次校准的一致性", styles["h2"]), chart,
                                   Spacer(1, 2 * mm),
                                   _table(rows, [doc.width * w for w in (0.15, 0.33, 0.11, 0.17, 0.11, 0.13)], styles,
                                          fonts, highlight=mark)]))
    story += [Spacer(1, 4 * mm), st.para(
        "方法：每个评分单元是一个会话的一个检查项目，结论为“通过”或“不通过”。各项一致率 = 每个会话中结论相同的评分人"
        "两两组合所占比例的平均。两位评分人用 Cohen's kappa，只计两人都评过的单元；三位及以上用 Fleiss' kappa，"
        "有人漏评的单元不计入。所有结论都相同时随机一致的概率为 1，kappa 无法计算。", styles["small"])]
    doc.build_counted(story)
    return doc.page


def write_calibration_report(session_id, path) -> Path:
    """Print the report of a closed calibration session to ``path`` (A4; temp file + rename)."""
    report = session_report(session_id)
    history = sessions_over_time()
    fonts = current_fonts()
    return safe_write(path, lambda tmp: build_calibration_report(report, history, tmp, fonts))
