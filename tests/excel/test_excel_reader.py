"""The spreadsheet reader (python-calamine): what each kind of cell reads as, in .xlsx, .xls and .ods,
how error cells are found, and that it reads what openpyxl reads on files from different writers."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from csperf_desktop.excel import apply_import, read_import
from csperf_desktop.excel.reader import Uncalculated, open_book, sheet_rows
from csperf_desktop.excel.safety import FileRefused, check_spreadsheet
from csperf_desktop.store.models import Staff
from csperf_desktop.office.staff import add_staff

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DATA = Path(__file__).parent / "data"


def _same(v):
    """A value as both readers can agree on: blank is None, a date at midnight a date."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, dt.datetime) and v.time() == dt.time(0):
        return v.date()
    return v


def _trim(row) -> tuple:
    row = [_same(v) for v in row]
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def read(path) -> list:
    """{row number: values} of each worksheet, as the import reads them."""
    book = open_book(path, check_spreadsheet(path))
    try:
        return [{n: _trim(r) for n, r in sheet_rows(book, s) if _trim(r)} for s in book.sheets]
    finally:
        book.close()


def read_openpyxl(path) -> list:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out = []
        for ws in wb.worksheets:
            ws.reset_dimensions()
            out.append({n: _trim(r) for n, r in enumerate(ws.iter_rows(values_only=True), start=1) if _trim(r)})
        return out
    finally:
        wb.close()


def assert_same_as_openpyxl(path) -> list:
    ours = read(path)
    assert ours == read_openpyxl(path)
    return ours


def _with_sheet(tmp_path, xml: bytes, name="hand.xlsx"):
    """A valid workbook whose first sheet's XML is ``xml``."""
    src = tmp_path / "src.xlsx"
    wb = Workbook()
    wb.active.append(["x"])
    wb.save(src)
    out = tmp_path / name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = xml if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
            zout.writestr(item, data)
    return out


def _sheet(body: str, prefix: str = "", head: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
           dimension: str = '<dimension ref="A1"/>') -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (f'{head}<{p}worksheet {ns}>{dimension.replace("<", "<" + p)}'
            f'<{p}sheetData>{body}</{p}sheetData></{p}worksheet>').encode()


def _staff(supervisor, *numbers):
    for no in numbers:
        add_staff(supervisor, employee_no=no, name="某", hire_date="2020-01-01")


# ---------------------------------------------------------------- what cells read as


def test_openpyxl_workbook_with_every_kind_of_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", " 姓名 ", "+86 电话", 1001, -2.5, 1e20, True, False, None, "#N/A"])
    ws.append([dt.datetime(2026, 10, 3), dt.date(2026, 10, 4), dt.time(4, 5), dt.timedelta(hours=30), 0.93])
    ws["C2"].number_format = "0.00%"
    ws["A4"] = "=SUM(1,2)"  # a formula without a stored value: not a blank, but "uncalculated"
    ws["D4"] = "#DIV/0!"  # openpyxl writes this as an error cell
    ws.cell(row=7, column=30, value="far")
    other = wb.create_sheet("第二页")
    other.append([None, None, "x"])
    path = tmp_path / "all.xlsx"
    wb.save(path)
    rows = read(path)
    assert type(rows[0][4][0]) is Uncalculated and rows[0][4][0] == "=SUM(1,2)"
    rows[0][4] = (None,) + rows[0][4][1:]  # openpyxl reads it as None: otherwise the same
    assert rows == read_openpyxl(path)
    assert rows[0][1][:4] == ("工号", " 姓名 ", "+86 电话", 1001)
    assert rows[0][1][9] == "#N/A" and rows[0][4] == (None, None, None, "#DIV/0!")
    assert rows[0][2][0] == dt.date(2026, 10, 3) and rows[0][2][3] == dt.timedelta(hours=30)
    assert rows[0][2][2] == pytest.approx(245 / 1440)  # a time of day shown as a percentage: its number
    assert rows[0][7][29] == "far" and rows[1] == {1: (None, None, "x")}


