"""The one-pass sheet reader gives exactly what openpyxl's read-only iteration gives, on files
written by different programs and on hand-written sheet XML."""

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from csperf_desktop.excel import sheetxml
from csperf_desktop.excel.sheetxml import openpyxl_rows, plain_prolog, sheet_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _trim(row) -> tuple:
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def _read(path, reader) -> list:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out = []
        for ws in wb.worksheets:
            out.append({n: _trim(r) for n, r in reader(wb, ws) if _trim(r)})
        return out
    finally:
        wb.close()


def assert_same_as_openpyxl(path) -> list:
    fast = _read(path, sheet_rows)
    slow = _read(path, lambda wb, ws: openpyxl_rows(ws))
    assert fast == slow
    return fast


def _uses_fast_reader(path) -> bool:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = sheet_rows(wb, wb.worksheets[0])
        fast = rows.__name__ == "_stream"
        rows.close()
        return fast
    finally:
        wb.close()


def test_openpyxl_workbook_with_every_kind_of_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", " 姓名 ", "+86 电话", 1001, -2.5, 1e20, True, False, None, "#N/A"])
    ws.append([dt.datetime(2026, 10, 3), dt.date(2026, 10, 4), dt.time(4, 5), dt.timedelta(hours=30), 0.93])
    ws["C2"].number_format = "0.00%"
    ws["A4"] = "=SUM(1,2)"  # a formula without a cached value reads as blank
    ws["D4"] = "#DIV/0!"
    ws.cell(row=7, column=30, value="far")
    other = wb.create_sheet("第二页")
    other.append([None, None, "x"])
    path = tmp_path / "all.xlsx"
    wb.save(path)
    rows = assert_same_as_openpyxl(path)
    assert rows[0][1][:4] == ("工号", " 姓名 ", "+86 电话", 1001)
    assert rows[0][2][0] == dt.datetime(2026, 10, 3) and isinstance(rows[0][2][3], dt.timedelta)
    assert rows[0][7][29] == "far" and rows[1] == {1: (None, None, "x")}
    assert _uses_fast_reader(path)


def test_xlsxwriter_workbook_with_shared_strings_rich_text_formulas_and_dates(tmp_path):
    xlsxwriter = pytest.importorskip("xlsxwriter")
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
    assert rows[3] == (dt.datetime(2026, 10, 31), True, "满意度高")
    assert rows[4] == ("#DIV/0!", "ab", 2) and rows[10] == (None, None, None, None, "after a gap")
    assert _uses_fast_reader(path)


def test_xlsxwriter_1904_dates(tmp_path):
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "mac.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    ws = book.add_worksheet()
    ws.write_datetime(0, 0, dt.datetime(2026, 10, 3), book.add_format({"num_format": "yyyy/m/d"}))
    book.close()
    assert assert_same_as_openpyxl(path)[0][1] == (dt.datetime(2026, 10, 3),)


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
    assert assert_same_as_openpyxl(path)[0] == {1: ("月份", "工号"), 3: ("2026-10", None, 3.5), 5: ("尾部", "  ")}


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


def test_rows_and_cells_without_r_and_odd_cell_types(tmp_path):
    body = (
        '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="E1"><v>2.50</v></c><c><v>1E3</v></c></row>'
        '<row r="4"><c r="B4" t="str"><f>A1</f><v>text &amp; more</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="b"><v>0</v></c><c t="d"><v>2026-10-03T00:00:00</v></c><c><v></v></c><c t="s"/></row>'
        '<row><c r="C5" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本 </t></r>'
        '<rPh sb="0" eb="1"><t>フ</t></rPh></is></c></row>'
        '<row r="3"><c><v>9</v></c></row>'  # an earlier row number after row 5: skipped, as openpyxl does
        '<row r="5"><c><v>9</v></c></row>'  # a repeated row: skipped too
        '<row r="7.0" spans="1:2"><c r="A7"><v>-0.5</v></c></row>'
    )
    path = _with_sheet(tmp_path, _sheet(body))
    rows = assert_same_as_openpyxl(path)[0]
    assert rows == {1: ("a", 1, None, None, 2.5, 1000.0), 4: (None, "text & more", "#N/A", False,
                                                               dt.datetime(2026, 10, 3)),
                    5: (None, None, "富 文本 "), 7: (-0.5,)}


def test_namespace_prefix_and_no_declaration(tmp_path):
    body = '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>工号</x:t></x:is></x:c></x:row>'
    path = _with_sheet(tmp_path, _sheet(body, prefix="x", head=""))
    assert assert_same_as_openpyxl(path)[0] == {2: (None, "工号")}
    assert _uses_fast_reader(path)


def test_a_document_type_declaration_or_utf16_is_left_to_openpyxl(tmp_path):
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row>'
    with_dtd = _sheet(body, head='<?xml version="1.0"?><!-- made by hand --><!DOCTYPE worksheet>')
    path = _with_sheet(tmp_path, with_dtd, "dtd.xlsx")
    assert not _uses_fast_reader(path)
    assert assert_same_as_openpyxl(path)[0] == {1: ("工号",)}
    utf16 = _sheet(body, head='<?xml version="1.0" encoding="UTF-16"?>').decode().encode("utf-16")
    path = _with_sheet(tmp_path, utf16, "utf16.xlsx")
    assert not _uses_fast_reader(path)
    assert assert_same_as_openpyxl(path)[0] == {1: ("工号",)}


def test_plain_prolog():
    assert plain_prolog(b'<?xml version="1.0"?>\n<!-- c --><worksheet>') is True
    assert plain_prolog(b"\xef\xbb\xbf<worksheet>") is True
    assert plain_prolog(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>') is False
    assert plain_prolog('<?xml version="1.0"?><x/>'.encode("utf-16")) is False
    assert plain_prolog(b'<?xml version="1.0"') is None  # more bytes needed
    assert plain_prolog(b"<!-- a long comment") is None


def test_a_long_prolog_is_read_until_the_root(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetxml, "CHUNK", 64)
    body = '<row r="1"><c r="A1"><v>5</v></c></row>'
    head = '<?xml version="1.0"?>' + "<!-- " + "注释" * 200 + " -->"
    path = _with_sheet(tmp_path, _sheet(body, head=head))
    assert _uses_fast_reader(path)
    assert assert_same_as_openpyxl(path)[0] == {1: (5,)}
    path = _with_sheet(tmp_path, _sheet(body, head=head + "<!DOCTYPE worksheet>"), "late.xlsx")
    assert not _uses_fast_reader(path)


def test_a_wrong_dimension_tag_is_ignored(tmp_path):
    body = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="D{i}"><v>{i * 2}</v></c></row>' for i in range(1, 6))
    path = _with_sheet(tmp_path, _sheet(body, dimension='<dimension ref="A1:A2"/>'))
    assert assert_same_as_openpyxl(path)[0] == {i: (i, None, None, i * 2) for i in range(1, 6)}


def test_bad_cell_reference_raises_like_openpyxl(tmp_path):
    path = _with_sheet(tmp_path, _sheet('<row r="1"><c r="1A"><v>1</v></c></row>'))
    wb = load_workbook(path, read_only=True, data_only=True)
    with pytest.raises(ValueError):
        list(sheet_rows(wb, wb.worksheets[0]))
    wb.close()
