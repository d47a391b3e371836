"""Reading a spreadsheet's rows: .xlsx, .xls and .ods, through python-calamine.

``open_book(path, fmt)`` opens a file that ``safety.check_spreadsheet`` accepted
(``fmt`` is what it found: "xlsx", "xls" or "ods"); ``book.sheets`` lists its
worksheets and ``sheet_rows(book, sheet)`` yields ``(row number, values)`` for
every row, ``values[i]`` being column ``i + 1``. What a cell reads as:

- text as written (Excel's ``_x000D_`` escape is a carriage return); a blank
  cell is ``""``; an .xlsx formula without a stored result is ``Uncalculated``
  (its formula text), which the importer refuses rather than read as blank;
- every number a ``float`` (``1001.0``: ``parse`` takes whole floats as whole
  numbers, so an employee number 1001 stays "1001");
- ``True``/``False``; a date a ``date`` (a ``datetime`` when it has a time of
  day), in either the 1900 or the 1904 date system; a time of day a ``time``;
  a duration (``[h]:mm:ss``) a ``timedelta``;
- an error value (``#N/A``, ``#DIV/0!``...) its text, as Excel shows it.
  calamine reads errors as blanks, so they are found apart: in the sheet's
  XML (``t="e"`` cells) for .xlsx, in ``content.xml`` for .ods, with xlrd for
  .xls — only when the file holds an error at all (a byte search, for .xlsx
  and .ods). A sheet part declaring XML entities is parsed by defusedxml too,
  which refuses it.

The dimension tag (the sheet's claimed size) is not used: the rows are the ones
in the file. The whole sheet is read into memory when it is first iterated;
``safety`` bounds the file's size first.
"""

from __future__ import annotations

import re
import zipfile
from itertools import repeat
from operator import contains
from dataclasses import dataclass, field
from typing import Iterator

import python_calamine

Rows = Iterator[tuple[int, tuple]]

CHUNK = 1 << 20


@dataclass
class Sheet:
    title: str
    index: int
    last_row: int | None = None  # known once its rows are being read


@dataclass
class Book:
    """An open workbook: calamine's, the file's path and format, its worksheets."""

    path: object
    fmt: str
    calamine: object
    sheets: list = field(default_factory=list)

    def close(self) -> None:
        try:
            self.calamine.close()
        except python_calamine.WorkbookClosed:
            pass


def open_book(path, fmt: str) -> Book:
    """Open ``path`` (of format ``fmt``) for reading; raises calamine's errors for an unreadable file."""
    with open(path, "rb") as fh:  # by content, not by the file's extension
        wb = python_calamine.CalamineWorkbook.from_filelike(fh)
    worksheet = python_calamine.SheetTypeEnum.WorkSheet
    sheets = [Sheet(meta.name, i) for i, meta in enumerate(wb.sheets_metadata) if meta.typ == worksheet]
    return Book(path, fmt, wb, sheets)


def sheet_rows(book: Book, sheet: Sheet) -> Rows:
    """Every row of ``sheet`` from row 1 to its last non-blank row, error cells as their text."""
    data = book.calamine.get_sheet_by_index(sheet.index)
    start = data.start
    if start is None:
        return
    sheet.last_row = data.end[0] + 1
    lead = ("",) * start[1]  # calamine's rows begin at the first used column
    rows = data.iter_rows()
    if book.fmt == "xlsx":
        # calamine reads an error cell and a formula without a stored result as a blank cell (""):
        # a sheet without any blank cell has neither, and its XML need not be searched for them
        # (only its prolog, where entities would be declared).
        rows = list(rows)
        if any(map(contains, rows, repeat(""))):
            errors = xlsx_errors(book.path, sheet)
        else:
            errors = xlsx_prolog_errors(book.path, sheet)
    else:
        errors = ERROR_FINDERS[book.fmt](book.path, sheet)
    ods = book.fmt == "ods"
    if not (lead or errors or ods):  # the usual sheet: its rows as they are
        yield from enumerate(map(tuple, rows), start=1)
        return
    # calamine's rows begin at row 1 (blank rows included)
    for row_no, values in enumerate(rows, start=1):
        row = lead + tuple(values) if lead else tuple(values)
        if ods:
            row = _ods_durations(row)
        if errors and row_no in errors:
            row = _with_errors(row, errors[row_no])
        yield row_no, row


