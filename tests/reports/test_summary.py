"""The one-page monthly management summary: its figures, charts' titles, tables and the open
appeals read back from the PDF; a month not yet published prints as a draft."""

from __future__ import annotations

import pytest
from report_pdf_helpers import page_sizes, pdf_text

from csperf_desktop.base.months import Month
from csperf_desktop.insight.summary import month_summary
from csperf_desktop.monthly.appeals import record_appeal
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.staff import add_staff
from csperf_desktop.reports.summary import write_summary

AUG, SEP, OCT = Month(2026, 8), Month(2026, 9), Month(2026, 10)


@pytest.fixture
def office(db, supervisor):
    """Four agents (one named 刘䶮, a character outside the basic CJK block), August and
    September published, a pending appeal against September."""
    for no, name, team in (("A01", "甲一", "一组"), ("A02", "刘䶮", "一组"), ("A03", "丙三", "二组"),
                           ("A04", "丁四", "二组")):
        add_staff(supervisor, employee_no=no, name=name, team=team, hire_date="2020-01-01")
    for month, rows in ((AUG, [("A02", "D10", 10), ("A03", "B05", 5), ("A04", "D07", 2)]),
                        (SEP, [("A02", "B05", 5), ("A02", "B01", 3), ("A03", "D10", 8), ("A04", "D07", 2),
                               ("A04", "D07", 2), ("A01", "D04", 1)])):
        for i, (no, rule, pts) in enumerate(rows):
            add_event(supervisor, no, rule, f"{month.key}-{10 + i}", pts)
        publish_month(supervisor, month, anyway="测试")
    record_appeal(supervisor, SEP, "A03", reason="投诉记录与本人无关", category="wrong_facts")


def test_the_summary_is_one_a4_page_with_every_part(office, tmp_path):
    data = month_summary(SEP)
    assert data.published and data.finals == [72, 76, 79, 88]
    assert data.average == 78.8 and data.office_previous == round((70 + 80 + 85 + 78) / 4, 1)
    assert [(t.team, t.average, t.previous) for t in data.teams] == [("一组", 83.5, 75.0), ("二组", 74.0, 81.5)]
    assert [(r.code, r.count, r.points) for r in data.top_deductions] == [("D10", 1, -8), ("D07", 2, -4),
                                                                       ("D04", 1, -1)]
    assert [(m.person.name, m.delta) for m in data.improved] == [("刘䶮", 18)]
    assert [(m.person.name, m.delta) for m in data.fell] == [("丙三", -13), ("丁四", -2), ("甲一", -1)]
    assert [(a.name, a.reason) for a in data.open_appeals] == [("丙三", "投诉记录与本人无关")]
    assert sum(n for _, n in data.bands()) == 4

    path = write_summary(SEP, tmp_path / "summary.pdf")
    assert page_sizes(path) == [(595, 842)]
    text = pdf_text(path)
    for expected in ("2026年9月月度管理摘要", "第 1 版", "平均分 78.8", "上月 78.2", "最高 88", "最低 72",
                     "得分分布（4 人）", "各组平均分（本月 / 上月）", "扣分最多的细则（本月）", "客户对服务的有效投诉",
                     "进步之星", "刘䶮", "+18", "待处理的复核申请（1 件）", "投诉记录与本人无关", "事实有误"):
        assert expected in text, expected
    assert "草稿" not in text


def test_a_month_not_yet_published_is_a_draft(office, supervisor, tmp_path):
    add_event(supervisor, "A01", "B05", "2026-10-12", 5)
    data = month_summary(OCT)
    assert not data.published and data.finals == [80, 80, 80, 85]
    assert data.improved == [] and data.office_previous == 78.8
    text = pdf_text(write_summary(OCT, tmp_path / "draft.pdf"))
    assert "草稿" in text and "需要上月也已公示" in text


def test_a_team_without_last_month_has_no_bar_falling_out_of_the_chart(office):
    """August is the first published month: no team has a previous average. A 0 there, on an axis
    that starts near the lowest score, drew a bar downwards over the tables below the chart."""
    from reportlab.graphics.shapes import Rect

    from csperf_desktop.reports.fonts import current_fonts
    from csperf_desktop.reports.summary import team_chart

    data = month_summary(AUG)
    assert all(t.previous is None for t in data.teams)
    drawing = team_chart(data, current_fonts(), 300, 200)

    from reportlab.graphics.charts.barcharts import VerticalBarChart

    def rects(group):
        for child in getattr(group, "contents", []):
            yield from ([child] if isinstance(child, Rect) else rects(child))

    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    bars = [r for r in rects(chart.draw()) if r.fillColor is not None and r.width < chart.width]
    assert bars and all(r.y >= chart.y - 0.01 and r.height >= 0 for r in bars), [(r.y, r.height) for r in bars]
