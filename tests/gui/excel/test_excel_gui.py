"""Excel from the window: template → fill → import with a preview; an invalid
file lists every problem and writes nothing; re-imported figures ask first and
lead to the proposals; exports through a save dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from csperf_desktop.excel.headers import KINDS
from csperf_desktop.gui.excel import excel_dialogs, import_preview
from csperf_desktop.gui.shell import filework
from csperf_desktop.store.models import MonthlyFigures, ScoreEvent, Staff
from csperf_desktop.base.months import Month


@pytest.fixture
def files(monkeypatch):
    """Answers for the open and save dialogs, in order; records the names proposed."""
    answers = {"open": [], "save": [], "proposed": []}

    def open_name(parent, title, start, file_filter):
        return (str(answers["open"].pop(0)) if answers["open"] else "", "")

    def save_name(parent, title, start, file_filter):
        answers["proposed"].append(start)
        return (str(answers["save"].pop(0)) if answers["save"] else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return answers


@pytest.fixture
def offered(monkeypatch):
    shown = []
    monkeypatch.setattr(filework, "offer_open",
                        lambda parent, message, file, folder, title=None: shown.append((message, file)) or "")
    return shown


@pytest.fixture
def previews(monkeypatch):
    """The preview dialogs shown; each answers with the next scripted action (default: import)."""
    seen = {"dialogs": [], "actions": []}

    def run(dialog):
        seen["dialogs"].append(dialog)
        action = seen["actions"].pop(0) if seen["actions"] else None
        if action:
            return action(dialog)
        return QDialog.Accepted

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", run)
    return seen


def wait(qtbot, task, timeout=20000):
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=timeout)
    return task


def fill(path: Path, kind: str, rows: list[dict]) -> None:
    """Write rows under the template's header (row 2), after its example row."""
    wb = load_workbook(path)
    ws = wb[KINDS[kind].sheet]
    by_header = {c.value: c.column for c in ws[2] if c.value}
    columns = {col.key: by_header[col.zh] for col in KINDS[kind].columns if col.zh in by_header}
    for i, row in enumerate(rows, start=4):
        for key, value in row.items():
            ws.cell(row=i, column=columns[key], value=value)
    wb.save(path)


def save_staff_template(qtbot, ctx, files, offered, tmp_path) -> Path:
    files["save"].append(tmp_path / "roster")
    task = wait(qtbot, excel_dialogs.save_template(ctx, None, "staff"))
    assert task.ok
    assert Path(files["proposed"][-1]).name == "Staff roster template.xlsx"
    path = tmp_path / "roster.xlsx"
    assert path.exists() and offered[-1][1] == path
    return path


NEW_PEOPLE = [
    {"employee_no": "N01", "name": "赵一", "role": "客服", "team": "三组", "hire_date": "2026-09-01"},
    {"employee_no": "N02", "name": "钱二", "role": "客服", "team": "三组", "hire_date": "2026/9/15"},
    {"employee_no": "N03", "name": "孙三", "role": "客服主管", "team": "三组", "hire_date": "2026年10月8日"},
]


def test_staff_template_filled_in_imports_after_the_preview(qtbot, office, ctx, answers, files, offered,
                                                             previews, tmp_path):
    path = save_staff_template(qtbot, ctx, files, offered, tmp_path)
    fill(path, "staff", NEW_PEOPLE)
    changes = []
    ctx.changed.connect(changes.append)
    files["open"].append(path)
    read = wait(qtbot, excel_dialogs.import_file(ctx, None, "staff"))
    assert read.ok, answers.errors

    dialog = previews["dialogs"][0]
    assert dialog.model.rowCount() == 3
    assert [dialog.model.index(r, 0).data() for r in range(3)] == ["Add"] * 3
    assert dialog.model.index(0, 2).data() == "N01 赵一"
    assert "3 to add" in dialog.summary.text()
    qtbot.waitUntil(lambda: Staff.select().where(Staff.employee_no.startswith("N")).count() == 3, timeout=20000)
    assert Staff.get(Staff.employee_no == "N03").role == "team_lead"
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=5000)
    assert "3 added" in answers.infos[0]
    assert "staff" in changes
    assert answers.errors == []


