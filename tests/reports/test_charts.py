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
