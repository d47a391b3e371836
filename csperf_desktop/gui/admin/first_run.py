"""The welcome on first start: the administrator account, the company, where the
data lives, and what to start with.

Entry points:

- ``needs_first_run(location) -> bool`` — True when ``location`` is an SQLite
  file that does not exist yet (or is empty): nothing to sign in to.
- ``run_first_run(parent=None, location=None, existing=False) -> (location, actor) | None``
  — shows the welcome and, when the person presses Start, sets everything up:
  the database is created and left open (bound to the models), the first
  administrator exists, and the company name is saved. Returns the database
  location and the administrator as the acting user, or None when cancelled.
  The location is also remembered in QSettings under ``database/last``.
  ``existing=True`` with a ``location``: a database that has data but no user
  account yet — only the administrator and company are asked for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QWidget

from ...store import paths
from ...trust.auth import Actor
from ...base.errors import CsperfError, ValidationError
from ..forms.ui_first_run_dialog import Ui_FirstRunDialog
from ..shell.background import Background, ProgressRelay
from ..widgets.password_fields import NewPasswordFields

START_DEMO, START_EMPTY, START_IMPORT = "demo", "empty", "import"


def needs_first_run(location: str) -> bool:
    from ...store.db import is_postgres, sqlite_path

    if is_postgres(location):
        return False
    path = Path(sqlite_path(location)).expanduser()
    return not path.exists() or path.stat().st_size == 0


def set_up_office(location: str, username: str, password: str, display_name: str, company: str, start: str,
                  roster: str | None = None, progress=None) -> Actor:
    """Create (or open) the database, the first administrator, the company and the
    chosen start. Runs in a worker thread. A roster with problems is refused before
    anything is written (``ImportInvalid`` lists them all). ``progress(done, total)``
    follows the building of the demo office."""
    from ...office import settings
    from ...trust import users
    from ...store.db import open_database
    from ...excel.importers import import_file, read_import, ImportInvalid

    from ...store.db import is_postgres, sqlite_path

    if not is_postgres(location):
        Path(sqlite_path(location)).expanduser().parent.mkdir(parents=True, exist_ok=True)
    database = open_database(location)
    try:
        actor = Actor(username.strip(), "admin", display_name.strip())
        if start == START_IMPORT:
            preview = read_import(roster, "staff")
            if preview.problems:
                raise ImportInvalid(preview)
        if users.has_users():
            # Set up before (e.g. the demo failed afterwards): the same account may go on.
            actor = users.authenticate(username.strip(), password)
            if actor.role != "admin":
                raise ValidationError("这个数据库已经有用户账户了。请登录，或选择另一个位置。", field="location")
        else:
            u = users.create_first_admin(username.strip(), password, display_name.strip())
            actor = Actor(u.username, u.role, u.display_name, signed_in=True)
        if start == START_DEMO:
            from ...devtools.demo import build_demo
            from ...store.models import Staff

            if not Staff.select().exists():
                build_demo(company, progress=progress)
        settings.update_settings(actor, {"company_name": company})
        if start == START_IMPORT:
            import_file(actor, roster, "staff")
        return actor
    finally:
        database.close()  # this thread's connection; the UI thread opens its own


class FirstRunDialog(QDialog):
    """After Accepted: ``location`` and ``actor``."""

    def __init__(self, parent: QWidget | None = None, location: str | None = None, existing: bool = False):
        super().__init__(parent)
        self.existing = existing
        self.location: str | None = None
        self.actor: Actor | None = None
        self.job: Background | None = None
        self.setObjectName("firstRunDialog")
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        u = self.ui

        u.intro.setText(self.tr(
            "<b>Welcome.</b> csperf keeps the monthly appraisal of your customer-service team: daily bonus and "
            "deduction points, monthly results, appeals and the annual review. Three steps set it up.")
            if not existing else self.tr(
            "<b>This database has no user account yet.</b> Create the administrator who will manage it."))

        # 1. the administrator
        self.username = u.adminUsername
        self.display_name = u.adminDisplayName
        self.password = NewPasswordFields(self)
        self.password.add_rows(u.adminForm)
        for before, after in ((self.display_name, self.password.first), (self.password.first, self.password.second),
                              (self.password.second, u.companyName)):
            QWidget.setTabOrder(before, after)

        # 2. the company and the data
        self.company = u.companyName
        self.location_edit = u.location
        self.location_edit.setText(location or str(paths.default_database_path()))
        self.location_button = u.locationButton
        self.location_button.clicked.connect(self.choose_location)
        u.locationNote.setText(self.tr("The data stays on this PC in this file. Automatic backups go to "
                                       "{folder}.").format(folder=paths.backup_dir()))
        if existing:
            self.location_edit.setReadOnly(True)
            self.location_button.hide()
            u.locationNote.hide()

        # 3. how to start
        self.start_demo, self.start_empty, self.start_import = u.start_demo, u.start_empty, u.start_import
        self.start_group = u.start_group
        self.roster = u.rosterFile
        self.roster_button = u.rosterButton
        self.roster_button.clicked.connect(self.choose_roster)
        self.template_button = u.templateButton
        self.template_button.clicked.connect(self.save_template)
        self.problems = u.importProblems
        self.problems.hide()
        for b in (self.start_demo, self.start_empty, self.start_import):
            b.toggled.connect(self._update)
        if existing:
            u.startBox.hide()

        self.message = u.firstRunMessage
        self.progress = u.progress
        self.progress.hide()

        self.buttons = u.buttons
        self.start_button = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.AcceptRole)
        self.start_button.setObjectName("startButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.username.setFocus()

    def choice(self) -> str:
        if self.start_demo.isChecked():
            return START_DEMO
        if self.start_import.isChecked():
            return START_IMPORT
        return START_EMPTY

    def _update(self) -> None:
        importing = self.choice() == START_IMPORT
        for w in (self.roster, self.roster_button, self.template_button):
            w.setEnabled(importing)
        if not importing:
            self.problems.hide()

    def choose_location(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the data"), self.location_edit.text(),
                                              self.tr("csperf database (*.db)"))
        if path:
            if not path.lower().endswith(".db"):
                path += ".db"
            self.location_edit.setText(path)

    def choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Staff roster"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.xls *.ods)"))
        if path:
            self.roster.setText(path)
            self.start_import.setChecked(True)

    def save_template(self) -> None:
        from ...excel import save_template

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster template"),
                                              str(Path.home() / self.tr("staff roster.xlsx")),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                save_template("staff", path)
            except CsperfError as exc:
                self.message.setText(exc.message)
                return
            self.roster.setText(path)

    def problem(self) -> tuple[QWidget, str] | None:
        """The first thing to fix before starting (widget to focus, message)."""
        if not self.username.text().strip():
            return self.username, self.tr("Type a user name for the administrator.")
        problem = self.password.problem()
        if problem:
            return self.password.first, problem
        if not self.company.text().strip():
            return self.company, self.tr("Type the company name.")
        location = self.location_edit.text().strip()
        if not location:
            return self.location_edit, self.tr("Choose where to keep the data.")
        from ...store.db import is_postgres

        if not self.existing and not is_postgres(location) and not needs_first_run(location):
            from ...store.db import sqlite_path

            p = Path(sqlite_path(location)).expanduser()
            if p.is_dir():
                return self.location_edit, self.tr("That is a folder; choose a file name such as csperf.db.")
            if p.resolve() != Path(self.location or "").resolve():
                return self.location_edit, self.tr(
                    "A file already exists there. Choose another name, or cancel and open that database instead.")
        if self.choice() == START_IMPORT and not self.roster.text().strip():
            return self.roster, self.tr("Choose the roster workbook, or start with an empty office.")
        return None

    def start(self) -> None:
        found = self.problem()
        if found:
            widget, message = found
            self.message.setText(message)
            widget.setFocus()
            return
        self.message.clear()
        self.problems.hide()
        location = self.location_edit.text().strip()
        self._busy(True)
        self.location = location  # from here on the file is ours: a retry may reuse it
        relay = ProgressRelay(self)
        relay.follow(self.progress)  # the demo office reports its steps: the bar shows how far it is
        self.job = Background(set_up_office, location, self.username.text(), self.password.password(),
                              self.display_name.text(), self.company.text().strip(), self.choice(),
                              self.roster.text().strip() or None, progress=relay.report, parent=self)
        self.job.finished.connect(self._set_up)

    def _busy(self, busy: bool) -> None:
        for w in self.findChildren(QGroupBox):
            w.setEnabled(not busy)
        self.start_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy, until a job with a known count reports
        if busy:
            self.message.setStyleSheet("color: #333;")
            self.message.setText(self.tr("Setting up… (the demo office takes a few seconds)")
                                 if self.choice() == START_DEMO else self.tr("Setting up…"))
        else:
            self.message.setStyleSheet("color: #c62828;")

    def _set_up(self, ok: bool, payload) -> None:
        self._busy(False)
        if ok:
            self.actor = payload
            self._open_here()
            QSettings().setValue("database/last", self.location)
            self.message.clear()
            self.accept()
            return
        from ...excel.importers import ImportInvalid

        if isinstance(payload, ImportInvalid):
            self.message.setText(self.tr("The roster has {n} problem(s); nothing was imported. "
                                         "Fix them in Excel and press Start again.").format(n=len(payload.problems)))
            self.problems.setPlainText("\n".join(p.text() for p in payload.problems))
            self.problems.show()
            self.roster.setFocus()
        elif isinstance(payload, CsperfError):
            self.message.setText(payload.message)
            if payload.field == "password":
                self.password.first.setFocus()
            elif payload.field == "username":
                self.username.setFocus()
        else:
            from ..shell.errors_dialog import report_exception

            report_exception(type(payload), payload, payload.__traceback__, getattr(payload, "__gui_traceback__", None))

    def _open_here(self) -> None:
        """The set-up ran in a worker, which bound the models to the new database;
        this (UI) thread opens its own connection to it."""
        from ...store.models import database_proxy

        database_proxy.obj.connect(reuse_if_open=True)

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:
            return  # setting up: wait for it to finish
        super().done(result)


def run_first_run(parent: QWidget | None = None, location: str | None = None,
                  existing: bool = False) -> tuple[str, Actor] | None:
    dialog = FirstRunDialog(parent, location, existing)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.location, dialog.actor
