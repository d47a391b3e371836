"""Printing from the window: the bulletin, everyone's scorecards, one person's card.

The options dialogs are accepted as a person would (their own code runs), the
file dialogs are answered by monkeypatching QFileDialog, and the PDF is read
back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from csperf_desktop.gui.shell import filework
from csperf_desktop.gui.printing import print_dialogs, printing
from csperf_desktop.store.models import Staff
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.standings import standings

PUBLISHED = Month(2026, 9)  # the demo office at the fixed clock: September is published, October open


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def saved_as(monkeypatch):
    """Answer the save dialog with the next path given; record the proposed names."""
    answers = {"paths": [], "proposed": [], "folders": []}

    def save(parent, title, start, file_filter):
        answers["proposed"].append(start)
        return (str(answers["paths"].pop(0)) if answers["paths"] else "", "")

    def folder(parent, title, start):
        return str(answers["folders"].pop(0)) if answers["folders"] else ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return answers


@pytest.fixture
def offered(monkeypatch):
    """What the window offered to open afterwards (the message box is not shown)."""
    shown = []

    def offer(parent, message, file, folder, title=None, preview=None):
        shown.append((message, file, folder))
        return ""

    monkeypatch.setattr(filework, "offer_open", offer)
    return shown


def accept_with(monkeypatch, dialog_class, adjust=None):
    seen = []

    def run(dialog):
        seen.append(dialog)
        if adjust:
            adjust(dialog)
        return QDialog.Accepted

    monkeypatch.setattr(dialog_class, "exec", run)
    return seen


def wait(qtbot, task, timeout=30000):
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=timeout)
    return task


def test_bulletin_prints_the_published_month_with_the_chosen_privacy(qtbot, demo_db, ctx, answers, saved_as,
                                                                     offered, monkeypatch, tmp_path):
    ctx.set_month(PUBLISHED)
    dialogs = accept_with(monkeypatch, print_dialogs.BulletinOptionsDialog,
                          lambda d: d.privacy_buttons["surname"].setChecked(True))
    saved_as["paths"].append(tmp_path / "wall")  # no suffix typed: .pdf is added
    task = wait(qtbot, printing.print_bulletin(ctx, None))

    assert task.ok, answers.errors
    out = tmp_path / "wall.pdf"
    assert out.exists()
    assert Path(saved_as["proposed"][0]).name == "2026-09_bulletin.pdf"
    assert not dialogs[0].draft
    text = pdf_text(out)
    assert "示范客服中心" in text
    first = standings(PUBLISHED)[0]
    assert first.name[0] + "某" in text and first.name not in text  # surname + 某 on the wall
    assert offered and offered[0][1] == out and offered[0][2] == tmp_path

    # The choice is remembered for the next time.
    again = print_dialogs.BulletinOptionsDialog(PUBLISHED, False)
    qtbot.addWidget(again)
    assert again.privacy_buttons["surname"].isChecked()


def test_unpublished_month_says_draft_before_printing_and_marks_the_pdf(qtbot, demo_db, ctx, answers, saved_as,
                                                                        offered, monkeypatch, tmp_path):
    assert ctx.month == Month(2026, 10)
    dialogs = accept_with(monkeypatch, print_dialogs.BulletinOptionsDialog)
    saved_as["paths"].append(tmp_path / "draft.pdf")
    task = wait(qtbot, printing.print_bulletin(ctx, None))
    assert task.ok, answers.errors
    banner = dialogs[0].findChild(print_dialogs.QLabel, "draftBanner")
    assert banner is not None and "DRAFT" in banner.text()
    assert Path(saved_as["proposed"][0]).name == "2026-10_bulletin_draft.pdf"
    assert "草稿" in pdf_text(tmp_path / "draft.pdf")
    assert "DRAFT" in offered[0][0]


def test_scorecards_one_file_per_person_into_a_folder(qtbot, demo_db, ctx, answers, saved_as, offered,
                                                      monkeypatch, tmp_path):
    ctx.set_month(PUBLISHED)
    accept_with(monkeypatch, print_dialogs.ScorecardsDialog, lambda d: d.per_agent.setChecked(True))
    folder = tmp_path / "cards"
    folder.mkdir()
    saved_as["folders"].append(folder)
    task = wait(qtbot, printing.print_scorecards(ctx, None), timeout=60000)
    assert task.ok, answers.errors
    files = sorted(folder.glob("*.pdf"))
    people = standings(PUBLISHED)
    assert len(files) == len(people)
    one = next(f for f in files if people[0].employee_no in f.name)
    assert people[0].name in pdf_text(one)
    assert offered[0][1] is None and offered[0][2] == folder


def test_scorecards_can_be_cancelled_and_write_nothing(qtbot, demo_db, ctx, answers, saved_as, offered,
                                                       monkeypatch, tmp_path):
    ctx.set_month(PUBLISHED)
    accept_with(monkeypatch, print_dialogs.ScorecardsDialog, lambda d: d.one_pdf.setChecked(True))
    saved_as["paths"].append(tmp_path / "all.pdf")
    task = printing.print_scorecards(ctx, None)
    task.cancel.set()  # the Cancel button of the progress dialog
    wait(qtbot, task)
    assert not task.ok
    assert not (tmp_path / "all.pdf").exists()
    assert answers.infos and "nothing was saved" in answers.infos[0]
    assert answers.errors == [] and offered == []


def test_selected_agent_only(qtbot, demo_db, ctx, answers, saved_as, offered, tmp_path):
    ctx.set_month(PUBLISHED)
    person = Staff.get(Staff.employee_no == "KF003")
    saved_as["paths"].append(tmp_path / "one.pdf")
    task = wait(qtbot, printing.print_agent_scorecard(ctx, None, person.id))
    assert task.ok, answers.errors
    assert Path(saved_as["proposed"][0]).name == f"2026-09_KF003_{person.name}_考核卡.pdf"
    reader = PdfReader(str(tmp_path / "one.pdf"))
    text = pdf_text(tmp_path / "one.pdf")
    assert person.name in text and "KF003" in text
    others = [s.name for s in Staff.select().where(Staff.employee_no != "KF003")]
    assert not any(f"姓名{n}" in text.replace(" ", "") for n in others)
    assert len(reader.pages) <= 2


def test_no_selected_agent_says_what_to_do(qtbot, demo_db, ctx, answers):
    assert printing.print_agent_scorecard(ctx, None, None) is None
    assert answers.infos and "Select a person" in answers.infos[0]


def test_locked_target_names_the_file_and_offers_the_suggested_name(qtbot, demo_db, ctx, answers, saved_as,
                                                                    offered, monkeypatch, tmp_path):
    from csperf_desktop.reports import pdfwrite

    target = tmp_path / "公示.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    real_check = pdfwrite.check_target

    def locked(path):
        if Path(path) == target:  # as if a PDF viewer held the file open (Windows)
            raise pdfwrite._locked(Path(path))
        return real_check(path)

    monkeypatch.setattr(pdfwrite, "check_target", locked)
    ctx.set_month(PUBLISHED)
    accept_with(monkeypatch, print_dialogs.BulletinOptionsDialog)
    saved_as["paths"].append(target)
    answers.confirms.append(True)  # "Save as 公示 (2).pdf"
    task = wait(qtbot, printing.print_bulletin(ctx, None))
    assert not task.ok
    assert answers.asked and "公示.pdf" in answers.asked[0] and "公示 (2).pdf" in answers.asked[0]
    qtbot.waitUntil(lambda: bool(offered), timeout=30000)
    other = tmp_path / "公示 (2).pdf"
    assert other.exists() and offered[0][1] == other
    assert target.read_bytes() == b"%PDF-1.4 old"  # the locked file was left alone
    assert answers.errors == []


def test_a_font_problem_is_reported_once(qtbot, demo_db, ctx, answers, saved_as, offered, monkeypatch, tmp_path):
    monkeypatch.setattr(printing, "_font_warned", False)
    monkeypatch.setattr(printing, "font_warning", lambda: "未找到可嵌入的中文字体")
    ctx.set_month(PUBLISHED)
    person = Staff.get(Staff.employee_no == "KF001")
    for name in ("first.pdf", "second.pdf"):
        saved_as["paths"].append(tmp_path / name)
        wait(qtbot, printing.print_agent_scorecard(ctx, None, person.id))
    assert "未找到可嵌入的中文字体" in offered[0][0]
    assert "未找到可嵌入的中文字体" not in offered[1][0]


def test_a_character_no_font_has_is_named_after_every_print(qtbot, demo_db, ctx, answers, saved_as, offered,
                                                            tmp_path):
    from csperf_desktop.store.models import MonthlyResult

    person = Staff.get(Staff.employee_no == "KF001")
    odd = "张\ue000"  # a private-use character: no font has it
    Staff.update(name=odd).where(Staff.id == person.id).execute()
    MonthlyResult.update(name=odd).where(MonthlyResult.staff == person.id).execute()
    ctx.set_month(PUBLISHED)
    for name in ("first.pdf", "second.pdf"):
        saved_as["paths"].append(tmp_path / name)
        task = wait(qtbot, printing.print_agent_scorecard(ctx, None, person.id))
        assert task.ok, answers.errors
    assert all("“张〓”中的 U+E000" in message for message, _file, _folder in offered)
    assert "张〓" in pdf_text(tmp_path / "second.pdf")
