"""Python's cyclic garbage collector paused around bulk work.

A printout of 200 cards, an import of 10,000 rows or a batch of events allocates hundreds of
thousands of short-lived objects without cycles; the collections their number sets off each walk
every object the program holds, for nothing: reference counting frees them all. About a tenth
of such work's time.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_pauses = [0, False]  # pauses open (any thread), and whether the collector was on before the first


@contextlib.contextmanager
def collector_paused():
    """The collector off inside; on again when the last pause open ends, as it was before the
    first (pauses nest, and may overlap in several threads)."""
    with _lock:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _lock:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()
