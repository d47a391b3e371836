"""``--self-test``: proves an installed program works on this PC without a screen.

Opens the main window offscreen on a temporary demo office, saves a picture
of it, prints a bulletin and a scorecard into a temporary folder, checks the
files, and exits 0 — or prints what failed and exits 1. Nothing outside the
temporary folder is touched.

It also reaches what an installed bundle could lose because nothing imports it
at start-up: the analysis window with a pyqtgraph chart (numpy), the management
summary, a calibration session's report and window, and the exam bank, a drawn
paper and its PDF. Where the demo office has no calibration session or exam
paper, a small one is made in the temporary office through the core services.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run_self_test(keep: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="csperf-selftest-"))
    os.environ["CSPERF_DATA_DIR"] = str(folder / "data")
    steps: list[str] = []
    try:
        from PySide6.QtCore import QCoreApplication

        from ...store.db import close_database, open_database
        from ...devtools.demo import build_demo
        from ...base.months import Month
        from ...monthly.periods import get_period
        from ...reports.bulletin import write_bulletin
        from ...reports.scorecard import write_scorecards
        from . import i18n
        from .app import apply_look, make_application
        from .context import AppContext
        from .main_window import MainWindow

        app = make_application()
        _private_settings(folder / "settings")
        steps.append(f"Qt platform: {app.platformName()}")
        i18n.install(app, "zh_CN")
        apply_look(app)
        open_database(str(folder / "demo.db"))
        build_demo()
        steps.append("demo office built")
        ctx = AppContext()
        ctx.database_location = str(folder / "demo.db")
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        QCoreApplication.processEvents()
        window.grab()  # the first paint; the tab in view is built right after it
        deadline = time.monotonic() + 30
        while "daily" not in window._tabs and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        if "daily" not in window._tabs:
            raise RuntimeError("the daily-scoring tab was not built after the window appeared")
        QCoreApplication.processEvents()
        shot = folder / "main-window.png"
        if not window.grab().save(str(shot)) or shot.stat().st_size == 0:
            raise RuntimeError("the main window could not be drawn")
        steps.append(f"main window drawn ({shot.name})")
        wanted = os.environ.get("CSPERF_SELFTEST_SHOT")
        if wanted:  # a copy of the picture for whoever ran the test (the desktop smoke test)
            shutil.copyfile(shot, wanted)
            steps.append(f"picture of the window saved as {wanted}")
        from PySide6.QtWidgets import QTabWidget

        tabs = window.findChild(QTabWidget)
        titles = [tabs.tabText(i) for i in range(tabs.count())] if tabs else []
        if "日常评分" not in titles:
            raise RuntimeError(f"the Chinese translation is missing (tabs: {titles})")
        steps.append("Chinese interface loaded (" + "、".join(titles) + ")")
        # One label from Qt's catalogue (qtbase_zh_CN.qm) and one that only ours translates.
        picker = [(source, QCoreApplication.translate("QFileDialog", source)) for source in i18n.QT_OWN_STRINGS[:1]
                  + ("File &name:",)]
        english = [source for source, shown in picker if shown == source]
        if english:
            raise RuntimeError(f"Qt's own file dialog would show English: {english}")
        steps.append("Qt's own dialogs in Chinese (" + "、".join(shown for _, shown in picker) + ")")
        from .main_window import TABS

        for name in TABS:  # every tab's code is in the program and opens on the demo office
            window.tab(name)
        people = window.daily_tab.standings_model.rowCount()
        if people == 0:
            raise RuntimeError("the daily-scoring tab shows no standings for the demo office")
        steps.append(f"all {len(TABS)} tabs open; the month's standings list {people} people")
        month = ctx.month.prev()
        if get_period(month).status == "open":
            raise RuntimeError(f"the demo month {month} is not published")
        bulletin = write_bulletin(month, folder / "bulletin.pdf")
        cards = write_scorecards(month, folder / "scorecards.pdf", staff_ids=["KF001"])
        for pdf in [bulletin, *cards]:
            data = Path(pdf).read_bytes()
            if not data.startswith(b"%PDF") or len(data) < 2000:
                raise RuntimeError(f"{Path(pdf).name} is not a valid PDF")
        steps.append("bulletin and scorecard printed")
        from ..printing.pdf_preview import PdfPages

        pages = PdfPages(bulletin)
        image = pages.image(0, 30)
        pages.close()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the print preview could not render the bulletin")
        steps.append(f"print preview renders the bulletin (PDFium, {image.width()}×{image.height()} at 30 dpi)")
        steps.append(_import_a_sheet(folder))
        steps.append(_analysis_chart(ctx, window, folder))
        steps.append(_summary(month, folder))
        steps.append(_calibration(ctx, window, folder))
        steps.append(_exam_paper(ctx, window, folder))
        window.close()
        close_database()
    except Exception:  # the self-test reports every failure and exits 1
        for s in steps:
            print(f"ok   {s}")
        print("FAIL", file=sys.stderr)
        traceback.print_exc()
        return 1
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    for s in steps:
        print(f"ok   {s}")
    print("csperf self-test passed" + (f" (files in {folder})" if keep else ""))
    return 0


def _import_a_sheet(folder: Path) -> str:
    """A small roster read through the spreadsheet reader (python-calamine, and defusedxml for its error cell)."""
    from openpyxl import Workbook

    from ...excel import read_import

    wb = Workbook()
    wb.active.append(["工号", "姓名", "组别"])
    wb.active.append(["ST01", "自检甲", "#N/A"])  # written as an error cell: must read as its text
    wb.active.append([1002, "自检乙", "一组"])
    path = folder / "roster.xlsx"
    wb.save(path)
    preview = read_import(path, "staff")
    got = [(r.values.get("employee_no"), r.values.get("team")) for r in preview.rows]
    if preview.problems or got != [("ST01", "#N/A"), ("1002", "一组")]:
        raise RuntimeError(f"the roster sheet read wrong: {got} {preview.problem_lines()}")
    return "a roster sheet read (python-calamine)"


def _private_settings(folder: Path) -> None:
    """The window's remembered state (last tab, sizes) read from and written to the temporary folder: the
    user's own settings neither steer the test (a last tab other than daily scoring) nor get overwritten."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    for scope in (QSettings.UserScope, QSettings.SystemScope):
        QSettings.setPath(QSettings.IniFormat, scope, str(folder))


