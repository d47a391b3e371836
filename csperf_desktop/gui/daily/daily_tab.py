"""The Daily-scoring tab: the quick-entry strip, the month's events and the
live standings.

Keyboard flow: type a person (number or name), Tab, type a rule (code or
name), Tab, adjust the points, Enter — the event is saved, the person stays
selected and the cursor goes back to the rule for the next one. Ctrl+N goes
back to the person; Delete on a row voids it (with a reason).

Loading a month costs a fixed number of queries, whatever its length: a count
and one read of the events (staff joined), a handful for the standings, one
each for the staff and rules lists. A new event is added to the list in place.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QDoubleValidator, QKeySequence
from PySide6.QtWidgets import QApplication, QGroupBox, QHeaderView, QMenu, QWidget

from ...base import clock
from ...monthly import events as events_service
from ...base import vocab
from ...base.text import natural_key
from ...base.errors import ValidationError
from ...base.text import signed
from ...store.models import Rule, ScoreEvent, Staff
from ...office.rules import all_rules
from ...monthly.standings import employed_in, standings
from ..forms.ui_daily_tab import Ui_DailyTab
from ..forms.ui_entry_strip import Ui_EntryStrip
from ..shell import i18n, messages
from ..widgets.field_errors import FieldErrors
from ..shell.operations import run_op, run_query
from .daily_models import EventRow, EventsModel, StandingsModel, event_rows
from ..widgets import table_tools
from ..widgets.rows_model import RowRole, set_column_widths

ALL = "__all__"
FLASH_MS = 1600
# A month with more events than this is read in a worker thread behind a progress dialog:
# reading costs about 10 ms per 1,000 events here (tools/bench_daily_tab.py), so beyond
# this the window would stop answering for more than a quarter of a second.
BACKGROUND_ROWS = 25_000


class EventsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.staff = ALL
        self.area = ALL
        self.kind = ALL
        self.method = ALL
        self.voided = ALL
        self.text = ""
        self.sort_column, self.sort_order = EventsModel.DATE, Qt.DescendingOrder

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        # The source model sorts its own list: far cheaper than the proxy comparing cells.
        self.sort_column, self.sort_order = column, order
        self.sourceModel().sort(column, order)

    def set_filters(self, **values) -> None:
        values["text"] = values.get("text", self.text).strip().lower()
        if all(getattr(self, k) == v for k, v in values.items()):
            return  # nothing changed: no second pass over a long month
        self.beginFilterChange()
        for k, v in values.items():
            setattr(self, k, v)
        self.endFilterChange()

    def filtering(self) -> bool:
        return not (self.staff == ALL and self.area == ALL and self.kind == ALL and self.method == ALL
                    and self.voided == ALL and not self.text)

    def filterAcceptsRow(self, row, parent) -> bool:
        return not self.filtering() or self.accepts(self.sourceModel().rows[row])

    def accepts(self, r: EventRow) -> bool:
        """Whether the filters keep ``r`` (fetched by the model or not)."""
        if self.staff != ALL and r.staff_id != self.staff:
            return False
        if self.area != ALL and r.area != self.area:
            return False
        if self.kind != ALL and r.kind != self.kind:
            return False
        if self.method != ALL and r.method != self.method:
            return False
        if self.voided == "valid" and r.voided or self.voided == "voided" and not r.voided:
            return False
        return not self.text or self.text in r.search


class EntryStrip(QGroupBox):
    """Record one event; Enter anywhere in the strip saves."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self.ctx = tab.ctx
        self.ui = Ui_EntryStrip()
        self.ui.setupUi(self)
        u = self.ui
        self.rules: dict[int, Rule] = {}
        self._shown_rule: int | None = None

        self.staff_picker = u.staffPicker
        self.staff_picker.lineEdit().setPlaceholderText(self.tr("No. or name"))
        self.rule_picker = u.rulePicker
        self.rule_picker.lineEdit().setPlaceholderText(self.tr("Code or item"))
        self.rule_info = u.ruleInfo
        self.points = u.points
        self.quantity = u.quantity
        self.quantity.setRange(1, events_service.MAX_QUANTITY)
        self.date = u.date
        self.method = u.method
        for code in vocab.METHODS:
            self.method.addItem(i18n.label(vocab.METHODS, code), code)
        self.reference = u.reference
        self.note = u.note
        self.order_amount = u.orderAmount
        self.order_amount.setValidator(QDoubleValidator(0, 1e9, 2, self))
        self.gift = u.giftLabel
        self.save_button = u.saveButton
        self.message = u.entryMessage
        self._message_timer = QTimer(self, singleShot=True, interval=4000)
        self._message_timer.timeout.connect(self._clear_saved_message)
        self._saved_text = ""
        self.lock_banner = u.lockBanner

        self.errors = FieldErrors({
            "staff": (self.staff_picker, self.message), "rule": (self.rule_picker, self.message),
            "points": (self.points, self.message), "quantity": (self.quantity, self.message),
            "date": (self.date, self.message), "method": (self.method, self.message),
            "reference": (self.reference, self.message), "note": (self.note, self.message),
            "order_amount": (self.order_amount, self.message),
        }, self.message)

        self.inputs = (self.staff_picker, self.rule_picker, self.points, self.quantity, self.date, self.method,
                       self.reference, self.note, self.save_button)  # the gift helper stays usable
        for w in (self.staff_picker.lineEdit(), self.rule_picker.lineEdit(), self.points, self.quantity,
                  self.date, self.method, self.reference, self.note, self.order_amount):
            w.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.rule_picker.currentIndexChanged.connect(self.rule_chosen)
        self.rule_picker.lineEdit().textChanged.connect(self.rule_typed)
        self.rule_picker.lineEdit().editingFinished.connect(self.rule_picker.commit_text)
        self.staff_picker.lineEdit().editingFinished.connect(self.staff_picker.commit_text)
        self.points.valueChanged.connect(self.check_points_live)
        self.order_amount.textChanged.connect(self.show_gift)
        self.save_button.clicked.connect(self.save)
        self.show_gift()

    # -- lists
    def load_lists(self) -> None:
        month = self.ctx.month
        people = (Staff.select().where(employed_in(month) & (Staff.active | Staff.leave_date.is_null(False)))
                  .order_by(Staff.employee_no))
        self.staff_picker.set_items([(s.employee_no, s.name, s.id) for s in people])
        rules = all_rules(active_only=True)
        self.rules = {r.id: r for r in rules}
        self.rule_picker.set_items([(r.code, r.name, r.id) for r in rules])
        self.rule_chosen(force=True)

    def set_month(self) -> None:
        month = self.ctx.month
        today = clock.today()
        last = min(month.last_day, today)
        first = month.first_day
        self.date.setDateRange(QDate(first.year, first.month, first.day),
                               QDate(max(first, last).year, max(first, last).month, max(first, last).day))
        day = today if month.contains(today) else last
        self.date.setDate(QDate(day.year, day.month, day.day))
        reason = self.ctx.lock_reason(month) or self.ctx.permission_reason("record_event")
        for w in self.inputs:
            w.setEnabled(reason is None)
            w.setToolTip(reason or "")
        self.lock_banner.setText(reason or "")
        self.lock_banner.setVisible(reason is not None)
        self.setToolTip(reason or "")

    # -- the rule and its range
    def current_rule(self) -> Rule | None:
        ident = self.rule_picker.current_id()
        return self.rules.get(ident) if ident is not None else None

    def rule_typed(self, *_):
        # The rule's range and default show as soon as the typed text names one rule.
        rule = self.current_rule()
        if (rule.id if rule else None) != self._shown_rule:
            self.rule_chosen()

    def rule_chosen(self, *_, force: bool = False):
        rule = self.current_rule()
        if not force and rule is not None and rule.id == self._shown_rule:
            return  # the same rule, only committed: keep the points already typed
        self._shown_rule = rule.id if rule else None
        if rule is None:
            self.rule_info.setText("")
            self.points.setPrefix("")
            return
        sign = "+" if rule.kind == "bonus" else "−"
        self.points.setPrefix(sign)
        self.points.setValue(rule.default_points)
        rng = (f"{sign}{rule.min_points}" if rule.min_points == rule.max_points
               else f"{sign}{rule.min_points}…{sign}{rule.max_points}")
        self.rule_info.setText(self.tr("{area} · {kind} {range} {unit}").format(
            area=i18n.label(vocab.AREAS, rule.area), kind=i18n.label(vocab.KINDS, rule.kind), range=rng,
            unit=i18n.label(vocab.UNITS, rule.unit)))
        self.rule_info.setStyleSheet("color: #1b7a35;" if rule.kind == "bonus" else "color: #c0392b;")
        self.quantity.setEnabled(rule.unit == "time" and self.save_button.isEnabled())
        if rule.unit == "month":
            self.quantity.setValue(1)
        self.check_points_live()

    def check_points_live(self, *_) -> bool:
        """Points outside the rule's range are refused on the spot, with the reason shown."""
        rule = self.current_rule()
        if rule is None:
            return True
        try:
            events_service.check_points(rule, self.points.value())
        except ValidationError as exc:
            self.show_error(exc)
            self.points.setFocus()
            return False
        if self.errors.marked is self.points:
            self.errors.clear()
        return True

    def show_gift(self, *_):
        text = self.order_amount.text().strip()
        if not text:
            s = self.ctx.settings()
            self.gift.setText(self.tr("Gift tiers: A ≥ {a}, B ≥ {b}, C ≥ {c}").format(
                a=s.gift_tier_a, b=s.gift_tier_b, c=s.gift_tier_c))
            self.gift.setStyleSheet("color: #666;")
            return
        try:
            amount = float(text)
        except ValueError:
            self.gift.setText("")
            return
        tier = self.ctx.settings().gift_for(amount)
        if tier:
            self.gift.setText(self.tr("Gift {tier}").format(tier=tier))
            self.gift.setStyleSheet("color: #1b5e9e; font-weight: bold;")
        else:
            self.gift.setText(self.tr("No gift (below {a})").format(a=self.ctx.settings().gift_tier_a))
            self.gift.setStyleSheet("color: #666;")

    def show_error(self, exc) -> bool:
        self._message_timer.stop()
        self.message.setStyleSheet("")
        return self.errors.show(exc)

    def _clear_saved_message(self) -> None:
        if self.message.text() == self._saved_text:
            self.message.clear()
        self.message.setStyleSheet("")

    # -- saving
    def eventFilter(self, obj, event):
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.save()
            return True
        return super().eventFilter(obj, event)

    def _focus_changed(self, old, new) -> None:
        # Leaving a picker turns "a03" into "A03  王磊". (The completer swallows the
        # focus-out event while its list is open, so the application's signal is used.)
        for picker in (self.staff_picker, self.rule_picker):
            if old in (picker, picker.lineEdit()) and new not in (picker, picker.lineEdit()):
                picker.commit_text()

    def save(self) -> None:
        self.errors.clear()
        self.staff_picker.commit_text()
        self.rule_picker.commit_text()
        staff_id = self.staff_picker.current_id()
        if staff_id is None:
            self.show_error(ValidationError(self.tr("Choose the person: type an employee no. or a name."),
                                             field="staff"))
            return
        rule = self.current_rule()
        if rule is None:
            self.show_error(ValidationError(self.tr("Choose the rule: type its code or part of its name."),
                                             field="rule"))
            return
        if not self.check_points_live():
            return
        d = self.date.date()
        # The new row is added to the list in place (on_success runs before the change is
        # announced), so a long month is not read again for every entry.
        op = run_op(self.ctx, self, events_service.add_event, staff_id, rule.id, _dt.date(d.year(), d.month(), d.day()),
                    self.points.value(), self.quantity.value(), self.method.currentData(), self.reference.text(),
                    self.note.text(), self.order_amount.text(), what="events", on_error=self.show_error,
                    on_success=self.tab.add_row)
        if op.error is not None:
            return
        ev = op.result
        self.tab.flash(ev.id)
        name = self.staff_picker.itemText(self.staff_picker.currentIndex())
        self.message.setText(self.tr("Saved: {who} · {code} {points}").format(
            who=name, code=ev.rule_code, points=signed(ev.points)))
        if ev.gift_tier:
            self.message.setText(self.message.text() + " · " + self.tr("gift {tier} owed").format(tier=ev.gift_tier))
        self.message.setStyleSheet("color: #1b7a35;")
        self._saved_text = self.message.text()
        self._message_timer.start()
        # Next entry: same person, fresh rule.
        self.rule_picker.select_id(None)
        self.quantity.setValue(1)
        self.reference.clear()
        self.note.clear()
        self.order_amount.clear()
        self.rule_picker.setFocus()


class DailyTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = EntryStrip(self, self)  # first in the keyboard order
        self.model = EventsModel(self)
        self.proxy = EventsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._row_added: int | None = None
        self._load_serial = 0
        self._loading = False
        self._reload_after = False
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.model.set_flash(None))

        self.ui = Ui_DailyTab()
        self.ui.setupUi(self)
        u = self.ui
        u.layout.insertWidget(0, self.entry)

        # filters
        self.staff_filter = u.staffFilter
        self.area_filter = u.areaFilter
        self.area_filter.addItem(self.tr("All areas"), ALL)
        for code in vocab.AREA_ORDER:
            self.area_filter.addItem(i18n.label(vocab.AREAS, code), code)
        self.kind_filter = u.kindFilter
        self.kind_filter.addItem(self.tr("Bonus and deduction"), ALL)
        for code in vocab.KINDS:
            self.kind_filter.addItem(i18n.label(vocab.KINDS, code), code)
        self.method_filter = u.methodFilter
        self.method_filter.addItem(self.tr("All methods"), ALL)
        for code in vocab.METHODS:
            self.method_filter.addItem(i18n.label(vocab.METHODS, code), code)
        self.voided_filter = u.voidedFilter
        self.voided_filter.addItem(self.tr("Valid and voided"), ALL)
        self.voided_filter.addItem(self.tr("Valid only"), "valid")
        self.voided_filter.addItem(self.tr("Voided only"), "voided")
        self.search = u.search
        self.count_label = u.countLabel
        # Random spot checks (随机抽查) of a conversation or ticket, and the month's overview.
        self.spot_button = u.spotButton
        self.spot_button.clicked.connect(self.open_spot_check)
        spot_menu = QMenu(self.spot_button)
        spot_menu.addAction(self.tr("Spot checks of the month…")).triggered.connect(self.open_spot_checks_of_month)
        spot_menu.addAction(self.tr("Calibration sessions…")).triggered.connect(self.open_calibration)
        self.spot_button.setMenu(spot_menu)

        self.table = u.table
        self.table.setModel(self.proxy)
        self.table.sortByColumn(EventsModel.DATE, Qt.DescendingOrder)
        # The last column takes what room is left; the item keeps a readable width on a small screen.
        self.table.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.table, {
            EventsModel.DATE: 84, EventsModel.NO: 54, EventsModel.NAME: 56, EventsModel.CODE: 40,
            EventsModel.AREA: 48, EventsModel.POINTS: 44, EventsModel.QTY: 38, EventsModel.METHOD: 66,
            EventsModel.ITEM: 150, EventsModel.REFERENCE: 90, EventsModel.NOTE: 110, EventsModel.BY: 52,
            EventsModel.GIFT: 110, EventsModel.VOID: 110,
        }, {EventsModel.AREA: [i18n.label(vocab.AREAS, c) for c in vocab.AREAS],
            EventsModel.METHOD: [i18n.label(vocab.METHODS, c) for c in vocab.METHODS]})
        self.void_action = QAction(self.tr("&Void…"), self)
        self.void_action.setShortcut(QKeySequence.Delete)
        self.void_action.setShortcutContext(Qt.WidgetShortcut)
        self.table.addAction(self.void_action)  # Delete on a selected row voids it (with a reason)
        self.void_action.triggered.connect(self.void_selected)
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.restore_action.triggered.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_void_action)
        self.table.installEventFilter(self)  # Delete where voiding is refused: say why, open nothing
        # Right-click: the row's own actions, then copying; Ctrl+C copies rows with their titles.
        table_tools.install(self.table, name="events", row_actions=self.row_actions)
        # The table fetches its rows on demand: copying the whole table and selecting all take
        # in the whole month first.
        behaviour = self.table.findChild(table_tools.TableBehaviour)
        behaviour.copy_all_action.triggered.disconnect()
        behaviour.copy_all_action.triggered.connect(lambda: (self.model.fetch_all(), table_tools.copy_table(self.table)))
        behaviour.select_all_action.triggered.disconnect()
        behaviour.select_all_action.triggered.connect(lambda: (self.model.fetch_all(), self.table.selectAll()))
        table_tools.empty_state(self.table, self.empty_events_text)

        self.standings_model = StandingsModel(self)
        self.standings_box = u.standingsBox
        self.standings_note = u.standingsNote
        self.standings_table = u.standingsTable
        self.standings_table.setModel(self.standings_model)
        self.standings_table.doubleClicked.connect(self.show_person_events)
        self.person_events_action = QAction(self.tr("Show this person's &events"), self)
        self.person_events_action.triggered.connect(
            lambda: self.show_person_events(self.standings_table.currentIndex()))
        table_tools.install(self.standings_table, name="standings", row_actions=[self.person_events_action])
        self._standings: list = []
        table_tools.empty_state(self.standings_table, self.empty_standings_text)
        self.team_filter = u.teamFilter
        self.team_filter.currentIndexChanged.connect(self.show_standings)
        self.averages_label = u.averagesLabel
        self.standings_table.horizontalHeader().setSectionResizeMode(StandingsModel.MARKS, QHeaderView.Stretch)
        set_column_widths(self.standings_table, {
            StandingsModel.RANK: 36, StandingsModel.NO: 52, StandingsModel.NAME: 54, StandingsModel.BONUS: 40,
            StandingsModel.DEDUCTION: 40, StandingsModel.SCORE: 40, StandingsModel.CHANGE: 38})
        self.splitter = u.splitter
        self.splitter.setSizes([900, 450])

        new_entry = QAction(self)
        new_entry.setShortcut(QKeySequence("Ctrl+N"))
        new_entry.triggered.connect(self.focus_entry)
        self.addAction(new_entry)
        find = QAction(self)
        find.setShortcut(QKeySequence.Find)  # Ctrl+F: to the list's search box
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        for combo in (self.staff_filter, self.area_filter, self.kind_filter, self.method_filter,
                      self.voided_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        # Typing filters after a short pause, so a long month never stutters under the fingers.
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(lambda _m: self.load_month())
        self.load_month()

    # -- loading
    def load_month(self) -> None:
        self.entry.load_lists()
        self.entry.set_month()
        self.fill_staff_filter()
        self.load_events()
        self.load_standings()

    def fill_staff_filter(self) -> None:
        current = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), ALL)
        for i in range(self.entry.staff_picker.count()):
            self.staff_filter.addItem(self.entry.staff_picker.itemText(i), self.entry.staff_picker.itemData(i))
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(current)))
        self.staff_filter.blockSignals(False)

    def load_events(self) -> None:
        """The month's events: read here, or in a worker when the month is long."""
        month = self.ctx.month
        self._load_serial += 1
        serial = self._load_serial
        count = ScoreEvent.select().where(ScoreEvent.month == month.key).count()
        if count <= BACKGROUND_ROWS:
            self._loading = self._reload_after = False
            self.show_rows(event_rows(events_service.month_events(month)))
            return
        self._loading = True
        self.model.set_rows([])
        self.count_label.setText(self.tr("Loading {n} events…").format(n=count))

        def loaded(rows) -> None:
            if serial != self._load_serial:
                return  # another month was chosen meanwhile
            self._loading = False
            self.show_rows(rows)
            if self._reload_after:
                self._reload_after = False
                self.load_events()

        run_query(self.ctx, self, lambda: event_rows(events_service.month_events(month)),
                  label=self.tr("Loading {month}…").format(month=i18n.month_label(month)), on_success=loaded)

    def show_rows(self, rows: list) -> None:
        self.model.restored = events_service.restored_in(self.ctx.month)
        self.model.set_rows(rows)
        if (self.proxy.sort_column, self.proxy.sort_order) != (EventsModel.DATE, Qt.DescendingOrder):
            self.model.sort(self.proxy.sort_column, self.proxy.sort_order)  # the query gives newest first
        self.apply_filters()
        self.update_void_action()

    def load_standings(self) -> None:
        self._standings = standings(self.ctx.month)
        teams = sorted({s.team for s in self._standings if s.team}, key=natural_key)
        current = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), ALL)
        for team in teams:
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current)))
        self.team_filter.blockSignals(False)
        self.team_filter.setEnabled(bool(teams))
        self.show_standings()
        p = self.ctx.period()
        if p.status == "open":
            self.standings_note.setText(self.tr("Live: updates as events are recorded (not yet published)."))
        else:
            self.standings_note.setText(self.tr("As published: {version}.").format(
                version=i18n.revision_label(p.revision)))

    def show_standings(self, *_) -> None:
        """The standings of the team chosen (all by default), with the team's average beside the office's."""
        team = self.team_filter.currentData() or ALL
        rows = self._standings if team == ALL else [s for s in self._standings if s.team == team]
        self.standings_model.set_rows(rows)
        ranked = [s.final for s in self._standings if s.ranked]
        if not ranked:
            self.averages_label.setText("")
            return
        office = sum(ranked) / len(ranked)
        text = self.tr("Office average {avg:.1f} ({n} ranked)").format(avg=office, n=len(ranked))
        if team != ALL:
            mine = [s.final for s in rows if s.ranked]
            if mine:
                avg = sum(mine) / len(mine)
                text = self.tr("{team} average {avg:.1f} ({diff:+.1f} against the office) · ").format(
                    team=team, avg=avg, diff=avg - office) + text
        self.averages_label.setText(text)

    def empty_events_text(self) -> str:
        """What the events list says when it shows nothing: what to do next."""
        if not Staff.select().exists():
            return self.tr("No one is on the staff list yet: add people on the Staff tab (or import a roster "
                           "from Excel) before recording events.")
        if self.model.rowCount():
            return self.tr("No event matches the filters above.")
        if getattr(self, "_loading", False):
            return ""
        month = i18n.month_label(self.ctx.month)
        if self.ctx.lock_reason():
            return self.tr("No events were recorded in {month}.").format(month=month)
        return self.tr("No events in {month} yet. Type an employee no. or name and a rule code in the strip "
                       "above and press Enter (Ctrl+N brings you back to it).").format(month=month)

    def empty_standings_text(self) -> str:
        if not Staff.select().exists():
            return self.tr("The standings list everyone employed in the month, once people are added.")
        return self.tr("No one in this team was employed in the month.") if self._standings else ""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_entry(self) -> None:
        """Ctrl+N: back to the person field of the entry strip, text selected for typing over."""
        self.entry.staff_picker.setFocus()
        self.entry.staff_picker.lineEdit().selectAll()

    def show_person_events(self, index) -> None:
        s = self.standings_model.row_at(index.row())
        if s is not None:
            self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(s.staff_id)))

    def add_row(self, ev) -> None:
        """Put a just-recorded event into the list without reading the month again."""
        if ev.month != self.ctx.month.key:
            return
        if self._loading:
            self._reload_after = True  # the list being read may not have it yet
        staff = ev.staff
        row = EventRow(ev.id, str(ev.date), staff.id, staff.employee_no, staff.name, ev.rule_code, ev.rule_name,
                       ev.area, ev.kind, ev.points, ev.quantity, ev.method, ev.reference or "", ev.note or "",
                       ev.recorded_by, bool(ev.voided), ev.void_reason or "", ev.order_amount, ev.gift_tier)
        self.model.insert_row(row)
        if (self.proxy.sort_column, self.proxy.sort_order) != (EventsModel.DATE, Qt.DescendingOrder):
            self.model.sort(self.proxy.sort_column, self.proxy.sort_order)
        self._row_added = ev.id

    def open_spot_check(self) -> None:
        from .spotcheck_dialog import SpotCheckDialog

        SpotCheckDialog(self.ctx, self, self.entry.staff_picker.current_id()).exec()

    def open_spot_checks_of_month(self) -> None:
        from .spotcheck_dialog import SpotCheckMonthDialog

        SpotCheckMonthDialog(self.ctx, self).exec()

    def open_calibration(self) -> None:
        """The graders' calibration sessions, next to the spot checks they calibrate."""
        from ..calibration.calibration_window import open_calibration

        open_calibration(self.ctx, self)

    def on_changed(self, what: str) -> None:
        if what in ("events",):
            if self._row_added is not None:
                self._row_added = None  # the list already has it; only the standings move
            else:
                self.load_events()
            self.load_standings()
        elif what in ("period",):
            self.entry.set_month()
            self.load_standings()
            self.update_void_action()
        elif what in ("actor", "day"):
            self.entry.set_month()
            self.update_void_action()
        elif what in ("staff", "rules", "settings", "database"):
            self.load_month()
            self.entry.show_gift()

    def apply_filters(self) -> None:
        self.proxy.set_filters(staff=self.staff_filter.currentData() or ALL,
                               area=self.area_filter.currentData() or ALL,
                               kind=self.kind_filter.currentData() or ALL,
                               method=self.method_filter.currentData() or ALL,
                               voided=self.voided_filter.currentData() or ALL, text=self.search.text())
        # Counted over the whole month, not only the rows the table has fetched so far.
        rows = [r for r in self.model.rows if self.proxy.accepts(r)] if self.proxy.filtering() else self.model.rows
        shown, total = len(rows), self.model.total_rows()
        text = self.tr("{shown} of {total} events").format(shown=shown, total=total)
        if shown < total:  # a filtered list: what the rows shown add up to
            valid = [r for r in rows if not r.voided]
            bonus = sum(r.points for r in valid if r.points > 0)
            deduction = sum(r.points for r in valid if r.points < 0)
            text += " · " + self.tr("shown: {bonus} / {deduction}, net {net}").format(
                bonus=signed(bonus), deduction=signed(deduction), net=signed(bonus + deduction))
        self.count_label.setText(text)
        self.count_label.setToolTip(text)  # squeezed on a small screen: the whole text on hover

    def flash(self, event_id: int) -> None:
        """Highlight a new row for a moment and bring it into view."""
        self.model.set_flash(event_id)
        row = self.model.row_of(event_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.scrollTo(index)
        self._flash_timer.start()

    # -- voiding
    def selected_event(self) -> EventRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], RowRole) if rows else None

    def row_actions(self) -> list:
        """The right-click menu's own part: void or restore the row, each enabled only where it can succeed,
        and a coaching note from a deduction."""
        self.update_void_action()
        if getattr(self, "coach_action", None) is None:
            from ..analysis.coaching_action import coaching_action

            self.coach_action = coaching_action(self)
        self.coach_action.update_state()
        return [self.void_action, self.restore_action, None, self.coach_action]

    def void_refusal(self) -> str | None:
        """Why the selected row cannot be voided now (the month's lock first), or None."""
        r = self.selected_event()
        reason = self.ctx.lock_reason() or self.ctx.permission_reason("void_event")
        if reason is None and r is not None and r.voided:
            reason = self.tr("This event is already voided.")
        return reason

    def update_void_action(self, *_) -> None:
        """Void and restore are enabled only where the core would accept them; otherwise the reason is
        their tooltip."""
        reason = self.void_refusal()
        self.void_action.setEnabled(reason is None and self.selected_event() is not None)
        self.void_action.setToolTip(reason or self.tr("Void the selected event, with a reason (Delete)"))
        self.void_action.setStatusTip(reason or "")
        r = self.selected_event()
        why = self.ctx.lock_reason() or self.ctx.permission_reason("void_event")
        if why is None and r is not None and not r.voided:
            why = self.tr("Only a voided event can be restored.")
        self.restore_action.setEnabled(why is None and r is not None)
        self.restore_action.setToolTip(why or self.tr("Count the voided event again, with a reason"))
        self.restore_action.setStatusTip(why or "")

    def eventFilter(self, obj, event):
        if (obj is self.table and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete
                and not self.void_action.isEnabled() and self.selected_event() is not None):
            reason = self.void_refusal()
            if reason:
                self.show_status(reason)
                return True
        return super().eventFilter(obj, event)

    def show_status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10000)

    def restore_selected(self) -> None:
        r = self.selected_event()
        if r is None or not r.voided or not self.restore_action.isEnabled():
            return
        reason = messages.ask_text(self, self.tr("Restore event"), self.tr(
            "Count {code} {points} for {name} on {date} again?\nIt was voided: {why}\nReason for restoring:").format(
            code=r.rule_code, points=signed(r.points), name=r.name, date=r.date, why=r.void_reason))
        if reason is None:
            return
        run_op(self.ctx, self, events_service.restore_event, r.id, reason, what="events")

    def void_selected(self) -> None:
        r = self.selected_event()
        if r is None or r.voided:
            return
        reason = self.void_refusal()
        if reason:  # never ask for a reason the core would then refuse
            self.show_status(reason)
            return
        points = signed(r.points)
        reason = messages.ask_text(self, self.tr("Void event"), self.tr(
            "Void {code} {points} for {name} on {date}?\nThe row stays visible, struck through.\nReason:").format(
            code=r.rule_code, points=points, name=r.name, date=r.date))
        if reason is None:
            return
        run_op(self.ctx, self, events_service.void_event, r.id, reason, what="events")
