"""Printing from the main window: the bulletin, everyone's scorecards, one agent's scorecard.

Entry points (the Print menu calls them with the window as ``parent``):

- ``print_bulletin(ctx, parent)`` — options (paper, orientation, names, ※
  marker, chart; remembered), a file name such as ``2026-09_考核公示.pdf`` in
  the folder last used, then the PDF. An unpublished month prints a draft
  and the options dialog says so first.
- ``print_scorecards(ctx, parent)`` — everyone with a result in the month:
  one PDF, or one PDF per person into a chosen folder; cancellable progress.
- ``print_agent_scorecard(ctx, parent, staff_id)`` — the selected person only.

Each returns the background ``Task`` (or None when nothing was started). The
PDF is laid out by the core's reports package in a worker thread and written
safely (temporary file + rename). A target open in another program gives a
message that names it and offers a free name instead. Afterwards the user may
open the file or its folder. A font problem is reported once per session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ...base import clock
from ...store.models import Staff
from ...base.months import Month
from ...reports import (FileLocked, collect_missing_glyphs, font_warning, missing_glyphs_message, write_bulletin,
                         write_scorecards)
from ...monthly.standings import employed_in
from ..shell import filework, i18n, messages
from .print_dialogs import BulletinOptionsDialog, ScorecardsDialog, scorecard_options

KEY = "printing"
PDF_FILTER = "PDF (*.pdf)"
_font_warned = False


translate = QCoreApplication.translate


def _is_draft(ctx, month: Month) -> bool:
    return ctx.period(month).status not in ("published", "closed")


def _month_ready(ctx, parent, month: Month) -> bool:
    if month.first_day > clock.today():
        text = translate("printing", "{month} has not begun yet; there are no results to print.")
        messages.error(parent, text.format(month=i18n.month_label(month)), translate("printing", "Print"))
        return False
    return True


def with_print_checks(work):
    """Run ``work`` (which writes a PDF) in the worker and also return what the person should be
    told about it: the font warning (looked up there: it may scan font files) and the characters
    that no installed font could print (printed as 〓)."""
    def run(report):
        with collect_missing_glyphs() as missing:
            result = work(report)
        return result, (font_warning(), missing_glyphs_message(missing))
    return run


def print_notes(notes) -> str:
    """The text to add to the "saved" message: the font warning once a session, the missing
    characters every time (whose name, which character)."""
    global _font_warned
    warning, glyphs = notes
    text = ""
    if warning and not _font_warned:
        _font_warned = True
        text += "\n\n" + translate("printing", "Font: {warning}").format(warning=warning)
    if glyphs:
        text += "\n\n" + glyphs
    return text


def _locked_handler(parent, retry):
    """For a single target: name the locked file and offer the core's suggested free name."""
    def handle(exc) -> bool:
        if not isinstance(exc, FileLocked):
            return False
        suggestion = Path(exc.suggestion)
        if messages.confirm(parent, translate("printing", "File in use"), exc.message,
                            translate("printing", "Save as “{name}”").format(name=suggestion.name)):
            retry(suggestion)
        return True
    return handle


def _done(parent, message: str, file: Path | None, folder: Path | None) -> None:
    offer_printout(parent, message, file, folder, translate("printing", "Printed"))


def offer_printout(parent, message: str, file: Path | None, folder: Path | None, title: str) -> None:
    """Say what was written; a single PDF can be previewed and sent to the printer from here."""
    preview = None
    if file is not None and file.suffix.lower() == ".pdf":
        def preview():
            from .pdf_preview import preview_and_print

            preview_and_print(parent, file)
    filework.offer_open(parent, message, file, folder, title, preview=preview)


# ---------------------------------------------------------------- bulletin

def bulletin_file_name(month: Month, draft: bool) -> str:
    name = (translate("printing", "{month}_bulletin_draft.pdf") if draft
            else translate("printing", "{month}_bulletin.pdf"))
    return name.format(month=month.key)


