"""The one-pass events check: a clean sheet is planned exactly as the row-by-row path plans it;
anything else falls back to that path and its messages; what the import writes is audited byte
for byte as recording one event at a time, and the chain verifies."""

import datetime as dt

import pytest

from csperf_desktop.base.months import Month
from csperf_desktop.excel import apply_import, checks, read_import
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.office.staff import update_staff
from csperf_desktop.store.models import AuditEntry, Rule, ScoreEvent

HEADER = ["日期", "工号", "姓名", "项目代码", "分值", "次数", "考核方式", "单号", "备注"]


@pytest.fixture
def passes(monkeypatch):
    """Counts the one-pass check's answers: [taken, declined]."""
    seen = [0, 0]
    original = checks.CLEAN_PASS["events"]

    def spy(*args, **kw):
        done = original(*args, **kw)
        seen[0 if done else 1] += 1
        return done

    monkeypatch.setitem(checks.CLEAN_PASS, "events", spy)
    return seen


def _both_ways(path, monkeypatch):
    fast = read_import(path, "events")
    with monkeypatch.context() as m:
        m.delitem(checks.CLEAN_PASS, "events")
        slow = read_import(path, "events")
    return fast, slow


def _plan(preview):
    return [(r.row, r.action, r.label, r.values, [type(v) for v in r.values.values()], r.changes, r.target,
             r.note) for r in preview.rows]


def _monthly_code():
    return Rule.select().where((Rule.unit == "month") & (Rule.active == True)).first().code  # noqa: E712


CLEAN_SHEETS = {
    "plain": [HEADER,
              ["2026-10-02", "A01", "甲", "D04", -2, 1, "督查", "DD1", "错别字"],
              [dt.datetime(2026, 10, 3), "A02", None, "B03", None, None, None, None, None],
              ["2026/9/30", " A03 ", "丙", "d04", "3", "2", "随机抽查", 1001, '说"明"']],
    "no optional columns": [["date", "employee_no", "rule_code"],
                            ["2026-10-02", "A01", "D04"], ["2026-09-02", "A05", "B03"]],
    "text with line ends and spaces": [["date", "employee_no", "rule_code", "reference", "note"],
                                       ["2026-10-02", " A01", "D04", " DD1 ", "第一行\r\n第二行"],
                                       ["2026-10-03", "A02 ", "B03", "DD2", "  "]],
    "whole numbers as numbers": [["date", "employee_no", "rule_code", "points", "quantity"],
                                 ["2026-10-02", "A01", "D04", -2.0, 2.0], ["2026-10-03", "A02", "D04", 3.0, 1.0]],
    "a per-month rule once each": [["date", "employee_no", "rule_code"],
                                   ["2026-10-02", "A01", "MONTHLY"], ["2026-10-05", "A02", "MONTHLY"],
                                   ["2026-09-05", "A01", "MONTHLY"]],
}


@pytest.mark.parametrize("name", sorted(CLEAN_SHEETS))
def test_a_clean_sheet_is_planned_as_the_row_by_row_path_plans_it(office, xlsx, monkeypatch, passes, name):
    code = _monthly_code()
    rows = [[code if c == "MONTHLY" else c for c in row] for row in CLEAN_SHEETS[name]]
    fast, slow = _both_ways(xlsx(rows), monkeypatch)
    assert passes == [1, 0]
    assert fast.ok and slow.ok, [p.text() for p in slow.problems]
    assert _plan(fast) == _plan(slow) and fast.months == slow.months and fast.notes == slow.notes
    assert fast.data_rows == slow.data_rows and fast.summary() == slow.summary()


def test_events_already_recorded_are_planned_as_the_same_as_row_by_row(office, supervisor, xlsx, monkeypatch,
                                                                      passes):
    add_event(supervisor, "A01", "D04", "2026-10-02", 2, 1, reference="DD1", note="错别字")
    path = xlsx([HEADER, ["2026-10-02", "A01", "甲", "D04", -2, 1, "督查", "DD1", "错别字"],
                 ["2026-10-02", "A01", "甲", "D04", -2, 1, "督查", "DD1", "错别字"]])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [1, 0]
    assert _plan(fast) == _plan(slow)
    assert [r.action for r in fast.rows] == ["same", "add"]


def _irregular(office, supervisor):
    code = _monthly_code()
    add_event(supervisor, "A04", code, "2026-10-01")
    return {
        "unknown person": ["2026-10-02", "ZZ9", None, "D04", -2, 1],
        "name not matching": ["2026-10-02", "A01", "乙", "D04", -2, 1],
        "future day": ["2026-10-30", "A01", None, "D04", -2, 1],
        "too early": ["1999-12-31", "A01", None, "D04", -2, 1],
        "before hiring": ["2019-12-31", "A01", None, "D04", -2, 1],
        "unknown code": ["2026-10-02", "A01", None, "ZZ9", -2, 1],
        "points out of range": ["2026-10-02", "A01", None, "B03", 99, 1],
        "quantity out of range": ["2026-10-02", "A01", None, "D04", -2, 101],
        "blank date": [None, "A01", None, "D04", -2, 1],
        "bad date": ["2026-13-45", "A01", None, "D04", -2, 1],
        "per-month rule already taken": ["2026-10-03", "A04", None, code, None, 1],
        "per-month rule twice": ["2026-10-03", "A05", None, code, None, 2],
    }