def test_cancelled_preview_writes_nothing(qtbot, office, ctx, answers, files, offered, previews, tmp_path):
    path = save_staff_template(qtbot, ctx, files, offered, tmp_path)
    fill(path, "staff", NEW_PEOPLE[:1])
    files["open"].append(path)
    previews["actions"].append(lambda d: QDialog.Rejected)
    wait(qtbot, excel_dialogs.import_file(ctx, None, "staff"))
    qtbot.wait(200)
    assert not Staff.select().where(Staff.employee_no == "N01").exists()


def test_invalid_file_lists_every_problem_saves_a_marked_copy_and_writes_nothing(
        qtbot, office, ctx, answers, files, offered, previews, tmp_path):
    path = save_staff_template(qtbot, ctx, files, offered, tmp_path)
    fill(path, "staff", [
        {"employee_no": "N01", "name": "赵一", "role": "厨师", "hire_date": "2026-09-01"},  # unknown role
        {"employee_no": "N02", "name": "钱二", "hire_date": "2026-13-45"},  # no such date
        {"employee_no": "N03", "name": "孙三", "hire_date": "2026-09-01"},  # fine on its own
    ])
    before = Staff.select().count()
    marked = tmp_path / "marked.xlsx"

    def save_marked_then_close(dialog):
        assert dialog.import_button is None  # nothing to import from an invalid file
        files["save"].append(marked)
        dialog.marked_button.click()
        qtbot.waitUntil(lambda: marked.exists() and bool(offered) and offered[-1][1] == marked, timeout=20000)
        return QDialog.Rejected

    previews["actions"].append(save_marked_then_close)
    files["open"].append(path)
    wait(qtbot, excel_dialogs.import_file(ctx, None, "staff"))

    dialog = previews["dialogs"][0]
    model = dialog.model
    assert isinstance(model, import_preview.ProblemsModel)
    assert model.rowCount() == 2
    cells = {model.index(r, import_preview.ProblemsModel.CELL).data(): r for r in range(2)}
    assert set(cells) == {"C4", "E5"}
    role_row = cells["C4"]
    assert model.index(role_row, import_preview.ProblemsModel.SHEET).data() == KINDS["staff"].sheet
    assert model.index(role_row, import_preview.ProblemsModel.COLUMN).data() == "岗位"
    assert model.index(role_row, import_preview.ProblemsModel.VALUE).data() == "厨师"
    assert model.index(role_row, import_preview.ProblemsModel.EXPECTED).data()
    assert "2 problem" in dialog.summary.text()
    assert Staff.select().count() == before  # all or nothing

    ws = load_workbook(marked)[KINDS["staff"].sheet]
    assert ws["C4"].comment is not None and ws["E5"].comment is not None
    assert ws["A6"].comment is None


