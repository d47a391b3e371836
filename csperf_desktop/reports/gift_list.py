"""The gift list (赠品发放清单): the month's order gifts on A4, one line per gift, with a
column where the recipient signs on receiving it.

Columns: 序号, 工号, 姓名, 订单日期, 订单号, 订单金额, 赠品, 发放日期, 领取人签字. A
summary above the table says how many gifts of each tier to prepare; the page ends
with the signature of whoever hands them out. Voided events are never listed.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from ..office import settings as settings_mod
from ..monthly.gifts import GiftOwed, gifts_for_month, tier_counts
from ..base.months import Month
from . import style as st
from .fonts import FontSet, current_fonts
from .pdfwrite import safe_write

FILTER_ZH = {None: "全部赠品", True: "已发放", False: "未发放"}
COLUMNS = [("序号", 0.06), ("工号", 0.09), ("姓名", 0.10), ("订单日期", 0.1), ("订单号", 0.15),
           ("订单金额（元）", 0.13), ("赠品", 0.07), ("发放日期", 0.11), ("领取人签字", 0.19)]


def _row(i: int, g: GiftOwed, styles) -> list:
    return [str(i), g.employee_no, st.para(g.name, styles["cell_center"]), g.date.strftime("%Y-%m-%d"),
            st.para(g.reference or "—", styles["cell_center"]), f"{g.amount:,.2f}", f"赠品{g.tier}",
            g.given_on.strftime("%Y-%m-%d") if g.given_on else "", st.blank()]


def build_gift_list(month: Month, gifts: list[GiftOwed], out, fonts: FontSet | None = None,
                    given: bool | None = None) -> int:
    """Draw the list of ``gifts`` into ``out`` (a path or a binary file); returns the page count."""
    fonts = fonts or current_fonts()
    s = settings_mod.load()
    frame = st.PageFrame(left_title=f"{s.company_name} · 赠品发放清单", right_title=month.label_zh,
                         footer_right=f"打印于 {st.local_now_text()}")
    doc = st.ReportDoc(out, fonts=fonts, pagesize=st.page_size("A4", False), frame=frame,
                       title=f"{s.company_name} {month.label_zh}赠品发放清单", author=s.supervisor_name)
    styles = st.make_styles(fonts, 10)
    small = st.make_style(fonts, 10, "small")
    small.alignment = 1
    counts = tier_counts(gifts)
    summary = "，".join(f"赠品{t} {n} 份" for t, n in counts.items() if n) or "无"
    what = FILTER_ZH[given]
    story = [st.para(s.company_name, styles["subtitle"]), st.para("赠品发放清单", styles["title"]),
             Spacer(1, 3 * mm),
             st.para(f"{month.label_zh}　·　{what} {len(gifts)} 份（{summary}）", styles["subtitle"]),
             Spacer(1, 1 * mm),
             st.para(f"档位：订单满 {s.gift_tier_a} 元送赠品A，满 {s.gift_tier_b} 元送赠品B，"
                     f"满 {s.gift_tier_c} 元送赠品C（每笔订单按记录时的档位）", small),
             Spacer(1, 5 * mm)]
    head = [st.para(h, styles["head"]) for h, _ in COLUMNS]
    body = [head] + [_row(i, g, styles) for i, g in enumerate(gifts, start=1)]
    if not gifts:
        body.append([st.para(f"{month.label_zh}没有{'' if given is None else what}赠品。", styles["cell_center"])]
                    + [st.blank()] * (len(COLUMNS) - 1))
    widths = [doc.width * w for _, w in COLUMNS]
    row_h = 9.5 * mm
    t = st.Table(body, colWidths=widths, rowHeights=[8 * mm] + [row_h] * (len(body) - 1), repeatRows=1)
    cmds = [
        ("FONTNAME", (0, 1), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), 9.5),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (5, 1), (5, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT), ("GRID", (0, 0), (-1, -1), 0.5, st.RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, st.ACCENT),
        ("FONTNAME", (6, 1), (6, -1), fonts.bold), ("TEXTCOLOR", (6, 1), (6, -1), st.ACCENT),
    ]
    if not gifts:
        cmds.append(("SPAN", (0, 1), (-1, 1)))
    for i in range(2, len(body), 2):
        cmds.append(("BACKGROUND", (0, i), (-2, i), st.ZEBRA))
    t.setStyle(TableStyle(cmds))
    story.append(t)
    who = f"（{s.supervisor_name}）" if s.supervisor_name else ""
    sign = st.Table([[st.para(f"发放人签字{who}：", styles["body"]), st.blank(), st.para("日期：", styles["body"]),
                      st.blank()]], colWidths=[doc.width * x for x in (0.24, 0.38, 0.1, 0.28)], rowHeights=[14 * mm])
    sign.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.7, st.INK), ("LINEBELOW", (3, 0), (3, 0), 0.7, st.INK),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (2, 0), (2, 0), "RIGHT")]))
    story.append(KeepTogether([Spacer(1, 8 * mm), sign]))
    doc.build_counted(story)
    return doc.page


def write_gift_list(month: Month | str, path, given: bool | None = None) -> Path:
    """Print ``month``'s gift list to ``path`` (A4; written safely: temp file + rename).

    ``given``: None for every gift of the month, True only those handed over, False
    only those still owed."""
    month = Month.parse(month) if isinstance(month, str) else month
    gifts = gifts_for_month(month, given=given)
    fonts = current_fonts()
    return safe_write(path, lambda tmp: build_gift_list(month, gifts, tmp, fonts, given))
