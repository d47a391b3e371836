"""Help → About: version, where the data is, the versions underneath, and the licences.

Entry point: ``show_about(ctx, parent)`` (or ``AboutDialog(ctx, parent).exec()``).
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout,
                               QWidget)

from ... import __version__
from ...store import paths

LICENSES = Path(__file__).resolve().parents[3] / "resources" / "licenses.md"


def _backup_folder():
    """The folder automatic backups go to (the setting, else the data folder's)."""
    from ...office.settings import backup_folder

    try:
        return backup_folder()
    except Exception:  # no database open (or unreadable settings): the default folder
        return paths.backup_dir()


class AboutDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About csperf"))
        self.resize(720, 620)
        title = QLabel(self.tr("<h2>csperf {version}</h2>Customer-service performance appraisal for a small "
                               "office: daily scoring, monthly results, appeals and the annual review.")
                       .format(version=__version__))
        title.setWordWrap(True)
        title.setTextFormat(Qt.RichText)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        def value(text: str) -> QLabel:
            label = QLabel(text)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            return label

        location = ctx.database_location or ""
        if "://" in location and "@" in location:  # hide a password in a PostgreSQL URL
            scheme, rest = location.split("://", 1)
            location = f"{scheme}://…@{rest.split('@', 1)[1]}"
        self.database_label = value(location)
        self.database_label.setObjectName("databaseLocation")
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Data folder:"), value(str(paths.data_dir())))
        form.addRow(self.tr("Backups:"), value(str(_backup_folder())))
        form.addRow(self.tr("Versions:"), value(self.tr("Qt {qt}, PySide6 {pyside}, Python {python} ({system})").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version(),
            system=f"{platform.system()} {platform.release()}".strip())))
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(False)
        try:
            self.licences.setMarkdown(LICENSES.read_text(encoding="utf-8"))
        except OSError:
            self.licences.setPlainText(self.tr("The licence file was not found."))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


def show_about(ctx, parent: QWidget | None = None) -> None:
    AboutDialog(ctx, parent).exec()
