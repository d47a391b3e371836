"""Every window and dialog of the program, opened on the demo office in Chinese, shows no
English beyond product names. The dialogs are found, not listed: every QDialog and
QMainWindow class under ``csperf_desktop.gui`` is opened (with each way it is opened —
adding and editing a record — where the title differs), so a new dialog is walked too."""

from __future__ import annotations

import importlib
import pkgutil
import re

from PySide6.QtWidgets import QDialog, QMainWindow

from gui_texts import english_words, visible_texts

import csperf_desktop.gui
from csperf_desktop.base.months import Month
from csperf_desktop.gui.shell import i18n

# Data shown as it is, not interface text: file paths, the versions in 关于, the demo's own data.
DATA = re.compile(r"^(/|[A-Z]:\\)|Python \d|PySide|Qt \d|(GD|DD)\d{6}")
# Data inside a sentence: paths, file names and extensions, the login names of the walk.
DATA_IN_TEXT = re.compile(r"[A-Z]:(\\[\w.-]+)+|(/[\w.-]+)+/?|[\w-]*\.(xlsx|xls|ods|pdf|db|csv|ttf|ttc|otf)\b"
                          r"|\blihua\b|\badmin\b")
# Names that stay as they are in Chinese: keys on the keyboard, font formats, the agreement statistics.
NAMES = re.compile(r"\b(Delete|Esc|Shift|Home|End|Space|TrueType|OpenType|CFF|Cohen|Fleiss|[Kk]appa)\b")


def strip_data(text: str) -> str:
    text = text if isinstance(text, str) else ""
    return "" if DATA.search(text) else NAMES.sub("", DATA_IN_TEXT.sub("", text))


# Base classes that are never opened on their own.
ABSTRACT = {"RecordDialog"}


def gui_window_classes() -> dict[str, type]:
    for info in pkgutil.walk_packages(csperf_desktop.gui.__path__, "csperf_desktop.gui."):
        if ".forms." not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found, todo = {}, [QDialog, QMainWindow]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("csperf_desktop.gui.") and ".forms." not in sub.__module__:
                found[sub.__name__] = sub
    return {name: cls for name, cls in found.items() if name not in ABSTRACT}