def print_bulletin(ctx, parent):
    month = ctx.month
    if not _month_ready(ctx, parent, month):
        return None
    draft = _is_draft(ctx, month)
    dialog = BulletinOptionsDialog(month, draft, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    dialog.remember()
    options = dialog.options()
    path = filework.ask_save_path(parent, KEY, translate("printing", "Save the bulletin as PDF"),
                                  bulletin_file_name(month, draft), PDF_FILTER, ".pdf")
    if path is None:
        return None
    return _write_bulletin(ctx, parent, month, options, path, draft)


def _write_bulletin(ctx, parent, month, options, path: Path, draft: bool):
    def written(payload) -> None:
        out, notes = payload
        if draft:
            text = translate("printing", "The DRAFT bulletin for {month} was saved as “{name}”. It is not for the wall.")
        else:
            text = translate("printing", "The bulletin for {month} was saved as “{name}”.")
        _done(parent, text.format(month=i18n.month_label(month), name=out.name) + print_notes(notes),
              out, out.parent)

    return filework.run_task(
        parent, with_print_checks(lambda report: write_bulletin(month, path, options)),
        label=translate("printing", "Printing the bulletin…"), on_success=written,
        on_error=_locked_handler(parent, lambda other: _write_bulletin(ctx, parent, month, options, other, draft)))


# ---------------------------------------------------------------- scorecards

def scorecards_file_name(month: Month) -> str:
    return translate("printing", "{month}_scorecards.pdf").format(month=month.key)


def print_scorecards(ctx, parent):
    month = ctx.month
    if not _month_ready(ctx, parent, month):
        return None
    draft = _is_draft(ctx, month)
    people = Staff.select().where(employed_in(month)).count()
    dialog = ScorecardsDialog(month, draft, people, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    dialog.remember()
    options = dialog.options()
    if dialog.one_file_per_agent():
        folder = filework.ask_folder(parent, KEY,
                                     translate("printing", "Folder for the scorecards (one PDF per person)"))
        if folder is None:
            return None
        return _write_cards(parent, month, folder, None, True, options)
    path = filework.ask_save_path(parent, KEY, translate("printing", "Save the scorecards as PDF"),
                                  scorecards_file_name(month), PDF_FILTER, ".pdf")
    if path is None:
        return None
    return _write_cards(parent, month, path, None, False, options)


def print_agent_scorecard(ctx, parent, staff_id: int | None):
    month = ctx.month
    if staff_id is None:
        messages.info(parent,
                      translate("printing", "Select a person in the Staff tab first, then print their scorecard."),
                      translate("printing", "Print scorecard"))
        return None
    if not _month_ready(ctx, parent, month):
        return None
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        messages.error(parent, translate("printing", "This person no longer exists."),
                       translate("printing", "Print scorecard"))
        return None
    from ...reports.scorecard import card_file_name

    path = filework.ask_save_path(
        parent, KEY, translate("printing", "Save the scorecard of {name} as PDF").format(name=person.name),
        card_file_name(month, person), PDF_FILTER, ".pdf")
    if path is None:
        return None
    return _write_cards(parent, month, path, [person.id], False, scorecard_options(), person=person)


def _write_cards(parent, month: Month, target: Path, staff_ids, per_agent: bool, options, person=None):
    step = translate("printing", "Laying out scorecard {done} of {total}…")

    def work(report):
        return write_scorecards(month, target, staff_ids=staff_ids, one_file_per_agent=per_agent,
                                progress=lambda done, total: report(done, total, step.format(done=done, total=total)),
                                options=options)

    def written(payload) -> None:
        paths, notes = payload
        note = print_notes(notes)
        if per_agent:
            text = translate("printing", "{n} scorecards for {month} were saved in the folder “{folder}”.")
            _done(parent, text.format(n=len(paths), month=i18n.month_label(month), folder=str(target)) + note,
                  None, target)
        elif person is not None:
            text = translate("printing", "The scorecard of {name} for {month} was saved as “{file}”.")
            _done(parent, text.format(name=person.name, month=i18n.month_label(month), file=paths[0].name) + note,
                  paths[0], paths[0].parent)
        else:
            _done(parent, translate("printing", "The scorecards for {month} were saved as “{file}”.").format(
                month=i18n.month_label(month), file=paths[0].name) + note, paths[0], paths[0].parent)

    def cancelled() -> None:
        if per_agent:
            text = translate("printing", "Printing was stopped. Cards already saved in the folder stay there.")
        else:
            text = translate("printing", "Printing was stopped; nothing was saved.")
        messages.info(parent, text, translate("printing", "Print"))

    retry = None if per_agent else (lambda other: _write_cards(parent, month, other, staff_ids, False, options,
                                                               person))
    return filework.run_task(
        parent, with_print_checks(work), label=translate("printing", "Printing scorecards…"), cancellable=True,
        on_success=written, on_cancel=cancelled,
        on_error=_locked_handler(parent, retry) if retry else None)
