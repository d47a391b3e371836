"""The Annual-review tab on the demo office (clock fixed at 2026-10-20): the staff list
with each review's status, ratings refused in place, a review taken to sign-off and
locked, an administrator's unlock, the what-if that saves nothing, the template
editor's new version, printing one review."""

from __future__ import annotations


import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from csperf_desktop import annual
from csperf_desktop.gui.shell import filework
from csperf_desktop.gui.annual.annual_models import IndicatorModel, ReviewListModel
from csperf_desktop.gui.annual.annual_tab import AnnualTab
from csperf_desktop.store.models import AnnualReview, AnnualTemplate, AuditEntry, Staff

YEAR = 2026
RATINGS = {"communication": (4, ""), "complaints": (3, ""), "attitude": (5, "客户多次书面表扬"), "learning": (4, ""),
           "responsibility": (2, "旺季两次情绪失控"), "cooperation": (3, "")}


@pytest.fixture
def tab(qtbot, demo_db, ctx, answers):
    widget = AnnualTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def staff_id(no: str) -> int:
    return Staff.get(Staff.employee_no == no).id


def select(tab, no: str) -> None:
    tab.select_staff(staff_id(no))
    assert tab.detail.result.employee_no == no


def rate(tab, code: str, rating, comment: str = "") -> None:
    model = tab.indicator_model
    row = model.row_of_code(code)
    assert model.setData(model.index(row, IndicatorModel.RATING), str(rating))
    assert model.setData(model.index(row, IndicatorModel.COMMENT), comment)


def list_cell(tab, no: str, column: int) -> str:
    model = tab.list_model
    return model.data(model.index(model.row_of(staff_id(no)), column))


def audit_count() -> int:
    return AuditEntry.select().count()


def test_the_tab_lists_everyone_employed_in_the_year_with_their_review_status(tab, ctx, supervisor):
    annual.save_self_review(supervisor, "KF002", YEAR, "今年完成了新人带教。")
    ctx.changed.emit("annual")
    select(tab, "KF002")
    tab.person_tabs.setCurrentIndex(2)
    assert tab.goals_model.rowCount() == 3 and "100 %" in tab.goals_total.text()  # the demo's goals
    assert tab.notes_model.rowCount() == len(annual.coaching_notes("KF002", YEAR))
    expected = annual.review_list(YEAR)
    assert tab.list_model.rowCount() == len(expected) == 12
    assert list_cell(tab, "KF002", ReviewListModel.STATUS) == "Self-review"
    assert list_cell(tab, "KF001", ReviewListModel.STATUS) == "Not started"
    kf001 = next(r for r in expected if r["employee_no"] == "KF001")
    assert list_cell(tab, "KF001", ReviewListModel.FINAL) == f"{kf001['final']:.1f}"
    assert list_cell(tab, "KF001", ReviewListModel.GRADE) == kf001["grade"]
    assert "12 people employed in 2026" in tab.counts.text()


def test_rating_2_without_a_comment_is_refused_in_place_and_nothing_is_saved(tab, ctx, supervisor):
    ctx.set_actor(supervisor)
    select(tab, "KF003")
    before = audit_count()
    rate(tab, "communication", 2)
    assert tab.indicator_model.needs_comment("communication")  # marked before saving
    tab.save_ratings_button.click()
    assert "“沟通表达能力”评为 2 分时必须填写评语" in tab.ratings_message.text()
    assert tab.indicator_model.error_code == "communication"
    comment_cell = tab.indicator_model.index(tab.indicator_model.row_of_code("communication"), IndicatorModel.COMMENT)
    assert tab.indicators.currentIndex() == comment_cell
    assert annual.get_review("KF003", YEAR) is None and audit_count() == before

    rate(tab, "communication", 2, "多次回复不完整")
    tab.save_ratings_button.click()
    assert tab.ratings_message.text() == ""
    review = annual.get_review("KF003", YEAR)
    assert review.ratings["communication"] == {"rating": 2, "comment": "多次回复不完整"}


