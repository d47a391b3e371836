"""Checks an uploaded file before any reader parses it.

``check_spreadsheet`` tells an import's file by its content (not its
extension) and returns its format: "xlsx", "xls" (an Excel 97-2003 OLE
compound file) or "ods" (an OpenDocument spreadsheet, as LibreOffice and WPS
save it). An .xlsx and an .ods are zip archives of XML parts: we read only the
zip's central directory and refuse, with a message a supervisor can act on, an
archive whose declared sizes are unreasonable (a zip bomb), a damaged archive,
a binary .xlsb, an encrypted part, or a Word/PowerPoint/Writer document. An
.xls is held to a smaller size limit (it is read whole). A password-protected
workbook, and a CSV, HTML or other text renamed to .xls/.xlsx, are refused.
Python's zipfile stops decompressing a member at its declared size, so checking
the directory bounds the memory a file can take. Error cells are looked for
with defusedxml (entity expansion and external entities are refused).

``check_xlsx`` accepts only an .xlsx (what openpyxl opens to mark a copy).
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import ValidationError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    """What an import accepts. Generous for an office of 200 people and years of history."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_xls_bytes: int = 30 * 1024 * 1024  # an .xls is read whole into memory
    max_members: int = 1000
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_member_bytes: int = 200 * 1024 * 1024
    max_shared_strings_bytes: int = 60 * 1024 * 1024
    max_ratio: int = 200  # compression ratio refused for members above 1 MB uncompressed
    max_rows: int = 100_000  # data rows (non-blank) in the sheet read
    max_scanned_rows: int = 1_100_000  # rows of any kind, blank included
    max_columns: int = 200
    max_cells: int = 3_000_000


LIMITS = Limits()


class FileRefused(ValidationError):
    """The file is not something we will open."""


def _name(path: Path) -> str:
    return path.name