def _with_errors(row: tuple, found: dict) -> tuple:
    values = list(row)
    for col, text in found.items():
        if col > len(values):
            values.extend([""] * (col - len(values)))
        values[col - 1] = text
    return tuple(values)


_ISO_DURATION = re.compile(r"^(-)?PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$")


def _ods_durations(row: tuple) -> tuple:
    """calamine gives an .ods duration ([h]:mm:ss) as its ISO text "PT30H00M00S": read it as a timedelta."""
    import datetime as dt

    out = None
    for i, v in enumerate(row):
        if type(v) is str and v.startswith(("PT", "-PT")):
            m = _ISO_DURATION.match(v)
            if m:
                span = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)), seconds=float(m.group(4)))
                if out is None:
                    out = list(row)
                out[i] = -span if m.group(1) else span
    return row if out is None else tuple(out)


# ---------------------------------------------------------------- error cells, apart from calamine

Errors = dict  # row number -> {column number: error text}


def _holds(stream, needles: tuple) -> bool:
    """Whether any of ``needles`` (byte strings of at most 64 bytes) occurs in ``stream``, read a chunk at a time.
    A plain substring search: a regular expression here costs as much as the rest of the read."""
    tail = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return False
        window = tail + chunk
        if any(n in window for n in needles):
            return True
        tail = chunk[-64:]


class Uncalculated(str):
    """A formula cell without a stored result (a file written by a program and never opened in
    Excel): calamine reads it as blank, which would silently take a column's default. Its text is
    the formula, for the message; the importer refuses it."""


