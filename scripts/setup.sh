#!/usr/bin/env bash
# Prepares this checkout to run: the system libraries Qt needs and CJK fonts
# (Debian/Ubuntu, when run as root or with sudo), then a virtual environment
# in .venv with the pinned Python packages. Safe to run again: it only does
# what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

system_packages="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-wqy-microhei"
# Rare characters in names (CJK Extensions A and B: 䶮, 𠀾) printed from the Hanazono fonts.
system_packages="$system_packages fonts-hanazono"
# Qt's xcb platform plugin (a real window on an X desktop): the libraries it links and
# libxcb-cursor0, which Qt 6.5+ insists on before loading the plugin.
system_packages="$system_packages libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1
 libxcb-shm0"
[ "$want_test" = 1 ] && system_packages="$system_packages poppler-utils"

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for p in $system_packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        if [ -z "$sudo" ] || command -v sudo >/dev/null 2>&1; then
            echo "csperf setup: installing system packages:$missing"
            $sudo apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
        else
            echo "csperf setup: please install these system packages:$missing" >&2
        fi
    fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "csperf setup: creating .venv"
    "$python" -m venv .venv
fi

extras="."
[ "$want_test" = 1 ] && extras=".[test]"
sum=$(cat pyproject.toml | cksum | cut -d' ' -f1)
stamp=".venv/.csperf-installed-$sum-$want_test"
# The test set-up includes everything the program needs: no second install to start it.
if [ ! -f "$stamp" ] && ! { [ "$want_test" = 0 ] && [ -f ".venv/.csperf-installed-$sum-1" ]; }; then
    echo "csperf setup: installing Python packages (first run takes a minute)"
    .venv/bin/python -m pip install -q --disable-pip-version-check -e "$extras"
    rm -f .venv/.csperf-installed-*
    touch "$stamp"
fi
# Byte-compile the program's own modules (pip does this for the packages, not for an
# editable checkout): start-up then loads them without compiling, even where
# PYTHONDONTWRITEBYTECODE is set. Only changed files are compiled again.
.venv/bin/python -m compileall -q csperf_desktop main.py >/dev/null
