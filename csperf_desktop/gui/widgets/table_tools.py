"""Tables that behave like a spreadsheet, the way a supervisor who lives in Excel, WPS and
WeChat expects: Ctrl+C copies the selected rows as tab-separated text with the column
titles (pastes into a sheet or a chat as a table), a right-click menu with the row's own
actions and 复制 / 复制整张表, Ctrl+A where several rows can be selected, columns that sort
on a click (names in pinyin order, numbers as numbers, blanks last), and column widths,
order and sorting remembered per table.

    table_tools.install(view, name="standings", row_actions=lambda: [void_action])
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QCollator, QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu

SETTINGS_GROUP = "tables"
BLANK = 2  # the first item of an empty cell's sort key


@functools.lru_cache(maxsize=1)
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Chinese, QLocale.China))
    collator.setNumericMode(True)  # E2 before E12
    collator.setCaseSensitivity(Qt.CaseInsensitive)
    return collator


def sort_key(value):
    """A key that orders cell values as a person reads them: numbers by value, text in pinyin
    order (digits inside text by value); empty cells are put after every value."""
    if value is None or value == "":
        return (BLANK, 0)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, (int, float)):
        return (0, value) if not (isinstance(value, float) and math.isnan(value)) else (BLANK, 0)
    if isinstance(value, (tuple, list)):
        return (1, tuple(sort_key(v) for v in value))
    return (1, _collator().sortKey(str(value)))


def _clean(text) -> str:
    """One cell as text for the clipboard: tabs and line breaks would split the cell."""
    if text is None:
        return ""
    return " ".join(str(text).replace("\t", " ").splitlines())


def table_text(view, rows: list[int] | None = None) -> str:
    """The visible columns of *rows* (all rows when None), in the order shown, as
    tab-separated lines headed by the column titles."""
    model = view.model()
    if model is None:
        return ""
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    if rows is None:
        rows = list(range(model.rowCount()))
    lines = ["\t".join(_clean(model.headerData(c, Qt.Horizontal)) for c in columns)]
    for r in rows:
        lines.append("\t".join(_clean(model.index(r, c).data(Qt.DisplayRole)) for c in columns))
    return "\n".join(lines) + "\n"


def selected_rows(view) -> list[int]:
    """The rows with a selected cell, top to bottom (the current row when nothing is selected)."""
    selection = view.selectionModel()
    rows = sorted({index.row() for index in selection.selectedIndexes()}) if selection else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def copy_selection(view) -> str:
    text = table_text(view, selected_rows(view)) if selected_rows(view) else ""
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


def copy_table(view) -> str:
    text = table_text(view)
    QGuiApplication.clipboard().setText(text)
    return text


def popup(menu: QMenu, global_pos) -> None:
    menu.exec(global_pos)


class TableBehaviour(QObject):
    """Owned by the view: its actions, its right-click menu and its remembered header."""

    def __init__(self, view, name: str | None, row_actions):
        super().__init__(view)
        self.view = view
        self.name = name
        self.row_actions = row_actions
        self.restored = False
        self.copy_action = QAction(self.tr("&Copy"), view)
        self.copy_action.setShortcut(QKeySequence.Copy)
        self.copy_action.setShortcutContext(Qt.WidgetShortcut)
        self.copy_action.triggered.connect(lambda: copy_selection(view))
        self.copy_all_action = QAction(self.tr("Copy the &whole table"), view)
        self.copy_all_action.triggered.connect(lambda: copy_table(view))
        self.select_all_action = QAction(self.tr("Select &all"), view)
        self.select_all_action.setShortcut(QKeySequence.SelectAll)
        self.select_all_action.setShortcutContext(Qt.WidgetShortcut)
        self.select_all_action.triggered.connect(view.selectAll)
        view.addAction(self.copy_action)
        if view.selectionMode() in (QAbstractItemView.ExtendedSelection, QAbstractItemView.MultiSelection):
            view.addAction(self.select_all_action)
        view.setContextMenuPolicy(Qt.CustomContextMenu)  # the view's whole right-click menu is this one
        view.customContextMenuRequested.connect(self.show_menu)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(300)
        self.save_timer.timeout.connect(self.save)
        if name:
            self.remember_header()
        view.installEventFilter(self)  # Ctrl+C: the view itself would copy only the current cell

    def remember_header(self) -> None:
        """Save the header (widths, order, sorting) whenever the user changes it."""
        header = self.view.horizontalHeader()
        header.sectionResized.connect(self.schedule_save)
        header.sectionMoved.connect(self.schedule_save)
        header.sortIndicatorChanged.connect(self.schedule_save)

    def menu(self) -> QMenu:
        """The right-click menu: the row's actions first, then copying."""
        menu = QMenu(self.view)
        actions = list(self.row_actions() if callable(self.row_actions) else self.row_actions or ())
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if actions:
            menu.addSeparator()
        self.copy_action.setEnabled(bool(selected_rows(self.view)))
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_all_action)
        if self.select_all_action in self.view.actions():
            menu.addAction(self.select_all_action)
        return menu

    def show_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        popup(self.menu(), self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:
        if obj is not self.view:
            return False
        kind = event.type()
        if kind == QEvent.Show and not self.restored:
            self.restored = True
            if self.name:
                self.restore()
        elif kind in (QEvent.ShortcutOverride, QEvent.KeyPress) and event.matches(QKeySequence.Copy):
            if kind == QEvent.KeyPress:
                copy_selection(self.view)
            event.accept()
            return True
        return False

    def key(self) -> str:
        return f"{SETTINGS_GROUP}/{self.name}/header"

    def schedule_save(self, *args) -> None:
        if self.restored:
            self.save_timer.start()

    def save(self) -> None:
        model = self.view.model()
        if model is None:
            return
        settings = QSettings()
        settings.setValue(self.key(), self.view.horizontalHeader().saveState())
        settings.setValue(f"{SETTINGS_GROUP}/{self.name}/columns", model.columnCount())

    def restore(self) -> None:
        """The header as the user left it, if the table still has the same columns."""
        model = self.view.model()
        settings = QSettings()
        state = settings.value(self.key())
        columns = settings.value(f"{SETTINGS_GROUP}/{self.name}/columns")
        if model is None or state is None or str(columns) != str(model.columnCount()):
            return
        header = self.view.horizontalHeader()
        header.restoreState(state)
        if self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def install(view, *, name: str | None = None, row_actions=(), sortable: bool = True):
    """Give *view* the spreadsheet behaviour (see the module's text). *name* keeps its
    header (widths, order, sorting) between runs; *row_actions* is a list of QActions, or a
    function returning one, shown first in the right-click menu (None for a separator).
    With *sortable*, a click on a column title sorts; until then the rows keep the order
    the model gives them. Returns the view."""
    behaviour = getattr(view, "_table_tools", None)
    if behaviour is not None:  # installed already (every list table has the basics): add what is asked now
        behaviour.row_actions = row_actions or behaviour.row_actions
        if name and not behaviour.name:
            behaviour.name = name
            behaviour.remember_header()
    else:
        behaviour = TableBehaviour(view, name, row_actions)
        view.setProperty("tableTools", True)
        view._table_tools = behaviour  # kept alive with the view
    if sortable and not view.isSortingEnabled():
        header = view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.AscendingOrder)  # no column yet: the model's own order
        view.setSortingEnabled(True)
    return view


