"""Tables that behave like a spreadsheet: sort on a click, copy rows with their titles,
a right-click menu with the row's actions and copying, and the header remembered."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView

from csperf_desktop.gui.widgets import table_tools
from csperf_desktop.gui.widgets.rows_model import RowsModel, SortRole, list_table


class PeopleModel(RowsModel):
    HEADERS = ("Name", "Team", "Score", "Note")
    CONTEXT = "Test"

    def cell(self, obj, column, role):
        if role == Qt.DisplayRole:
            value = (obj.name, obj.team, obj.score, obj.note)[column]
            return "" if value is None else (f"{value:g}" if isinstance(value, float) else value)
        if role == SortRole and column == 2:
            return obj.score
        return None


PEOPLE = [SimpleNamespace(name=n, team=t, score=s, note=note) for n, t, s, note in [
    ("赵六", "2组", 95.0, ""), ("阿明", "1组", 100.0, "全勤\t加班"), ("王芳", "10组", None, "两行\n备注"),
    ("李四", "1组", 9.5, ""), ("刘䶮", "2组", 80.0, "")]]


def make_view(qtbot, name=None, row_actions=(), multi=False):
    view = list_table(QTableView(), single_selection=not multi)
    if multi:
        view.setSelectionMode(QAbstractItemView.ExtendedSelection)
    model = PeopleModel()
    model.set_rows(PEOPLE)
    view.setModel(model)
    table_tools.install(view, name=name, row_actions=row_actions)
    qtbot.addWidget(view)
    view.resize(600, 300)
    return view, model


def names(model):
    return [r.name for r in model.rows]


def test_rows_keep_their_order_until_a_column_title_is_clicked(qtbot):
    view, model = make_view(qtbot)
    assert names(model) == ["赵六", "阿明", "王芳", "李四", "刘䶮"]
    assert view.isSortingEnabled()


def test_names_sort_in_pinyin_order_numbers_by_value_blanks_last(qtbot):
    view, model = make_view(qtbot)
    view.sortByColumn(0, Qt.AscendingOrder)
    assert names(model) == ["阿明", "李四", "刘䶮", "王芳", "赵六"]
    view.sortByColumn(2, Qt.AscendingOrder)  # 9.5 before 80 (not as text), no score last
    assert [r.score for r in model.rows] == [9.5, 80.0, 95.0, 100.0, None]
    view.sortByColumn(1, Qt.AscendingOrder)  # 2组 before 10组
    assert [r.team for r in model.rows] == ["1组", "1组", "2组", "2组", "10组"]
    model.set_rows(list(reversed(PEOPLE)))  # a reload keeps the sort the user chose
    assert [r.team for r in model.rows] == ["1组", "1组", "2组", "2组", "10组"]
    model.sort(-1)
    assert names(model) == ["刘䶮", "李四", "王芳", "阿明", "赵六"]


def test_the_selection_stays_on_its_row_when_sorted(qtbot):
    view, model = make_view(qtbot)
    view.selectRow(2)  # 王芳
    view.sortByColumn(0, Qt.DescendingOrder)
    assert model.rows[view.currentIndex().row()].name == "王芳"
    assert table_tools.selected_rows(view) == [names(model).index("王芳")]


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text_with_titles(qtbot):
    view, model = make_view(qtbot, multi=True)
    view.setColumnHidden(1, True)
    view.horizontalHeader().moveSection(2, 0)  # Score shown first
    view.selectRow(1)
    view.selectionModel().select(model.index(2, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Score\tName\tNote\n"
        "100\t阿明\t全勤 加班\n"
        "\t王芳\t两行 备注\n")


def test_ctrl_a_selects_every_row_where_several_can_be_selected(qtbot):
    view, model = make_view(qtbot, multi=True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_A, Qt.ControlModifier)
    assert table_tools.selected_rows(view) == [0, 1, 2, 3, 4]
    text = table_tools.copy_selection(view)
    assert len(text.splitlines()) == 6


def test_the_right_click_menu_has_the_rows_actions_then_copying(qtbot):
    void = QAction("Void…")
    view, model = make_view(qtbot, row_actions=lambda: [void])
    view.selectRow(3)
    menu = table_tools.behaviour(view).menu()
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Void…" and texts[1] == ""  # the row's action, a separator
    assert texts[2:] == ["&Copy", "Copy the &whole table"]
    menu.actions()[3].trigger()
    assert QGuiApplication.clipboard().text().count("\n") == 6


def test_a_right_click_on_a_row_selects_it_first(qtbot, monkeypatch):
    view, model = make_view(qtbot)
    view.show()
    shown = []
    monkeypatch.setattr(table_tools, "popup", lambda menu, pos: shown.append(menu))
    rect = view.visualRect(model.index(4, 0))
    view.customContextMenuRequested.emit(rect.center())
    assert shown and table_tools.selected_rows(view) == [4]
    view.customContextMenuRequested.emit(QPoint(5, 280))  # below the rows: no row chosen
    assert table_tools.selected_rows(view) == [4]


def test_the_menu_is_in_chinese_with_the_chinese_interface(qtbot, qapp):
    from csperf_desktop.gui.shell import i18n

    i18n.install(qapp, "zh_CN")
    try:
        view, _ = make_view(qtbot)
        texts = [a.text() for a in table_tools.behaviour(view).menu().actions()]
    finally:
        i18n.install(qapp, "en")
    assert texts == ["复制(&C)", "复制整张表(&W)"]


def test_column_widths_order_and_sorting_are_remembered_per_table(qtbot):
    view, model = make_view(qtbot, name="people")
    view.show()
    qtbot.waitExposed(view)
    view.setColumnWidth(3, 233)
    view.horizontalHeader().moveSection(3, 0)
    view.sortByColumn(2, Qt.DescendingOrder)
    table_tools.behaviour(view).save_timer.timeout.emit()
    again, model2 = make_view(qtbot, name="people")
    again.show()
    qtbot.waitExposed(again)
    assert again.columnWidth(3) == 233
    assert again.horizontalHeader().visualIndex(3) == 0
    assert [r.score for r in model2.rows] == [100.0, 95.0, 80.0, 9.5, None]
    other, model3 = make_view(qtbot, name="another")
    other.show()
    qtbot.waitExposed(other)
    assert other.columnWidth(3) != 233 and names(model3)[0] == "赵六"


def test_every_list_table_copies_and_a_second_install_adds_its_name_and_actions(qtbot):
    view, model = make_view(qtbot)  # list_table gave it the basics; install() added to them
    behaviour = table_tools.behaviour(view)
    extra = QAction("Edit…")
    assert table_tools.install(view, name="again", row_actions=[extra]) is view
    assert table_tools.behaviour(view) is behaviour and behaviour.name == "again"
    assert [a.text() for a in behaviour.menu().actions()][0] == "Edit…"
    bare = list_table(QTableView())
    qtbot.addWidget(bare)
    assert table_tools.behaviour(bare) is not None and not bare.isSortingEnabled()
