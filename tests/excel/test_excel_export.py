"""Exports: round trips, formula-injection safety, styling, atomic write, templates, other writers."""

import datetime as dt
import os
import zipfile

import pytest
from openpyxl import load_workbook

from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.excel import apply_import, read_import, save_template
from csperf_desktop.excel.exporters import export_all, export_events, export_figures, export_month, export_staff
from csperf_desktop.excel.xlsxwrite import ExportError, atomic_save, new_workbook, SheetWriter
from csperf_desktop.monthly.figures import figures_for, save_figures
from csperf_desktop.store.models import MonthlyFigures, ScoreEvent, Staff
from csperf_desktop.base.months import Month
from csperf_desktop.office.staff import add_staff

OCT = Month(2026, 10)


def _event_rows():
    return sorted((e.staff.employee_no, e.date, e.rule_code, e.points, e.quantity, e.method, e.reference, e.note)
                  for e in ScoreEvent.select().where(ScoreEvent.voided == False))  # noqa: E712


def _staff_rows():
    return sorted((s.employee_no, s.name, s.role, s.team, s.hire_date, s.leave_date, s.note) for s in Staff.select())


def _fresh_db(tmp_path, name):
    from csperf_desktop.store.db import close_database, open_database

    close_database()
    return open_database(str(tmp_path / name))


def test_round_trip_staff_events_figures(office, supervisor, tmp_path):
    add_staff(supervisor, employee_no="Q1", name="=HYPERLINK(\"x\")", role="qa", team="-三组", hire_date="2024-02-29",
              leave_date="2026-12-31", note="@备注")
    add_event(supervisor, "A01", "D04", "2026-10-03", 2, 2, "spot_check", "+DD001", "=1+1 错别字")
    add_event(supervisor, "A02", "B01", "2026-10-05", 3, note="盘点")
    ev = add_event(supervisor, "A03", "D07", "2026-10-06")
    void_event(supervisor, ev.id, "记错了人")
    save_figures(supervisor, OCT, {
        "A01": {"csat_pct": 93.3, "avg_response_s": 35, "avg_handle_s": 245.5, "fcr_pct": 0.5, "contacts": 1260,
                "sales_amount": 58600.25, "orders": 12, "late_count": 0, "early_leave_count": 0, "absence_days": 0.5},
        "A02": {"csat_pct": 100, "contacts": 7},
    })
    export_staff(tmp_path / "staff.xlsx")
    export_events(tmp_path / "events.xlsx", month=OCT)
    export_figures(tmp_path / "figures.xlsx", OCT)
    staff_before, events_before = _staff_rows(), _event_rows()
    keys = ("csat_pct", "avg_response_s", "avg_handle_s", "fcr_pct", "contacts", "sales_amount", "orders",
            "late_count", "early_leave_count", "absence_days")
    figs_before = {Staff.get_by_id(k).employee_no: {f: getattr(v, f) for f in keys}
                   for k, v in figures_for(OCT).items()}

    # re-import into the same database: nothing to add or change
    assert all(r.action == "same" for r in read_import(tmp_path / "staff.xlsx", "staff").rows)
    assert all(r.action == "same" for r in read_import(tmp_path / "events.xlsx", "events").rows)
    assert all(r.action == "same" for r in read_import(tmp_path / "figures.xlsx", "figures").rows)

    # and into a new, empty office: the same data
    _fresh_db(tmp_path, "second.db")
    for kind in ("staff", "events", "figures"):
        preview = read_import(tmp_path / f"{kind}.xlsx", kind)
        assert preview.ok, preview.problem_lines()
        apply_import(supervisor, preview)
    assert _staff_rows() == staff_before
    assert _event_rows() == events_before
    assert ScoreEvent.select().count() == 2  # the voided one was not brought back
    figs_after = {Staff.get_by_id(k).employee_no: {f: getattr(v, f) for f in figs_before["A01"]}
                  for k, v in figures_for(OCT).items()}
    assert figs_after.keys() == figs_before.keys()
    for no in figs_before:
        for f, v in figs_before[no].items():
            assert figs_after[no][f] == (pytest.approx(v) if v is not None else None), (no, f)


def test_formula_injection_cells_stay_text(office, supervisor, tmp_path):
    add_event(supervisor, "A01", "D04", "2026-10-03", note="=cmd|' /C calc'!A0")
    add_event(supervisor, "A02", "D04", "2026-10-03", note="+1", reference="-2")
    add_event(supervisor, "A03", "D04", "2026-10-03", note="@SUM(1)")
    out = export_events(tmp_path / "ev.xlsx", month=OCT)
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere in the file
    ws = load_workbook(out).active
    texts = {}
    for row in ws.iter_rows(min_row=3):
        for c in row:
            if isinstance(c.value, str) and c.value[:1] in "=+-@\t":
                texts[c.value] = c
    for value in ("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)"):
        assert texts[value].data_type == "s", value
        assert texts[value].quotePrefix
    # real numbers stay numbers, negative ones included
    points = [r[8].value for r in ws.iter_rows(min_row=3)]
    assert points == [-1, -1, -1]