def test_reimported_figures_ask_before_replacing_then_offer_the_proposals(
        qtbot, office, ctx, answers, files, offered, previews, tmp_path, monkeypatch):
    from csperf_desktop.excel import save_template

    month = Month(2026, 10)
    path = save_template("figures", tmp_path / "fig.xlsx")
    perfect = {"month": "2026-10", "csat_pct": "95%", "late_count": 0, "early_leave_count": 0, "absence_days": 0,
               "contacts": 900}
    fill(path, "figures", [dict(perfect, employee_no=no) for no in ("A01", "A02")])
    files["open"].append(path)
    shown = []

    def accept_proposals(dialog):
        shown.append([p.rule_code for p in dialog.model.rows])
        return QDialog.Accepted

    monkeypatch.setattr(import_preview.ProposalsDialog, "exec", accept_proposals)
    wait(qtbot, excel_dialogs.import_file(ctx, None, "figures"))
    qtbot.waitUntil(lambda: MonthlyFigures.select().where(MonthlyFigures.month == month.key).count() == 2,
                    timeout=20000)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert sorted(set(shown[0])) == ["B06", "B09"]
    confirmed = ScoreEvent.select().where((ScoreEvent.month == month.key) & ScoreEvent.rule_code.in_(["B06", "B09"]))
    qtbot.waitUntil(lambda: confirmed.count() == len(shown[0]), timeout=5000)

    # The same month again with another CSAT: a change, so the window asks before replacing.
    fill(path, "figures", [dict(perfect, employee_no="A01", csat_pct="80%"),
                           dict(perfect, employee_no="A02")])
    files["open"].append(path)
    answers.confirms.append(False)
    wait(qtbot, excel_dialogs.import_file(ctx, None, "figures"))
    dialog = previews["dialogs"][-1]
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["Change"]
    qtbot.waitUntil(lambda: bool(answers.asked) and "replace figures imported before" in answers.asked[-1],
                    timeout=5000)
    a01 = Staff.get(Staff.employee_no == "A01")
    assert MonthlyFigures.get((MonthlyFigures.staff == a01) & (MonthlyFigures.month == month.key)).csat_pct == 95

    files["open"].append(path)
    answers.confirms.append(True)
    told = len(answers.infos)
    wait(qtbot, excel_dialogs.import_file(ctx, None, "figures"))
    # Until the job has reported back on the UI thread, not only written: its message must
    # reach the scripted answers, never a real message box after the test.
    qtbot.waitUntil(lambda: len(answers.infos) > told, timeout=20000)
    assert MonthlyFigures.get((MonthlyFigures.staff == a01) & (MonthlyFigures.month == month.key)).csat_pct == 80


def test_export_month_results_through_the_save_dialog(qtbot, demo_db, ctx, answers, files, offered, tmp_path):
    ctx.set_month(Month(2026, 9))
    files["save"].append(tmp_path / "results.xlsx")
    task = wait(qtbot, excel_dialogs.export(ctx, None, "month"))
    assert task.ok, answers.errors
    assert Path(files["proposed"][0]).name == "2026-09_results.xlsx"
    out = tmp_path / "results.xlsx"
    assert out.exists() and offered[0][1] == out
    ws = load_workbook(out).worksheets[0]
    assert "示范客服中心" in str(ws["A1"].value)


@pytest.mark.parametrize("what", ["events", "figures", "exams", "appeals", "all"])
def test_every_export_writes_its_workbook(qtbot, demo_db, ctx, answers, files, offered, tmp_path, what):
    files["save"].append(tmp_path / f"{what}.xlsx")
    task = wait(qtbot, excel_dialogs.export(ctx, None, what), timeout=60000)
    assert task.ok, answers.errors
    assert (tmp_path / f"{what}.xlsx").exists()


def test_export_to_a_file_open_in_excel_gives_the_core_message(qtbot, demo_db, ctx, answers, files, offered,
                                                               tmp_path, monkeypatch):
    from csperf_desktop.excel import xlsxwrite

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")  # what Windows says while Excel holds the file

    monkeypatch.setattr(xlsxwrite.os, "replace", refuse)
    files["save"].append(tmp_path / "open-in-excel.xlsx")
    task = wait(qtbot, excel_dialogs.export(ctx, None, "month"))
    assert not task.ok
    assert answers.errors and "open-in-excel.xlsx" in answers.errors[0] and "Excel" in answers.errors[0]
    assert offered == []
    assert not list(tmp_path.glob("*.tmp*"))


def test_import_needs_the_role(qtbot, office, ctx, answers, files):
    from csperf_desktop.trust.auth import Actor

    ctx.actor = Actor("view", "viewer", "只读")
    assert excel_dialogs.import_file(ctx, None, "figures") is None
    assert answers.errors and "role" in answers.errors[0]


