"""Running a core service from the GUI — the one path every change takes.

``run_op`` calls a service (``add_event``, ``publish_month``, …) with the
acting user, turns a ``CsperfError`` into a message box carrying the core's
own message (or hands it to the caller to show next to a field), and on
success announces ``ctx.changed(what)`` so every view refreshes itself.
Slow services run in a worker thread behind a progress dialog; the window
keeps painting. No tab writes a model itself.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...base.errors import CsperfError
from ...store.models import database_proxy
from . import messages

log = logging.getLogger("csperf.gui")

# The worker threads still running (kept referenced until they report back).
_running: set = set()
_pool: QThreadPool | None = None


def thread_pool() -> QThreadPool:
    """Our own pool: Qt's global one may be busy with the platform's own work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def call_in_worker(fn: Callable, *args, **kwargs) -> tuple[bool, Any]:
    """Call ``fn`` in a worker thread on the thread's own database connection (peewee keeps
    one per thread), closed afterwards. (True, result), or (False, the exception) with its
    traceback kept for the UI thread's error dialog."""
    db = database_proxy.obj
    try:
        if db is not None:
            db.connect(reuse_if_open=True)
        try:
            return True, fn(*args, **kwargs)
        finally:
            if db is not None:
                db.close()
    except BaseException as exc:  # handed to the UI thread, shown there
        exc.__gui_traceback__ = traceback.format_exc()
        return False, exc


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: Callable, args, kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        ok, payload = call_in_worker(self.fn, *self.args, **self.kwargs)
        self._report(self.signals.done if ok else self.signals.failed, payload)

    @staticmethod
    def _report(signal, payload) -> None:
        try:
            signal.emit(payload)
        except RuntimeError:
            pass  # the program is closing and nobody is left to tell


class Op(QObject):
    """One run of a service; ``finished(ok, result_or_error)`` fires once."""

    finished = Signal(bool, object)

    def __init__(self, ctx, parent: QWidget | None, what: str, on_success, on_error):
        super().__init__(parent)
        self.ctx, self.parent_widget, self.what = ctx, parent, what
        self.on_success, self.on_error = on_success, on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False

    def _succeed(self, result) -> None:
        self.result, self.done = result, True
        if self.on_success:
            self.on_success(result)
        if self.what:
            self.ctx.changed.emit(self.what)
        self.finished.emit(True, result)
        notes = after_effects()
        if notes:  # the change is saved; what followed it (a backup, an anchor line) did not work
            messages.error(self.parent_widget, "\n\n".join(notes),
                           QCoreApplication.translate("operations", "Saved, with a warning"))

    def _fail(self, exc: BaseException) -> None:
        self.error, self.done = exc, True
        if isinstance(exc, CsperfError):
            handled = self.on_error(exc) if self.on_error else False
            if not handled:
                messages.error(self.parent_widget, exc.message)
        else:
            # A bug: log it with its traceback and show the application-wide dialog.
            from .errors_dialog import report_exception

            report_exception(type(exc), exc, exc.__traceback__, getattr(exc, "__gui_traceback__", None))
        self.finished.emit(False, exc)


def after_effects() -> list[str]:
    """What failed after a change was saved, said once: the automatic backup after publishing,
    an anchor line of the audit chain. Read only from modules already loaded (nothing is imported
    for it)."""
    notes = []
    backup = sys.modules.get("csperf_desktop.store.backup")
    if backup is not None:
        failure = backup.take_automatic_backup_failure()
        if failure:
            notes.append(failure)
    anchoring = sys.modules.get("csperf_desktop.office.anchoring")
    if anchoring is not None:
        notes += anchoring.take_warnings()
    return notes


def run_op(ctx, parent: QWidget | None, fn: Callable, *args, what: str = "", slow: bool = False,
           label: str = "", on_success: Callable | None = None,
           on_error: Callable[[CsperfError], bool] | None = None, **kwargs) -> Op:
    """Run ``fn(ctx.actor, *args, **kwargs)``.

    ``what``: the kind of change announced on success, after ``on_success(result)``
    has run (so the caller can update its own view first). ``on_error(exc)``
    returns True when it showed the error itself (e.g. next to a field).
    ``slow``: run in a worker thread with a progress dialog; the returned
    ``Op`` reports through ``finished``.
    """
    op = Op(ctx, parent, what, on_success, on_error)
    after_effects()  # forget what an earlier change left: only this one's are reported
    if not slow:
        try:
            result = fn(ctx.actor, *args, **kwargs)
        except CsperfError as exc:
            op._fail(exc)
        except Exception as exc:
            op._fail(exc)
        else:
            op._succeed(result)
        return op

    _start_worker(op, parent, label, fn, (ctx.actor,) + args, kwargs)
    return op


def run_query(ctx, parent: QWidget | None, fn: Callable, *args, label: str = "",
              on_success: Callable | None = None, **kwargs) -> Op:
    """Read-only work (e.g. loading a long month) off the UI thread: ``fn(*args, **kwargs)``
    runs in a worker behind a progress dialog (shown only when it takes a while); nothing
    is announced as changed."""
    op = Op(ctx, parent, "", on_success, None)
    _start_worker(op, parent, label, fn, args, kwargs)
    return op


def _start_worker(op: Op, parent, label: str, fn: Callable, args: tuple, kwargs: dict) -> None:
    dialog = QProgressDialog(label or "…", None, 0, 0, parent)
    dialog.setWindowTitle(label or "…")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(200)
    dialog.setCancelButton(None)
    worker = _Worker(fn, args, kwargs)
    _running.add(worker)

    def finish(ok: bool, payload) -> None:
        _running.discard(worker)
        dialog.reset()
        dialog.deleteLater()
        (op._succeed if ok else op._fail)(payload)

    worker.signals.done.connect(lambda r: finish(True, r), Qt.QueuedConnection)
    worker.signals.failed.connect(lambda e: finish(False, e), Qt.QueuedConnection)
    thread_pool().start(worker)