def test_tab_and_carriage_return_prefixes_are_text(tmp_path):
    wb = new_workbook()
    w = SheetWriter(wb.create_sheet("s"), ["a", "b"])
    w.append(["\t=1+1", "\r=SUM(A1)"])
    w.append([-3, 2.5])
    w.finish()
    ws = load_workbook(atomic_save(wb, tmp_path / "t.xlsx")).active
    assert ws["A2"].data_type == "s" and ws["A2"].value == "\t=1+1" and ws["A2"].quotePrefix
    assert ws["B2"].data_type == "s" and ws["B2"].quotePrefix
    assert ws["A3"].value == -3 and ws["A3"].data_type == "n" and ws["B3"].value == 2.5


def test_export_styling(office, supervisor, tmp_path):
    add_event(supervisor, "A01", "B01", "2026-10-03", 3)
    save_figures(supervisor, OCT, {"A01": {"sales_amount": 1200, "csat_pct": 95}})
    ws = load_workbook(export_month(tmp_path / "m.xlsx", OCT)).active
    assert "示例客服中心" in ws["A1"].value and "2026年10月" in ws["A1"].value
    assert ws["A2"].value == "名次" and ws["A2"].font.b
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.column_dimensions["C"].width >= 6
    header = [c.value for c in ws[2]]
    first = {h: c for h, c in zip(header, ws[3])}
    assert first["工号"].value == "A01" and first["得分"].value == 83 and first["优秀奖(元)"].value == 300
    assert first["销售额(元)"].number_format == "#,##0.00"
    assert "接单小计" in header and "日常小计" in header
    labels = [r[0].value for r in ws.iter_rows(min_row=3)]
    assert "合计" in labels and "平均得分" in labels
    assert any(isinstance(v, str) and v.startswith("优秀奖：") for v in labels)
    ev = load_workbook(export_events(tmp_path / "e.xlsx", month=OCT)).active
    assert ev["B3"].number_format == "yyyy-mm-dd" and isinstance(ev["B3"].value, dt.datetime)
    fig = load_workbook(export_figures(tmp_path / "f.xlsx", OCT)).active
    header = [c.value for c in fig[2]]
    cell = fig.cell(row=3, column=header.index("客户满意度(%)") + 1)
    assert cell.value == pytest.approx(0.95) and cell.number_format == "0.0%"