# An error cell (t="e", or t = 'e'...: any attribute whose value is e), a formula (<f>, or a prefixed
# <x:f>: it may have no stored result), or an entity declaration (which defusedxml then refuses;
# calamine would ignore it). Anything else that matches only costs a parse.
_XLSX_ERROR = (b'"e"', b"'e'", b"<!ENTITY", b"<f>", b"<f ", b":f>", b":f ")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _xlsx_sheet_part(zf: zipfile.ZipFile, title: str) -> str | None:
    from defusedxml import ElementTree as DET

    book = DET.fromstring(zf.read("xl/workbook.xml"))
    rid = None
    for s in book.iter(MAIN + "sheet"):
        if s.get("name") == title:
            rid = s.get(REL + "id")
    if rid is None:
        return None
    rels = DET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(PKG_REL + "Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def xlsx_errors(path, sheet: Sheet) -> Errors:
    """The error cells (``t="e"``) of an .xlsx sheet, and its formulas without a stored result
    (as ``Uncalculated``), read from its XML with defusedxml."""
    from defusedxml.ElementTree import iterparse
    from openpyxl.utils.cell import coordinate_to_tuple

    with zipfile.ZipFile(path) as zf:
        part = _xlsx_sheet_part(zf, sheet.title)
        if part is None or part not in zf.NameToInfo:
            return {}
        with zf.open(part) as fh:
            if not _holds(fh, _XLSX_ERROR):
                return {}
        found: Errors = {}
        row_no = col = 0
        with zf.open(part) as fh:
            for event, el in iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == MAIN + "row":
                        r = el.get("r")
                        row_no = int(float(r)) if r else row_no + 1
                        col = 0
                    continue
                if tag == MAIN + "c":
                    ref = el.get("r")
                    col = coordinate_to_tuple(ref)[1] if ref else col + 1
                    if el.get("t") == "e":
                        text = el.findtext(MAIN + "v")
                        if text:
                            found.setdefault(row_no, {})[col] = text
                    else:
                        formula = el.find(MAIN + "f")
                        # No result, or an empty one where only text may be empty (t="str").
                        if formula is not None and not el.findtext(MAIN + "v") and el.get("t") != "str":
                            found.setdefault(row_no, {})[col] = Uncalculated("=" + (formula.text or "…"))
                    el.clear()
                elif tag == MAIN + "row":
                    el.clear()
        return found


PROLOG = 1 << 16


def xlsx_prolog_errors(path, sheet: Sheet) -> Errors:
    """For an .xlsx sheet without blank cells (so without error cells or formulas missing their
    result): nothing, once its prolog (what comes before the root element, where a DTD declaring
    entities would be) holds no declaration; otherwise what ``xlsx_errors`` finds, which refuses
    entities."""
    with zipfile.ZipFile(path) as zf:
        part = _xlsx_sheet_part(zf, sheet.title)
        if part is None or part not in zf.NameToInfo:
            return {}
        with zf.open(part) as fh:
            head = fh.read(PROLOG)
    root = re.search(rb"<[^?!]", head)
    if root is not None and b"<!" not in head[:root.start()]:
        return {}
    return xlsx_errors(path, sheet)


_ODS_ERROR = (b'"error"', b"'error'", b"<!ENTITY")
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"


def ods_errors(path, sheet: Sheet) -> Errors:
    """The error cells of an .ods sheet (``calcext:value-type="error"``, as LibreOffice and WPS write
    them), read from content.xml with defusedxml; repeated rows and columns are counted."""
    from defusedxml.ElementTree import iterparse

    with zipfile.ZipFile(path) as zf:
        with zf.open("content.xml") as fh:
            if not _holds(fh, _ODS_ERROR):
                return {}
        found: Errors = {}
        inside, row_no, col, repeat_rows = False, 0, 0, 1
        cells = (TABLE + "table-cell", TABLE + "covered-table-cell")
        with zf.open("content.xml") as fh:
            for event, el in iterparse(fh, events=("start", "end")):
                tag = el.tag
                if tag == TABLE + "table":
                    if event == "start":
                        inside, row_no = el.get(TABLE + "name") == sheet.title, 0
                    elif inside:
                        return found
                    continue
                if not inside:
                    continue
                if tag == TABLE + "table-row":
                    if event == "start":
                        row_no += 1
                        col = 0
                        repeat_rows = int(el.get(TABLE + "number-rows-repeated", "1"))
                    else:
                        row_no += repeat_rows - 1
                        el.clear()
                elif tag in cells and event == "end":
                    span = int(el.get(TABLE + "number-columns-repeated", "1"))
                    if el.get(CALCEXT + "value-type") == "error":
                        text = "\n".join("".join(p.itertext()) for p in el.iter(TEXT + "p")).strip()
                        for r in range(row_no, row_no + min(repeat_rows, 1000)):
                            for c in range(col + 1, col + 1 + min(span, 1000)):
                                found.setdefault(r, {})[c] = text or "#VALUE!"
                    col += span
        return found


def xls_errors(path, sheet: Sheet) -> Errors:
    """The error cells of an .xls sheet, read with xlrd (calamine reads them as blanks)."""
    import xlrd

    found: Errors = {}
    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        if sheet.title not in book.sheet_names():
            return {}
        ws = book.sheet_by_name(sheet.title)
        for r in range(ws.nrows):
            types = ws.row_types(r)
            if xlrd.XL_CELL_ERROR in types:
                for c, t in enumerate(types):
                    if t == xlrd.XL_CELL_ERROR:
                        code = ws.cell_value(r, c)
                        found.setdefault(r + 1, {})[c + 1] = xlrd.error_text_from_code.get(code, "#VALUE!")
    finally:
        book.release_resources()
    return found


ERROR_FINDERS = {"xlsx": xlsx_errors, "ods": ods_errors, "xls": xls_errors}
