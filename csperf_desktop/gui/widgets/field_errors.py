"""Showing a core validation error next to the field it names."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...base.errors import CsperfError

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px; background: #fff7f7;"
INVALID_BASE = QColor("#ffe4e4")


def message_label() -> QLabel:
    """The small wrapped label a field's (or a form's) problem is shown in."""
    label = QLabel()
    label.setObjectName("entryMessage")
    label.setWordWrap(True)
    return label


def form_rows(form: QFormLayout, rows) -> dict:
    """Add ``(key, label text, widget)`` rows to ``form``, each field with its error line
    under it; returns ``{key: (widget, error label)}`` for ``FieldErrors``."""
    out = {}
    for key, text, widget in rows:
        err = message_label()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(err)
        form.addRow(text, box)
        form.labelForField(box).setBuddy(widget)
        out[key] = (widget, err)
    return out


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field with a problem. Spin and date boxes get a tinted background
    instead: a style sheet would redraw their arrows in the plain style sheet look."""
    if isinstance(widget, QAbstractSpinBox):
        for target in [widget] + widget.findChildren(QLineEdit):
            if invalid:
                palette = QPalette(target.palette())
                palette.setColor(QPalette.Base, INVALID_BASE)
                target.setPalette(palette)
            else:
                target.setPalette(QPalette())
    else:
        widget.setStyleSheet(INVALID_STYLE if invalid else "")


class FieldErrors:
    """Maps core field names to (input widget, error label) and shows messages there."""

    def __init__(self, fields: dict[str, tuple[QWidget, QLabel]], fallback: QLabel):
        self.fields = fields
        self.fallback = fallback
        self.marked: QWidget | None = None

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.setToolTip("")
            if widget is self.marked:
                mark_invalid(widget, False)
        self.marked = None
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
        mark_invalid(widget, True)
        self.marked = widget
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
