"""The annual review report (年度考核报告) — the place for it.

Not written yet: the annual review (seed 003; DESIGN.md §1 "Annual review")
fills this module. It should reuse what the monthly papers use, so the
office's papers look alike:

- ``style.ReportDoc`` with a ``style.PageFrame`` — header band
  ("{company} · 年度考核报告" | "{year}年"), footer, page numbers
  (``build_counted`` for "第 x / y 页", or ``page_label`` per person as the
  scorecards do with a zero-size marker flowable);
- ``style.make_styles`` and ``style.para`` (Chinese wrapping, deliberate bold),
  the colours and ``style._table``-like tables of ``scorecard``;
- ``scorecard.trend_chart`` for the twelve monthly scores;
- ``scorecard.CardBuilder.signatures``-style lines for the agent and the
  supervisor, which the seed requires on the review;
- ``pdfwrite.safe_write`` for the file, ``fonts.current_fonts`` for the font.

Expected entry point, mirroring the monthly ones::

    write_annual_review(year, path, staff_ids=None, one_file_per_agent=False,
                        progress=None, options=None) -> list[Path]

one person per section (goals and KPI results, the weighted indicator table
with grades, the monthly average, the blend, interview notes, signatures).
"""

from __future__ import annotations

from ..errors import CsperfError


def write_annual_review(year: int, path, staff_ids=None, one_file_per_agent: bool = False, progress=None,
                        options=None):
    raise CsperfError("年度考核报告尚未提供。请先打印各月的考核卡。")