def test_a_review_taken_to_sign_off_locks_the_form(tab, ctx, supervisor, answers, qtbot):
    ctx.set_actor(supervisor)
    select(tab, "KF004")
    for code, (rating, comment) in RATINGS.items():
        rate(tab, code, rating, comment)
    tab.comment.setPlainText("全年稳定，投诉处理有进步。")
    tab.save_ratings_button.click()
    assert tab.ratings_message.text() == ""
    assert list_cell(tab, "KF004", ReviewListModel.STATUS) == "Evaluated"

    tab.self_review.setPlainText("完成了全部培训，CSAT 稳定在 95% 左右。")
    tab.save_self_button.click()
    tab.person_tabs.setCurrentIndex(1)
    qtbot.keyClicks(tab.attendees, "Liu Yang, Sun Lihua")
    tab.interview_summary.setPlainText("认可评价，希望明年带新人。")
    tab.development_plan.setPlainText("参加主管储备培训。")
    tab.interview_button.click()
    assert list_cell(tab, "KF004", ReviewListModel.STATUS) == "Interviewed"

    answers.confirms = [True]
    tab.sign_button.click()
    review = annual.get_review("KF004", YEAR)
    assert review.status == "signed_off" and review.signed_off_by == "sup"
    assert review.result["grade"] == tab.detail.result.grade
    assert list_cell(tab, "KF004", ReviewListModel.STATUS) == "Signed off"

    # Locked: nothing can be edited, and the tooltips say why.
    assert tab.detail.locked and tab.lock_banner.isVisible()
    for button in (tab.save_ratings_button, tab.save_self_button, tab.interview_button, tab.add_goal_button,
                   tab.add_note_button):
        assert not button.isEnabled()
        assert "Signed off" in button.toolTip()
    for text in (tab.comment, tab.self_review, tab.interview_summary):
        assert text.isReadOnly() and "locked" in text.toolTip()
    rating_cell = tab.indicator_model.index(tab.indicator_model.row_of_code("communication"), IndicatorModel.RATING)
    assert not tab.indicator_model.flags(rating_cell) & Qt.ItemIsEditable
    assert not tab.indicator_model.setData(rating_cell, "1")
    assert not tab.sign_button.isVisible()
    assert tab.unlock_button.isVisible() and not tab.unlock_button.isEnabled()  # a supervisor cannot unlock
    # Next year's goals, agreed at the interview, can still be added.
    tab.goals_year.setCurrentIndex(1)
    assert tab.goals_shown_year() == YEAR + 1 and tab.add_goal_button.isEnabled()
    tab.goals_year.setCurrentIndex(0)
    assert not tab.add_goal_button.isEnabled()


def test_typed_text_survives_saving_another_part_of_the_form(tab, ctx, supervisor):
    ctx.set_actor(supervisor)
    select(tab, "KF006")
    tab.self_review.setPlainText("还没写完的自评")
    rate(tab, "communication", 4)
    tab.save_ratings_button.click()
    assert annual.get_review("KF006", YEAR).ratings["communication"]["rating"] == 4
    assert tab.self_review.toPlainText() == "还没写完的自评"
    assert annual.get_review("KF006", YEAR).self_review == ""


def test_leaving_a_person_with_unsaved_changes_asks_first(tab, ctx, supervisor, answers):
    ctx.set_actor(supervisor)
    select(tab, "KF006")
    rate(tab, "communication", 4)
    answers.confirms = [False]
    tab.staff_list.selectRow(tab.list_proxy.mapFromSource(tab.list_model.index(
        tab.list_model.row_of(staff_id("KF007")), 0)).row())
    assert "not saved" in answers.asked[-1]
    assert tab.selected_staff_id() == staff_id("KF006") and tab.detail.result.employee_no == "KF006"
    assert tab.indicator_model.rating_of("communication")["rating"] == 4
    answers.confirms = [True]
    select(tab, "KF007")
    assert tab.indicator_model.rating_of("communication")["rating"] is None


def test_an_administrator_unlocks_a_signed_review_with_a_reason(tab, ctx, supervisor, admin, answers):
    for code, value in RATINGS.items():
        annual.save_ratings(supervisor, "KF005", YEAR, {code: value})
    annual.record_interview(supervisor, "KF005", YEAR, "2026-10-15", "陈静、孙丽华", "认可评价。")
    annual.sign_off(supervisor, "KF005", YEAR)
    ctx.set_actor(admin)
    select(tab, "KF005")
    assert tab.detail.locked and tab.unlock_button.isEnabled()

    answers.texts = [""]  # an empty reason is refused by the core
    tab.unlock_button.click()
    assert answers.errors and "解锁原因" in answers.errors[-1]
    assert annual.get_review("KF005", YEAR).signed_off_at is not None

    answers.texts = ["面谈后发现考勤数据录错，需要更正"]
    tab.unlock_button.click()
    review = annual.get_review("KF005", YEAR)
    assert review.signed_off_at is None and review.status == "interviewed"
    entry = AuditEntry.select().where(AuditEntry.action == "unlock_review").order_by(AuditEntry.id.desc()).get()
    assert entry.reason == "面谈后发现考勤数据录错，需要更正" and entry.actor == "admin"
    assert not tab.detail.locked and tab.save_ratings_button.isEnabled() and tab.sign_button.isVisible()