def openings(ctx, classes: dict[str, type], tmp_path):
    """(label, a way to open it) for every class; the class itself with ``ctx`` unless it needs more."""
    from csperf_desktop.excel import read_import, save_template
    from csperf_desktop.monthly.proposals import all_proposals
    from csperf_desktop.store.models import (Appeal, ChecklistItem, CoachingNote, Exam, Rule, Staff, AnnualGoal)

    month = Month(2026, 9)
    staff = Staff.select().order_by(Staff.id).first()
    goal, note = AnnualGoal.select().first(), CoachingNote.select().first()
    pending = Appeal.select().where(Appeal.status == "pending").first()
    save_template("staff", tmp_path / "staff.xlsx")
    preview = read_import(tmp_path / "staff.xlsx", "staff")
    indicators = [("csat", "客户满意度")]
    exam_id, question = exam_with_paper()
    def calibration(view):
        """The calibration window on the demo's session in progress (its grid), on a closed one (the
        report and the sessions over time), and on one grader's everyday spot checks."""
        window = cls_of("CalibrationWindow")(ctx)
        if view != "grid":
            window.ui.sessions.selectRow(1)
            assert window.ui.tabs.currentIndex() == 1 and window.ui.history.rowCount() >= 2
        if view == "spot checks":
            window.ui.graders.selectRow(0)
            window.show_grader_spot_checks()
            assert window.ui.tabs.currentIndex() == 2 and window.filter_label.text()
        return window

    special = {
        "CalibrationWindow": [(view, lambda view=view: calibration(view)) for view in ("grid", "report", "spot checks")],
        "MainWindow": [("", lambda: main_window(cls_of("MainWindow"), ctx))],
        "GoalDialog": [("new", lambda: cls_of("GoalDialog")(ctx, staff.id, 2026, indicators)),
                       ("edit", lambda: cls_of("GoalDialog")(ctx, staff.id, 2026, indicators, goal))],
        "CoachingNoteDialog": [("new", lambda: cls_of("CoachingNoteDialog")(ctx, staff.id, 2026)),
                               ("edit", lambda: cls_of("CoachingNoteDialog")(ctx, staff.id, 2026, note))],
        "AnnualPrintDialog": [("", lambda: cls_of("AnnualPrintDialog")(2025, 12))],
        "FirstRunDialog": [("new", lambda: cls_of("FirstRunDialog")()),
                           ("existing", lambda: cls_of("FirstRunDialog")(None, str(tmp_path / "x.db"), True))],
        "LoginDialog": [("", lambda: cls_of("LoginDialog")())],
        "PasswordDialog": [("", lambda: cls_of("PasswordDialog")(ctx, "lihua"))],
        "RecoveryDialog": [("", lambda: cls_of("RecoveryDialog")(str(tmp_path / "x.db"), "数据库文件已损坏。",
                                                                 backups_folder=tmp_path))],
        "HelpWindow": [("", lambda: cls_of("HelpWindow")())],
        "StaffDialog": [("new", lambda: cls_of("StaffDialog")(ctx)), ("edit", lambda: cls_of("StaffDialog")(ctx, staff))],
        "RuleDialog": [("new", lambda: cls_of("RuleDialog")(ctx)),
                       ("edit", lambda: cls_of("RuleDialog")(ctx, Rule.select().first()))],
        "ExamDialog": [("new", lambda: cls_of("ExamDialog")(ctx)),
                       ("edit", lambda: cls_of("ExamDialog")(ctx, Exam.select().first()))],
        "ChecklistItemDialog": [("new", lambda: cls_of("ChecklistItemDialog")(ctx)),
                                ("edit", lambda: cls_of("ChecklistItemDialog")(ctx, ChecklistItem.select().first()))],
        "RecordAppealDialog": [("", lambda: cls_of("RecordAppealDialog")(ctx, month))],
        "AppealReportDialog": [("", lambda: cls_of("AppealReportDialog")(ctx, month))],
        "DecideDialog": [("", lambda: cls_of("DecideDialog")(ctx, pending.id))],
        "PublishDialog": [("", lambda: cls_of("PublishDialog")(ctx, Month.of(ctx.month.first_day)))],
        "BulletinOptionsDialog": [("", lambda: cls_of("BulletinOptionsDialog")(month, False))],
        "ScorecardsDialog": [("", lambda: cls_of("ScorecardsDialog")(month, False, 12))],
        "ImportPreviewDialog": [("", lambda: cls_of("ImportPreviewDialog")(preview, "人员名单"))],
        "ProposalsDialog": [("", lambda: cls_of("ProposalsDialog")(all_proposals(month), True, None))],
        "QuestionDialog": [("new", lambda: cls_of("QuestionDialog")(ctx)),
                           ("edit", lambda: cls_of("QuestionDialog")(ctx, question))],
        "ExamPaperDialog": [("", lambda: cls_of("ExamPaperDialog")(ctx, exam_id))],
        "ExamMarkingDialog": [("", lambda: cls_of("ExamMarkingDialog")(ctx, exam_id))],
        "ExamAnalysisDialog": [("", lambda: cls_of("ExamAnalysisDialog")(ctx, exam_id))],
        "TemplateEditor": [("agent", lambda: cls_of("TemplateEditor")(ctx)),
                           ("team_lead", lambda: cls_of("TemplateEditor")(ctx, role="team_lead"))],
    }
    def cls_of(name):
        return classes[name]

    for name in sorted(classes):
        for label, make in special.get(name, [("", lambda name=name: classes[name](ctx))]):
            yield f"{name}{'(' + label + ')' if label else ''}", make


def exam_with_paper():
    """An exam of the running month with a paper of every question type drawn from a small bank."""
    from csperf_desktop.base import clock
    from csperf_desktop.exambank import bank, papers
    from csperf_desktop.monthly.exams import add_exam
    from csperf_desktop.trust.auth import SYSTEM

    questions = [
        bank.add_question(SYSTEM, area="售后", topic="退换货", qtype="single", text="破损商品退货的第一步？",
                          options=["请客户拍照留证", "让客户找快递", "直接退款"], answer="A"),
        bank.add_question(SYSTEM, area="售后", topic="退换货", qtype="multiple", text="哪些情况可以无理由退货？",
                          options=["七天内未拆封", "定制商品", "商品完好"], answer="AC"),
        bank.add_question(SYSTEM, area="接单", topic="地址", qtype="truefalse", text="下单前核对收货地址。", answer="T"),
        bank.add_question(SYSTEM, area="接单", topic="时效", qtype="fill", text="首次响应不超过____秒。", answer="30"),
        bank.add_question(SYSTEM, area="日常工作", topic="制度", qtype="short", text="说说三要三不。",
                          model_answer="要热情、要耐心、要周到；不推诿、不争辩、不抱怨。", points=6),
    ]
    exam = add_exam(SYSTEM, date=clock.today(), title="题库考试")
    papers.save_paper(SYSTEM, exam.id, [q.id for q in questions])
    return exam.id, questions[0]


