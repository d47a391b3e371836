"""Running one slow call off the UI thread without a service behind it.

``run_op`` (operations.py) is the path for services that change data. The
trust dialogs also run slow calls that are not services — checking the whole
database, building the first office — and want the window to keep painting.
``Background(fn, *args)`` runs ``fn`` in a thread with its own database
connection and reports through ``finished(ok, result_or_exception)``. A job
with a known count passes ``ProgressRelay.report`` as the core's plain
``progress(done, total)`` callback; ``moved(done, total)`` then fires on the UI
thread, where a progress bar follows it.
"""

from __future__ import annotations

import gc
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal

from .operations import call_in_worker

_alive: set = set()  # keeps each running job referenced until it reports


class _Thread(QThread):
    def __init__(self, fn: Callable, args, kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.ok, self.payload = False, None

    def run(self) -> None:
        self.ok, self.payload = call_in_worker(self.fn, *self.args, **self.kwargs)


class Background(QObject):
    """``finished(ok, payload)`` fires once, on the UI thread."""

    finished = Signal(bool, object)

    def __init__(self, fn: Callable, *args, parent: QObject | None = None, **kwargs):
        super().__init__(parent)
        self.done = False
        self.ok = False
        self.payload = None
        self._thread = _Thread(fn, args, kwargs)
        self._thread.finished.connect(self._report)
        _alive.add(self)
        # Collect cyclic garbage here, on the UI thread: a collection that runs in the worker
        # could otherwise destroy a dead Qt widget from the wrong thread.
        gc.collect()
        self._thread.start()

    def _report(self) -> None:
        _alive.discard(self)
        self.done, self.ok, self.payload = True, self._thread.ok, self._thread.payload
        self._thread.deleteLater()
        self.finished.emit(self.ok, self.payload)


class ProgressRelay(QObject):
    """Carries a core job's ``progress(done, total)`` calls from its thread to the UI thread."""

    moved = Signal(int, int)

    def report(self, done: int, total: int) -> bool:
        """The core's callback: may be called from any thread. Returns True (go on)."""
        self.moved.emit(int(done), int(total))
        return True

    def follow(self, bar) -> None:
        """Move ``bar`` (a QProgressBar or QProgressDialog) with the job: value of maximum."""
        def moved(done: int, total: int) -> None:
            if total > 0:
                bar.setMaximum(total)
                bar.setValue(min(done, total))
        self.moved.connect(moved)
