#!/usr/bin/env bash
# Builds the one-folder desktop bundle (dist/csperf/) and runs its self-test.
# On Windows run the same two steps in a terminal:
#   .venv\Scripts\pip install -e .[bundle]
#   .venv\Scripts\pyinstaller --noconfirm pyinstaller.spec
#   dist\csperf\csperf.exe --self-test
# The self-test also opens the analysis window (pyqtgraph, numpy), prints the management summary,
# a calibration report and an exam paper: what the bundle would lose if an on-demand import went missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[bundle]"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN pyinstaller.spec
echo "bundle built in $(( $(date +%s) - start )) s: $(du -sh dist/csperf | cut -f1) in dist/csperf/"
QT_QPA_PLATFORM=offscreen dist/csperf/csperf --self-test
# The bundle on a real X display too (its own xcb plugin and X libraries), where Xvfb is at hand.
if command -v Xvfb >/dev/null 2>&1; then
    bash scripts/desktop-smoke.sh --bundle
else
    echo "build-bundle: Xvfb not installed; the bundle was not tried on an X display (scripts/desktop-smoke.sh --bundle)"
fi
