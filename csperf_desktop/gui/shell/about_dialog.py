"""Help → About: version, where the data is, the versions underneath, and the licences.

Entry point: ``show_about(ctx, parent)`` (or ``AboutDialog(ctx, parent).exec()``).
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from ... import __version__
from ...store import paths
from ..forms.ui_about_dialog import Ui_AboutDialog

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
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.title.setText(self.tr("<h2>csperf {version}</h2>Customer-service performance appraisal for a small "
                                      "office: daily scoring, monthly results, appeals and the annual review.")
                              .format(version=__version__))
        location = ctx.database_location or ""
        if "://" in location and "@" in location:  # hide a password in a PostgreSQL URL
            scheme, rest = location.split("://", 1)
            location = f"{scheme}://…@{rest.split('@', 1)[1]}"
        self.database_label = self.ui.databaseLocation
        self.database_label.setText(location)
        self.ui.dataFolder.setText(str(paths.data_dir()))
        self.ui.backups.setText(str(_backup_folder()))
        self.ui.versions.setText(self.tr("Qt {qt}, PySide6 {pyside}, Python {python} ({system})").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version(),
            system=f"{platform.system()} {platform.release()}".strip()))
        self.licences = self.ui.licences
        try:
            self.licences.setMarkdown(LICENSES.read_text(encoding="utf-8"))
        except OSError:
            self.licences.setPlainText(self.tr("The licence file was not found."))
        self.ui.buttons.rejected.connect(self.reject)


def show_about(ctx, parent: QWidget | None = None) -> None:
    AboutDialog(ctx, parent).exec()
