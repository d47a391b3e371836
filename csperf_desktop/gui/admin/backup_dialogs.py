"""Backups from the window, recovery at start-up, and the read-only banner.

Entry points:

- ``back_up_now(ctx, parent) -> Op | None`` — File → Back up now: a save dialog,
  then a consistent copy (SQLite online backup) or, on PostgreSQL, pg_dump /
  the everything workbook; says where it went.
- ``restore_from_file(ctx, parent) -> Path | None`` — File → Restore: choose a
  file, see what ``check_backup_file`` found in it, confirm, then
  ``restore_database``. Returns the safety copy of the replaced database.
- ``restore_database(ctx, parent, source) -> Path | None`` — closes the open
  database, ``restore_sqlite`` (which keeps a safety copy first), reopens the
  restored file, announces ``ctx.changed("database")`` and says where the
  safety copy went. Needs the restore permission (administrator).
- ``recover_database(location, error_message, parent=None) -> str | None`` —
  at start-up, when ``open_database`` raised ``DatabaseError`` for a damaged or
  foreign file: offers the latest good automatic backup (restored into a NEW
  file next to the damaged one, which is never touched), another database
  file, or quitting. Returns the location now open (remembered in QSettings
  ``database/last``), or None to quit.
- ``ReadOnlyBanner(holder, parent)`` — a QFrame to put above the tabs when
  ``InstanceLock.acquire()`` failed and the database was opened read-only;
  ``read_only_banner(lock)`` builds it from the lock.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFrame, QWidget

from ...office import settings
from ...store import backup, paths
from ...trust.auth import require
from ...store.db import close_database, is_postgres, open_database, sqlite_path
from ...base.errors import CsperfError
from ...store.models import database_proxy
from ..forms.ui_read_only_banner import Ui_ReadOnlyBanner
from ..forms.ui_recovery_dialog import Ui_RecoveryDialog
from ..shell import messages
from ..shell.operations import run_op


# ------------------------------------------------------------------ back up now

def back_up_now(ctx, parent: QWidget | None = None, dest: str | None = None):
    """Ask where (unless ``dest``), then write the backup in a worker. Returns the Op, or None if cancelled."""
    postgres = is_postgres(ctx.database_location or "")
    if dest is None:
        suffix = "dump" if postgres else "db"
        default = str(paths.backup_dir() / backup.timestamped_name().replace(".db", "." + suffix))
        dest, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("backup", "Back up the database"), default,
            QCoreApplication.translate("backup", "PostgreSQL backup (*.dump);;Excel workbook (*.xlsx)") if postgres else QCoreApplication.translate("backup", "csperf database (*.db)"))
        if not dest:
            return None

    def do_backup(actor, target):
        require(actor, "backup")
        if postgres:
            from ...excel.exporters import backup_postgres_or_workbook

            return backup_postgres_or_workbook(ctx.database_location, target)
        return backup.backup_sqlite(database_proxy.obj, target), ""

    def done(result) -> None:
        path, note = result
        text = QCoreApplication.translate("backup", "Backup written to:\n{path}").format(path=path)
        if note:
            text += "\n\n" + note
        messages.info(parent, text, QCoreApplication.translate("backup", "Back up now"))

    return run_op(ctx, parent, do_backup, dest, slow=True, label=QCoreApplication.translate("backup", "Backing up…"), on_success=done)


# ------------------------------------------------------------------ restore

def describe_backup(path: Path, summary: dict) -> str:
    stamp = _dt.datetime.fromtimestamp(path.stat().st_mtime)
    return QCoreApplication.translate("backup", "{name}\nsaved {time}; {staff} people, {events} score events; schema version {version}.").format(
        name=path.name, time=f"{stamp:%Y-%m-%d %H:%M}", staff=summary.get("staff", 0),
        events=summary.get("events", 0), version=summary.get("version", "?"))


def restore_from_file(ctx, parent: QWidget | None = None, source: str | None = None) -> Path | None:
    if is_postgres(ctx.database_location or ""):
        messages.info(parent, QCoreApplication.translate("backup", "A shared PostgreSQL database is restored on the server with pg_restore "
                                  "(see the user guide, “Moving to a shared database”)."), QCoreApplication.translate("backup", "Restore"))
        return None
    if not ctx.can("restore"):
        messages.error(parent, QCoreApplication.translate("backup", "Restoring a backup needs the administrator role."))
        return None
    if source is None:
        source, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("backup", "Restore from a backup"), str(settings.backup_folder()),
                                                QCoreApplication.translate("backup", "csperf database (*.db);;All files (*)"))
        if not source:
            return None
    try:
        summary = backup.check_backup_file(source)
    except CsperfError as exc:
        messages.error(parent, exc.message, QCoreApplication.translate("backup", "Restore"))
        return None
    text = QCoreApplication.translate("backup", "The backup checks out:\n\n{about}\n\nRestoring replaces everything in the database now open "
               "with this backup. The current database is kept as a safety copy first.").format(
        about=describe_backup(Path(source), summary))
    if not messages.confirm(parent, QCoreApplication.translate("backup", "Restore"), text, QCoreApplication.translate("backup", "Restore")):
        return None
    return restore_database(ctx, parent, source)


def restore_database(ctx, parent: QWidget | None, source: str) -> Path | None:
    """Close → restore_sqlite (safety copy first) → reopen. On failure the old database is reopened."""
    try:
        require(ctx.actor, "restore")
    except CsperfError as exc:
        messages.error(parent, exc.message)
        return None
    live = sqlite_path(ctx.database_location)
    close_database()
    try:
        safety = backup.restore_sqlite(live, source)
    except CsperfError as exc:
        _reopen(live, parent)
        messages.error(parent, exc.message, QCoreApplication.translate("backup", "Restore"))
        return None
    if not _reopen(live, parent):
        return None
    messages.info(parent, QCoreApplication.translate("backup", "The backup was restored.\n\nThe database as it was before is kept at:\n{path}")
                  .format(path=safety), QCoreApplication.translate("backup", "Restore"))
    _sign_in_again_if_needed(ctx, parent)
    ctx.changed.emit("database")
    return safety


def _sign_in_again_if_needed(ctx, parent) -> None:
    """The restored database has its own accounts: the person acting must exist there
    with the same role, else they sign in again (and act as a viewer if they do not)."""
    from ...trust import users
    from ...trust.auth import Actor
    from ...store.models import User
    from . import login

    if not users.has_users():
        return
    u = User.get_or_none(User.username == ctx.actor.username)
    if u is not None and u.active and u.role == ctx.actor.role:
        return
    messages.info(parent, QCoreApplication.translate(
        "backup", "Your account is not the same in the restored database. Please sign in again."),
        QCoreApplication.translate("backup", "Restore"))
    actor = login.sign_in(parent)
    ctx.actor = actor or Actor(ctx.actor.username, "viewer", ctx.actor.display_name)


def _reopen(location: str, parent) -> bool:
    try:
        open_database(location)
    except CsperfError as exc:
        messages.error(parent, exc.message, QCoreApplication.translate("backup", "Restore"))
        return False
    return True


# ------------------------------------------------------------------ recovery at start-up

def restored_copy_name(damaged: Path, when: _dt.datetime | None = None) -> Path:
    """A new file next to the damaged one; never the damaged file itself."""
    when = when or _dt.datetime.now()
    target = damaged.with_name(f"{damaged.stem}-restored-{when:%Y%m%d-%H%M%S}.db")
    n = 1
    while target.exists():
        target = damaged.with_name(f"{damaged.stem}-restored-{when:%Y%m%d-%H%M%S}-{n}.db")
        n += 1
    return target


class RecoveryDialog(QDialog):
    """The start-up database cannot be used. After Accepted, ``location`` is open."""

    def __init__(self, location: str, error_message: str, parent: QWidget | None = None,
                 backups_folder: Path | None = None):
        super().__init__(parent)
        self.postgres = is_postgres(location)
        self.damaged = Path(sqlite_path(location)).expanduser() if not self.postgres else Path()
        self.location: str | None = None
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        # A shared database that cannot be reached is not damaged: nothing to restore here.
        self.good = None if self.postgres else backup.latest_good_backup(backups_folder)

        self.ui.icon.setPixmap(
            self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.ui.problem.setText(error_message)

        self.advice = self.ui.advice
        if self.good is not None:
            summary = backup.check_backup_file(self.good)
            self.advice.setText(self.tr(
                "The latest good backup is:\n{about}\n\nRestoring copies it into a new file next to the damaged "
                "one; the damaged file is left as it is, for a specialist to look at.").format(
                about=describe_backup(self.good, summary)))
        elif self.postgres:
            self.advice.setText(self.tr("The shared database could not be reached. Check the network and the "
                                        "database server, then start the program again; or open a database file."))
        else:
            self.advice.setText(self.tr("No good automatic backup was found in {folder}. Open another database "
                                        "file (for example a backup you made yourself), or quit.").format(
                folder=backups_folder or paths.backup_dir()))
        self.message = self.ui.recoveryMessage

        buttons = self.ui.buttons
        self.restore_button = buttons.addButton(self.tr("Restore the latest backup"), QDialogButtonBox.AcceptRole)
        self.restore_button.setEnabled(self.good is not None)
        self.open_button = buttons.addButton(self.tr("Open another file…"), QDialogButtonBox.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.RejectRole)
        (self.restore_button if self.good else self.open_button).setDefault(True)
        self.restore_button.clicked.connect(self.restore_latest)
        self.open_button.clicked.connect(self.open_other)
        self.quit_button.clicked.connect(self.reject)

    def restore_latest(self) -> None:
        if self.good is None:
            return
        target = restored_copy_name(self.damaged)
        try:
            backup.restore_sqlite(target, self.good)
            open_database(str(target))
        except CsperfError as exc:
            self.message.setText(exc.message)
            return
        self._opened(str(target))

    def open_other(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database"),
                                                  str(self.damaged.parent if not self.postgres else paths.data_dir()),
                                                  self.tr("csperf database (*.db);;All files (*)"))
            if not path:
                return
        if not self.postgres and Path(path).expanduser().resolve() == self.damaged.resolve():
            self.message.setText(self.tr("That is the file that cannot be opened. Choose another one."))
            return
        try:
            open_database(path)
        except CsperfError as exc:
            self.message.setText(exc.message)
            return
        self._opened(path)

    def _opened(self, location: str) -> None:
        self.location = location
        QSettings().setValue("database/last", location)
        self.accept()


def recover_database(location: str, error_message: str, parent: QWidget | None = None) -> str | None:
    dialog = RecoveryDialog(location, error_message, parent)
    return dialog.location if dialog.exec() == QDialog.Accepted else None


# ------------------------------------------------------------------ read-only banner

class ReadOnlyBanner(QFrame):
    """Says the database is open read-only because another copy of the program writes to it."""

    def __init__(self, holder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReadOnlyBanner()
        self.ui.setupUi(self)
        self.label = self.ui.label
        self.label.setText(self.tr(
            "<b>Opened read-only:</b> this database is in use on {holder}. You can look and print; to make "
            "changes, close the program there and start this one again.").format(holder=holder))


def read_only_banner(lock, parent: QWidget | None = None) -> ReadOnlyBanner:
    return ReadOnlyBanner(lock.holder(), parent)

