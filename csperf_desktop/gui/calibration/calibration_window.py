"""Calibration sessions in the window (评分校准): the sessions, a keyboard-first grid
for one grader at a time, closing a session, and its report.

The grid shows the chosen grader's own verdicts only — the others' stay hidden while the
session is open (the core reads one grader's sheet). Keys in the grid: 1 / Y / P pass,
0 / N / F fail, Delete / Backspace / Space clears; the cursor then moves to the next item
(the next conversation after the last item); arrows and Enter move as in a spreadsheet.
Each key is saved at once through the core service (audited).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem)

from ...base import clock
from ...insight import calibration_sessions as cs
from ..forms.ui_calibration_session_dialog import Ui_CalibrationSessionDialog
from ..forms.ui_calibration_window import Ui_CalibrationWindow
from ..shell import filework, messages
from ..shell.operations import run_op

PASS_BG = QColor("#e3f4e1")
FAIL_BG = QColor("#fde2e1")
CURRENT_BG = QColor("#dde9f8")  # the session on screen among the sessions over time
PASS_KEYS = {Qt.Key_1, Qt.Key_Y, Qt.Key_P}
FAIL_KEYS = {Qt.Key_0, Qt.Key_N, Qt.Key_F}
CLEAR_KEYS = {Qt.Key_Delete, Qt.Key_Backspace, Qt.Key_Space}


def pct(x) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


class VerdictGrid(QTableWidget):
    """The conversations × checklist items table: a key sets the current cell's verdict."""

    verdictTyped = Signal(int, int, object)  # row, column, "pass" | "fail" | None

    def keyPressEvent(self, event) -> None:
        key = event.key()
        verdict = ("pass" if key in PASS_KEYS else "fail" if key in FAIL_KEYS else
                   "" if key in CLEAR_KEYS else None)
        if verdict is not None and not event.modifiers() & ~Qt.KeypadModifier and self.currentIndex().isValid():
            row, col = self.currentRow(), self.currentColumn()
            self.verdictTyped.emit(row, col, verdict or None)
            self.advance(row, col)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.setCurrentCell(min(self.currentRow() + 1, self.rowCount() - 1), self.currentColumn())
            return
        super().keyPressEvent(event)

    def advance(self, row: int, col: int) -> None:
        if col + 1 < self.columnCount():
            self.setCurrentCell(row, col + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, 0)


