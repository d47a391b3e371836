"""Type-ahead pickers: a combo box whose text finds a person or a rule by
number, code or name as the supervisor types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class TypeAheadCombo(QComboBox):
    """Editable combo; each item is "KEY label" with its id as data."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)
        self.keys: list[str] = []

    def set_items(self, items: list[tuple[str, str, int]]) -> None:
        """``items``: (key, label, id). Keeps the current choice when it is still there."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        self.keys = []
        for key, label, ident in items:
            self.addItem(f"{key}  {label}", ident)
            self.keys.append(key.lower())
        self.blockSignals(False)
        self.select_id(current)

    def select_id(self, ident) -> None:
        index = self.findData(ident) if ident is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def resolved_index(self) -> int:
        """The item the typed text means: exact text, exact key, or the only item containing it."""
        text = self.currentText().strip().lower()
        if not text:
            return -1
        texts = [self.itemText(i).lower() for i in range(self.count())]
        if text in texts:
            return texts.index(text)
        if text in self.keys:
            return self.keys.index(text)
        names = [t.split(None, 1)[1] if " " in t else t for t in texts]
        if text in names:
            return names.index(text)
        hits = [i for i, t in enumerate(texts) if text in t]
        return hits[0] if len(hits) == 1 else -1

    def current_id(self):
        index = self.resolved_index()
        return self.itemData(index) if index >= 0 else None

    def commit_text(self) -> None:
        """Turn what was typed into the matching item (when exactly one matches)."""
        index = self.resolved_index()
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index >= 0:
            self.setEditText(self.itemText(index))
