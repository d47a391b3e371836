"""The application-wide handler for unexpected exceptions.

A bug never shows a traceback to the user: the details go to a log file in
the user-data folder and a short dialog says what happened and where the
log is.
"""

from __future__ import annotations

import datetime as _dt
import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ...store import paths
from ...base.errors import CsperfError

log = logging.getLogger("csperf.gui")
_in_handler = False


def log_file():
    return paths.log_dir() / "csperf-gui.log"


def setup_logging() -> None:
    handler = logging.FileHandler(log_file(), encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("csperf")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def report_exception(exc_type, exc, tb, text: str | None = None) -> None:
    """Log an unexpected exception and tell the user, once at a time."""
    global _in_handler
    if isinstance(exc, CsperfError):
        # An expected error that escaped a handler: show its message, no log noise.
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(), "csperf", exc.message)
        return
    details = text or "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        path = log_file()
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {_dt.datetime.now():%Y-%m-%d %H:%M:%S} unexpected error\n{details}\n")
    except OSError:
        path = None
    if _in_handler or QApplication.instance() is None:
        return
    _in_handler = True
    try:
        message = QCoreApplication.translate("errors", "Something went wrong inside the program. Your saved data is safe; "
                     "the last action may not have been completed.")
        if path is not None:
            message += "\n\n" + QCoreApplication.translate("errors", "The details were written to:\n{path}\n"
                                   "Please send this file to whoever looks after the program.").format(path=path)
        box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("errors", "Unexpected error"), message, QMessageBox.Ok,
                          QApplication.activeWindow())
        box.exec()
    finally:
        _in_handler = False


def install_excepthook() -> None:
    sys.excepthook = report_exception
