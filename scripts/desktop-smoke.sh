#!/usr/bin/env bash
# The program on a real X display (Xvfb and Qt's xcb platform plugin), not offscreen:
# the self-test opens the window there, prints, and saves a picture of the window.
# Catches what offscreen tests cannot: a missing X library or a plugin that will not load.
#   bash scripts/desktop-smoke.sh [PICTURE.png]            the source tree (.venv)
#   bash scripts/desktop-smoke.sh --bundle [PICTURE.png]   the built bundle, dist/csperf/ (build-bundle.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
program=(.venv/bin/python main.py)
if [ "${1:-}" = "--bundle" ]; then
    shift
    program=(dist/csperf/csperf)
    [ -x dist/csperf/csperf ] || { echo "desktop-smoke: no bundle in dist/csperf/ (run scripts/build-bundle.sh)" >&2; exit 1; }
else
    bash scripts/setup.sh
fi
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "desktop-smoke: installing Xvfb"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends xvfb >/dev/null
fi
picture=${1:-$(mktemp -d)/csperf-desktop.png}
display=""
for n in $(seq 90 120); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "desktop-smoke: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
out=$(DISPLAY="$display" QT_QPA_PLATFORM=xcb CSPERF_SELFTEST_SHOT="$picture" "${program[@]}" --self-test 2>&1) || {
    echo "$out" >&2
    echo "desktop-smoke: the self-test failed on the X display" >&2
    exit 1
}
echo "$out"
echo "$out" | grep -q "Qt platform: xcb" || { echo "desktop-smoke: Qt did not use the xcb platform" >&2; exit 1; }
echo "$out" | grep -q "trend chart of .* drawn by pyqtgraph" || { echo "desktop-smoke: no analysis chart drawn" >&2; exit 1; }
[ -s "$picture" ] || { echo "desktop-smoke: no picture of the window" >&2; exit 1; }
echo "desktop-smoke: passed on $display with the xcb platform; picture: $picture"
