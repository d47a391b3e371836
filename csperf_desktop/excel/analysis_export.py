"""The analysis tables as a workbook: one sheet per table, as the window shows them (the
column titles and cell values given), in the house style, saved atomically.

    export_tables(path, [Table("热力图", ["工号", "姓名", ...], rows, marked={(2, 5)})], title="…")

Numbers stay numbers; text that looks like a formula stays text (``xlsxwrite.safe_value``).
Cells listed in ``marked`` (row, column; 0-based over the data rows) are filled red, as the
window marks a warning month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .xlsxwrite import BAD_FILL, ExportError, SheetWriter, atomic_save, new_workbook, safe_value

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Table:
    name: str  # the sheet's name (cut to Excel's 31 characters)
    headers: list[str]
    rows: list[list]
    marked: set = field(default_factory=set)  # (row, column) of cells to fill red
    note: str = ""  # a line under the table (what the numbers are)


def sheet_name(name: str, taken: set) -> str:
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'") or "表"
    base = base[:31]
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f"({n})"
        candidate = base[:31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


def export_tables(path, tables: list[Table], title: str = ""):
    """Write ``tables`` to the workbook ``path`` (one sheet each); returns the path written."""
    if not tables:
        raise ExportError("没有可导出的表格。请先选择月份范围并等数据显示出来。", field="tables")
    wb = new_workbook()
    taken: set = set()
    for table in tables:
        ws = wb.create_sheet(sheet_name(table.name, taken))
        w = SheetWriter(ws, list(table.headers), title=f"{title}  {table.name}".strip() if title else table.name)
        first = w.row
        for values in table.rows:
            w.append(list(values))
        for r, c in table.marked:
            ws.cell(row=first + r, column=c + 1).fill = BAD_FILL
        if table.note:
            safe_value(ws.cell(row=w.row + 1, column=1), table.note)
        w.finish()
    return atomic_save(wb, path)
