"""The GUI figures of ``python main.py bench``, measured offscreen in this process
(called by csperf_desktop.bench in a child process, so the core imports no Qt).

- daily tab: switching the tab to a month — model load, standings and first
  paint — median of several switches between two months;
- cold start: a fresh process until the main window has painted, against a
  bare PySide6 QMainWindow started the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COLD_CSPERF = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QCoreApplication
from csperf_desktop.gui.app import apply_look, make_application
from csperf_desktop.gui import i18n
from csperf_desktop.db import open_database
app = make_application()
i18n.install(app, "zh_CN")
apply_look(app)
open_database(sys.argv[1])
from csperf_desktop.gui.context import AppContext
from csperf_desktop.gui.main_window import MainWindow
ctx = AppContext()
w = MainWindow(ctx)
w.resize(1366, 768)
w.show()
QCoreApplication.processEvents()
w.grab()
print(time.perf_counter() - t0, flush=True)
import os
os._exit(0)
"""

COLD_BARE = """
import time
t0 = time.perf_counter()
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
QCoreApplication.processEvents()
w.grab()
print(time.perf_counter() - t0, flush=True)
import os
os._exit(0)
"""


def _wall(script: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, check=True, capture_output=True,
                   timeout=300)
    return time.perf_counter() - t0


def cold_start(db_path: str) -> dict:
    """Only the cold-start pair, for another office size."""
    cold = statistics.median(_wall(COLD_CSPERF, db_path) for _ in range(3))
    bare = statistics.median(_wall(COLD_BARE) for _ in range(3))
    return {"cold_start": cold, "bare_start": bare}


def measure(db_path: str, month_key: str, runs: int = 5) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from ..db import close_database, open_database
    from ..months import Month
    from . import i18n
    from .app import make_application
    from .context import AppContext
    from .daily_tab import DailyTab

    app = make_application()
    i18n.install(app, "zh_CN")
    open_database(db_path)
    month = Month.parse(month_key)
    other = month.prev()
    ctx = AppContext()
    ctx.set_month(other)
    tab = DailyTab(ctx)
    tab.resize(1366, 700)
    tab.show()
    QCoreApplication.processEvents()
    times = []
    for i in range(runs * 2):
        target = month if i % 2 == 0 else other
        t0 = time.perf_counter()
        ctx.set_month(target)
        QCoreApplication.processEvents()
        tab.grab()
        if target == month:
            times.append(time.perf_counter() - t0)
    rows = tab.model.rowCount()
    tab.close()
    tab.deleteLater()
    QCoreApplication.processEvents()
    del tab
    close_database()
    cold = statistics.median(_wall(COLD_CSPERF, db_path) for _ in range(3))
    bare = statistics.median(_wall(COLD_BARE) for _ in range(3))
    return {"daily_tab": statistics.median(times), "daily_rows": rows, "cold_start": cold, "bare_start": bare}
