"""The month's order gifts (赠品): who earned which gift, which are handed over; mark them
given (or take a mistaken mark back), print the A4 list the recipients sign."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from ...base import clock
from ...office.display_names import display_name
from ...monthly import gifts as gift_service
from ..forms.ui_gifts_dialog import Ui_GiftsDialog
from ..printing.printing import print_notes, with_print_checks
from ..shell import filework, i18n, messages
from ..shell.operations import run_op
from ..widgets.rows_model import BONUS_COLOR, RowRole, RowsModel

PDF_KEY = "print"


class GiftsModel(RowsModel):
    CONTEXT = "GiftsModel"
    ID, DATE, NO, NAME, REFERENCE, AMOUNT, TIER, GIVEN = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("GiftsModel", "Event"), QT_TRANSLATE_NOOP("GiftsModel", "Date"),
               QT_TRANSLATE_NOOP("GiftsModel", "No."), QT_TRANSLATE_NOOP("GiftsModel", "Name"),
               QT_TRANSLATE_NOOP("GiftsModel", "Order no."), QT_TRANSLATE_NOOP("GiftsModel", "Amount (yuan)"),
               QT_TRANSLATE_NOOP("GiftsModel", "Gift"), QT_TRANSLATE_NOOP("GiftsModel", "Handed over"))

    @staticmethod
    def given_text(g) -> str:
        if not g.given:
            return QCoreApplication.translate("GiftsModel", "Not yet")
        return QCoreApplication.translate("GiftsModel", "Given {date} · {by}").format(
            date=g.given_on.isoformat(), by=display_name(g.given_by))

    def cell(self, g, column, role):
        if role == Qt.DisplayRole:
            return {self.ID: str(g.event_id), self.DATE: g.date.isoformat(), self.NO: g.employee_no,
                    self.NAME: g.name, self.REFERENCE: g.reference, self.AMOUNT: f"{g.amount:,.2f}",
                    self.TIER: QCoreApplication.translate("GiftsModel", "Gift {tier}").format(tier=g.tier),
                    self.GIVEN: self.given_text(g)}.get(column)
        if role == Qt.CheckStateRole and column == self.GIVEN:
            return Qt.Checked if g.given else Qt.Unchecked
        if role == Qt.ForegroundRole and column == self.GIVEN and g.given:
            return QBrush(BONUS_COLOR)
        if role == Qt.TextAlignmentRole and column == self.AMOUNT:
            return int((Qt.AlignRight | Qt.AlignVCenter).value)
        if role == Qt.ToolTipRole and column == self.GIVEN and g.note:
            return g.note
        return None


class GiftsDialog(QDialog):
    """The gifts the month's orders earned, with a filter (all / not given / given), a
    "mark as given on <date>" action, its undo (with a reason) and the printable list."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_GiftsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Order gifts — {month}").format(month=i18n.month_label(ctx.month)))
        self.summary = self.ui.summary
        self.filter = self.ui.filter
        self.filter.addItem(self.tr("All gifts"), None)
        self.filter.addItem(self.tr("Not yet given"), False)
        self.filter.addItem(self.tr("Given"), True)
        self.given_on = self.ui.givenOn
        today = clock.today()
        self.given_on.setDate(QDate(today.year, today.month, today.day))
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = self.ui.note
        self.mark_button = self.ui.markButton
        self.unmark_button = self.ui.unmarkButton
        self.print_button = self.ui.printButton
        self.model = GiftsModel(self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(GiftsModel.GIVEN, QHeaderView.Stretch)
        for col, w in enumerate((54, 90, 62, 70, 120, 100, 64)):
            self.table.setColumnWidth(col, w)
        self.ui.close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.ui.close.rejected.connect(self.reject)

        self.filter.currentIndexChanged.connect(self.load)
        self.mark_button.clicked.connect(self.mark_selected)
        self.unmark_button.clicked.connect(self.unmark_selected)
        self.print_button.clicked.connect(self.print_list)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _: self.mark_selected())
        ctx.changed.connect(self.on_changed)
        self.load()

    def on_changed(self, what: str) -> None:
        if what in ("events", "gifts", "period", "database"):
            self.load()

    def load(self, *_) -> None:
        month = self.ctx.month
        everything = gift_service.gifts_for_month(month)
        shown_filter = self.filter.currentData()
        self.model.set_rows([g for g in everything if shown_filter is None or g.given == shown_filter])
        counts = gift_service.tier_counts(everything)
        pending = sum(1 for g in everything if not g.given)
        self.summary.setText(self.tr("{month}: {n} gifts (A {a}, B {b}, C {c}); {pending} not yet given.").format(
            month=i18n.month_label(month), n=len(everything), a=counts["A"], b=counts["B"], c=counts["C"],
            pending=pending))
        self.update_buttons()

    def selected(self) -> list:
        return [self.model.data(i, RowRole) for i in self.table.selectionModel().selectedRows()]

    def update_buttons(self, *_) -> None:
        why = self.ctx.permission_reason("give_gifts")
        chosen = self.selected()
        self.mark_button.setEnabled(why is None and any(not g.given for g in chosen))
        self.unmark_button.setEnabled(why is None and any(g.given for g in chosen))
        for b in (self.mark_button, self.unmark_button):
            b.setToolTip(why or "")

    def mark_selected(self) -> None:
        ids = [g.event_id for g in self.selected() if not g.given]
        if not ids or not self.mark_button.isEnabled():
            return
        d = self.given_on.date()
        run_op(self.ctx, self, gift_service.mark_given, ids, _dt.date(d.year(), d.month(), d.day()),
               self.note.text(), what="gifts")
        self.note.clear()

    def unmark_selected(self) -> None:
        ids = [g.event_id for g in self.selected() if g.given]
        if not ids:
            return
        reason = messages.ask_text(self, self.tr("Undo given"), self.tr(
            "Take back the handout record of {n} gift(s)? The audit trail keeps it.\nReason:").format(n=len(ids)))
        if reason is None:
            return
        run_op(self.ctx, self, gift_service.unmark_given, ids, reason, what="gifts")

    def print_list(self) -> None:
        from ...reports import write_gift_list

        month = self.ctx.month
        given = self.filter.currentData()
        name = self.tr("{month}_gift_list.pdf").format(month=month.key)
        path = filework.ask_save_path(self, PDF_KEY, self.tr("Print the gift list — {month}").format(
            month=i18n.month_label(month)), name, self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return None

        def written(payload) -> None:
            out, notes = payload
            filework.offer_open(self, self.tr("Gift list written to “{name}”.").format(name=out.name)
                                + print_notes(notes), out, out.parent, self.tr("Printed"))

        return filework.run_task(self, with_print_checks(lambda report: write_gift_list(month, path, given=given)),
                                 label=self.tr("Printing the gift list…"), on_success=written)


def open_gifts(ctx, parent) -> None:
    GiftsDialog(ctx, parent).exec()
