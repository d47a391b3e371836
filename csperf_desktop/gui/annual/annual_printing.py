"""Printing annual review reports from the Annual-review tab.

``print_review(ctx, parent, year, staff_id)`` — one person's report, to a file
chosen in the save dialog; ``print_all(ctx, parent, year, people)`` — everyone's,
in one PDF or one file per person into a folder. The PDF is laid out by
``reports.write_annual_review`` in a worker behind a cancellable progress
dialog; afterwards the user may open the file or its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ...store.models import Staff
from ...reports.annual_report import AnnualReportOptions, report_file_name, write_annual_review
from ..printing.printing import offer_printout, print_notes, with_print_checks
from ..shell import filework, messages
from .annual_dialogs import AnnualPrintDialog, paper_choice

KEY = "printing"
PDF_FILTER = "PDF (*.pdf)"
translate = QCoreApplication.translate


def _locked_handler(parent, retry):
    from ...reports import FileLocked

    def handle(exc) -> bool:
        if not isinstance(exc, FileLocked) or retry is None:
            return False
        suggestion = Path(exc.suggestion)
        if messages.confirm(parent, translate("annual_printing", "File in use"), exc.message,
                            translate("annual_printing", "Save as “{name}”").format(name=suggestion.name)):
            retry(suggestion)
        return True
    return handle


def print_review(ctx, parent, year: int, staff_id: int | None):
    """One person's annual review report; returns the background Task or None."""
    person = Staff.get_or_none(Staff.id == staff_id) if staff_id is not None else None
    if person is None:
        messages.info(parent, translate("annual_printing", "Select a person in the list first."),
                      translate("annual_printing", "Print review"))
        return None
    path = filework.ask_save_path(
        parent, KEY, translate("annual_printing", "Save the annual review of {name} as PDF").format(name=person.name),
        report_file_name(year, person), PDF_FILTER, ".pdf")
    if path is None:
        return None
    return _write(parent, year, path, [person.id], False, AnnualReportOptions(paper=paper_choice()), person)


def print_all(ctx, parent, year: int, people: int):
    """Everyone's annual reviews of ``year``; returns the background Task or None."""
    dialog = AnnualPrintDialog(year, people, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    dialog.remember()
    options = AnnualReportOptions(paper=paper_choice())
    if dialog.one_file_per_agent():
        folder = filework.ask_folder(parent, KEY,
                                     translate("annual_printing", "Folder for the annual reviews (one PDF per person)"))
        if folder is None:
            return None
        return _write(parent, year, folder, None, True, options)
    name = translate("annual_printing", "{year}_annual_reviews.pdf").format(year=year)
    path = filework.ask_save_path(parent, KEY, translate("annual_printing", "Save the annual reviews as PDF"),
                                  name, PDF_FILTER, ".pdf")
    if path is None:
        return None
    return _write(parent, year, path, None, False, options)


def _write(parent, year: int, target: Path, staff_ids, per_agent: bool, options, person=None):
    step = translate("annual_printing", "Laying out review {done} of {total}…")

    def work(report):
        return write_annual_review(year, target, staff_ids=staff_ids, one_file_per_agent=per_agent, options=options,
                                   progress=lambda done, total: report(done, total,
                                                                       step.format(done=done, total=total)))

    def written(payload) -> None:
        paths, notes = payload
        note = print_notes(notes)
        title = translate("annual_printing", "Printed")
        if per_agent:
            text = translate("annual_printing", "{n} annual reviews for {year} were saved in the folder “{folder}”.")
            filework.offer_open(parent, text.format(n=len(paths), year=year, folder=str(target)) + note, None,
                                target, title)
        elif person is not None:
            text = translate("annual_printing", "The annual review of {name} for {year} was saved as “{file}”.")
            offer_printout(parent, text.format(name=person.name, year=year, file=paths[0].name) + note,
                           paths[0], paths[0].parent, title)
        else:
            text = translate("annual_printing", "The annual reviews for {year} were saved as “{file}”.")
            offer_printout(parent, text.format(year=year, file=paths[0].name) + note, paths[0], paths[0].parent,
                           title)

    def cancelled() -> None:
        if per_agent:
            text = translate("annual_printing", "Printing was stopped. Reports already saved in the folder stay there.")
        else:
            text = translate("annual_printing", "Printing was stopped; nothing was saved.")
        messages.info(parent, text, translate("annual_printing", "Print"))

    retry = None if per_agent else (lambda other: _write(parent, year, other, staff_ids, False, options, person))
    return filework.run_task(parent, with_print_checks(work),
                             label=translate("annual_printing", "Printing annual reviews…"),
                             cancellable=True, on_success=written, on_cancel=cancelled,
                             on_error=_locked_handler(parent, retry))