def _check_pdf(path, what: str, pages: int = 1) -> Path:
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 2000 or data.count(b"/Type /Page") < pages:
        raise RuntimeError(f"the {what} ({Path(path).name}) is not a valid PDF")
    return Path(path)


def drawn_share(image, background) -> tuple[float, int]:
    """The share of (sampled) pixels that are not the background, and how many distinct colours."""
    step = 3
    drawn = total = 0
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            total += 1
            if rgb != background:
                drawn += 1
                if len(colours) < 64:
                    colours.add(rgb)
    return (drawn / total if total else 0.0), len(colours)


def _analysis_chart(ctx, window, folder: Path) -> str:
    """The analysis window on its trend tab: a pyqtgraph chart of real lines, drawn into a picture."""
    from PySide6.QtCore import QCoreApplication

    from ..analysis.analysis_window import TAB_TREND, open_analysis

    analysis = open_analysis(ctx, window)
    analysis.resize(1200, 700)
    QCoreApplication.processEvents()
    if analysis.data is None:
        raise RuntimeError(f"the analysis window loaded no data: {analysis.ui.summary.text()}")
    analysis.ui.tabs.setCurrentIndex(TAB_TREND)
    QCoreApplication.processEvents()
    chart = analysis.trend_chart
    if chart is None:
        raise RuntimeError("the analysis window's trend chart was not made")
    lines = [c for c in chart.item.listDataItems() if c.yData is not None and len(c.yData)]
    if not lines:
        raise RuntimeError("the trend chart has no line (pyqtgraph or numpy did not draw the data)")
    image = chart.picture().toImage()
    path = folder / "analysis-trend.png"
    if image.isNull() or not image.save(str(path)):
        raise RuntimeError("the trend chart could not be drawn into a picture")
    share, colours = drawn_share(image, 0xFFFFFF)
    if share < 0.01 or colours < 3:
        raise RuntimeError(f"the trend chart's picture is blank ({share:.1%} drawn, {colours} colours)")
    analysis.close()
    return (f"analysis window: trend chart of {len(lines)} lines drawn by pyqtgraph "
            f"({image.width()}×{image.height()}, {share:.0%} of it drawn)")


