"""Signing in, and locking the window when nobody is at the keyboard.

Entry points:

- ``sign_in(parent=None) -> Actor | None`` — the sign-in dialog at start-up;
  None when the person cancels (the program then quits).
- ``LoginDialog(parent, username="", locked_user=None)`` — the dialog itself;
  after ``exec() == Accepted`` its ``actor`` is the signed-in user with the
  role from the database. Failures never say which part was wrong; after
  repeated failures it shows the wait the login throttle imposes.
- ``IdleLock(ctx, window)`` — install once after the main window is built:
  ``window.idle_lock = IdleLock(ctx, window)``. After
  ``settings.idle_lock_minutes`` without keyboard or mouse input (0 = never;
  re-read when ``ctx.changed("settings")`` fires) every window of the program
  is covered and the same user's password is asked again. "Switch user…"
  lets someone else sign in instead: ``ctx.actor`` becomes that user and
  ``user_switched(actor)`` fires so the window can refresh what the role allows.
  ``IdleLock(ctx, window, read_only=True)`` in a read-only session: whoever
  signs in stays a viewer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

import peewee as pw

from ...trust import users
from ...trust.auth import Actor
from ...store.db import require_checked
from ...base.errors import CsperfError, DatabaseError, PermissionDenied
from ...store.models import database_proxy
from ..forms.ui_lock_cover import Ui_LockCover
from ..forms.ui_login_dialog import Ui_LoginDialog
from ..shell import i18n


class LoginDialog(QDialog):
    """User name and password. ``locked_user``: unlocking for that user (name fixed,
    with a "Switch user…" button that frees the name field)."""

    def __init__(self, parent: QWidget | None = None, username: str = "", locked_user: str | None = None,
                 throttle: users.LoginThrottle | None = None):
        super().__init__(parent)
        self.actor: Actor | None = None
        self.damaged: str | None = None  # the file turned out damaged: what to tell
        self.locked_user = locked_user
        self.lock_mode = bool(locked_user)  # stays on after "Switch user…": the window stays covered
        self._quitting = False
        self.throttle = throttle or users.THROTTLE
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)

        self.intro = self.ui.intro
        self.username = self.ui.username
        self.username.setText(locked_user or username)
        self.password = self.ui.password
        self.message = self.ui.loginMessage

        self.buttons = self.ui.buttons
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.switch_button = None
        if locked_user:
            self.switch_button = self.buttons.addButton(self.tr("Switch user…"), QDialogButtonBox.ActionRole)
            self.switch_button.clicked.connect(self.switch_user)
            self.quit_button = self.buttons.addButton(self.tr("Quit the program"), QDialogButtonBox.DestructiveRole)
            self.quit_button.clicked.connect(self.quit_program)
        else:
            self.buttons.addButton(QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(500)
        self._wait_timer.timeout.connect(self._show_wait)
        self.username.textChanged.connect(self._show_wait)
        self._set_mode(locked_user)

    def _set_mode(self, locked_user: str | None) -> None:
        if locked_user:
            self.setWindowTitle(self.tr("csperf is locked"))
            self.intro.setText(self.tr("The window was locked after a time without use. "
                                       "Type the password of {user} to go on.").format(user=locked_user))
            self.username.setReadOnly(True)
            self.password.setFocus()
        else:
            self.setWindowTitle(self.tr("Sign in to csperf"))
            self.intro.setText(self.tr("Sign in with your user name and password."))
            self.username.setReadOnly(False)
            (self.password if self.username.text() else self.username).setFocus()

    def reject(self) -> None:
        # Escape or the window's close button must not get past the lock (nor quit by accident).
        if self.lock_mode and not self._quitting:
            return
        super().reject()

    def quit_program(self) -> None:
        self._quitting = True
        self.reject()

    def switch_user(self) -> None:
        """Let another person sign in instead of the one who locked."""
        self.locked_user = None
        self.username.clear()
        self.password.clear()
        self.message.clear()
        if self.switch_button is not None:
            self.switch_button.hide()
        self._set_mode(None)
        self.intro.setText(self.tr("Sign in as another user. What you were doing stays open."))

    def _wait(self) -> float:
        return users.wait_seconds(self.username.text().strip(), self.throttle)

    def _show_wait(self) -> None:
        wait = self._wait()
        self.sign_in_button.setEnabled(wait <= 0)
        if wait > 0:
            self.message.setText(self.tr("Too many failed attempts. You can try again in {n} s.").format(
                n=int(wait) + 1))
            self._wait_timer.start()
        else:
            self._wait_timer.stop()
            if self.message.property("waiting"):
                self.message.clear()
        self.message.setProperty("waiting", wait > 0)

    def try_sign_in(self) -> None:
        name = self.username.text().strip()
        if self._wait() > 0:
            self._show_wait()
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if not self.lock_mode:
                require_checked()  # the file's integrity check, run while the name was typed
            actor = users.authenticate(name, self.password.text(), self.throttle)
        except (DatabaseError, pw.DatabaseError) as exc:
            if self.lock_mode:
                self.message.setText(exc.message if isinstance(exc, CsperfError) else str(exc))
                return
            from ..shell.startup import damage_message

            self.damaged = exc.message if isinstance(exc, DatabaseError) else damage_message(
                str(database_proxy.obj.database), exc)
            self.reject()
            return
        except users.AccountLocked:
            self.password.clear()
            self.message.setProperty("waiting", False)
            self.message.setText(self.tr("This account is locked after too many wrong passwords. "
                                         "An administrator can unlock it under Settings → Users and roles."))
            return
        except PermissionDenied:
            self.password.clear()
            self.password.setFocus()
            self.message.setProperty("waiting", False)
            self.message.setText(self.tr("Wrong user name or password, or the account is disabled."))
            if self._wait() > 0:
                self._wait_timer.start()
            return
        except CsperfError as exc:
            self.message.setText(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.actor = actor
        self.accept()


def sign_in(parent: QWidget | None = None, username: str = "") -> Actor | None:
    """Ask for a user name and password; the Actor, or None when cancelled.
    The last user name signed in on this PC is filled in (never the password).
    ``DatabaseError`` when the database file turned out to be damaged meanwhile."""
    from PySide6.QtCore import QSettings

    dialog = LoginDialog(parent, username or QSettings().value("login/last_user", "", str))
    if dialog.exec() != QDialog.Accepted:
        if dialog.damaged:
            raise DatabaseError(dialog.damaged)
        return None
    QSettings().setValue("login/last_user", dialog.actor.username)
    return dialog.actor


# --------------------------------------------------------------------------- idle lock

ACTIVITY = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseButtonDblClick, QEvent.MouseMove,
                      QEvent.Wheel, QEvent.TouchBegin, QEvent.TabletPress})


class _Cover(QWidget):
    """An opaque sheet over a window while it is locked: the data is not readable behind it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.ui = Ui_LockCover()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize and obj is self.parent():
            self.setGeometry(obj.rect())
        return False