def test_file_menu_lists_every_import_template_and_export(qtbot, office, ctx, answers, files, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from csperf_desktop.gui.excel.excel_menu import add_excel_menus

    menu = QMenu()
    qtbot.addWidget(menu)
    add_excel_menus(ctx, None, menu, menu.addAction("Exit"))
    subs = {m.title(): [a.text() for a in m.actions() if not a.isSeparator()] for m in menu.findChildren(QMenu)}
    assert subs["&Import from Excel"] == ["Staff roster…", "Scoring events…", "Monthly figures…", "Exam results…",
                                          "Annual review (ratings, interview, sign-off)…"]
    assert len(subs["Save import &template"]) == 5
    assert len(subs["&Export to Excel"]) == len(excel_dialogs.EXPORT_KINDS)
    called = []
    monkeypatch.setattr(excel_dialogs, "import_file", lambda c, p, kind: called.append(kind))
    menu.findChildren(QMenu)[0].actions()[2].trigger()
    assert called == ["figures"]


def test_a_renamed_csv_is_refused_with_the_core_message_and_no_preview(qtbot, office, ctx, answers, files,
                                                                       previews, tmp_path):
    fake = tmp_path / "roster.xlsx"
    fake.write_text("工号,姓名\nN01,赵一\n", encoding="utf-8")
    files["open"].append(fake)
    task = wait(qtbot, excel_dialogs.import_file(ctx, None, "staff"))
    assert not task.ok
    assert answers.errors and "roster.xlsx" in answers.errors[0]
    assert previews["dialogs"] == []
    assert not Staff.select().where(Staff.employee_no == "N01").exists()


def test_print_and_import_dialogs_are_all_chinese(qtbot, qapp, demo_db, ctx, tmp_path):
    from gui_texts import english_words, visible_texts

    from csperf_desktop.excel import read_import, save_template
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.printing import print_dialogs
    from csperf_desktop.monthly.proposal import Proposal

    template = save_template("staff", tmp_path / "t.xlsx")
    fill(template, "staff", [{"employee_no": "N01", "name": "赵一", "role": "厨师"}])
    bad = read_import(template, "staff")
    fill(template, "staff", [{"employee_no": "N01", "name": "赵一", "role": "客服"}])
    good = read_import(template, "staff")
    person = Staff.get(Staff.employee_no == "KF001")
    proposal = Proposal(person.id, person.employee_no, person.name, "B06", 2, ctx.month.first_day, "满意度 95%", "x")
    i18n.install(qapp, "zh_CN")
    try:
        dialogs = [print_dialogs.BulletinOptionsDialog(ctx.month, True),
                   print_dialogs.ScorecardsDialog(ctx.month, False, 12),
                   import_preview.ImportPreviewDialog(bad, excel_dialogs.kind_label("staff")),
                   import_preview.ImportPreviewDialog(good, excel_dialogs.kind_label("staff")),
                   import_preview.ProposalsDialog([proposal], True, None)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            leftovers = [(type(dialog).__name__, kind, text) for kind, text in visible_texts(dialog)
                         if english_words(text.replace(template.name, ""))]  # the file's own name may be English
            assert leftovers == []
    finally:
        i18n.install(qapp, "en")


def test_annual_review_template_and_import_from_the_window(qtbot, office, ctx, answers, files, offered, previews,
                                                            tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QInputDialog

    from csperf_desktop import annual
    from csperf_desktop.gui.excel.excel_menu import IMPORT_KINDS

    assert "annual_review" in IMPORT_KINDS
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2025, True)))
    files["save"].append(tmp_path / "annual.xlsx")
    saved = wait(qtbot, excel_dialogs.save_template(ctx, None, "annual_review"))
    assert saved.ok, answers.errors
    wb = load_workbook(tmp_path / "annual.xlsx")
    ws = wb["年度评分"]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "A01" and ws.cell(r, 3).value == "learning")
    ws.cell(row, 6).value = 4
    wb.save(tmp_path / "annual.xlsx")
    changes = []
    ctx.changed.connect(changes.append)
    files["open"].append(tmp_path / "annual.xlsx")
    read = wait(qtbot, excel_dialogs.import_file(ctx, None, "annual_review"))
    assert read.ok, answers.errors
    qtbot.waitUntil(lambda: annual.get_review("A01", 2025) is not None, timeout=20000)
    assert annual.get_review("A01", 2025).ratings["learning"]["rating"] == 4
    qtbot.waitUntil(lambda: "annual" in changes, timeout=5000)
