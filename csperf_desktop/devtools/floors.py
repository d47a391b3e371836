"""The floors of the printing figures of ``python main.py bench``: the same text as each
printout, read through the same core calls and drawn line by line on a bare ReportLab canvas
(no tables, no layout, no charts). What the printout costs beyond its floor is the cost of
laying it out.

Kept apart from the printouts themselves (``reports``) so that speeding those up can never
move the floor they are measured against.
"""

from __future__ import annotations

from pathlib import Path

LINE, TOP, BOTTOM, LEFT = 12, 800, 40, 40


class _Pages:
    """A bare canvas writing lines downwards, starting a new page when one is full."""

    def __init__(self, path: Path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        from ..reports.fonts import current_fonts

        self.font = current_fonts().regular
        self.canvas = canvas.Canvas(str(path), pagesize=A4)
        self.y = TOP
        self.canvas.setFont(self.font, 9)

    def line(self, text: str) -> None:
        if self.y < BOTTOM:
            self.new_page()
        self.canvas.drawString(LEFT, self.y, text)
        self.y -= LINE

    def new_page(self) -> None:
        self.canvas.showPage()
        self.canvas.setFont(self.font, 9)
        self.y = TOP

    def save(self) -> None:
        self.canvas.save()


def scorecards(path: Path, month) -> None:
    """One card per person: a heading and one line per valid event of the month."""
    from ..monthly.events import month_events

    by_staff: dict[int, list] = {}
    for ev in month_events(month):
        if not ev.voided:
            by_staff.setdefault(ev.staff_id, []).append(
                f"{ev.date} {ev.area} {ev.rule_code} {ev.rule_name} {ev.points} {ev.method} {ev.note}")
    pages = _Pages(path)
    for sid, lines in sorted(by_staff.items()):
        for text in [f"个人考核卡 {sid}"] + lines:
            pages.line(text)
        pages.new_page()
    pages.save()


def bulletin(path: Path, month) -> None:
    """The month's published standings: a title and one line per person."""
    from ..monthly.standings import standings

    pages = _Pages(path)
    pages.line(f"考核公示 {month.label_zh}")
    for s in standings(month):
        pages.line(f"{s.rank if s.ranked else '—'} {s.employee_no} {s.name} +{s.bonus} {s.deduction} {s.final}"
                   f" {'' if s.change is None else s.change}")
    pages.save()


def annual_reports(path: Path, year: int) -> None:
    """One report per person: who, the year's result, each dimension and indicator, and the
    twelve monthly scores, from the same annual computation the reports print."""
    from ..annual import compute_all

    pages = _Pages(path)
    for r in compute_all(year):
        pages.line(f"{year}年度考核报告 {r.employee_no} {r.name} {r.team} {r.status_zh}")
        pages.line(f"月度平均 {r.monthly_avg} 评价 {r.evaluation} 总分 {r.final} 等级 {r.grade} 名次 {r.rank}")
        for d in r.dimensions:
            pages.line(f"{d.name} {d.weight}% {d.score}")
            for ind in d.indicators:
                pages.line(f"  {ind.name} {ind.weight}% {ind.value_text} {ind.target_text} {ind.score} {ind.note}")
        for i, score in enumerate(r.monthly_scores, 1):
            pages.line(f"{i}月 {'' if score is None else score}")
        pages.new_page()
    pages.save()
