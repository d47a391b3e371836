"""The daily tab's figure of ``python main.py bench``, measured offscreen in this process
(``devtools.bench`` runs it in a child process, so the core imports no Qt).

Opening a month: switching the tab from the month before to it — its events, standings and
the first paint — median of several switches back and forth.
"""

from __future__ import annotations

import os
import statistics
import time


def open_month(location: str, month_key: str, wall: bool = False, runs: int = 5) -> dict:
    """Seconds to open ``month_key`` in the daily tab: CPU time of this process, or wall time
    (``wall``: on PostgreSQL, where the server works in its own process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from ...base.months import Month
    from ...store.db import close_database, open_database
    from ..shell import i18n
    from ..shell.app import make_application
    from ..shell.context import AppContext
    from .daily_tab import DailyTab

    now = time.perf_counter if wall else time.process_time
    app = make_application()
    i18n.install(app, "zh_CN")
    open_database(location)
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
        t0 = now()
        ctx.set_month(target)
        QCoreApplication.processEvents()
        tab.grab()
        if target == month:
            times.append(now() - t0)
    shown, events = tab.model.rowCount(), tab.model.total_rows()
    tab.close()
    tab.deleteLater()
    QCoreApplication.processEvents()
    close_database()
    del app
    return {"seconds": statistics.median(times), "shown": shown, "events": events}


# The cold start: a fresh interpreter until the main window has painted, against a bare PySide6
# QMainWindow started the same way. Each script prints two instants, at the first paint and once
# the tab in view has loaded: the CPU time its main thread has spent since it started
# (``time.thread_time``: the interpreter's start-up included; neither the other programs sharing
# the machine nor the database check running beside the window in its own thread), or the wall
# clock (then the parent subtracts the instant it launched it).
COLD_APP = """
import sys, time
now = time.thread_time if sys.argv[2] == "cpu" else time.time
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
painted = now()
while not w._tabs:
    QCoreApplication.processEvents()
QCoreApplication.processEvents()
w.grab()
print(painted, now(), flush=True)
import os
os._exit(0)
"""

COLD_BARE = """
import sys, time
now = time.thread_time if sys.argv[2] == "cpu" else time.time
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
QCoreApplication.processEvents()
w.grab()
t = now()
print(t, t, flush=True)
import os
os._exit(0)
"""


def _launch(script: str, location: str, clock: str) -> tuple[float, float]:
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time() if clock == "wall" else 0.0
    done = subprocess.run([sys.executable, "-c", script, location, clock], cwd=Path(__file__).resolve().parents[3],
                          env=env, check=True, capture_output=True, text=True, timeout=300)
    painted, ready = (float(x) for x in done.stdout.split()[-2:])
    return painted - t0, ready - t0


def cold_start(location: str, wall: bool = False, runs: int = 7) -> dict:
    """Seconds from launch to the painted main window (and to its tab loaded), and the same for
    a bare window: medians of ``runs`` launches taken in turns."""
    clock = "wall" if wall else "cpu"
    ours, bare = [], []
    for _ in range(runs):
        ours.append(_launch(COLD_APP, location, clock))
        bare.append(_launch(COLD_BARE, location, clock)[0])
    return {"cold_start": statistics.median(p for p, _ in ours), "cold_ready": statistics.median(r for _, r in ours),
            "bare_start": statistics.median(bare), "clock": clock}
