"""The File menu's Excel entries, built without importing the Excel machinery.

openpyxl and the import checks load only when an entry is chosen, so they
cost nothing at start-up. The labels use the "excel" translation context of
``excel_dialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu

IMPORT_KINDS = {
    "staff": QT_TRANSLATE_NOOP("excel", "Staff roster"),
    "events": QT_TRANSLATE_NOOP("excel", "Scoring events"),
    "figures": QT_TRANSLATE_NOOP("excel", "Monthly figures"),
    "exams": QT_TRANSLATE_NOOP("excel", "Exam results"),
    "annual_review": QT_TRANSLATE_NOOP("excel", "Annual review (ratings, interview, sign-off)"),
}
EXPORT_KINDS = {
    "month": QT_TRANSLATE_NOOP("excel", "Month results"),
    "events": QT_TRANSLATE_NOOP("excel", "Event log of the month"),
    "figures": QT_TRANSLATE_NOOP("excel", "Monthly figures"),
    "exams": QT_TRANSLATE_NOOP("excel", "Exam results of the month"),
    "appeals": QT_TRANSLATE_NOOP("excel", "Appeals of the month"),
    "gifts": QT_TRANSLATE_NOOP("excel", "Order gifts of the month"),
    "staff": QT_TRANSLATE_NOOP("excel", "Staff roster"),
    "all": QT_TRANSLATE_NOOP("excel", "Everything (archive of all tables)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("excel", text)


def _call(name: str, *args) -> None:
    from . import excel_dialogs

    getattr(excel_dialogs, name)(*args)


def add_excel_menus(ctx, parent, menu: QMenu, before) -> list[QMenu]:
    """Insert "Import from Excel", "Save import template" and "Export to Excel" before ``before``."""
    imports = QMenu(_tr(QT_TRANSLATE_NOOP("excel", "&Import from Excel")), menu)
    templates = QMenu(_tr(QT_TRANSLATE_NOOP("excel", "Save import &template")), menu)
    for kind, label in IMPORT_KINDS.items():
        imports.addAction(_tr(label) + "…").triggered.connect(
            lambda _=False, k=kind: _call("import_file", ctx, parent, k))
        templates.addAction(_tr(label) + "…").triggered.connect(
            lambda _=False, k=kind: _call("save_template", ctx, parent, k))
    exports = QMenu(_tr(QT_TRANSLATE_NOOP("excel", "&Export to Excel")), menu)
    for what, label in EXPORT_KINDS.items():
        if what == "all":
            exports.addSeparator()
        exports.addAction(_tr(label) + "…").triggered.connect(
            lambda _=False, w=what: _call("export", ctx, parent, w))
    for sub in (imports, templates, exports):
        menu.insertMenu(before, sub)
    return [imports, templates, exports]