def test_xlsxwriter_workbook_with_shared_strings_rich_text_formulas_and_dates(tmp_path):
    import xlsxwriter
    path = tmp_path / "xw.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("数据")
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    bold = book.add_format({"bold": True})
    ws.write_row(0, 0, ["月份", "工号", "客户满意度(%)"])
    ws.write_string(1, 0, "2026-10")
    ws.write_number(1, 1, 1001)
    ws.write_number(1, 2, 0.935)
    ws.write_datetime(2, 0, dt.datetime(2026, 10, 31), date)
    ws.write_boolean(2, 1, True)
    ws.write_rich_string(2, 2, "满意", bold, "度", "高")
    ws.write_formula(3, 0, "=1/0", None, "#DIV/0!")
    ws.write_formula(3, 1, '="a"&"b"', None, "ab")
    ws.write_formula(3, 2, "=1+1", None, 2)
    ws.write_blank(5, 3, None, bold)
    ws.write_string(9, 4, "after a gap")
    book.close()
    rows = assert_same_as_openpyxl(path)[0]
    assert rows[3] == (dt.date(2026, 10, 31), True, "满意度高")
    assert rows[4] == ("#DIV/0!", "ab", 2) and rows[10] == (None, None, None, None, "after a gap")


def test_dates_in_the_1904_system(tmp_path):
    import xlsxwriter
    path = tmp_path / "mac.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["工号", "姓名", "入职日期"])
    ws.write_row(1, 0, ["M1", "苹果"])
    ws.write_datetime(1, 2, dt.datetime(2026, 10, 3), book.add_format({"num_format": "yyyy/m/d"}))
    book.close()
    assert assert_same_as_openpyxl(path)[0][2] == ("M1", "苹果", dt.date(2026, 10, 3))


