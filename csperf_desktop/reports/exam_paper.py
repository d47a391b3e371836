"""The exam on paper (A4): the question paper of version A or B, an answer sheet for the
people to fill in, and the answer key for the supervisor (in the version's own letters,
with each question's bank number, topic and points, and the model answers).

Sections follow the paper's type groups: 一、单选题 … 五、简答题, each with its points.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, TableStyle

from ..base.errors import ValidationError
from ..base.months import Month
from ..exambank import bank, papers
from ..monthly import exams
from ..office import settings as settings_mod
from . import style as st
from .fonts import FontSet, current_fonts
from .pdfwrite import safe_write

PARTS = ("paper", "sheet", "key", "all")
PART_ZH = {"paper": "试卷", "sheet": "答题卡", "key": "答案"}
NUMERALS = "一二三四五六七八九十"


def _sections(items: list[dict]) -> list[tuple[str, list[tuple[int, dict]]]]:
    out = []
    for t in bank.TYPE_ORDER:
        group = [(n, i) for n, i in enumerate(items, start=1) if i["type"] == t]
        if group:
            out.append((t, group))
    return out


def _section_title(k: int, t: str, group) -> str:
    pts = {i["points"] for _, i in group}
    total = sum(i["points"] for _, i in group)
    each = f"每题 {next(iter(pts))} 分，" if len(pts) == 1 else ""
    return f"{NUMERALS[k] if k < len(NUMERALS) else k + 1}、{bank.TYPES[t][2]}（{each}共 {len(group)} 题 {total} 分）"


def _head(story, styles, exam, version: str, what: str, doc, company: str) -> None:
    story += [st.para(company, styles["subtitle"]), st.para(exam.title, styles["title"]), Spacer(1, 2 * mm),
              st.para(f"{Month.parse(exam.month).label_zh}技能考试　·　{version} 卷　·　{what}"
                      f"　·　满分 {exam.full_marks} 分，及格 {exam.pass_mark} 分", styles["subtitle"]),
              Spacer(1, 4 * mm)]
    if what != "答案":
        line = st.Table([[st.para("姓名：", styles["body"]), st.blank(), st.para("工号：", styles["body"]), st.blank(),
                          st.para("得分：", styles["body"]), st.blank()]],
                        colWidths=[doc.width * x for x in (0.1, 0.24, 0.1, 0.22, 0.1, 0.2)], rowHeights=[9 * mm])
        line.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.6, st.INK), ("LINEBELOW", (3, 0), (3, 0), 0.6, st.INK),
                                  ("LINEBELOW", (5, 0), (5, 0), 0.6, st.INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        story += [line, Spacer(1, 5 * mm)]


def _paper_story(story, styles, doc, items) -> None:
    for k, (t, group) in enumerate(_sections(items)):
        heading = st.para(_section_title(k, t, group), styles["h2"])
        for first, (n, item) in enumerate(group):
            blocks = [st.para(f"{n}. {item['text']}（{item['points']} 分）"
                              + ("　（　　）" if t in ("single", "multiple", "truefalse") else ""), styles["body"])]
            if t in bank.CHOICE_TYPES:
                opts = papers.shown_options(item)
                longest = max(len(o) for o in opts)
                cells = [st.para(f"{bank.LETTERS[i]}. {o}", styles["body"]) for i, o in enumerate(opts)]
                per = 4 if longest <= 7 else 2 if longest <= 16 else 1
                if per > 1:
                    rows = [cells[i:i + per] + [st.blank()] * (per - len(cells[i:i + per]))
                            for i in range(0, len(cells), per)]
                    widths = [(doc.width - 8 * mm) / per] * per
                else:
                    rows = [[c] for c in cells]
                    widths = [doc.width - 8 * mm]
                tab = st.Table(rows, colWidths=widths)
                tab.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2),
                                         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                tab.hAlign = "RIGHT"
                blocks.append(tab)
            elif t == "fill":
                blocks.append(st.para("答：________________________________", styles["body"]))
            elif t == "short":
                blocks.append(Spacer(1, 38 * mm))
            blocks.append(Spacer(1, 2.5 * mm))
            story.append(KeepTogether(([heading] if first == 0 else []) + blocks))  # no heading alone at a page foot


def _sheet_story(story, styles, doc, items, fonts) -> None:
    story.append(st.para("请把答案写在对应题号下的方框里：选择题写字母，判断题写 T（对）或 F（错）。", styles["body"]))
    story.append(Spacer(1, 3 * mm))
    objective = [(n, i) for n, i in enumerate(items, start=1) if i["type"] != "short"]
    per = 10
    for start in range(0, len(objective), per):
        chunk = objective[start:start + per]
        nums = [str(n) for n, _ in chunk] + [""] * (per - len(chunk))
        kinds = [bank.type_zh(i["type"]) for _, i in chunk] + [""] * (per - len(chunk))
        boxes = [st.blank()] * per
        tab = st.Table([nums, kinds, boxes], colWidths=[doc.width / per] * per,
                       rowHeights=[6 * mm, 5 * mm, 12 * mm])
        tab.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 0), (-1, 0), 10),
                                 ("FONTSIZE", (0, 1), (-1, 1), 7.5), ("TEXTCOLOR", (0, 1), (-1, 1), st.MUTED),
                                 ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("GRID", (0, 0), (len(chunk) - 1, -1), 0.6, st.RULE),
                                 ("BACKGROUND", (0, 0), (len(chunk) - 1, 0), st.ACCENT_LIGHT)]))
        story += [tab, Spacer(1, 3 * mm)]
    for n, item in enumerate(items, start=1):
        if item["type"] == "short":
            box = st.Table([[st.para(f"{n}.（简答，{item['points']} 分）", styles["body"])], [st.blank()]],
                           colWidths=[doc.width], rowHeights=[7 * mm, 40 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, st.RULE)]))
            story += [KeepTogether([box]), Spacer(1, 3 * mm)]


def _key_story(story, styles, doc, items, fonts) -> None:
    head = [st.para(h, styles["head"]) for h in ("题号", "题型", "答案", "分值", "领域", "知识点", "题库编号")]
    body = [head]
    for n, i in enumerate(items, start=1):
        key = papers.shown_key(i)
        if i["type"] == "truefalse":
            key = "对（T）" if key == "T" else "错（F）"
        elif i["type"] == "fill":
            key = " 或 ".join(key.split("|"))
        elif i["type"] == "short":
            key = "见下方参考答案"
        body.append([str(n), bank.type_zh(i["type"]), st.para(key, styles["cell_center"]), str(i["points"]),
                     bank.area_zh(i["area"]), st.para(i["topic"] or "—", styles["cell_center"]), f"#{i['q']}"])
    widths = [doc.width * x for x in (0.08, 0.1, 0.3, 0.08, 0.12, 0.2, 0.12)]
    t = st.Table(body, colWidths=widths, repeatRows=1)
    cmds = [("FONTNAME", (0, 1), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), 9.5),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT), ("GRID", (0, 0), (-1, -1), 0.5, st.RULE)]
    for r in range(2, len(body), 2):
        cmds.append(("BACKGROUND", (0, r), (-1, r), st.ZEBRA))
    t.setStyle(TableStyle(cmds))
    story.append(t)
    shorts = [(n, i) for n, i in enumerate(items, start=1) if i["type"] == "short"]
    if shorts:
        story += [Spacer(1, 5 * mm), st.para("简答题参考答案与评分要点", styles["h2"])]
        for n, i in shorts:
            story += [st.para(f"{n}. {i['text']}（{i['points']} 分）", styles["body_bold"]),
                      st.para(i["model_answer"], styles["body"]), Spacer(1, 2 * mm)]


def build_exam_pdf(exam, paper, part: str, out, fonts: FontSet | None = None) -> int:
    fonts = fonts or current_fonts()
    s = settings_mod.load()
    parts = ["paper", "sheet", "key"] if part == "all" else [part]
    month = Month.parse(exam.month)
    frame = st.PageFrame(left_title=f"{s.company_name} · {exam.title}",
                         right_title=f"{month.label_zh} · {paper.version} 卷",
                         footer_left="答案页请勿外传" if "key" in parts else "",
                         footer_right=f"打印于 {st.local_now_text()}")
    doc = st.ReportDoc(out, fonts=fonts, pagesize=st.page_size("A4", False), frame=frame,
                       title=f"{exam.title} {paper.version} 卷", author=s.supervisor_name)
    styles = st.make_styles(fonts, 10.5)
    story: list = []
    for k, p in enumerate(parts):
        if k:
            story.append(PageBreak())
        _head(story, styles, exam, paper.version, PART_ZH[p], doc, s.company_name)
        if p == "paper":
            _paper_story(story, styles, doc, paper.items)
        elif p == "sheet":
            _sheet_story(story, styles, doc, paper.items, fonts)
        else:
            _key_story(story, styles, doc, paper.items, fonts)
    doc.build_counted(story)
    return doc.page


def write_exam_pdf(exam_id: int, path, version: str = "A", part: str = "paper") -> Path:
    """Print the exam's ``part`` (paper, sheet, key or all three) of ``version`` to ``path``."""
    if part not in PARTS:
        raise ValidationError(f"打印内容“{part}”无效，应为 paper（试卷）、sheet（答题卡）、key（答案）或 all。",
                              field="part")
    exam = exams.find_exam(exam_id)
    paper = papers.paper_for(exam.id, version)
    fonts = current_fonts()
    return safe_write(path, lambda tmp: build_exam_pdf(exam, paper, part, tmp, fonts))
