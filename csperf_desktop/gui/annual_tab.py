"""The Annual-review tab — not available yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .placeholder import PlaceholderPage


class AnnualTab(PlaceholderPage):
    def __init__(self, ctx, parent=None):
        super().__init__(QCoreApplication.translate("AnnualTab", "Annual review"), QCoreApplication.translate("AnnualTab", 
            "Not yet available. Goals, year-end evaluation and the weighted annual result will appear here."),
            parent)
        self.ctx = ctx
