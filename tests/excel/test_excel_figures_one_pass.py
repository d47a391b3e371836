"""The one-pass figures check: a clean sheet is planned exactly as the row-by-row path plans it;
anything else falls back to that path and its messages; what it writes is audited byte for byte
as saving one person at a time."""

import datetime as dt
import json

import pytest

from csperf_desktop.excel import apply_import, checks, read_import
from csperf_desktop.monthly.figures import FIELDS, save_figures
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.base.months import Month
from csperf_desktop.store.models import AuditEntry, MonthlyFigures
from csperf_desktop.trust.audit import verify_chain

OCT = Month(2026, 10)
HEADER = ["月份", "工号", "姓名", "客户满意度(%)", "平均响应时长(秒)", "平均处理时长(秒)", "一次解决率(%)", "接待量",
          "销售额(元)", "订单数", "迟到次数", "早退次数", "缺勤天数"]


@pytest.fixture
def passes(monkeypatch):
    """Counts the one-pass check's answers: [taken, declined]."""
    seen = [0, 0]
    original = checks.CLEAN_PASS["figures"]

    def spy(*args, **kw):
        done = original(*args, **kw)
        seen[0 if done else 1] += 1
        return done

    monkeypatch.setitem(checks.CLEAN_PASS, "figures", spy)
    return seen


def _both_ways(path, monkeypatch, **kw):
    fast = read_import(path, "figures", **kw)
    with monkeypatch.context() as m:
        m.delitem(checks.CLEAN_PASS, "figures")
        slow = read_import(path, "figures", **kw)
    return fast, slow


def _plan(preview):
    return [(r.row, r.action, r.label, r.values, [type(v) for v in r.values.values()], r.changes, r.target,
             r.note) for r in preview.rows]


CLEAN_SHEETS = {
    "plain numbers": [HEADER,
                      ["2026-10", "A01", "甲", 0.93, 35, 245, 0.8, 1260, 58600, 112, 0, 0, 0],
                      ["2026-10", "A02", None, 0.955, 40.5, 300, 0.75, 900, 1000.5, 10, 1, 0, 0.5],
                      ["2026-09", "A01", "甲", 1, 50, 310, 1, 800, 0, 0, 0, 0, 1]],
    "percent points and fractions mixed": [HEADER,
                                           ["2026-10", "A01", "甲", 93, 35, 245, 80, 1260, 58600, 112, 0, 0, 0],
                                           ["2026-10", "A02", "乙", 0.95, 35, 245, 0.8, 1260, 58600, 112, 0, 0, 0]],
    "text cells the parsers take": [HEADER,
                                    ["2026年10月", "A01", "甲", "93%", "0:35", "4:05", "80%", "1,260", "58600元",
                                     "112", "0", 0, "0.5"],
                                    [dt.datetime(2026, 10, 1), " A02 ", "乙", 95, 35, 245, 70, 100, 1, 1, 0, 0, 0]],
    "blank cells": [HEADER,
                    ["2026-10", "A01", "甲", None, 35, None, 0.8, None, 58600, 112, None, 0, None],
                    ["2026-10", "A02", "乙", 0.9, None, 245, None, 10, None, None, 0, None, 0]],
}


@pytest.mark.parametrize("name", sorted(CLEAN_SHEETS))
def test_a_clean_sheet_is_planned_as_the_row_by_row_path_plans_it(office, xlsx, monkeypatch, passes, name):
    fast, slow = _both_ways(xlsx(CLEAN_SHEETS[name]), monkeypatch)
    assert passes == [1, 0]
    assert fast.ok and slow.ok, [p.text() for p in slow.problems]
    assert _plan(fast) == _plan(slow) and fast.months == slow.months and fast.notes == slow.notes
    assert fast.data_rows == slow.data_rows and fast.summary() == slow.summary()


def test_changes_to_existing_figures_are_listed_as_the_row_by_row_path_lists_them(office, supervisor, xlsx,
                                                                                   monkeypatch, passes):
    save_figures(supervisor, OCT, {"A01": {"csat_pct": 88, "contacts": 100}, "A02": {"csat_pct": 91}})
    path = xlsx([["month", "employee_no", "csat_pct", "contacts"], ["2026-10", "A01", 92, 100],
                 ["2026-10", "A02", 91, None], ["2026-10", "A03", 90, 5]])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [1, 0]
    assert [r.action for r in fast.rows] == ["change", "same", "add"]
    assert fast.rows[0].changes == [("客户满意度(%)", "88", "92")]
    assert _plan(fast) == _plan(slow)


def test_the_month_given_by_the_caller(office, xlsx, monkeypatch, passes):
    path = xlsx([["工号", "接待量"], ["A01", 5], ["A02", 6]])
    fast, slow = _both_ways(path, monkeypatch, month="2026-10")
    assert passes == [1, 0] and _plan(fast) == _plan(slow) and fast.rows[0].target[0] == OCT


