"""The Appeals tab (re-check requests after publication) — not available yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .placeholder import PlaceholderPage


class AppealsTab(PlaceholderPage):
    def __init__(self, ctx, parent=None):
        super().__init__(QCoreApplication.translate("AppealsTab", "Re-check requests"), QCoreApplication.translate("AppealsTab", 
            "Not yet available. Recording and deciding the appeals that follow publication will appear here."),
            parent)
        self.ctx = ctx
