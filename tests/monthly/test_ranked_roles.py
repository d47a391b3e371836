"""Who is ranked: seed 000 scores the online customer-service agents. A team lead or a
quality inspector keeps a score but has no rank, no award and no warning (setting
``ranked_roles``), on screen, on paper, in the CLI and in Excel alike."""

from __future__ import annotations

import json
import os

import pytest
from openpyxl import load_workbook

from csperf_desktop.base.errors import ValidationError
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import MonthlyResult, Period
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.office.settings import load, update_settings
from csperf_desktop.office.staff import add_staff
from csperf_desktop.monthly.standings import live_standings, published_standings

OCT = Month(2026, 10)
SEP = Month(2026, 9)


def by_no(rows):
    return {r.employee_no: r for r in rows}


@pytest.fixture
def mixed(office, supervisor):
    """Five agents A01..A05, team lead L01 (90, the best score) and inspector Q01 (40, the worst).

    October: L01 +10, A01 +5, A05 57, Q01 40 — the same in September, so A05 and Q01 are
    both "lowest" two months running."""
    add_staff(supervisor, employee_no="L01", name="孙组长", role="team_lead", team="一组", hire_date="2020-01-01")
    add_staff(supervisor, employee_no="Q01", name="马质检", role="qa", team="一组", hire_date="2020-01-01")
    for month in ("2026-09", "2026-10"):
        add_event(supervisor, "L01", "B07", f"{month}-05")
        add_event(supervisor, "A01", "B03", f"{month}-05")
        add_event(supervisor, "A05", "D12", f"{month}-06")
        add_event(supervisor, "A05", "D04", f"{month}-07", points=1, quantity=3)
        add_event(supervisor, "Q01", "D12", f"{month}-06")
        add_event(supervisor, "Q01", "D12", f"{month}-08")
    return office


def test_team_leads_and_inspectors_are_not_ranked_by_default(mixed):
    rows = live_standings(OCT)
    got = by_no(rows)
    lead, inspector = got["L01"], got["Q01"]
    assert (lead.final, lead.rank, lead.ranked, lead.bonus) == (90, None, False, 10)
    assert (inspector.final, inspector.rank, inspector.ranked, inspector.deduction) == (40, None, False, 40)
    assert lead.change == 0 and inspector.change == 0  # the change column still counts for them
    assert got["A01"].rank == 1 and got["A05"].rank == 5
    assert {r.ranked_count for r in rows} == {5}
    # The ranked come first, by rank; the others after them.
    assert [r.employee_no for r in rows[-2:]] == ["L01", "Q01"]
    assert [r.rank for r in rows[:5]] == [1, 2, 2, 2, 5]


def test_the_award_goes_to_the_best_ranked_agent_not_the_higher_scoring_team_lead(mixed):
    got = by_no(live_standings(OCT))
    assert got["A01"].award and got["A01"].award_amount == 300
    assert not got["L01"].award and got["L01"].award_amount == 0


@pytest.mark.parametrize("publish_september", [False, True])
def test_the_warning_falls_on_the_last_ranked_agent_never_on_an_unranked_inspector(
        mixed, supervisor, publish_september):
    if publish_september:  # last month's last place read from the snapshot, not recomputed
        publish_month(supervisor, SEP)
        assert MonthlyResult.get(month="2026-09", employee_no="Q01").rank == 0
    got = by_no(live_standings(OCT))
    assert got["A05"].warning  # 57 < 60, last of the ranked in September and October
    assert not got["Q01"].warning  # 40, but not ranked: never last place


def test_the_setting_can_rank_team_leads_too(mixed, admin):
    update_settings(admin, {"ranked_roles": "team_lead, agent"})
    assert load().ranked_roles == "agent,team_lead"  # one spelling, in the roles' order
    got = by_no(live_standings(OCT))
    assert got["L01"].ranked and got["L01"].rank == 1 and got["L01"].award
    assert not got["A01"].award and got["A01"].rank == 2
    assert got["Q01"].rank is None and not got["Q01"].warning
    assert got["A01"].ranked_count == 6


@pytest.mark.parametrize("value,fragment", [("agent,boss", "boss"), ("", "至少要有一个岗位")])
def test_an_unknown_or_empty_ranked_roles_value_is_refused(db, admin, value, fragment):
    with pytest.raises(ValidationError, match=fragment):
        update_settings(admin, {"ranked_roles": value})
    assert load().ranked_roles == "agent"


def test_the_snapshot_keeps_unranked_people_apart_and_verify_still_passes(mixed, supervisor):
    period = publish_month(supervisor, OCT, anyway="测试：月中公示")
    stored = MonthlyResult.get(month="2026-10", employee_no="L01")
    assert (stored.ranked, stored.rank, stored.final, stored.ranked_count) == (False, 0, 90, 5)
    assert MonthlyResult.get(month="2026-10", employee_no="A01").ranked
    back = by_no(published_standings(OCT))
    assert back["L01"].rank is None and not back["L01"].ranked and back["L01"].final == 90
    assert [r.employee_no for r in published_standings(OCT)][-2:] == ["L01", "Q01"]
    assert verify_database() == []
    # The fingerprint still catches a changed score of someone unranked.
    MonthlyResult.update(final=95).where(MonthlyResult.id == stored.id).execute()
    problems = verify_database()
    assert problems and period.fingerprint in problems[-1]


