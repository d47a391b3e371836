"""Files that are not a plain xlsx, xls or ods are refused before any reader parses them."""

import resource
import time
import zipfile

import pytest

from csperf_desktop.excel import FileRefused, check_xlsx, read_import
from csperf_desktop.excel.safety import Limits, check_spreadsheet


def test_renamed_csv_is_refused_with_save_as_advice(tmp_path, db):
    path = tmp_path / "figures.xlsx"
    path.write_text("月份,工号,客户满意度\n2026-10,A01,93%\n", encoding="utf-8")
    with pytest.raises(FileRefused) as exc:
        read_import(path, "figures")
    assert "CSV" in exc.value.message and "另存为" in exc.value.message


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_an_xls_or_ods_is_told_by_its_content_whatever_its_name(tmp_path):
    from pathlib import Path

    data = Path(__file__).parent / "data"
    for fixture, fmt in (("office.xls", "xls"), ("office.ods", "ods")):
        renamed = tmp_path / f"saved-by-wps.{'xlsx' if fmt == 'xls' else 'xls'}"
        renamed.write_bytes((data / fixture).read_bytes())
        assert check_spreadsheet(data / fixture) == fmt and check_spreadsheet(renamed) == fmt
    with pytest.raises(FileRefused, match="不是 .xlsx 工作簿"):
        check_xlsx(data / "office.xls")  # only an .xlsx can be marked in place


