"""The Qt binding itself: properties the program relies on for a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_use_up_references_to_none(qapp):
    # PySide6 6.12.0 dropped one reference to None on every call of a method that returns
    # nothing; on Python 3.11 a day's use then ends in "Fatal Python error: deallocating None".
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("x")
        label.update()
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 100
