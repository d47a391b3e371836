"""Calibration ratings by spreadsheet: the template, an all-or-nothing import with named cells."""

from __future__ import annotations

import json

import openpyxl
import pytest

from csperf_desktop.cli import main
from csperf_desktop.excel.calibration_import import (
    CalibrationImportInvalid,
    import_calibration,
    save_calibration_template,
)
from csperf_desktop.insight.calibration_sessions import create_session, grader_sheet
from csperf_desktop.store.models import AuditEntry, CalibrationRating


@pytest.fixture
def session(db, supervisor):
    return create_session(supervisor, "十月校准", "2026-10-15", ["TK-1", "TK-2"], ["孙丽华", "王芳"])


def fill(path, values: dict):
    """values: {(sheet, cell): value}"""
    wb = openpyxl.load_workbook(path)
    for (sheet, cell), value in values.items():
        wb[sheet][cell] = value
    wb.save(path)


def test_the_template_has_a_sheet_per_grader_with_conversations_and_items(session, tmp_path):
    out = save_calibration_template(session.id, tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["孙丽华", "王芳"]
    ws = wb["王芳"]
    assert (ws["A1"].value, ws["B1"].value, ws["B2"].value) == ("校准会话", session.id, "王芳")
    assert ws["B4"].value == "C01 要专业" and ws["M4"].value.startswith("C12")
    assert [ws["A5"].value, ws["A6"].value] == ["TK-1", "TK-2"]
    only = openpyxl.load_workbook(save_calibration_template(session.id, tmp_path / "o.xlsx", grader="王芳"))
    assert only.sheetnames == ["王芳"]


def test_a_filled_template_imports_every_grader_in_one_go(session, supervisor, tmp_path):
    out = save_calibration_template(session.id, tmp_path / "t.xlsx")
    fill(out, {("孙丽华", "B5"): 1, ("孙丽华", "C5"): "N", ("孙丽华", "B6"): "通过",
               ("王芳", "B5"): 0, ("王芳", "M6"): "y"})
    result = import_calibration(supervisor, out)
    assert result.per_grader["孙丽华"].added == 3 and result.per_grader["王芳"].added == 2
    assert sorted(grader_sheet(session.id, "王芳").values()) == ["fail", "pass"]
    assert AuditEntry.select().where(AuditEntry.action == "rate_calibration").count() == 2
    # importing again changes nothing; "-" clears, an empty cell leaves a verdict alone
    fill(out, {("孙丽华", "C5"): "-"})
    again = import_calibration(supervisor, out)
    assert (again.per_grader["孙丽华"].cleared, again.per_grader["王芳"].total) == (1, 0)


def test_any_problem_names_sheet_row_and_column_and_writes_nothing(session, supervisor, tmp_path):
    out = save_calibration_template(session.id, tmp_path / "t.xlsx")
    fill(out, {("孙丽华", "B5"): 1, ("孙丽华", "D6"): "也许", ("王芳", "A6"): "TK-99", ("王芳", "B6"): 1})
    with pytest.raises(CalibrationImportInvalid) as caught:
        import_calibration(supervisor, out)
    lines = caught.value.lines()
    assert "工作表“孙丽华”第 6 行 D 列：C03 要灵活“也许”无效" in lines[0]
    assert lines[1] == "工作表“王芳”第 6 行 A 列：单号“TK-99”不在这次校准的会话里。"
    assert CalibrationRating.select().count() == 0


def test_the_command_line_template_and_import(session, db_location, tmp_path, capsys):
    out = tmp_path / "t.xlsx"
    assert main(["template", "calibration", "--db", db_location, "--session", str(session.id), "--out", str(out)]) == 0
    fill(out, {("孙丽华", "B5"): "z"})
    capsys.readouterr()
    assert main(["import", "calibration", str(out), "--db", db_location]) == 2
    err = capsys.readouterr().err
    assert "没有导入任何评分" in err and "工作表“孙丽华”第 5 行 B 列" in err
    fill(out, {("孙丽华", "B5"): "1"})
    assert main(["import", "calibration", str(out), "--db", db_location]) == 0
    assert "孙丽华：新增 1" in capsys.readouterr().out
    assert main(["calibration", "sheet", "--db", db_location, "--session", str(session.id), "--grader", "孙丽华",
                 "--json"]) == 0
    assert sum(1 for r in json.loads(capsys.readouterr().out)["ratings"] if r["verdict"]) == 1
