"""The analysis window's figure for ``python main.py bench``, measured offscreen in a child
process (the core imports no Qt): opening the window on a 12-month range until it has
painted the heat map — the core's load, the table and the first paint — median of several
openings. The wall time and the process's CPU time are both reported: on a shared machine the
CPU time is what the window itself costs."""

from __future__ import annotations

import statistics
import time


def measure(path: str, last: str, runs: int = 5) -> dict:
    from PySide6.QtWidgets import QApplication, QWidget

    from ...base.months import Month
    from ...store.db import open_database
    from ..shell.app import apply_look
    from ..shell.context import AppContext
    from .analysis_window import AnalysisWindow

    app = QApplication.instance() or QApplication([])
    apply_look(app)
    open_database(path)
    ctx = AppContext()
    end = Month.parse(last)
    walls, cpus = [], []
    for _ in range(runs + 1):
        parent = QWidget()
        t0, c0 = time.perf_counter(), time.process_time()
        window = AnalysisWindow(ctx, parent)
        window.set_range(end.add(-11), end)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.grab()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        window.close()
        parent.deleteLater()
        app.processEvents()
    walls, cpus = walls[1:], cpus[1:]  # the first opening also imports the window's modules
    return {"analysis_open": statistics.median(walls), "analysis_open_cpu": statistics.median(cpus),
            "people": window.models["heat"].rowCount()}
