"""The light report table and the cached paragraphs: the same page as platypus gives, faster."""

from __future__ import annotations

import re
import subprocess

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as RLParagraph

from csperf_desktop.reports import canvas_draw as cd
from csperf_desktop.reports import style as st
from csperf_desktop.reports.scorecard import card_table

LONG = "客户投诉回复不及时，已当面指出并要求整改，下次再犯按规定从重处理并通报全组"
WIDTHS = [60, 50, 160, 60, 120]


def _rows(s, n):
    head = ["日期", "方面", "考核项目", "分值", "备注"]
    body = []
    for i in range(n):
        note = [LONG, "单号 DD0010、DD0011"] if i % 3 == 0 else ([] if i % 3 == 1 else ["Christopher Alexander Montgomery"])
        body.append((f"9月{i + 1}日", "日常", f"D05 客服记录缺失或不完整 {i}", f"{-2 * i:+d}", note))
    platypus = [[st.para(h, s["head"]) for h in head]]
    light = [[st.text_cell(h, s["head"]) for h in head]]
    for date, area, item, pts, note in body:
        platypus.append([st.para(date, s["cell_center"]), st.para(area, s["cell_center"]), st.para(item, s["cell"]),
                         st.para(pts, s["cell_center"]),
                         st.para("<br/>".join(st.text(x) for x in note), s["cell"], markup=True)])
        light.append([st.text_cell(date, s["cell_center"]), st.text_cell(area, s["cell_center"]),
                      st.text_cell(item, s["cell"]), st.text_cell(pts, s["cell_center"]),
                      st.text_cell(None, s["cell"], lines=note)])
    return platypus, light


def _text_runs(flowable, tmp_path, name) -> list[tuple[str, float, float]]:
    path = tmp_path / f"{name}.pdf"
    c = Canvas(str(path), pagesize=A4)
    flowable.wrapOn(c, 450, 800)
    flowable.drawOn(c, 40, 40)
    c.showPage()
    c.save()
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [(m[3], round(float(m[0]), 1), round(float(m[1]), 1))
            for m in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                                html)]


def test_rows_are_as_high_as_a_table_of_paragraphs_and_the_text_sits_in_the_same_place(styles, tmp_path):
    platypus, light = _rows(styles, 7)
    table = card_table(platypus, WIDTHS, pad=0.6)
    rows = cd.RowTable(light, WIDTHS, top=2.5 * 0.6, bottom=3.5 * 0.6)
    assert rows.wrap(450, 800) == pytest.approx(table.wrap(450, 800))
    got, want = _text_runs(rows, tmp_path, "light"), _text_runs(table, tmp_path, "table")
    assert len(want) > 30 and [r[0] for r in got] == [r[0] for r in want]
    for (text, x, y), (_, x0, y0) in zip(got, want):
        assert x == pytest.approx(x0, abs=0.2) and y == pytest.approx(y0, abs=0.2), text


def test_a_long_list_splits_where_the_table_splits_with_the_header_on_each_part(styles):
    platypus, light = _rows(styles, 40)
    table = card_table(platypus, WIDTHS)
    rows = cd.RowTable(light, WIDTHS, top=2.5, bottom=3.5)
    table.wrap(450, 800)
    rows.wrap(450, 800)
    for room in (120, 300, 517):
        want = [len(p._cellvalues) for p in table.split(450, room)]
        got = rows.split(450, room)
        assert [len(p.rows) for p in got] == want
        assert all(p.rows[0] is light[0] for p in got)  # the header repeated
    assert rows.split(450, 5) == []  # not even the header and one row: nothing here


def test_a_cell_with_a_character_the_font_lacks_becomes_a_paragraph_with_the_fallback_font(styles):
    cell = st.text_cell("王𠀾的大单", styles["cell"])
    assert isinstance(cell, RLParagraph) and "<font" in cell.text
    assert isinstance(st.text_cell("王芳的大单", styles["cell"]), st.TextCell)


def test_cached_paragraphs_break_lines_as_reportlab_does(styles):
    s = styles["cell"]
    for text in (LONG, "Christopher Alexander Montgomery", "D05 客服记录缺失", ""):
        for width in (40, 90, 200):
            ours, theirs = st.para(text, s), RLParagraph(st.text(text), s)
            assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
            assert [ln[1] for ln in ours.blPara.lines] == [ln[1] for ln in theirs.blPara.lines]


def test_a_style_changed_after_use_is_not_served_stale_fragments(styles):
    s = styles["big"]
    st.para("95", s)
    s.textColor = st.AWARD
    assert st.para("95", s).frags[0].textColor == st.AWARD


def test_the_rows_text_is_written_exactly_as_reportlabs_text_lines_write_it(styles, monkeypatch):
    """The table writes each line's subset pieces itself, kept per document: the page's content
    is byte for byte what ``PDFTextObject.textLine`` writes, in every subset the characters reach."""
    from reportlab.pdfgen.canvas import Canvas as RLCanvas

    _, light = _rows(styles, 30)
    many = [[st.text_cell(chr(0x4E00 + 7 * i + k) * 3 + f"{i}", styles["cell"]) for k in range(5)] for i in range(60)]

    def content(through_reportlab=False):
        if through_reportlab:  # every line through ReportLab's own text object
            monkeypatch.setattr(cd, "_subset_font", lambda name: False)
        c = RLCanvas(None, pagesize=A4, pageCompression=0)
        for rows in (light, light, [light[0]] + many):  # the same texts twice, then >256 characters: new subsets
            t = cd.RowTable(rows, WIDTHS, top=2.5, bottom=3.5)
            t.wrapOn(c, 450, 8000)
            t.drawOn(c, 40, 40)
        monkeypatch.undo()
        return "\n".join(c._code)

    plain = content(through_reportlab=True)
    fast = content()
    assert "Tj T*" in fast and fast == plain


def _parts_image(parts, tmp_path, name):
    """Each part of a split table on a page of its own (as a page end leaves it), rasterised."""
    from PIL import Image

    path = tmp_path / f"{name}.pdf"
    c = Canvas(str(path), pagesize=A4)
    for part in parts:
        _, h = part.wrapOn(c, 450, 800)
        part.drawOn(c, 40, 800 - h)
        c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(path), str(tmp_path / name)], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def test_a_list_split_over_a_page_end_is_drawn_as_the_platypus_tables_parts_are(styles, tmp_path):
    """The part before a page end keeps its box open below (only the row's thin rule closes it),
    as a split platypus table draws it; the part after it has its header and a closed box."""
    from PIL import ImageChops

    platypus, light = _rows(styles, 40)
    table = card_table(platypus, WIDTHS)
    rows = cd.RowTable(light, WIDTHS, top=2.5, bottom=3.5)
    table.wrap(450, 800)
    rows.wrap(450, 800)
    want = _parts_image(table.split(450, 300), tmp_path, "table")
    got = _parts_image(rows.split(450, 300), tmp_path, "rows")
    assert len(want) == len(got) == 2
    for a, b in zip(got, want):
        # no rule, fill or glyph out of place (edges may differ by a shade of anti-aliasing)
        assert ImageChops.difference(a, b).point(lambda v: 255 if v > 40 else 0).getbbox() is None
