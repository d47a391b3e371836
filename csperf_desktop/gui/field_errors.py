"""Showing a core validation error next to the field it names."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..errors import CsperfError

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px; background: #fff7f7;"


class FieldErrors:
    """Maps core field names to (input widget, error label) and shows messages there."""

    def __init__(self, fields: dict[str, tuple[QWidget, QLabel]], fallback: QLabel):
        self.fields = fields
        self.fallback = fallback

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.setToolTip("")
            widget.setStyleSheet("")
        self.fallback.clear()

    def show(self, exc: CsperfError) -> bool:
        """Put the message beside its field (or at the bottom); always handled."""
        self.clear()
        target = self.fields.get(exc.field or "")
        if target is None:
            self.fallback.setText(exc.message)
            self._make_room(self.fallback)
            return True
        widget, label = target
        label.setText(exc.message)
        label.setToolTip(exc.message)
        widget.setStyleSheet(INVALID_STYLE)
        widget.setFocus()
        self._make_room(label)
        return True

    @staticmethod
    def _make_room(label: QLabel) -> None:
        """A dialog grows to show a message that wraps onto a second line."""
        window = label.window()
        if isinstance(window, QDialog):
            window.layout().activate()
            needed = window.sizeHint().height()
            if needed > window.height():
                window.resize(window.width(), needed)
