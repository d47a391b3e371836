"""Reading a worksheet's rows in one streaming pass.

``sheet_rows(wb, ws)`` yields ``(row number, values)`` for every row of a
sheet of a workbook opened with ``load_workbook(read_only=True,
data_only=True)``, the values being what openpyxl's
``iter_rows(values_only=True)`` gives after ``reset_dimensions()``: the
dimension tag is never trusted, shared and inline strings, numbers, booleans,
ISO dates, error codes (as their text, e.g. ``#N/A``) and dates by number
format come back as openpyxl returns them, and cells or rows without an ``r``
attribute take the next position. ``values[i]`` is column ``i + 1``; a row may
be shorter than the widest row (missing cells are blank), and blank rows
missing from the file are not yielded.

Most sheets (Excel, WPS, XlsxWriter, openpyxl) are in one plain form, which a
scanner reads with regular expressions, a row at a time; from the first row or
cell it does not fully match, the C parser of ``xml.etree`` takes over (still
without openpyxl's cell objects, about twice as fast as openpyxl). The workbook
parts (sheets, shared strings, styles, the 1904 flag) still come from
openpyxl. A sheet part that does not start as plain XML — a document type
declaration (where entities would be declared), UTF-16 text, an openpyxl
without the attributes used here — is read by openpyxl itself, which parses
with defusedxml and refuses entities.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Iterator

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, INLINE, TEXT, RUN = (NS + t for t in ("row", "c", "v", "is", "t", "r"))
_second, _tag = itemgetter(1), attrgetter("tag")
CHUNK = 1 << 16
PROLOG_LIMIT = 1 << 20  # bytes of declaration and comments allowed before the root element

Rows = Iterator[tuple[int, tuple]]


def sheet_rows(wb, ws) -> Rows:
    """The rows of ``ws`` (a read-only worksheet of ``wb``), read once from the file."""
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(wb, "_archive", None)
    shared = getattr(ws, "_shared_strings", None)
    dates = getattr(wb, "_date_formats", None)
    if path is None or archive is None or shared is None or dates is None:
        return openpyxl_rows(ws)
    src = archive.open(path)
    try:
        head = src.read(CHUNK)
        while plain_prolog(head) is None and len(head) < PROLOG_LIMIT:
            more = src.read(CHUNK)
            if not more:
                break
            head += more
    except BaseException:
        src.close()
        raise
    if not plain_prolog(head):
        src.close()
        return openpyxl_rows(ws)
    cells = _Cells(shared, dates, getattr(wb, "_timedelta_formats", set()), wb.epoch)
    return _scan(src, head, cells, lambda: archive.open(path))


def openpyxl_rows(ws) -> Rows:
    """The same rows read through openpyxl's own parser (every row, blank ones included)."""
    ws.reset_dimensions()  # the dimension tag may lie: read what is really there
    for row_no, row in enumerate(ws.iter_rows(values_only=True), start=1):
        yield row_no, row


def plain_prolog(data: bytes) -> bool | None:
    """True when ``data`` reaches the root element through only an XML declaration, processing
    instructions, comments and white space, in an ASCII-compatible encoding; False when it has
    anything else before it (a document type declaration, UTF-16); None when more bytes are needed."""
    i, n = 0, len(data)
    if data.startswith(b"\xef\xbb\xbf"):
        i = 3
    while True:
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if i + 1 >= n:
            return None
        if data[i] != 0x3C:  # "<"
            return False
        if data.startswith(b"<?", i):
            end = data.find(b"?>", i + 2)
            if end < 0:
                return None
            i = end + 2
        elif data.startswith(b"<!--", i):
            end = data.find(b"-->", i + 4)
            if end < 0:
                return None
            i = end + 3
        elif data.startswith(b"<!", i):
            return False
        else:
            return chr(data[i + 1]).isalpha() or data[i + 1] == 0x5F  # a name: letter or "_"


_COLUMN: dict[str, int] = {}  # column letters -> number, filled as met


def _column(ref: str) -> int:
    letters = ref.rstrip("0123456789")
    col = _COLUMN.get(letters)
    if col is None or letters == ref:
        col = coordinate_to_tuple(ref)[1]  # validates as openpyxl does; raises on a bad reference
        if len(_COLUMN) < 20000:
            _COLUMN[letters] = col
    return col


def _inline(cell) -> str | None:
    node = cell.find(INLINE)
    if node is None:
        return None
    plain, runs = None, []
    for child in node:
        if child.tag == TEXT:
            plain = child.text or ""
        elif child.tag == RUN:
            t = child.find(TEXT)
            if t is not None and t.text is not None:
                runs.append(t.text)
    return "".join(([plain] if plain is not None else []) + runs)


