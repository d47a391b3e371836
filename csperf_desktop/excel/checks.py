"""The checks and writes of each import kind (staff, events, figures, exams).

Each ``_check_<kind>(preview, rows)`` loads what it needs once (staff by
employee no., rules, month status, existing rows of the months concerned),
then checks every row without a query, adding a ``Problem`` per bad cell or a
``PlannedRow`` (add / change / same). Each ``_write_<kind>`` writes the planned
rows through the core services; ``apply_import`` runs it inside one transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import repeat
from operator import add, itemgetter, mul

from ..base import clock
from ..base.errors import CsperfError, DatabaseError, ValidationError
from ..base.values import parse_date
from ..store.db import database_failure
from ..monthly.events import check_points, check_staff_on
from ..base.months import Month
from ..base.vocab import METHODS, STAFF_ROLES, zh
from . import parse as P
from .headers import kind_by_key
from .preview import ABSENT, TEXT_LIMITS, VOID_WORDS, ImportInvalid, PlannedRow, Preview, Problem
from .rows import (
    LockedMonths, add_problem, check_name, lookup_staff, period_status, report_progress, required, staff_index,
)

# ---------------------------------------------------------------- staff


def _check_staff(preview: Preview, rows: list) -> None:
    from ..office.staff import FIELDS as STAFF_FIELDS

    index = staff_index()
    seen: dict[str, int] = {}
    labels = {c.key: c.zh for c in kind_by_key("staff").columns}
    for r in rows:
        v = r.values
        no = v.get("employee_no")
        if required(preview, r, "employee_no", "工号"):
            if any(ch.isspace() for ch in no):
                add_problem(preview, r, "employee_no", "工号不能含空格")
            elif no in seen:
                add_problem(preview, r, "employee_no", f"与第 {seen[no]} 行的工号重复；每人只能有一行")
            else:
                seen[no] = r.row
        required(preview, r, "name", "姓名")
        current = index.get(no) if no else None
        hire = v.get("hire_date") or (current.hire_date if current else None)
        leave = v.get("leave_date") or (current.leave_date if current else None)
        if hire and leave and leave < hire and "leave_date" not in r.bad:
            add_problem(preview, r, "leave_date" if v.get("leave_date") else "hire_date",
                     f"离职日期 {leave:%Y-%m-%d} 早于入职日期 {hire:%Y-%m-%d}")
        if r.bad:
            continue
        values = {key: v[key] for key in STAFF_FIELDS if key in preview.columns and v.get(key) not in (None, "")}
        values["employee_no"] = no
        label = f"{no} {v.get('name') or ''}".strip()
        if current is None:
            values.setdefault("role", "agent")
            preview.rows.append(PlannedRow(r.row, "add", label, values))
            continue
        diffs = []
        for key, new in values.items():
            old = getattr(current, key)
            if (old or None) != (new or None):
                diffs.append((labels.get(key, key), _fmt(old, key), _fmt(new, key)))
        update = {key: new for key, new in values.items() if key != "employee_no"}
        action = "change" if diffs else "same"
        preview.rows.append(PlannedRow(r.row, action, label, update, diffs, target=current.id))


def _fmt(value, key: str = "") -> str:
    if key == "role" and value:
        return zh(STAFF_ROLES, value)
    if key == "method" and value:
        return zh(METHODS, value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return P.show(value)


# ---------------------------------------------------------------- events


def _check_events(preview: Preview, rows: list) -> None:
    from ..store.models import Rule, ScoreEvent

    index = staff_index()
    rules = {r.code.upper(): r for r in Rule.select()}
    today = clock.today()
    month_of: dict = {}  # day -> Month: a sheet's events fall on a few hundred days

    def month_for(day):
        m = month_of.get(day)
        if m is None:
            m = month_of[day] = Month.of(day)
        return m

    months = {month_for(r.values["date"]) for r in rows if r.values.get("date")}
    preview.months = sorted(months)
    status = period_status(months)
    # existing non-voided events of those months: to skip exact repeats and per-month duplicates
    existing = Counter()
    monthly_taken = set()
    if months:
        q = (ScoreEvent.select(ScoreEvent.staff, ScoreEvent.date, ScoreEvent.rule_code, ScoreEvent.unit_points,
                               ScoreEvent.quantity, ScoreEvent.reference, ScoreEvent.note, ScoreEvent.month,
                               ScoreEvent.rule)
             .where(ScoreEvent.month.in_([m.key for m in months]) & (ScoreEvent.voided == False))  # noqa: E712
             .tuples())
        for sid, day, code, unit, qty, ref, note, mkey, rule_id in q:
            existing[(sid, _as_date(day), code, unit, qty, ref or "", note or "")] += 1
            monthly_taken.add((sid, rule_id, mkey))
    skipped_void = 0
    locked = LockedMonths(preview, status, "记录评分", "date")
    for r in rows:
        v = r.values
        if (v.get("status") or "").strip().lower() in VOID_WORDS:
            skipped_void += 1
            continue
        staff = lookup_staff(preview, r, index)
        if staff is not None:
            check_name(preview, r, staff)
        day = v.get("date")
        if required(preview, r, "date", "日期"):
            if day > today:
                add_problem(preview, r, "date", f"日期晚于今天（{today:%Y-%m-%d}），请检查")
            elif day.year < 2000:
                add_problem(preview, r, "date", "日期太早，请检查")
            else:
                m = month_for(day)
                if not locked.check(r, m):
                    pass
                elif staff is not None:
                    try:
                        check_staff_on(staff, day)
                    except ValidationError as exc:
                        add_problem(preview, r, "date", exc.message.rstrip("。"))
        rule = None
        code = v.get("rule_code")
        if required(preview, r, "rule_code", "项目代码"):
            rule = rules.get(code)
            if rule is None:
                add_problem(preview, r, "rule_code", "考核细则中没有这个代码；请在“考核细则”中查看正确代码（如 B01、D04）")
            elif not rule.active:
                add_problem(preview, r, "rule_code", f"考核项目 {rule.code}“{rule.name}”已停用，不能再使用")
        magnitude = None
        if rule is not None and "points" not in r.bad:
            try:
                magnitude = check_points(rule, v.get("points"))
            except ValidationError as exc:
                add_problem(preview, r, "points", exc.message.rstrip("。"))
        qty = v.get("quantity")
        if qty is None and "quantity" not in r.bad:
            qty = 1
        if qty is not None and not 1 <= qty <= 100:
            add_problem(preview, r, "quantity", "次数应在 1 到 100 之间")
        if rule is not None and rule.unit == "month" and qty not in (None, 1):
            add_problem(preview, r, "quantity", f"{rule.code} 按月计分，每月最多一次，次数应为 1")
        if r.bad or staff is None or rule is None or day is None or magnitude is None:
            continue
        m = month_for(day)
        if rule.unit == "month":
            slot = (staff.id, rule.id, m.key)
            if slot in monthly_taken:
                add_problem(preview, r, "rule_code", f"{staff.name} 在{m.label_zh}已经有 {rule.code}（按月计分，每月一次）")
                continue
            monthly_taken.add(slot)
        unit = magnitude if rule.kind == "bonus" else -magnitude
        method = v.get("method") or "supervision"
        reference, note = v.get("reference") or "", v.get("note") or ""
        values = dict(staff=staff.id, rule=rule.code, date=day, points=magnitude, quantity=qty, method=method,
                      reference=reference, note=note)
        label = f"{day:%Y-%m-%d} {staff.employee_no} {staff.name} {rule.code} {unit * qty:+d}"
        sig = (staff.id, day, rule.code, unit, qty, reference, note)
        if existing[sig] > 0:
            existing[sig] -= 1
            preview.rows.append(PlannedRow(r.row, "same", label, values, note="与已有记录完全相同，跳过"))
            continue
        preview.rows.append(PlannedRow(r.row, "add", label, values, target=m))
    locked.finish()
    if skipped_void:
        preview.notes.append(f"跳过了 {skipped_void} 条标为“已作废”的记录。")
        preview.data_rows -= skipped_void


def _as_date(value):
    """A stored or imported day as a date, so that keys compare (None stays None)."""
    if value is None:
        return None
    return parse_date(value[:10] if isinstance(value, str) else value, "日期")


_EVENT_KEYS = {"date", "employee_no", "name", "rule_code", "points", "quantity", "method", "reference", "note"}


def _plan_events(preview: Preview, k, raw_rows: list, *, default_month: Month | None) -> bool:
    """Parse, check and plan an events sheet a column at a time; True when done.

    For a sheet with nothing to report this gives what ``_parse_rows`` and ``_check_events`` give —
    the same planned rows (adds, and exact repeats of recorded events as "same"), values, labels and
    months — without a ``Row`` per sheet row: each distinct date, employee no., code, points and
    method is parsed and checked once, and each person's employment once against the sheet's first
    and last day. At anything it cannot take as it is (a cell to refuse, a blank required cell, an
    unknown person or code, a name that does not match, a future, too early or locked day, a day
    outside a person's employment, points or a quantity out of range, a per-month rule already
    taken, a status column, the template's example row, a formula without its value) it returns
    False, leaving the preview as it was, and the caller takes the ordinary path, which words
    every problem.
    """
    from ..store.models import Rule, ScoreEvent
    from .reader import Uncalculated
    from .rows import MEMO_TYPES, example_signature, parser_for

    keys = list(preview.columns)
    if not raw_rows or not set(keys) <= _EVENT_KEYS or not {"date", "employee_no", "rule_code"} <= set(keys):
        return False
    columns = list(zip(*[values for _, values in raw_rows]))
    count = len(raw_rows)

    def read(parser, value):
        try:
            return parser(value)
        except P.CellError:
            raise _NotClean from None

    def parsed_column(key):
        cells = columns[keys.index(key)] if key in keys else None
        if cells is None:
            return [None] * count
        col = k.column(key)
        parser = parser_for(col)
        if Uncalculated in set(map(type, cells)):
            raise _NotClean
        if col.type in MEMO_TYPES:  # values repeat: parsed once per distinct (kind, value)
            typed = list(zip(map(type, cells), cells))
            memo = {slot: read(parser, slot[1]) for slot in set(typed)}
            return list(map(memo.__getitem__, typed))
        if col.type in ("points", "int"):  # whole numbers, as parse_points and parse_int read them
            kinds = set(map(type, cells))
            if kinds == {int} and (col.type == "int" or -2 ** 53 < min(cells) and max(cells) < 2 ** 53):
                return list(cells)
            if kinds == {float}:
                total = sum(cells)
                if total - total == 0 and all(map(float.is_integer, cells)):  # no nan, no inf, no fraction
                    return list(map(int, cells))
        if col.type == "text" and set(map(type, cells)) == {str}:
            # parse_text of plain text within its length, without NUL or CR: only stripped
            joined = "".join(cells)
            if "\x00" not in joined and "\r" not in joined and max(map(len, cells)) <= TEXT_LIMITS.get(key, 2000):
                return list(map(str.strip, cells))
        try:
            return list(map(parser, cells))
        except P.CellError:
            raise _NotClean from None

    try:
        example = example_signature(k, keys)
        if example is not None and any(P.show(cell).strip() == example[0] for _, cell in
                                       set(zip(map(type, columns[0]), columns[0]))):
            if example_row_present(columns, example, count):  # the ordinary path skips such a row
                raise _NotClean
        today = clock.today()
        days = parsed_column("date")
        month_of: dict = {}
        for day in set(days):
            if day is None or day > today or day.year < 2000:
                raise _NotClean
            month_of[day] = Month.of(day)
        months = set(month_of.values())
        status = period_status(months)
        if any(st != "open" for st in status.values()):
            raise _NotClean
        # people: known, named as written, employed on their first and last day of the sheet
        index = staff_index()
        numbers = parsed_column("employee_no")
        staff_of = {}
        for no in set(numbers):
            staff = index.get(no) if no else None
            if staff is None:
                raise _NotClean
            staff_of[no] = staff
        if "name" in keys:
            for written, no in set(zip(parsed_column("name"), numbers)):
                if written and written != staff_of[no].name:
                    raise _NotClean
        span: dict = {}  # employee no. -> [staff, first day, last day]
        for no, day in set(zip(numbers, days)):
            seen = span.get(no)
            if seen is None:
                span[no] = [staff_of[no], day, day]
            elif day < seen[1]:
                seen[1] = day
            elif day > seen[2]:
                seen[2] = day
        for staff, first, last in span.values():
            try:  # hired after, left before, or inactive: the first or the last day shows it
                check_staff_on(staff, first)
                check_staff_on(staff, last)
            except ValidationError:
                raise _NotClean from None
        # rules, points and quantities
        rules = {r.code.upper(): r for r in Rule.select()}
        codes = parsed_column("rule_code")
        rule_of = {}
        for code in set(codes):
            rule = rules.get(code) if code else None
            if rule is None or not rule.active:
                raise _NotClean
            rule_of[code] = rule
        used_rules = list(map(rule_of.__getitem__, codes))
        points = parsed_column("points")
        magnitude_of = {}
        slots = list(zip(codes, map(type, points), points))
        for slot in set(slots):
            try:
                magnitude_of[slot] = check_points(rule_of[slot[0]], slot[2])
            except ValidationError:
                raise _NotClean from None
        magnitudes = list(map(magnitude_of.__getitem__, slots))
        quantities = [1 if q is None else q for q in parsed_column("quantity")]
        if not all(1 <= q <= 100 for q in set(quantities)):
            raise _NotClean
        methods = [m or "supervision" for m in parsed_column("method")]
        references = [t or "" for t in parsed_column("reference")]
        notes = [t or "" for t in parsed_column("note")]
    except _NotClean:
        return False
    # recorded events of those months: exact repeats are "same", per-month rules once a month
    existing = Counter()
    monthly_taken = set()
    keys_of_months = sorted(m.key for m in months)
    for i in range(0, len(keys_of_months), 100):
        q = (ScoreEvent.select(ScoreEvent.staff, ScoreEvent.date, ScoreEvent.rule_code, ScoreEvent.unit_points,
                               ScoreEvent.quantity, ScoreEvent.reference, ScoreEvent.note, ScoreEvent.month,
                               ScoreEvent.rule)
             .where(ScoreEvent.month.in_(keys_of_months[i:i + 100]) & (ScoreEvent.voided == False))  # noqa: E712
             .tuples())
        for sid, day, code, unit, qty, ref, note, mkey, rule_id in q:
            existing[(sid, _as_date(day), code, unit, qty, ref or "", note or "")] += 1
            monthly_taken.add((sid, rule_id, mkey))
    day_text = {day: f"{day:%Y-%m-%d}" for day in month_of}
    person = {no: (staff.id, f"{staff.employee_no} {staff.name}") for no, staff in staff_of.items()}
    rule_facts = {code: (rule.code, rule.kind == "bonus", rule.unit == "month", rule.id) for code, rule in rule_of.items()}
    planned = []
    append = planned.append
    for (row_no, _), day, no, code, magnitude, qty, method, reference, note in zip(
            raw_rows, days, numbers, codes, magnitudes, quantities, methods, references, notes):
        m = month_of[day]
        sid, who = person[no]
        rule_code, bonus, per_month, rule_id = rule_facts[code]
        if per_month:
            if qty != 1:
                return False
            slot = (sid, rule_id, m.key)
            if slot in monthly_taken:
                return False
            monthly_taken.add(slot)
        unit = magnitude if bonus else -magnitude
        values = dict(staff=sid, rule=rule_code, date=day, points=magnitude, quantity=qty, method=method,
                      reference=reference, note=note)
        label = f"{day_text[day]} {who} {rule_code} {unit * qty:+d}"
        if existing:
            sig = (sid, day, rule_code, unit, qty, reference, note)
            if existing[sig] > 0:
                existing[sig] -= 1
                append(PlannedRow(row_no, "same", label, values, note="与已有记录完全相同，跳过"))
                continue
        append(PlannedRow(row_no, "add", label, values, target=m))
    preview.months = sorted(months)
    preview.rows = planned
    return True


# ---------------------------------------------------------------- figures


def _check_figures(preview: Preview, rows: list) -> None:
    from ..monthly.figures import FIELDS as FIG_FIELDS
    from ..store.models import MonthlyFigures

    index = staff_index()
    fig_keys = [key for key in FIG_FIELDS if key in preview.columns]
    if not fig_keys:
        preview.problems.append(Problem(preview.sheet, preview.header_row, None, "", "",
                                        "没有任何数据列（客户满意度、平均响应时长、接待量、销售额、迟到次数等）"))
        return
    months = {r.values["month"] for r in rows if r.values.get("month")}
    preview.months = sorted(months)
    status = period_status(months)
    current = {}
    if months:
        for f in MonthlyFigures.select().where(MonthlyFigures.month.in_([m.key for m in months])):
            current[(f.staff_id, f.month)] = f
    seen: dict = {}
    specs = [(key, FIG_FIELDS[key][1] is int, FIG_FIELDS[key][2], FIG_FIELDS[key][3]) for key in fig_keys]
    month_keys: dict = {}
    locked = LockedMonths(preview, status, "导入月度数据", "month")
    this_month = (clock.today().year, clock.today().month)
    check_names = "name" in preview.columns
    for r in rows:
        v = r.values
        m = v.get("month")
        mkey = None
        if required(preview, r, "month", "月份"):
            mkey = month_keys.get(m) or month_keys.setdefault(m, m.key)
            if (m.year, m.month) > this_month:
                add_problem(preview, r, "month", f"{m.label_zh}还没有到，不能导入该月数据；请检查月份")
            elif status.get(mkey, "open") != "open":
                locked.check(r, m)
        staff = lookup_staff(preview, r, index)
        if staff is not None and check_names:
            check_name(preview, r, staff)
        for key, is_int, lo, hi in specs:
            value = v.get(key)
            if value is None or key in r.bad:
                continue
            if is_int and not float(value).is_integer():
                add_problem(preview, r, key, "应为整数")
                continue
            if not lo <= value <= hi:
                add_problem(preview, r, key, f"应在 {lo} 到 {hi:g} 之间")
                continue
            v[key] = int(value) if is_int else float(value)
        if staff is None or mkey is None:
            continue
        slot = (staff.id, mkey)
        if slot in seen:
            add_problem(preview, r, "employee_no", f"{m.label_zh}的 {staff.employee_no} 与第 {seen[slot]} 行重复；每人每月只能有一行")
            continue
        seen[slot] = r.row
        if r.bad:
            continue
        values = {key: v.get(key) for key in fig_keys}
        label = f"{mkey} {staff.employee_no} {staff.name}"
        old = current.get(slot)
        if old is None:
            preview.rows.append(PlannedRow(r.row, "add", label, values, target=(m, staff.id)))
            continue
        diffs = []
        for key in fig_keys:
            before, after = getattr(old, key), values[key]
            if not _same_number(before, after):
                diffs.append((FIG_FIELDS[key][0], _fmt(before), _fmt(after)))
        preview.rows.append(PlannedRow(r.row, "change" if diffs else "same", label, values, diffs,
                                       target=(m, staff.id)))
    locked.finish()


def example_row_present(columns, example, count: int) -> bool:
    """Whether some row's cells all show as the template's example row's (each distinct cell
    shown once)."""
    candidates = range(count)
    for cells, wanted in zip(columns, example):
        shown: dict = {}
        kept = []
        for r in candidates:
            slot = (cells[r].__class__, cells[r])
            hit = shown.get(slot)
            if hit is None:
                hit = shown[slot] = P.show(cells[r]).strip() == wanted
            if hit:
                kept.append(r)
        candidates = kept
        if not candidates:
            return False
    return True


class _NotClean(Exception):
    """A sheet the one-pass figures check leaves to the ordinary path."""


def _number_reader(col_type: str):
    """What ``parse`` makes of one finite int or float cell in a column of ``col_type``, written
    out for speed; raises ``_NotClean`` where the parser would refuse the number."""
    if col_type == "percent":
        def read(v):  # parse_percent
            v = float(v)
            return round(v * 100 if 0 <= v <= 1 else v, 6)
        return read
    if col_type in ("number", "duration"):
        return float  # parse_number, parse_duration
    if col_type == "int":
        def read(v):  # parse_int
            if v.__class__ is int:
                return v
            if v.is_integer():
                return int(v)
            raise _NotClean
        return read
    return None


def _numbers_at_once(cells: tuple, col_type: str) -> list | None:
    """The column's cells as ``_number_reader`` reads them, converted all at once when they are all
    finite floats (or all ints); None when the column needs reading cell by cell."""
    types = set(map(type, cells))
    if types == {int}:
        if col_type == "int":
            return list(cells)
        cells, types = list(map(float, cells)), {float}
    if types != {float}:
        return None
    total = sum(cells)
    if total - total != 0.0:  # nan or inf somewhere
        return None
    if col_type in ("number", "duration"):
        return list(cells)
    if col_type == "int":
        return list(map(int, cells)) if all(map(float.is_integer, cells)) else None
    if col_type == "percent":  # a fraction (0..1) is scaled to percent points, as parse_percent does
        low, high = min(cells), max(cells)
        if low >= 0 and high <= 1:
            return list(map(round, map(mul, cells, repeat(100)), repeat(6)))
        if low > 1 or high < 0:
            return list(map(round, cells, repeat(6)))
    return None


def _plan_figures_clean(preview: Preview, k, raw_rows: list, *, default_month: Month | None) -> bool:
    """Parse, check and plan a figures sheet a column at a time; True when done.

    For a sheet with nothing to report (the usual case, and the one whose size matters) this
    gives what ``_parse_rows`` and ``_check_figures`` give — the same planned rows, values and
    months — without a ``Row`` per sheet row: each distinct month, employee no. and name is read
    once, a column of plain numbers is converted and range-checked at once, existing figures are
    read as tuples. At anything it cannot take as it is (a cell to refuse, a blank month or
    employee no., an unknown person, a name that does not match, a repeated person, a future or
    locked month, the template's example row, a formula without its value) it returns False,
    leaving the preview as it was, and the caller takes the ordinary path, which words every
    problem.
    """
    from ..monthly.figures import FIELDS as FIG_FIELDS
    from ..store.models import MonthlyFigures
    from .reader import Uncalculated
    from .rows import example_signature, parser_for

    keys = list(preview.columns)
    fig_keys = [key for key in FIG_FIELDS if key in preview.columns]
    if not raw_rows or not fig_keys or "employee_no" not in preview.columns \
            or not set(keys) <= {"month", "employee_no", "name", *fig_keys}:
        return False
    where = {key: i for i, key in enumerate(keys)}
    today = clock.today()
    this_month = (today.year, today.month)

    def read(parser, value):
        if value.__class__ is Uncalculated:
            raise _NotClean
        try:
            return parser(value)
        except P.CellError:
            raise _NotClean from None

    def distinct(cells):  # (type, value) pairs: 1, 1.0 and True are different cells
        return set(zip(map(type, cells), cells))

    def typed(cells):
        return zip(map(type, cells), cells)

    columns = list(zip(*[values for _, values in raw_rows]))
    count = len(raw_rows)
    try:
        example = example_signature(k, keys)
        if example is not None and any(P.show(cell).strip() == example[0] for _, cell in distinct(columns[0])):
            if example_row_present(columns, example, count):  # the ordinary path skips such a row
                raise _NotClean
        # months
        if "month" in where:
            cells = columns[where["month"]]
            parse_month = parser_for(k.column("month"))
            by_cell = {}
            for slot in distinct(cells):
                m = read(parse_month, slot[1])
                by_cell[slot] = default_month if m is None else m
            month_col = list(map(by_cell.__getitem__, typed(cells)))
        else:
            month_col = [default_month] * count
        used = set(month_col)
        if None in used or any((m.year, m.month) > this_month for m in used):
            raise _NotClean
        month_key = {m: m.key for m in used}
        mkey_col = list(map(month_key.__getitem__, month_col))
        # people
        index = staff_index()
        cells = columns[where["employee_no"]]
        parse_no = parser_for(k.column("employee_no"))
        by_cell = {}
        for slot in distinct(cells):
            no = read(parse_no, slot[1])
            staff = index.get(no) if no else None
            if staff is None:
                raise _NotClean
            by_cell[slot] = staff.id
        sid_col = list(map(by_cell.__getitem__, typed(cells)))
        staff_by_id = {s.id: s for s in index.values()}
        if "name" in where:
            parse_name = parser_for(k.column("name"))
            for c, cell, sid in set(zip(map(type, columns[where["name"]]), columns[where["name"]], sid_col)):
                written = read(parse_name, cell)
                if written and written != staff_by_id[sid].name:
                    raise _NotClean
        pairs = list(zip(sid_col, mkey_col))
        if len(set(pairs)) != count:  # a person twice in a month
            raise _NotClean
        # figures, a column at a time
        fig_cols = []
        for key in fig_keys:
            col = k.column(key)
            _label, kind, lo, hi = FIG_FIELDS[key]
            is_int = kind is int
            cells = columns[where[key]]
            values = _numbers_at_once(cells, col.type)
            if values is not None:  # plain numbers, one type: ints for an int column, floats otherwise
                wanted = int if is_int else float
                if (int if col.type == "int" else float) is wanted:
                    if not (lo <= min(values) and max(values) <= hi):
                        raise _NotClean
                    fig_cols.append(values)
                    continue
            else:
                values = _numbers_one_by_one(cells, _number_reader(col.type), parser_for(col), read)
            present = [v for v in values if v is not None] if None in values else values
            if present:
                if is_int and set(map(type, present)) != {int} and not all(float(x).is_integer() for x in present):
                    raise _NotClean
                if not (lo <= min(present) and max(present) <= hi):
                    raise _NotClean
                wanted = int if is_int else float
                if set(map(type, present)) != {wanted}:
                    values = [None if v is None else wanted(v) for v in values]
            fig_cols.append(values)
    except _NotClean:
        return False
    status = period_status(used)
    if any(st != "open" for st in status.values()):
        return False
    figures = list(map(dict, map(zip, repeat(fig_keys), zip(*fig_cols))))
    month_keys = sorted(month_key.values())
    current = {}
    cols = [MonthlyFigures.staff, MonthlyFigures.month] + [getattr(MonthlyFigures, key) for key in fig_keys]
    for i in range(0, len(month_keys), 100):
        q = MonthlyFigures.select(*cols).where(MonthlyFigures.month.in_(month_keys[i:i + 100])).tuples()
        for sid, mkey, *old in q:
            current[(sid, mkey)] = old
    who = {sid: f" {s.employee_no} {s.name}" for sid, s in staff_by_id.items()}
    labels = list(map(add, mkey_col, map(who.__getitem__, sid_col)))
    targets = list(zip(month_col, sid_col))
    row_nos = [row_no for row_no, _ in raw_rows]
    if not current:
        planned = list(map(PlannedRow, row_nos, repeat("add"), labels, figures, map(list, repeat(())), targets))
    else:
        planned = []
        names = [FIG_FIELDS[key][0] for key in fig_keys]
        for row_no, label, values, target, pair in zip(row_nos, labels, figures, targets, pairs):
            old = current.get(pair)
            if old is None:
                planned.append(PlannedRow(row_no, "add", label, values, target=target))
                continue
            diffs = []
            for name, before, after in zip(names, old, values.values()):
                if not _same_number(before, after):
                    diffs.append((name, _fmt(before), _fmt(after)))
            planned.append(PlannedRow(row_no, "change" if diffs else "same", label, values, diffs, target=target))
    preview.months = sorted(used)
    preview.rows = planned
    return True


def _numbers_one_by_one(cells: tuple, number, parser, read) -> list:
    """A figures column read cell by cell (blanks, text, mixed kinds): the parsed values, None for a blank."""
    out = []
    for v in cells:
        c = v.__class__
        if c is float or c is int:
            if v - v != 0:  # inf, nan
                raise _NotClean
            out.append(number(v))
        elif v == "" or v is None:
            out.append(None)
        else:
            out.append(read(parser, v))
    return out


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


# ---------------------------------------------------------------- exams


def _check_exams(preview: Preview, rows: list) -> None:
    from ..monthly.exams import EXAM_AREAS, MAX_FULL_MARKS
    from ..store.models import Exam, ExamResult

    index = staff_index()
    months = {Month.of(r.values["exam_date"]) for r in rows if r.values.get("exam_date")}
    preview.months = sorted(months)
    status = period_status(months)
    locked = LockedMonths(preview, status, "修改考试成绩", "exam_date")
    existing = {}  # (date, title) -> Exam
    results = {}  # (exam id, staff id) -> ExamResult
    if months:
        for e in Exam.select().where(Exam.month.in_([m.key for m in months])):
            existing[(_as_date(e.date), e.title)] = e
        if existing:
            ids = [e.id for e in existing.values()]
            for res in ExamResult.select().where(ExamResult.exam.in_(ids)):
                results[(res.exam_id, res.staff_id)] = res
    exams: dict = {}  # (date, title) -> {"area", "full_marks", "pass_mark", "row", "exam"}
    seen: dict = {}
    today = clock.today()
    for r in rows:
        v = r.values
        day, title = v.get("exam_date"), v.get("exam_title")
        ok_day = required(preview, r, "exam_date", "考试日期")
        ok_title = required(preview, r, "exam_title", "考试名称")
        if ok_day:
            if day > today:
                add_problem(preview, r, "exam_date", f"考试日期晚于今天（{today:%Y-%m-%d}），请检查")
                ok_day = False
            elif not locked.check(r, Month.of(day)):
                ok_day = False
        staff = lookup_staff(preview, r, index)
        if staff is not None:
            check_name(preview, r, staff)
            if ok_day:
                try:
                    check_staff_on(staff, day)
                except ValidationError as exc:
                    add_problem(preview, r, "exam_date", exc.message.rstrip("。"))
        if not (ok_day and ok_title):
            continue
        slot = (day, title)
        old = existing.get(slot)
        area = v.get("area") or (old.area if old else "mixed")
        full = v.get("full_marks")
        if full is None and "full_marks" not in r.bad:
            full = old.full_marks if old else 100
        if full is not None and not 1 <= full <= MAX_FULL_MARKS:
            add_problem(preview, r, "full_marks", f"满分应在 1 到 {MAX_FULL_MARKS} 之间")
            continue
        pass_mark = v.get("pass_mark")
        if pass_mark is None and "pass_mark" not in r.bad and full is not None:
            pass_mark = old.pass_mark if old else round(full * 0.6)
        if full is None or pass_mark is None:
            continue
        if not 0 <= pass_mark <= full:
            add_problem(preview, r, "pass_mark", f"及格分应在 0 到满分 {full} 之间")
            continue
        info = exams.get(slot)
        if info is None:
            if old is not None:
                for key, mine, theirs, label in (("full_marks", full, old.full_marks, "满分"),
                                                 ("pass_mark", pass_mark, old.pass_mark, "及格分"),
                                                 ("area", area, old.area, "考试内容")):
                    if mine != theirs and key in preview.columns and v.get(key) is not None:
                        shown = zh(EXAM_AREAS, theirs) if key == "area" else theirs
                        add_problem(preview, r, key, f"系统中已有的考试“{title}”（{day:%Y-%m-%d}）{label}是 {shown}；"
                                 "要改考试设置请在“考试”中修改")
                        break
                else:
                    exams[slot] = {"area": area, "full_marks": full, "pass_mark": pass_mark, "row": r.row, "exam": old}
            else:
                exams[slot] = {"area": area, "full_marks": full, "pass_mark": pass_mark, "row": r.row, "exam": None}
            info = exams.get(slot)
            if info is None:
                continue
        else:
            for key, label in (("full_marks", "满分"), ("pass_mark", "及格分"), ("area", "考试内容")):
                mine = {"full_marks": full, "pass_mark": pass_mark, "area": area}[key]
                if mine != info[key]:
                    add_problem(preview, r, key, f"与第 {info['row']} 行（同一场考试）的{label}不一致")
                    break
        if staff is not None:
            key = (slot, staff.id)
            if key in seen:
                add_problem(preview, r, "employee_no",
                         f"{staff.employee_no} 在考试“{title}”中与第 {seen[key]} 行重复；每人只能有一个成绩")
                continue
            seen[key] = r.row
        score = v.get("score")
        if score is None and "score" not in r.bad:
            required(preview, r, "score", "成绩（缺考写“缺考”）")
        elif score is not None and score != ABSENT and not 0 <= score <= info["full_marks"]:
            add_problem(preview, r, "score", f"成绩应在 0 到满分 {info['full_marks']} 之间")
        if staff is None or r.bad:
            continue
        absent = score == ABSENT
        values = {"score": None if absent else score, "absent": absent, "note": v.get("note") or ""}
        label = f"{day:%Y-%m-%d} {title} {staff.employee_no} {staff.name}"
        old_exam = info["exam"]
        prev = results.get((old_exam.id, staff.id)) if old_exam is not None else None
        target = (slot, staff.id)
        if prev is None:
            preview.rows.append(PlannedRow(r.row, "add", label, values, target=target))
            continue
        before = "缺考" if prev.absent else _fmt(prev.score)
        after = "缺考" if absent else _fmt(score)
        diffs = [("成绩", before, after)] if before != after else []
        if (prev.note or "") != values["note"] and "note" in preview.columns:
            diffs.append(("备注", prev.note or "", values["note"]))
        preview.rows.append(PlannedRow(r.row, "change" if diffs else "same", label, values, diffs, target=target))
    locked.finish()
    preview._exams = exams  # exam settings by (date, title), for writing


CHECKERS = {"staff": _check_staff, "events": _check_events, "figures": _check_figures, "exams": _check_exams}

# Kinds with a one-pass check for a clean sheet: (preview, kind, raw rows, default_month=) -> True when
# done, False (the preview untouched) to take the ordinary path (``_parse_rows`` then ``CHECKERS``).
CLEAN_PASS = {"figures": _plan_figures_clean, "events": _plan_events}


# ---------------------------------------------------------------- writing


def _row_failed(preview: Preview, planned: PlannedRow, exc: CsperfError) -> ImportInvalid:
    key = exc.field if exc.field in preview.columns else None
    if exc.field == "staff":
        key = "employee_no"
    elif exc.field == "rule":
        key = "rule_code"
    problem = Problem(preview.sheet, planned.row, preview.columns.get(key), preview.headers.get(key, ""), "",
                      exc.message.rstrip("。"))
    return ImportInvalid(preview, [problem])


def _not_a_row(exc: DatabaseError) -> DatabaseError:
    """A database that cannot be written (a full disk, a read-only file, damage) is no row's fault."""
    return database_failure(exc)


def _write_staff(actor, preview, work, progress, total):
    from ..office.staff import add_staff, update_staff

    for i, planned in enumerate(work, start=1):
        try:
            if planned.action == "add":
                add_staff(actor, **planned.values)
            else:
                update_staff(actor, planned.target, **planned.values)
        except DatabaseError as exc:
            raise _not_a_row(exc) from exc
        except CsperfError as exc:
            raise _row_failed(preview, planned, exc) from exc
        if i % 200 == 0:
            report_progress(progress, i, total, f"正在写入第 {i} 条")


def _write_events(actor, preview, work, progress, total):
    from ..monthly.events import EventRefused, NewEvent, add_events

    values = [planned.values for planned in work]
    items = list(map(NewEvent, *(list(map(itemgetter(key), values)) for key in
                                 ("staff", "rule", "date", "points", "quantity", "method", "reference", "note"))))
    report_progress(progress, 0, total, "正在写入")
    try:
        add_events(actor, items)  # checked again and written in one batch, as one at a time would
    except EventRefused as exc:
        if isinstance(exc.error, DatabaseError):
            raise _not_a_row(exc.error) from exc.error
        raise _row_failed(preview, work[exc.index], exc.error) from exc.error
    except DatabaseError as exc:
        raise _not_a_row(exc) from exc
    report_progress(progress, total, total, f"已写入 {total} 条")


def _write_figures(actor, preview, work, progress, total):
    from ..monthly.figures import MonthRefused, save_figures_months

    by_month = defaultdict(dict)
    first_row = {}
    last, rows = None, None
    for planned in work:
        month, staff_id = planned.target
        if month is not last:  # rows come a month at a time: hash a month once per run of rows
            last, rows = month, by_month[month]
            if month not in first_row:
                first_row[month] = planned
        rows[staff_id] = planned.values
    report_progress(progress, 0, total, "正在写入")
    try:
        save_figures_months(actor, by_month)
    except MonthRefused as exc:
        if isinstance(exc.error, DatabaseError):
            raise _not_a_row(exc.error) from exc.error
        raise _row_failed(preview, first_row[exc.month], exc.error) from exc.error
    except DatabaseError as exc:
        raise _not_a_row(exc) from exc
    report_progress(progress, total, total, f"已写入 {total} 条")


def _write_exams(actor, preview, work, progress, total):
    from ..monthly.exams import add_exam, set_result

    ids = {}
    for i, planned in enumerate(work, start=1):
        slot, staff_id = planned.target
        try:
            if slot not in ids:
                info = preview._exams[slot]
                if info["exam"] is not None:
                    ids[slot] = info["exam"].id
                else:
                    exam = add_exam(actor, date=slot[0], title=slot[1], area=info["area"],
                                    full_marks=info["full_marks"], pass_mark=info["pass_mark"])
                    ids[slot] = exam.id
            v = planned.values
            set_result(actor, ids[slot], staff_id, v["score"], absent=v["absent"], note=v["note"])
        except DatabaseError as exc:
            raise _not_a_row(exc) from exc
        except CsperfError as exc:
            raise _row_failed(preview, planned, exc) from exc
        if i % 200 == 0:
            report_progress(progress, i, total, f"正在写入第 {i} 条")


WRITERS = {"staff": _write_staff, "events": _write_events, "figures": _write_figures, "exams": _write_exams}
