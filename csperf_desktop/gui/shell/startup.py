"""From starting the program to a signed-in user on an open database.

Entry point for the application start-up:

    session = start_session(explicit_location, parent=None)
    if session is None:
        return 0                      # the person cancelled or chose Quit
    ctx.actor = session.actor
    ctx.database_location = session.location
    if session.read_only:
        layout.insertWidget(0, ReadOnlyBanner(session.holder))   # backup_dialogs
    window.idle_lock = IdleLock(ctx, window, read_only=session.read_only)  # login

The steps, in order:

1. Where: ``--db`` or CSPERF_DB, else the last database used (QSettings
   ``database/last``), else the default file in the data folder.
2. No database there yet → the first-run welcome (``run_first_run``).
3. Otherwise one writer at a time: the instance lock on ``<file>.lock``; when
   another copy of the program holds it, the file is opened read-only and the
   user acts as a viewer, whatever their role.
4. A damaged or foreign file (``DatabaseError``) → the recovery dialog
   (latest good backup into a new file, another file, or quit).
5. A database with no account yet → the welcome for an existing database, when it is
   new or the demo; one with recorded work is refused with how to recover.
6. Sign in (``sign_in``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ...trust import users
from ...trust.auth import Actor
from ...store.db import close_database, damaged_file_message, is_postgres, open_database, require_checked, sqlite_path
from ...base.errors import DatabaseError
from ...store.instance_lock import InstanceLock
from ..admin import backup_dialogs, first_run, login


@dataclass
class Session:
    location: str
    actor: Actor
    lock: InstanceLock | None = None  # keep it for the life of the program; release() at exit
    read_only: bool = False
    holder: str = ""  # who has the database open for writing, when read_only


def startup_location(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    env = os.environ.get("CSPERF_DB")
    if env:
        return env
    last = QSettings().value("database/last", "", str)
    if last and (is_postgres(last) or Path(sqlite_path(last)).expanduser().exists()):
        return last
    from ...store.paths import default_database_path

    return str(default_database_path())


def _lock_for(location: str) -> tuple[InstanceLock | None, bool, str]:
    """(lock, read_only, holder) for an SQLite file; PostgreSQL needs no lock."""
    if is_postgres(location) or sqlite_path(location) == ":memory:":
        return None, False, ""
    lock = InstanceLock(Path(sqlite_path(location)).expanduser())
    try:
        if lock.acquire():
            return lock, False, ""
    except OSError:
        return None, False, ""  # a folder we cannot write to: opening will say so
    return None, True, lock.holder()


def start_session(explicit: str | None = None, parent: QWidget | None = None) -> Session | None:
    location = startup_location(explicit)
    if first_run.needs_first_run(location):
        result = first_run.run_first_run(parent, location)
        if result is None:
            return None
        location, actor = result
        lock, read_only, holder = _lock_for(location)
        return Session(location, actor, lock, read_only, holder)

    lock, read_only, holder = _lock_for(location)
    damaged = None
    try:
        # The file's integrity check reads all of it: it runs while the person signs in.
        open_database(location, read_only=read_only, check_in_background=True)
    except DatabaseError as exc:
        damaged = exc.message
    while True:
        if damaged is not None:  # the recovery dialog, then the chosen file, fully checked
            opened = _recover(location, lock, damaged, parent)
            if opened is None:
                return None
            location, lock, read_only, holder = opened
            damaged = None
        try:
            if not users.has_users():
                return _welcome_existing(location, lock, read_only, holder, parent)
            actor = login.sign_in(parent)
        except DatabaseError as exc:  # the integrity check failed meanwhile
            damaged = exc.message
        except pw.DatabaseError as exc:  # a damaged page, which the check will report too
            damaged = damage_message(location, exc)
        else:
            break
    if actor is None:
        if lock is not None:
            lock.release()
        return None
    if read_only:
        actor = Actor(actor.username, "viewer", actor.display_name)
    QSettings().setValue("database/last", location)
    return Session(location, actor, lock, read_only, holder)


def _welcome_existing(location: str, lock, read_only: bool, holder: str, parent) -> Session | None:
    """A database with no account yet: the welcome creates the administrator, on a new or
    demo database only (``users.first_admin_refusal`` says why not on another one)."""
    refusal = users.first_admin_refusal()
    if refusal:
        from PySide6.QtCore import QCoreApplication

        from . import messages

        if lock is not None:
            lock.release()
        messages.error(parent, refusal, QCoreApplication.translate("startup", "No user account"))
        return None
    if read_only:
        from PySide6.QtCore import QCoreApplication

        from . import messages

        messages.error(parent, QCoreApplication.translate(
            "startup", "This database has no user account yet, and it is in use on {holder}. "
            "Create the administrator there first.").format(holder=holder))
        return None
    close_database()  # the welcome opens it again for its own work
    result = first_run.run_first_run(parent, location, existing=True)
    if result is None:
        return None
    return Session(location, result[1], lock, False, "")


def damage_message(location: str, exc: Exception) -> str:
    """What to tell about a read that failed on a damaged file: the integrity check's
    finding once it is in, else the error itself."""
    try:
        require_checked()
    except DatabaseError as found:
        return found.message
    return damaged_file_message(sqlite_path(location), exc)


def _recover(location: str, lock: InstanceLock | None, message: str, parent: QWidget | None):
    """The recovery dialog for a damaged file (whose lock is given up), then the chosen file
    opened and fully checked; (location, lock, read_only, holder), or None when the person quit."""
    if lock is not None:
        lock.release()
    recovered = backup_dialogs.recover_database(location, message, parent)
    if recovered is None:
        return None
    close_database()
    lock, read_only, holder = _lock_for(recovered)
    try:
        open_database(recovered, read_only=read_only)
    except DatabaseError as again:
        from . import messages

        if lock is not None:
            lock.release()
        messages.error(parent, again.message)
        return None
    return recovered, lock, read_only, holder
