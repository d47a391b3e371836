"""The benchmark's offices are real, audited offices (``verify`` passes on them); its figures
carry a floor or a bound and say whether they are met; its output keeps the JSON keys and
gives the README's table; the floors of the printing figures write the same kind of PDF."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from csperf_desktop.devtools import bench, floors
from csperf_desktop.store.db import close_database, open_database


@pytest.fixture
def small_office(tmp_path):
    location = str(tmp_path / "bench.db")
    month_list = bench.build_office(location, agents=3, months=3)
    yield location, month_list
    close_database()


def test_a_bench_office_is_written_through_the_services_and_verifies(small_office):
    from csperf_desktop.monthly.verify import verify_report
    from csperf_desktop.store.models import AuditEntry, Period, ScoreEvent

    location, month_list = small_office
    open_database(location)
    events = ScoreEvent.select().count()
    assert events == 3 * 3 * bench.EVENTS_PER_AGENT_MONTH
    assert AuditEntry.select().where(AuditEntry.action == "add_event").count() == events
    assert verify_report(anchors=[]).problems == []
    published = {p.month for p in Period.select() if p.status == "published"}
    assert published == {m.key for m in month_list[:-1]}  # the last month stays open, ready to publish


def test_the_floor_of_verify_hashes_the_same_chain(small_office):
    location, _ = small_office
    open_database(location)
    rows = bench.raw_rows("SELECT id, at, actor, action, entity, entity_id, staff_id, month, before, after, reason,"
                          " prev_hash, hash FROM audit_entry ORDER BY id")
    assert rows and bench.hash_chain(rows) == 0
    tampered = list(rows)
    tampered[3] = tampered[3][:9] + ('{"x":1}',) + tampered[3][10:]
    assert bench.hash_chain(tampered) == 1


def test_figures_say_whether_they_are_met_and_the_exit_code_follows():
    ok = bench.ratio_figure("verify_S", 0.375, 0.25, 2)
    slow = bench.absolute_figure("demo_build", 2.0, 1.5)
    small = bench.absolute_figure("standings_S", 0.0007, 0.005, floor=0.0002)
    assert (ok.met, ok.ratio, ok.target) == (True, 1.5, "≤ 2 × floor")
    assert (slow.met, slow.target) == (False, "≤ 1.5 s")
    assert (small.met, small.target) == (True, "≤ 5 ms")
    reported = bench.Figure("build_office_S", 2.0, None, "reported", None)
    assert bench.exit_code([ok, small, reported]) == 0
    assert bench.exit_code([ok, slow]) == 1
    assert bench.exit_code([ok, bench.failed("bulletin_20", "≤ 2 × floor", RuntimeError("字体缺失"))]) == 2


def test_a_printing_figure_with_a_floor_of_a_few_milliseconds_gets_an_absolute_bound():
    ratio = bench.printing_figure("bulletin_200", 0.020, 0.012, 2, "the wall bulletin")
    assert (ratio.target, ratio.met, ratio.ratio) == ("≤ 2 × floor", True, 0.020 / 0.012)
    # At S the bulletin's floor is about a millisecond: 3 ms would be "2.5×, not met"
    small = bench.printing_figure("bulletin_20", 0.003, 0.0012, 2, "the wall bulletin")
    assert (small.target, small.met, small.floor) == ("≤ 20 ms", True, 0.0012)
    assert "under 10 ms" in small.note
    assert not bench.printing_figure("bulletin_20", 0.025, 0.0012, 2, "").met


def test_the_json_keeps_its_keys_and_the_markdown_is_the_readme_table():
    figures = [bench.ratio_figure("verify_L", 3.0, 2.0, 2), bench.absolute_figure("peak_memory_L", 150, 200, "MB")]
    machine = bench.machine()
    data = json.loads(json.dumps(bench.payload(figures, machine, "L")))
    assert [set(f) >= {"name", "value", "floor", "ratio", "target", "met"} for f in data["figures"]] == [True, True]
    assert data["figures"][0]["ratio"] == 1.5 and data["exit"] == 0
    table = bench.markdown(figures, machine, "L").splitlines()
    assert machine["cpu"] in table[0] and f"{machine['cores']} cores" in table[0] and machine["python"] in table[0]
    assert table[2] == "| figure | value | floor | ratio | target | met |"
    assert table[4] == "| verify_L | 3.00 s | 2.00 s | 1.50 | ≤ 2 × floor | yes |"
    assert table[5] == "| peak_memory_L | 150 MB | — | — | ≤ 200 MB | yes |"


def _characters(path) -> Counter:
    from tests.report_pdf_helpers import pdf_text

    return Counter(ch for ch in pdf_text(path) if not ch.isspace())


@pytest.mark.parametrize("name", ["cards", "bulletin", "annual"])
def test_the_printing_floors_draw_the_printouts_text_on_a_bare_canvas(small_office, tmp_path, name):
    """A floor draws what its printout prints — bands, footers, headings, labels and values —
    or its ratio flatters the layout: at least 70 % of the printout's characters (a printout
    repeats its band and footer on more pages), each person's name and every event's item."""
    from csperf_desktop.reports.annual_report import write_annual_review
    from csperf_desktop.reports.bulletin import write_bulletin
    from csperf_desktop.reports.scorecard import write_scorecards
    from csperf_desktop.monthly.events import valid_events_by_staff
    from csperf_desktop.monthly.standings import standings

    location, month_list = small_office
    open_database(location)
    month = month_list[-2]
    printout, floor = tmp_path / f"{name}.pdf", tmp_path / f"{name}-floor.pdf"
    {"cards": lambda: (write_scorecards(month, printout), floors.scorecards(floor, month)),
     "bulletin": lambda: (write_bulletin(month, printout), floors.bulletin(floor, month)),
     "annual": lambda: (write_annual_review(month.year, printout), floors.annual_reports(floor, month.year))}[name]()
    printed, drawn = _characters(printout), _characters(floor)
    assert sum((printed & drawn).values()) >= 0.7 * sum(printed.values())
    from tests.report_pdf_helpers import pdf_text

    text = pdf_text(floor)
    people = standings(month)
    assert len(people) == 3 and all(p.name in text and p.employee_no in text for p in people)
    if name == "cards":
        items = [f"{ev.rule_code} {ev.rule_name}" for evs in valid_events_by_staff(month).values() for ev in evs]
        assert len(items) == 3 * bench.EVENTS_PER_AGENT_MONTH and all(item in text for item in items)


def test_the_events_file_of_the_import_figure_imports_as_ten_thousand_events(tmp_path):
    from python_calamine import CalamineWorkbook

    path = tmp_path / "events.xlsx"
    bench.write_events_file(path, bench.last_month())
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0][:5] == ["日期", "工号", "项目代码", "分值", "次数"] and len(rows) == bench.IMPORT_ROWS + 1


def test_the_bench_command_prints_json_alone_on_stdout_and_exits_as_its_figures_say(monkeypatch, capsys):
    from csperf_desktop.cli import main

    seen = {}

    def fake_run(size, *, db_url=None, quick=False):
        seen.update(size=size, db_url=db_url)
        return [bench.ratio_figure("verify_S", 3.0, 1.0, 2), bench.absolute_figure("publish_S", 0.1, 0.5)]

    monkeypatch.setattr(bench, "run", fake_run)
    assert main(["bench", "--size", "S", "--json", "--markdown"]) == 1  # verify_S missed its target
    out = capsys.readouterr()
    assert [f["name"] for f in json.loads(out.out)["figures"]] == ["verify_S", "publish_S"]
    assert "| verify_S | 3.00 s | 1.00 s | 3.00 | ≤ 2 × floor | NO |" in out.err
    assert seen == {"size": "S", "db_url": None}


def test_the_bench_command_takes_only_a_postgresql_address_for_db(capsys):
    from csperf_desktop.cli import main

    assert main(["bench", "--size", "S", "--db", "office.db"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
