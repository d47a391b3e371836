#!/usr/bin/env bash
# Builds the one-folder desktop bundle (dist/csperf/) and runs its self-test.
# On Windows run the same two steps in a terminal:
#   .venv\Scripts\pip install -e .[bundle]
#   .venv\Scripts\pyinstaller --noconfirm pyinstaller.spec
#   dist\csperf\csperf.exe --self-test
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[bundle]"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN pyinstaller.spec
echo "bundle built in $(( $(date +%s) - start )) s: $(du -sh dist/csperf | cut -f1) in dist/csperf/"
QT_QPA_PLATFORM=offscreen dist/csperf/csperf --self-test