class IdleLock(QObject):
    """Locks every window after ``minutes`` without input; see the module's docstring."""

    locked = Signal()
    unlocked = Signal(object)
    user_switched = Signal(object)

    CHECK_MS = 5000

    def __init__(self, ctx, window: QWidget, minutes: float | None = None, parent: QObject | None = None,
                 read_only: bool = False):
        super().__init__(parent or window)
        self.ctx, self.window = ctx, window
        self.read_only = read_only
        self.fixed_minutes = minutes
        self.minutes = minutes if minutes is not None else ctx.settings().idle_lock_minutes
        self.last_input = time.monotonic()
        self.dialog: LoginDialog | None = None
        self.covers: list[_Cover] = []
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        QApplication.instance().installEventFilter(self)
        ctx.changed.connect(self._settings_changed)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def _settings_changed(self, what: str) -> None:
        if what in ("settings", "database") and self.fixed_minutes is None:
            self.minutes = self.ctx.settings().idle_lock_minutes

    def eventFilter(self, obj, event) -> bool:
        if event.type() in ACTIVITY and self.dialog is None:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def check_idle(self) -> None:
        """The timer's slot: lock when the idle time has run out."""
        if self.dialog is None and self.minutes and self.idle_seconds() >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.dialog is not None:
            return
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and not isinstance(w, LoginDialog) and w.windowType() != Qt.Popup:
                self.covers.append(_Cover(w))
        self.dialog = LoginDialog(self.window, locked_user=self.ctx.actor.username)
        self.dialog.setWindowModality(Qt.ApplicationModal)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.show()
        self.locked.emit()

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if result != QDialog.Accepted or dialog.actor is None:
            # "Quit the program": the data is saved with every change; nothing to ask.
            self.dialog = None
            QApplication.instance().closeAllWindows()
            QApplication.instance().quit()
            return
        self.dialog = None
        for cover in self.covers:
            cover.deleteLater()
        self.covers.clear()
        self.last_input = time.monotonic()
        actor = dialog.actor
        dialog.deleteLater()
        if self.read_only:
            actor = Actor(actor.username, "viewer", actor.display_name)
        # The role comes from the database as it is now: unlocking as the same user after a
        # demotion or promotion takes the new role.
        switched = actor.username != self.ctx.actor.username
        if switched or actor != self.ctx.actor or actor.signed_in != self.ctx.actor.signed_in:
            self.ctx.set_actor(actor)
        if switched:
            self.user_switched.emit(actor)
        self.unlocked.emit(self.ctx.actor)


def role_label(actor: Actor) -> str:
    """ "name (role)" for a status bar or title."""
    from ...base.vocab import USER_ROLES

    return f"{actor.label}（{i18n.label(USER_ROLES, actor.role)}）" if i18n.is_chinese() else \
        f"{actor.label} ({i18n.label(USER_ROLES, actor.role)})"
