#!/usr/bin/env bash
# Starts csperf, setting up .venv on first use. Arguments go to main.py,
# e.g. ./csperf.sh --demo
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "csperf: no display found (DISPLAY is not set); starting without a window (offscreen). Press Ctrl+C to stop." >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec .venv/bin/python main.py "$@"
