"""GUI figures for ``main.py bench`` (run in a child process with Qt offscreen).

``measure(db_path, month_key)`` returns seconds:
- ``daily_tab``: switching the Daily-scoring tab to the month (model load and
  first paint), median of three switches;
- ``cold_start``: a fresh process from launch to the painted main window;
- ``bare_start``: the same for a bare PySide6 QMainWindow (the floor).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

_COLD = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from csperf_desktop.gui import app as gui_app, i18n
from csperf_desktop.gui.context import AppContext
from csperf_desktop.gui.main_window import MainWindow
app = gui_app.make_application()
i18n.install(app, "zh_CN")
gui_app.apply_look(app)
gui_app.open_startup_database(type("A", (), {"db": sys.argv[1], "demo": False})())
w = MainWindow(AppContext())
w.show()
w.repaint()
app.processEvents()
"""

_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
w.repaint()
app.processEvents()
"""


def _process_time(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("CSPERF_DATA_DIR", tempfile.mkdtemp(prefix="csperf-bench-gui-"))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(db_path: str, month_key: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ..db import open_database
    from ..months import Month
    from . import app as gui_app
    from .context import AppContext
    from .daily_tab import DailyTab

    app = gui_app.make_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="csperf-bench-qs-"))
    gui_app.apply_look(app)
    open_database(db_path)
    month = Month.parse(month_key)
    ctx = AppContext()
    ctx.month = month.prev()
    tab = DailyTab(ctx)
    tab.resize(1366, 700)
    tab.show()
    app.processEvents()
    times = []
    for target in (month, month.prev(), month):
        start = time.perf_counter()
        ctx.set_month(target)
        tab.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    daily = statistics.median(times)
    cold = statistics.median(_process_time(_COLD, db_path) for _ in range(2))
    bare = statistics.median(_process_time(_BARE) for _ in range(2))
    return {"daily_tab": daily, "cold_start": cold, "bare_start": bare}
