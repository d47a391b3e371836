"""The score charts: an axis from a sensible minimum, marked; a legend; labels that never touch;
a scorecard on A3 set larger than on A4."""

from __future__ import annotations

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from csperf_desktop.base.months import Month
from csperf_desktop.reports import style as st
from csperf_desktop.reports.fonts import resolve_fonts
from csperf_desktop.reports.scorecard import trend_chart

from report_pdf_helpers import font_sizes, pdf_text

SEPT = Month(2026, 9)
MONTHS = [SEPT.add(-i) for i in range(11, -1, -1)]  # 2025年10月 … 2026年9月: a year boundary inside


def strings(drawing) -> list[String]:
    """Every text of a drawing, chart widgets expanded."""
    out = []

    def walk(node):
        for item in getattr(node, "contents", []):
            if isinstance(item, String):
                out.append(item)
            elif isinstance(item, Group):
                walk(item)
            elif hasattr(item, "draw") and not isinstance(item, Drawing):
                walk(item.draw())

    walk(drawing)
    return out


def box(s: String) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a text as drawn: its measured width, ascent and descent."""
    w = stringWidth(s.text, s.fontName, s.fontSize)
    left = s.x - {"start": 0, "middle": w / 2, "end": w}[s.textAnchor]
    return left, s.y - 0.12 * s.fontSize, left + w, s.y + 0.88 * s.fontSize


def overlapping(texts: list[String]) -> list[tuple[str, str]]:
    boxes = [(t.text, box(t)) for t in texts]
    out = []
    for i, (a, (l1, b1, r1, t1)) in enumerate(boxes):
        for b, (l2, b2, r2, t2) in boxes[i + 1:]:
            if l1 < r2 and l2 < r1 and b1 < t2 and b2 < t1:
                out.append((a, b))
    return out


@pytest.fixture(scope="module")
def fonts():
    return resolve_fonts("")


@pytest.mark.parametrize("width_mm", [186, 120, 80, 60])
@pytest.mark.parametrize("values", [
    [80, 81, 80, 82, 81, 83, 80, 82, 84, 81, 80, 82],  # twelve close scores
    [99, 100, 98, 100, 99, 100, 97, 100, 100, 99, 98, 100],  # close, at the top
    [55, 100, 0, 97, 99, None, 70, 80, 100, 100, 62, 75],  # a gap, a fall to 0
])
def test_no_two_labels_of_the_trend_chart_touch(fonts, values, width_mm):
    d = trend_chart(MONTHS, values, 80, 100, fonts, width_mm * mm, 40 * mm)
    texts = strings(d)
    assert overlapping(texts) == []
    shown = [t.text for t in texts]
    assert "2025年" in shown and "2026年" in shown and "1月" in shown and "12月" in shown  # year apart from month
    assert not any("年" in t and "月" in t for t in shown)
    for v in values:
        if v is not None:
            assert str(v) in shown
    for t in texts:  # all inside the drawing
        left, bottom, right, top = box(t)
        assert left >= -0.5 and right <= d.width + 0.5 and bottom >= -0.5 and top <= d.height + 0.5


def test_the_trend_axis_starts_just_below_the_lowest_score_and_says_so(fonts):
    values = [84, 86, 85, 88, 90, 87, 86, 89, 91, 90, 88, 86]
    d = trend_chart(MONTHS, values, 80, 100, fonts, 186 * mm, 40 * mm)
    texts = strings(d)
    ticks = sorted((t for t in texts if t.textAnchor == "end" and t.text.isdigit()), key=lambda t: t.y)
    assert ticks[0].text == "75"  # just below the base line 80, rounded down to 5: not 0
    assert "纵轴从 75 分起" in [t.text for t in texts]  # the legend says where the axis starts
    assert {"月度最终得分", "基础分 80 分"} <= {t.text for t in texts}
    assert st.score_axis([0, 100], 80, 100)[0] == 0  # a score of 0: the axis starts at 0, unbroken
    d0 = trend_chart(MONTHS, [0] + values[1:], 80, 100, fonts, 186 * mm, 40 * mm)
    assert not any(t.text.startswith("纵轴从") for t in strings(d0))


def test_score_axis_rounds_down_below_the_lowest_score():
    assert st.score_axis([81, 95, 88], 80, 100) == (75, 100, 5)
    assert st.score_axis([67, 96], 80, 100) == (60, 100, 10)
    assert st.score_axis([82, 85], 80, 100)[0] == 75  # the base line stays on the chart
    low, high, step = st.score_axis([55, 90], 80, 100)
    assert low < 55 and low % step == 0 and high == 100


def test_the_bulletin_bar_chart_starts_below_the_lowest_score_with_a_legend(demo_db, tmp_path):
    from csperf_desktop.reports.bulletin import BulletinOptions, bulletin_data, score_chart, write_bulletin

    data = bulletin_data(SEPT)
    lowest = min(r.final for r in data.rows)
    d = score_chart(data, BulletinOptions(), resolve_fonts(""), 180 * mm, 70 * mm)
    chart = next(c for c in d.contents if isinstance(c, VerticalBarChart))
    assert 0 < chart.valueAxis.valueMin < lowest and chart.valueAxis.valueMin % 5 == 0
    assert lowest - chart.valueAxis.valueMin <= 10
    # geometry: the lowest bar stands above the axis, and 81 and 95 differ by more than a sixth of the chart
    chart.draw()  # lays the bars out (``_barPositions``: x, y, width, height of each)
    heights = {v: pos[3] for v, pos in zip(chart.data[0], chart._barPositions[0])}
    assert heights[lowest] > 0
    tallest = max(heights.values())
    assert (tallest - heights[lowest]) / tallest > 0.5
    legend = {t.text for t in strings(d)}
    assert {"其他", f"基础分 {data.base}", f"纵轴从 {chart.valueAxis.valueMin} 分起"} <= legend
    assert any(r.award for r in data.rows) == ("优秀奖" in legend)
    text = pdf_text(write_bulletin(SEPT, tmp_path / "b.pdf"))
    assert f"纵轴从 {chart.valueAxis.valueMin} 分起" in text


def test_an_a3_scorecard_is_set_larger_than_on_a4(demo_db, tmp_path):
    from csperf_desktop.reports.scorecard import ScorecardOptions, write_scorecards

    sizes = {}
    for paper in ("A4", "A3"):
        out = write_scorecards(SEPT, tmp_path / f"{paper}.pdf", staff_ids=["KF001"],
                               options=ScorecardOptions(paper=paper))[0]
        runs = dict(reversed(font_sizes(out)))  # text -> size (the first run of each text)
        sizes[paper] = runs
    # the title, the final score, a section heading, the trend's heading and its month labels, the signatures
    for text in ("个人考核卡", "95", "本月考核记录（5 条）", "走势", "2025年", "签字"):
        assert sizes["A3"][text] >= sizes["A4"][text] * 1.35, text  # √2 larger on A3


def _drawn_pixels(tmp_path, name, flowables) -> tuple:
    """The page of ``flowables`` stacked on a GlyphCanvas, rasterised: (size, pixel bytes)."""
    import subprocess

    from PIL import Image
    from reportlab.lib.pagesizes import A4

    from csperf_desktop.reports.glyphs import GlyphCanvas

    path = tmp_path / f"{name}.pdf"
    c = GlyphCanvas(str(path), pagesize=A4)
    y = 60
    for f in flowables:
        _, h = f.wrapOn(c, 500, 800)
        f.drawOn(c, 40, y)
        y += h + 20
    c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-png", "-r", "120", "-singlefile", str(path), str(tmp_path / name)], check=True)
    im = Image.open(tmp_path / f"{name}.png").convert("RGB")
    return im.size, im.tobytes()


def test_a_chart_drawn_straight_on_the_canvas_prints_the_pixels_the_renderer_prints(fonts, tmp_path):
    """The scorecard draws its trend with canvas calls (``style.CanvasDrawing``), not through
    ReportLab's renderer: the same chart, pixel for pixel — gaps, a fall to 0, a narrow chart, a
    dashed base line, the axis break, and a label with a character only a fallback font has."""
    from reportlab.graphics.shapes import Circle, Rect

    def charts():
        d1 = trend_chart(MONTHS, [55, 100, 0, 97, 99, None, 70, 80, 100, 100, 62, 75], 80, 100, fonts, 186 * mm, 40 * mm)
        d2 = trend_chart(MONTHS, [80, 81, 80, 82, 81, 83, 80, 82, 84, 81, 80, None], 80, 100, fonts, 80 * mm, 28 * mm)
        d3 = Drawing(200, 60)
        d3.add(Rect(5, 5, 50, 20, fillColor=st.ACCENT, strokeColor=st.INK, strokeWidth=1.5))
        d3.add(Circle(100, 30, 8, fillColor=None, strokeColor=st.DOWN, strokeWidth=2, strokeDashArray=[2, 1]))
        d3.add(String(150, 30, "王𠀾 96", fontName=fonts.regular, fontSize=11, fillColor=st.UP, textAnchor="middle"))
        return [d1, d2, d3]

    direct = [st.CanvasDrawing(d) for d in charts()]
    assert all(f.plain for f in direct)  # drawn straight, not handed back to the renderer
    assert _drawn_pixels(tmp_path, "direct", direct) == _drawn_pixels(tmp_path, "renderer", charts())


def test_a_drawing_with_groups_or_a_transform_goes_through_the_renderer(fonts, tmp_path):
    g = Group(String(10, 10, "分组", fontName=fonts.regular, fontSize=10))
    d = Drawing(100, 40)
    d.add(g)
    f = st.CanvasDrawing(d)
    assert not f.plain
    d2 = Drawing(100, 40)
    d2.add(String(10, 10, "分组", fontName=fonts.regular, fontSize=10))
    assert _drawn_pixels(tmp_path, "grouped", [f]) == _drawn_pixels(tmp_path, "plain", [st.CanvasDrawing(d2)])


def test_the_trend_printed_from_plain_shapes_is_the_chart_pixel_for_pixel(fonts, tmp_path):
    """The printouts build the trend from ``style.PlainDrawing``'s shapes (no attribute checks):
    the same shapes with the same attributes as ``trend_chart``'s, and the same pixels as
    ReportLab's renderer gives for that chart — gaps, a fall to 0, a narrow chart, the break."""
    from csperf_desktop.reports.scorecard import trend_figure

    cases = [([55, 100, 0, 97, 99, None, 70, 80, 100, 100, 62, 75], 186 * mm, 40 * mm),
             ([80, 81, 80, 82, 81, 83, 80, 82, 84, 81, 80, None], 80 * mm, 28 * mm),
             ([None, None, 96, 97, 95, 99, 100, 98, 97, 96, 95, 94], 120 * mm, 32 * mm)]
    plain = [trend_figure(MONTHS, v, 80, 100, fonts, w, h) for v, w, h in cases]
    charts = [trend_chart(MONTHS, v, 80, 100, fonts, w, h) for v, w, h in cases]
    assert all(f.plain for f in plain)
    for f, d in zip(plain, charts):
        assert [type(s).__name__.replace("Plain", "") for s in f.drawing.contents] == \
            [type(s).__name__ for s in d.contents]
        for a, b in zip(f.drawing.contents, d.contents):
            for key in ("x1", "y1", "x2", "y2", "x", "y", "text", "points", "cx", "cy", "r", "width", "height",
                        "strokeColor", "strokeWidth", "strokeDashArray", "fillColor", "fontName", "fontSize",
                        "textAnchor"):
                if hasattr(b, key):
                    assert getattr(a, key) == getattr(b, key), key
    assert _drawn_pixels(tmp_path, "plain", plain) == _drawn_pixels(tmp_path, "rendered", charts)


def test_a_circle_drawn_from_the_curves_of_its_radius_is_what_the_canvas_writes():
    """``style.circle_path`` works out the curves of a radius once; every circle it writes is
    byte for byte the path ``Canvas.circle`` writes, filled, stroked, both or neither."""
    import io
    import random

    from reportlab.pdfgen.canvas import Canvas

    theirs, ours = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    rng = random.Random(7)
    for _ in range(3000):
        x, y, r = rng.uniform(-50, 900), rng.uniform(-50, 1200), rng.choice([2, 1.5, 3, 2.25, 0.7, 10])
        fill, stroke = rng.choice([(1, 0), (0, 1), (1, 1), (0, 0)])
        theirs.circle(x, y, r, fill=fill, stroke=stroke)
        st.circle_path(ours, x, y, r, fill, stroke)
    assert ours._code == theirs._code and len(ours._code) == 3000 * 7
