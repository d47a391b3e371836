"""Long jobs with a known count show a determinate progress bar (value of maximum)."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog


def test_the_demo_at_start_shows_how_far_it_has_got(qapp, monkeypatch, tmp_path):
    from csperf_desktop.devtools import demo
    from csperf_desktop.gui.shell import app
    from csperf_desktop.store.db import close_database

    seen = []

    def fake_build(company="示范客服中心", progress=None):
        for done in range(1, demo.STEPS + 1):
            progress(done, demo.STEPS)
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
            assert len(shown) == 1
            seen.append((shown[0].value(), shown[0].maximum()))

    monkeypatch.setattr(demo, "build_demo", fake_build)
    monkeypatch.setattr(app.tempfile, "mkdtemp", lambda prefix="": str(tmp_path))
    try:
        app.open_startup_database(SimpleNamespace(demo=True))
    finally:
        close_database()
    assert seen == [(i, demo.STEPS) for i in range(1, demo.STEPS + 1)]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_worker_thread_moves_a_bar_on_the_ui_thread(qtbot):
    from csperf_desktop.gui.shell.background import ProgressRelay

    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 0)
    relay = ProgressRelay()
    relay.follow(bar)
    worker = threading.Thread(target=lambda: [relay.report(i, 40) for i in range(1, 41)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bar.value() == 40)
    assert (bar.minimum(), bar.maximum()) == (0, 40)
