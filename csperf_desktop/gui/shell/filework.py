"""Writing and reading files from the window: work in a background thread
with a progress dialog that can be cancelled, the save/open dialogs that
remember their folder, and the offer to open what was written.

``run_task(parent, fn, ...)`` calls ``fn(report)`` in a worker thread;
``report(done, total, text="")`` moves the progress bar and returns False
once the user pressed Cancel (the core's progress callbacks stop on False).
Errors come back to the UI thread: a ``CsperfError`` becomes a message box
with the core's message (or goes to ``on_error``), anything else goes to the
application-wide error dialog. Like ``operations.run_op``, the worker opens
its own database connection (peewee keeps one per thread) and closes it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...base.errors import CsperfError
from . import messages
from .operations import thread_pool, call_in_worker

_running: set = set()


translate = QCoreApplication.translate



class _Signals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: Callable, cancel: threading.Event):
        super().__init__()
        self.fn, self.cancel = fn, cancel
        self.signals = _Signals()
        self.setAutoDelete(False)

    def report(self, done, total=None, text: str = "") -> bool:
        self.signals.progressed.emit(int(done or 0), int(total or 0), str(text or ""))
        return not self.cancel.is_set()

    def run(self) -> None:
        ok, payload = call_in_worker(self.fn, self.report)
        (self.signals.done if ok else self.signals.failed).emit(payload)


class Task(QObject):
    """One background job; ``finished(ok, result_or_error)`` fires once, on the UI thread."""

    finished = Signal(bool, object)

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.parent_widget = parent
        self.cancel = threading.Event()
        self.done = False
        self.ok = False
        self.result = None
        self.error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


def run_task(parent: QWidget | None, fn: Callable, *, label: str, cancellable: bool = False,
             on_success: Callable | None = None, on_error: Callable[[CsperfError], bool] | None = None,
             on_cancel: Callable | None = None) -> Task:
    """Run ``fn(report)`` off the UI thread behind a (cancellable) progress dialog.

    ``on_error(exc)`` returns True when it dealt with a core error itself.
    A job the user cancelled calls ``on_cancel`` (if given) instead of
    showing the core's "cancelled" error.
    """
    task = Task(parent)
    dialog = QProgressDialog(label, translate("filework", "Cancel") if cancellable else None, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    worker = _Worker(fn, task.cancel)
    _running.add(worker)

    def cancel() -> None:
        task.cancel.set()
        dialog.setLabelText(translate("filework", "Stopping…"))

    def progressed(done: int, total: int, text: str) -> None:
        if task.done:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text if not task.cancelled else translate("filework", "Stopping…"))

    def finish(ok: bool, payload) -> None:
        _running.discard(worker)
        task.done = True
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        task.ok = ok
        if ok:
            task.result = payload
            if on_success:
                on_success(payload)
        else:
            task.error = payload
            if task.cancelled and isinstance(payload, CsperfError):
                if on_cancel:
                    on_cancel()
            elif isinstance(payload, CsperfError):
                if not (on_error and on_error(payload)):
                    messages.error(parent, payload.message)
            else:
                from .errors_dialog import report_exception

                report_exception(type(payload), payload, payload.__traceback__,
                                 getattr(payload, "__gui_traceback__", None))
        task.finished.emit(ok, payload)

    if cancellable:
        dialog.canceled.connect(cancel)
    worker.signals.progressed.connect(progressed, Qt.QueuedConnection)
    worker.signals.done.connect(lambda r: finish(True, r), Qt.QueuedConnection)
    worker.signals.failed.connect(lambda e: finish(False, e), Qt.QueuedConnection)
    thread_pool().start(worker)
    return task


# ---------------------------------------------------------------- folders and file dialogs

def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())


def last_folder(key: str) -> str:
    folder = QSettings().value(f"{key}/folder", "", str)
    return folder if folder and Path(folder).is_dir() else documents_folder()


def remember_folder(key: str, path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    QSettings().setValue(f"{key}/folder", str(folder))


def with_suffix(path: str, suffix: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


def ask_save_path(parent, key: str, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
    """The save dialog, starting at ``name`` in the folder last used for ``key``; None when cancelled."""
    start = str(Path(last_folder(key)) / name)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if not chosen:
        return None
    path = with_suffix(chosen, suffix)
    remember_folder(key, path)
    return path


def ask_open_path(parent, key: str, title: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, last_folder(key), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(key, path)
    return path


def ask_folder(parent, key: str, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, last_folder(key))
    if not chosen:
        return None
    path = Path(chosen)
    QSettings().setValue(f"{key}/folder", str(path))
    return path


# ---------------------------------------------------------------- after writing

def open_url(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_open(parent, message: str, file: Path | None, folder: Path | None, title: str | None = None,
               preview=None) -> str:
    """Say what was written and offer to open it: returns "file", "folder", "preview" or ""
    (closed). ``preview``: a function that previews and prints the file (a printout)."""
    box = QMessageBox(QMessageBox.Information, title or translate("filework", "Done"), message,
                      QMessageBox.NoButton, parent)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 420px; }")  # file names on one line
    open_file = open_folder = preview_button = None
    if preview is not None:
        preview_button = box.addButton(translate("filework", "&Preview and print…"), QMessageBox.AcceptRole)
    if file is not None:
        open_file = box.addButton(translate("filework", "&Open file"), QMessageBox.AcceptRole)
    if folder is not None:
        open_folder = box.addButton(translate("filework", "Open &folder"), QMessageBox.ActionRole)
    close = box.addButton(translate("filework", "Close"), QMessageBox.RejectRole)
    box.setDefaultButton(preview_button or open_file or open_folder or close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is preview_button:
        preview()
        return "preview"
    if clicked is not None and clicked is open_file:
        if not open_url(file):
            text = translate("filework", "No program is set up to open “{name}”.")
            messages.error(parent, text.format(name=file.name))
        return "file"
    if clicked is not None and clicked is open_folder:
        open_url(folder)
        return "folder"
    return ""