BAD_SHEETS = {
    "unknown employee no.": ["2026-10", "Z99", None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "blank employee no.": ["2026-10", None, None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "name that does not match": ["2026-10", "A02", "甲", 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "same person twice": ["2026-10", "A01", None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "future month": ["2027-01", "A02", None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "blank month": [None, "A02", None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "month that is not one": ["十月", "A02", None, 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "percent out of range": ["2026-10", "A02", None, 120, 35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "negative seconds": ["2026-10", "A02", None, 0.9, -35, 245, 0.8, 10, 10, 1, 0, 0, 0],
    "fraction where a count goes": ["2026-10", "A02", None, 0.9, 35, 245, 0.8, 10.5, 10, 1, 0, 0, 0],
    "too many late days": ["2026-10", "A02", None, 0.9, 35, 245, 0.8, 10, 10, 1, 40, 0, 0],
    "text that is no number": ["2026-10", "A02", None, 0.9, "abc", 245, 0.8, 10, 10, 1, 0, 0, 0],
    "a time cell without seconds": ["2026-10", "A02", None, 0.9, dt.time(0, 35), 245, 0.8, 10, 10, 1, 0, 0, 0],
    "a true/false cell": ["2026-10", "A02", None, 0.9, 35, 245, 0.8, True, 10, 1, 0, 0, 0],
}


@pytest.mark.parametrize("name", sorted(BAD_SHEETS))
def test_a_sheet_with_a_problem_gets_the_row_by_row_messages(office, xlsx, monkeypatch, passes, name):
    rows = [HEADER, ["2026-10", "A01", "甲", 0.9, 35, 245, 0.8, 10, 10, 1, 0, 0, 0], BAD_SHEETS[name]]
    fast, slow = _both_ways(xlsx(rows), monkeypatch)
    assert passes == [0, 1]
    assert not fast.ok and fast.rows == []
    assert [p.text() for p in fast.problems] == [p.text() for p in slow.problems]


def test_a_locked_month_and_the_example_row_take_the_row_by_row_path(office, supervisor, xlsx, monkeypatch,
                                                                      passes):
    from csperf_desktop.excel.headers import kind_by_key
    from csperf_desktop.excel.templates import example_cells

    publish_month(supervisor, Month(2026, 9))
    fast, slow = _both_ways(xlsx([["月份", "工号", "接待量"], ["2026-09", "A01", 10], ["2026-09", "A02", 10]]),
                            monkeypatch)
    assert passes == [0, 1] and "已公示" in fast.problems[0].message
    assert [p.text() for p in fast.problems] == [p.text() for p in slow.problems]
    example = example_cells(kind_by_key("figures"))
    keys = ["month", "employee_no", "contacts"]
    path = xlsx([["月份", "工号", "接待量"], [example[k] for k in keys], ["2026-10", "A01", 10]])
    fast, slow = _both_ways(path, monkeypatch)
    assert passes == [0, 2] and fast.ok and _plan(fast) == _plan(slow) and fast.notes == slow.notes
    assert "示例行" in fast.notes[-1]


def test_an_import_is_audited_byte_for_byte_as_one_person_at_a_time(office, supervisor, xlsx, passes):
    values = [0.934, 35, 245.5, 0.8, 1260, 58600.25, 112, 0, 1, 0.5]
    apply_import(supervisor, read_import(xlsx([[h for h in HEADER if h != "姓名"], ["2026-10", "A01", *values]]),
                                         "figures"))
    assert passes == [1, 0]
    imported = AuditEntry.get(AuditEntry.action == "save_figures")
    row = MonthlyFigures.get(MonthlyFigures.staff == office["A01"].id)
    one = {k: getattr(row, k) for k in FIELDS}
    save_figures(supervisor, Month(2026, 9), {"A01": one})
    single = AuditEntry.select().where(AuditEntry.action == "save_figures").order_by(AuditEntry.id.desc()).get()
    assert imported.before is None and imported.after == single.after
    assert imported.entity_id == str(row.id) and imported.staff_id == office["A01"].id
    # a re-import that changes the row: its before and after as save_figures writes them
    values[0] = 0.9
    preview = read_import(xlsx([[h for h in HEADER if h != "姓名"], ["2026-10", "A01", *values]]), "figures")
    apply_import(supervisor, preview, update=True)
    changed = AuditEntry.select().where(AuditEntry.action == "save_figures").order_by(AuditEntry.id.desc()).get()
    save_figures(supervisor, Month(2026, 9), {"A01": dict(one, csat_pct=90.0)})
    single = AuditEntry.select().where(AuditEntry.action == "save_figures").order_by(AuditEntry.id.desc()).get()
    assert changed.before == single.before and changed.after == single.after
    assert json.loads(changed.after)["csat_pct"] == 90.0
    assert verify_chain() is None


def test_a_big_clean_import_verifies(office, supervisor, xlsx, passes):
    rows = [["月份", "工号", "客户满意度(%)", "接待量", "缺勤天数"]]
    for m in range(1, 11):
        rows += [[f"2026-{m:02d}", f"A0{i}", 0.8 + i / 100, 100 * i + m, 0.5 * (i % 2)] for i in range(1, 6)]
    result = apply_import(supervisor, read_import(xlsx(rows), "figures"))
    assert passes == [1, 0] and result.added == 50
    assert MonthlyFigures.select().count() == 50
    assert AuditEntry.select().where(AuditEntry.action == "save_figures").count() == 50
    assert verify_chain() is None
