"""The print option dialogs and the printout check are built from their Designer forms; the
draft banner of a form is there only for a month not yet published."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from csperf_desktop.base.months import Month

PUBLISHED = Month(2026, 9)
OPEN = Month(2026, 10)


def test_draft_banner_only_for_an_unpublished_month(qtbot, demo_db, ctx):
    from csperf_desktop.gui.printing.print_dialogs import BulletinOptionsDialog, ScorecardsDialog

    dialogs = {(kind.__name__, draft): kind(*((month, draft) if kind is BulletinOptionsDialog
                                              else (month, draft, 12)))
               for kind in (BulletinOptionsDialog, ScorecardsDialog)
               for month, draft in ((OPEN, True), (PUBLISHED, False))}
    for (name, draft), dialog in dialogs.items():
        qtbot.addWidget(dialog)
        assert type(dialog.ui).__name__ == f"Ui_{name}"
        banner = dialog.findChild(QLabel, "draftBanner")
        if draft:
            assert banner is not None and "2026" in banner.text() and "draft" in banner.text().lower()
        else:
            assert banner is None, name
    # The choices the print code reads are the form's widgets, grouped as before.
    bulletin = dialogs[("BulletinOptionsDialog", False)]
    bulletin.privacy_buttons["number"].setChecked(True)
    bulletin.landscape.setChecked(True)
    assert not bulletin.privacy_buttons["full"].isChecked() and not bulletin.portrait.isChecked()
    assert [bulletin.paper.itemData(i) for i in range(bulletin.paper.count())] == ["A3", "A4"]
    cards = dialogs[("ScorecardsDialog", False)]
    cards.per_agent.setChecked(True)
    assert cards.one_file_per_agent() and not cards.one_pdf.isChecked()
    assert "12" in cards.ui.intro.text()


def test_check_printout_dialog_comes_from_its_form(qtbot, demo_db, ctx):
    from csperf_desktop.gui.printing.check_printout import CheckPrintoutDialog

    dialog = CheckPrintoutDialog(ctx)
    qtbot.addWidget(dialog)
    assert type(dialog.ui).__name__ == "Ui_CheckPrintoutDialog"
    assert dialog.month.count() > 0 and dialog.check_button.isEnabled()
    dialog.fingerprint.setText("")
    dialog.check()
    assert "fingerprint" in dialog.result_label.text()
    dialog.fingerprint.setText("x")
    assert dialog.result_label.text() == ""
