"""A real window on a Linux desktop: the xcb platform plugin finds every library it needs.

The tests themselves run offscreen, so a missing X library would otherwise only show when a
person starts the program on a desktop ("could not load the Qt platform plugin xcb").
"""

from __future__ import annotations

import ctypes.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import PySide6

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux only")


def test_the_xcb_platform_plugin_links_every_library_it_needs():
    if shutil.which("ldd") is None:
        pytest.fail("ldd is needed to check the platform plugin (package libc-bin)")
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.exists()
    missing = [line.strip() for lib in (plugin, qt / "lib" / "libQt6XcbQpa.so.6")
               for line in subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout.splitlines()
               if "not found" in line]
    assert missing == [], "run scripts/setup.sh (as root) to install: " + ", ".join(missing)


def test_libxcb_cursor_is_installed_for_qt_to_load_the_xcb_plugin():
    assert ctypes.util.find_library("xcb-cursor"), "libxcb-cursor0 is missing: run scripts/setup.sh as root"
