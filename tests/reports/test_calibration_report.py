"""The calibration report PDF: the kappa and its reading, the items, the graders, embedded fonts."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import Conflict
from csperf_desktop.insight.calibration_sessions import session_report
from csperf_desktop.reports.calibration_report import write_calibration_report

from calibration_helpers import make_session
from report_pdf_helpers import font_embedding, page_sizes, pdf_text


def test_the_report_prints_kappa_reading_items_and_graders(db, supervisor, tmp_path):
    s = make_session(supervisor)
    k = session_report(s.id).analysis.kappa
    out = write_calibration_report(s.id, tmp_path / "r.pdf")
    text = pdf_text(out)
    assert f"Fleiss' kappa（三位及以上评分人） = {k.value:.3f}" in text and f"一致性：{k.reading}" in text
    assert "分歧最大：C04 不使用生硬语言" in text
    assert "孙丽华" in text and "李强" in text and "偏宽" in text
    assert "历次校准的一致性" in text
    assert page_sizes(out)[0] == (595, 842)
    assert all(font_embedding(out).values())


def test_an_undefined_kappa_is_printed_as_such(db, supervisor, tmp_path):
    s = make_session(supervisor, {"甲": {"TK-1": "P" * 12}, "乙": {"TK-1": "P" * 12}})
    text = pdf_text(write_calibration_report(s.id, tmp_path / "r.pdf"))
    assert "Cohen's kappa（两位评分人）：无法计算" in text and "kappa 无法计算" in text


def test_an_open_session_is_not_printed(db, supervisor, tmp_path):
    s = make_session(supervisor, close=False)
    with pytest.raises(Conflict, match="还在进行中"):
        write_calibration_report(s.id, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
