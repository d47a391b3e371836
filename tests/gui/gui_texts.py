"""What a window shows, and the English words left in it (for the translation checks)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget, QTableView,
                               QComboBox)

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"csperf", "PDF", "Excel", "Enter", "Tab", "Ctrl", "PgUp", "PgDown", "English", "YYYY", "system"}


def english_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", "", re.sub(r"\(&\w\)", "", text or ""))
    return [w for w in ENGLISH_WORD.findall(text) if w not in ALLOWED]


def visible_texts(widget) -> list[tuple[str, str]]:
    """Every piece of interface text a person can see in a window or dialog (not the data)."""
    found = [("title", widget.windowTitle())]
    if hasattr(widget, "menuBar"):
        for menu in widget.menuBar().findChildren(QMenu):
            found.append(("menu", menu.title()))
            found += [("action", a.text()) for a in menu.actions()]
    for tabs in widget.findChildren(QTabWidget):
        found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    found += [("label", w.text()) for w in widget.findChildren(QLabel)]
    found += [("button", w.text()) for w in widget.findChildren(QAbstractButton)]
    found += [("group", w.title()) for w in widget.findChildren(QGroupBox)]
    found += [("placeholder", w.placeholderText()) for w in widget.findChildren(QLineEdit)]
    for w in widget.findChildren(QComboBox):
        if not w.isEditable():
            found += [("choice", w.itemText(i)) for i in range(w.count())]
    for view in widget.findChildren(QTableView):
        model = view.model()
        found += [("header", model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    return found
