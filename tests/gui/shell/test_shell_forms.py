"""Help → About and the user guide are Designer forms."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_about_and_guide_are_built_from_their_forms(qtbot, ctx):
    from csperf_desktop.gui.shell.about_dialog import AboutDialog
    from csperf_desktop.gui.shell.help_window import HelpWindow
    from csperf_desktop.gui.widgets.offline_browser import OfflineBrowser

    about, guide = AboutDialog(ctx), HelpWindow()
    for window in (about, guide):
        qtbot.addWidget(window)
        assert type(window.ui).__name__ == f"Ui_{type(window).__name__}"
    assert about.database_label.objectName() == "databaseLocation"
    assert isinstance(guide.browser, OfflineBrowser) and guide.browser.objectName() == "guide"


def test_the_guide_opens_with_the_find_field_first(qtbot):
    from csperf_desktop.gui.shell.help_window import HelpWindow

    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitUntil(lambda: guide.focusWidget() is not None)
    assert guide.focusWidget() is guide.find_edit
    after = guide.find_edit.nextInFocusChain()
    while not after.focusPolicy() & Qt.TabFocus:  # the field's own clear button is skipped
        after = after.nextInFocusChain()
    assert after is guide.contents
