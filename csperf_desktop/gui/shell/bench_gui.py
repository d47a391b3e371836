"""The GUI figures of ``python main.py bench``, measured offscreen in this process
(called by csperf_desktop.devtools.bench in a child process, so the core imports no Qt).

- daily tab: switching the tab to a month — model load, standings and first
  paint — median of several switches between two months;
- cold start: a fresh process until the main window has painted, against a
  bare PySide6 QMainWindow started the same way; and until the tab shown at
  start-up has loaded its data and painted too (reported, no target).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# Both scripts print wall-clock instants; the parent subtracts the instant it launched them,
# so the interpreter's own start-up counts on both sides.
COLD_CSPERF = """
import sys, time
from csperf_desktop.gui.shell.app import open_main_window, prepare_application
from csperf_desktop.store.db import open_database
from PySide6.QtCore import QCoreApplication
app = prepare_application("zh_CN")
open_database(sys.argv[1], check_in_background=True)  # as start_session opens it
from csperf_desktop.gui.shell.context import AppContext
w = open_main_window(AppContext())
w.resize(1366, 768)
QCoreApplication.processEvents()
w.grab()
painted = time.time()
while not w._tabs:
    QCoreApplication.processEvents()
QCoreApplication.processEvents()
w.grab()
print(painted, time.time(), flush=True)
import os
os._exit(0)
"""

COLD_BARE = """
import time
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
QCoreApplication.processEvents()
w.grab()
now = time.time()
print(now, now, flush=True)
import os
os._exit(0)
"""


def _wall(script: str, *args: str) -> tuple[float, float]:
    """Seconds from launching *script* in a fresh interpreter to its first paint and to
    its current tab being loaded and painted."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=300)
    painted, ready = (float(x) for x in done.stdout.split()[-2:])
    return painted - t0, ready - t0


def _cold_pair(db_path: str, runs: int = 7) -> dict:
    # Taken in turns, so a busy moment of the machine weighs on both sides alike.
    ours, bare = [], []
    for _ in range(runs):
        ours.append(_wall(COLD_CSPERF, db_path))
        bare.append(_wall(COLD_BARE)[0])
    return {"cold_start": statistics.median(p for p, _ in ours),
            "cold_ready": statistics.median(r for _, r in ours),
            "bare_start": statistics.median(bare)}


def cold_start(db_path: str) -> dict:
    """Only the cold-start figures, for another office size."""
    return _cold_pair(db_path)


def measure(db_path: str, month_key: str, runs: int = 5) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from ...store.db import close_database, open_database
    from ...base.months import Month
    from . import i18n
    from .app import make_application
    from .context import AppContext
    from ..daily.daily_tab import DailyTab

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
    return {"daily_tab": statistics.median(times), "daily_rows": rows, **_cold_pair(db_path)}
