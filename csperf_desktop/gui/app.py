"""Starting the GUI: the application, the database, the main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..db import open_database
from ..errors import CsperfError


def prepare_demo_database() -> str:
    """A fresh demo office in a temporary folder; returns its path."""
    from ..demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="csperf-demo-"))
    path = folder / "demo.db"
    open_database(str(path))
    build_demo()
    return str(path)


def run(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        if args.demo:
            prepare_demo_database()
        else:
            open_database(args.db)
    except CsperfError as exc:
        QMessageBox.critical(None, "csperf", exc.message)
        return 2
    from .. import settings

    window = QMainWindow()
    window.setWindowTitle(f"csperf — {settings.load().company_name}")
    window.setCentralWidget(QLabel("csperf"))
    window.resize(1366, 768)
    window.show()
    return app.exec()
