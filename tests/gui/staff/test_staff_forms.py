"""The Staff tab and the rulebook are Designer forms: built from their forms, no English in
Chinese, and the names the rest of the program uses are the form's widgets."""

from __future__ import annotations


def test_staff_tab_and_rulebook_are_built_from_their_forms(qtbot, office, ctx):
    from csperf_desktop.gui.staff.rulebook_dialog import RulebookDialog
    from csperf_desktop.gui.staff.staff_tab import StaffTab

    tab, rulebook = StaffTab(ctx), RulebookDialog(ctx)
    for window in (tab, rulebook):
        qtbot.addWidget(window)
        assert type(window.ui).__name__ == f"Ui_{type(window).__name__}"
    assert tab.table is tab.ui.table and tab.summary_marks is tab.ui.summaryMarks
    assert rulebook.toggle_button is rulebook.ui.toggleButton
    # Each summary line's label points at its value, as the form layout's own labels did.
    assert tab.ui.summaryScoreLabel.buddy() is tab.summary_score


def test_chinese_staff_tab_shows_no_english(qtbot, qapp, office, ctx):
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.staff.staff_tab import StaffTab
    from gui_texts import english_words, visible_texts

    i18n.install(qapp, "zh_CN")
    try:
        tab = StaffTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        leftovers = [(kind, text) for kind, text in visible_texts(tab) if english_words(text)]
        assert leftovers == []
        assert tab.ui.summaryBox.title() == "本月概况"
    finally:
        i18n.install(qapp, "en")
