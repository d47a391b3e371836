"""The generated forms are current, and the Chinese UI shows no English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui_texts import english_words, visible_texts

ROOT = Path(__file__).resolve().parents[3]
# Words that are the same in both languages: the product, codes, key names.


def test_generated_forms_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_forms_import_only_the_qt_names_they_use():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_forms import keep_used_imports
    finally:
        sys.path.remove(str(ROOT / "tools"))
    uic_style = ("from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,\n"
                 "    QMetaObject, QObject, QPoint, QRect,\n    QSize, QTime, QUrl, Qt)\n"
                 "from PySide6.QtGui import (QBrush, QColor)\n"
                 "from PySide6.QtWidgets import (QApplication, QDialog, QLabel,\n    QVBoxLayout)\n\n"
                 "class Ui_X(object):\n    def setupUi(self, X):\n        self.label = QLabel(X)\n"
                 "        self.label.setAlignment(Qt.AlignCenter)\n"
                 "        self.label.setText(QCoreApplication.translate(\"X\", u\"Hi\", None))\n")
    trimmed = keep_used_imports(uic_style)
    assert trimmed.splitlines()[:2] == ["from PySide6.QtCore import (QCoreApplication, Qt)",
                                        "from PySide6.QtWidgets import (QLabel)"]
    assert trimmed.endswith(uic_style[uic_style.index("\nclass Ui_X"):])
    compile(trimmed, "ui_x.py", "exec")
    # and every checked-in form keeps nothing it does not use
    for form in (ROOT / "csperf_desktop" / "gui" / "forms").glob("ui_*.py"):
        text = form.read_text(encoding="utf-8")
        assert keep_used_imports(text) == text, form.name


def test_chinese_translation_is_complete_and_compiled():
    ts = (ROOT / "resources" / "translations" / "csperf_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert (ROOT / "resources" / "translations" / "csperf_zh_CN.qm").stat().st_size > 1000


def test_chinese_main_window_has_no_untranslated_english(qtbot, qapp, demo_db, make_window):
    from csperf_desktop.gui.shell import i18n

    i18n.install(qapp, "zh_CN")
    try:
        window = make_window()
        window.ctx.set_month(window.ctx.month.prev())  # a published month: the lock banner shows too
        leftovers = [(kind, text) for kind, text in visible_texts(window) if english_words(text)]
        assert leftovers == []
        assert window.ui.tabs.tabText(0) == "人员" and window.ui.tabs.tabText(1) == "日常评分"
    finally:
        i18n.install(qapp, "en")


def test_chinese_dialogs_have_no_untranslated_english(qtbot, qapp, demo_db, ctx):
    from csperf_desktop.office import settings as settings_mod
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.daily.publish_dialog import PublishDialog
    from csperf_desktop.gui.staff.rulebook_dialog import RuleDialog, RulebookDialog
    from csperf_desktop.gui.admin.settings_dialog import SettingsDialog
    from csperf_desktop.gui.staff.staff_tab import StaffDialog

    i18n.install(qapp, "zh_CN")
    try:
        for dialog in (StaffDialog(ctx), RuleDialog(ctx), RulebookDialog(ctx), SettingsDialog(ctx),
                       PublishDialog(ctx, ctx.month)):
            qtbot.addWidget(dialog)
            leftovers = [(type(dialog).__name__, kind, text) for kind, text in visible_texts(dialog)
                         if english_words(text)]
            assert leftovers == []
        # Every scoring setting the core declares has a Chinese label.
        from PySide6.QtCore import QCoreApplication

        missing = [d.label for d in settings_mod.SETTINGS
                   if QCoreApplication.translate("settings", d.label) == d.label]
        assert missing == []
    finally:
        i18n.install(qapp, "en")
