"""The analysis tables as a workbook: one sheet per table, numbers as numbers, text that looks
like a formula kept as text, marked cells filled, sheet names made valid and unique."""

from __future__ import annotations

import openpyxl
import pytest

from csperf_desktop.excel.analysis_export import Table, export_tables
from csperf_desktop.excel.xlsxwrite import ExportError


def test_tables_become_sheets(tmp_path):
    path = export_tables(tmp_path / "a", [
        Table("热力图", ["工号", "姓名", "2026-09"], [["A01", "甲", 88], ["A02", "=1+1", 40]], marked={(1, 2)},
              note="红色：预警月"),
        Table("热力图", ["编号"], [["D01"]]),
        Table("a/b:c*d?[e]", ["x"], [[1.5]]),
    ], title="示范客服中心 2026-07–2026-09")
    assert path.suffix == ".xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["热力图", "热力图(2)", "a_b_c_d__e_"]
    ws = book["热力图"]
    assert ws["A1"].value == "示范客服中心 2026-07–2026-09  热力图"
    assert [c.value for c in ws[2]] == ["工号", "姓名", "2026-09"]
    assert ws["C3"].value == 88 and isinstance(ws["C3"].value, int)
    assert ws["B4"].value == "=1+1" and ws["B4"].data_type == "s"  # never a formula
    assert ws["C4"].fill.fgColor.rgb.endswith("FFC7CE") and not ws["C3"].fill.fgColor.rgb.endswith("FFC7CE")
    assert ws["A6"].value == "红色：预警月"


def test_nothing_to_export_is_refused_in_chinese(tmp_path):
    with pytest.raises(ExportError, match="没有可导出的表格"):
        export_tables(tmp_path / "a.xlsx", [])
    assert not (tmp_path / "a.xlsx").exists()
