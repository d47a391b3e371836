"""The Appeals tab (复核申诉): re-check requests against a published month.

Record an appeal (the disputed events or the whole score, the reason, the
points asked for, when it was received); decide it (upheld, partly upheld
item by item, rejected with a reason, withdrawn) — an upheld decision
re-issues the month as a new revision; the list with its filters, the
countdown to the appeal deadline, one person's history, and the
supervisor's self-check report.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ...monthly import appeals as appeals_service
from ...office.display_names import display_name
from ...store.models import Period, Staff
from ...base.months import Month
from ..shell import i18n
from ..forms.ui_appeals_tab import Ui_AppealsTab
from .appeal_models import AppealsModel, disputed_text, local_time_text, score_change
from ..widgets import table_tools
from ..widgets.rows_model import RowRole, list_table
from ...base.text import signed
from .decide_dialog import DecideDialog
from .record_dialog import RecordAppealDialog, open_for_appeal, published_months, window_text
from .report_dialog import AppealReportDialog


ALL = "__all__"


class AppealsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = u = Ui_AppealsTab()
        u.setupUi(self)
        self.month_filter, self.status_filter, self.staff_filter = u.month_filter, u.status_filter, u.staff_filter
        self.record_button, self.decide_button, self.report_button = u.record_button, u.decide_button, u.report_button
        self.countdown, self.count_label, self.detail = u.lockBanner, u.count_label, u.detail
        self.detail_box, self.history_box = u.detail_box, u.history_box
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for code in appeals_service.STATUS:
            self.status_filter.addItem(i18n.label(appeals_service.STATUS, code), code)

        self.model = AppealsModel(self)
        self.table = list_table(u.table)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(AppealsModel.DISPUTED, QHeaderView.Stretch)
        for col, width in ((AppealsModel.ID, 44), (AppealsModel.MONTH, 64), (AppealsModel.RECEIVED, 136),
                           (AppealsModel.NO, 56), (AppealsModel.NAME, 56), (AppealsModel.CATEGORY, 90),
                           (AppealsModel.STATUS, 76), (AppealsModel.SCORE, 140), (AppealsModel.REVISION, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.decide_selected)
        table_tools.install(self.table, name="appeals")
        table_tools.empty_state(self.table, self.empty_text)

        self.history_model = AppealsModel(self)
        self.history = list_table(u.history)
        self.history.setModel(self.history_model)
        for col in (AppealsModel.ID, AppealsModel.NO, AppealsModel.NAME, AppealsModel.RECEIVED, AppealsModel.CATEGORY):
            self.history.setColumnHidden(col, True)
        self.history.horizontalHeader().setSectionResizeMode(AppealsModel.DISPUTED, QHeaderView.Stretch)
        for col, width in ((AppealsModel.MONTH, 64), (AppealsModel.STATUS, 70), (AppealsModel.SCORE, 130),
                           (AppealsModel.REVISION, 96)):
            self.history.setColumnWidth(col, width)
        u.side.setSizes([330, 220])
        u.split.setSizes([860, 480])

        self.record_button.clicked.connect(self.record)
        self.decide_button.clicked.connect(self.decide_selected)
        self.report_button.clicked.connect(self.show_report)
        for combo in (self.month_filter, self.status_filter, self.staff_filter):
            combo.currentIndexChanged.connect(self.load_appeals)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self._timer = QTimer(self, interval=30_000)
        self._timer.timeout.connect(self.update_countdown)
        self._timer.start()
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(self.follow_month)
        self.reload()

    # -- loading
    def reload(self) -> None:
        self.fill_filters()
        self.load_appeals()
        self.update_countdown()

    def fill_filters(self) -> None:
        current = self.month_filter.currentData()
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        self.month_filter.addItem(self.tr("All months"), ALL)
        months = published_months()
        for m in months:
            self.month_filter.addItem(i18n.month_label(m), m.key)
        if current is None:
            waiting = open_for_appeal()
            current = (waiting[0] if waiting else months[0]).key if (waiting or months) else ALL
        self.month_filter.setCurrentIndex(max(0, self.month_filter.findData(current)))
        self.month_filter.blockSignals(False)
        staff_current = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), ALL)
        for s in Staff.select().order_by(Staff.employee_no):
            self.staff_filter.addItem(f"{s.employee_no}  {s.name}", s.id)
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(staff_current)))
        self.staff_filter.blockSignals(False)

    def follow_month(self, month: Month) -> None:
        index = self.month_filter.findData(month.key)
        if index >= 0:
            self.month_filter.setCurrentIndex(index)

    def filter_month(self) -> Month | None:
        key = self.month_filter.currentData()
        return None if key in (None, ALL) else Month.parse(key)

    def load_appeals(self, *_):
        selected = self.selected()
        status = self.status_filter.currentData()
        staff = self.staff_filter.currentData()
        rows = appeals_service.appeal_rows(self.filter_month(), None if status == ALL else status,
                                           None if staff in (None, ALL) else staff)
        self.model.set_rows(rows)
        pending = sum(1 for r in rows if r.status == "pending")
        self.count_label.setText(self.tr("{n} appeals shown, {pending} pending").format(n=len(rows), pending=pending))
        if selected is not None and self.model.row_of(selected.id) >= 0:
            self.table.selectRow(self.model.row_of(selected.id))
        elif rows:
            self.table.selectRow(0)
        self.selection_changed()

    def update_countdown(self) -> None:
        waiting = open_for_appeal()
        if waiting:
            month = waiting[0]
            text = window_text(appeals_service.window(month), month)
            n = appeals_service.pending_count(month)
            if n:
                text += " " + self.tr("{n} pending: the month cannot be closed until every appeal is decided.").format(n=n)
        else:
            text = self.tr("No published month is waiting for appeals.")
        self.countdown.setText(text)

    def on_changed(self, what: str) -> None:
        if what in ("appeals", "period", "events", "database", "staff"):
            if what in ("database", "staff", "period"):
                self.fill_filters()
            self.load_appeals()
            self.update_countdown()

    # -- selection and detail
    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], RowRole) if rows else None

    def selection_changed(self, *_):
        a = self.selected()
        self.show_detail(a)
        if a is None:
            self.history_model.set_rows([])
        else:
            self.history_model.set_rows(appeals_service.appeal_rows(staff=a.staff_id))
            self.history_box.setTitle(self.tr("Appeals of {name}").format(name=a.name))
        self.update_buttons()

    def show_detail(self, a) -> None:
        if a is None:
            self.detail.setText(self.tr("Select an appeal to see it here."))
            return
        e = html.escape
        month = Month.parse(a.month)
        parts = [f"<b>#{a.id} {e(a.name)} ({e(a.employee_no)})</b> · {e(i18n.month_label(month))}",
                 e(self.tr("Received {when} · {category}").format(
                     when=local_time_text(a.received_at), category=i18n.label(appeals_service.CATEGORIES, a.category))),
                 f"<b>" + e(self.tr("Status:")) + f"</b> {e(i18n.label(appeals_service.STATUS, a.status))}"]
        late = _late_reason(a.id)
        if late:
            parts.append(e(self.tr("Accepted late: {reason}").format(reason=late)))
        parts.append(f"<b>" + e(self.tr("Reason:")) + f"</b> {e(a.reason)}")
        if a.items:
            lines = []
            for i in a.items:
                s = f"#{i.event_id} {i.date:%m-%d} {i.rule_code} {e(i.rule_name)} {signed(i.points)}"
                if i.proposed_points is not None:
                    s += e(self.tr(" (asks for {points})").format(points=signed(i.proposed_points)))
                if i.outcome == "upheld":
                    s += " → " + (e(self.tr("{points}, upheld").format(points=signed(i.new_points)))
                                  if i.new_points else e(self.tr("voided, upheld")))
                elif i.outcome == "rejected":
                    s += " " + e(self.tr("(kept)"))
                lines.append(s)
            parts.append(f"<b>" + e(self.tr("Disputed:")) + f"</b><br>" + "<br>".join(lines))
        else:
            parts.append(f"<b>" + e(self.tr("Disputed:")) + f"</b> {e(disputed_text(a))}")
        if a.status != "pending":
            parts.append(e(self.tr("Decided {when} by {who}.").format(when=local_time_text(a.decided_at),
                                                                     who=display_name(a.decided_by))))
            if a.decision_reason:
                parts.append(f"<b>" + e(self.tr("Decision:")) + f"</b> {e(a.decision_reason)}")
            if a.status in ("upheld", "partly") and a.revision_after:
                parts.append("<b>" + e(self.tr("Score {change}; the month is now {version}.").format(
                    change=score_change(a), version=i18n.revision_label(a.revision_after))) + "</b>")
        self.detail.setText("<br>".join(parts))

    def update_buttons(self) -> None:
        a = self.selected()
        rec_why = self.ctx.permission_reason("record_appeal")
        if rec_why is None and not Period.select().where(Period.status == "published").exists():
            rec_why = self.tr("No month is published now: appeals are recorded against a published month, "
                              "within its appeal period.")
        dec_why = self.ctx.permission_reason("decide_appeal")
        self.record_button.setEnabled(rec_why is None)
        self.record_button.setToolTip(rec_why or "")
        pending = a is not None and a.status == "pending"
        self.decide_button.setEnabled(dec_why is None and pending)
        self.decide_button.setToolTip(dec_why or ("" if pending else self.tr("Select a pending appeal.")))

    def empty_text(self) -> str:
        if self.status_filter.currentIndex() > 0 or self.staff_filter.currentIndex() > 0:
            return self.tr("No appeal matches the filters above.")
        if not Period.select().where(Period.status != "open").exists():
            return self.tr("No appeals yet. After a month is published, the appeals people hand in within its "
                           "appeal period are recorded here and decided item by item.")
        return self.tr("No appeals in this period. Record one with the button above when someone hands it in.")

    # -- actions
    def record(self) -> None:
        dialog = RecordAppealDialog(self.ctx, self.filter_month(), self)
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.select_id(dialog.saved.id)

    def select_id(self, appeal_id: int) -> None:
        row = self.model.row_of(appeal_id)
        if row < 0:
            self.status_filter.setCurrentIndex(0)
            self.staff_filter.setCurrentIndex(0)
            row = self.model.row_of(appeal_id)
        if row >= 0:
            self.table.selectRow(row)

    def decide_selected(self, *_):
        a = self.selected()
        if a is None or a.status != "pending" or not self.ctx.can("decide_appeal"):
            return
        dialog = DecideDialog(self.ctx, a.id, self)
        if dialog.exec() == QDialog.Accepted:
            self.select_id(a.id)

    def show_report(self) -> None:
        AppealReportDialog(self.ctx, self.filter_month(), self).exec()


def _late_reason(appeal_id: int) -> str:
    from ...store.models import Appeal

    return Appeal.select(Appeal.late_reason).where(Appeal.id == appeal_id).scalar() or ""
