"""Starting the GUI: the application, its language, the error handler, the
database and the main window. ``run(args)`` is the entry ``cli.run_gui`` calls."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

# The core first: modules imported after PySide6 are each inspected by its import hook,
# which costs start-up time for nothing. Before the window paints, the log file needs the
# paths, and the window the settings and roles; the monthly cycle (csperf_desktop.monthly)
# is loaded after it has painted.
from ... import APP_AUTHOR, APP_NAME
from ...trust import auth
from ...store import paths
from ...office import settings  # noqa: F401
from ...store.db import open_database, resolve_location
from ...base.errors import CsperfError

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QFont, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def prepare_demo_database(progress=None) -> str:
    """A fresh demo office in a temporary folder; returns its path. ``progress(done, total)``
    follows the build step by step."""
    from ...devtools.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="csperf-demo-"))
    path = folder / "demo.db"
    open_database(str(path))
    build_demo(progress=progress)
    return str(path)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    return app


UI_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "WenQuanYi Micro Hei", "Source Han Sans SC"]


def apply_look(app: QApplication) -> None:
    """A CJK-capable UI font and the style sheet."""
    # Qt takes the first of these families that is installed (without listing all fonts),
    # then the system's default for anything else.
    font = QFont(app.font())
    font.setFamilies(UI_FONTS + font.families())
    font.setPointSize(max(9, app.font().pointSize()))
    app.setFont(font)
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    icon = RESOURCES / "icons" / "csperf.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def open_startup_database(args) -> str:
    """Open --db (or the default), or build the demo office; returns the location."""
    if getattr(args, "demo", False):
        from PySide6.QtWidgets import QProgressDialog

        from ...devtools.demo import STEPS

        # Building two years of demo data takes a moment: show how far it is before the window exists.
        busy = QProgressDialog(QCoreApplication.translate("app", "Preparing the demo office…"), None, 0, STEPS)
        busy.setWindowTitle("csperf")
        busy.setMinimumDuration(0)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        busy.setValue(0)
        busy.show()
        QApplication.processEvents()

        def moved(done: int, total: int) -> None:
            busy.setMaximum(total)
            busy.setValue(done)
            QApplication.processEvents()

        try:
            return prepare_demo_database(moved)
        finally:
            busy.close()
    location = resolve_location(getattr(args, "db", None))
    open_database(location)
    return location


def prepare_application(lang: str | None = None) -> QApplication:
    """The application with its language, look, log file and error handler."""
    from . import i18n
    from .errors_dialog import install_excepthook, setup_logging

    app = make_application()
    i18n.install(app, i18n.chosen_language(lang))
    apply_look(app)
    setup_logging()
    install_excepthook()
    return app


def open_main_window(ctx):
    """The main window, shown: it paints first, then loads the tab in view."""
    from .main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    watch_integrity_check(window)
    return window


def watch_integrity_check(window) -> None:
    """When the database's integrity check still runs (it reads the whole file), wait for
    it without holding up the window; a damaged file then offers the recovery dialog, and
    the program closes if the person does not pick a sound file. Writes wait for the check
    in the core meanwhile, so nothing reaches an unchecked file."""
    from PySide6.QtCore import QTimer

    from ...store.db import integrity_checked, integrity_problem, require_checked

    if integrity_checked() and integrity_problem() is None:
        return  # passed, or no check was needed

    def poll() -> None:
        if not integrity_checked():
            return
        timer.stop()
        try:
            require_checked()
        except CsperfError as exc:
            from ..admin.backup_dialogs import recover_database

            recovered = recover_database(window.ctx.database_location or "", exc.message, window)
            if recovered is None:
                window.close()
            else:
                window._switch_database(recovered)

    timer = QTimer(window, interval=100)
    timer.timeout.connect(poll)
    timer.start()


def run(args) -> int:
    from . import messages
    from .context import AppContext

    app = prepare_application(getattr(args, "lang", None))
    session = None
    if getattr(args, "demo", False):
        # The demo office is a throw-away copy: no sign-in, the OS user acts as administrator.
        try:
            location = open_startup_database(args)
        except CsperfError as exc:
            messages.error(None, exc.message, QCoreApplication.translate("app", "Cannot open the database"))
            return 2
        ctx = AppContext()
    else:
        from .startup import start_session

        # Welcome on first use, one writer at a time, recovery of a damaged file, sign-in.
        session = start_session(getattr(args, "db", None), None)
        if session is None:
            return 0
        location = session.location
        ctx = AppContext(session.actor)
    ctx.database_location = location
    window = open_main_window(ctx)
    if session is not None:
        from ..admin.login import IdleLock

        if session.read_only:
            from ..admin.backup_dialogs import ReadOnlyBanner

            window.show_banner(ReadOnlyBanner(session.holder))
        window.idle_lock = IdleLock(ctx, window, read_only=session.read_only)
        window.instance_lock = session.lock  # held for the life of the program
        if not session.read_only:
            schedule_daily_backup(window)
    code = app.exec()
    if session is not None and session.lock is not None:
        session.lock.release()
    return code


def schedule_daily_backup(window) -> None:
    """The automatic backup of the day (at most one a day), taken a moment after start-up
    in a worker thread so the window is already usable; a failure is logged, never shown."""
    import logging

    from PySide6.QtCore import QTimer

    def start():
        from ...office.settings import automatic_backup
        from ...store.models import database_proxy
        from .background import Background

        job = Background(lambda: automatic_backup(database_proxy.obj, "daily"))
        job.finished.connect(lambda ok, result: None if ok else logging.getLogger("csperf.gui").warning(
            "automatic daily backup failed: %s", result))
        window._daily_backup_job = job

    QTimer.singleShot(3000, start)