def more_texts(window) -> list[tuple[str, str]]:
    """What ``visible_texts`` leaves out: tooltips (of column titles too), every widget's own
    actions (right-click menus, shortcuts), multi-line placeholders, spin-box prefixes and
    suffixes, tree headers."""
    from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTableView, QTextEdit, QTreeView, QWidget

    found = []
    for w in [window] + window.findChildren(QWidget):
        found.append(("tooltip", w.toolTip()))
        for a in w.actions():
            found += [("action", a.text()), ("tooltip", a.toolTip() if a.toolTip() != a.text().replace("&", "")
                                             else "")]
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            found.append(("placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox):
            found += [("suffix", getattr(w, "suffix", lambda: "")()), ("prefix", getattr(w, "prefix", lambda: "")())]
        if isinstance(w, QTableView) and w.model() is not None:  # the column titles' tooltips
            from PySide6.QtCore import Qt

            found += [("header tooltip", w.model().headerData(c, Qt.Horizontal, Qt.ToolTipRole) or "")
                      for c in range(w.model().columnCount())]
        if isinstance(w, QTreeView) and w.model() is not None:
            from PySide6.QtCore import Qt

            found += [("header", w.model().headerData(c, Qt.Horizontal) or "") for c in range(w.model().columnCount())]
    from PySide6.QtGui import QAction

    for a in window.findChildren(QAction):  # right-click menus are made of these when they open
        found += [("action", a.text()), ("tooltip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else "")]
    return [(k, t) for k, t in found if isinstance(t, str) and t]


def main_window(cls, ctx):
    from csperf_desktop.gui.shell.main_window import TABS

    window = cls(ctx)
    for name in TABS:
        window.tab(name)
    return window


def test_every_window_and_dialog_reads_in_chinese(qtbot, qapp, demo_db, ctx, tmp_path):
    classes = gui_window_classes()
    assert {"MainWindow", "AuditDialog", "SettingsDialog", "DecideDialog", "PublishDialog"} <= set(classes)
    i18n.install(qapp, "zh_CN")
    try:
        leftovers, opened, failed = [], [], []
        for label, make in openings(ctx, classes, tmp_path):
            try:
                window = make()
            except Exception as exc:  # noqa: BLE001  (named below: a dialog this walk cannot open)
                failed.append(f"{label}: {type(exc).__name__}: {exc}")
                continue
            qtbot.addWidget(window)
            opened.append(label)
            window.show()  # what a window fills in when it is shown (its rows, counts, hints) is walked too
            qapp.processEvents()
            leftovers += [(label, kind, text) for kind, text in visible_texts(window) + more_texts(window)
                          if english_words(strip_data(text))]
            window.hide()
    finally:
        i18n.install(qapp, "en")
    assert failed == [], "dialogs the walk could not open (add how to open them to openings())"
    assert len(opened) >= len(classes)
    assert leftovers == []
    # the same walk in English does see the words it looks for (it is not blind)
    about = classes["AboutDialog"](ctx)
    qtbot.addWidget(about)
    assert any(english_words(strip_data(text)) for _kind, text in visible_texts(about))


def test_the_empty_office_reads_in_chinese(qtbot, qapp, db, fixed_clock, ctx):
    """A new office's window: every tab's hint of what to do next and every disabled action's reason."""
    classes = gui_window_classes()
    i18n.install(qapp, "zh_CN")
    try:
        window = main_window(classes["MainWindow"], ctx)
        qtbot.addWidget(window)
        window.show()
        qapp.processEvents()
        texts = visible_texts(window) + more_texts(window)
        leftovers = [(kind, text) for kind, text in texts if english_words(strip_data(text))]
    finally:
        i18n.install(qapp, "en")
    assert any("人员" in text for kind, text in texts if kind == "label")  # the hints were read
    assert leftovers == []