def test_what_if_shows_new_ranks_and_writes_nothing(tab):
    def snapshot():
        return (audit_count(), [(t.version, t.body) for t in AnnualTemplate.select().order_by(AnnualTemplate.id)],
                AnnualReview.select().count())

    before = snapshot()
    tab.views.setCurrentIndex(2)
    assert tab.not_saved.isVisible() and "NOT SAVED" in tab.not_saved.text()
    tab.whatif_role.setCurrentIndex(tab.whatif_role.findData("agent"))
    assert all(w.move == 0 for w in tab.whatif_model.rows)
    assert "Distribution check" not in tab.whatif_summary.text()  # switched off by default
    tab.weight_spins["results"].setValue(20)
    assert "120 %" not in tab.weights_total.text() and "80 %" in tab.weights_total.text()
    assert tab.whatif_message.text()  # the sum is wrong: the core says so, no ranks shown
    assert tab.whatif_model.rowCount() == 0
    tab.weight_spins["teamwork"].setValue(30)
    rows = tab.whatif_model.rows
    assert rows and any(w.move for w in rows)
    moved = next(w for w in rows if w.move)
    model = tab.whatif_model
    shown = model.data(model.index(rows.index(moved), model.MOVE))
    assert shown == (f"↑{moved.move}" if moved.move > 0 else f"↓{-moved.move}")
    assert snapshot() == before
    # The real results are those of the template's weights.
    assert [r.final for r in tab.results] == [r.final for r in annual.compute_all(YEAR)]


def test_team_comparison_sorts_by_a_dimension(tab):
    tab.views.setCurrentIndex(1)
    tab.compare_role.setCurrentIndex(tab.compare_role.findData("agent"))
    column = tab.compare_model.dimension_column("teamwork")
    tab.compare.sortByColumn(column, Qt.DescendingOrder)
    proxy = tab.compare_proxy
    values = [float(proxy.data(proxy.index(r, column))) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True) and len(values) == 10


def test_template_editor_saves_a_frozen_version_as_a_new_one(qtbot, demo_db, ctx, answers, supervisor):
    from csperf_desktop.gui.annual.template_editor import WEIGHT, TemplateEditor

    for code, value in RATINGS.items():
        annual.save_ratings(supervisor, "KF005", YEAR, {code: value})
    annual.record_interview(supervisor, "KF005", YEAR, "2026-10-15", "陈静、孙丽华", "认可评价。")
    annual.sign_off(supervisor, "KF005", YEAR)
    editor = TemplateEditor(ctx, None, "agent")
    qtbot.addWidget(editor)
    assert editor.frozen_banner.isVisibleTo(editor) and "version 2" in editor.frozen_banner.text()
    results = editor.tree.topLevelItem(0)
    results.setText(WEIGHT, "50")
    editor.save()
    assert "各维度权重之和应为 100%，现在是 110%" in editor.message.text()
    assert AnnualTemplate.select().where(AnnualTemplate.role == "agent").count() == 1
    editor.tree.topLevelItem(1).setText(WEIGHT, "20")
    editor.save()
    assert answers.infos and "new version 2" in answers.infos[-1]
    versions = annual.template_versions("agent")
    assert [v.version for v in versions] == [1, 2] and versions[1].dimensions[0]["weight"] == 50