class SessionDialog(QDialog):
    """A new session: title, date, the conversations and the graders (one a line)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = None
        self.ui = Ui_CalibrationSessionDialog()
        self.ui.setupUi(self)
        today = clock.today()
        self.ui.date.setDate(QDate(today.year, today.month, today.day))
        self.ui.title.setText(self.tr("Calibration {date}").format(date=today.isoformat()))
        self.ui.graders.setPlainText(ctx.actor.label + "\n")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    @staticmethod
    def lines(edit) -> list[str]:
        return [line.strip() for line in edit.toPlainText().replace("，", "\n").replace(",", "\n").splitlines()
                if line.strip()]

    def save(self) -> None:
        d = self.ui.date.date()

        def done(session):
            self.session = session
            self.accept()

        def failed(exc) -> bool:
            self.ui.message.setText(exc.message)
            self.ui.message.setStyleSheet("color: #c0392b;")
            return True

        run_op(self.ctx, self, cs.create_session, self.ui.title.text(), _dt.date(d.year(), d.month(), d.day()),
               self.lines(self.ui.conversations), self.lines(self.ui.graders), on_success=done, on_error=failed)


class CalibrationWindow(QDialog):
    """The sessions on the left; on the right one grader's grid, and the report once closed."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CalibrationWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        # The grid is a VerdictGrid in the form's place.
        old = self.ui.grid
        self.grid = VerdictGrid(self)
        self.grid.setObjectName("grid")
        self.grid.setEditTriggers(QTableWidget.NoEditTriggers)
        self.grid.setSelectionMode(QTableWidget.SingleSelection)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.horizontalHeader().setDefaultSectionSize(48)
        self.ui.entryLayout.replaceWidget(old, self.grid)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.current = QLabel(self)  # the current cell in words: conversation and item
        self.legend = QLabel(self)  # every item code with its text
        self.legend.setWordWrap(True)
        self.ui.entryLayout.addWidget(self.current)
        self.ui.entryLayout.addWidget(self.legend)
        self.grid.currentCellChanged.connect(self.show_current)
        self.grid.verdictTyped.connect(self.type_verdict)
        self.session = None
        self.convs: list = []
        self.items: list = []
        self.ui.split.setSizes([330, 850])
        self.ui.sessions.setColumnCount(4)
        self.ui.sessions.setHorizontalHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("Status"),
                                                    self.tr("Title")])
        self.ui.sessions.itemSelectionChanged.connect(self.show_session)
        # A new office: what a calibration is and what to do first.
        self.empty_hint = QLabel(self.tr(
            "No calibration session yet. Choose “New session…” below, list a few conversations (ticket or order "
            "numbers) and two or more graders — the supervisor, team leads, quality inspectors. Each grader "
            "rates them here without seeing the others; closing the session opens the report: how far the "
            "graders agree, item by item and over time."), self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; padding: 6px;")
        self.ui.leftLayout.insertWidget(1, self.empty_hint)
        # From a grader of the report to the same person's everyday spot checks.
        self.spot_filter: str | None = None
        self.spot_consistency = None
        self.to_spot_checks = QAction(self.tr("See this grader's everyday spot checks"), self.ui.graders)
        self.to_spot_checks.triggered.connect(self.show_grader_spot_checks)
        self.ui.graders.addAction(self.to_spot_checks)
        self.ui.graders.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.ui.graders.setToolTip(self.tr("Right-click a grader to see the everyday spot checks they made."))
        self.ui.graders.doubleClicked.connect(lambda _i: self.show_grader_spot_checks())
        self.ui.graders.horizontalHeader().setStretchLastSection(False)
        self.ui.perCheck.horizontalHeader().setStretchLastSection(False)
        self.filter_bar = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("filterLabel")
        self.all_graders = QPushButton(self.tr("Show &every grader"), self)
        self.all_graders.setObjectName("allGraders")
        self.all_graders.clicked.connect(lambda: self.filter_spot_checks(None))
        self.filter_bar.addWidget(self.filter_label, 1)
        self.filter_bar.addWidget(self.all_graders)
        self.ui.spotLayout.insertLayout(1, self.filter_bar)
        self.filter_label.hide()
        self.all_graders.hide()
        self.ui.grader.currentIndexChanged.connect(self.fill_grid)
        self.ui.newButton.clicked.connect(self.new_session)
        self.ui.closeSessionButton.clicked.connect(self.close_session)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.templateButton.clicked.connect(self.save_template)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.buttons.rejected.connect(self.reject)
        self.spot_loaded = False
        self.ui.tabs.currentChanged.connect(self.tab_changed)
        self.ui.entryHint.setText(self.tr(
            "Type 1 or Y for pass, 0 or N for fail, Delete to clear; the cursor moves on to the next item. "
            "Only this grader's own ratings are shown while the session is open."))
        why = ctx.permission_reason("spot_check")
        for b in (self.ui.newButton, self.ui.closeSessionButton, self.ui.importButton):
            b.setEnabled(why is None)
            b.setToolTip(why or "")
        self.load_sessions()

    # ------------------------------------------------------------ sessions
    def load_sessions(self, select_id: int | None = None) -> None:
        sessions = cs.list_sessions()
        table = self.ui.sessions
        table.blockSignals(True)
        table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            status = self.tr("Open") if s.status == "open" else self.tr("Closed")
            for col, text in enumerate((str(s.id), s.date.isoformat(), status, s.title)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, s.id)
                table.setItem(row, col, cell)
        table.resizeColumnsToContents()
        table.blockSignals(False)
        self.empty_hint.setVisible(not sessions)
        target = select_id if select_id is not None else (self.session.id if self.session else None)
        rows = [r for r, s in enumerate(sessions) if s.id == target] or ([0] if sessions else [])
        if rows:
            table.selectRow(rows[0])
        self.show_session()

    def selected_id(self) -> int | None:
        rows = self.ui.sessions.selectionModel().selectedRows()
        return self.ui.sessions.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def show_session(self) -> None:
        sid = self.selected_id()
        self.session = cs.find_session(sid) if sid else None
        s = self.session
        is_open = s is not None and s.status == "open"
        self.ui.closeSessionButton.setEnabled(is_open and self.ctx.can("spot_check"))
        self.ui.importButton.setEnabled(is_open and self.ctx.can("spot_check"))
        self.ui.printButton.setEnabled(s is not None and not is_open)
        self.ui.templateButton.setEnabled(is_open)
        self.ui.tabs.setTabEnabled(0, is_open)
        self.ui.tabs.setTabEnabled(1, s is not None and not is_open)
        self.ui.tabs.setTabToolTip(1, self.tr("The report opens when the session is closed: until then the "
                                              "graders do not see each other's ratings.") if is_open else "")
        if s is None:
            self.grid.clear()
            self.grid.setRowCount(0)
            self.ui.tabs.setCurrentIndex(2)
            return
        self.convs = cs.conversations_of(s)
        self.items = list(s.items or [])
        combo = self.ui.grader
        combo.blockSignals(True)
        combo.clear()
        for g in cs.graders_of(s):
            combo.addItem(g.name, g.id)
        mine = combo.findText(self.ctx.actor.label)  # a grader working at their own account starts on their sheet
        combo.setCurrentIndex(max(mine, 0))
        combo.blockSignals(False)
        if is_open:
            self.ui.tabs.setCurrentIndex(0)
            self.fill_grid()
        else:
            self.ui.tabs.setCurrentIndex(1)
            self.show_report()

    # ------------------------------------------------------------ the grid
    def fill_grid(self, *_) -> None:
        s = self.session
        grader_id = self.ui.grader.currentData()
        if s is None or grader_id is None or s.status != "open":
            return
        sheet = cs.grader_sheet(s.id, grader_id)
        grid = self.grid
        grid.clear()
        grid.setRowCount(len(self.convs))
        grid.setColumnCount(len(self.items))
        grid.setVerticalHeaderLabels([c.reference for c in self.convs])
        grid.setHorizontalHeaderLabels([it["code"] for it in self.items])
        for col, it in enumerate(self.items):
            grid.horizontalHeaderItem(col).setToolTip(it["text"])
        for row, c in enumerate(self.convs):
            for col, it in enumerate(self.items):
                grid.setItem(row, col, QTableWidgetItem())
                self.paint(row, col, sheet.get((c.id, it["id"])))
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.legend.setText("　".join(f"{it['code']} {it['text']}" for it in self.items))
        self.update_progress(sheet)
        grid.setCurrentCell(0, 0)
        grid.setFocus()

    def paint(self, row: int, col: int, verdict) -> None:
        cell = self.grid.item(row, col)
        cell.setText({"pass": "✓", "fail": "✗"}.get(verdict, ""))
        cell.setData(Qt.UserRole, verdict)
        cell.setTextAlignment(Qt.AlignCenter)
        cell.setBackground(QBrush(PASS_BG if verdict == "pass" else FAIL_BG if verdict == "fail" else QColor(0, 0, 0, 0)))
        cell.setToolTip(f"{self.convs[row].reference} · {self.items[col]['code']} {self.items[col]['text']}")

    def show_current(self, row: int, col: int, *_) -> None:
        if 0 <= row < len(self.convs) and 0 <= col < len(self.items):
            it = self.items[col]
            self.current.setText(self.tr("<b>{ref}</b> · {code} {text}").format(
                ref=self.convs[row].reference, code=it["code"], text=it["text"]))

    def update_progress(self, sheet=None) -> None:
        grader_id = self.ui.grader.currentData()
        if sheet is None:
            sheet = cs.grader_sheet(self.session.id, grader_id)
        total = len(self.convs) * len(self.items)
        self.ui.progress.setText(self.tr("{done} of {total} rated").format(done=len(sheet), total=total))

    def type_verdict(self, row: int, col: int, verdict) -> None:
        if self.session is None or self.session.status != "open" or not self.ctx.can("spot_check"):
            return
        conv, item = self.convs[row], self.items[col]
        grader = self.ui.grader.currentData()
        self.paint(row, col, verdict)

        def failed(exc) -> bool:
            self.fill_grid()
            return False

        run_op(self.ctx, self, cs.rate, self.session.id, grader, {(conv.id, item["id"]): verdict},
               on_success=lambda _r: self.update_progress(), on_error=failed)

    # ------------------------------------------------------------ everyday spot checks
    def tab_changed(self, index: int) -> None:
        if index == 2 and not self.spot_loaded:
            self.show_spot_checks()

    def show_spot_checks(self, months: int = 6) -> None:
        """Per grader of the everyday spot checks: deductions proposed per check by month, and the
        fail rate per checklist item, over the last ``months`` months up to the window's month."""
        from ...insight.grader_consistency import grader_consistency, month_range

        self.spot_loaded = True
        c = grader_consistency(month_range(self.ctx.month, months))
        self.spot_consistency = c
        if c.graders:
            self.ui.spotSummary.setText(self.tr(
                "Spot checks {first} to {last}, per grader (the spot check's grader): deductions proposed per check. "
                "A grader far above or below the others is worth a look at the next calibration.").format(
                first=c.months[0], last=c.months[-1]))
        else:
            self.ui.spotSummary.setText(self.tr(
                "No spot checks from {first} to {last}. Spot checks are recorded on the daily scoring tab with "
                "“Spot check…”; once there are some, this tab compares the graders who made them.").format(
                first=c.months[0], last=c.months[-1]))

        def per(x) -> str:
            return "—" if x is None else f"{x:.2f}"

        rows = c.graders + [c.office] if c.graders else []
        office = self.tr("Everyone")
        self.fill_table(self.ui.perCheck, [self.tr("Grader")] + [m for m in c.months] +
                        [self.tr("All months"), self.tr("Checks"), self.tr("Deductions")],
                        [tuple([office if g is c.office else g.grader] + [per(x.per_check) for x in g.months.values()]
                               + [per(g.total.per_check), str(g.total.checks), str(g.total.deductions)])
                         for g in rows])
        self.fill_table(self.ui.perItem, [self.tr("Item")] + [g.grader for g in c.graders] + ([office] if rows else []),
                        [tuple([text] + [pct(g.items[text].fail_rate) if text in g.items else "—" for g in rows])
                         for text in c.items])
        self.filter_spot_checks(self.spot_filter)

    @staticmethod
    def same_grader(spot_grader: str, name: str, employee_no: str | None = None) -> bool:
        """Whether a spot check's 抽查人 (typed freely: "马俊", "ZJ001 马俊") is the calibration's grader."""
        words = spot_grader.replace("（", " ").replace("）", " ").replace("(", " ").replace(")", " ").split()
        return spot_grader.strip() == name or name in words or bool(employee_no and employee_no in words)

    def show_grader_spot_checks(self) -> None:
        """The grader chosen in the report: their everyday spot checks on the 日常抽查 tab."""
        rows = self.ui.graders.selectionModel().selectedRows() if self.ui.graders.selectionModel() else []
        row = rows[0].row() if rows else self.ui.graders.currentRow()
        if row < 0 or self.ui.graders.item(row, 0) is None:
            return
        self.spot_filter = self.ui.graders.item(row, 0).text()
        if not self.spot_loaded:
            self.show_spot_checks()  # applies the filter
        else:
            self.filter_spot_checks(self.spot_filter)
        self.ui.tabs.setCurrentIndex(2)

    def filter_spot_checks(self, name: str | None) -> None:
        """Show one grader's rows and columns of the everyday spot checks (with everyone's beside them)."""
        self.spot_filter = name
        c = self.spot_consistency
        if c is None:
            return
        no = None
        if name:
            from ...store.models import Staff

            person = Staff.get_or_none(Staff.name == name)
            no = person.employee_no if person else None
        shown = {g.grader for g in c.graders if not name or self.same_grader(g.grader, name, no)}
        for r, g in enumerate(c.graders):
            self.ui.perCheck.setRowHidden(r, g.grader not in shown)
        for col, g in enumerate(c.graders, start=1):
            self.ui.perItem.setColumnHidden(col, g.grader not in shown)
        if name and shown:
            self.filter_label.setText(self.tr("Only {name}'s spot checks, beside everyone's.").format(name=name))
        elif name:
            self.filter_label.setText(self.tr("{name} made no everyday spot checks from {first} to {last}; "
                                              "everyone's are shown below for comparison.").format(
                name=name, first=c.months[0], last=c.months[-1]))
        self.filter_label.setVisible(bool(name))
        self.all_graders.setVisible(bool(name))

    # ------------------------------------------------------------ actions
    def new_session(self) -> None:
        dialog = SessionDialog(self.ctx, self)
        if dialog.exec() == QDialog.Accepted and dialog.session is not None:
            self.load_sessions(dialog.session.id)

    def close_session(self) -> None:
        s = self.session
        if s is None or s.status != "open":
            return
        counts = cs.progress(s)
        total = len(self.convs) * len(self.items)
        lines = "\n".join(self.tr("{name}: {done} of {total}").format(name=g.name, done=counts.get(g.id, 0),
                                                                        total=total) for g in cs.graders_of(s))
        if not messages.confirm(self, self.tr("Close the session"), self.tr(
                "Close “{title}”? The ratings are then frozen and the report opens.\n\n{lines}").format(
                title=s.title, lines=lines), self.tr("Close the session")):
            return
        run_op(self.ctx, self, cs.close_session, s.id, on_success=lambda _s: self.load_sessions(s.id))

    def show_report(self) -> None:
        report = cs.session_report(self.session.id)
        a = report.analysis
        k = a.kappa
        name = {"cohen": "Cohen's kappa", "fleiss": "Fleiss' kappa"}.get(k.kind, "kappa")
        if k.value is None:
            head = self.tr("<b>{name}: cannot be computed.</b> {why}").format(name=name, why=k.undefined)
        else:
            head = self.tr("<b>{name} = {value:.3f} — {reading}</b> ({convs} conversations, {graders} graders, "
                           "{units} items rated by all; overall agreement {agreement})").format(
                name=name, value=k.value, reading=k.reading, convs=a.conversations, graders=len(a.graders),
                units=k.units, agreement=pct(a.overall_agreement))
        self.ui.kappaLabel.setText(head)
        worst = a.most_disagreed()
        notes = list(a.notes)
        if worst:
            notes.insert(0, self.tr("Most disagreed: {items}").format(
                items="，".join(f"{i.code} {i.text}（{pct(i.agreement)}）" for i in worst)))
        self.ui.notesLabel.setText("\n".join(notes))
        items = sorted(a.items, key=lambda i: (i.agreement is None, i.agreement if i.agreement is not None else 0))
        self.fill_table(self.ui.items, [self.tr("Code"), self.tr("Agreement"), self.tr("Unanimous"),
                                        self.tr("Fails"), self.tr("Section"), self.tr("Item")],
                        [(i.code, pct(i.agreement), f"{i.unanimous}/{i.conversations}", f"{i.fails}/{i.verdicts}",
                          i.section, i.text) for i in items], highlight={i.code for i in worst})
        leaning = {"偏宽": self.tr("more lenient"), "偏严": self.tr("stricter"), "与共识一致": self.tr("as the consensus")}
        self.fill_table(self.ui.graders, [self.tr("Grader"), self.tr("Leniency"), self.tr("Leaning"),
                                          self.tr("Agreement with consensus"), self.tr("Fails"), self.tr("Rated"),
                                          self.tr("Skipped")],
                        [(g.name, f"{g.leniency:+g}", leaning[g.leaning], pct(g.agreement_with_consensus),
                          str(g.fails), str(g.rated), str(g.skipped)) for g in a.graders])
        points = cs.sessions_over_time()
        self.fill_table(self.ui.history, [self.tr("No."), self.tr("Date"), self.tr("Kappa"), self.tr("Reading"),
                                          self.tr("Agreement"), self.tr("Conversations × graders"), self.tr("Title")],
                        [(str(p.id), p.date.isoformat(), "—" if p.kappa is None else f"{p.kappa:.3f}", p.reading,
                          pct(p.agreement), f"{p.conversations} × {p.graders}", p.title)
                         for p in points], highlight={str(self.session.id)}, colour=CURRENT_BG)
        self.ui.historyBox.setTitle(self.trend_title([p.kappa for p in points if p.kappa is not None]))
        for col, tip in ((1, self.tr("The grader's fails minus the consensus' fails over the same items: negative "
                                     "is more lenient than the group, positive stricter.")),
                         (3, self.tr("Share of the items with a majority where the grader gave the majority's "
                                     "verdict.")),
                         (6, self.tr("Items the grader left unrated."))):
            if self.ui.graders.horizontalHeaderItem(col) is not None:
                self.ui.graders.horizontalHeaderItem(col).setToolTip(tip)

    def trend_title(self, kappas: list[float]) -> str:
        """The sessions-over-time box's title: where the office's agreement is heading."""
        if len(kappas) < 2:
            return self.tr("Sessions over time")
        course = " → ".join(f"{k:.2f}" for k in kappas[-5:])
        change = kappas[-1] - kappas[0]
        if change >= 0.05:
            word = self.tr("agreement is improving")
        elif change <= -0.05:
            word = self.tr("agreement is falling")
        else:
            word = self.tr("agreement is steady")
        return self.tr("Sessions over time: kappa {course} — {word}").format(course=course, word=word)

    @staticmethod
    def fill_table(table, headers, rows, highlight=(), colour=FAIL_BG) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if values[0] in highlight:
                    cell.setBackground(QBrush(colour))
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        if header.stretchLastSection():  # refilled: the last column (the item's text, the title) fills the row again
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def print_report(self) -> None:
        s = self.session
        if s is None or s.status != "closed":
            return
        from ...reports.calibration_report import write_calibration_report
        from ..printing.printing import print_notes, with_print_checks

        path = filework.ask_save_path(self, "print", self.tr("Print the calibration report"),
                                      self.tr("calibration_{id}.pdf").format(id=s.id),
                                      self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return None

        def written(payload) -> None:
            out, notes = payload
            filework.offer_open(self, self.tr("Calibration report written to “{name}”.").format(name=out.name)
                                + print_notes(notes), out, out.parent, self.tr("Printed"))

        return filework.run_task(self, with_print_checks(lambda report: write_calibration_report(s.id, path)),
                                 label=self.tr("Printing the calibration report…"), on_success=written)

    def save_template(self) -> None:
        s = self.session
        if s is None:
            return
        from ...excel.calibration_import import save_calibration_template

        path = filework.ask_save_path(self, "excel", self.tr("Save the calibration template"),
                                      self.tr("calibration_{id}.xlsx").format(id=s.id),
                                      self.tr("Excel files (*.xlsx)"), ".xlsx")
        if path is None:
            return
        out = save_calibration_template(s.id, path)
        filework.offer_open(self, self.tr("Template written to “{name}”.").format(name=out.name), out, out.parent,
                            self.tr("Saved"))

    def import_file(self) -> None:
        s = self.session
        if s is None or s.status != "open":
            return
        from ...excel.calibration_import import import_calibration

        path = filework.ask_open_path(self, "excel", self.tr("Import calibration ratings"),
                                      self.tr("Excel files (*.xlsx)"))
        if path is None:
            return

        def done(result) -> None:
            messages.info(self, result.summary(), self.tr("Imported"))
            self.fill_grid()

        def failed(exc) -> bool:
            lines = getattr(exc, "lines", None)
            if lines is None:
                return False
            messages.error(self, "\n".join([exc.message, ""] + lines()[:30]), self.tr("Not imported"))
            return True

        run_op(self.ctx, self, import_calibration, path, on_success=done, on_error=failed)


def open_calibration(ctx, parent) -> None:
    CalibrationWindow(ctx, parent).exec()
