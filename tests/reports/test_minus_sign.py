"""Screen and paper print a negative number with the same minus sign (U+2212), checked
against the printing font's own glyphs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from csperf_desktop.base.months import Month
from csperf_desktop.base.text import MINUS, signed
from csperf_desktop.monthly.standings import published_standings
from csperf_desktop.reports import glyphs, style as st
from csperf_desktop.reports.bulletin import write_bulletin
from csperf_desktop.reports.fonts import LINUX_CANDIDATES, current_fonts
from csperf_desktop.reports.scorecard import write_scorecards

from report_pdf_helpers import pdf_pages, pdf_text, table_rows

SEPT = Month(2026, 9)


def test_the_printing_font_has_the_minus_sign_so_paper_prints_it(demo_db):
    fonts = current_fonts()
    assert MINUS in glyphs.cover(fonts.regular)  # the glyph checker: WenQuanYi here, YaHei on Windows
    assert st.minus_sign(fonts.regular) == MINUS


def test_the_bulletin_prints_the_same_text_as_the_window_for_every_signed_number(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "b.pdf")
    rows = table_rows(pdf_pages(out)[0])
    seen_negative = False
    for s in published_standings(SEPT):
        if not s.ranked:
            continue
        row = rows[s.employee_no]
        assert row["扣分"] == signed(-s.deduction)
        if s.change:
            assert row["较上月"] == signed(s.change)
        seen_negative |= s.deduction > 0
    assert seen_negative
    text = pdf_text(out)
    assert not re.search(r"(?<![\w-])-\d", text)  # no hyphen before a number anywhere on the page


def test_the_scorecard_prints_deductions_with_the_minus_sign(demo_db, tmp_path):
    person = next(s for s in published_standings(SEPT) if s.deduction)
    text = pdf_text(write_scorecards(SEPT, tmp_path / "c.pdf", staff_ids=[person.employee_no])[0])
    assert f"扣分 {signed(-person.deduction)}" in text  # the total line
    from csperf_desktop.monthly.events import month_events
    from csperf_desktop.store.models import ScoreEvent

    deductions = [e for e in month_events(SEPT).where(ScoreEvent.voided == False)  # noqa: E712
                  if e.staff_id == person.staff_id and e.points < 0]
    assert deductions
    for e in deductions:  # each event's points in the table
        assert signed(e.points) in text.split("\n")
    assert not re.search(r"(?<![\w-])-\d", text)


def test_a_font_without_the_glyph_prints_the_hyphen_instead_of_a_borrowed_sign():
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    assert glyphs.cover("STSong-Light") is None  # cannot be told: the hyphen every font has
    assert st.minus_sign("STSong-Light") == "-"
    droid = next((p for p in LINUX_CANDIDATES if "Droid" in p and Path(p).is_file()), None)
    if droid is not None:  # Droid Sans Fallback has neither sign: U+2212 comes from the fallback chain
        pdfmetrics.registerFont(TTFont("MinusProbeDroid", droid))
        chars = glyphs.cover("MinusProbeDroid")
        assert MINUS not in chars and "-" not in chars
        assert st.minus_sign("MinusProbeDroid") == MINUS


@pytest.mark.parametrize("path", [p for p in LINUX_CANDIDATES if Path(p).is_file() and "Droid" not in p])
def test_every_installed_chinese_printing_font_has_the_minus_sign(path):
    name = "MinusProbe" + Path(path).stem.replace("-", "")
    pdfmetrics.registerFont(TTFont(name, path))
    assert MINUS in glyphs.cover(name)
    assert st.minus_sign(name) == MINUS