def test_a_csv_or_html_renamed_to_xls_is_refused_with_save_as_advice(tmp_path, db):
    for name, text, kind in (("figures.xls", "月份,工号,客户满意度\n2026-10,A01,93%\n", "CSV"),
                             ("export.xls", "<html><body><table><tr><td>工号</td></tr></table></body></html>", "网页")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(FileRefused) as exc:
            read_import(path, "figures")
        assert kind in exc.value.message and "另存为" in exc.value.message


def test_an_xls_over_its_size_limit_and_word_files_in_ole_are_refused(tmp_path):
    path = tmp_path / "big.xls"
    path.write_bytes(OLE + b"\x00" * 4000 + "Workbook".encode("utf-16-le"))
    assert check_spreadsheet(path) == "xls"
    with pytest.raises(FileRefused, match=".xls 的上限 0 MB"):
        check_spreadsheet(path, Limits(max_xls_bytes=1000))
    doc = tmp_path / "letter.xls"
    doc.write_bytes(OLE + b"\x00" * 2000 + "WordDocument".encode("utf-16-le"))
    with pytest.raises(FileRefused, match="Word 文档"):
        check_spreadsheet(doc)
    junk = tmp_path / "junk.xls"
    junk.write_bytes(OLE + b"\x00" * 2000)
    with pytest.raises(FileRefused, match="找不到表格数据"):
        check_spreadsheet(junk)


def _ods(path, content: bytes = b"<office:document-content/>", mimetype: str = "application/vnd.oasis.opendocument.spreadsheet",
         manifest: bytes = b"<manifest/>"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", mimetype)
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return path


def test_an_ods_is_held_to_the_zip_limits(tmp_path, db):
    bomb = _ods(tmp_path / "bomb.ods", b"<x/>" + b" " * (300 * 1024 * 1024))
    with pytest.raises(FileRefused, match="压缩炸弹"):
        read_import(bomb, "staff")
    with pytest.raises(FileRefused, match="解压后共"):
        check_spreadsheet(_ods(tmp_path / "mid.ods", b" " * 3_000_000),
                          Limits(max_uncompressed_bytes=2 * 1024 * 1024, max_ratio=100_000))


def test_an_encrypted_ods_a_text_document_and_an_ods_without_content_are_refused(tmp_path):
    with pytest.raises(FileRefused, match="密码"):
        check_spreadsheet(_ods(tmp_path / "secret.ods", manifest=b"<manifest:encryption-data/>"))
    with pytest.raises(FileRefused, match="不是电子表格"):
        check_spreadsheet(_ods(tmp_path / "letter.ods", mimetype="application/vnd.oasis.opendocument.text"))
    empty = tmp_path / "empty.ods"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(FileRefused, match="content.xml"):
        check_spreadsheet(empty)


def test_password_protected_workbook_is_refused(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
                     + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(FileRefused) as exc:
        check_xlsx(path)
    assert "密码" in exc.value.message


def test_damaged_zip_is_refused(tmp_path, xlsx):
    good = xlsx([["工号", "姓名"], ["A01", "甲"]])
    data = good.read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileRefused) as exc:
        check_xlsx(bad)
    assert "损坏" in exc.value.message


def test_empty_and_non_workbook_zip_are_refused(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(FileRefused, match="空文件"):
        check_xlsx(empty)
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(FileRefused, match="不是 Excel"):
        check_xlsx(other)


def _bomb(path, declared_mb: int, zip64: bool = True):
    """A structurally valid xlsx whose sheet inflates to ``declared_mb`` MB of XML (a few hundred KB on disk)."""
    from openpyxl import Workbook

    src = path.with_name("src.xlsx")
    wb = Workbook()
    wb.active.append(["工号", "姓名"])
    wb.save(src)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with zout.open(item.filename, "w", force_zip64=zip64) as fh:
                    fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                             b'spreadsheetml/2006/main"><sheetData>')
                    chunk = b"<row/>" * (1024 * 1024 // 6)
                    for _ in range(declared_mb):
                        fh.write(chunk)
                    fh.write(b"</sheetData></worksheet>")
            else:
                zout.writestr(item, zin.read(item.filename))
    return path


def test_zip_bomb_is_refused_from_the_directory_without_inflating(tmp_path, db):
    path = _bomb(tmp_path / "bomb.xlsx", 400)
    assert path.stat().st_size < 3 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(FileRefused) as exc:
        read_import(path, "staff")
    assert time.perf_counter() - start < 1.0
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 50
    assert "压缩炸弹" in exc.value.message or "解压后" in exc.value.message


def test_limits_are_configurable_and_total_size_counts(tmp_path):
    path = _bomb(tmp_path / "mid.xlsx", 3)
    check_xlsx(path, Limits(max_ratio=10_000))  # 3 MB is fine by default ratios?
    with pytest.raises(FileRefused, match="解压后"):
        check_xlsx(path, Limits(max_uncompressed_bytes=2 * 1024 * 1024, max_ratio=10_000))


def test_too_many_rows_is_refused(tmp_path, db, xlsx):
    rows = [["工号", "姓名"]] + [[f"A{i}", "某"] for i in range(30)]
    path = xlsx(rows)
    preview = read_import(path, "staff", limits=Limits(max_rows=20))
    assert preview.problems and "20 行的上限" in preview.problems[0].message
    assert preview.rows == []


def test_entity_expansion_is_refused(tmp_path, db, xlsx):
    good = xlsx([["工号", "姓名"], ["A01", "甲"]])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                if data.startswith(b"<?xml"):
                    data = data.split(b"?>", 1)[1]
                data = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + data)
            zout.writestr(item, data)
    with pytest.raises(FileRefused) as exc:
        read_import(evil, "staff")
    assert "不安全" in exc.value.message


def test_too_many_members_is_refused(tmp_path):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(30):
            zf.writestr(f"xl/media/image{i}.png", b"x")
    with pytest.raises(FileRefused, match="内部部件"):
        check_xlsx(path, Limits(max_members=20))


def test_too_many_cells_is_refused(db, xlsx):
    rows = [["工号", "姓名", "组别"]] + [[f"A{i}", "某", "一组"] for i in range(20)]
    preview = read_import(xlsx(rows), "staff", limits=Limits(max_cells=30))
    assert "单元格超过 30 个" in preview.problems[0].message


def test_xlsb_and_word_files_are_named(tmp_path):
    for member, words in (("xl/workbook.bin", ".xlsb"), ("word/document.xml", "Word")):
        path = tmp_path / "f.xlsx"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr(member, "x")
        with pytest.raises(FileRefused, match=words):
            check_xlsx(path)


def _claim_dimension(src, out, real: str, claimed: str):
    """A copy of *src* whose first sheet says it spans *claimed* where it spans *real*."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert f'<dimension ref="{real}" />'.encode() in data
                data = data.replace(f'<dimension ref="{real}" />'.encode(), f'<dimension ref="{claimed}" />'.encode())
            zout.writestr(item, data)
    return out


def test_a_lying_dimension_tag_does_not_hide_data(tmp_path, db, supervisor):
    from openpyxl import Workbook

    from csperf_desktop.excel import apply_import

    src = tmp_path / "src.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["备注", "工号", "姓名", "组别"])
    for i in range(10):
        ws.append(["", f"D{i}", "某", "一组"])
    wb.save(src)
    bad = _claim_dimension(src, tmp_path / "dims.xlsx", "A1:D11", "A1:A2")
    preview = read_import(bad, "staff")
    assert preview.ok, preview.problem_lines()
    assert len(preview.adds) == 10
    assert "备注" not in " ".join(preview.notes)  # 备注 is a staff column (note)
    apply_import(supervisor, preview)


def test_zip_bomb_that_lies_about_its_size_is_refused_without_inflating(tmp_path, db):
    import struct

    path = _bomb(tmp_path / "liar.xlsx", 100, zip64=False)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, name_len_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        pos = 0
        while (i := data.find(signature, pos)) >= 0:
            n = struct.unpack("<H", data[i + name_len_at:i + name_len_at + 2])[0]
            if data[i + name_at:i + name_at + n] == name:
                assert struct.unpack("<I", data[i + size_at:i + size_at + 4])[0] > 100_000_000
                struct.pack_into("<I", data, i + size_at, 1000)  # claims 1000 bytes, inflates to 100 MB
            pos = i + 4
    path.write_bytes(bytes(data))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(FileRefused):
        read_import(path, "staff")
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 50


def test_a_lying_dimension_tag_does_not_hide_figures_columns_or_rows(tmp_path, db, supervisor):
    from openpyxl import Workbook

    from csperf_desktop.excel import apply_import
    from csperf_desktop.store.models import MonthlyFigures
    from csperf_desktop.office.staff import add_staff

    for no in ("F1", "F2", "F3"):
        add_staff(supervisor, employee_no=no, name="某")
    src = tmp_path / "src.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["月份", "工号", "接待量", "订单数"])
    for no in ("F1", "F2", "F3"):
        ws.append(["2026-10", no, 100, 5])
    wb.save(src)
    bad = _claim_dimension(src, tmp_path / "dims.xlsx", "A1:D4", "A1:B2")
    preview = read_import(bad, "figures")
    assert preview.ok, preview.problem_lines()
    assert set(preview.columns) == {"month", "employee_no", "contacts", "orders"} and len(preview.adds) == 3
    apply_import(supervisor, preview)
    assert [(f.contacts, f.orders) for f in MonthlyFigures.select()] == [(100, 5)] * 3