def test_verify_passes_after_an_upheld_appeal_re_issues_a_month_with_unranked_people(mixed, supervisor):
    from csperf_desktop.monthly.appeals import decide_appeal, record_appeal
    from csperf_desktop.store.models import ScoreEvent

    publish_month(supervisor, OCT, anyway="测试：月中公示")
    d12 = ScoreEvent.get((ScoreEvent.month == "2026-10") & (ScoreEvent.rule_code == "D12")
                         & (ScoreEvent.staff == mixed["A05"].id))
    decided = decide_appeal(supervisor, record_appeal(supervisor, OCT, "Q01", [], "整体有误", "wrong_facts").id,
                            "rejected", "不成立")
    assert decided.rank_before is None and decided.rank_after is None
    a = record_appeal(supervisor, OCT, "A05", [d12.id], "不是我", "wrong_facts")
    decided = decide_appeal(supervisor, a.id, "upheld", "核实属实")
    assert Period.get(month="2026-10").revision == 2
    assert (decided.score_before, decided.score_after, decided.rank_before, decided.rank_after) == (57, 77, 5, 5)
    assert verify_database() == []


def test_standings_json_marks_the_unranked_with_a_null_rank(mixed, supervisor, db, capsys):
    from csperf_desktop.cli import main

    publish_month(supervisor, OCT, anyway="测试：月中公示")
    path = os.environ.get("CSPERF_TEST_DB") or db.database
    capsys.readouterr()
    assert main(["standings", "--db", path, "--month", "2026-10", "--json"]) == 0
    rows = {r["employee_no"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["L01"]["ranked"] is False and rows["L01"]["rank"] is None and rows["L01"]["final"] == 90
    assert rows["A01"]["ranked"] is True and rows["A01"]["rank"] == 1
    assert main(["standings", "--db", path, "--month", "2026-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    lead = next(i for i, ln in enumerate(lines) if "L01" in ln)
    assert "不参与排名" in lines[lead] and "不参与排名" not in lines[lead - 3]
    assert lead > max(i for i, ln in enumerate(lines) if "A0" in ln)


def _bulletin_text(path, **options) -> str:
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "reports"))
    from report_pdf_helpers import pdf_text

    from csperf_desktop.reports.bulletin import BulletinOptions, write_bulletin

    return pdf_text(write_bulletin(OCT, path, BulletinOptions(**options)))


def test_the_bulletin_ranks_only_the_agents_and_leaves_the_others_off_by_default(mixed, supervisor, tmp_path):
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    text = _bulletin_text(tmp_path / "b.pdf")
    assert "参评人数 5 人" in text
    assert "孙组长" not in text and "马质检" not in text and "L01" not in text
    assert "不参与排名" not in text
    assert "第一名\n甲\n85 分" in text and "优秀奖\n甲\n300 元" in text


def test_the_bulletin_lists_the_unranked_apart_when_the_setting_asks(mixed, supervisor, admin, tmp_path):
    publish_month(supervisor, OCT, anyway="测试：月中公示")
    update_settings(admin, {"bulletin_show_unranked": True})
    text = _bulletin_text(tmp_path / "b.pdf")
    section = text[text.index("不参与排名（"):]
    assert "客服主管、质检专员，共 2 人" in section.splitlines()[0]
    assert "孙组长" in section and "马质检" in section and "90" in section
    ranking = text[:text.index("不参与排名（")]
    assert "孙组长" not in ranking  # neither in the table nor on the cards
    # The print option overrides the setting.
    assert "孙组长" not in _bulletin_text(tmp_path / "c.pdf", show_unranked=False)


def test_the_scorecard_of_a_team_lead_says_not_ranked(mixed, supervisor, tmp_path):
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "reports"))
    from report_pdf_helpers import pdf_text

    from csperf_desktop.reports.scorecard import write_scorecards

    publish_month(supervisor, OCT, anyway="测试：月中公示")
    [out] = write_scorecards(OCT, tmp_path / "cards.pdf")
    text = pdf_text(out)
    lead = text[text.index("孙组长"):]
    lead = lead[:lead.index("被考核人签字")]
    assert "不参与排名" in lead and "名次（共" not in lead
    assert "名次（共 5 人）" in text  # the agents' cards


def test_the_excel_month_sheet_writes_not_ranked_for_the_others(mixed, supervisor, tmp_path):
    from csperf_desktop.excel.exporters import export_month

    publish_month(supervisor, OCT, anyway="测试：月中公示")
    ws = load_workbook(export_month(tmp_path / "m.xlsx", OCT)).worksheets[0]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "名次")
    by = {r[1]: r for r in rows[header + 1:] if r[1] in ("A01", "L01", "Q01")}
    assert by["A01"][0] == 1 and by["L01"][0] == "不参与排名" and by["Q01"][0] == "不参与排名"
