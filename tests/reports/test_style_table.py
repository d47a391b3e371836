"""The report table measures its rows once per width, and still splits and restyles as ReportLab's."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle
from reportlab.platypus.tables import Table as RLTable

from csperf_desktop.reports import canvas_draw as cd
from csperf_desktop.reports import style as st


def _data(n: int) -> list[list]:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    return [[st.Paragraph(f"row {i} " + "word " * (i % 7), body), str(i)] for i in range(n)]


def _counting(monkeypatch) -> list:
    calls = []
    real = RLTable._calc_height

    def counted(self, *a, **kw):
        calls.append(self)
        return real(self, *a, **kw)

    monkeypatch.setattr(RLTable, "_calc_height", counted)
    return calls


def test_a_table_wrapped_again_at_its_width_is_not_measured_again(monkeypatch):
    calls = _counting(monkeypatch)
    t = st.Table(_data(12), colWidths=[120, 40])
    first = t.wrap(160, 1000)
    positions = list(t._rowpositions)
    assert t.wrap(160, 900) == first and t.wrap(160, first[1]) == first
    assert len(calls) == 1 and t._rowpositions == positions
    plain = RLTable(_data(12), colWidths=[120, 40])
    assert plain.wrap(160, 1000) == first  # the same measure as ReportLab's own table


def test_less_room_a_new_style_or_another_width_measure_again_and_split_as_before(monkeypatch):
    calls = _counting(monkeypatch)
    t = st.Table(_data(30), colWidths=[120, 40], repeatRows=1)
    full = t.wrap(160, 2000)[1]
    t.wrap(160, full / 3)  # too little room: ReportLab measures only as far as the room goes
    assert len(calls) == 2
    parts = t.split(160, full / 3)
    plain = RLTable(_data(30), colWidths=[120, 40], repeatRows=1)
    plain.wrap(160, 2000)
    expected = plain.split(160, full / 3)
    assert [len(p._cellvalues) for p in parts] == [len(p._cellvalues) for p in expected] and len(parts) == 2
    assert t.wrap(160, 2000)[1] == full
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10)]))
    taller = t.wrap(160, 5000)[1]
    assert taller > full
    t.wrap(200, 5000)
    assert len(calls) >= 5


def _page(tmp_path, name, flowables, dpi=150):
    """The flowables stacked on one page, rasterised, and where each word's text sits."""
    import re
    import subprocess

    from PIL import Image
    from reportlab.lib.pagesizes import A4

    from csperf_desktop.reports.glyphs import GlyphCanvas

    path = tmp_path / f"{name}.pdf"
    c = GlyphCanvas(str(path), pagesize=A4)
    y = 800
    for f in flowables:
        _, h = f.wrapOn(c, 515, 800)
        y -= h + 15
        f.drawOn(c, 40, y)
    c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(path), str(tmp_path / name)], check=True)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = [(m[2], round(float(m[0]), 1), round(float(m[1]), 1))
             for m in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)]
    return Image.open(tmp_path / f"{name}.png").convert("RGB"), words


def test_a_grid_lays_out_and_draws_as_a_table_of_paragraphs_with_the_same_commands(tmp_path):
    """``canvas_draw.Grid`` (the scorecard's identity, summary, figures and signature lines) gives the
    row heights, the text positions, the backgrounds and the rules of a platypus table of
    paragraphs: wrapped text, a span, a name only a fallback font draws, Latin words, bold,
    centred and right-aligned cells, fixed rows with the text at the bottom."""
    from PIL import ImageChops
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT

    from csperf_desktop.reports.fonts import resolve_fonts

    fonts = resolve_fonts("")
    st.Table.default_font = fonts.regular
    s = st.make_styles(fonts, 9.5)
    centred, right = s["label"].clone("lc", alignment=TA_CENTER), s["body"].clone("r", alignment=TA_RIGHT)
    texts = [[("姓名", s["label"]), ("王𠀾", s["value"]), ("状态", s["label"]), ("草稿（本月尚未公示，分数可能变动）", s["body"]),
              ("", None), ("", None)],
             [("名次（共 200 人）", centred), ("Christopher Alexander Montgomery", s["value"]), ("−24", right),
              ("客户满意度", s["label"]), ("98.5%", s["body_bold"]), (None, None)]]
    widths = [45, 100, 45, 120, 80, 125]
    cmds = [("SPAN", (3, 0), (5, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), st.ZEBRA), ("BACKGROUND", (3, 0), (3, -1), st.ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT),
            ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white), ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.ACCENT),
            ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]
    table = st.Table([[st.para_words(t, style) if t else st.blank() for t, style in row] for row in texts],
                     colWidths=widths)
    table.setStyle(TableStyle(cmds))
    grid = cd.Grid([[(st.para_words(t, style) if st.latin_words(t) else st.text_cell(t, style)) if t else None
                     for t, style in row] for row in texts], widths, pads=[(4, 3), (3, 6)], spans=[((3, 0), (5, 0))],
                   backgrounds=[((0, 0), (-1, -1), st.ZEBRA), ((3, 0), (3, -1), st.ACCENT_LIGHT)],
                   lines=[("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT),
                          ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white), ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.ACCENT)])
    sign = [[("被考核人签字：", s["body"]), None, ("日期：", s["body"]), None]] * 2
    sign_table = st.Table([[st.para(*c) if c else st.blank() for c in row] for row in sign],
                          colWidths=[120, 190, 50, 140], rowHeights=[28, 28])
    sign_table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.7, st.INK), ("LINEBELOW", (3, 0), (3, -1), 0.7, st.INK),
                                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    sign_grid = cd.Grid([[st.text_cell(*c) if c else None for c in row] for row in sign], [120, 190, 50, 140],
                        heights=[28, 28], valign="BOTTOM",
                        lines=[("LINEBELOW", (1, 0), (1, -1), 0.7, st.INK), ("LINEBELOW", (3, 0), (3, -1), 0.7, st.INK)])
    assert grid.wrap(515, 800) == pytest.approx(table.wrap(515, 800))
    assert sign_grid.wrap(515, 800) == pytest.approx(sign_table.wrap(515, 800))
    want, want_words = _page(tmp_path, "table", [table, sign_table])
    got, got_words = _page(tmp_path, "grid", [grid, sign_grid])
    assert len(want_words) > 15 and [w[0] for w in got_words] == [w[0] for w in want_words]
    for (text, x, y), (_, x0, y0) in zip(got_words, want_words):
        assert x == pytest.approx(x0, abs=0.2) and y == pytest.approx(y0, abs=0.2), text
    diff = ImageChops.difference(got, want)
    # no rule, fill or glyph out of place (edges may differ by a shade of anti-aliasing)
    assert diff.point(lambda v: 255 if v > 40 else 0).getbbox() is None


def test_one_style_made_alone_is_the_style_of_the_whole_set():
    """The bulletin makes the few styles it needs one by one (``make_style``) instead of the
    whole set of fifteen for each: each is the same as the set's, and a new object each time."""
    from csperf_desktop.reports.fonts import resolve_fonts

    fonts = resolve_fonts("")
    names = ("fontName", "fontSize", "leading", "textColor", "alignment", "wordWrap", "spaceAfter", "bold", "fakeBold")
    for base in (9.5, 14.2):
        whole = st.make_styles(fonts, base)
        for name, s in whole.items():
            alone = st.make_style(fonts, base, name)
            assert [getattr(alone, k) for k in names] == [getattr(s, k) for k in names], name
            assert alone is not st.make_style(fonts, base, name)