def _summary(month, folder: Path) -> str:
    from ...reports.summary import write_summary

    _check_pdf(write_summary(month, folder / "summary.pdf"), "management summary")
    return f"management summary of {month} printed"


def _calibration(ctx, window, folder: Path) -> str:
    """A closed calibration session's report (a tiny session is made when the office has none) and the window."""
    from PySide6.QtCore import QCoreApplication

    from ...insight.calibration_sessions import close_session, create_session, list_sessions, rate
    from ...reports.calibration_report import write_calibration_report
    from ...trust.auth import SYSTEM
    from ..calibration.calibration_window import CalibrationWindow

    closed = [s for s in list_sessions() if s.status == "closed"]
    made = ""
    if not closed:
        s = create_session(SYSTEM, "自检校准", None, ["ST-1", "ST-2"], ["自检评分人甲", "自检评分人乙"])
        codes = [item["code"] for item in s.items]
        for n, grader in enumerate(("自检评分人甲", "自检评分人乙")):
            rate(SYSTEM, s.id, grader, {(ref, code): "0" if (k == n and ref == "ST-2") else "1"
                                        for ref in ("ST-1", "ST-2") for k, code in enumerate(codes)})
        closed = [close_session(SYSTEM, s.id)]
        made = " (a session of 2 graders made for the test)"
    _check_pdf(write_calibration_report(closed[0].id, folder / "calibration.pdf"), "calibration report")
    dialog = CalibrationWindow(ctx, window)
    dialog.show()
    QCoreApplication.processEvents()
    if dialog.grab().isNull():
        raise RuntimeError("the calibration window could not be drawn")
    dialog.close()
    return "calibration window opens; calibration report printed" + made


def _exam_paper(ctx, window, folder: Path) -> str:
    """An exam paper printed (paper, answer sheet and key); a few questions and a paper are made when the
    office has none. The question bank window opens on them."""
    from PySide6.QtCore import QCoreApplication

    from ...base import clock
    from ...exambank import bank, papers
    from ...monthly.exams import add_exam
    from ...reports.exam_paper import write_exam_pdf
    from ...store.models import ExamPaper
    from ...trust.auth import SYSTEM
    from ..exams.bank_dialogs import ExamBankDialog

    paper = ExamPaper.select().order_by(ExamPaper.id).first()
    made = ""
    if paper is None:
        ids = [bank.add_question(SYSTEM, area="售后", topic="退换货", qtype="single", text="破损商品退货的第一步？",
                                 options=["请客户拍照留证", "让客户找快递", "直接退款"], answer="A").id,
               bank.add_question(SYSTEM, area="接单", topic="地址", qtype="truefalse", text="下单前核对收货地址。",
                                 answer="T").id,
               bank.add_question(SYSTEM, area="日常工作", topic="制度", qtype="short", text="说说三要三不。",
                                 model_answer="要热情、要耐心、要周到；不推诿、不争辩、不抱怨。", points=6).id]
        exam = add_exam(SYSTEM, date=clock.today(), title="自检考试")
        paper = papers.save_paper(SYSTEM, exam.id, papers.draw_for_exam(exam.id, len(ids), seed=7, avoid_months=0))[0]
        made = " (3 questions and a paper made for the test)"
    pdf = _check_pdf(write_exam_pdf(paper.exam_id, folder / "exam.pdf", paper.version, "all"), "exam paper", 3)
    dialog = ExamBankDialog(ctx, window)
    dialog.show()
    QCoreApplication.processEvents()
    if dialog.grab().isNull():
        raise RuntimeError("the question bank window could not be drawn")
    dialog.close()
    return f"question bank opens; exam paper, answer sheet and key printed ({pdf.name})" + made
