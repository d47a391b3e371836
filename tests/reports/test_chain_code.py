"""Every printed fingerprint line carries the audit chain's code, so that a paper on the wall can
be checked against the database later (``verify --fingerprint``)."""

from __future__ import annotations

from csperf_desktop.base.months import Month
from csperf_desktop.monthly.periods import get_period
from csperf_desktop.monthly.verify import verify_report
from csperf_desktop.reports.annual_report import write_annual_review
from csperf_desktop.reports.bulletin import write_bulletin
from csperf_desktop.reports.scorecard import write_scorecards
from csperf_desktop.trust.audit import chain_head

from report_pdf_helpers import pdf_text

SEPT = Month(2026, 9)


def test_bulletin_scorecards_and_annual_report_print_the_chain_code(demo_db, tmp_path):
    code = chain_head().code
    fp = get_period(SEPT).fingerprint
    bulletin = pdf_text(write_bulletin(SEPT, tmp_path / "b.pdf"))
    assert f"公示指纹 {fp} · {code}" in bulletin
    cards = write_scorecards(SEPT, tmp_path / "c.pdf")
    assert f"公示指纹 {fp} · {code}" in pdf_text(cards if not isinstance(cards, list) else cards[0])
    annual = write_annual_review(2025, tmp_path / "a.pdf")
    assert code in pdf_text(annual if not isinstance(annual, list) else annual[0])
    # The code as printed verifies.
    assert verify_report(codes=(code,)).problems == []
