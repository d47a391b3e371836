"""The few ways the GUI talks back: errors, confirmations, a reason to type.

Kept in one module so every message box looks the same (and tests can stand
in for a person clicking).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Warning, title or QCoreApplication.translate("messages", "Cannot do that"), message, QMessageBox.Ok, parent)
    box.exec()


def info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Information, title or QCoreApplication.translate("messages", "Information"), message, QMessageBox.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, message: str, ok_text: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Question, title, message, QMessageBox.Cancel, parent)
    ok = box.addButton(ok_text or QCoreApplication.translate("messages", "OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(QMessageBox.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
    """A line of text (e.g. a reason), or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.Normal, text)
    return value if ok else None
