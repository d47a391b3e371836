"""Settings survive a restart of the main window; scoring settings are validated."""

from __future__ import annotations

from csperf_desktop.office import settings as settings_mod
from csperf_desktop.gui.shell import i18n
from csperf_desktop.gui.admin.settings_dialog import SettingsDialog
from csperf_desktop.base.months import Month


def test_window_geometry_tab_and_month_survive_a_restart(qtbot, office, make_window):
    window = make_window()
    window.resize(760, 640)  # the offscreen screen is 800×800; restoreGeometry keeps a window on screen
    qtbot.waitUntil(lambda: window.height() == 640)
    size = window.size()
    window.ui.tabs.setCurrentIndex(0)
    window.step_month(-1)
    assert window.ctx.month == Month(2026, 9)
    window.close()

    again = make_window()
    assert again.ctx.month == Month(2026, 9)
    assert again.month_combo.currentData() == "2026-09"
    assert again.ui.tabs.currentIndex() == 0
    assert again.size() == size
    assert "2026" in again.windowTitle()


def test_language_choice_is_kept_for_the_next_start(qtbot, office, make_window, answers):
    window = make_window()
    window.ui.actionLanguageChinese.trigger()
    assert answers.infos  # told it applies at restart
    assert i18n.chosen_language() == "zh_CN"
    window.ui.actionLanguageEnglish.trigger()
    assert i18n.chosen_language() == "en"
    assert i18n.chosen_language("zh_CN") == "zh_CN"  # --lang wins for one start


def test_scoring_settings_saved_and_shown_again(qtbot, office, ctx, make_window):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.widgets["company_name"].setText("华东客服中心")
    dialog.widgets["gift_tier_b"].setValue(300)  # below tier A: refused
    dialog.save()
    assert "礼品档位" in dialog.error_labels["gift_tier_a"].text()
    assert settings_mod.load().company_name == "示例客服中心"
    dialog.widgets["gift_tier_b"].setValue(1200)
    dialog.widgets["award_mode"].setCurrentIndex(dialog.widgets["award_mode"].findData("top_score"))
    dialog.save()
    s = settings_mod.load()
    assert (s.company_name, s.gift_tier_b, s.award_mode) == ("华东客服中心", 1200, "top_score")
    window = make_window()
    assert window.windowTitle().startswith("华东客服中心")
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.widgets["gift_tier_b"].value() == 1200
