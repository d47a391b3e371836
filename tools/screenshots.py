"""Screenshots of the demo office at 1366×768: each tab and the main dialogs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [--lang zh_CN|en]

Runs on a fresh demo database in a temporary folder, with settings kept in
that folder too (the user's own settings are not touched).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WIDTH, HEIGHT = 1366, 768


def never_block_on_a_message_box() -> None:
    """Nobody is there to click: a question is answered "no"/cancel and a message is
    printed, so the script never waits on a modal box."""
    import sys as _sys

    from csperf_desktop.gui.shell import messages

    def say(parent, message, title=None):
        print(f"(message) {message}", file=_sys.stderr)

    messages.error = say
    messages.info = say
    messages.confirm = lambda parent, title, message, ok_text=None: say(parent, message) or False
    messages.ask_text = lambda parent, title, prompt, text="": say(parent, prompt)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder for the PNG files")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="csperf-shots-"))
    os.environ["CSPERF_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csperf_desktop.gui.shell import app as gui_app
    from csperf_desktop.gui.shell import i18n

    app = gui_app.make_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(work / "settings"))
    i18n.install(app, args.lang)
    gui_app.apply_look(app)
    gui_app.prepare_demo_database()
    never_block_on_a_message_box()

    from PySide6.QtCore import Qt

    from csperf_desktop.gui.annual.annual_dialogs import AnnualPrintDialog, CoachingNoteDialog, GoalDialog
    from csperf_desktop.gui.appeals.report_dialog import AppealReportDialog
    from csperf_desktop.gui.appeals.decide_dialog import DecideDialog
    from csperf_desktop.gui.appeals.record_dialog import RecordAppealDialog
    from csperf_desktop.gui.annual.template_editor import TemplateEditor
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.exams.exams_tab import ExamDialog
    from csperf_desktop.gui.shell.main_window import MainWindow
    from csperf_desktop.gui.daily.spotcheck_dialog import ChecklistDialog, SpotCheckDialog, SpotCheckMonthDialog
    from csperf_desktop.gui.daily.publish_dialog import PublishDialog
    from csperf_desktop.gui.staff.rulebook_dialog import RuleDialog, RulebookDialog
    from csperf_desktop.gui.admin.settings_dialog import SettingsDialog
    from csperf_desktop.gui.staff.staff_tab import StaffDialog
    from csperf_desktop.store.models import Rule, Staff

    ctx = AppContext()
    ctx.database_location = "demo.db"
    exam_id, appeal_id = add_exams_spot_checks_and_appeals(ctx.actor)
    add_annual_reviews(ctx.actor)
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.show()

    def settle():
        for _ in range(5):
            app.processEvents()

    def shot(widget, name):
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    names = ["staff", "daily", "exams", "appeals", "annual"]
    for index, name in enumerate(names):
        window.ui.tabs.setCurrentIndex(index)
        if name == "staff":
            window.staff_tab.table.selectRow(2)
        if name == "daily":
            # A typed entry in progress, as the supervisor sees it mid-series.
            strip = window.daily_tab.entry
            strip.staff_picker.setEditText("KF003")
            strip.staff_picker.commit_text()
            strip.rule_picker.setEditText("D04")
            strip.rule_picker.commit_text()
            strip.order_amount.setText("1200")
        if name == "exams":
            tab = window.exams_tab
            tab.exam_list.selectRow(tab.list_model.row_of(exam_id))
        if name == "appeals":
            window.appeals_tab.status_filter.setCurrentIndex(0)
        if name == "annual":
            annual_tab = window.annual_tab
            annual_tab.select_staff(Staff.get(Staff.employee_no == "KF002").id)
        shot(window, f"tab_{index + 1}_{name}")
        if name == "annual":
            shoot_annual(annual_tab, window, shot)
        if name == "exams":
            # A score above full marks: refused, the message stays on the line.
            grid = tab.grid_model
            blank = next(i for i, r in enumerate(grid.rows) if not r.entered)
            tab.grid.setCurrentIndex(grid.index(blank, grid.SCORE))
            grid.setData(grid.index(blank, grid.SCORE), "105")
            shot(window, "tab_3_exams_refused_score")
            tab.bottom.setCurrentIndex(1)
            tab.history_staff.setCurrentIndex(2)
            shot(window, "tab_3_exams_history")
            tab.bottom.setCurrentIndex(0)
        if name == "daily":
            strip.points.setValue(9)  # outside D04's range: refused on the spot
            shot(window, "tab_2_daily_out_of_range")
            strip.points.setValue(1)

    # The previous month, published (appeal window open): editing disabled.
    window.ui.tabs.setCurrentIndex(1)
    ctx.set_month(ctx.month.prev())
    shot(window, "tab_2_daily_published_month")
    # Two months back: closed, with the demo's weakest agent flagged for the warning.
    ctx.set_month(ctx.month.prev())
    shot(window, "tab_2_daily_closed_month")
    ctx.set_month(ctx.month.next().next())

    dialogs = [
        ("dialog_staff_add", lambda: StaffDialog(ctx, None, window)),
        ("dialog_staff_edit", lambda: StaffDialog(ctx, Staff.get(Staff.employee_no == "KF003"), window)),
        ("dialog_rulebook", lambda: RulebookDialog(ctx, window)),
        ("dialog_rule_edit", lambda: RuleDialog(ctx, Rule.get(Rule.code == "D04"), window)),
        ("dialog_settings", lambda: SettingsDialog(ctx, window)),
        ("dialog_publish", lambda: PublishDialog(ctx, ctx.month, window)),
        ("dialog_exam_add", lambda: ExamDialog(ctx, None, window)),
        ("dialog_spotcheck", lambda: SpotCheckDialog(ctx, window, Staff.get(Staff.employee_no == "KF004").id)),
        ("dialog_spotcheck_month", lambda: SpotCheckMonthDialog(ctx, window)),
        ("dialog_checklist", lambda: ChecklistDialog(ctx, window)),
        ("dialog_appeal_record", lambda: RecordAppealDialog(ctx, ctx.month.prev(), window)),
        ("dialog_appeal_decide", lambda: DecideDialog(ctx, appeal_id, window)),
        ("dialog_appeal_report", lambda: AppealReportDialog(ctx, ctx.month.prev(), window)),
        ("dialog_annual_templates", lambda: TemplateEditor(ctx, window, "agent")),
        ("dialog_annual_goal", lambda: GoalDialog(ctx, Staff.get(Staff.employee_no == "KF002").id, ctx.month.year,
                                                  window.annual_tab.template_indicators(), None, window)),
        ("dialog_annual_coaching", lambda: CoachingNoteDialog(ctx, Staff.get(Staff.employee_no == "KF002").id,
                                                              ctx.month.year, None, window)),
        ("dialog_annual_print", lambda: AnnualPrintDialog(ctx.month.year, len(window.annual_tab.results), window)),
    ] + print_and_excel_dialogs(ctx, window, work)
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        shot(dialog, name)
        if name == "dialog_staff_add":
            # What a mistake looks like: the message sits beside the field.
            dialog.ui.employee_noEdit.setText("KF001")
            dialog.ui.nameEdit.setText("新同事")
            dialog.save()
            shot(dialog, "dialog_staff_add_error")
        if name == "dialog_spotcheck":
            # Two failed items, each showing the deduction it proposes; then saved.
            for line in dialog.lines[3:5]:
                line.fail_button.setChecked(True)
                line.note.setText("回复“这个不归我们管”")
            dialog.reference.setText("DD26110388")
            shot(dialog, "dialog_spotcheck_failed")
            dialog.save()
            shot(dialog, "dialog_spotcheck_saved")
        if name == "dialog_appeal_record":
            dialog.staff.setEditText("KF006")
            dialog.staff.commit_text()
            dialog.staff_chosen()
            model = dialog.events_model
            if model.rowCount():
                model.setData(model.index(0, model.PICK), Qt.Checked.value, Qt.CheckStateRole)
            dialog.reason.setPlainText("当天系统故障，不是本人原因")
            shot(dialog, "dialog_appeal_record_filled")
        dialog.close()
    window.close()
    return 0


def print_and_excel_dialogs(ctx, window, work: Path) -> list:
    """The printing options and the import previews (a roster with one new and one changed
    person; a filled template with mistakes), as (name, make) pairs."""
    from openpyxl import load_workbook

    from csperf_desktop.excel import exporters, read_import, save_template
    from csperf_desktop.gui.excel import excel_dialogs
    from csperf_desktop.gui.excel.import_preview import ImportPreviewDialog
    from csperf_desktop.gui.printing.print_dialogs import BulletinOptionsDialog, ScorecardsDialog

    roster = exporters.export_staff(work / "roster.xlsx")
    wb = load_workbook(roster)
    ws = wb.worksheets[0]
    ws.cell(row=4, column=4, value="三组")
    new = ws.max_row + 1
    for col, value in enumerate(["KF099", "新同事", "客服", "二组", "2026-11-02"], start=1):
        ws.cell(row=new, column=col, value=value)
    wb.save(roster)
    filled = save_template("staff", work / "filled.xlsx")
    wb = load_workbook(filled)
    ws = wb.worksheets[0]
    for r, row in enumerate([("N01", "赵一", "厨师", "一组", "2026-09-01"), ("N02", "钱二", "客服", "一组", "2026-13-45"),
                             ("N03", "", "客服", "", "2026/9/1")], start=4):
        for col, value in enumerate(row, start=1):
            ws.cell(row=r, column=col, value=value)
    wb.save(filled)
    label = excel_dialogs.kind_label("staff")
    return [
        ("dialog_print_bulletin_draft", lambda: BulletinOptionsDialog(ctx.month, True, window)),
        ("dialog_print_scorecards", lambda: ScorecardsDialog(ctx.month.prev(), False, 12, window)),
        ("dialog_import_preview", lambda: ImportPreviewDialog(read_import(roster, "staff"), label, window)),
        ("dialog_import_problems", lambda: ImportPreviewDialog(read_import(filled, "staff"), label, window)),
    ]


def add_exams_spot_checks_and_appeals(actor) -> tuple[int, int]:
    """What the exams, spot-check and appeal views need to show something, when the demo office
    lacks it: this month's exam with results, a few spot checks, appeals against the published
    month (one decided, one pending). Returns the exam and a pending appeal to show."""
    import datetime as _dt
    import random

    from csperf_desktop.monthly import appeals, exams, spotchecks
    from csperf_desktop.base import clock
    from csperf_desktop.store.models import Appeal, AppealItem, ScoreEvent, SpotCheck, Staff
    from csperf_desktop.base.months import Month

    rng = random.Random(7)
    today = clock.today()
    month = Month.of(today)
    day = max(month.first_day, today - _dt.timedelta(days=3))
    people = list(Staff.select().where(Staff.active == True).order_by(Staff.employee_no))  # noqa: E712
    held = [e for e in exams.month_exams(month) if e.date <= today]
    if held:
        exam = held[-1]
    else:
        exam = exams.add_exam(actor, date=day, title=f"{month.month}月产品知识测验", area="product",
                              full_marks=100, pass_mark=60)
        rows = []
        for i, s in enumerate(people[:-2]):
            if i == 4:
                rows.append({"staff": s.id, "absent": True, "note": "病假"})
            else:
                rows.append({"staff": s.id, "score": 100 if i in (1, 6) else rng.choice(range(52, 99))})
        exams.set_results(actor, exam.id, rows)
    if not SpotCheck.select().where(SpotCheck.month == month.key).exists():
        items = spotchecks.checklist()
        for i, s in enumerate(people[:6]):
            failed = {items[3 + i % 3].id: (False, "语气生硬")} if i % 2 else {}
            spotchecks.record_spot_check(actor, s.id, day, f"DD{month.month:02d}{1000 + i}", "chat", results=failed)
    prev = month.prev()
    pending = (Appeal.select().where((Appeal.month == prev.key) & (Appeal.status == "pending"))
               .order_by(Appeal.id).first())
    if pending is None:
        disputed = AppealItem.select(AppealItem.event)
        deductions = list(ScoreEvent.select().where((ScoreEvent.month == prev.key) & (ScoreEvent.points < 0)
                                                    & (ScoreEvent.voided == False)  # noqa: E712
                                                    & ScoreEvent.id.not_in(disputed)).order_by(ScoreEvent.id))
        if not Appeal.select().where(Appeal.month == prev.key).exists():
            decided = appeals.record_appeal(actor, prev, deductions[0].staff_id, [deductions[0].id],
                                            "录音证明已按流程回复", "wrong_facts")
            appeals.decide_appeal(actor, decided.id, "upheld", "核实录音，情况属实")
        pending = appeals.record_appeal(actor, prev, deductions[-1].staff_id, [deductions[-1].id],
                                        "扣分标准用错了，应按较轻的条款", "wrong_rule",
                                        proposed_points={deductions[-1].id: 1})
    return exam.id, pending.id

def add_annual_reviews(actor) -> None:
    """This year's reviews at several stages: one signed off, one interviewed, one rated, one
    self-review; the distribution check switched on."""
    import datetime as _dt

    from csperf_desktop import annual
    from csperf_desktop.base import clock
    from csperf_desktop.office import settings

    year = clock.today().year
    ratings = {"communication": 4, "complaints": 3, "attitude": (5, "客户多次书面表扬"), "learning": 4,
               "responsibility": 3, "cooperation": (2, "跨组协作时推诿，已在辅导中指出")}
    interview_day = max(_dt.date(year, 1, 1), clock.today() - _dt.timedelta(days=2))
    for no in ("KF005", "KF001", "KF004"):
        annual.save_self_review(actor, no, year, "今年接待量稳定，满意度保持在 95% 左右；复杂售后问题还需加强。")
        annual.save_ratings(actor, no, year, ratings, "全年表现稳定，明年重点提升一次性解决率。")
    for no in ("KF005", "KF001"):
        annual.record_interview(actor, no, year, interview_day, "本人、孙丽华（主管）",
                                "回顾全年成绩，员工认可评价。", "参加售后进阶培训；每月一次录音复盘。")
    annual.sign_off(actor, "KF005", year)
    annual.save_self_review(actor, "KF002", year, "完成了新人带教，CSAT 比去年提高 2 个百分点。")
    settings.update_settings(actor, {"annual_excellent_max_pct": 10})


def shoot_annual(tab, window, shot) -> None:
    """The review form's pages, a refused rating, a signed-off review, the comparison and the what-if."""
    from csperf_desktop.gui.annual.annual_models import IndicatorModel
    from csperf_desktop.store.models import Staff

    model = tab.indicator_model
    row = model.row_of_code("communication")
    model.setData(model.index(row, IndicatorModel.RATING), "2")
    tab.save_ratings()
    tab.indicators.scrollTo(model.index(row, 0))
    shot(window, "tab_5_annual_refused_rating")
    tab.person_tabs.setCurrentIndex(1)
    shot(window, "tab_5_annual_self_review")
    tab.person_tabs.setCurrentIndex(2)
    shot(window, "tab_5_annual_goals")
    tab.person_tabs.setCurrentIndex(0)
    tab.show_selected()  # the refused rating is dropped, not left as an unsaved change
    tab.select_staff(Staff.get(Staff.employee_no == "KF005").id)
    shot(window, "tab_5_annual_signed_off")
    tab.views.setCurrentIndex(1)
    shot(window, "tab_5_annual_comparison")
    tab.views.setCurrentIndex(2)
    tab.weight_spins["results"].setValue(25)
    tab.weight_spins["teamwork"].setValue(25)
    shot(window, "tab_5_annual_whatif")
    tab.build_weight_spins()
    tab.views.setCurrentIndex(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
