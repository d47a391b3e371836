"""The Exams tab (monthly skills exam) — not available yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .placeholder import PlaceholderPage


class ExamsTab(PlaceholderPage):
    def __init__(self, ctx, parent=None):
        super().__init__(QCoreApplication.translate("ExamsTab", "Skills exams"), QCoreApplication.translate("ExamsTab", 
            "Not yet available. Recording the monthly skills exam and its full-mark bonus will appear here."),
            parent)
        self.ctx = ctx
