"""The window fits a 1024×768 screen and a 1366×768 laptop at 125 % (1093×614 logical pixels):
no tab, in Chinese, asks for more room than that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csperf_desktop.gui.shell import i18n
from csperf_desktop.gui.shell.main_window import TABS


def test_every_tab_fits_a_small_screen(qapp, demo_db, make_window):
    i18n.install(qapp, "zh_CN")
    try:
        window = make_window()
        window.resize(1024, 614)
        sizes = {}
        for name in TABS:
            page = window.tab(name)
            window.ui.tabs.setCurrentWidget(page)
            QCoreApplication.processEvents()
            hint = window.minimumSizeHint()
            sizes[name] = (hint.width(), hint.height())
    finally:
        i18n.install(qapp, "en")
    too_big = {name: size for name, size in sizes.items() if size[0] > 1024 or size[1] > 614}
    assert too_big == {}
