"""Imports: header matching, every validation message, preview, all or nothing, locks, proposals."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from csperf_desktop.base.errors import Conflict, PermissionDenied
from csperf_desktop.monthly.events import add_event
from csperf_desktop.excel import ImportInvalid, apply_import, import_file, read_import, save_marked_copy
from csperf_desktop.monthly.figures import figures_for, save_figures
from csperf_desktop.store.models import AuditEntry, MonthlyFigures, ScoreEvent, Staff
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month

OCT = Month(2026, 10)


def messages(preview):
    return [p.text() for p in preview.problems]


# ---------------------------------------------------------------- staff


def test_staff_headers_in_any_order_with_english_aliases_any_case(db, supervisor, xlsx):
    path = xlsx([["TEAM", "Name", "hire_date", "EMPLOYEE_NO", "Role"],
                 ["二组", "林小雨", "2025/3/1", "KF101", "team_lead"],
                 ["一组", "周明", dt.datetime(2024, 5, 6), "KF102", "质检专员"],
                 [None, None, None, None, None]])
    preview = read_import(path, "staff")
    assert preview.ok, messages(preview)
    assert [r.action for r in preview.rows] == ["add", "add"]
    result = apply_import(supervisor, preview)
    assert result.added == 2
    s = Staff.get(Staff.employee_no == "KF101")
    assert (s.name, s.team, s.role, s.hire_date) == ("林小雨", "二组", "team_lead", dt.date(2025, 3, 1))
    assert Staff.get(Staff.employee_no == "KF102").role == "qa"


def test_staff_changes_are_previewed_and_need_update_flag(office, supervisor, xlsx):
    path = xlsx([["工号", "姓名", "组别"], ["A01", "甲", "二组"], ["A02", "乙", "一组"], ["A09", "新人", "一组"]])
    preview = read_import(path, "staff")
    assert [r.action for r in preview.rows] == ["change", "same", "add"]
    assert preview.changes[0].changes == [("组别", "一组", "二组")]
    with pytest.raises(Conflict, match="覆盖"):
        apply_import(supervisor, preview)
    assert Staff.select().count() == 5
    apply_import(supervisor, preview, update=True)
    assert Staff.get(Staff.employee_no == "A01").team == "二组"
    assert Staff.select().count() == 6


def test_staff_problems_all_listed(office, xlsx):
    path = xlsx([["工号", "姓名", "岗位", "入职日期", "离职日期"],
                 ["B 01", "某", "客服", "2025-01-01", None],
                 ["B02", None, "经理", "2025-13-01", None],
                 ["B03", "某", "客服", "2025-05-01", "2025-04-01"],
                 ["B03", "某", "客服", None, None]])
    preview = read_import(path, "staff")
    text = "\n".join(messages(preview))
    assert "第 2 行，工号（A 列）：工号不能含空格" in text
    assert "第 3 行，姓名（B 列）：请填写姓名" in text
    assert "第 3 行，岗位（C 列）：应为以下之一：客服、客服主管、质检专员（填的是“经理”）" in text
    assert "第 3 行，入职日期（D 列）：应为日期" in text
    assert "第 4 行，离职日期（E 列）：离职日期 2025-04-01 早于入职日期 2025-05-01" in text
    assert "第 5 行，工号（A 列）：与第 4 行的工号重复" in text
    assert preview.rows == []


def test_missing_required_column_and_no_header(db, xlsx):
    preview = read_import(xlsx([["工号", "组别"], ["A01", "一组"]]), "staff")
    assert any("缺少必填列“姓名”（也可写作 name）" in m for m in messages(preview))
    preview = read_import(xlsx([["甲", "乙"], [1, 2]]), "staff")
    assert "找不到人员名单的表头" in messages(preview)[0]


def test_duplicate_column_and_empty_sheet(db, xlsx):
    preview = read_import(xlsx([["工号", "姓名", "employee_no"], ["A01", "甲", "A01"]]), "staff")
    assert "与 A 列重复" in messages(preview)[0]
    preview = read_import(xlsx([["工号", "姓名"], [None, None]]), "staff")
    assert "表头下面没有数据" in messages(preview)[0]


def test_title_rows_above_the_header_are_skipped(db, supervisor, xlsx):
    path = xlsx([["示例客服中心 人员名单"], [], ["工号", "姓名"], ["K1", "甲"]])
    preview = read_import(path, "staff")
    assert preview.header_row == 3 and preview.rows[0].row == 4


# ---------------------------------------------------------------- events


def test_events_import_with_and_without_minus_sign(office, supervisor, xlsx):
    path = xlsx([["日期", "工号", "项目代码", "分值", "次数", "考核方式", "单号", "备注"],
                 ["2026-10-03", "A01", "D04", -2, 1, "随机抽查", "DD1", "错别字"],
                 ["2026年10月4日", "A02", "d04", "3", None, None, None, None],
                 [dt.date(2026, 10, 5), "A03", "B01", 2, 2, "supervision", None, "盘点"]])
    preview = read_import(path, "events")
    assert preview.ok, messages(preview)
    apply_import(supervisor, preview)
    evs = {e.staff.employee_no: e for e in ScoreEvent.select()}
    assert evs["A01"].points == -2 and evs["A01"].method == "spot_check" and evs["A01"].reference == "DD1"
    assert evs["A02"].points == -3 and evs["A02"].method == "supervision"
    assert evs["A03"].points == 4 and evs["A03"].quantity == 2


def test_events_every_problem_named(office, supervisor, xlsx):
    publish_month(supervisor, Month(2026, 9))
    path = xlsx([["日期", "工号", "姓名", "项目代码", "分值", "次数", "考核方式"],
                 ["2026-09-10", "A01", "甲", "D04", 1, 1, None],  # published month
                 ["2026-10-30", "A01", "甲", "D04", 1, 1, None],  # future
                 ["2026-10-03", "Z99", None, "D04", 1, 1, None],  # unknown staff
                 ["2026-10-03", "A01", "乙", "D04", 1, 1, None],  # name mismatch
                 ["2026-10-03", "A01", None, "X99", 1, 1, None],  # unknown rule
                 ["2026-10-03", "A01", None, "D04", 9, 1, None],  # points out of range
                 ["2026-10-03", "A01", None, "B01", -1, 1, None],  # negative bonus
                 ["2026-10-03", "A01", None, "D04", 1, 0, None],  # quantity
                 ["2026-10-03", "A01", None, "B09", None, 2, None],  # per-month rule quantity
                 ["2026-10-03", "A01", None, "D04", 1, 1, "电话"],  # method
                 [None, "A01", None, "D04", 1, 1, None]])  # date missing
    preview = read_import(path, "events")
    text = "\n".join(messages(preview))
    expected = [
        "第 2 行，日期（A 列）：2026年9月已公示，不能再记录评分",
        "第 3 行，日期（A 列）：日期晚于今天（2026-10-20），请检查",
        "第 4 行，工号（B 列）：系统中没有这个工号",
        "第 5 行，姓名（C 列）：工号 A01 在系统中是“甲”，与表中姓名不一致",
        "第 6 行，项目代码（D 列）：考核细则中没有这个代码",
        "第 7 行，分值（E 列）：D04“回复不准确或有错别字”的分值应为 1–3 分/次，不能是 9",
        "第 8 行，分值（E 列）：B01 是加分项，分值不能为负",
        "第 9 行，次数（F 列）：次数应在 1 到 100 之间",
        "第 10 行，次数（F 列）：B09 按月计分，每月最多一次，次数应为 1",
        "第 11 行，考核方式（G 列）：应为以下之一：督查、随机抽查、定期考察、事后追查（填的是“电话”）",
        "第 12 行，日期（A 列）：请填写日期",
    ]
    for line in expected:
        assert line in text
    assert len(preview.problems) == len(expected)
    assert ScoreEvent.select().count() == 0


def test_events_staff_not_employed_on_date(db, supervisor, xlsx):
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="N1", name="新", hire_date="2026-10-10")
    preview = read_import(xlsx([["日期", "工号", "项目代码"], ["2026-10-03", "N1", "D04"]]), "events")
    assert "2026-10-10 才入职，不能记录 2026-10-03 的评分" in messages(preview)[0]


def test_per_month_rule_already_recorded(office, supervisor, xlsx):
    add_event(supervisor, "A01", "B09", "2026-10-02")
    preview = read_import(xlsx([["日期", "工号", "项目代码"], ["2026-10-05", "A01", "B09"]]), "events")
    assert "已经有 B09（按月计分，每月一次）" in messages(preview)[0]


def test_events_identical_to_existing_are_skipped_not_doubled(office, supervisor, xlsx):
    add_event(supervisor, "A01", "D04", "2026-10-03", 2, note="错别字")
    path = xlsx([["日期", "工号", "项目代码", "分值", "备注"],
                 ["2026-10-03", "A01", "D04", 2, "错别字"],
                 ["2026-10-03", "A01", "D04", 2, "错别字"]])
    preview = read_import(path, "events")
    assert [r.action for r in preview.rows] == ["same", "add"]


def test_voided_rows_of_an_export_are_skipped(office, supervisor, xlsx):
    path = xlsx([["日期", "工号", "项目代码", "状态"], ["2026-10-03", "A01", "D04", "已作废"],
                 ["2026-10-03", "A02", "D04", "有效"]])
    preview = read_import(path, "events")
    assert len(preview.adds) == 1 and "已作废" in preview.notes[0]


# ---------------------------------------------------------------- figures


FIG_HEADER = ["月份", "工号", "客户满意度(%)", "平均响应时长(秒)", "平均处理时长(秒)", "一次解决率(%)", "接待量", "销售额(元)",
              "订单数", "迟到次数", "早退次数", "缺勤天数"]


def test_figures_formats_and_proposals(office, supervisor, xlsx):
    path = xlsx([FIG_HEADER,
                 ["2026-10", "A01", 0.93, "0:35", 245, "80%", "1,260", "58600元", 112, 0, 0, 0],
                 ["2026年10月", "A02", "95%", 40, "4:05", 0.5, 900, 1000, 10, 1, 0, 0],
                 ["2026/10", "A03", 85, 50, 300, 70, 800, 0, 0, 0, 0, 0.5]])
    preview = read_import(path, "figures")
    assert preview.ok, messages(preview)
    result = apply_import(supervisor, preview)
    figs = {Staff.get_by_id(k).employee_no: v for k, v in figures_for(OCT).items()}
    assert figs["A01"].csat_pct == pytest.approx(93) and figs["A01"].avg_response_s == 35
    assert figs["A01"].fcr_pct == pytest.approx(80) and figs["A01"].contacts == 1260
    assert figs["A01"].sales_amount == 58600
    assert figs["A02"].csat_pct == pytest.approx(95) and figs["A02"].avg_handle_s == 245
    assert figs["A03"].absence_days == 0.5
    got = sorted((p.employee_no, p.rule_code) for p in result.proposals)
    assert got == [("A01", "B06"), ("A01", "B09"), ("A02", "B06")]
    assert "自动加分建议" in result.summary()


def test_reimporting_a_month_updates_only_after_confirmation(office, supervisor, xlsx):
    save_figures(supervisor, OCT, {"A01": {"csat_pct": 88, "contacts": 100}})
    path = xlsx([["month", "employee_no", "csat_pct", "contacts"], ["2026-10", "A01", 92, 100],
                 ["2026-10", "A02", 91, 100]])
    preview = read_import(path, "figures")
    assert [r.action for r in preview.rows] == ["change", "add"]
    assert preview.changes[0].changes == [("客户满意度(%)", "88", "92")]
    with pytest.raises(Conflict):
        apply_import(supervisor, preview)
    assert MonthlyFigures.select().count() == 1
    apply_import(supervisor, preview, update=True)
    assert MonthlyFigures.get(MonthlyFigures.staff == office["A01"].id).csat_pct == 92


def test_figures_for_a_published_month_refused_early(office, supervisor, xlsx):
    publish_month(supervisor, Month(2026, 9))
    path = xlsx([["月份", "工号", "接待量"]] + [["2026-09", f"A0{i}", 10] for i in range(1, 4)])
    preview = read_import(path, "figures")
    assert len(preview.problems) == 1
    assert "2026年9月已公示，不能再导入月度数据" in preview.problems[0].message
    assert "共 3 行，第 2–4 行" in preview.problems[0].message


def test_figures_problems(office, xlsx):
    path = xlsx([FIG_HEADER,
                 ["2026-10", "A01", 120, 10, 10, 50, 10, 10, 10, 0, 0, 0],
                 ["2026-10", "A01", 90, 10, 10, 50, 10, 10, 10, 0, 0, 0],
                 ["2026-10", "A02", 90, "abc", 10, 50, 1.5, 10, 10, 40, 0, 0],
                 ["2027-01", "A03", 90, 10, 10, 50, 10, 10, 10, 0, 0, 0],
                 ["十月", "A04", 90, 10, 10, 50, 10, 10, 10, 0, 0, 0]])
    text = "\n".join(messages(read_import(path, "figures")))
    assert "第 2 行，客户满意度(%)（C 列）：应在 0 到 100 之间（填的是“120”）" in text
    assert "第 3 行，工号（B 列）：2026年10月的 A01 与第 2 行重复" in text
    assert "第 4 行，平均响应时长(秒)（D 列）：应为秒数（如 245）或 分:秒（如 4:05）（填的是“abc”）" in text
    assert "第 4 行，接待量（G 列）：应为整数（填的是“1.5”）" in text
    assert "第 4 行，迟到次数（J 列）：应在 0 到 31 之间" in text
    assert "第 5 行，月份（A 列）：2027年1月还没有到" in text
    assert "第 6 行，月份（A 列）：应为月份，如 2026-10 或 2026年10月（填的是“十月”）" in text


def test_month_given_by_caller_when_no_month_column(office, supervisor, xlsx):
    path = xlsx([["工号", "接待量"], ["A01", 5]])
    assert not read_import(path, "figures").ok
    preview = read_import(path, "figures", month="2026-10")
    assert preview.ok and preview.rows[0].target[0] == OCT


# ---------------------------------------------------------------- all or nothing, marked copy


def test_one_bad_row_means_nothing_is_written(office, supervisor, xlsx):
    rows = [["日期", "工号", "项目代码", "分值"]] + [["2026-10-03", "A01", "D04", 1]] * 20 + [["2026-10-03", "A01", "D04", 7]]
    audit_before = AuditEntry.select().count()
    with pytest.raises(ImportInvalid) as exc:
        import_file(supervisor, xlsx(rows), "events")
    assert len(exc.value.problems) == 1 and exc.value.problems[0].row == 22
    assert ScoreEvent.select().count() == 0
    assert AuditEntry.select().count() == audit_before


def test_failure_while_writing_rolls_back_every_row(office, supervisor, xlsx):
    path = xlsx([["日期", "工号", "项目代码"], ["2026-10-03", "A01", "D04"], ["2026-10-04", "A02", "D04"]])
    preview = read_import(path, "events")
    assert preview.ok
    publish_month(supervisor, OCT.prev())  # unrelated
    # the month gets published between preview and apply
    from csperf_desktop.base import clock
    clock.set_fixed(dt.datetime(2026, 11, 2, 2, 0))
    publish_month(supervisor, OCT)
    with pytest.raises(ImportInvalid) as exc:
        apply_import(supervisor, preview)
    assert exc.value.problems[0].row == 2 and "已公示" in exc.value.problems[0].message
    assert ScoreEvent.select().count() == 0


def test_role_is_checked(office, viewer, qa, xlsx):
    preview = read_import(xlsx([["工号", "姓名"], ["Q1", "某"]]), "staff")
    with pytest.raises(PermissionDenied):
        apply_import(qa, preview)
    with pytest.raises(PermissionDenied):
        apply_import(viewer, preview)


def test_marked_copy_highlights_each_bad_cell_with_a_comment(office, xlsx, tmp_path):
    path = xlsx([["工号", "姓名", "入职日期"], ["A 9", "某", "2025-01-01"], ["B1", None, "昨天"]])
    preview = read_import(path, "staff")
    out = save_marked_copy(preview, tmp_path / "marked.xlsx")
    ws = load_workbook(out).active
    for ref in ("A2", "B3", "C3"):
        assert ws[ref].fill.fgColor.rgb.endswith("FFC7CE"), ref
        assert ws[ref].comment is not None
    assert "工号不能含空格" in ws["A2"].comment.text
    assert "日期" in ws["C3"].comment.text
    assert ws["B2"].comment is None
    assert ws["A3"].value == "B1"  # data kept as it was


def test_progress_is_reported_and_can_cancel(office, supervisor, xlsx):
    from csperf_desktop.excel import ImportCancelled

    rows = [["工号", "姓名"]] + [[f"P{i}", "某"] for i in range(4500)]
    path = xlsx(rows)
    seen = []
    read_import(path, "staff", progress=lambda d, t, m: seen.append((d, t)))
    assert seen and seen[-1][0] == 4500
    with pytest.raises(ImportCancelled):
        read_import(path, "staff", progress=lambda d, t, m: False)


def test_employee_no_that_lost_its_leading_zeros_gets_a_hint(db, supervisor, xlsx):
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="007", name="零零七", hire_date="2020-01-01")
    preview = read_import(xlsx([["日期", "工号", "项目代码"], ["2026-10-03", 7, "D04"]]), "events")
    assert "去掉了开头的 0" in preview.problems[0].message and "007" in preview.problems[0].message
    preview = read_import(xlsx([["日期", "工号", "项目代码"], ["2026-10-03", "007", "D04"]]), "events")
    assert preview.ok


def test_figures_month_published_between_preview_and_apply_names_its_first_row(office, supervisor, xlsx):
    from csperf_desktop.base import clock

    path = xlsx([["月份", "工号", "接待量"], ["2026-09", "A01", 1], ["2026-10", "A01", 2], ["2026-10", "A02", 3]])
    preview = read_import(path, "figures")
    assert preview.ok
    clock.set_fixed(dt.datetime(2026, 11, 2, 2, 0))
    publish_month(supervisor, Month(2026, 9))
    publish_month(supervisor, OCT)
    with pytest.raises(ImportInvalid) as exc:
        apply_import(supervisor, preview)
    problem = exc.value.problems[0]
    assert problem.row == 2 and "2026年9月已公示" in problem.message
    assert MonthlyFigures.select().count() == 0


def test_figures_on_a_later_sheet_with_gaps_keep_their_row_and_column(office, supervisor, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["月度数据导入说明"])
    wb.active.append(["工号", "姓名"])  # a partial header on the first sheet
    ws = wb.create_sheet("数据")
    ws["A3"], ws["B3"], ws["E3"] = "月份", "工号", "接待量"
    ws["A5"], ws["B5"], ws["E5"] = "2026-10", "A01", 12
    ws["A40"], ws["B40"], ws["E40"] = "2026-10", "A02", "很多"
    ws["A41"], ws["B41"], ws["E41"] = "2026-10", "A03", 7
    path = tmp_path / "later.xlsx"
    wb.save(path)
    preview = read_import(path, "figures")
    assert (preview.sheet, preview.header_row) == ("数据", 3)
    assert [(p.row, p.column, p.value) for p in preview.problems] == [(40, 5, "很多")]
    ws["E40"] = 8
    wb.save(path)
    preview = read_import(path, "figures")
    assert preview.ok and [r.row for r in preview.rows] == [5, 40, 41]
    apply_import(supervisor, preview)
    assert sorted(f.contacts for f in MonthlyFigures.select()) == [7, 8, 12]
