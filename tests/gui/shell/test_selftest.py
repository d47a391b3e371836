"""The --self-test the installed bundle runs, here from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_self_test_opens_the_window_and_prints(tmp_path):
    # The user last left the window on another tab: the self-test neither follows nor overwrites that.
    config = tmp_path / "config"
    (config / "csperf").mkdir(parents=True)
    remembered = "[window]\ntab=2\nmonth=2020-01\n"
    (config / "csperf" / "csperf.conf").write_text(remembered)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSPERF_DATA_DIR=str(tmp_path), XDG_CONFIG_HOME=str(config))
    r = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "main window drawn" in r.stdout
    assert "日常评分" in r.stdout
    assert "bulletin and scorecard printed" in r.stdout
    assert "a roster sheet read (python-calamine)" in r.stdout
    assert "analysis window: trend chart of 3 lines drawn by pyqtgraph" in r.stdout
    assert "management summary of" in r.stdout
    assert "calibration report printed" in r.stdout
    assert "exam paper, answer sheet and key printed" in r.stdout
    assert "self-test passed" in r.stdout
    assert (config / "csperf" / "csperf.conf").read_text() == remembered
    assert sorted(p.name for p in (config / "csperf").iterdir()) == ["csperf.conf"]


def test_a_blank_chart_picture_is_told_from_a_drawn_one(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    from csperf_desktop.gui.shell.selftest import drawn_share

    image = QImage(300, 200, QImage.Format_RGB32)
    image.fill(Qt.white)
    assert drawn_share(image, 0xFFFFFF) == (0.0, 0)
    painter = QPainter(image)
    for n, colour in enumerate(("#1f5fa8", "#e08a00", "#7f7f7f")):
        painter.setPen(QPen(QColor(colour), 4))
        painter.drawLine(0, 20 + 60 * n, 299, 80 + 60 * n)
    painter.end()
    share, colours = drawn_share(image, 0xFFFFFF)
    assert share > 0.01 and colours >= 3
