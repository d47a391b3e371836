"""Excel from the window: save an import template, import a workbook, export.

Entry points (the File menu calls them with the main window as ``parent``):

- ``save_template(ctx, parent, kind)`` — a blank template for ``kind``
  (``"staff"``, ``"events"``, ``"figures"``, ``"exams"``; see ``IMPORT_KINDS``).
- ``import_file(ctx, parent, kind)`` — choose an .xlsx, .xls or .ods file, read and check it
  in the background, show the preview (rows to add / change, or every
  problem with "save a marked copy"), ask before overwriting existing data
  (e.g. re-imported figures), write it all in one transaction in the
  background, then — after figures or exams — show the proposed points
  (B06/B09, B02) and offer to confirm them.
- ``export(ctx, parent, what)`` — ``"month"`` (results of the month in
  view), ``"events"`` (its event log), ``"figures"``, ``"exams"``,
  ``"appeals"`` (of that month), ``"staff"`` or ``"all"`` (every table, the
  whole archive); see ``EXPORT_KINDS``. Written atomically; a file open in
  Excel gives the core's message.
The File menu's three submenus listing them are built by
``excel_menu.add_excel_menus``, which does not import this module.

Each returns the background ``Task`` it started (or None). Nothing here
writes a model: reading, importing and exporting are core calls run in a
worker thread (``filework.run_task``); confirming proposals goes through
``run_op``. Changes are announced on ``ctx.changed``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog

from ...base import clock
from ...excel import apply_import, exporters, read_import, save_marked_copy
from ...excel import save_template as core_save_template
from ...excel.preview import PERMISSION
from ...base.months import Month
from ...monthly.proposals import confirm as confirm_proposals
from ..shell import filework, i18n, messages
from ..exams.exam_models import can_confirm, confirm_reason
from .excel_menu import EXPORT_KINDS, IMPORT_KINDS
from .import_preview import ImportPreviewDialog, ProposalsDialog
from ..shell.operations import run_op

KEY = "excel"

CONTEXT = "excel"
XLSX_FILTER = QT_TRANSLATE_NOOP("excel", "Excel workbooks (*.xlsx)")
OPEN_FILTER = QT_TRANSLATE_NOOP("excel", "Spreadsheets (*.xlsx *.xls *.ods);;All files (*)")

# What each import changes, for the views listening on ctx.changed (figures feed the proposals).
CHANGED = {"staff": "staff", "events": "events", "figures": "events", "exams": "exams", "annual_review": "annual"}

EXPORT_NAMES = {
    "month": QT_TRANSLATE_NOOP("excel", "{month}_results.xlsx"),
    "events": QT_TRANSLATE_NOOP("excel", "{month}_events.xlsx"),
    "figures": QT_TRANSLATE_NOOP("excel", "{month}_figures.xlsx"),
    "exams": QT_TRANSLATE_NOOP("excel", "{month}_exams.xlsx"),
    "appeals": QT_TRANSLATE_NOOP("excel", "{month}_appeals.xlsx"),
    "gifts": QT_TRANSLATE_NOOP("excel", "{month}_gifts.xlsx"),
    "staff": QT_TRANSLATE_NOOP("excel", "staff_{date}.xlsx"),
    "all": QT_TRANSLATE_NOOP("excel", "csperf_archive_{date}.xlsx"),
}


translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return tr(IMPORT_KINDS[kind])


def export_label(what: str) -> str:
    return tr(EXPORT_KINDS[what])


# ---------------------------------------------------------------- template

def ask_review_year(ctx, parent) -> int | None:
    """The year of an annual-review template or import (the year in view by default)."""
    from PySide6.QtWidgets import QInputDialog

    year, ok = QInputDialog.getInt(parent, translate("excel", "Annual review"),
                                   translate("excel", "Review year:"), ctx.month.year, 2000, 2100)
    return year if ok else None


def save_template(ctx, parent, kind: str):
    label = kind_label(kind)
    year = None
    if kind == "annual_review":
        year = ask_review_year(ctx, parent)
        if year is None:
            return None
    title = translate("excel", "Save the {kind} import template").format(kind=label)
    name = translate("excel", "{kind} template.xlsx").format(kind=label)
    path = filework.ask_save_path(parent, KEY, title, name, tr(XLSX_FILTER), ".xlsx")
    if path is None:
        return None

    def written(out: Path) -> None:
        text = translate("excel", "The {kind} template was saved as “{name}”. Fill it in (the notes sheet explains "
                                  "each column) and import it with File → Import from Excel.")
        filework.offer_open(parent, text.format(kind=label, name=out.name), out, out.parent,
                            translate("excel", "Template saved"))

    return filework.run_task(parent, lambda report: core_save_template(kind, path, year=year),
                             label=translate("excel", "Saving the template…"), on_success=written)


# ---------------------------------------------------------------- import

def import_file(ctx, parent, kind: str):
    label = kind_label(kind)
    permission = PERMISSION.get(kind, "import_figures")
    if not ctx.can(permission):
        messages.error(parent, ctx.permission_reason(permission),
                       translate("excel", "Import {kind}").format(kind=label))
        return None
    title = translate("excel", "Import {kind} from Excel").format(kind=label)
    path = filework.ask_open_path(parent, KEY, title, tr(OPEN_FILTER))
    if path is None:
        return None
    # Figures without a month column belong to the month in view (a month column in the file wins).
    month = ctx.month if kind == "figures" else None
    year = None
    if kind == "annual_review":
        year = ask_review_year(ctx, parent)
        if year is None:
            return None
    return filework.run_task(
        parent, lambda report: read_import(path, kind, month=month, year=year, progress=report),
        label=translate("excel", "Reading “{name}”…").format(name=path.name), cancellable=True,
        on_success=lambda preview: show_preview(ctx, parent, preview))


def show_preview(ctx, parent, preview):
    """The preview dialog; on "Import", ask about changes, then write in the background."""
    dialog = ImportPreviewDialog(preview, kind_label(preview.kind), parent)
    if dialog.marked_button is not None:
        dialog.marked_button.clicked.connect(lambda: save_marked(dialog, preview))
    if dialog.exec() != QDialog.Accepted or preview.problems:
        return None
    update = False
    if preview.changes:
        first = preview.changes[0]
        if preview.kind == "figures":
            text = translate("excel", "{n} row(s) replace figures imported before (for example row {row}: {label}). "
                      "Replace them with the values in this file?")
        else:
            text = translate("excel", "{n} row(s) change data csperf already holds (for example row {row}: {label}). "
                      "Update them?")
        if not messages.confirm(parent, translate("excel", "Update existing data?"),
                                text.format(n=len(preview.changes), row=first.row, label=first.label),
                                translate("excel", "&Update")):
            return None
        update = True
    return apply(ctx, parent, preview, update)


def save_marked(parent, preview):
    """Save the workbook with each problem cell marked red and commented."""
    name = preview.path.stem + translate("excel", "_marked") + ".xlsx"
    start_key = KEY
    path = filework.ask_save_path(parent, start_key, translate("excel", "Save a copy with the problems marked"), name,
                                  tr(XLSX_FILTER), ".xlsx")
    if path is None:
        return None
    if path.resolve() == preview.path.resolve():
        messages.error(parent, translate("excel", "Choose another name: the original workbook is kept as it is."))
        return None

    def written(out: Path) -> None:
        text = translate("excel", "The marked copy was saved as “{name}”: the problem cells are red, "
                                  "each with a comment saying what to correct.")
        filework.offer_open(parent, text.format(name=out.name), out, out.parent,
                            translate("excel", "Marked copy saved"))

    return filework.run_task(parent, lambda report: save_marked_copy(preview, path),
                             label=translate("excel", "Saving the marked copy…"), on_success=written)


def apply(ctx, parent, preview, update: bool):
    kind = preview.kind

    def work(report):
        result = apply_import(ctx.actor, preview, update=update, progress=report)
        return result, list(result.proposals)  # listed here: it queries the database

    def done(payload) -> None:
        result, proposals = payload
        ctx.changed.emit(CHANGED.get(kind, "events"))
        text = translate("excel", "{kind} imported from “{file}”: {added} added, {changed} updated, "
                                  "{same} unchanged.")
        text = text.format(kind=kind_label(kind), file=preview.path.name, added=result.added,
                           changed=result.changed, same=result.unchanged)
        messages.info(parent, text, translate("excel", "Imported"))
        if proposals:
            offer_proposals(ctx, parent, proposals)

    def cancelled() -> None:
        messages.info(parent, translate("excel", "The import was stopped; nothing was written."),
                      translate("excel", "Import"))

    label = translate("excel", "Importing {kind}…").format(kind=kind_label(kind))
    return filework.run_task(parent, work, label=label, cancellable=True, on_success=done, on_cancel=cancelled)


def offer_proposals(ctx, parent, proposals: list) -> None:
    """Show the pending B06/B09 (or B02) proposals and confirm them, month by month, if asked."""
    dialog = ProposalsDialog(proposals, can_confirm(ctx), confirm_reason(ctx), parent)
    if dialog.exec() != QDialog.Accepted:
        return
    by_month: dict = defaultdict(list)
    for p in proposals:
        by_month[Month.of(p.date)].append(p)
    for month, chosen in sorted(by_month.items(), key=lambda item: item[0].key):
        op = run_op(ctx, parent, confirm_proposals, chosen, month, what="events")
        if op.error is not None:
            break


# ---------------------------------------------------------------- export

def export(ctx, parent, what: str):
    month = ctx.month
    today = clock.today()
    name = tr(EXPORT_NAMES[what]).format(month=month.key, date=today.strftime("%Y%m%d"))
    label = export_label(what)
    title = (translate("excel", "Export {what} — {month}").format(what=label, month=i18n.month_label(month))
             if what not in ("staff", "all") else translate("excel", "Export {what}").format(what=label))
    path = filework.ask_save_path(parent, KEY, title, name, tr(XLSX_FILTER), ".xlsx")
    if path is None:
        return None

    def work(report):
        if what == "month":
            return exporters.export_month(path, month)
        if what == "events":
            return exporters.export_events(path, month=month, progress=report)
        if what == "figures":
            return exporters.export_figures(path, month)
        if what == "exams":
            return exporters.export_exams(path, month)
        if what == "appeals":
            return exporters.export_appeals(path, month)
        if what == "gifts":
            return exporters.export_gifts(path, month)
        if what == "staff":
            return exporters.export_staff(path)
        return exporters.export_all(path, None, progress=report)

    def written(out: Path) -> None:
        text = translate("excel", "{what} exported to “{name}”.").format(what=label, name=out.name)
        filework.offer_open(parent, text, out, out.parent, translate("excel", "Exported"))

    return filework.run_task(parent, work, label=translate("excel", "Exporting {what}…").format(what=label),
                             cancellable=False, on_success=written)


