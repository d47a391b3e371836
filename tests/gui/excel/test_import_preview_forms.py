"""The import preview and the proposals after an import are built from their Designer forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from csperf_desktop.excel import Preview


def tab_chain(window) -> list:
    found, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(window):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_preview_notes_label_only_when_the_file_has_notes(qtbot, db):
    from csperf_desktop.gui.excel.import_preview import ImportPreviewDialog

    plain = ImportPreviewDialog(Preview("staff", Path("roster.xlsx"), data_rows=3), "Staff")
    noted = ImportPreviewDialog(Preview("staff", Path("roster.xlsx"), notes=["Row 3 is the template's example."]),
                                "Staff")
    for dialog in (plain, noted):
        qtbot.addWidget(dialog)
        assert type(dialog.ui).__name__ == "Ui_ImportPreviewDialog"
        assert dialog.table is dialog.ui.table and dialog.summary.font().bold()
    assert plain.findChild(QLabel, "notes") is None
    assert noted.findChild(QLabel, "notes").text() == "Row 3 is the template's example."
    assert "nothing to import" in plain.summary.text() and not plain.import_button.isEnabled()
    # The table is reached before the buttons, as it is seen.
    assert tab_chain(plain)[0] is plain.table


def test_proposals_dialog_comes_from_its_form(qtbot, db):
    from csperf_desktop.gui.excel.import_preview import ProposalsDialog

    dialog = ProposalsDialog([], False, "Only a supervisor confirms points.")
    qtbot.addWidget(dialog)
    assert type(dialog.ui).__name__ == "Ui_ProposalsDialog"
    assert dialog.windowTitle() == "Proposed points to confirm"
    assert not dialog.confirm_button.isEnabled()
    assert dialog.confirm_button.toolTip() == "Only a supervisor confirms points."
    assert tab_chain(dialog)[0] is dialog.table
