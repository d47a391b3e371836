"""Printing from the main window: the bulletin, the scorecards, one agent's scorecard.

The page layouts live in the core's reports package; these entry points are
where the menu reaches them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import messages


def _not_yet(parent) -> None:
    messages.info(parent, QCoreApplication.translate("printing", "Printing is not yet available."),
                  QCoreApplication.translate("printing", "Print"))


def print_bulletin(ctx, parent) -> None:
    _not_yet(parent)


def print_scorecards(ctx, parent) -> None:
    _not_yet(parent)


def print_agent_scorecard(ctx, parent, staff_id: int | None) -> None:
    _not_yet(parent)