def test_everything_workbook_has_a_sheet_per_table(demo_db, tmp_path):
    seen = []
    out = export_all(tmp_path / "all.xlsx", progress=lambda d, t, m: seen.append(m))
    wb = load_workbook(out, read_only=True)
    for name in ("人员名单", "考核细则", "评分记录", "月度数据", "考试成绩", "已公示结果", "复核申请", "月份状态", "设置",
                 "审计记录", "用户", "随机抽查", "年度考核"):
        assert name in wb.sheetnames
    users_header = next(wb["用户"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert "用户名" in users_header and not any("password" in str(h) for h in users_header)
    assert seen
    wb.close()
    wb = load_workbook(export_all(tmp_path / "m.xlsx", month="2026-09"), read_only=True)
    assert "2026-09 考核结果" in wb.sheetnames
    wb.close()


def test_event_filters(office, supervisor, tmp_path):
    add_event(supervisor, "A01", "D04", "2026-10-03")
    add_event(supervisor, "A02", "B01", "2026-10-04")
    ev = add_event(supervisor, "A01", "D07", "2026-10-05")
    void_event(supervisor, ev.id, "错")
    ws = load_workbook(export_events(tmp_path / "a.xlsx", employee_no="A01", include_voided=False)).active
    assert [r[2].value for r in ws.iter_rows(min_row=3)] == ["A01"]
    ws = load_workbook(export_events(tmp_path / "b.xlsx", kind="bonus")).active
    assert [r[4].value for r in ws.iter_rows(min_row=3)] == ["B01"]
    ws = load_workbook(export_events(tmp_path / "c.xlsx", date_from=dt.date(2026, 10, 4))).active
    assert ws.max_row == 4


def test_atomic_write_keeps_old_file_and_explains_locked_target(tmp_path, monkeypatch):
    target = tmp_path / "结果.xlsx"
    target.write_bytes(b"old")
    wb = new_workbook()
    w = SheetWriter(wb.create_sheet("s"), ["a"])
    w.append([1])
    w.finish()

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as exc:
        atomic_save(wb, target)
    assert "正在 Excel" in exc.value.message and "结果(1).xlsx" in exc.value.message
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["结果.xlsx"]  # no temporary file left behind
    monkeypatch.undo()
    atomic_save(wb, target)
    assert load_workbook(target).active["A2"].value == 1


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="不存在"):
        atomic_save(new_workbook(), tmp_path / "nope" / "x.xlsx")


@pytest.mark.parametrize("kind", ["staff", "events", "figures", "exams"])
def test_template_imports_once_filled(office, supervisor, tmp_path, kind):
    path = save_template(kind, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert "填写说明" in wb.sheetnames
    headers = [c.value for c in ws[2]]
    assert ws["A2"].font.b
    if kind == "staff":
        assert any("客服" in str(dv.formula1) for dv in ws.data_validations.dataValidation)
        fill = {"工号": "N7", "姓名": "新同事", "岗位": "质检专员", "组别": "二组", "入职日期": dt.date(2026, 9, 1)}
    elif kind == "events":
        assert any("D04" in str(dv.formula1) or "列表" in str(dv.formula1) for dv in ws.data_validations.dataValidation)
        fill = {"日期": dt.date(2026, 10, 9), "工号": "A02", "项目代码": "D10", "分值": 6, "考核方式": "事后追查"}
    elif kind == "figures":
        fill = {"月份": "2026-10", "工号": "A03", "客户满意度(%)": "91%", "平均处理时长(秒)": "3:20", "接待量": 500}
    else:
        assert any("产品知识" in str(dv.formula1) for dv in ws.data_validations.dataValidation)
        fill = {"考试日期": "2026-10-16", "考试名称": "十月考", "考试内容": "产品知识", "满分": 50, "工号": "A04", "成绩": 50}
    for col, name in enumerate(headers, start=1):
        ws.cell(row=4, column=col, value=fill.get(name))
    wb.save(path)
    preview = read_import(path, kind)
    assert preview.ok, preview.problem_lines()
    assert "示例行" in preview.notes[0]
    assert len(preview.adds) == 1
    apply_import(supervisor, preview)
    if kind == "staff":
        s = Staff.get(Staff.employee_no == "N7")
        assert (s.role, s.hire_date) == ("qa", dt.date(2026, 9, 1))
    elif kind == "events":
        e = ScoreEvent.get()
        assert (e.rule_code, e.points, e.method) == ("D10", -6, "tracing")
    elif kind == "figures":
        f = MonthlyFigures.get()
        assert (f.csat_pct, f.avg_handle_s, f.contacts) == (91, 200, 500)
    else:
        from csperf_desktop.store.models import ExamResult

        r = ExamResult.get()
        got = (r.exam.title, r.exam.area, r.exam.full_marks, r.exam.pass_mark, r.score)
        assert got == ("十月考", "product", 50, 30, 50)


def test_workbook_written_by_another_program_imports(office, supervisor, tmp_path):
    import xlsxwriter

    path = tmp_path / "other.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("数据导出")
    date_fmt = book.add_format({"num_format": "yyyy/m/d"})
    pct = book.add_format({"num_format": "0%"})
    sheet.write_row(0, 0, ["Employee_No", "Month", "CSAT_pct", "avg_handle_s", "Contacts", "Late_Count", "备注列"])
    sheet.write_string(1, 0, "A01")
    sheet.write_datetime(1, 1, dt.datetime(2026, 10, 1), date_fmt)
    sheet.write_number(1, 2, 0.97, pct)
    sheet.write_string(1, 3, "05:10")
    sheet.write_number(1, 4, 321)
    sheet.write_number(1, 5, 0)
    sheet.write_string(2, 0, "A02")
    sheet.write_string(2, 1, "2026年10月")
    sheet.write_string(2, 2, "88%")
    sheet.write_number(2, 3, 300)
    sheet.write_formula(2, 4, "=100+23", None, 123)
    sheet.write_number(2, 5, 2)
    book.close()
    preview = read_import(path, "figures")
    assert preview.ok, preview.problem_lines()
    result = apply_import(supervisor, preview)
    figs = {Staff.get_by_id(k).employee_no: v for k, v in figures_for(OCT).items()}
    assert figs["A01"].csat_pct == pytest.approx(97) and figs["A01"].avg_handle_s == 310
    assert figs["A02"].csat_pct == pytest.approx(88) and figs["A02"].contacts == 123
    assert [p.rule_code for p in result.proposals] == ["B06"]


def test_appeals_export(office, supervisor, tmp_path):
    from csperf_desktop.monthly.appeals import record_appeal
    from csperf_desktop.excel.exporters import export_appeals
    from csperf_desktop.monthly.lifecycle import publish_month

    ev = add_event(supervisor, "A01", "D04", "2026-09-03", 2)
    publish_month(supervisor, Month(2026, 9))
    record_appeal(supervisor, "2026-09", "A01", [ev.id], reason="=当天没有值班", category="wrong_facts")
    ws = load_workbook(export_appeals(tmp_path / "ap.xlsx", "2026-09")).active
    header = [c.value for c in ws[2]]
    row = {h: c for h, c in zip(header, ws[3])}
    assert row["工号"].value == "A01" and row["类别"].value == "事实有误" and row["状态"].value == "待处理"
    assert row["申请理由"].value == "=当天没有值班" and row["申请理由"].data_type == "s"