def test_printing_one_review_writes_a_pdf_with_the_name_and_grade(tab, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "review.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    offered = []
    monkeypatch.setattr(filework, "offer_open", lambda parent, message, file, folder, title=None, preview=None:
                        offered.append((message, file)))
    select(tab, "KF001")
    task = tab.print_review()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.ok
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    result = tab.detail.result
    assert "张晓梅" in text and result.grade in text and f"{result.final:.1f}" in text
    assert offered and offered[0][1] == target


def test_chinese_annual_views_show_no_english(qtbot, qapp, demo_db, ctx, supervisor):
    """Labels, buttons, headers and choices of the tab and its dialogs are translated (data aside)."""
    from csperf_desktop.gui.shell import i18n
    from csperf_desktop.gui.annual.annual_dialogs import AnnualPrintDialog, CoachingNoteDialog, GoalDialog
    from csperf_desktop.gui.annual.template_editor import TemplateEditor
    from gui_texts import english_words, visible_texts

    annual.save_self_review(supervisor, "KF001", YEAR, "自评")
    i18n.install(qapp, "zh_CN")
    try:
        tab = AnnualTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        select(tab, "KF001")
        editor = TemplateEditor(ctx, None, "qa")
        views = [tab, editor, GoalDialog(ctx, staff_id("KF001"), YEAR, tab.template_indicators()),
                 CoachingNoteDialog(ctx, staff_id("KF001"), YEAR), AnnualPrintDialog(YEAR, 12)]
        leftovers = []
        for w in views:
            qtbot.addWidget(w)
            leftovers += [(type(w).__name__, kind, text) for kind, text in visible_texts(w)
                          if [word for word in english_words(text) if word != "CSAT"]]
        header = editor.tree.headerItem()
        leftovers += [("tree", header.text(c)) for c in range(header.columnCount()) if english_words(header.text(c))]
        model = tab.indicator_model
        leftovers += [("cell", model.index(r, c).data()) for r in range(model.rowCount())
                      for c in (model.VALUE, model.RATING) if english_words(model.index(r, c).data() or "")]
        assert leftovers == []
        assert tab.views.tabText(2) == "权重模拟" and "未保存" in tab.not_saved.text()
        assert "质检专员在保存自己的模板之前使用客服模板" in editor.version.text()
    finally:
        i18n.install(qapp, "en")


def test_printing_all_reviews_one_file_per_person(tab, monkeypatch, tmp_path, qtbot):
    from csperf_desktop.gui.annual.annual_dialogs import AnnualPrintDialog

    def accept(dialog):
        dialog.per_agent.setChecked(True)
        return AnnualPrintDialog.Accepted

    folder = tmp_path / "reviews"
    monkeypatch.setattr(AnnualPrintDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    offered = []
    monkeypatch.setattr(filework, "offer_open", lambda parent, message, file, folder, title=None, preview=None:
                        offered.append(message))
    task = tab.print_all()
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert task.ok
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 12 and "2026_KF001_张晓梅_年度考核报告.pdf" in files
    assert offered and "12 annual reviews for 2026" in offered[0]


def test_what_if_applies_the_distribution_check_to_the_simulated_grades(qtbot, demo_db, ctx, admin, answers):
    from csperf_desktop.office import settings

    settings.update_settings(admin, {"annual_excellent_max_pct": 10})
    tab = AnnualTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.distribution.isVisible() and "超过设定的 10%" in tab.distribution.text()
    tab.views.setCurrentIndex(2)
    tab.whatif_role.setCurrentIndex(tab.whatif_role.findData("agent"))
    top = sum(1 for w in tab.whatif_model.rows if w.grade_after == "优秀")
    assert top and f"“优秀” would be {100 * top / len(tab.whatif_model.rows):.0f} %" in tab.whatif_summary.text()
    tab.monthly_weight.setValue(100)  # the monthly average alone: other grades, the check follows them
    rows = tab.whatif_model.rows
    share = 100 * sum(1 for w in rows if w.grade_after == "优秀") / len(rows)
    assert ("Distribution check" in tab.whatif_summary.text()) == (share > 10)
    tab.monthly_weight.setValue(0)
    rows = tab.whatif_model.rows
    share = 100 * sum(1 for w in rows if w.grade_after == "优秀") / len(rows)
    assert ("Distribution check" in tab.whatif_summary.text()) == (share > 10)


def test_a_viewer_reads_the_review_but_cannot_change_it(tab, ctx, viewer):
    ctx.set_actor(viewer)
    select(tab, "KF001")
    assert not tab.save_ratings_button.isEnabled() and "role" in tab.save_ratings_button.toolTip()
    assert tab.self_review.isReadOnly() and not tab.sign_button.isEnabled() and not tab.add_goal_button.isEnabled()
    cell = tab.indicator_model.index(tab.indicator_model.row_of_code("communication"), IndicatorModel.RATING)
    assert not tab.indicator_model.flags(cell) & Qt.ItemIsEditable
    assert tab.indicator_model.data(cell, Qt.ToolTipRole) == tab.save_ratings_button.toolTip()
    assert tab.print_one_button.isEnabled()  # reading and printing stay open


def test_a_provisional_person_is_marked_in_the_list_and_the_distribution_check_says_so(tab, ctx, supervisor):
    from csperf_desktop.office import settings as settings_mod

    from csperf_desktop.gui.annual.annual_models import PROVISIONAL_FG

    model = tab.list_model
    row = model.row_of(staff_id("KF001"))
    r = model.rows[row]
    assert r.provisional and "10月、11月、12月尚未公示" in r.provisional_reasons  # October is still open
    assert list_cell(tab, "KF001", ReviewListModel.STATE) == "Provisional"
    for column in (ReviewListModel.FINAL, ReviewListModel.GRADE):
        assert model.data(model.index(row, column), Qt.ForegroundRole).color() == PROVISIONAL_FG
        assert model.data(model.index(row, column), Qt.FontRole).italic()
    assert "Provisional: " in model.data(model.index(row, ReviewListModel.NO), Qt.ToolTipRole)
    assert "12 provisional" in tab.counts.text()
    settings_mod.update_settings(supervisor, {"annual_excellent_max_pct": 1})
    ctx.changed.emit("annual")
    tab.reload()
    if tab.distribution.isVisible():  # only if someone is excellent; nothing is final in October
        assert "暂定" in tab.distribution.text() and "#5f5f5f" in tab.distribution.styleSheet()
    tab.grab().save("/tmp/annual-tab-provisional.png")
