"""The Annual-review tab (年度考核).

- *Reviews*: the year's staff list with each review's status, final score and
  grade; beside it the selected person's review — the dimension/indicator table
  (data-driven values with the months counted and pro-rating, targets, scores;
  judged indicators rated 1–5 in place with a comment where required), the
  supervisor's comment, the self-review, the interview record, goals and
  coaching notes; sign-off locks the review, an administrator unlocks it with
  a reason.
- *Team comparison*: everyone's scores by dimension, sortable by any column.
- *What-if*: other dimension weights and blend, the ranks that would follow —
  nothing is saved.

The year's results are computed once per refresh (``annual.compute_all``, a
fixed number of queries) and shared by the three views. Every change goes
through ``run_op`` and announces ``changed("annual")``.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QSpinBox, QStyledItemDelegate, QWidget

from ... import annual
from ...office.display_names import display_name
from ...base import clock
from ...annual.reviews import ReviewDetail
from ...base.errors import CsperfError
from ...base.vocab import STAFF_ROLES
from ..shell import i18n, messages
from .annual_dialogs import CoachingNoteDialog, GoalDialog, pydate, qdate
from .annual_models import (ComparisonModel, CoachingModel, GoalsModel, IndicatorModel, ReviewListModel,
                            WhatIfModel, fmt, status_label)
from ..forms.ui_annual_tab import Ui_AnnualTab
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op
from ..widgets import table_tools
from ..widgets.rows_model import RowRole, SortRole, list_table, set_column_widths

REFRESH_ON = ("annual", "events", "staff", "period", "settings", "database", "exams", "spotchecks", "figures",
              "appeals")
WARNING_STYLE = "QLabel { background: #fde2e1; color: #8a1c12; border: 1px solid #e5a39b; padding: 6px; }"
PROVISIONAL_STYLE = "QLabel { background: #f1f1f1; color: #5f5f5f; border: 1px dashed #a0a0a0; padding: 6px; }"


def _sorted(model, parent) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


class RatingDelegate(QStyledItemDelegate):
    """A rating is picked from — / 1 … 5."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for n in range(1, 6):
            combo.addItem(str(n), str(n))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(Qt.EditRole) or ""))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.EditRole)


class AnnualTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: list = []
        self._reloading = False
        self._shown_staff = None
        self.detail_year: int | None = None
        self.detail: ReviewDetail | None = None
        self._stale = True
        self.ui = u = Ui_AnnualTab()
        u.setupUi(self)
        self.year, self.counts, self.distribution, self.views = u.year, u.counts, u.distribution, u.views
        self.templates_button, self.print_one_button, self.print_all_button = (
            u.templates_button, u.print_one_button, u.print_all_button)
        self.year.setRange(2000, max(2000, clock.today().year))
        self.year.setValue(clock.today().year)
        self._reviews_page()
        self._comparison_page()
        self._what_if_page()

        self.year.valueChanged.connect(lambda _y: self.reload())
        self.templates_button.clicked.connect(self.open_templates)
        self.print_one_button.clicked.connect(self.print_review)
        self.print_all_button.clicked.connect(self.print_all)
        ctx.changed.connect(self.on_changed)

    # ------------------------------------------------------------ pages
    def _reviews_page(self) -> None:
        u = self.ui
        self.list_model = ReviewListModel(self)
        self.list_proxy = _sorted(self.list_model, self)
        self.staff_list = list_table(u.staff_list)
        self.staff_list.setModel(self.list_proxy)
        self.staff_list.setSortingEnabled(True)
        self.staff_list.sortByColumn(ReviewListModel.NO, Qt.AscendingOrder)
        self.staff_list.horizontalHeader().setSectionResizeMode(ReviewListModel.STATUS, QHeaderView.Stretch)
        set_column_widths(self.staff_list, {ReviewListModel.NO: 52, ReviewListModel.NAME: 56,
                                            ReviewListModel.TEAM: 48, ReviewListModel.FINAL: 46,
                                            ReviewListModel.GRADE: 50, ReviewListModel.STATE: 46},
                          samples={ReviewListModel.GRADE: ["待改进"], ReviewListModel.NAME: ["黄志强"],
                                   ReviewListModel.STATE: ["暂定", "定稿"]})
        self.staff_list.selectionModel().selectionChanged.connect(self._selection_changed)
        # An office without staff says where reviews come from, with the buttons to start.
        self.add_person_action = QAction(self.tr("&Add a person…"), self)
        self.add_person_action.triggered.connect(lambda: self._on_staff_tab("add_person"))
        self.import_roster_action = QAction(self.tr("&Import a roster from Excel…"), self)
        self.import_roster_action.triggered.connect(lambda: self._on_staff_tab("import_roster"))
        table_tools.empty_state(self.staff_list, self.empty_text,
                                [self.add_person_action, self.import_roster_action])
        self.person, self.person_info, self.summary = u.person, u.person_info, u.summary
        self.sign_button, self.unlock_button, self.lock_banner = u.sign_button, u.unlock_button, u.lockBanner
        self.person_tabs = u.person_tabs
        u.reviewsSplitter.setSizes([380, 940])
        self._evaluation_page()
        self._self_review_page()
        self._goals_page()
        self.sign_button.clicked.connect(self.sign_off)
        self.unlock_button.clicked.connect(self.unlock)

    def empty_text(self) -> str:
        from ...store.models import Staff

        year = self.current_year()
        if Staff.select().exists():
            return self.tr("Nobody on the staff list was employed in {year}. Choose another year above, or add "
                           "the people who worked in {year}.").format(year=year)
        return self.tr("No one to review yet: the office has no staff. Add your people, or import a roster from "
                       "Excel; each person's annual review, goals and coaching notes then appear here.")

    def _on_staff_tab(self, method: str) -> None:
        """Switch the window to the Staff tab and start ``method`` there (adding a person, importing)."""
        window = self.window()
        if hasattr(window, "show_tab"):
            getattr(window.show_tab("staff"), method)()

    def _evaluation_page(self) -> None:
        u = self.ui
        self.indicator_model = IndicatorModel(self)
        self.indicators = list_table(u.indicators)
        self.indicators.setModel(self.indicator_model)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.indicators.setEditTriggers(QAbstractItemView.AllEditTriggers & ~QAbstractItemView.CurrentChanged)
        self.indicators.setItemDelegateForColumn(IndicatorModel.RATING, RatingDelegate(self.indicators))
        self.indicators.horizontalHeader().setSectionResizeMode(IndicatorModel.COMMENT, QHeaderView.Stretch)
        set_column_widths(self.indicators, {IndicatorModel.NAME: 190, IndicatorModel.WEIGHT: 46,
                                            IndicatorModel.VALUE: 80, IndicatorModel.TARGET: 100,
                                            IndicatorModel.BASIS: 92, IndicatorModel.SCORE: 48,
                                            IndicatorModel.RATING: 48},
                          samples={IndicatorModel.TARGET: ["3分00秒～7分00秒"],
                                   IndicatorModel.BASIS: ["按个人目标，按 11/12 个月折算"]}, cap=170)
        self.ratings_message, self.comment, self.save_ratings_button = (
            u.ratings_message, u.comment, u.save_ratings_button)
        self.save_ratings_button.clicked.connect(self.save_ratings)
        self.indicator_model.dataChanged.connect(lambda *_: self.ratings_message.clear())

    def _self_review_page(self) -> None:
        u = self.ui
        self.self_review, self.save_self_button, self.self_message = u.self_review, u.save_self_button, u.self_message
        self.interview_date, self.attendees = u.interview_date, u.attendees
        self.interview_summary, self.development_plan = u.interview_summary, u.development_plan
        self.interview_button, self.interview_message = u.interview_button, u.interview_message
        self.interview_errors = FieldErrors({
            "interview_date": (u.interview_date, u.interview_dateError),
            "interview_attendees": (u.attendees, u.interview_attendeesError),
            "interview_summary": (u.interview_summary, u.interview_summaryError),
            "development_plan": (u.development_plan, u.development_planError)}, self.interview_message)
        self.save_self_button.clicked.connect(self.save_self_review)
        self.interview_button.clicked.connect(self.record_interview)

    def _goals_page(self) -> None:
        u = self.ui
        self.goals_model = GoalsModel(self)
        self.goals = list_table(u.goals)
        self.goals.setModel(self.goals_model)
        self.goals.horizontalHeader().setSectionResizeMode(GoalsModel.NOTE, QHeaderView.Stretch)
        set_column_widths(self.goals, {GoalsModel.TITLE: 200, GoalsModel.INDICATOR: 150, GoalsModel.TARGET: 60,
                                       GoalsModel.WEIGHT: 56})
        self.add_goal_button, self.edit_goal_button, self.delete_goal_button = (
            u.add_goal_button, u.edit_goal_button, u.delete_goal_button)
        self.goals_year, self.goals_total = u.goals_year, u.goals_total

        self.notes_model = CoachingModel(self)
        self.notes = list_table(u.notes)
        self.notes.setModel(self.notes_model)
        self.notes.horizontalHeader().setSectionResizeMode(CoachingModel.NOTE, QHeaderView.Stretch)
        set_column_widths(self.notes, {CoachingModel.DATE: 84, CoachingModel.TOPIC: 200,
                                       CoachingModel.FOLLOW_UP: 84})
        self.add_note_button, self.edit_note_button, self.delete_note_button = (
            u.add_note_button, u.edit_note_button, u.delete_note_button)

        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.goals.doubleClicked.connect(lambda *_: self.edit_goal())
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.add_note_button.clicked.connect(self.add_note)
        self.edit_note_button.clicked.connect(self.edit_note)
        self.notes.doubleClicked.connect(lambda *_: self.edit_note())
        self.delete_note_button.clicked.connect(self.delete_note)
        self.goals.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.goals_year.currentIndexChanged.connect(lambda _i: self.fill_goals())
        self.notes.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    def _comparison_page(self) -> None:
        u = self.ui
        self.compare_role = u.compare_role
        self.compare_role.addItem(self.tr("All roles"), "")
        for code in STAFF_ROLES:
            self.compare_role.addItem(i18n.label(STAFF_ROLES, code), code)
        self.compare_model = ComparisonModel(self)
        self.compare_proxy = _sorted(self.compare_model, self)
        self.compare = list_table(u.compare)
        self.compare.setModel(self.compare_proxy)
        self.compare.setSortingEnabled(True)
        self.compare_note = u.compare_note
        self.compare_role.currentIndexChanged.connect(lambda _i: self.fill_comparison())
        self.compare.doubleClicked.connect(self._compare_open)

    def _what_if_page(self) -> None:
        u = self.ui
        self.not_saved, self.whatif_role, self.monthly_weight = u.not_saved, u.whatif_role, u.monthly_weight
        # the dimensions' spin boxes are built from the chosen role's template (build_weight_spins)
        self.weights_box, self.weights_form = u.weights_box, u.weights_form
        self.weight_spins: dict[str, QSpinBox] = {}
        self.weights_total, self.reset_button, self.whatif_message = u.weights_total, u.reset_button, u.whatif_message
        self.whatif_model = WhatIfModel(self)
        self.whatif = list_table(u.whatif)
        self.whatif.setModel(self.whatif_model)
        set_column_widths(self.whatif, {c: 64 for c in range(WhatIfModel.GRADE_AFTER + 1)})
        self.whatif.setColumnWidth(WhatIfModel.NAME, 90)
        self.whatif.horizontalHeader().setStretchLastSection(True)
        self.whatif_summary = u.whatif_summary
        self.whatif_role.currentIndexChanged.connect(lambda _i: self.build_weight_spins())
        self.monthly_weight.valueChanged.connect(lambda _v: self.run_what_if())
        self.reset_button.clicked.connect(self.build_weight_spins)

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def on_changed(self, what: str) -> None:
        if what in REFRESH_ON or what == "actor":
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def current_year(self) -> int:
        return self.year.value()

    def reload(self) -> None:
        self._stale = False
        keep = self.selected_staff_id()
        draft = self.draft() if keep is not None else None
        self._reloading = True
        year = self.current_year()
        try:
            self.results = annual.compute_all(year)
            check = annual.distribution_check(self.results)
            warning, provisional = check.message, check.provisional
        except CsperfError as exc:
            self.results, warning, provisional = [], exc.message, False
        self.list_model.set_rows(self.results)
        signed = sum(1 for r in self.results if r.status == "signed_off")
        pending = sum(1 for r in self.results if r.provisional)
        self.counts.setText(self.tr("{n} people employed in {year} · {signed} signed off · {pending} provisional")
                            .format(n=len(self.results), year=year, signed=signed, pending=pending))
        # a check on provisional grades is grey, not red: nothing is final yet
        self.distribution.setStyleSheet(PROVISIONAL_STYLE if provisional else WARNING_STYLE)
        self.distribution.setText(self.tr("Distribution check: {warning}").format(warning=warning) if warning else "")
        self.distribution.setVisible(bool(warning))
        try:
            self.select_staff(keep)
        finally:
            self._reloading = False
        if (draft is not None and self.detail is not None and self.detail.result.staff_id == draft["staff_id"]
                and draft["year"] == year):
            self.restore(draft)
        self.fill_comparison()
        self.fill_what_if_roles()
        self.update_buttons()

    def select_staff(self, staff_id) -> None:
        row = self.list_model.row_of(staff_id) if staff_id is not None else -1
        if row < 0 and self.list_model.rowCount():
            row = 0
        if row >= 0:
            proxy_row = self.list_proxy.mapFromSource(self.list_model.index(row, 0)).row()
            self.staff_list.selectRow(proxy_row)
        self.show_selected()

    def selected_staff_id(self):
        rows = self.staff_list.selectionModel().selectedRows()
        if not rows:
            return None
        r = self.list_proxy.data(rows[0], RowRole)
        return r.staff_id if r is not None else None

    def selected_result(self):
        sid = self.selected_staff_id()
        return next((r for r in self.results if r.staff_id == sid), None)

    def show_selected(self) -> None:
        result = self.selected_result()
        if result is None:
            self.detail = None
            self.person.setText(self.tr("No one selected"))
            self.person_info.clear()
            self.summary.clear()
            self.indicator_model.load(None, {}, False)
            for w in (self.comment, self.self_review, self.interview_summary, self.development_plan):
                w.setPlainText("")
            self.attendees.clear()
            self.goals_model.set_rows([])
            self.goals_total.clear()
            self.notes_model.set_rows([])
            self.lock_banner.hide()
            self.update_buttons()
            return
        year = self.current_year()
        self.detail_year = year
        self.detail = ReviewDetail(result=result, review=annual.get_review(result.staff_id, year),
                                   goals=annual.goals_for(result.staff_id, year), next_goals=[],
                                   coaching=annual.coaching_notes(result.staff_id, year), exams=[])
        review = self.detail.review
        self.person.setText(f"{result.employee_no}  {result.name}")
        self.person_info.setText(self.info_text(result))
        self.summary.setText(self.summary_text(result))
        self.indicator_model.load(result, self.detail.ratings, self.can_edit())
        self.ratings_message.clear()
        self.comment.setPlainText(review.supervisor_comment if review else "")
        self.self_review.setPlainText(review.self_review if review else "")
        self.self_message.clear()
        self.interview_errors.clear()
        today = clock.today()
        self.interview_date.setMaximumDate(qdate(today))
        day = review.interview_date if review and review.interview_date else today
        self.interview_date.setDate(qdate(day))
        self.attendees.setText(review.interview_attendees if review else "")
        self.interview_summary.setPlainText(review.interview_summary if review else "")
        self.development_plan.setPlainText(review.development_plan if review else "")
        self.goals_model.indicator_names = {i.code: i.name for d in result.dimensions for i in d.indicators}
        self.fill_goals_years()
        self.notes_model.set_rows(self.detail.coaching)
        self._shown_staff = result.staff_id
        if self.detail.locked:
            self.lock_banner.setText(self.lock_text())
            self.lock_banner.show()
        else:
            self.lock_banner.hide()
        self.update_buttons()

    def info_text(self, r) -> str:
        months = r.months
        if months:
            span = months[0] if len(months) == 1 else f"{months[0]} – {months[-1]}"
            counted = self.tr("{n} of 12 months counted ({span})").format(n=len(months), span=span)
        else:
            counted = self.tr("no month counted yet")
        if 0 < len(months) < 12:
            counted += " · " + self.tr("totals and their targets pro-rated by {n}/12").format(n=len(months))
        if r.months_pending:
            counted += " · " + self.tr("{n} months not yet published, not counted").format(n=len(r.months_pending))
        template = self.tr("{name}, version {v}").format(name=r.template_name, v=r.template_version or 0)
        return " · ".join([i18n.label(STAFF_ROLES, r.role), r.team or "—", template, counted,
                           status_label(r.status)])

    def summary_text(self, r) -> str:
        mw = r.monthly_weight
        text = self.tr("Monthly average <b>{m}</b> × {mw:g} % + evaluation <b>{e}</b> × {ew:g} % = final "
                       "<b>{f}</b> · grade <b>{g}</b>").format(m=fmt(r.monthly_avg), mw=mw, e=fmt(r.evaluation),
                                                               ew=100 - mw, f=fmt(r.final), g=r.grade or "—")
        if r.rank:
            text += " · " + self.tr("rank {rank} of {count}").format(rank=r.rank, count=r.rank_count)
        if r.provisional:  # the reasons come from the core, in Chinese
            text += "<br><span style='color:#7a4b00'><b>" + self.tr("Provisional result: {why}").format(
                why="；".join(r.provisional_reasons)) + "</b></span>"
        if not r.complete and r.status != "signed_off":
            missing = "、".join(r.missing) if r.missing else self.tr("monthly scores")
            text += "<br><span style='color:#7a4b00'>" + self.tr(
                "Provisional — still without a score: {missing}").format(missing=missing) + "</span>"
        return text

    def lock_text(self) -> str:
        review = self.detail.review
        who = display_name(review.signed_off_by)  # 孙丽华, not gui:root
        return self.tr("Signed off {time} by {who}. The review is locked and can no longer be changed; an "
                       "administrator can unlock it with a reason.").format(time=i18n.fmt_time(review.signed_off_at),
                                                                          who=who)

    # ------------------------------------------------------------ unsaved edits
    def draft(self) -> dict:
        """What is typed in the form now (kept when the view refreshes after a save elsewhere in it)."""
        return {"staff_id": self.detail.result.staff_id if self.detail else None, "year": self.detail_year,
                "ratings": {c: dict(v) for c, v in self.indicator_model.pending.items()},
                "comment": self.comment.toPlainText(), "self_review": self.self_review.toPlainText(),
                "interview_date": self.interview_date.date(), "attendees": self.attendees.text(),
                "summary": self.interview_summary.toPlainText(), "plan": self.development_plan.toPlainText()}

    def restore(self, draft: dict) -> None:
        if self.detail is None or self.detail.locked:
            return
        self.indicator_model.beginResetModel()
        self.indicator_model.pending = draft["ratings"]
        self.indicator_model.endResetModel()
        self.comment.setPlainText(draft["comment"])
        self.self_review.setPlainText(draft["self_review"])
        self.interview_date.setDate(draft["interview_date"])
        self.attendees.setText(draft["attendees"])
        self.interview_summary.setPlainText(draft["summary"])
        self.development_plan.setPlainText(draft["plan"])

    def form_dirty(self) -> bool:
        if self.detail is None or self.detail.locked:
            return False
        review = self.detail.review

        def stored(name: str) -> str:
            return ((getattr(review, name) if review else "") or "").strip()

        return (self.ratings_dirty() or self.self_review.toPlainText().strip() != stored("self_review")
                or self.attendees.text().strip() != stored("interview_attendees")
                or self.interview_summary.toPlainText().strip() != stored("interview_summary")
                or self.development_plan.toPlainText().strip() != stored("development_plan"))

    def _selection_changed(self, *_args) -> None:
        previous = self._shown_staff
        now = self.selected_staff_id()
        if (not self._reloading and previous is not None and now != previous and self.detail is not None
                and self.detail.result.staff_id == previous and self.form_dirty()):
            question = self.tr("The review of {name} has changes that are not saved. Discard them?").format(
                name=self.detail.result.name)
            if not messages.confirm(self, self.tr("Unsaved changes"), question, self.tr("Discard")):
                row = self.list_model.row_of(previous)
                blocker = self.staff_list.selectionModel().blockSignals(True)
                self.staff_list.selectRow(self.list_proxy.mapFromSource(self.list_model.index(row, 0)).row())
                self.staff_list.selectionModel().blockSignals(blocker)
                return
        self.show_selected()

    # ------------------------------------------------------------ what may be done
    def can_edit(self) -> bool:
        return self.detail is not None and self.ctx.can("annual_review") and not self.detail.locked

    def edit_reason(self) -> str:
        if self.detail is None:
            return self.tr("Select a person in the list first.")
        if self.detail.locked:
            return self.lock_text()
        return self.ctx.permission_reason("annual_review") or ""

    def update_buttons(self) -> None:
        editable = self.can_edit()
        reason = "" if editable else self.edit_reason()
        for w in (self.save_ratings_button, self.save_self_button, self.interview_button, self.add_goal_button,
                  self.add_note_button, self.interview_date, self.sign_button):
            w.setEnabled(editable)
            w.setToolTip(reason)
        for w in (self.comment, self.self_review, self.attendees, self.interview_summary, self.development_plan):
            w.setReadOnly(not editable)
            w.setToolTip(reason)
        self.indicators.setToolTip(reason)
        self.indicator_model.lock_reason = reason
        has_goal = bool(self.goals.selectionModel().selectedRows())
        has_note = bool(self.notes.selectionModel().selectedRows())
        goals_open = self.goals_editable()
        goals_reason = "" if goals_open else self.edit_reason()
        self.add_goal_button.setEnabled(goals_open)
        self.add_goal_button.setToolTip(goals_reason)
        for w, ok, allowed, why in ((self.edit_goal_button, has_goal, goals_open, goals_reason),
                                    (self.delete_goal_button, has_goal, goals_open, goals_reason),
                                    (self.edit_note_button, has_note, editable, reason),
                                    (self.delete_note_button, has_note, editable, reason)):
            w.setEnabled(allowed and ok)
            w.setToolTip(why)
        locked = self.detail is not None and self.detail.locked
        self.sign_button.setVisible(not locked)
        self.unlock_button.setVisible(locked)
        self.unlock_button.setEnabled(self.ctx.can("unlock_review"))
        self.unlock_button.setToolTip(
            self.tr("Reopen the signed-off review (administrators only, with a reason).")
            if self.ctx.can("unlock_review") else self.tr("Only an administrator can unlock a signed-off review."))
        self.templates_button.setEnabled(True)
        self.print_one_button.setEnabled(self.detail is not None)
        self.print_all_button.setEnabled(bool(self.results))

    # ------------------------------------------------------------ saving the review
    def _staff_year(self):
        return self.detail.result.staff_id, self.current_year()

    def ratings_dirty(self) -> bool:
        if self.detail is None:
            return False
        saved = {c: v for c, v in self.indicator_model.payload().items()}
        stored = self.detail.ratings
        for code, value in saved.items():
            old = stored.get(code)
            if (value or None) != ({"rating": old.get("rating"), "comment": old.get("comment", "")} if old else None):
                return True
        review = self.detail.review
        return self.comment.toPlainText().strip() != ((review.supervisor_comment if review else "") or "").strip()

    def save_ratings(self) -> bool:
        if self.detail is None:
            return False
        staff_id, year = self._staff_year()
        self.ratings_message.clear()
        self.indicator_model.set_error(None)

        def in_place(exc: CsperfError) -> bool:
            row = self.indicator_model.row_of_code(exc.field or "")
            if row >= 0:
                self.indicator_model.set_error(exc.field)
                index = self.indicator_model.index(row, IndicatorModel.COMMENT)
                self.indicators.scrollTo(index)
                self.indicators.setCurrentIndex(index)
                self.indicators.setFocus()
            self.ratings_message.setText(exc.message)
            return True

        op = run_op(self.ctx, self, annual.save_ratings, staff_id, year, self.indicator_model.payload(),
                    self.comment.toPlainText(), what="annual", on_error=in_place)
        return op.error is None

    def save_self_review(self) -> None:
        if self.detail is None:
            return
        staff_id, year = self._staff_year()
        self.self_message.clear()

        def in_place(exc: CsperfError) -> bool:
            self.self_message.setText(exc.message)
            return True

        run_op(self.ctx, self, annual.save_self_review, staff_id, year, self.self_review.toPlainText(),
               what="annual", on_error=in_place)

    def record_interview(self) -> None:
        if self.detail is None:
            return
        staff_id, year = self._staff_year()
        self.interview_errors.clear()
        run_op(self.ctx, self, annual.record_interview, staff_id, year, pydate(self.interview_date.date()),
               self.attendees.text(), self.interview_summary.toPlainText(), self.development_plan.toPlainText(),
               what="annual", on_error=self.interview_errors.show)

    def sign_off(self) -> None:
        if self.detail is None:
            return
        if self.ratings_dirty():
            messages.error(self, self.tr("The evaluation has changes that are not saved. Save the evaluation "
                                         "first, then sign off."))
            return
        r = self.detail.result
        question = self.tr("Sign off the {year} annual review of {name}: final {final}, grade {grade}?\n\nThe review "
                           "is then locked. Changing it afterwards needs an administrator and a reason.").format(
            year=self.current_year(), name=r.name, final=fmt(r.final), grade=r.grade or "—")
        if not messages.confirm(self, self.tr("Sign off"), question, self.tr("Sign off")):
            return
        staff_id, year = self._staff_year()
        run_op(self.ctx, self, annual.sign_off, staff_id, year, what="annual")

    def unlock(self) -> None:
        if self.detail is None or not self.detail.locked:
            return
        r = self.detail.result
        reason = messages.ask_text(self, self.tr("Unlock review"), self.tr(
            "Why must the signed-off review of {name} be changed? The reason is kept in the audit log.").format(
            name=r.name))
        if reason is None:
            return
        staff_id, year = self._staff_year()
        run_op(self.ctx, self, annual.unlock_review, staff_id, year, reason, what="annual")

    # ------------------------------------------------------------ goals and coaching
    def _selected(self, view, model):
        rows = view.selectionModel().selectedRows()
        return model.data(rows[0], RowRole) if rows else None

    def template_indicators(self) -> list[tuple[str, str]]:
        r = self.detail.result
        return [(i.code, f"{d.name} · {i.name}") for d in r.dimensions for i in d.indicators]

    def goals_shown_year(self) -> int:
        return self.goals_year.currentData() or self.current_year()

    def goals_editable(self) -> bool:
        """Next year's goals (agreed at the interview) stay open when this year's review is signed off."""
        if self.detail is None or not self.ctx.can("annual_review"):
            return False
        return self.goals_shown_year() != self.current_year() or not self.detail.locked

    def fill_goals_years(self) -> None:
        year = self.current_year()
        keep = self.goals_year.currentIndex()
        self.goals_year.blockSignals(True)
        self.goals_year.clear()
        self.goals_year.addItem(self.tr("Goals for {year}").format(year=year), year)
        self.goals_year.addItem(self.tr("Goals for {year} (next year)").format(year=year + 1), year + 1)
        self.goals_year.setCurrentIndex(max(0, keep))
        self.goals_year.blockSignals(False)
        self.fill_goals()

    def fill_goals(self) -> None:
        if self.detail is None:
            return
        year = self.goals_shown_year()
        if year == self.current_year():
            goals = self.detail.goals
        else:
            if not self.detail.next_goals:
                self.detail.next_goals = annual.goals_for(self.detail.result.staff_id, year)
            goals = self.detail.next_goals
        self.goals_model.set_rows(goals)
        total = sum(g.weight for g in goals)
        self.goals_total.setText(self.tr("weights add up to {total} %").format(total=total) if goals else "")
        self.update_buttons()

    def add_goal(self) -> None:
        if self.goals_editable():
            GoalDialog(self.ctx, self.detail.result.staff_id, self.goals_shown_year(), self.template_indicators(),
                       None, self).exec()

    def edit_goal(self) -> None:
        goal = self._selected(self.goals, self.goals_model)
        if goal is not None and self.goals_editable():
            GoalDialog(self.ctx, self.detail.result.staff_id, goal.year, self.template_indicators(), goal,
                       self).exec()

    def delete_goal(self) -> None:
        goal = self._selected(self.goals, self.goals_model)
        if goal is None or not self.goals_editable():
            return
        if messages.confirm(self, self.tr("Delete goal"), self.tr("Delete the goal “{title}”?").format(
                title=goal.title), self.tr("Delete")):
            run_op(self.ctx, self, annual.delete_goal, goal.id, what="annual")

    def add_note(self) -> None:
        if self.can_edit():
            staff_id, year = self._staff_year()
            CoachingNoteDialog(self.ctx, staff_id, year, None, self).exec()

    def edit_note(self) -> None:
        note = self._selected(self.notes, self.notes_model)
        if note is not None and self.can_edit():
            staff_id, year = self._staff_year()
            CoachingNoteDialog(self.ctx, staff_id, year, note, self).exec()

    def delete_note(self) -> None:
        note = self._selected(self.notes, self.notes_model)
        if note is None or not self.can_edit():
            return
        if messages.confirm(self, self.tr("Delete coaching note"), self.tr(
                "Delete the coaching note of {date} “{topic}”?").format(date=note.date.isoformat(), topic=note.topic),
                self.tr("Delete")):
            run_op(self.ctx, self, annual.delete_coaching_note, note.id, what="annual")

    # ------------------------------------------------------------ comparison
    def fill_comparison(self) -> None:
        role = self.compare_role.currentData() or None
        rows = annual.team_comparison(self.current_year(), sort_by="final", role=role, results=self.results)
        self.compare_model.load(rows)
        widths = {c: 56 for c in range(ComparisonModel.GRADE + 1)}
        widths.update({ComparisonModel.RANK: 44, ComparisonModel.TEAM: 56, ComparisonModel.ROLE: 64,
                       ComparisonModel.STATUS: 56})
        widths.update({len(ComparisonModel.HEADERS) + i: 64 for i in range(len(self.compare_model.dimensions))})
        set_column_widths(self.compare, widths, cap=140)
        self.compare.sortByColumn(ComparisonModel.FINAL, Qt.DescendingOrder)

    def _compare_open(self, index) -> None:
        row = self.compare_model.row_at(self.compare_proxy.mapToSource(index).row())
        if row is not None:
            self.views.setCurrentIndex(0)
            self.select_staff(row["staff_id"])

    # ------------------------------------------------------------ what-if
    def fill_what_if_roles(self) -> None:
        current = self.whatif_role.currentData()
        roles = [code for code in STAFF_ROLES if any(r.role == code for r in self.results)]
        self.whatif_role.blockSignals(True)
        self.whatif_role.clear()
        for code in roles:
            self.whatif_role.addItem(i18n.label(STAFF_ROLES, code), code)
        self.whatif_role.setCurrentIndex(max(0, self.whatif_role.findData(current)))
        self.whatif_role.blockSignals(False)
        self.build_weight_spins()

    def build_weight_spins(self) -> None:
        while self.weights_form.rowCount():
            self.weights_form.removeRow(0)
        self.weight_spins = {}
        role = self.whatif_role.currentData()
        people = [r for r in self.results if r.role == role]
        self.monthly_weight.blockSignals(True)
        self.monthly_weight.setValue(int(round(people[0].monthly_weight)) if people
                                     else int(self.ctx.settings().annual_monthly_weight))
        self.monthly_weight.blockSignals(False)
        if people:
            for d in people[0].dimensions:
                spin = QSpinBox()
                spin.setRange(0, 100)
                spin.setSuffix(" %")
                spin.setValue(int(round(d.weight)))
                spin.setProperty("template_weight", d.weight)
                spin.valueChanged.connect(lambda _v: self.run_what_if())
                self.weights_form.addRow(d.name + ":", spin)
                self.weight_spins[d.code] = spin
        self.run_what_if()

    def what_if_weights(self) -> dict[str, float]:
        return {code: float(spin.value()) for code, spin in self.weight_spins.items()}

    def run_what_if(self) -> None:
        role = self.whatif_role.currentData()
        weights = self.what_if_weights()
        total = sum(weights.values())
        colour = "#1b7a35" if abs(total - 100) < 1e-6 else "#c62828"
        self.weights_total.setText(self.tr("Total of the dimensions: {t}").format(
            t=f"<b style='color:{colour}'>{total:g} %</b>"))
        self.whatif_message.clear()
        if role is None:
            self.whatif_model.set_rows([])
            self.whatif_summary.clear()
            return
        try:
            rows = annual.what_if(self.current_year(), weights, None, float(self.monthly_weight.value()), role=role,
                                  results=self.results)
        except CsperfError as exc:
            self.whatif_message.setText(exc.message)
            self.whatif_model.set_rows([])
            self.whatif_summary.setText(self.tr("Fix the weights to see the ranks."))
            return
        self.whatif_model.set_rows(rows)
        moved = sum(1 for w in rows if w.move)
        regraded = sum(1 for w in rows if w.grade_after != w.grade_before)
        text = self.tr("{role}: {moved} of {n} would change rank, {regraded} would change grade.").format(
            role=i18n.label(STAFF_ROLES, role), moved=moved, n=len(rows), regraded=regraded)
        self.whatif_summary.setText(text + self.what_if_distribution(rows))

    def what_if_distribution(self, rows) -> str:
        """The distribution check applied to the simulated grades (setting annual_excellent_max_pct)."""
        from ...office.settings import parse_grade_bands

        settings = self.ctx.settings()
        limit = settings.annual_excellent_max_pct
        graded = [w for w in rows if w.grade_after]
        if not limit or not graded:
            return ""
        top = parse_grade_bands(settings.annual_grade_bands)[0][0]
        n = sum(1 for w in graded if w.grade_after == top)
        share = 100.0 * n / len(graded)
        if share <= limit:
            return ""
        return " <span style='color:#8a1c12'>" + self.tr(
            "Distribution check: “{grade}” would be {share:.0f} % ({n} of {total}), above the {limit} % set.").format(
            grade=top, share=share, n=n, total=len(graded), limit=limit) + "</span>"

    # ------------------------------------------------------------ templates and printing
    def open_templates(self) -> None:
        from .template_editor import TemplateEditor

        r = self.selected_result()
        TemplateEditor(self.ctx, self, r.role if r is not None else "agent").exec()

    def print_review(self):
        r = self.selected_result()
        from . import annual_printing  # ReportLab loads on first print, not at start-up

        return annual_printing.print_review(self.ctx, self, self.current_year(), r.staff_id if r else None)

    def print_all(self):
        from . import annual_printing

        return annual_printing.print_all(self.ctx, self, self.current_year(), len(self.results))
