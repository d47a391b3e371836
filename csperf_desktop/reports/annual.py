"""The annual review report (年度考核报告): see ``annual_report``.

Entry point, mirroring the monthly ones::

    write_annual_review(year, path, staff_ids=None, one_file_per_agent=False,
                        progress=None, options=AnnualReportOptions()) -> list[Path]
"""

from .annual_report import AnnualReportOptions, build_reports, load_year_report, write_annual_review

__all__ = ["AnnualReportOptions", "build_reports", "load_year_report", "write_annual_review"]
