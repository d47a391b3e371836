"""The GUI language: English source strings, Simplified Chinese shipped.

Chinese is the default on a Chinese, C or unset locale; the choice made in
Settings → Language is kept in QSettings and applies at the next start.
Coded values (areas, methods, roles, …) carry both labels in the core's
``vocab``; ``label`` picks the one for the active language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator

from ...base import clock, vocab
from ...base import text
from ...base.months import Month

LANGUAGES = ("zh_CN", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"

# Qt's own labels that its shipped Chinese catalogue (qtbase_zh_CN.qm) lacks: Qt 6.11's file
# dialog added mnemonics to two of them. They are translated in our catalogue, which is asked
# too, so the file picker is all Chinese.
QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_active = "zh_CN"
_translators: list[QTranslator] = []


def _system_locale_name() -> str:
    """The PC's locale: LC_ALL / LC_MESSAGES / LANG when set (POSIX), else what Qt reads
    from the system (Windows' regional settings)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    return QLocale.system().name()


def system_language() -> str:
    """zh_CN for a Chinese, C or unset locale; en otherwise."""
    value = (_system_locale_name() or "").split(".")[0]
    if not value or value in ("C", "POSIX") or value.lower().startswith(("zh", "chinese")):
        return "zh_CN"
    return "en"


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else the language saved in Settings, else the system's."""
    if explicit in LANGUAGES:
        return explicit
    saved = QSettings().value("language", "", str)
    if saved in LANGUAGES:
        return saved
    return system_language()


def save_language(lang: str) -> None:
    QSettings().setValue("language", lang)


def install(app, lang: str) -> str:
    """Install the translators for ``lang`` (our .qm and Qt's own); returns the active language."""
    global _active
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    _active = lang
    if lang == "zh_CN":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "csperf_zh_CN.qm")):
            app.installTranslator(ours)
            _translators.append(ours)
        from PySide6.QtCore import QLibraryInfo

        qt_base = QTranslator(app)
        if qt_base.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
                        QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt_base)
            _translators.append(qt_base)
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    else:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    return _active


def active() -> str:
    return _active


def is_chinese() -> bool:
    return _active == "zh_CN"


def label(table: dict, code: str) -> str:
    """A coded value's label in the active language."""
    return vocab.zh(table, code) if is_chinese() else vocab.en(table, code)


def revision_label(n: int) -> str:
    """A published month's revision as the paper names it (``vocab.revision_label``):
    第 2 版（修订） in Chinese, Version 2 (revised) in English."""
    return vocab.revision_label(n, "zh" if is_chinese() else "en")


def month_label(month: Month) -> str:
    return month.label_zh if is_chinese() else month.first_day.strftime("%B %Y")


def fmt_time(utc) -> str:
    """A stored UTC time as local time, written the way the active language writes it."""
    if utc is None:
        return ""
    return text.fmt_local(utc) if is_chinese() else f"{clock.to_local(utc):%Y-%m-%d %H:%M}"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
