#!/usr/bin/env bash
# Runs the whole test suite, setting up .venv on first use. Extra arguments
# go to pytest, e.g. ./run-tests.sh -k scoring
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m pytest "$@"
