"""What the supervisor writes in a spreadsheet is what gets recorded, or the import says why not:
line breaks, Excel's escapes, formulas never calculated, time cells in a column of seconds.
Each case is imported through the command line, as the supervisor would."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from csperf_desktop.cli import main


def _query(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _import(capsys, kind, path, demo_file):
    capsys.readouterr()
    code = main(["import", kind, str(path), "--db", str(demo_file)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _patched(src, dst, replacements):
    """A copy of the workbook ``src`` with text replaced in its sheet XML (what Excel writes by hand)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                for old, new in replacements:
                    assert old in text, old
                    text = text.replace(old, new)
                data = text.encode()
            zout.writestr(item, data)
    return dst


EVENTS = ["日期", "工号", "项目代码", "分值", "备注"]


def _events_book(tmp_path, rows, name="ev.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.append(EVENTS)
    for r in rows:
        ws.append(r)
    wb.save(tmp_path / name)
    return tmp_path / name


def _new_notes(demo_file, before):
    return [n for (n,) in _query(demo_file, "SELECT note FROM score_event WHERE id > ? ORDER BY id", before)]


def _last_event(demo_file):
    return _query(demo_file, "SELECT MAX(id) FROM score_event")[0][0]


def test_a_carriage_return_in_the_first_rows_imports_each_row_once(demo_file, tmp_path, capsys):
    src = _events_book(tmp_path, [["2026-10-05", "KF001", "B01", 1, "CELL_A"],
                                  ["2026-10-05", "KF002", "B01", 1, "乙"],
                                  ["2026-10-05", "KF003", "B01", 1, "丙"]], "src.xlsx")
    # A bare carriage return, as a file written on an old Mac or by a script holds it.
    path = _patched(src, tmp_path / "cr.xlsx", [("CELL_A", "甲&#13;第二行")])
    before = _last_event(demo_file)
    code, out, err = _import(capsys, "events", path, demo_file)
    assert code == 0, err
    assert _new_notes(demo_file, before) == ["甲\n第二行", "乙", "丙"]


def test_a_carriage_return_far_down_does_not_refuse_a_valid_file(demo_file, tmp_path, capsys):
    rows = [["2026-10-05", f"KF00{1 + i % 9}", "B01", 1, f"行{i}"] for i in range(250)]
    rows[199][4] = "CELL_CR"
    src = _events_book(tmp_path, rows, "src.xlsx")
    path = _patched(src, tmp_path / "cr.xlsx", [("CELL_CR", "上&#13;下")])
    before = _last_event(demo_file)
    code, out, err = _import(capsys, "events", path, demo_file)
    assert code == 0, err
    notes = _new_notes(demo_file, before)
    assert len(notes) == 250 and notes[199] == "上\n下"


def test_excels_x000d_escape_is_a_line_break_not_text(demo_file, tmp_path, capsys):
    import xlsxwriter

    path = tmp_path / "x000d.xlsx"
    book = xlsxwriter.Workbook(str(path))  # writes "\r" as _x000D_ in its shared strings, as Excel does
    ws = book.add_worksheet("评分记录")
    ws.write_row(0, 0, EVENTS)
    ws.write_row(1, 0, ["2026-10-05", "KF001", "B01", 1])
    ws.write_string(1, 4, "第一行\r\n第二行")
    ws.write_row(2, 0, ["2026-10-05", "KF002", "B01", 1])
    ws.write_string(2, 4, "甲\r乙")
    book.close()
    assert b"_x000D_" in zipfile.ZipFile(path).read("xl/sharedStrings.xml")
    before = _last_event(demo_file)
    code, out, err = _import(capsys, "events", path, demo_file)
    assert code == 0, err
    assert _new_notes(demo_file, before) == ["第一行\n第二行", "甲\n乙"]


def test_a_formula_without_a_stored_value_in_points_is_refused_not_taken_as_the_default(demo_file, tmp_path, capsys):
    path = _events_book(tmp_path, [["2026-10-05", "KF001", "B01", "=1+2", "公式"],
                                   ["2026-10-05", "KF002", "B01", 2, "数值"]])
    before = _last_event(demo_file)
    code, out, err = _import(capsys, "events", path, demo_file)
    assert code == 2
    assert "第 2 行，分值（D 列）" in err and "没有保存计算结果" in err and "=1+2" in err
    assert _last_event(demo_file) == before


def test_a_formula_with_its_stored_value_reads_as_that_value(demo_file, tmp_path, capsys):
    src = _events_book(tmp_path, [["2026-10-05", "KF001", "B01", 9, "公式"]], "src.xlsx")
    path = _patched(src, tmp_path / "f.xlsx", [('<c r="D2" t="n"><v>9</v></c>', '<c r="D2"><f>1+2</f><v>3</v></c>')])
    before = _last_event(demo_file)
    code, out, err = _import(capsys, "events", path, demo_file)
    assert code == 0, err
    assert _query(demo_file, "SELECT points FROM score_event WHERE id > ?", before) == [(3,)]


FIGURES = ["月份", "工号", "平均响应时长(秒)"]


def _figures_book(tmp_path, value, number_format=None):
    wb = Workbook()
    ws = wb.active
    ws.append(FIGURES)
    ws.append(["2026-10", "KF002", value])  # (KF001 in October is the template's example row)
    if number_format:
        ws["C2"].number_format = number_format
    path = tmp_path / "fig.xlsx"
    wb.save(path)
    return path


def _response_time(demo_file):
    return _query(demo_file, "SELECT f.avg_response_s FROM monthly_figures f JOIN staff s ON s.id = f.staff_id "
                             "WHERE s.employee_no = 'KF002' AND f.month = '2026-10'")


def test_the_templates_0_35_turned_into_a_time_cell_is_refused_as_ambiguous(demo_file, tmp_path, capsys):
    before = _response_time(demo_file)
    path = _figures_book(tmp_path, dt.time(0, 35), "h:mm")
    code, out, err = _import(capsys, "figures", path, demo_file)
    assert code == 2
    assert "第 2 行，平均响应时长(秒)（C 列）" in err
    assert "35（秒）" in err and "2100（秒）" in err  # both readings, and what to write for each
    assert _response_time(demo_file) == before


@pytest.mark.parametrize("value, number_format, seconds", [
    (35, None, 35), ("35", None, 35), ("0:35", None, 35), ("4:05", None, 245),
    (dt.time(0, 4, 5), "h:mm:ss", 245), (dt.timedelta(seconds=35), "[h]:mm:ss", 35)])
def test_durations_that_read_one_way_are_stored_in_seconds(demo_file, tmp_path, capsys, value, number_format, seconds):
    path = _figures_book(tmp_path, value, number_format)
    code, out, err = _import(capsys, "figures", path, demo_file)
    if code != 0:  # figures already there for October: re-imported with --update
        assert main(["import", "figures", str(path), "--update", "--db", str(demo_file)]) == 0, err
    assert _response_time(demo_file) == [(seconds,)]


def test_the_template_says_seconds_and_its_example_is_in_seconds(tmp_path):
    out = tmp_path / "t.xlsx"
    assert main(["template", "figures", "--out", str(out)]) == 0
    wb = load_workbook(out)
    ws = wb["月度数据"]
    headers = [c.value for c in ws[2]]  # row 1 says how to fill it in, row 3 is the example
    col = headers.index("平均响应时长(秒)") + 1
    assert ws.cell(row=3, column=col).value == 35
    assert ws.cell(row=3, column=col).number_format == "@"  # a text column: 0:35 typed stays text
    notes = " ".join(str(c.value) for row in wb["填写说明"].iter_rows() for c in row if c.value)
    assert "单位是秒" in notes and "会被拒绝" in notes
