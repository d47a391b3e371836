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


def test_printing_every_scorecard_shows_card_n_of_the_total(qtbot, demo_db, ctx, answers, monkeypatch, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.gui.printing import print_dialogs, printing
    from csperf_desktop.gui.shell import filework
    from csperf_desktop.monthly.standings import standings
    from PySide6.QtWidgets import QDialog, QFileDialog

    month = Month(2026, 9)  # published in the demo office at the fixed clock
    ctx.set_month(month)
    monkeypatch.setattr(print_dialogs.ScorecardsDialog, "exec", lambda self: QDialog.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "cards.pdf"), "")))
    monkeypatch.setattr(filework, "offer_open", lambda *a, **k: "")
    seen = []
    set_value = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, v: (seen.append((v, self.maximum())), set_value(self, v))[1])
    task = printing.print_scorecards(ctx, None)
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert task.ok, answers.errors
    people = len(standings(month))
    assert seen and {total for _v, total in seen} == {people}  # determinate: value of the number of cards
    assert seen[-1] == (people, people) and [v for v, _t in seen] == sorted(v for v, _t in seen)