def check_xlsx(path, limits: Limits = LIMITS) -> None:
    """Refuse anything but a sane .xlsx, looking only at the header bytes and the zip directory."""
    if check_spreadsheet(path, limits) != "xlsx":
        raise FileRefused(f"“{Path(path).name}”不是 .xlsx 工作簿，无法在其上标注。", field="file")


ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def check_spreadsheet(path, limits: Limits = LIMITS) -> str:
    """Refuse anything but a sane .xlsx, .xls or .ods; return which of the three it is ("xlsx", "xls", "ods")."""
    path = Path(path)
    name = _name(path)
    if not path.exists():
        raise FileRefused(f"找不到文件“{path}”。请检查路径。", field="file")
    if path.is_dir():
        raise FileRefused(f"“{path}”是文件夹，不是 Excel 文件。", field="file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except PermissionError:
        raise FileRefused(f"无法读取“{name}”：没有权限，或文件正被其他程序独占打开。请关闭 Excel 后重试。",
                          field="file") from None
    except OSError as exc:
        raise FileRefused(f"无法读取“{name}”：{exc.strerror or exc}。", field="file") from None
    if size == 0:
        raise FileRefused(f"“{name}”是空文件（0 字节）。请选择填好数据的 .xlsx 文件。", field="file")
    if size > limits.max_file_bytes:
        raise FileRefused(
            f"“{name}”有 {size / 1048576:.0f} MB，超过上限 {limits.max_file_bytes // 1048576} MB。"
            "请只保留需要导入的工作表和数据后再导入。", field="file")
    if head.startswith(OLE_MAGIC):
        if _looks_encrypted(path):
            raise FileRefused(
                f"“{name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码"
                "（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存为 .xlsx 再导入。", field="file")
        _check_xls(path, name, size, limits)
        return "xls"
    if not head.startswith(ZIP_MAGIC):
        kind = _guess_text_kind(path)
        raise FileRefused(
            f"“{name}”不是 Excel 工作簿（.xlsx/.xls）{kind}。请在 Excel 或 WPS 中打开它，"
            "“另存为”Excel 工作簿（.xlsx）后再导入；只改文件扩展名是不行的。", field="file")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            mimetype = zf.read("mimetype")[:200] if "mimetype" in zf.NameToInfo and \
                zf.getinfo("mimetype").file_size < 200 else b""
            manifest = zf.read("META-INF/manifest.xml") if mimetype.startswith(ODS_MIME) and \
                "META-INF/manifest.xml" in zf.NameToInfo and \
                zf.getinfo("META-INF/manifest.xml").file_size < 1024 * 1024 else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        raise FileRefused(
            f"“{name}”已损坏，无法打开（压缩包结构不完整）。请在 Excel 中打开后重新保存，或找回原始文件。",
            field="file") from None
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        if not mimetype.startswith(ODS_MIME) or mimetype.startswith(ODS_MIME + b"-template"):
            raise FileRefused(f"“{name}”是 OpenDocument 文档，但不是电子表格（.ods）。请选择表格文件。", field="file")
        _check_sizes(name, infos, limits)
        if b"encryption-data" in manifest:
            raise FileRefused(
                f"“{name}”设置了打开密码（已加密），无法读取。请在 WPS 或 LibreOffice 中取消密码后另存再导入。",
                field="file")
        if "content.xml" not in {i.filename for i in infos}:
            raise FileRefused(f"“{name}”已损坏：缺少表格内容（content.xml）。请在 WPS 或 LibreOffice 中打开后重新保存。",
                              field="file")
        return "ods"
    _check_members(name, infos, limits)
    return "xlsx"


def _check_xls(path: Path, name: str, size: int, limits: Limits) -> None:
    """An OLE compound file that is not an encrypted workbook: an .xls, unless it is a Word or PowerPoint file."""
    if size > limits.max_xls_bytes:
        raise FileRefused(
            f"“{name}”（.xls）有 {size / 1048576:.0f} MB，超过 .xls 的上限 {limits.max_xls_bytes // 1048576} MB。"
            "请另存为 .xlsx，或只保留需要导入的数据后再导入。", field="file")
    with open(path, "rb") as fh:
        data = fh.read(min(size, 8 * 1024 * 1024))
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return
    if "WordDocument".encode("utf-16-le") in data:
        raise FileRefused(f"“{name}”是 Word 文档，不是 Excel 工作簿。", field="file")
    if "PowerPoint Document".encode("utf-16-le") in data:
        raise FileRefused(f"“{name}”是 PowerPoint 文件，不是 Excel 工作簿。", field="file")
    raise FileRefused(f"“{name}”不是 Excel 工作簿（找不到表格数据）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。",
                      field="file")


def _check_members(name: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    _check_sizes(name, infos, limits)
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        if "word/document.xml" in names:
            raise FileRefused(f"“{name}”是 Word 文档，不是 Excel 工作簿。", field="file")
        if "ppt/presentation.xml" in names:
            raise FileRefused(f"“{name}”是 PowerPoint 文件，不是 Excel 工作簿。", field="file")
        raise FileRefused(f"“{name}”是压缩包，但不是 Excel 工作簿（.xlsx）。请选择 .xlsx 文件。", field="file")
    if "xl/workbook.bin" in names:
        raise FileRefused(f"“{name}”是 Excel 二进制工作簿（.xlsb），不支持。请另存为 .xlsx 后再导入。",
                          field="file")
    if "xl/workbook.xml" not in names:
        raise FileRefused(f"“{name}”已损坏：缺少工作簿主体（xl/workbook.xml）。请在 Excel 中打开后重新保存。",
                          field="file")


def _check_sizes(name: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """The zip limits: members, declared sizes, compression ratios, encrypted members."""
    if len(infos) > limits.max_members:
        raise FileRefused(f"“{name}”包含 {len(infos)} 个内部部件，超过上限 {limits.max_members}，"
                          "不像正常的工作簿，已拒绝。", field="file")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileRefused(f"“{name}”的内部部件被加密，无法读取。请取消密码后另存为 .xlsx。", field="file")
        size = info.file_size
        total += size
        too_big = size > limits.max_member_bytes
        if info.filename == "xl/sharedStrings.xml" and size > limits.max_shared_strings_bytes:
            too_big = True
        ratio = size / max(info.compress_size, 1)
        if too_big or (size > 1024 * 1024 and ratio > limits.max_ratio):
            raise FileRefused(
                f"“{name}”解压后过大（部件 {info.filename} 声明 {size / 1048576:.0f} MB，"
                f"压缩比 {ratio:.0f}:1），可能是恶意构造的压缩炸弹，已拒绝。", field="file")
    if total > limits.max_uncompressed_bytes:
        raise FileRefused(
            f"“{name}”解压后共 {total / 1048576:.0f} MB，超过上限 {limits.max_uncompressed_bytes // 1048576} MB。"
            "请拆分成较小的文件再导入。", field="file")


def _looks_encrypted(path: Path) -> bool:
    """An OLE file holding an 'EncryptedPackage' stream is an encrypted OOXML workbook."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    return marker in data or "EncryptionInfo".encode("utf-16-le") in data


def _guess_text_kind(path: Path) -> str:
    with open(path, "rb") as fh:
        sample = fh.read(4096)
    if sample.lstrip().lower().startswith((b"<html", b"<!doctype", b"<table")):
        return "，而是网页（HTML）文件"
    if sample.lstrip().startswith(b"<?xml"):
        return "，而是 XML 文本文件"
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ""
    for enc in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if "," in text or "\t" in text or "，" in text:
            return "，而是 CSV/文本文件"
        return "，而是文本文件"
    return ""


def open_for_read(path):
    """The file as a binary handle (openpyxl then skips its own extension check)."""
    return open(os.fspath(path), "rb")