def test_write_only_workbook_with_inline_strings_and_blank_rows(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    ws.append(["月份", "工号"])
    ws.append([])
    ws.append(["2026-10", None, 3.5])
    ws.append([None, None, None])
    ws.append(["尾部", "  "])
    path = tmp_path / "wo.xlsx"
    wb.save(path)
    assert assert_same_as_openpyxl(path)[0] == {1: ("月份", "工号"), 3: ("2026-10", None, 3.5), 5: ("尾部",)}


def test_a_sheet_starting_at_c3_reads_at_its_own_rows_and_columns(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["C3"], ws["E6"], ws["D9"] = "c3", "e6", "d9"
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    assert assert_same_as_openpyxl(path)[0] == {3: (None, None, "c3"), 6: (None, None, None, None, "e6"),
                                                9: (None, None, None, "d9")}
    book = open_book(path, "xlsx")
    numbers = [n for n, _ in sheet_rows(book, book.sheets[0])]
    book.close()
    assert numbers == list(range(1, 10))


def test_rows_and_cells_without_r_and_odd_cell_types(tmp_path):
    body = (
        '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="E1"><v>2.50</v></c><c><v>1E3</v></c></row>'
        '<row r="4"><c r="B4" t="str"><f>A1</f><v>text &amp; more</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="b"><v>0</v></c><c t="d"><v>2026-10-03T00:00:00</v></c><c><v></v></c><c t="s"/></row>'
        '<row><c r="C5" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本 </t></r>'
        '<rPh sb="0" eb="1"><t>フ</t></rPh></is></c></row>'
        '<row r="7" spans="1:2"><c r="A7"><v>-0.5</v></c></row>'
    )
    path = _with_sheet(tmp_path, _sheet(body))
    rows = assert_same_as_openpyxl(path)[0]
    assert rows == {1: ("a", 1, None, None, 2.5, 1000.0),
                    4: (None, "text & more", "#N/A", False, dt.date(2026, 10, 3)),
                    5: (None, None, "富 文本 "), 7: (-0.5,)}


def test_namespace_prefix_no_declaration_and_a_document_type_declaration(tmp_path):
    body = '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>工号</x:t></x:is></x:c></x:row>'
    path = _with_sheet(tmp_path, _sheet(body, prefix="x", head=""))
    assert assert_same_as_openpyxl(path)[0] == {2: (None, "工号")}
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row>'
    path = _with_sheet(tmp_path, _sheet(body, head='<?xml version="1.0"?><!-- by hand --><!DOCTYPE worksheet>'),
                       "dtd.xlsx")
    assert assert_same_as_openpyxl(path)[0] == {1: ("工号",)}


def test_a_sheet_not_in_utf8_or_with_a_bad_cell_reference_is_refused_as_damaged(tmp_path, db):
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'
    utf16 = _sheet(body, head='<?xml version="1.0" encoding="UTF-16"?>').decode().encode("utf-16")
    bad_ref = _sheet('<row r="1"><c r="1A"><v>1</v></c></row>')
    for name, xml in (("utf16.xlsx", utf16), ("ref.xlsx", bad_ref)):
        with pytest.raises(FileRefused, match="已损坏或不是有效的 Excel 工作簿"):
            read_import(_with_sheet(tmp_path, xml, name), "staff")


def test_a_wrong_dimension_tag_is_ignored(tmp_path):
    body = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="D{i}"><v>{i * 2}</v></c></row>' for i in range(1, 6))
    path = _with_sheet(tmp_path, _sheet(body, dimension='<dimension ref="A1:A2"/>'))
    assert assert_same_as_openpyxl(path)[0] == {i: (i, None, None, i * 2) for i in range(1, 6)}


def test_line_breaks_and_excels_x000d_escape_read_as_line_feeds(tmp_path, db, supervisor):
    import xlsxwriter
    path = tmp_path / "breaks.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["工号", "姓名", "备注"])
    ws.write_row(1, 0, ["B1", "甲", "上午\r\n下午"])  # written as 上午_x000D_\n下午, as Excel does
    ws.write_row(2, 0, ["B2", "乙", "单独\r回车"])
    ws.write_row(3, 0, ["B3", "丙", "字面 _x000D_ 文字"])  # the escape's own text: written _x005F_x000D_
    book.close()
    strings = zipfile.ZipFile(path).read("xl/sharedStrings.xml")
    assert "上午_x000D_\n下午".encode() in strings and b"_x005F_x000D_" in strings
    preview = read_import(path, "staff")
    assert preview.ok, preview.problem_lines()
    assert [r.values["note"] for r in preview.rows] == ["上午\n下午", "单独\n回车", "字面 _x000D_ 文字"]


def test_a_carriage_return_in_the_first_rows_does_not_import_rows_twice(tmp_path, db, supervisor):
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>备注</t></is></c></row>']
    for i in range(2, 8):
        note = "第一行\r\n第二行" if i == 4 else "无"
        rows.append(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>C{i}</t></is></c>'
                    f'<c r="B{i}" t="inlineStr"><is><t>某</t></is></c>'
                    f'<c r="C{i}" t="inlineStr"><is><t>{note}</t></is></c></row>')
    path = _with_sheet(tmp_path, _sheet("".join(rows)))
    preview = read_import(path, "staff")
    assert preview.ok, preview.problem_lines()
    assert [r.row for r in preview.rows] == [2, 3, 4, 5, 6, 7]
    assert preview.rows[2].values["note"] == "第一行\n第二行"
    apply_import(supervisor, preview)
    assert Staff.select().where(Staff.employee_no.startswith("C")).count() == 6


def test_whole_numbers_dates_and_booleans_read_as_the_import_needs(tmp_path, db, supervisor, xlsx):
    path = xlsx([["工号", "姓名", "入职日期", "备注"],
                 [1001, "甲", dt.datetime(2026, 10, 3), True],
                 [1002.0, "乙", dt.date(2026, 10, 4), 12.0]])
    preview = read_import(path, "staff")
    assert preview.ok, preview.problem_lines()
    values = [r.values for r in preview.rows]
    assert [(v["employee_no"], v["hire_date"], v["note"]) for v in values] == [
        ("1001", dt.date(2026, 10, 3), "True"), ("1002", dt.date(2026, 10, 4), "12")]


def test_a_time_formatted_duration_and_a_formula_without_a_stored_value(tmp_path, db, supervisor):
    import xlsxwriter
    _staff(supervisor, "T1", "T2")
    path = tmp_path / "durations.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["月份", "工号", "平均处理时长(秒)", "平均响应时长(秒)", "订单数"])
    ws.write_row(1, 0, ["2026-10", "T1"])
    ws.write_number(1, 2, 245 / 86400, book.add_format({"num_format": "mm:ss"}))  # shown 04:05
    ws.write_number(1, 3, 35 / 86400, book.add_format({"num_format": "[h]:mm:ss"}))
    ws.write_formula(1, 4, "=SUM(X1:X9)", None, "")  # no stored result, as before Excel recalculates
    ws.write_row(2, 0, ["2026-10", "T2", 300, 40, 7])
    book.close()
    preview = read_import(path, "figures")
    # Not read as a blank (which would quietly leave the figure out): the row and column are named.
    assert [(p.row, p.column, p.value) for p in preview.problems] == [(2, 5, "=SUM(X1:X9)")]
    assert "没有保存计算结果" in preview.problems[0].message  # and the two durations (C, D) read


# ---------------------------------------------------------------- error cells


def test_an_error_cell_in_a_number_column_is_a_problem_naming_row_column_and_error(tmp_path, db, supervisor):
    import xlsxwriter
    _staff(supervisor, "E1", "E2")
    path = tmp_path / "errors.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("数据")
    ws.write_row(0, 0, ["月份", "工号", "销售额(元)", "订单数", "备注"])
    ws.write_row(1, 0, ["2026-10", "E1", 100])
    ws.write_formula(1, 3, "=NA()", None, "#N/A")
    ws.write_row(2, 0, ["2026-10", "E2"])
    ws.write_formula(2, 2, "=1/0", None, "#DIV/0!")
    book.close()
    preview = read_import(path, "figures")
    found = {(p.row, p.column, p.value, p.message) for p in preview.problems}
    assert found == {(2, 4, "#N/A", "应为整数"), (3, 3, "#DIV/0!", "应为数字")}
    assert "第 2 行，订单数（D 列）" in preview.problems[0].text() and "#N/A" in preview.problems[0].text()


def test_an_error_cell_in_a_text_column_reads_as_its_text_not_a_blank(tmp_path, db, supervisor):
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "组别"])
    ws.append(["N1", "甲", "#REF!"])
    path = tmp_path / "ref.xlsx"
    wb.save(path)
    assert b't="e"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    preview = read_import(path, "staff")
    assert preview.rows[0].values["team"] == "#REF!"


