"""Writing workbooks: cells that can never turn into formulas, the house
style (title row, bold frozen header, auto-filter, widths, formats) and an
atomic save.

Formula injection: openpyxl stores any string starting with ``=`` as a
formula, and Excel treats text starting with ``+``, ``-``, ``@``, tab or
carriage return as one when the cell is edited. Such text is written as an
explicit string cell with the quote-prefix style, so opening the file never
runs anything; real numbers stay numbers.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..base.errors import CsperfError

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
INT_FORMAT = "0"
NUMBER_FORMAT = "0.0"
MONEY_FORMAT = "#,##0.00"
TEXT_FORMAT = "@"

TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
THIN = Side(style="thin", color="A0A8B4")
HEADER_BORDER = Border(bottom=THIN)
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")


class ExportError(CsperfError):
    """The workbook could not be written where asked."""


def safe_value(cell, value) -> None:
    """Put ``value`` in ``cell`` so that text is always text and numbers stay numbers."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        if value.startswith(DANGEROUS_PREFIXES):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    if isinstance(value, bool):
        cell.value = "是" if value else ""
        return
    cell.value = value


def display_width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, _dt.datetime):
        return 16
    if isinstance(value, _dt.date):
        return 10
    if isinstance(value, float):
        text = f"{value:,.2f}"
    else:
        text = str(value)
    line = max(text.split("\n"), key=len) if text else ""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


class SheetWriter:
    """A styled table on one sheet: optional title row, header row, data rows."""

    def __init__(self, ws, headers: list[str], *, title: str | None = None, formats: dict | None = None,
                 min_width: int = 6, max_width: int = 48):
        self.ws = ws
        self.headers = list(headers)
        self.formats = formats or {}  # column index (0-based) or header -> number format
        self.widths = [display_width(h) + 2 for h in headers]
        self.min_width, self.max_width = min_width, max_width
        self.row = 1
        if title:
            c = ws.cell(row=1, column=1)
            safe_value(c, title)
            c.font = TITLE_FONT
            if len(headers) > 1:
                ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
            ws.row_dimensions[1].height = 24
            self.row = 2
        self.header_row = self.row
        for i, h in enumerate(headers, start=1):
            c = ws.cell(row=self.row, column=i)
            safe_value(c, h)
            c.font = HEADER_FONT
            c.fill = HEADER_FILL
            c.border = HEADER_BORDER
            c.alignment = Alignment(vertical="center", wrap_text=False)
        self.row += 1
        self._fmt = [self.formats.get(i, self.formats.get(h)) for i, h in enumerate(headers)]

    def append(self, values, *, bold: bool = False) -> None:
        for i, v in enumerate(values):
            c = self.ws.cell(row=self.row, column=i + 1)
            safe_value(c, v)
            fmt = self._fmt[i] if i < len(self._fmt) else None
            if fmt and v is not None and not isinstance(v, str):
                c.number_format = fmt
            elif isinstance(v, _dt.datetime):
                c.number_format = DATETIME_FORMAT
            elif isinstance(v, _dt.date):
                c.number_format = DATE_FORMAT
            if bold:
                c.font = HEADER_FONT
            if i < len(self.widths):
                self.widths[i] = max(self.widths[i], display_width(v) + 2)
        self.row += 1

    def finish(self) -> None:
        ws = self.ws
        last_col = get_column_letter(max(len(self.headers), 1))
        ws.freeze_panes = ws.cell(row=self.header_row + 1, column=1)
        ws.auto_filter.ref = f"A{self.header_row}:{last_col}{max(self.row - 1, self.header_row)}"
        for i, w in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(self.min_width, min(self.max_width, w))


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def suggest_name(path: Path) -> Path:
    for n in range(1, 100):
        candidate = path.with_name(f"{path.stem}({n}){path.suffix}")
        if not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem}-新{path.suffix}")


def atomic_save(wb: Workbook, path) -> Path:
    """Save to a temporary file next to ``path`` then rename over it: never a half-written file.

    ``path`` without the .xlsx ending gets it; an existing folder is refused (a file name is
    needed), never turned into ``FOLDER.xlsx``. The workbook is built in memory first and then
    written in one go, so that a disk that fills up gives one clear error and leaves nothing
    (a zip archive that fails half-way complains again when Python collects it). A target that
    is open in Excel (Windows refuses to replace it) or not writable gives a message suggesting
    another name.
    """
    import errno
    import io

    path = Path(path)
    if path.is_dir():
        raise ExportError(f"“{path}”是一个已有的文件夹。请给出文件名，例如 {path / '导出.xlsx'}。", field="out")
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        path = path.with_suffix(path.suffix + ".xlsx") if path.suffix else path.with_suffix(".xlsx")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise ExportError(f"文件夹“{folder}”不存在。请选择一个已有的文件夹。", field="out")
    if path.is_dir():
        raise ExportError(f"“{path}”是一个已有的文件夹。请给出另一个文件名，例如 {path / '导出.xlsx'}。", field="out")
    buffer = io.BytesIO()
    wb.save(buffer)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp.xlsx", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(buffer.getbuffer())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except PermissionError:
        raise ExportError(
            f"无法写入“{path.name}”：文件可能正在 Excel 或 WPS 中打开，或该文件夹不可写。"
            f"请先关闭该文件，或换一个文件名（例如“{suggest_name(path).name}”）。", field="out") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportError(f"无法写入“{path}”：磁盘已满（需要约 {len(buffer.getbuffer()) // 1024 + 1} KB）。"
                              "没有留下不完整的文件；请释放磁盘空间，或保存到另一个磁盘。", field="out") from None
        raise ExportError(f"无法写入“{path}”：{exc.strerror or exc}。请换一个位置或文件名。", field="out") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path
