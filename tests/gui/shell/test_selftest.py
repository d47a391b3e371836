"""The --self-test the installed bundle runs, here from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_self_test_opens_the_window_and_prints(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSPERF_DATA_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "main window drawn" in r.stdout
    assert "日常评分" in r.stdout
    assert "bulletin and scorecard printed" in r.stdout
    assert "a roster sheet read (python-calamine)" in r.stdout
    assert "self-test passed" in r.stdout
