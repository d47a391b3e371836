"""``--self-test``: proves an installed program works on this PC without a screen.

Opens the main window offscreen on a temporary demo office, saves a picture
of it, prints a bulletin and a scorecard into a temporary folder, checks the
files, and exits 0 — or prints what failed and exits 1. Nothing outside the
temporary folder is touched.
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
