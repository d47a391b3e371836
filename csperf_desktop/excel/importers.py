"""Importing a workbook: read and check everything first, show what would
change, then write it all in one transaction — or nothing.

Two steps, so a window can show the preview and ask before writing::

    preview = read_import("roster.xlsx", "staff", progress=cb)   # no writes
    if preview.problems: show preview.problem_lines(); save_marked_copy(preview, "marked.xlsx")
    else: show preview.adds / preview.changes; apply_import(actor, preview, update=True)

This module reads the workbook — .xlsx, .xls or .ods, after
``safety.check_spreadsheet`` — finds the header row and reads the data rows in
the same single pass over the sheet (``reader``, on python-calamine), parses
every cell (``parse``) and hands the rows to the kind's check in ``checks``;
``preview`` holds what was found. Checking uses data loaded once
up front, so it runs no query per row. Writing goes through the core services
(add_staff, update_staff, add_event, save_figures_bulk, add_exam, set_result)
inside one outer service transaction: each service call is a savepoint and any
failure rolls the whole import back.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..base.collector import collector_paused
from ..trust.auth import Actor, require
from ..base.errors import Conflict, CsperfError, DatabaseError
from ..store.db import database_failure
from ..base.months import Month
from ..trust.service import change
from . import parse as P
from .checks import CHECKERS, CLEAN_PASS, WRITERS
from .headers import Kind, kind_by_key, lookup, normalise
from .preview import (  # noqa: F401 — re-exported: the public names of an import
    ABSENT, ABSENT_WORDS, HEADER_SCAN_ROWS, PERMISSION, TEXT_LIMITS, ImportCancelled, ImportInvalid, ImportResult,
    PlannedRow, Preview, Problem, Progress,
)
from .rows import MEMO_TYPES, UNCALCULATED, Row, example_signature, parser_for, report_progress
from .reader import Uncalculated, open_book, sheet_rows
from .safety import LIMITS, FileRefused, Limits, check_spreadsheet, open_for_read

# ---------------------------------------------------------------- reading


def _unreadable(path: Path, exc: Exception) -> FileRefused:
    """The message for a file calamine, xlrd, zipfile or defusedxml could not read."""
    name = type(exc).__name__
    chain, seen = exc, 0
    while chain is not None and seen < 10:
        if any(w in type(chain).__name__ for w in ("Forbidden", "DTD", "Entities", "Defused")):
            name = "Forbidden"
        chain, seen = chain.__cause__ or chain.__context__, seen + 1
    if "Forbidden" in name:
        return FileRefused(f"“{path.name}”含有不安全的 XML 内容（实体定义），已拒绝。", field="file")
    if isinstance(exc, (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile)):
        return FileRefused(f"“{path.name}”已损坏，无法打开。请在 Excel 中打开后重新保存。", field="file")
    return FileRefused(f"“{path.name}”已损坏或不是有效的 Excel 工作簿，无法读取（{name}）。"
                       "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。", field="file")


def _open_workbook(path: Path, fmt: str):
    try:
        return open_book(path, fmt)
    except CsperfError:
        raise
    except Exception as exc:  # calamine raises several kinds for a bad file
        raise _unreadable(path, exc) from None


def _find_header(wb, kind: Kind):
    """(score, worksheet, header row number, {key: column}, {key: header text}, duplicates, unknown headers,
    the sheet's rows after the header) for the best header row, or None.

    Each sheet is read once: its first rows are scanned for the header and, when
    the sheet holds a complete header, the same stream goes on with the data rows.
    """
    table = lookup(kind)
    required = [c.key for c in kind.columns if c.required]
    best = None
    for ws in wb.sheets:  # worksheets only (no chart sheets)
        rows = sheet_rows(wb, ws)
        head, after = [], []
        for row_no, row in rows:
            if row_no > HEADER_SCAN_ROWS:
                after.append((row_no, row))
                break
            head.append((row_no, row))
        found_here = None
        for row_no, row in head:
            mapping, texts, dups, unknown = {}, {}, [], []
            for col_no, value in enumerate(row[: LIMITS.max_columns * 2], start=1):
                key = table.get(normalise(value)) if value is not None else None
                if key is None:
                    if value is not None and str(value).strip():
                        unknown.append(str(value).strip())
                    continue
                if key in mapping:
                    dups.append((col_no, str(value).strip(), key))
                    continue
                mapping[key] = col_no
                texts[key] = str(value).strip()
            if not mapping:
                continue
            score = (all(k in mapping for k in required), len(mapping))
            if best is None or score > best[0]:
                best = found_here = (score, ws, row_no, mapping, texts, dups, unknown)
        if found_here is not None and found_here[0][0]:
            data = [r for r in head if r[0] > found_here[2]] + after
            return found_here + (_resume(data, rows),)
        rows.close()
    return None if best is None else best + (_resume([], iter(())),)


def _resume(first: list, rows):
    """The rows already read, then the rest of the stream; closing it closes the stream."""
    try:
        yield from first
        yield from rows
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def read_import(path, kind: str, *, month: Month | str | None = None, progress: Progress = None,
                limits: Limits = LIMITS, year: int | None = None) -> Preview:
    """Read and check ``path`` as ``kind`` (staff | events | figures | exams | annual_review, the
    last for ``year``). Writes nothing.

    Refuses unsafe or non-xlsx files with a ``FileRefused``; every problem in
    the data is collected in ``preview.problems`` (the caller decides; apply
    refuses a preview that has any). The sheet's rows are read with the cyclic garbage
    collector paused (``collector_paused``), as they are written.
    """
    with collector_paused():
        return _read_import(path, kind, month=month, progress=progress, limits=limits, year=year)


def _read_import(path, kind: str, *, month: Month | str | None, progress: Progress, limits: Limits,
                 year: int | None) -> Preview:
    if kind in ("annual_review", "annual-review"):
        from .annual_review import read_annual_review

        return read_annual_review(path, year, progress=progress, limits=limits)
    k = kind_by_key(kind)
    path = Path(path)
    fmt = check_spreadsheet(path, limits)
    if isinstance(month, str):
        month = Month.parse(month)
    if month is not None and any(c.key == "month" for c in k.columns):
        # a month given by the caller makes the month column optional (its cells still win)
        k = replace(k, columns=tuple(replace(c, required=False) if c.key == "month" else c for c in k.columns))
    preview = Preview(kind=k.key, path=path)
    wb = _open_workbook(path, fmt)
    found = None
    try:
        found = _find_header(wb, k)
        if found is None or not found[0][0]:
            _missing_header(preview, k, found)
            return preview
        _, ws, header_row, mapping, texts, dups, unknown, rows = found
        preview.sheet, preview.header_row = ws.title, header_row
        preview.columns, preview.headers = mapping, texts
        if unknown:
            shown = "、".join(unknown[:12]) + ("等" if len(unknown) > 12 else "")
            preview.notes.append(f"以下列不属于{k.zh}，导入时忽略：{shown}。")
        for col_no, text, key in dups:
            preview.problems.append(Problem(ws.title, header_row, col_no, text, "",
                                            f"与 {get_column_letter(mapping[key])} 列重复（同一项只能有一列），请删除其中一列"))
        if preview.problems:
            return preview
        raw_rows = _read_rows(ws, rows, preview, k, limits, progress)
    except CsperfError:
        raise
    except Exception as exc:  # noqa: BLE001 — sheets are parsed lazily, while iterating
        raise _unreadable(path, exc) from None
    finally:
        if found is not None:
            found[-1].close()
        wb.close()
    if preview.problems:
        return preview
    clean_pass = CLEAN_PASS.get(k.key)
    if clean_pass is None or not clean_pass(preview, k, raw_rows, default_month=month):
        parsed = _parse_rows(preview, k, raw_rows, default_month=month)
        CHECKERS[k.key](preview, parsed)
    if preview.problems:
        preview.rows = []
    report_progress(progress, preview.data_rows, preview.data_rows, "检查完成")
    return preview


def _missing_header(preview: Preview, k: Kind, found) -> None:
    required = [c for c in k.columns if c.required]
    if found is None:
        names = "、".join(f"{c.zh}（{c.key}）" for c in required)
        preview.problems.append(Problem("", None, None, "", "",
                                        f"在前 {HEADER_SCAN_ROWS} 行找不到{k.zh}的表头。表头至少要有：{names}。"
                                        "可以先保存一份导入模板，照着填写"))
        return
    _, ws, header_row, mapping, _texts, _, _, _ = found
    preview.sheet, preview.header_row = ws.title, header_row
    for c in required:
        if c.key not in mapping:
            preview.problems.append(Problem(ws.title, header_row, None, c.zh, "",
                                            f"缺少必填列“{c.zh}”（也可写作 {c.key}），请在表头中加上这一列"))


def _read_rows(ws, rows, preview: Preview, k: Kind, limits: Limits, progress: Progress) -> list:
    """[(row number, tuple of raw values in mapped-column order)] from ``rows`` (the rows after the
    header), blank rows dropped."""
    declared = getattr(ws, "last_row", None)
    keys = list(preview.columns)
    cols = [preview.columns[key] - 1 for key in keys]
    max_col = max(cols) + 1
    if max_col > limits.max_columns:
        preview.problems.append(Problem(ws.title, preview.header_row, max_col, "", "",
                                        f"表格有 {max_col} 列，超过上限 {limits.max_columns} 列；请删掉多余的列"))
        return []
    header_row = preview.header_row
    total = declared - header_row if declared and declared > header_row else None
    out = []
    append = out.append
    max_data = min(limits.max_rows, limits.max_cells // len(cols))
    next_report = 2000
    last_scanned = header_row + limits.max_scanned_rows
    pick = itemgetter(*cols) if len(cols) > 1 else (lambda row: (row[cols[0]],))
    for row_no, row in rows:
        if row_no > last_scanned:  # rows missing from the file are blank rows
            preview.problems.append(Problem(ws.title, header_row + limits.max_scanned_rows + 1, None, "", "",
                                            f"工作表超过 {limits.max_scanned_rows} 行，不像正常的{k.zh}"))
            return []
        if len(row) >= max_col:
            values = pick(row)
        else:
            width = len(row)
            values = tuple([row[c] if c < width else None for c in cols])
        for v in values:
            if v is not None and not (isinstance(v, str) and not v.strip()):
                append((row_no, values))
                break
        if len(out) > max_data:
            if len(out) > limits.max_rows:
                message = f"数据超过 {limits.max_rows} 行的上限；请分成几个文件导入"
            else:
                message = f"单元格超过 {limits.max_cells} 个的上限；请分成几个文件导入"
            preview.problems.append(Problem(ws.title, row_no, None, "", "", message))
            return []
        scanned = row_no - header_row
        if scanned >= next_report:
            next_report = scanned - scanned % 2000 + 2000
            report_progress(progress, scanned, total, f"正在读取第 {row_no} 行")
    preview.data_rows = len(out)
    if not out:
        preview.problems.append(Problem(ws.title, header_row + 1, None, "", "",
                                        "表头下面没有数据；请在表头下面逐行填写"))
    return out


def _parse_rows(preview: Preview, k: Kind, raw_rows: list, *, default_month: Month | None) -> list:
    keys = list(preview.columns)
    specs = [(i, key, parser_for(k.column(key)), k.column(key).type in MEMO_TYPES) for i, key in enumerate(keys)]
    memo: dict = {}  # (key, raw value) -> parsed, for columns whose values repeat (months, dates, codes)
    example = example_signature(k, keys)
    out = []
    skipped_example = []
    for row_no, values in raw_rows:
        if example is not None and P.show(values[0]).strip() == example[0] \
                and tuple(P.show(v).strip() for v in values) == example:
            skipped_example.append(row_no)
            continue
        parsed, raw, bad = {}, dict(zip(keys, values)), set()
        for i, key, parser, repeat in specs:
            v = values[i]
            if v.__class__ is Uncalculated:
                bad.add(key)
                parsed[key] = None
                preview.problems.append(Problem(preview.sheet, row_no, preview.columns[key], preview.headers[key],
                                                P.show(v), UNCALCULATED))
                continue
            try:
                if repeat and v.__hash__ is not None:
                    slot = (key, type(v), v)
                    hit = memo.get(slot, memo)
                    if hit is memo:
                        hit = memo[slot] = parser(v)
                    parsed[key] = hit
                else:
                    parsed[key] = parser(v)
            except P.CellError as exc:
                bad.add(key)
                parsed[key] = None
                preview.problems.append(Problem(preview.sheet, row_no, preview.columns[key], preview.headers[key],
                                                P.show(v), f"应为{exc.expected}"))
        if default_month is not None and parsed.get("month") is None and "month" not in bad:
            parsed["month"] = default_month
        out.append(Row(row_no, parsed, raw, bad))
    if skipped_example:
        preview.notes.append(f"已跳过模板里的示例行（第 {'、'.join(map(str, skipped_example))} 行）。")
        preview.data_rows -= len(skipped_example)
    if not out and not preview.problems:
        preview.problems.append(Problem(preview.sheet, preview.header_row + 1, None, "", "",
                                        "除示例行外没有数据；请在示例行下面填写（示例行可以覆盖）"))
    return out


# ---------------------------------------------------------------- writing


def apply_import(actor: Actor, preview: Preview, *, update: bool = False, progress: Progress = None) -> ImportResult:
    """Write a checked preview: all rows in one transaction, or nothing.

    Refused when the preview has problems. Rows that change existing data
    (re-imported figures, changed staff) are written only with ``update=True``
    — the caller asks the user first. A failure in any row (e.g. the month was
    published since the preview) rolls everything back and names the row.
    """
    if preview.problems:
        raise ImportInvalid(preview)
    with collector_paused():
        return _apply_import(actor, preview, update, progress)


def _apply_import(actor: Actor, preview: Preview, update: bool, progress: Progress) -> ImportResult:
    kind = preview.kind
    require(actor, PERMISSION.get(kind, "import_figures"))
    if preview.changes and not update:
        raise Conflict(
            f"有 {len(preview.changes)} 条会覆盖系统中已有的数据（例如第 {preview.changes[0].row} 行："
            f"{preview.changes[0].label}）。确认要更新后再导入（命令行加 --update）。", field="update")
    work = [r for r in preview.rows if r.action in ("add", "change")]
    total = len(work)
    writer = WRITERS[kind]
    if work:
        try:
            with change(actor, PERMISSION.get(kind, "import_figures")) as tx:
                writer(actor, preview, work, progress, total)
                tx.audit("import_excel", "import", None,
                         after={"kind": kind, "file": preview.path.name, "sheet": preview.sheet,
                                "added": len(preview.adds), "changed": len(preview.changes),
                                "unchanged": len(preview.unchanged)})
        except DatabaseError as exc:
            # SQLite rolls back by itself on a full disk; what the transaction then says
            # ("no such savepoint", "no transaction is active") hides the cause: name it.
            failure = database_failure(exc)
            if failure is exc:
                raise
            raise failure from exc
    result = ImportResult(kind, len(preview.adds), len(preview.changes), len(preview.unchanged),
                          list(preview.months))
    report_progress(progress, total, total, "导入完成")
    return result


def import_file(actor: Actor, path, kind: str, *, update: bool = False, dry_run: bool = False,
                month: Month | str | None = None, progress: Progress = None):
    """Read, check and (unless ``dry_run``) write in one call. Raises ImportInvalid listing every problem."""
    preview = read_import(path, kind, month=month, progress=progress)
    if preview.problems:
        raise ImportInvalid(preview)
    if dry_run:
        return preview
    return apply_import(actor, preview, update=update, progress=progress)


# ---------------------------------------------------------------- marked copy


def save_marked_copy(preview: Preview, out_path) -> Path:
    """Save a copy of the imported workbook with each bad cell filled red and a comment saying what is wrong.

    The copy is always an .xlsx: an .xls or .ods is copied cell by cell (its
    values, not its formatting) into a new workbook. Problems without a cell (a
    missing column) are commented on the header row's first cell; problems about
    the whole file have nothing to mark.
    """
    from openpyxl.comments import Comment

    from .xlsxwrite import BAD_FILL, atomic_save

    fmt = check_spreadsheet(preview.path)
    try:
        if fmt == "xlsx":
            with open_for_read(preview.path) as fh:
                wb = load_workbook(fh)
        else:
            wb = _values_copy(preview.path, fmt)
    except CsperfError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise FileRefused(f"无法重新打开“{preview.path.name}”来标注问题（{type(exc).__name__}）。", field="file") from None
    if preview.sheet not in wb.sheetnames:
        raise FileRefused(f"“{preview.path.name}”中找不到工作表“{preview.sheet}”。", field="file")
    notes: dict = defaultdict(list)
    for p in preview.problems:
        if p.row is None:
            continue
        sheet = p.sheet if p.sheet in wb.sheetnames else preview.sheet  # an import may read two sheets
        notes[(sheet, p.row, p.column or 1)].append(p.message)
    for (sheet, row, col), messages in notes.items():
        cell = wb[sheet].cell(row=row, column=col)
        cell.fill = BAD_FILL
        text = "\n".join(f"· {m}" for m in messages)
        cell.comment = Comment(text, "csperf", width=300, height=60 + 20 * len(messages))
    return atomic_save(wb, out_path)


def _values_copy(path: Path, fmt: str):
    """A new openpyxl workbook holding the values of every worksheet of an .xls or .ods."""
    from openpyxl import Workbook

    book = open_book(path, fmt)
    wb = Workbook()
    wb.remove(wb.active)
    try:
        for sheet in book.sheets:
            ws = wb.create_sheet(sheet.title)
            for row_no, row in sheet_rows(book, sheet):
                for col_no, value in enumerate(row, start=1):
                    if value == "" or value is None:
                        continue
                    cell = ws.cell(row=row_no, column=col_no, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # text, never a formula
    finally:
        book.close()
    if not wb.worksheets:
        wb.create_sheet("Sheet1")
    return wb
