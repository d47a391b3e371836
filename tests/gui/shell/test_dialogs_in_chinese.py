"""Every dialog a supervisor opens, in Chinese, shows no English beyond product names:
titles, labels, buttons, group boxes, placeholders, choices and column titles."""

from __future__ import annotations

import re

from gui_texts import english_words, visible_texts

from csperf_desktop.base.months import Month
from csperf_desktop.gui.shell import i18n


# Data shown as it is, not interface text: file paths and the versions in 关于.
DATA = re.compile(r"^(/|[A-Z]:\\)|Python \d")


def dialogs(ctx):
    from csperf_desktop.gui.admin.audit_dialog import AuditDialog
    from csperf_desktop.gui.admin.users_dialog import UsersDialog
    from csperf_desktop.gui.annual.annual_dialogs import AnnualPrintDialog, CoachingNoteDialog, GoalDialog
    from csperf_desktop.gui.annual.template_editor import TemplateEditor
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog
    from csperf_desktop.gui.appeals.report_dialog import AppealReportDialog
    from csperf_desktop.gui.daily.batch_dialog import BatchEventDialog
    from csperf_desktop.gui.daily.gifts_dialog import GiftsDialog
    from csperf_desktop.gui.daily.spotcheck_dialog import ChecklistDialog, SpotCheckDialog, SpotCheckMonthDialog
    from csperf_desktop.gui.exams.exams_tab import ExamDialog
    from csperf_desktop.gui.printing.check_printout import CheckPrintoutDialog
    from csperf_desktop.gui.printing.print_dialogs import BulletinOptionsDialog, ScorecardsDialog
    from csperf_desktop.gui.shell.about_dialog import AboutDialog
    from csperf_desktop.store.models import Staff

    month = Month(2026, 9)
    staff_id = Staff.select().first().id
    yield AboutDialog(ctx)
    yield AuditDialog(ctx)
    yield UsersDialog(ctx)
    yield BatchEventDialog(ctx)
    yield GiftsDialog(ctx)
    yield SpotCheckDialog(ctx)
    yield ChecklistDialog(ctx)
    yield SpotCheckMonthDialog(ctx)
    yield ExamDialog(ctx)
    yield RecordAppealDialog(ctx, month)
    yield AppealReportDialog(ctx, month)
    yield CheckPrintoutDialog(ctx)
    yield BulletinOptionsDialog(month, False)
    yield ScorecardsDialog(month, False, 12)
    yield AnnualPrintDialog(2025, 12)
    yield GoalDialog(ctx, staff_id, 2025, [("csat", "客户满意度")])
    yield CoachingNoteDialog(ctx, staff_id, 2025)
    yield TemplateEditor(ctx)


def test_every_dialog_reads_in_chinese(qtbot, qapp, demo_db, ctx):
    i18n.install(qapp, "zh_CN")
    try:
        leftovers, seen = [], []
        for dialog in dialogs(ctx):
            qtbot.addWidget(dialog)
            seen.append(type(dialog).__name__)
            leftovers += [(type(dialog).__name__, kind, text) for kind, text in visible_texts(dialog)
                          if english_words(text) and not DATA.search(text)]
    finally:
        i18n.install(qapp, "en")
    assert len(seen) == 18
    assert leftovers == []
