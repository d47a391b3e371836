"""分析: the months side by side, in a window of its own (Month → Analysis…).

It opens on the heat map (a table: no chart library needed); pyqtgraph is imported the
first time the trend or the movers tab is shown. The data come from ``insight.analysis``
in a fixed number of queries and are reloaded when the range changes or the database does.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from ...base import clock, vocab
from ...base.errors import CsperfError
from ...base.months import Month
from ...insight import analysis as core
from ..forms.ui_analysis_window import Ui_AnalysisWindow
from ..shell import i18n, messages
from ..widgets import table_tools
from .analysis_models import ValuesModel, score_colour

TAB_HEAT, TAB_TREND, TAB_RULES, TAB_MOVERS, TAB_COACHING = range(5)
GROUPS = ("total", "month", "team", "grader", "method")


def open_analysis(ctx, parent: QWidget) -> "AnalysisWindow":
    """Show the analysis window (one per main window), built on first use."""
    window = getattr(parent, "_analysis_window", None)
    if window is None:
        window = AnalysisWindow(ctx, parent)
        parent._analysis_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class AnalysisWindow(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.ctx = ctx
        self.ui = u = Ui_AnalysisWindow()
        u.setupUi(self)
        self.data: core.Analysis | None = None
        self.trend_chart = None
        self.movers_chart = None
        self._stale = True
        self._shown: set = set()
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)

        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.triggered.connect(self.export)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.addAction(self.export_action)
        u.exportButton.clicked.connect(self.export)
        u.summaryButton.clicked.connect(self.print_summary)
        u.summaryButton.setToolTip(self.tr("The one-page management summary of the last month of the range, as PDF"))

        self.models = {}
        for name in ("heat", "trend", "rules", "quarter", "up", "down", "coaching"):
            view = getattr(u, f"{name}Table")
            model = ValuesModel(view)
            view.setModel(model)
            view.verticalHeader().hide()
            table_tools.install(view, name=None, row_actions=lambda: [self.export_action], sortable=True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            self.models[name] = model

        for key, text in (("person", self.tr("Person")), ("team", self.tr("Team"))):
            u.subjectKind.addItem(text, key)
        for key, text in zip(GROUPS, (self.tr("All months together"), self.tr("Month"), self.tr("Team"),
                                      self.tr("Grader (who recorded)"), self.tr("Evidence method"))):
            u.groupBy.addItem(text, key)
        for span in core.MOVER_SPANS:
            u.span.addItem(self.tr("%n month(s) before", "", span), span)
        u.upLabel.setText(self.tr("Most improved"))
        u.downLabel.setText(self.tr("Fell most"))
        u.trendSplitter.setSizes([360, 240])
        u.moversSplitter.setSizes([260, 300])
        u.rulesSplitter.setSizes([330, 270])

        self._fill_months()
        u.fromMonth.currentIndexChanged.connect(self.schedule_reload)
        u.toMonth.currentIndexChanged.connect(self.schedule_reload)
        u.lastYearButton.clicked.connect(self.last_twelve_months)
        u.subjectKind.currentIndexChanged.connect(self._fill_subjects)
        u.subject.currentIndexChanged.connect(self.show_trend)
        u.groupBy.currentIndexChanged.connect(self.show_rules)
        u.span.currentIndexChanged.connect(self.show_movers)
        u.tabs.currentChanged.connect(self._tab_shown)
        ctx.changed.connect(self._database_changed)
        self.setWindowTitle(self.tr("Analysis — {company}").format(company=ctx.settings().company_name))
        geometry = QSettings().value("analysis/geometry")
        if geometry:
            self.restoreGeometry(geometry)

    # -- the range
    def _fill_months(self) -> None:
        from ...store.models import Period, ScoreEvent

        today = Month.of(clock.today())
        firsts = [ScoreEvent.select(ScoreEvent.month).order_by(ScoreEvent.month).limit(1).scalar(),
                  Period.select(Period.month).order_by(Period.month).limit(1).scalar()]
        first = min([Month.parse(m) for m in firsts if m] + [today.add(-12)])
        latest = (Period.select(Period.month).where(Period.status != "open")
                  .order_by(Period.month.desc()).limit(1).scalar())
        end = Month.parse(latest) if latest else today
        months, m = [], first
        while m <= today:
            months.append(m)
            m = m.next()
        for combo in (self.ui.fromMonth, self.ui.toMonth):
            combo.blockSignals(True)
            combo.clear()
            for m in reversed(months):
                combo.addItem(i18n.month_label(m), m.key)
            combo.blockSignals(False)
        self.set_range(max(end.add(-11), first), end)

    def set_range(self, first: Month, last: Month) -> None:
        for combo, m in ((self.ui.fromMonth, first), (self.ui.toMonth, last)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(m.key)))
            combo.blockSignals(False)
        self.schedule_reload()

    def range(self) -> tuple[Month, Month]:
        return Month.parse(self.ui.fromMonth.currentData()), Month.parse(self.ui.toMonth.currentData())

    def last_twelve_months(self) -> None:
        _first, last = self.range()
        self.set_range(last.add(-11), last)

    def schedule_reload(self, *args) -> None:
        self._reload_timer.start()

    def _database_changed(self, what: str) -> None:
        if what in ("events", "period", "database", "staff", "settings", "annual"):
            self._stale = True
            if self.isVisible():
                self.schedule_reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def closeEvent(self, event) -> None:
        QSettings().setValue("analysis/geometry", self.saveGeometry())
        super().closeEvent(event)

    # -- loading
    def reload(self) -> None:
        self._reload_timer.stop()
        first, last = self.range()
        try:
            self.data = core.load(first, last)
        except CsperfError as exc:
            self.ui.summary.setText(exc.message)
            return
        self._stale = False
        d = self.data
        self.ui.summary.setText(self.tr("{people} people · {published} of {months} months published").format(
            people=len(d.matrix()), published=len(d.published_months), months=len(d.months)))
        self._shown = set()
        self._fill_subjects()
        self._tab_shown(self.ui.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if self.data is None or index in getattr(self, "_shown", set()):
            return
        self._shown.add(index)
        (self.show_heat, self.show_trend, self.show_rules, self.show_movers, self.show_coaching)[index]()

    def _month_header(self, key: str) -> str:
        label = key
        if not self.data.published(key):
            label += " " + self.tr("(not published)")
        return label

    # -- heat map
    def show_heat(self) -> None:
        d = self.data
        headers = [self.tr("No."), self.tr("Name"), self.tr("Team")] + [self._month_header(m) for m in d.months] \
            + [self.tr("Average")]
        rows, colours, tips, marked = [], {}, {}, set()
        for r, row in enumerate(d.matrix()):
            rows.append([row.person.employee_no, row.person.name, row.team, *row.finals, row.average])
            for c, (final, warn) in enumerate(zip(row.finals, row.warnings), start=3):
                if final is None:
                    continue
                colours[(r, c)] = score_colour(final)
                if warn:
                    marked.add((r, c))
                    tips[(r, c)] = self.tr("Warning month: last place two months in a row and below the threshold")
        displays = {(r, c): f"{rows[r][c]} !" for r, c in marked}
        self.models["heat"].set_table(headers, rows, colours, tips, marked, displays)
        view = self.ui.heatTable
        for c in range(3, len(headers)):
            view.setColumnWidth(c, 64)
        view.setColumnWidth(1, 80)
        n_warn = len(marked)
        self.ui.heatLegend.setText(self.tr(
            "Final scores of published months (an open or reopened month shows none). "
            "Colour: red below 60, yellow about 75, green towards 100. White on red with “!”: a warning month "
            "({n} in the range). Click a column title to sort.").format(n=n_warn))

    # -- trend
    def _fill_subjects(self, *args) -> None:
        if self.data is None:
            return
        combo = self.ui.subject
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if self.ui.subjectKind.currentData() == "team":
            for team in self.data.teams():
                combo.addItem(team, team)
        else:
            for row in self.data.matrix():
                combo.addItem(f"{row.person.employee_no} {row.person.name}", row.person.staff_id)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        if args or TAB_TREND in getattr(self, "_shown", set()):
            self.show_trend()

    def _ensure_trend_chart(self):
        if self.trend_chart is None:
            from .charts import Chart

            self.trend_chart = Chart(self.ui.trendChartHost, "trend")
            self.ui.trendChartHost.layout().addWidget(self.trend_chart)
        return self.trend_chart

    def show_trend(self, *args) -> None:
        if self.data is None:
            return
        if self.ui.tabs.currentIndex() != TAB_TREND and TAB_TREND not in getattr(self, "_shown", set()):
            return
        d = self.data
        key = self.ui.subject.currentData()
        areas = [i18n.label(vocab.AREAS, a) for a in vocab.AREA_ORDER]
        chart_rows = []
        if self.ui.subjectKind.currentData() == "team":
            headers = [self.tr("Month"), self.tr("Team average"), self.tr("Office average"), self.tr("Team's place"),
                       self.tr("People ranked"), self.tr("Best"), self.tr("Lowest")] + \
                [self.tr("{area} (average)").format(area=a) for a in areas] + \
                [self.tr("Bonus events"), self.tr("Deduction events"), self.tr("Warnings")]
            rows = []
            points = d.team_trend(key) if key is not None else []
            for p in points:
                rows.append([self._month_header(p.month), p.average, p.office_average, p.team_rank, p.people or None,
                             p.best, p.worst, *[p.areas.get(a) for a in vocab.AREA_ORDER],
                             p.bonus_count if p.published else None, p.deduction_count if p.published else None,
                             p.warnings if p.published else None])
            chart_rows = [(self.tr("{team} average").format(team=key or ""), [p.average for p in points], "team"),
                          (self.tr("Office average"), [p.office_average for p in points], "office")]
        else:
            headers = [self.tr("Month"), self.tr("Final score"), self.tr("Rank"), self.tr("Team")] + areas + \
                [self.tr("Bonus points"), self.tr("Deduction points"), self.tr("Bonus events"),
                 self.tr("Deduction events"), self.tr("Team average"), self.tr("Office average"), self.tr("Warning")]
            rows = []
            points = d.person_trend(key) if key is not None else []
            for p in points:
                r = p.result
                if r is None:
                    rows.append([self._month_header(p.month)] + [None] * (len(headers) - 1))
                    continue
                rank = (f"{r.rank}/{r.ranked_count}" if r.rank else vocab.UNRANKED_ZH if i18n.is_chinese()
                        else self.tr("not ranked"))
                rows.append([p.month, r.final, rank, r.team, *[r.areas.get(a, 0) for a in vocab.AREA_ORDER],
                             r.bonus, -r.deduction, r.bonus_count, r.deduction_count, p.team_average,
                             p.office_average, self.tr("Warning") if r.warning else ""])
            name = self.ui.subject.currentText()
            chart_rows = [(name, [p.result.final if p.result else None for p in points], "person"),
                          (self.tr("Team average"), [p.team_average for p in points], "team"),
                          (self.tr("Office average"), [p.office_average for p in points], "office")]
        self.models["trend"].set_table(headers, rows)
        self.ui.trendTable.resizeColumnsToContents()
        if self.ui.tabs.currentIndex() == TAB_TREND or self.trend_chart is not None:
            from .charts import OFFICE, PERSON, TEAM, draw_trend

            chart = self._ensure_trend_chart()
            colours = {"person": (PERSON, Qt.SolidLine), "team": (TEAM, Qt.DashLine), "office": (OFFICE, Qt.DotLine)}
            if self.ui.subjectKind.currentData() == "team":
                colours["team"] = (TEAM, Qt.SolidLine)
            draw_trend(chart, d.months, [(label, values, *colours[kind]) for label, values, kind in chart_rows],
                       y_range=self._y_range(chart_rows))

    @staticmethod
    def _y_range(chart_rows) -> tuple:
        values = [v for _l, vs, _k in chart_rows for v in vs if v is not None]
        if not values:
            return (0, 100)
        return (max(0, min(values) - 5), min(100, max(values) + 5) if max(values) <= 100 else max(values) + 5)

    # -- rules
    def show_rules(self, *args) -> None:
        if self.data is None:
            return
        r = self.data.rules
        group = self.ui.groupBy.currentData()
        stats = {"total": r.totals, "month": r.by_month, "team": r.by_team, "grader": r.by_grader,
                 "method": r.by_method}[group]
        group_title = {"month": self.tr("Month"), "team": self.tr("Team"), "grader": self.tr("Grader"),
                       "method": self.tr("Evidence method")}.get(group)
        headers = ([group_title] if group_title else []) + [self.tr("Code"), self.tr("Rule"), self.tr("Kind"),
                                                             self.tr("Events"), self.tr("Points")]
        rows = []
        for s in stats:
            key = i18n.label(vocab.METHODS, s.key) if group == "method" else s.key
            rows.append(([key] if group_title else []) + [s.code, s.name, i18n.label(vocab.KINDS, s.kind), s.count,
                                                          s.points])
        self.models["rules"].set_table(headers, rows)
        self.ui.rulesTable.resizeColumnsToContents()
        self.ui.rulesTable.setColumnWidth(len(headers) - 4, 320)
        this_q, last_q = core.quarter_label(r.this_quarter[0]), core.quarter_label(r.last_quarter[0])
        if not i18n.is_chinese():
            this_q = self.tr("this quarter ({first} to {last})").format(first=r.this_quarter[0], last=r.this_quarter[1])
            last_q = self.tr("last quarter ({first} to {last})").format(first=r.last_quarter[0], last=r.last_quarter[1])
        self.ui.quarterLabel.setText(self.tr("Top deductions of {this} against {last}:").format(this=this_q, last=last_q))
        qrows = [[q.code, q.name, q.this_count, q.this_points, q.last_count, q.last_points, q.change]
                 for q in r.top_deductions]
        self.models["quarter"].set_table(
            [self.tr("Code"), self.tr("Rule"), self.tr("Events this quarter"), self.tr("Points this quarter"),
             self.tr("Events last quarter"), self.tr("Points last quarter"), self.tr("Change in points")], qrows)
        self.ui.quarterTable.resizeColumnsToContents()
        self.ui.quarterTable.setColumnWidth(1, 320)
        never = "、".join(f"{code} {name}" for code, name, _kind in r.never_used) or self.tr("none")
        self.ui.neverLabel.setText(self.tr("Active rules never used in the range: {rules}").format(rules=never))
        self.ui.neverLabel.setWordWrap(True)

    # -- movers
    def show_movers(self, *args) -> None:
        if self.data is None:
            return
        span = self.ui.span.currentData() or 1
        up, down = self.data.movers(span, top=5)
        headers = [self.tr("No."), self.tr("Name"), self.tr("Team"), self.tr("Before"), self.tr("Score before"),
                   self.tr("After"), self.tr("Score after"), self.tr("Change")]
        for name, movers in (("up", up), ("down", down)):
            self.models[name].set_table(headers, [[m.person.employee_no, m.person.name, m.person.team,
                                                   m.before_month, m.before, m.after_month, m.after, m.delta]
                                                  for m in movers])
            getattr(self.ui, f"{name}Table").resizeColumnsToContents()
        if not up and not down:
            self.ui.upLabel.setText(self.tr("Most improved — needs two published months {n} apart").format(n=span))
        else:
            self.ui.upLabel.setText(self.tr("Most improved"))
        if self.ui.tabs.currentIndex() == TAB_MOVERS or self.movers_chart is not None:
            from .charts import Chart, draw_movers

            if self.movers_chart is None:
                self.movers_chart = Chart(self.ui.moversChartHost, "movers")
                self.ui.moversChartHost.layout().addWidget(self.movers_chart)
            people = up + list(reversed(down))
            draw_movers(self.movers_chart, [m.person.name for m in people], [m.delta for m in people])

    # -- coaching
    def show_coaching(self) -> None:
        from ...office.display_names import DisplayNames

        names = DisplayNames()
        rows = [[str(c.date), c.person.employee_no, c.person.name, c.topic, names(c.recorded_by),
                 c.before, c.before_months, c.after, c.after_months, c.change] for c in self.data.coaching]
        self.models["coaching"].set_table(
            [self.tr("Date"), self.tr("No."), self.tr("Name"), self.tr("Topic"), self.tr("Coached by"),
             self.tr("Average before"), self.tr("Months before"), self.tr("Average after"), self.tr("Months after"),
             self.tr("Change")], rows)
        self.ui.coachingTable.resizeColumnsToContents()
        self.ui.coachingLabel.setText(self.tr(
            "Coaching notes dated in the range, each beside the person's published average of up to three months "
            "before the note's month and of the months after it, to the end of the range."))
        self.ui.coachingLabel.setWordWrap(True)

    # -- export
    def tables_of_tab(self, index: int | None = None):
        from ...excel.analysis_export import Table

        index = self.ui.tabs.currentIndex() if index is None else index
        self._tab_shown(index)
        names = {TAB_HEAT: [("heat", self.tr("Heat map"))], TAB_TREND: [("trend", self.ui.subject.currentText())],
                 TAB_RULES: [("rules", self.tr("Rules")), ("quarter", self.tr("Top deductions"))],
                 TAB_MOVERS: [("up", self.tr("Most improved")), ("down", self.tr("Fell most"))],
                 TAB_COACHING: [("coaching", self.tr("Coaching"))]}[index]
        tables = []
        for key, title in names:
            model = self.models[key]
            tables.append(Table(title or key, list(model.headers), model.values(), model.marked_shown()))
        if index == TAB_RULES and self.data is not None:
            tables.append(Table(self.tr("Never used"), [self.tr("Code"), self.tr("Rule"), self.tr("Kind")],
                                [[c, n, i18n.label(vocab.KINDS, k)] for c, n, k in self.data.rules.never_used]))
        return tables

    def export(self) -> None:
        from ..shell import filework

        if self.data is None:
            return
        first, last = self.data.first, self.data.last
        tab = self.ui.tabs.tabText(self.ui.tabs.currentIndex()).replace("&", "")
        path = filework.ask_save_path(self, "analysis-export", self.tr("Export to Excel"),
                                      f"{tab}-{first.key}-{last.key}.xlsx", self.tr("Excel workbook (*.xlsx)"),
                                      ".xlsx")
        if path is None:
            return
        self.export_to(path)

    def print_summary(self):
        """The one-page management summary (月度管理摘要) of the range's last month, as PDF."""
        from ...reports.summary import write_summary
        from ..printing.printing import print_notes, with_print_checks
        from ..shell import filework

        _first, month = self.range()
        path = filework.ask_save_path(self, "printing/summary", self.tr("Management summary — {month}").format(
            month=i18n.month_label(month)), self.tr("{month}_management_summary.pdf").format(month=month.key),
            self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return None

        def written(payload) -> None:
            out, notes = payload
            filework.offer_open(self, self.tr("Management summary written to “{name}”.").format(name=out.name)
                                + print_notes(notes), out, out.parent, self.tr("Printed"))

        return filework.run_task(self, with_print_checks(lambda report: write_summary(month, path)),
                                 label=self.tr("Printing the management summary…"), on_success=written)

    def export_to(self, path):
        from ...excel.analysis_export import export_tables

        first, last = self.data.first, self.data.last
        try:
            written = export_tables(path, self.tables_of_tab(),
                                    title=f"{self.ctx.settings().company_name} {first.key}–{last.key}")
        except CsperfError as exc:
            messages.error(self, exc.message)
            return None
        self.ui.summary.setText(self.tr("Written: {path}").format(path=written))
        return written

