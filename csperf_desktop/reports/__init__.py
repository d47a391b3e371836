"""Printed papers as PDF (ReportLab): the monthly wall bulletin, the individual
scorecards and the annual review report (``annual_report``). No Qt here.

For the GUI (run in a worker thread; both write safely: temp file + rename)::

    from csperf_desktop.reports import (BulletinOptions, ScorecardOptions, write_bulletin,
                                        write_scorecards, font_warning, FileLocked)
    write_bulletin(month, path, BulletinOptions(paper="A3", landscape=False, privacy="full",
                                                show_warnings=None)) -> Path  # None: the setting
    write_scorecards(month, path, staff_ids=None, one_file_per_agent=False,
                     progress=lambda done, total: True, options=ScorecardOptions()) -> list[Path]
    write_annual_review(year, path, staff_ids=None, one_file_per_agent=False,
                        progress=lambda done, total: True, options=AnnualReportOptions()) -> list[Path]
    write_gift_list(month, path, given=None) -> Path   # 赠品发放清单, A4
    font_warning() -> str | None   # show it when not None (CID fallback, unusable font setting)

Characters the report's font lacks (王𠀾, 刘䶮) are drawn in a fallback font
(``glyphs``); a character no installed font has prints as "〓". To tell the
user which, print inside ``collect_missing_glyphs()``::

    with collect_missing_glyphs() as missing:      # MissingGlyph(text, char) items, each once
        write_bulletin(month, path, options)
    message = missing_glyphs_message(missing)      # Chinese, None when nothing is missing

``FileLocked`` (a ``CsperfError``) carries ``suggestion``: a free file name
to offer when the target is open in another program. ``Cancelled`` is raised
when ``progress`` returns False. An unpublished month's bulletin is a draft
marked on every page (``BulletinOptions(allow_draft=False)`` refuses it);
``bulletin_data(month).draft`` tells beforehand.
"""

from .annual_report import AnnualReportOptions, write_annual_review
from .bulletin import PRIVACY_MODES, BulletinOptions, bulletin_data, write_bulletin
from .fonts import font_warning
from .gift_list import write_gift_list
from .glyphs import MissingGlyph, collect_missing_glyphs, missing_glyphs_message
from .pdfwrite import FileLocked, WriteFailed, suggest_free_name
from .scorecard import Cancelled, ScorecardOptions, write_scorecards

__all__ = [
    "PRIVACY_MODES", "BulletinOptions", "bulletin_data", "write_bulletin", "font_warning", "FileLocked",
    "WriteFailed", "suggest_free_name", "Cancelled", "ScorecardOptions", "write_scorecards",
    "AnnualReportOptions", "write_annual_review", "write_gift_list", "MissingGlyph", "collect_missing_glyphs",
    "missing_glyphs_message",
]
