"""A new password typed twice, with its strength said in place as it is typed.

The rules are the core's (``users._check_new_password``): this widget only
says early what the core would refuse, so nobody meets the refusal after
pressing OK.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from ...trust import users


def strength_problem(password: str) -> str | None:
    """Why the core would refuse ``password`` (translated), or None."""
    from PySide6.QtCore import QCoreApplication

    if len(password) < users.MIN_PASSWORD:
        return QCoreApplication.translate("password", "At least {n} characters ({have} so far).").format(n=users.MIN_PASSWORD, have=len(password))
    if len(password) > 200:
        return QCoreApplication.translate("password", "At most 200 characters.")
    if password.isdigit() and len(set(password)) <= 2:
        return QCoreApplication.translate("password", "Too simple: mix letters and digits.")
    return None


def strength_label(password: str) -> str:
    """A word for an acceptable password: fair or strong."""
    from PySide6.QtCore import QCoreApplication

    kinds = sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                 any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))
    if len(password) >= 12 and kinds >= 3:
        return QCoreApplication.translate("password", "Strong password.")
    return QCoreApplication.translate("password", "Acceptable. Longer, with letters, digits and signs, is stronger.")


class NewPasswordFields(QObject):
    """Two password rows and a message row; ``add_rows(form)`` puts them in a form.

    ``problem()`` is None when the two entries agree and the core would accept them.
    ``validity_changed(bool)`` fires as that changes.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.Password)
        self.first.setObjectName("newPassword")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.Password)
        self.second.setObjectName("newPasswordAgain")
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self._valid = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def add_rows(self, form: QFormLayout, first_label: str | None = None) -> None:
        form.addRow(first_label or self.tr("Password:"), self.first)
        form.addRow(self.tr("Password again:"), self.second)
        form.addRow("", self.message)

    def password(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        first, second = self.first.text(), self.second.text()
        problem = strength_problem(first)
        if problem:
            return problem
        if second != first:
            return self.tr("The two passwords differ.") if second else self.tr("Type the password again.")
        return None

    def _update(self) -> None:
        problem = self.problem()
        first = self.first.text()
        if not first:
            self.message.setStyleSheet("color: #666;")
            self.message.setText(self.tr("At least {n} characters; letters and digits.").format(n=users.MIN_PASSWORD))
        elif problem:
            self.message.setStyleSheet("color: #c62828;")
            self.message.setText(problem)
        else:
            self.message.setStyleSheet("color: #1b7a35;")
            self.message.setText(strength_label(first))
        valid = problem is None
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
