"""The main window: tabs, the month selector with the period's status, menus."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMainWindow, QToolButton, QWidget

from ...base import clock
from ...store.db import open_database
from ...base.errors import CsperfError
from ...store.models import Period, ScoreEvent, database_proxy
from ...base.months import Month
from . import i18n, messages
from ..forms.ui_main_window import Ui_MainWindow
from .operations import run_op

MONTHS_AHEAD = 0
EXTERNAL_CHECK_MS = 10_000


fmt_time = i18n.fmt_time


def _lifecycle():
    from ...monthly import lifecycle

    return lifecycle


def _periods():
    from ...monthly import periods

    return periods


def _printing():
    from ..printing import printing

    return printing


def _staff_tab():
    from ..staff.staff_tab import StaffTab

    return StaffTab


def _daily_tab():
    from ..daily.daily_tab import DailyTab

    return DailyTab


def _exams_tab():
    from ..exams.exams_tab import ExamsTab

    return ExamsTab


def _appeals_tab():
    from ..appeals.tab import AppealsTab

    return AppealsTab


def _annual_tab():
    from ..annual.annual_tab import AnnualTab

    return AnnualTab


# Tab name -> (its class, imported on first use; its page in the form). A tab is built the
# first time it is shown or used, so the window paints without waiting for the four tabs
# nobody is looking at. The imports are written out (not by name) so the bundle finds them.
TABS = {
    "staff": (_staff_tab, "staffPage"),
    "daily": (_daily_tab, "dailyPage"),
    "exams": (_exams_tab, "examsPage"),
    "appeals": (_appeals_tab, "appealsPage"),
    "annual": (_annual_tab, "annualPage"),
}


def _lazy_tab(name: str) -> property:
    return property(lambda self: self.tab(name), doc=f"The {name} tab, built on first use.")


class _TabPlaceholder(QLabel):
    """Stands in the tab shown at start-up until the window has painted once; then the
    real tab is built, so the window appears before the month's data is loaded."""

    def __init__(self, on_first_paint, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setText(self.tr("Opening…"))
        self._on_first_paint = on_first_paint

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        callback, self._on_first_paint = self._on_first_paint, None
        if callback is not None:
            QTimer.singleShot(0, callback)


class MainWindow(QMainWindow):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        settings = QSettings()
        saved_month = settings.value("window/month", "", str)
        if saved_month:
            try:
                ctx.month = Month.parse(saved_month)
            except CsperfError:
                pass

        self._tabs: dict[str, QWidget] = {}
        self._placeholder: QLabel | None = None

        self._build_month_bar()
        self._connect_actions()
        ctx.changed.connect(self.on_changed)
        ctx.month_changed.connect(self.on_month_changed)
        self.fill_months()
        self.update_period()
        # The window may stay open overnight: a new day (or month) widens the month list and
        # the dates the entry strip accepts.
        self._today = clock.today()
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self.check_new_day)
        self._day_timer.start()
        # Another PC on a shared database (or another user) may change things: the audit trail's
        # newest entry says so cheaply. Checked every few seconds and whenever the window is
        # activated; our own changes move the marker first, so only foreign ones refresh.
        self._last_change = self.change_marker()
        self._change_timer = QTimer(self, interval=EXTERNAL_CHECK_MS)
        self._change_timer.timeout.connect(self.check_external_changes)
        self._change_timer.start()

        geometry = settings.value("window/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        self.ui.tabs.setCurrentIndex(int(settings.value("window/tab", 1, int)))
        self.ui.tabs.currentChanged.connect(self._build_current_tab)
        self._placeholder = _TabPlaceholder(self._build_current_tab)
        self.ui.tabs.currentWidget().layout().addWidget(self._placeholder)

    # -- tabs
    staff_tab = _lazy_tab("staff")
    daily_tab = _lazy_tab("daily")
    exams_tab = _lazy_tab("exams")
    appeals_tab = _lazy_tab("appeals")
    annual_tab = _lazy_tab("annual")

    def tab(self, name: str) -> QWidget:
        """The tab called *name*, built (and loaded for the current month) on first use."""
        tab = self._tabs.get(name)
        if tab is None:
            tab_class, page_name = TABS[name]
            page = getattr(self.ui, page_name)
            tab = tab_class()(self.ctx, page)
            if self._placeholder is not None and self._placeholder.parent() is page:
                self._placeholder.hide()
                self._placeholder.deleteLater()
                self._placeholder = None
            page.layout().addWidget(tab)
            if page.isVisible():
                tab.show()  # now, not on the layout's next turn: it loads its data when shown
            self._tabs[name] = tab
        return tab

    def show_tab(self, name: str) -> QWidget:
        """Bring the tab called *name* to the front (built if need be) and return it."""
        self.ui.tabs.setCurrentWidget(getattr(self.ui, TABS[name][1]))
        return self.tab(name)

    def _build_current_tab(self, *_args) -> None:
        from ...store.db import integrity_checked, integrity_problem

        if not integrity_checked():
            # The file's integrity check still runs: its data is shown once it has passed.
            QTimer.singleShot(50, self._build_current_tab)
            return
        if integrity_problem():
            return  # damaged: the recovery dialog is offered instead (app.watch_integrity_check)
        page = self.ui.tabs.currentWidget()
        for name, (_class, page_name) in TABS.items():
            if getattr(self.ui, page_name) is page:
                self.tab(name)
        QTimer.singleShot(0, self, self.update_open_items)  # the month-end count, once the window shows data

    # -- month bar
    def _build_month_bar(self) -> None:
        bar = self.ui.monthToolBar
        bar.addWidget(QLabel(self.tr("Month:") + " "))
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous month (Ctrl+PgUp)"))
        self.month_combo = QComboBox()
        self.month_combo.setMinimumContentsLength(10)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.RightArrow)
        self.next_button.setToolTip(self.tr("Next month (Ctrl+PgDown)"))
        self.status_label = QLabel()
        self.status_label.setObjectName("periodStatus")
        self.status_label.setTextFormat(Qt.RichText)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.month_combo)
        bar.addWidget(self.next_button)
        bar.addSeparator()
        bar.addWidget(self.status_label)
        self.open_items_label = QLabel()
        self.open_items_label.setObjectName("openItems")
        self.open_items_label.setStyleSheet("color: #b00020; margin-left: 8px")
        self.open_items_action = bar.addWidget(self.open_items_label)  # a toolbar shows or hides the action
        self.open_items_action.setVisible(False)
        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.month_combo.currentIndexChanged.connect(self.month_chosen)

    def fill_months(self) -> None:
        """From the earliest month with data (at least a year back) to the current one (two queries)."""
        today_month = Month.of(clock.today())
        firsts = [ScoreEvent.select(ScoreEvent.month).order_by(ScoreEvent.month).limit(1).scalar(),
                  Period.select(Period.month).order_by(Period.month).limit(1).scalar()]
        firsts = [Month.parse(m) for m in firsts if m]
        first = min(firsts + [today_month.add(-12), self.ctx.month])
        last = max(today_month.add(MONTHS_AHEAD), self.ctx.month)
        months = []
        m = first
        while m <= last:
            months.append(m)
            m = m.next()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for m in reversed(months):
            self.month_combo.addItem(i18n.month_label(m), m.key)
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(self.ctx.month.key)))
        self.month_combo.blockSignals(False)

    def month_chosen(self, index: int) -> None:
        key = self.month_combo.itemData(index)
        if key:
            self.ctx.set_month(Month.parse(key))

    def step_month(self, delta: int) -> None:
        # Items run newest first.
        index = self.month_combo.currentIndex() - delta
        if 0 <= index < self.month_combo.count():
            self.month_combo.setCurrentIndex(index)

    def on_month_changed(self, month: Month) -> None:
        index = self.month_combo.findData(month.key)
        if index >= 0 and index != self.month_combo.currentIndex():
            self.month_combo.setCurrentIndex(index)
        self.update_period()

    def check_new_day(self) -> None:
        today = clock.today()
        if today != self._today:
            self._today = today
            self.fill_months()
            self.ctx.changed.emit("day")

    @staticmethod
    def change_marker():
        from ...store.models import AuditEntry

        try:
            return AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1).scalar()
        except Exception:  # a database being switched or restored: no marker this time
            return None

    def check_external_changes(self) -> bool:
        """Refresh every view when someone else changed the database; True when they did."""
        marker = self.change_marker()
        if marker is None or marker == self._last_change:
            return False
        self._last_change = marker
        self.ctx.changed.emit("database")
        self.statusBar().showMessage(self.tr("Updated with changes made elsewhere."), 5000)
        return True

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self.check_external_changes()
        super().changeEvent(event)

    def on_changed(self, what: str) -> None:
        if what != "database":
            self._last_change = self.change_marker()  # our own change: nothing to pull in
        if what == "database":
            self.fill_months()
        if what in ("period", "settings", "database", "events", "actor", "day"):
            self.update_period()

    def update_period(self) -> None:
        month = self.ctx.month
        p = self.ctx.period(month)
        self.prev_button.setEnabled(self.month_combo.currentIndex() < self.month_combo.count() - 1)
        self.next_button.setEnabled(self.month_combo.currentIndex() > 0)
        self.ui.actionPreviousMonth.setEnabled(self.prev_button.isEnabled())
        self.ui.actionNextMonth.setEnabled(self.next_button.isEnabled())
        if p.status == "open":
            text = "<span style='color:#1b7a35'>●</span> " + self.tr("Open")
            if p.revision:
                text += " · " + self.tr("reopened after {version}").format(version=i18n.revision_label(p.revision))
        elif p.status == "published":
            text = "<span style='color:#c77700'>●</span> " + self.tr(
                "Published · {version} · appeals until {deadline}").format(
                version=i18n.revision_label(p.revision), deadline=fmt_time(p.appeal_deadline))
            if p.needs_reprint:
                text += " · " + self.tr("bulletin needs reprinting")
        else:
            text = "<span style='color:#777'>●</span> " + self.tr("Closed · {version}").format(
                version=i18n.revision_label(p.revision))
        self.status_label.setText(text)
        self.status_label.setToolTip(self.ctx.lock_reason(month) or "")
        self.open_items_action.setVisible(False)
        if self._tabs:  # not before the first paint: the count loads the monthly cycle
            QTimer.singleShot(0, self, self.update_open_items)
        company = self.ctx.settings().company_name
        self.setWindowTitle(self.tr("{company} — {month} — Customer-service performance").format(
            company=company, month=i18n.month_label(month)))
        # Month menu: each action only where it applies, with the reason otherwise.
        ui = self.ui
        future = month.first_day > clock.today()
        batch_why = self.ctx.lock_reason(month) or self.ctx.permission_reason("record_event") or (
            self.tr("The month has not begun.") if future else None)
        self._enable(ui.actionBatchRecord, batch_why is None, batch_why or "")
        self._enable(ui.actionPublish, p.status == "open" and not future and self.ctx.can("publish"),
                     self.tr("Only an open month that has begun can be published."))
        close_why = self.close_refusal(month, p)
        self._enable(ui.actionClose, close_why is None, close_why or "")
        self._enable(ui.actionReopen, p.status != "open" and self.ctx.can("reopen"),
                     self.tr("Reopening needs the administrator role and a published or closed month.")
                     if p.status != "open" else self.tr("The month is open."))

    def update_open_items(self) -> None:
        """The month bar's short count of what is open before publishing (an open month only)."""
        from ...monthly.month_end import checklist

        month = self.ctx.month
        if (database_proxy.obj is None or self.ctx.period(month).status != "open"
                or month.first_day > clock.today()):
            self.open_items_action.setVisible(False)
            return
        items = checklist(month, info=False).open_items
        self.open_items_label.setText(self.tr("{n} items open").format(n=len(items)) if items else "")
        self.open_items_label.setToolTip("\n".join(i.text for i in items))
        self.open_items_action.setVisible(bool(items))

    def close_refusal(self, month: Month, p) -> str | None:
        """Why 结束本月 would be refused now (the same order the core checks), or None."""
        if p.status != "published":
            return self.tr("Only a published month can be closed.")
        if not self.ctx.can("close"):
            return self.ctx.permission_reason("close")
        if p.appeal_deadline and clock.now_utc() < p.appeal_deadline:
            self._recheck_at(p.appeal_deadline)
            return self.tr("The appeal window is open until {deadline}; the month can be closed after it.").format(
                deadline=fmt_time(p.appeal_deadline))
        from ...monthly import appeals

        pending = appeals.pending_count(month)
        if pending:
            return self.tr("Appeals still pending: {n}. Decide or withdraw them before closing the month.").format(
                n=pending)
        return None

    def _recheck_at(self, deadline) -> None:
        """Enable 结束本月 by itself when the window ends while the program is open."""
        ms = int((deadline - clock.now_utc()).total_seconds() * 1000) + 1000
        if not hasattr(self, "_deadline_timer"):
            self._deadline_timer = QTimer(self, singleShot=True)
            self._deadline_timer.timeout.connect(self.update_period)
        self._deadline_timer.start(min(ms, 6 * 3600 * 1000))  # far deadlines: look again later

    @staticmethod
    def _enable(action, enabled: bool, why: str) -> None:
        action.setEnabled(enabled)
        action.setToolTip("" if enabled else why)
        action.setStatusTip("" if enabled else why)

    def record_for_several(self) -> None:
        """批量记录评分: one event for the people ticked (the dialog records them in one go)."""
        from ..daily.batch_dialog import BatchEventDialog

        BatchEventDialog(self.ctx, self).exec()

    # -- actions
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.menuMonth.setToolTipsVisible(True)
        ui.menuMonth.aboutToShow.connect(self.update_period)  # a window that ended meanwhile
        ui.actionOpenDatabase.triggered.connect(self.open_database_file)
        ui.actionNewDatabase.triggered.connect(self.new_database_file)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionExit.triggered.connect(self.close)
        ui.actionPreviousMonth.triggered.connect(lambda: self.step_month(-1))
        ui.actionNextMonth.triggered.connect(lambda: self.step_month(1))
        ui.actionBatchRecord.triggered.connect(self.record_for_several)
        ui.actionPublish.triggered.connect(self.publish)
        ui.actionClose.triggered.connect(self.close_month)
        ui.actionReopen.triggered.connect(self.reopen)
        # The printing module pulls in ReportLab: imported on first use, not at start-up.
        ui.actionPrintBulletin.triggered.connect(lambda: _printing().print_bulletin(self.ctx, self))
        ui.actionPrintScorecards.triggered.connect(lambda: _printing().print_scorecards(self.ctx, self))
        ui.actionPrintAgentScorecard.triggered.connect(
            lambda: _printing().print_agent_scorecard(self.ctx, self, self.selected_staff_id()))
        ui.actionRulebook.triggered.connect(self.show_rulebook)
        ui.actionScoringSettings.triggered.connect(self.show_settings)
        group = QActionGroup(self)
        group.addAction(ui.actionLanguageChinese)
        group.addAction(ui.actionLanguageEnglish)
        (ui.actionLanguageChinese if i18n.is_chinese() else ui.actionLanguageEnglish).setChecked(True)
        ui.actionLanguageChinese.triggered.connect(lambda: self.choose_language("zh_CN"))
        ui.actionLanguageEnglish.triggered.connect(lambda: self.choose_language("en"))
        ui.actionUserGuide.triggered.connect(self.user_guide)
        ui.actionAbout.triggered.connect(self.about)
        self._add_more_actions()

    def _add_more_actions(self) -> None:
        """Menu entries whose windows live in their own modules (imported on first use)."""
        ui = self.ui
        # File: restore next to back up; Excel import, templates and export before Exit.
        restore = QAction(self.tr("&Restore from a backup…"), self)
        restore.triggered.connect(self.restore)
        ui.menuFile.insertAction(ui.actionExit, restore)
        ui.menuFile.insertSeparator(ui.actionExit)
        from ..excel.excel_menu import add_excel_menus

        self._excel_menus = add_excel_menus(self.ctx, self, ui.menuFile, ui.actionExit)
        ui.menuFile.insertSeparator(ui.actionExit)
        # Month: the spot checks of the month.
        ui.menuMonth.addSeparator()
        spot = QAction(self.tr("&Spot check…"), self)
        spot.triggered.connect(self.spot_check)
        ui.menuMonth.addAction(spot)
        spot_month = QAction(self.tr("Spot checks of the &month…"), self)
        spot_month.triggered.connect(self.spot_checks_of_month)
        ui.menuMonth.addAction(spot_month)
        calibration = QAction(self.tr("&Calibration sessions…"), self)
        calibration.triggered.connect(self.calibration_sessions)
        ui.menuMonth.addAction(calibration)
        gifts = QAction(self.tr("Order &gifts of the month…"), self)
        gifts.triggered.connect(self.gifts_of_month)
        ui.menuMonth.addAction(gifts)
        ui.menuMonth.addSeparator()
        self.analysis_action = QAction(self.tr("&Analysis over months…"), self)
        self.analysis_action.setShortcut("Ctrl+Shift+A")
        self.analysis_action.triggered.connect(self.analysis)
        ui.menuMonth.addAction(self.analysis_action)
        # Settings: accounts.
        ui.menuSettings.insertSeparator(ui.menuLanguage.menuAction())
        users = QAction(self.tr("&Users and roles…"), self)
        users.triggered.connect(self.manage_users)
        ui.menuSettings.insertAction(ui.menuLanguage.menuAction(), users)
        password = QAction(self.tr("Change my &password…"), self)
        password.triggered.connect(self.change_password)
        ui.menuSettings.insertAction(ui.menuLanguage.menuAction(), password)
        # Help: the trust tools.
        ui.menuHelp.insertSeparator(ui.actionAbout)
        for text, slot in ((self.tr("Audit &trail…"), self.audit_trail),
                           (self.tr("&Verify the database…"), self.verify_database),
                           (self.tr("&Check a printout…"), self.check_printout)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            ui.menuHelp.insertAction(ui.actionAbout, action)
        ui.menuHelp.insertSeparator(ui.actionAbout)
        self._users_action = users

    def show_banner(self, widget: QWidget) -> None:
        """A banner above the tabs (e.g. "opened read-only")."""
        self.ui.centralLayout.insertWidget(0, widget)

    def restore(self) -> None:
        from ..admin.backup_dialogs import restore_from_file

        restore_from_file(self.ctx, self)

    def spot_check(self) -> None:
        self.daily_tab.open_spot_check()

    def spot_checks_of_month(self) -> None:
        self.daily_tab.open_spot_checks_of_month()

    def calibration_sessions(self) -> None:
        from ..calibration.calibration_window import open_calibration

        open_calibration(self.ctx, self)

    def gifts_of_month(self) -> None:
        from ..daily.gifts_dialog import open_gifts

        open_gifts(self.ctx, self)

    def analysis(self) -> None:
        from ..analysis.analysis_window import open_analysis  # pyqtgraph only once a chart is shown

        open_analysis(self.ctx, self)

    def manage_users(self) -> None:
        if not self.ctx.can("manage_users"):
            messages.info(self, self.tr("Only an administrator manages users."), self.tr("Users and roles"))
            return
        from ..admin.users_dialog import UsersDialog

        UsersDialog(self.ctx, self).exec()

    def change_password(self) -> None:
        from ..admin.users_dialog import change_own_password

        change_own_password(self.ctx, self)

    def audit_trail(self) -> None:
        from ..admin.audit_dialog import show_audit

        show_audit(self.ctx, self)

    def verify_database(self) -> None:
        from ..admin.audit_dialog import show_audit

        show_audit(self.ctx, self, verify=True)

    def check_printout(self) -> None:
        from ..printing.check_printout import CheckPrintoutDialog

        CheckPrintoutDialog(self.ctx, self).exec()

    def selected_staff_id(self) -> int | None:
        """The person in view: the one in the entry strip on the Daily tab, else the Staff tab's selection."""
        if self.ui.tabs.currentWidget() is self.ui.dailyPage:
            ident = self.daily_tab.entry.staff_picker.current_id()
            if ident is not None:
                return ident
        staff_tab = self._tabs.get("staff")  # never built: nobody has selected anyone there
        s = staff_tab.selected() if staff_tab is not None else None
        return s.id if s is not None else None

    def _switch_database(self, path: str) -> None:
        old = database_proxy.obj
        try:
            database = open_database(path)
        except CsperfError as exc:
            if old is not None:
                database_proxy.initialize(old)
            messages.error(self, exc.message)
            return
        if old is not None and old is not database:
            old.close()
        self.ctx.database_location = path
        QSettings().setValue("database/last", path)
        self.ctx.changed.emit("database")

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                              self.tr("csperf database (*.db);;All files (*)"))
        if path:
            self._switch_database(path)

    def new_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), "csperf.db",
                                              self.tr("csperf database (*.db)"))
        if path:
            self._switch_database(path)

    def backup(self) -> None:
        from ..admin.backup_dialogs import back_up_now

        back_up_now(self.ctx, self)

    def publish(self) -> None:
        from ..daily.publish_dialog import PublishDialog

        month = self.ctx.month
        dialog = PublishDialog(self.ctx, month, self)
        if dialog.exec() != PublishDialog.Accepted:
            return
        self.run_publish(month, anyway=dialog.anyway_reason())

    def run_publish(self, month: Month, anyway: str | None = None):
        return run_op(self.ctx, self, _lifecycle().publish_month, month, anyway=anyway, what="period", slow=True,
                      label=self.tr("Publishing {month}…").format(month=i18n.month_label(month)),
                      on_success=lambda p: self.statusBar().showMessage(
                          self.tr("{month} published; appeals until {deadline}.").format(
                              month=i18n.month_label(month), deadline=fmt_time(p.appeal_deadline)), 10000))

    def close_month(self) -> None:
        month = self.ctx.month
        why = self.close_refusal(month, self.ctx.period(month))
        if why:  # the state changed since the menu was drawn: say why instead of asking first
            self.update_period()
            self.statusBar().showMessage(why, 10000)
            return
        if messages.confirm(self, self.tr("Close month"), self.tr(
                "Close {month}? Its results become final; only an administrator can reopen it.").format(
                month=i18n.month_label(month)), self.tr("Close month")):
            run_op(self.ctx, self, _lifecycle().close_month, month, what="period")

    def reopen(self) -> None:
        month = self.ctx.month
        reason = messages.ask_text(self, self.tr("Reopen month"), self.tr(
            "Reopen {month} for changes? Earlier published revisions are kept.\n"
            "Reason (required, recorded in the audit trail):").format(month=i18n.month_label(month)))
        if reason is None:
            return
        run_op(self.ctx, self, _lifecycle().reopen_month, month, reason, what="period")

    def show_rulebook(self) -> None:
        from ..staff.rulebook_dialog import RulebookDialog

        dialog = RulebookDialog(self.ctx, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)  # it listens to ctx.changed: gone when closed
        dialog.exec()

    def show_settings(self) -> None:
        from ..admin.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def choose_language(self, lang: str) -> None:
        i18n.save_language(lang)
        messages.info(self, self.tr("The language changes the next time the program starts."),
                      self.tr("Language"))

    def user_guide(self) -> None:
        from . import help_window

        if help_window.guide_file().exists():
            help_window.show_help(self)
            return
        messages.info(self, self.tr(
            "The user guide is not yet available.\n\nQuick start: in Daily scoring, type a person's number or "
            "name, Tab, a rule code, Tab, the points, then Enter."), self.tr("User guide"))

    def about(self) -> None:
        from .about_dialog import show_about

        show_about(self.ctx, self)

    # -- closing
    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.ui.tabs.currentIndex())
        settings.setValue("window/month", self.ctx.month.key)
        settings.sync()
        # A closed window stops looking at the database (the new day, other PCs' changes, the
        # appeal deadline): it may be gone or another one by the time a timer would fire.
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)