def _put(values: list, col: int, value) -> None:
    """Set 1-based column *col* of a row being read; skipped columns stay None."""
    n = len(values)
    if col == n + 1:
        values.append(value)
    elif col > n:
        values.extend([None] * (col - 1 - n))
        values.append(value)
    else:
        values[col - 1] = value


def _date(value, epoch, timedelta: bool):
    try:
        return from_excel(value, epoch, timedelta=timedelta)
    except (OverflowError, ValueError):
        return "#VALUE!"  # openpyxl's reading of a date serial out of range


def _parser():
    """An expat-based parser building elements in C, and the list it appends ("end", element) to."""
    parser = ET.XMLParser(target=ET.TreeBuilder())
    events: list = []
    try:
        parser._setevents(events, ("end",))  # what XMLPullParser does, without its generator per event
    except AttributeError:
        pull = ET.XMLPullParser(("end",))
        events = pull._events_queue
    return parser, events


def _stream(src, head: bytes, shared, dates, timedeltas, epoch, last: int = 0) -> Rows:
    """Every row through the XML parser; rows up to ``last`` (already given) are skipped."""
    parser, events = _parser()
    columns = _COLUMN
    counter = 0  # the last row number met (a row without "r" follows it)
    # last: the last row number yielded (a repeated or earlier row is skipped, as openpyxl does)
    chunk = head
    with src:
        while chunk:
            parser.feed(chunk)
            ended = list(map(_second, events))
            events.clear()
            for row in compress(ended, map(ROW.__eq__, map(_tag, ended))):  # the rows among the ended elements
                r = row.get("r")
                if r is None:
                    counter += 1
                else:
                    try:
                        counter = int(r)
                    except ValueError:
                        number = float(r)
                        if not number.is_integer():
                            raise ValueError(f"{r} is not a valid row number") from None
                        counter = int(number)
                if counter <= last:
                    row.clear()
                    continue
                values: list = []
                col = 0
                for cell in row:
                    if cell.tag != CELL:
                        continue
                    ref = cell.get("r")
                    if ref:
                        col = columns.get(ref.rstrip("0123456789")) or _column(ref)
                    else:
                        col += 1
                    t = cell.get("t")
                    if t == "inlineStr":
                        v = _inline(cell)
                    else:
                        v = cell.findtext(VALUE) or None
                        if v is None:
                            continue
                        if t is None or t == "n":
                            v = float(v) if ("." in v or "E" in v or "e" in v) else int(v)
                            if dates:
                                s = cell.get("s")
                                if s and int(s) in dates:
                                    v = _date(v, epoch, int(s) in timedeltas)
                        elif t == "s":
                            v = shared[int(v)]
                        elif t == "b":
                            v = bool(int(v))
                        elif t == "d":
                            v = from_ISO8601(v)
                        # "str" (a formula's text), "e" (an error code) and others: the text as written
                    if v is None:
                        continue
                    _put(values, col, v)
                row.clear()
                last = counter
                yield counter, tuple(values)
            chunk = src.read(CHUNK)
        parser.close()


# ---------------------------------------------------------------- the scanner for plain sheets
#
# Excel, WPS, XlsxWriter and openpyxl write sheetData in one plain form: rows with
# an "r", cells with "r" then "s" then "t", a value in <v> or an inline string in
# <is><t>, no comments, no namespace prefix. The scanner reads that form with
# regular expressions, a row at a time, and hands anything else — a row or cell
# it does not fully match — to the XML parser, from the start of the sheet on,
# skipping the rows already given.


class _Unusual(Exception):
    """The sheet leaves the plain form the scanner reads."""


_SHEET_START = re.compile(
    rb'\s*(?:<\?xml(?P<decl>[^>]*)\?>)?\s*<worksheet(?P<attrs>(?:\s+[\w:]+="[^"<]*")*)\s*>')
_MAIN_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_ROW_RE = re.compile(rb'\s*<row r="(\d+)"((?: [\w:]+="[^"<&]*")*) ?(?:/>|>(.*?)</row>)', re.S)
_CELL = (rb'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="(n|s|b|e|str|inlineStr)")? ?'
         rb'(?:/>|>(?:<f(?: [\w:]+="[^"<]*")* ?(?:/>|>[^<]*</f>))?(?:<v>([^<]*)</v>|<v ?/>)?'
         rb'(<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)')
_CELLS_RE = re.compile(rb"(?:" + _CELL + rb")*")
_CELL_RE = re.compile(_CELL)
_ENTITY_RE = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "\'"}


def _entity(m) -> str:
    name = m.group(1)
    if name[0] != "#":
        return _ENTITIES[name]
    code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
    if code in (0x9, 0xA) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return chr(code)
    raise _Unusual