@pytest.mark.parametrize("name", ["office.xls", "office.ods"])
def test_old_excel_and_opendocument_files_import_like_xlsx(name, db, supervisor):
    path = DATA / name
    assert check_spreadsheet(path) == name.rsplit(".", 1)[1]
    preview = read_import(path, "staff")
    assert preview.ok, preview.problem_lines()
    assert [(r.values["employee_no"], r.values["hire_date"]) for r in preview.rows] == [
        ("1001", dt.date(2026, 10, 3)), ("KF102", dt.date(2026, 10, 4))]
    assert preview.rows[0].values["note"] == "第一行\n第二行"
    apply_import(supervisor, preview)
    figures = read_import(path, "figures")
    found = {(p.sheet, p.row, p.column, p.value) for p in figures.problems}
    assert found == {("月度数据", 2, 5, "#N/A"), ("月度数据", 2, 6, "#DIV/0!")}
    rows = read(path)[1]
    assert rows[2][2:4] == (dt.time(0, 4, 5), dt.timedelta(seconds=35)) or rows[2][2:4] == (
        dt.time(0, 4, 5), dt.time(0, 0, 35))
    assert rows[3] == ("2026-10", "KF102", 300, 40, 1500.5, 12)
    assert read(path)[2] == {3: (None, None, "c3"), 6: (None, None, None, None, "e6"),
                             9: (None, None, None, "d9", None, "#N/A"),
                             10: (None, None, None, None, None, None, dt.timedelta(hours=30))}


def test_an_ods_error_after_repeated_columns_and_rows_is_placed_right(tmp_path):
    from csperf_desktop.excel.reader import Sheet, ods_errors

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
        '<office:body><office:spreadsheet>'
        '<table:table table:name="其他"><table:table-row><table:table-cell calcext:value-type="error">'
        '<text:p>#VALUE!</text:p></table:table-cell></table:table-row></table:table>'
        '<table:table table:name="数据">'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:covered-table-cell/>'
        '<table:table-cell office:value-type="string" calcext:value-type="error"><text:p>#N/A</text:p>'
        '</table:table-cell></table:table-row></table:table>'
        '</office:spreadsheet></office:body></office:document-content>')
    path = tmp_path / "e.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    assert ods_errors(path, Sheet("数据", 1)) == {4: {4: "#N/A"}}
    assert ods_errors(path, Sheet("其他", 0)) == {1: {1: "#VALUE!"}}


def test_an_xlsx_without_error_cells_is_not_parsed_for_them(tmp_path, monkeypatch, xlsx):
    from csperf_desktop.excel import reader

    path = xlsx([["工号", "姓名"], ["A1", "甲"]])
    parsed = []
    import defusedxml.ElementTree as DET
    real = DET.iterparse
    monkeypatch.setattr(DET, "iterparse", lambda *a, **k: parsed.append(1) or real(*a, **k))
    assert reader.xlsx_errors(path, reader.Sheet("Sheet1", 0)) == {}
    assert parsed == []


# ---------------------------------------------------------------- random sheets, two writers

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list("aZ09 _-.,;:%/\\<>&\"'\t\n") + ["é", "客", "服", "€", "𠀀"]),
                min_size=1, max_size=12)