@pytest.mark.parametrize("case", ["unknown person", "name not matching", "future day", "too early", "before hiring",
                                  "unknown code", "points out of range", "quantity out of range", "blank date",
                                  "bad date", "per-month rule already taken", "per-month rule twice"])
def test_an_irregular_row_falls_back_to_the_row_by_row_messages(office, supervisor, xlsx, monkeypatch, passes, case):
    bad = _irregular(office, supervisor)[case]
    path = xlsx([HEADER[:6], ["2026-10-02", "A02", "乙", "D04", -2, 1], bad])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [0, 1]
    assert fast.problems and [p.text() for p in fast.problems] == [p.text() for p in slow.problems]


def test_the_templates_example_row_falls_back_and_is_skipped_as_row_by_row(office, xlsx, monkeypatch, passes):
    from csperf_desktop.excel.templates import example_cells
    from csperf_desktop.excel.headers import kind_by_key

    ex = example_cells(kind_by_key("events"))
    keys = ["date", "employee_no", "rule_code", "points", "quantity"]
    path = xlsx([keys, [ex[key] for key in keys], ["2026-10-08", "A01", "D04", -3, 1]])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [0, 1]
    assert _plan(fast) == _plan(slow) and fast.notes == slow.notes and fast.notes


def test_a_person_who_left_and_a_locked_month_fall_back(office, supervisor, xlsx, monkeypatch, passes):
    update_staff(supervisor, "A03", leave_date="2026-09-15")
    publish_month(supervisor, Month(2026, 8))
    path = xlsx([HEADER[:6], ["2026-09-20", "A03", None, "D04", -2, 1], ["2026-08-20", "A02", None, "D04", -2, 1]])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [0, 1]
    assert len(fast.problems) == 2 and [p.text() for p in fast.problems] == [p.text() for p in slow.problems]


def test_an_imported_event_is_audited_as_one_recorded_alone_and_the_chain_verifies(office, supervisor, xlsx, passes):
    path = xlsx([HEADER] + [[f"2026-10-{10 + n % 9:02d}", f"A0{1 + n % 5}", None, ("D04", "B03")[n % 2],
                             None, 1 + n % 2, "督查", f"DD{n}", ("抽查", "", "引号\"")[n % 3]] for n in range(40)])
    preview = read_import(path, "events")
    assert passes == [1, 0] and preview.ok
    apply_import(supervisor, preview)
    assert ScoreEvent.select().count() == 40
    imported = ScoreEvent.select().where(ScoreEvent.reference == "DD7").get()
    alone = add_event(supervisor, "A03", "B03", "2026-10-17", None, 2, reference="DD7", note="")
    after = {int(e.entity_id): (e.staff_id, e.month, e.after) for e in
             AuditEntry.select().where((AuditEntry.action == "add_event")
                                       & AuditEntry.entity_id.in_([str(imported.id), str(alone.id)]))}
    assert after[imported.id] == after[alone.id]
    assert verify_database() == []


def test_an_import_reads_and_writes_with_the_collector_paused_and_leaves_it_as_it_was(
        office, supervisor, xlsx, monkeypatch, passes):
    import gc

    from csperf_desktop.excel import ImportInvalid

    seen = []
    original = checks.WRITERS["events"]

    def writer(*args, **kw):
        seen.append(("write", gc.isenabled()))
        return original(*args, **kw)

    monkeypatch.setitem(checks.WRITERS, "events", writer)
    plan = checks.CLEAN_PASS["events"]
    monkeypatch.setitem(checks.CLEAN_PASS, "events", lambda *a, **k: seen.append(("read", gc.isenabled())) or plan(*a, **k))
    good = xlsx([HEADER, ["2026-10-02", "A01", "甲", "D04", -2, 1, "督查", "DD1", "错别字"]])
    assert gc.isenabled()
    apply_import(supervisor, read_import(good, "events"))
    assert seen == [("read", False), ("write", False)] and gc.isenabled()
    bad = read_import(xlsx([HEADER, ["2026-10-02", "Z99", "无此人", "D04", -2, 1, "督查", "", ""]]), "events")
    assert bad.problems and gc.isenabled()
    with pytest.raises(ImportInvalid):
        apply_import(supervisor, bad)
    assert gc.isenabled()
    gc.disable()  # switched off by someone else: stays off
    try:
        read_import(good, "events")
        assert not gc.isenabled()
    finally:
        gc.enable()