def _xml_text(raw: bytes) -> str:
    """Character data as an XML parser gives it; anything needing more than the five entities
    and character references (a carriage return, which parsers turn into a line feed) is unusual."""
    text = raw.decode("utf-8")
    if "\r" in text:
        raise _Unusual
    if "&" in text:
        rest = _ENTITY_RE.sub("", text)
        if "&" in rest:
            raise _Unusual
        text = _ENTITY_RE.sub(_entity, text)
    return text


class _Cells:
    """Turns a row's matched cells into values, as ``_stream`` does."""

    def __init__(self, shared, dates, timedeltas, epoch):
        self.shared, self.dates, self.timedeltas, self.epoch = shared, dates, timedeltas, epoch
        self.columns: dict[bytes, int] = {}

    def column(self, letters: bytes) -> int:
        col = self.columns.get(letters)
        if col is None:
            col = self.columns[letters] = coordinate_to_tuple(letters.decode() + "1")[1]
        return col

    def row(self, body: bytes) -> tuple:
        values: list = []
        columns, shared, dates = self.columns, self.shared, self.dates
        for letters, s, t, v, inline, text in _CELL_RE.findall(body):
            col = columns.get(letters) or self.column(letters)
            if t == b"inlineStr":
                if not inline:
                    continue
                v = _xml_text(text)
            elif not v:
                continue
            elif not t or t == b"n":
                v = float(v) if (b"." in v or b"E" in v or b"e" in v) else int(v)
                if s and dates and int(s) in dates:
                    v = _date(v, self.epoch, int(s) in self.timedeltas)
            elif t == b"s":
                v = shared[int(v)]
            elif t == b"b":
                v = bool(int(v))
            else:  # "str", "e": the text as written
                v = _xml_text(v)
            _put(values, col, v)
        return tuple(values)


def _scan(src, head: bytes, cells: _Cells, reopen) -> Rows:
    """The scanner's rows, or from where it stops, the XML parser's."""
    last = 0
    try:
        with src:
            yield from _scan_plain(src, head, cells)
        return
    except _Unusual as unusual:
        last = unusual.args[0] if unusual.args else 0
    again = reopen()
    try:
        head = again.read(CHUNK)
    except BaseException:
        again.close()
        raise
    yield from _stream(again, head, cells.shared, cells.dates, cells.timedeltas, cells.epoch, last)


def _scan_plain(src, buf: bytes, cells: _Cells) -> Rows:
    """The rows of a plain sheet; raises ``_Unusual(last row given)`` at the first thing it does not read."""
    last = 0

    def unusual():
        return _Unusual(last)

    if buf.startswith(b"\xef\xbb\xbf"):
        buf = buf[3:]
    while b"<sheetData" not in buf and len(buf) < PROLOG_LIMIT:
        more = src.read(CHUNK)
        if not more:
            break
        buf += more
    start = _SHEET_START.match(buf)
    if start is None or _MAIN_NS not in start.group("attrs"):
        raise unusual()
    decl = start.group("decl") or b""
    if b"encoding" in decl and not re.search(rb'encoding=["\'](?i:utf-8)["\']', decl):
        raise unusual()
    at = buf.find(b"<sheetData", start.end())
    if at < 0 or b"<!" in buf[:at] or b"<?" in buf[start.end():at]:
        raise unusual()
    tag = re.compile(rb"<sheetData\s*(/?)>").match(buf, at)
    if tag is None:
        raise unusual()
    if tag.group(1):
        return
    buf = buf[tag.end():]
    eof = False
    while True:
        end = buf.find(b"</sheetData>")
        if end >= 0:
            limit = end
        else:
            limit = buf.rfind(b"</row>")
            limit = limit + 6 if limit >= 0 else 0
        pos = 0
        while pos < limit:
            m = _ROW_RE.match(buf, pos)
            if m is None or m.end() > limit or b"xmlns" in m.group(2):
                if end < 0 and not eof and (m is None or m.end() > limit):
                    break  # a self-closing row cut by the chunk's end: read on
                raise unusual()
            pos = m.end()
            row_no = int(m.group(1))
            body = m.group(3)
            if body and not _CELLS_RE.fullmatch(body):
                raise unusual()
            if row_no <= last:
                continue
            values = cells.row(body) if body else ()
            last = row_no
            yield row_no, values
        if end >= 0:
            if buf[pos:end].strip():
                raise unusual()
            return
        if eof:
            raise unusual()  # no </sheetData>: let the XML parser say what is wrong
        buf = buf[pos:]
        more = src.read(CHUNK)
        if not more:
            eof = True
        buf += more
