"""辅导此人: the daily tab's right-click action on a deduction — the coaching-note dialog of
the annual review, filled from the event (``insight.coaching.coaching_draft``); saving it
records the note through the annual review's service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def tr(text: str) -> str:
    return QCoreApplication.translate("CoachingAction", text)


def coaching_action(tab) -> QAction:
    """The action for ``tab`` (the daily tab: ``selected_event()``, ``ctx``); call ``update``
    on it before showing the menu."""
    action = QAction(tr("&Coach this person about it…"), tab)

    def update() -> None:
        r = tab.selected_event()
        why = tab.ctx.permission_reason("annual_review")
        if why is None and (r is None or r.kind != "deduction"):
            why = tr("Choose a deduction: a coaching note is made from a deduction.")
        elif why is None and r.voided:
            why = tr("This deduction is voided.")
        action.setEnabled(why is None)
        action.setToolTip(why or tr("Record a coaching note for this person, filled from the deduction"))
        action.setStatusTip(why or "")

    def trigger() -> None:
        r = tab.selected_event()
        if r is not None and action.isEnabled():
            open_coaching_dialog(tab.ctx, r.id, tab)

    action.update_state = update
    action.triggered.connect(trigger)
    return action


def open_coaching_dialog(ctx, event_id: int, parent):
    """The coaching-note dialog filled from the deduction; returns it after it closed."""
    from ...base.errors import CsperfError
    from ...insight.coaching import coaching_draft
    from ..annual.annual_dialogs import CoachingNoteDialog, qdate
    from ..shell import messages

    try:
        draft = coaching_draft(event_id)
    except CsperfError as exc:
        messages.error(parent, exc.message)
        return None
    dialog = CoachingNoteDialog(ctx, draft["staff_id"], draft["date"].year, None, parent)
    dialog.date.setDate(qdate(draft["date"]))
    dialog.topic.setText(draft["topic"])
    dialog.text.setPlainText(draft["note"])
    dialog.exec()
    return dialog
