"""Who is ranked, and one name for a revision: the standings table, the settings dialog,
and after one upheld appeal the same "第 2 版（修订）" on the month bar, the appeals list,
the bulletin, the CLI and Excel."""

from __future__ import annotations

import os
import sys

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from csperf_desktop.office import settings as settings_mod
from csperf_desktop.monthly.appeals import decide_appeal, record_appeal
from csperf_desktop.monthly.events import add_event
from csperf_desktop.gui.shell import i18n
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.staff import add_staff
from csperf_desktop.monthly.standings import live_standings
from csperf_desktop.base.vocab import revision_label

OCT = Month(2026, 10)


@pytest.fixture
def lead(office, supervisor):
    """A team lead with the best score of the month, beside the five agents."""
    add_staff(supervisor, employee_no="L01", name="孙组长", role="team_lead", team="一组", hire_date="2020-01-01")
    add_event(supervisor, "L01", "B07", "2026-10-05")
    add_event(supervisor, "A01", "B03", "2026-10-05")
    return office


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _row(model, no):
    return next(i for i, s in enumerate(model.rows) if s.employee_no == no)


def test_the_standings_table_shows_the_team_lead_after_the_agents_without_a_rank(qtbot, lead, chinese):
    from csperf_desktop.gui.daily.daily_models import StandingsModel

    model = StandingsModel()
    model.set_rows(live_standings(OCT))
    i = _row(model, "L01")
    assert i == len(model.rows) - 1
    assert model.index(i, model.RANK).data() == "—"
    assert model.index(i, model.SCORE).data() == "90"
    assert model.index(i, model.MARKS).data() == "不参与排名"
    assert "客服主管" in model.index(i, model.NAME).data(Qt.ToolTipRole)
    a01 = _row(model, "A01")
    assert model.index(a01, model.RANK).data() == "1" and "优秀奖 300" in model.index(a01, model.MARKS).data()


def test_the_settings_dialog_ranks_roles_with_one_check_box_each(qtbot, lead, qapp):
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.gui.admin.settings_dialog import RoleChecks, SettingsDialog

    dialog = SettingsDialog(AppContext(Actor("admin", "admin", "管理员")))
    qtbot.addWidget(dialog)
    roles = dialog.widgets["ranked_roles"]
    assert isinstance(roles, RoleChecks)
    assert [code for code, box in roles.boxes.items() if box.isChecked()] == ["agent"]
    assert [box.text() for box in roles.boxes.values()] == ["Agent", "Team lead", "QA inspector"]
    roles.boxes["agent"].setChecked(False)
    dialog.save()  # nobody ranked: refused, the setting kept
    assert "至少要有一个岗位" in dialog.error_labels["ranked_roles"].text()
    roles.boxes["agent"].setChecked(True)
    roles.boxes["team_lead"].setChecked(True)
    dialog.widgets["bulletin_show_unranked"].setChecked(True)
    dialog.save()
    s = settings_mod.load()
    assert (s.ranked_roles, s.bulletin_show_unranked) == ("agent,team_lead", True)
    assert {r.employee_no: r.rank for r in live_standings(OCT)}["L01"] == 1
    dialog.grab().save("/tmp/ranked-settings.png")


def test_one_upheld_appeal_reads_version_2_revised_on_screen_paper_cli_and_excel(
        qtbot, lead, supervisor, make_window, chinese, db, tmp_path, capsys):
    from csperf_desktop.cli import main
    from csperf_desktop.excel.exporters import export_appeals, export_month
    from csperf_desktop.gui.appeals.appeal_models import AppealsModel
    from csperf_desktop.gui.appeals.tab import AppealsTab
    from csperf_desktop.gui.shell.context import AppContext
    from csperf_desktop.reports.bulletin import write_bulletin

    d = add_event(supervisor, "A02", "D01", "2026-10-08")
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    a = record_appeal(supervisor, OCT, "A02", [d.id], "系统故障", "wrong_facts")
    decide_appeal(supervisor, a.id, "upheld", "核实属实")
    label = revision_label(2)
    assert label == "第 2 版（修订）"
    seen = {}

    window = make_window()
    seen["month bar"] = window.status_label.text()
    seen["standings note"] = window.daily_tab.standings_note.text()
    tab = AppealsTab(AppContext(supervisor))
    qtbot.addWidget(tab)
    tab.resize(1300, 650)
    tab.month_filter.setCurrentIndex(tab.month_filter.findData(OCT.key))
    row = tab.model.row_of(a.id)
    assert row >= 0
    seen["appeals list"] = tab.model.index(row, AppealsModel.REVISION).data()
    tab.table.selectRow(row)
    seen["appeal detail"] = tab.detail.text()

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reports"))
    from report_pdf_helpers import pdf_text

    seen["bulletin"] = pdf_text(write_bulletin(OCT, tmp_path / "b.pdf"))
    path = os.environ.get("CSPERF_TEST_DB") or db.database
    capsys.readouterr()
    assert main(["standings", "--db", path, "--month", "2026-10"]) == 0
    seen["cli"] = capsys.readouterr().out
    month_ws = load_workbook(export_month(tmp_path / "m.xlsx", OCT)).worksheets[0]
    seen["excel month"] = "\n".join(str(c.value) for r in month_ws.iter_rows() for c in r if c.value is not None)
    appeals_ws = load_workbook(export_appeals(tmp_path / "a.xlsx", OCT)).worksheets[0]
    seen["excel appeals"] = "\n".join(str(c.value) for r in appeals_ws.iter_rows() for c in r if c.value is not None)

    for where, text in seen.items():
        assert label in text, where
        for other in ("修订版", "第1次", "第 1 次", "第 2 次", "第2版", "rev."):
            assert other not in text, (where, other)
    window.grab().save("/tmp/ranked-window.png")
    tab.grab().save("/tmp/ranked-appeals.png")


def test_the_publish_preview_counts_the_ranked_and_names_the_others(qtbot, lead, ctx):
    from csperf_desktop.gui.daily import publish_dialog

    dialog = publish_dialog.PublishDialog(ctx, OCT)
    qtbot.addWidget(dialog)
    summary = dialog.ui.summary.text()
    assert "5 people ranked." in summary and "Not ranked (role): 孙组长." in summary
    assert "Excellence award: 甲 300." in summary  # the team lead's 90 does not take it