_VALUES = st.one_of(
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.floats(min_value=-1e-6, max_value=1e-6, allow_nan=False),
    st.booleans(),
    _TEXT,
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)),
    st.sampled_from(["#N/A", "#DIV/0!", "#VALUE!", "#REF!"]),
)
_CELLS = st.dictionaries(st.tuples(st.integers(1, 40), st.integers(1, 12)), _VALUES, min_size=1, max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=_CELLS)
def test_random_sheets_from_openpyxl_read_like_openpyxl(tmp_path, cells):
    wb = Workbook()
    ws = wb.active
    for (r, c), v in cells.items():
        ws.cell(r, c, v)  # "#N/A" and the like are written as error cells
    path = tmp_path / "random-openpyxl.xlsx"
    wb.save(path)
    assert_same_as_openpyxl(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=_CELLS)
def test_random_sheets_from_xlsxwriter_read_like_openpyxl(tmp_path, cells):
    import xlsxwriter
    path = tmp_path / "random-xlsxwriter.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for (r, c), v in cells.items():
        if isinstance(v, dt.datetime):
            sheet.write_datetime(r - 1, c - 1, v, stamp_format)
        elif isinstance(v, dt.date):
            sheet.write_datetime(r - 1, c - 1, dt.datetime(v.year, v.month, v.day), date_format)
        elif isinstance(v, bool):
            sheet.write_boolean(r - 1, c - 1, v)
        elif isinstance(v, str) and v.startswith("#") and v.endswith(("A", "!")):
            sheet.write_formula(r - 1, c - 1, "=NA()", None, v)  # an error result
        elif isinstance(v, str):
            sheet.write_string(r - 1, c - 1, v)
        else:
            sheet.write_number(r - 1, c - 1, v)
    book.close()
    assert_same_as_openpyxl(path)


def test_a_marked_copy_of_an_xls_or_ods_is_an_xlsx_with_the_values_and_the_marks(tmp_path, db, supervisor):
    from csperf_desktop.excel import save_marked_copy

    for name in ("office.xls", "office.ods"):
        preview = read_import(DATA / name, "figures")  # nobody on staff yet: every employee number is unknown
        out = save_marked_copy(preview, tmp_path / f"{name}-marked.xlsx")
        wb = load_workbook(out)
        ws = wb["月度数据"]
        assert wb.sheetnames == ["人员", "月度数据", "偏移"] and ws["B2"].value == "1001" and ws["E2"].value == "#N/A"
        assert ws["C3"].value == 300 and wb["人员"]["C2"].value.date() == dt.date(2026, 10, 3)
        assert ws["E2"].fill.fgColor.rgb.endswith("FFC7CE") and "数字" in ws["E2"].comment.text
        assert ws["B3"].comment is not None and "工号" in ws["B3"].comment.text


def test_an_error_cell_written_with_spaces_or_single_quotes_is_still_found(tmp_path):
    body = ('<row r="1"><c r="A1" t = \'e\'><v>#N/A</v></c><c r="B1" t="e"><v>#NUM!</v></c>'
            '<c r="C1" t="inlineStr"><is><t>e</t></is></c></row>')
    path = _with_sheet(tmp_path, _sheet(body))
    assert read(path)[0] == {1: ("#N/A", "#NUM!", "e")}


def test_a_sheet_without_blank_cells_is_not_searched_for_error_cells(tmp_path, monkeypatch):
    # calamine reads error cells and formulas without a result as blanks: a sheet with no blank
    # cell has none, so only its prolog is looked at; a sheet with one is searched as before
    from openpyxl import Workbook

    from csperf_desktop.excel import reader

    wb = Workbook()
    wb.active.append(["工号", "接待量"])
    wb.active.append(["A01", 5])
    full = tmp_path / "full.xlsx"
    wb.save(full)
    wb.active.append(["A02", "#N/A"])
    wb.active.append(["A03", "=B2*2"])
    holey = tmp_path / "holey.xlsx"
    wb.save(holey)
    searched = []
    original = reader.xlsx_errors
    monkeypatch.setattr(reader, "xlsx_errors", lambda path, sheet: searched.append(path) or original(path, sheet))

    def read(path):
        book = open_book(path, "xlsx")
        try:
            return [row for _, row in sheet_rows(book, book.sheets[0])]
        finally:
            book.close()

    assert read(full) == [("工号", "接待量"), ("A01", 5.0)] and searched == []
    rows = read(holey)
    assert searched == [holey] and rows[2] == ("A02", "#N/A")
    assert isinstance(rows[3][1], Uncalculated) and rows[3][1] == "=B2*2"
