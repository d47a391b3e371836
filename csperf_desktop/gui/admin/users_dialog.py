"""Settings → Users: the administrator manages accounts; anyone changes their own password.

Entry points:

- ``UsersDialog(ctx, parent).exec()`` — the list of accounts with Add, Change
  role, Disable/Enable (accounts are never deleted), Reset password and Unlock
  (an account locked by wrong passwords) for an administrator; everyone sees "Change my password". Every change goes through
  ``run_op`` with ``what="users"``.
- ``change_own_password(ctx, parent) -> bool`` — just the change-my-password
  dialog (for a menu item of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QWidget

from ...trust import users
from ..widgets import table_tools
from ...base.text import local_minutes
from ...store.models import User
from ...base.vocab import USER_ROLES
from ..forms.ui_add_user_dialog import Ui_AddUserDialog
from ..forms.ui_password_dialog import Ui_PasswordDialog
from ..forms.ui_user_role_dialog import Ui_UserRoleDialog
from ..forms.ui_users_dialog import Ui_UsersDialog
from ..shell import i18n, messages
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
from ..widgets.password_fields import NewPasswordFields


class UsersModel(QAbstractTableModel):
    USERNAME, NAME, ROLE, STATUS, CREATED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[User] = []

    def set_rows(self, rows: list[User]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
                    self.tr("Created"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        u = self.rows[index.row()]
        c = index.column()
        if role == Qt.DisplayRole:
            if c == self.USERNAME:
                return u.username
            if c == self.NAME:
                return u.display_name
            if c == self.ROLE:
                return i18n.label(USER_ROLES, u.role)
            if c == self.STATUS:
                if u.active and users.is_locked(u):
                    return self.tr("Locked (wrong passwords)")
                return self.tr("Active") if u.active else self.tr("Disabled")
            if c == self.CREATED:
                return local_minutes(u.created_at)
        if role == Qt.ForegroundRole and not u.active:
            return QColor("#8a8f96")
        return None


def _fill_roles(combo: QComboBox, current: str | None = None) -> QComboBox:
    for code in USER_ROLES:
        combo.addItem(i18n.label(USER_ROLES, code), code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _tab_after(widget: QWidget, fields: NewPasswordFields) -> None:
    """The password rows, added to a form after it was set up, take their place in the tab order."""
    QWidget.setTabOrder(widget, fields.first)
    QWidget.setTabOrder(fields.first, fields.second)


def role_help() -> str:
    from PySide6.QtCore import QCoreApplication

    return "\n".join([
        QCoreApplication.translate("users", "Administrator: everything, also users, reopening months, restoring backups."),
        QCoreApplication.translate("users", "Supervisor: scoring, staff, rules, publishing, appeals, annual review."),
        QCoreApplication.translate("users", "QA inspector: records events and spot checks; no publishing or appeals."),
        QCoreApplication.translate("users", "Viewer: reads and prints, changes nothing."),
    ])


class AddUserDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self.username = self.ui.username
        self.display_name = self.ui.displayName
        self.role = _fill_roles(self.ui.role, "supervisor")
        # One line per role (no word wrap): a wrapped label in a form row is given too little height.
        self.ui.roleHelp.setText(role_help())
        self.password = NewPasswordFields(self)
        self.bottom_error = self.ui.bottomError
        self.password.add_rows(self.ui.form, self.tr("First password:"))
        _tab_after(self.role, self.password)
        self.errors = FieldErrors({"username": (self.username, self.bottom_error),
                                   "role": (self.role, self.bottom_error),
                                   "password": (self.password.first, self.password.message)}, self.bottom_error)
        buttons = self.ui.buttons
        self.add_button = buttons.addButton(self.tr("Add user"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        problem = self.password.problem()
        if problem:
            self.password.first.setFocus()
            return
        op = run_op(self.ctx, self, users.create_user, self.username.text().strip(), self.password.password(),
                    self.role.currentData(), self.display_name.text().strip(), what="users",
                    on_error=self.errors.show)
        if op.error is None:
            self.accept()


class PasswordDialog(QDialog):
    """Change one's own password (old one asked) or, for an admin, reset someone else's."""

    def __init__(self, ctx, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.username = ctx, username
        self.own = ctx.actor.username == username
        self.setWindowTitle(self.tr("Change my password") if self.own
                            else self.tr("Reset the password of {user}").format(user=username))
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.old = self.ui.oldPassword
        self.bottom_error = self.ui.bottomError
        form = self.ui.form
        if self.own:
            form.setRowVisible(self.ui.resetNote, False)
        else:
            form.setRowVisible(self.old, False)
            self.ui.resetNote.setText(self.tr("Give the new password to {user} in person; they can change it "
                                              "afterwards under Change my password.").format(user=username))
        self.password = NewPasswordFields(self)
        self.password.add_rows(form, self.tr("New password:"))
        _tab_after(self.old, self.password)
        self.errors = FieldErrors({"old_password": (self.old, self.bottom_error),
                                   "password": (self.password.first, self.password.message)}, self.bottom_error)
        buttons = self.ui.buttons
        self.ok_button = buttons.addButton(self.tr("Change password"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        if self.password.problem():
            self.password.first.setFocus()
            return
        op = run_op(self.ctx, self, users.change_password, self.username, self.old.text() if self.own else None,
                    self.password.password(), what="users", on_error=self.errors.show)
        if op.error is None:
            self.accept()


def change_own_password(ctx, parent: QWidget | None = None) -> bool:
    return PasswordDialog(ctx, ctx.actor.username, parent).exec() == QDialog.Accepted


class UsersDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model = UsersModel(self)
        self.view = self.ui.usersView
        self.view.setModel(self.model)
        table_tools.install(self.view, name="users", sortable=False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.doubleClicked.connect(lambda _: self.change_role())

        self.add_button = self.ui.addButton
        self.role_button = self.ui.roleButton
        self.active_button = self.ui.activeButton
        self.reset_button = self.ui.resetButton
        self.own_button = self.ui.ownButton
        self.unlock_button = self.ui.unlockButton
        self.unlock_button.clicked.connect(self.unlock)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.own_button.clicked.connect(lambda: change_own_password(self.ctx, self))
        self.note = self.ui.note
        self.ui.buttons.rejected.connect(self.reject)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, what: str) -> None:
        if what in ("users", "database"):
            self.reload()

    def reload(self) -> None:
        keep = self.selected()
        keep_name = keep.username if keep else None
        self.model.set_rows(list(User.select().order_by(User.active.desc(), User.username)))
        for row, u in enumerate(self.model.rows):
            if u.username == keep_name:
                self.view.selectRow(row)
        self.update_buttons()

    def selected(self) -> User | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        admin = self.ctx.can("manage_users")
        u = self.selected()
        self.add_button.setEnabled(admin)
        for b in (self.role_button, self.active_button, self.reset_button):
            b.setEnabled(admin and u is not None)
        self.active_button.setText(self.tr("Enable") if u is not None and not u.active else self.tr("Disable"))
        self.unlock_button.setEnabled(admin and u is not None and (u.locked_at is not None or u.failed_logins > 0))
        self.note.setText(self.tr("Accounts are never deleted: a disabled account cannot sign in, and the audit "
                                  "trail keeps its name.") if admin else
                          self.tr("Only an administrator manages accounts. You can change your own password."))

    def add_user(self) -> None:
        AddUserDialog(self.ctx, self).exec()

    def change_role(self) -> None:
        u = self.selected()
        if u is None or not self.ctx.can("manage_users"):
            return
        dialog = QDialog(self)
        form = Ui_UserRoleDialog()
        form.setupUi(dialog)
        dialog.setWindowTitle(self.tr("Role of {user}").format(user=u.username))
        combo = _fill_roles(form.role, u.role)
        form.roleHelp.setText(role_help())
        form.buttons.accepted.connect(dialog.accept)
        form.buttons.rejected.connect(dialog.reject)
        if dialog.exec() == QDialog.Accepted and combo.currentData() != u.role:
            self.set_role(u.username, combo.currentData())

    def set_role(self, username: str, role: str):
        return run_op(self.ctx, self, users.set_role, username, role, what="users")

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        if u.active and not messages.confirm(
                self, self.tr("Disable account"),
                self.tr("Disable {user}? They can no longer sign in; their entries stay in the audit trail. "
                        "You can enable the account again later.").format(user=u.username), self.tr("Disable")):
            return
        run_op(self.ctx, self, users.set_active, u.username, not u.active, what="users")

    def unlock(self) -> None:
        """Lift the lock that wrong passwords put on the selected account (audited)."""
        u = self.selected()
        if u is not None:
            run_op(self.ctx, self, users.unlock, u.username, what="users")

    def reset_password(self) -> None:
        u = self.selected()
        if u is not None:
            PasswordDialog(self.ctx, u.username, self).exec()