def behaviour(view) -> TableBehaviour | None:
    return getattr(view, "_table_tools", None)


class EmptyState(QObject):
    """What an empty list says instead of bare column titles: what to do next, with the
    buttons to do it (each button mirrors an action: its text, whether it can be used now,
    and why not)."""

    def __init__(self, view, text, actions=()):
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

        super().__init__(view)
        self.view = view
        self.text = text
        self.panel = QWidget(view.viewport())
        self.panel.setObjectName("emptyState")
        layout = QVBoxLayout(self.panel)
        layout.addStretch(1)
        self.label = QLabel(self.panel)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setStyleSheet("color: #555; font-size: 10.5pt;")
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons = []
        for action in actions:
            button = QPushButton(self.panel)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda a=action, b=button: self._mirror(a, b))
            self._mirror(action, button)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self.watch(view.model())

    @staticmethod
    def _mirror(action, button) -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip() if not action.isEnabled() else "")

    def watch(self, model) -> None:
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.update)
        self.update()

    def update(self, *args) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        if empty:
            self.label.setText(self.text() if callable(self.text) else self.text)
            self.panel.setGeometry(self.view.viewport().rect())
        self.panel.setVisible(empty and bool(self.label.text()))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            self.panel.setGeometry(self.view.viewport().rect())
        return False


def empty_state(view, text, actions=()) -> EmptyState:
    """Show ``text`` (a string, or a function giving it) and buttons for ``actions`` over
    ``view`` whenever its list is empty. Set the view's model first."""
    state = EmptyState(view, text, actions)
    view._empty_state = state
    return state
