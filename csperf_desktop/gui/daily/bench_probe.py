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
