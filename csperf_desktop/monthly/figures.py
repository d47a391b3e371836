"""Monthly helpdesk figures per person (CSAT, times, resolution, workload,
sales, attendance): saved by the Excel import or typed in, refused for a
published month."""

from __future__ import annotations

from itertools import repeat
from operator import itemgetter

import peewee as pw

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import CsperfError, ValidationError
from ..office.lookups import find_staff
from ..store.models import MonthlyFigures
from ..base.months import Month
from .periods import ensure_open
from ..trust.service import change

FIELDS = {
    # field: (label, kind, min, max)
    "csat_pct": ("客户满意度(%)", float, 0, 100),
    "avg_response_s": ("平均响应时长(秒)", float, 0, 86400),
    "avg_handle_s": ("平均处理时长(秒)", float, 0, 86400 * 7),
    "fcr_pct": ("一次性解决率(%)", float, 0, 100),
    "contacts": ("接待量", int, 0, 10_000_000),
    "sales_amount": ("销售额(元)", float, 0, 1e12),
    "orders": ("订单数", int, 0, 10_000_000),
    "late_count": ("迟到次数", int, 0, 31),
    "early_leave_count": ("早退次数", int, 0, 31),
    "absence_days": ("缺勤天数", float, 0, 31),
}


def clean_figures(values: dict) -> dict:
    out = {}
    for key, value in values.items():
        spec = FIELDS.get(key)
        if spec is None:
            raise ValidationError(f"未知的数据项：{key}", field=key)
        label, kind, lo, hi = spec
        t = type(value)
        if t is kind or (t is int and kind is float):  # a plain number of the right kind: range only
            v = float(value) if t is not kind else value
            if not lo <= v <= hi:
                raise ValidationError(f"{label}应在 {lo} 到 {hi:g} 之间（填的是 {v}）。", field=key)
            out[key] = v
            continue
        if value is None or value == "":
            out[key] = None
            continue
        try:
            if isinstance(value, bool):
                raise ValueError
            v = float(value)
            if kind is int:
                if not v.is_integer():
                    raise ValueError
                v = int(v)
        except (TypeError, ValueError):
            raise ValidationError(f"{label}“{value}”应为{'整数' if kind is int else '数字'}。", field=key) from None
        if not lo <= v <= hi:
            raise ValidationError(f"{label}应在 {lo} 到 {hi:g} 之间（填的是 {v}）。", field=key)
        out[key] = v
    return out


def _clean_columns(rows: dict) -> dict | None:
    """``clean_figures`` of every row of ``rows`` ({staff id: {field: value}}) at once, a column at
    a time, for the usual import: every row has the same fields and each value is already a number
    of its field's kind (or None) within range — then there is nothing to change and ``rows`` is
    returned as it is. None otherwise: the caller cleans row by row, which words the first error."""
    if not rows:
        return rows
    dicts = list(rows.values())
    names = list(dicts[0])
    if sum(map(len, dicts)) != len(names) * len(dicts):
        return None
    none = type(None)
    for name in names:
        spec = FIELDS.get(name)
        if spec is None:
            return None
        _label, kind, lo, hi = spec
        try:
            column = list(map(itemgetter(name), dicts))
        except KeyError:
            return None
        types = set(map(type, column))
        if none in types:
            types.discard(none)
            column = [v for v in column if v is not None]
            if not column:
                continue
        if types != {kind}:  # bools, text, an int for a decimal field: row by row
            return None
        total = sum(column)
        if total != total or not lo <= min(column) or not max(column) <= hi:  # nan, out of range
            return None
    return rows


def save_figures(actor: Actor, month: Month, rows: dict) -> int:
    """Insert or replace the month's figures: ``rows`` maps staff ref → {field: value}.

    All rows are validated before anything is written; one transaction; audited
    per person with before and after.
    """
    with change(actor, "import_figures") as tx:
        ensure_open(month, "导入月度数据")
        cleaned = [(find_staff(ref), clean_figures(values)) for ref, values in rows.items()]
        now = clock.now_utc()
        for staff, values in cleaned:
            row = MonthlyFigures.get_or_none((MonthlyFigures.staff == staff) & (MonthlyFigures.month == month.key))
            before = None
            if row is None:
                row = MonthlyFigures(staff=staff, month=month.key)
            else:
                before = {k: getattr(row, k) for k in FIELDS}
            for k, v in values.items():
                setattr(row, k, v)
            row.imported_at = now
            row.imported_by = actor.username
            row.save()
            tx.audit("save_figures", "monthly_figures", row.id, staff_id=staff.id, month=month.key,
                     before=before, after={k: getattr(row, k) for k in FIELDS})
        return len(cleaned)


def figures_for(month: Month) -> dict[int, MonthlyFigures]:
    return {f.staff_id: f for f in MonthlyFigures.select().where(MonthlyFigures.month == month.key)}


class MonthRefused(CsperfError):
    """Wraps the error that refused one month of ``save_figures_months``; ``month`` names it."""

    def __init__(self, month: Month, error: CsperfError):
        super().__init__(error.message, field=error.field)
        self.month = month
        self.error = error


def save_figures_bulk(actor: Actor, month: Month, rows: dict[int, dict]) -> int:
    """``save_figures`` for many people at once: ``rows`` maps staff id → {field: value}."""
    try:
        return save_figures_months(actor, {month: rows})
    except MonthRefused as exc:
        raise exc.error from None


def save_figures_months(actor: Actor, by_month: dict[Month, dict[int, dict]]) -> int:
    """``save_figures`` for many people and months at once (an Excel import):
    ``by_month`` maps month → {staff id → {field: value}}.

    Same rules — every row validated before anything is written, every month
    must be open, one transaction, an audit entry per person and month with
    before and after — but with a handful of queries in all: existing rows are
    read at once, new rows and audit entries inserted in batches. A refused
    month raises ``MonthRefused`` holding the month and the original error.
    """
    from ..store.chain import flat_payload, flat_payloads
    from ..trust.audit import append_entries, bulk_insert
    from ..base.errors import NotFound
    from ..store.models import Period, Staff

    months = sorted(by_month)
    keys = [m.key for m in months]
    with change(actor, "import_figures") as tx:
        status = dict(Period.select(Period.month, Period.status).where(Period.month.in_(keys)).tuples())
        for month in months:
            if status.get(month.key, "open") != "open":
                try:
                    ensure_open(month, "导入月度数据")
                except CsperfError as exc:
                    raise MonthRefused(month, exc) from exc
        ids = list(set().union(*by_month.values()))
        known = set()
        for i in range(0, len(ids), 500):
            known.update(sid for (sid,) in Staff.select(Staff.id).where(Staff.id.in_(ids[i:i + 500])).tuples())
        cleaned = {}
        for month in months:
            try:
                if not known.issuperset(by_month[month]):
                    sid = next(sid for sid in by_month[month] if sid not in known)
                    raise NotFound(f"找不到编号为 {sid} 的人员。", field="staff")
                cleaned[month] = _clean_columns(by_month[month]) or \
                    {sid: clean_figures(values) for sid, values in by_month[month].items()}
            except CsperfError as exc:
                raise MonthRefused(month, exc) from exc
        names = list(FIELDS)
        cols = [MonthlyFigures.staff, MonthlyFigures.month, MonthlyFigures.id] + [getattr(MonthlyFigures, k) for k in names]
        existing = {}  # (staff id, month key) -> (row id, {field: value})
        for i in range(0, len(keys), 100):
            q = MonthlyFigures.select(*cols).where(MonthlyFigures.month.in_(keys[i:i + 100])).tuples()
            for sid, mkey, row_id, *values in q:
                existing[(sid, mkey)] = (row_id, dict(zip(names, values)))
        now = clock.now_utc()
        user = actor.username
        fields = [MonthlyFigures.staff, MonthlyFigures.month] + [getattr(MonthlyFigures, k) for k in names]
        same = {MonthlyFigures.imported_by: user, MonthlyFigures.imported_at: now}
        if not existing:  # the usual import: every row is new
            new_rows = []
            for month in months:
                mkey = month.key
                new_rows += [(sid, mkey, *map(values.get, names)) for sid, values in cleaned[month].items()]
            ids = _insert_new(fields, new_rows, keys, same)
            # the entries save_figures writes, one per person and month, after as to_json writes the
            # {field: value} dict (flat_payloads: the same text)
            entries = list(zip(repeat("save_figures"), repeat("monthly_figures"), ids,
                               map(itemgetter(0), new_rows), map(itemgetter(1), new_rows), repeat(None),
                               flat_payloads(names, new_rows, start=2), repeat(None)))
            tx.entries += append_entries(actor, entries)
            return len(entries)
        new_rows, updates, planned = [], [], []  # planned: (staff id, month key, before, after), in ``names`` order
        for month in months:
            mkey = month.key
            for sid, values in cleaned[month].items():
                old = existing.get((sid, mkey))
                if old is None:
                    after = list(map(values.get, names))
                    new_rows.append((sid, mkey, *after))
                    planned.append((sid, mkey, None, after))
                    continue
                after = dict(old[1])
                after.update(values)
                updates.append((old[0], after))
                planned.append((sid, mkey, [old[1][k] for k in names], [after[k] for k in names]))
        bulk_insert(MonthlyFigures, fields, new_rows, same=same)
        _update_rows(updates, now, user)
        row_ids = _row_ids(keys)
        payload = flat_payload(names)
        entries = [("save_figures", "monthly_figures", row_ids[(sid, mkey)], sid, mkey,
                    None if before is None else payload(before), payload(after), None)
                   for sid, mkey, before, after in planned]
        tx.entries += append_entries(actor, entries)
        return len(entries)


def _row_ids(keys: list) -> dict:
    """{(staff id, month key): row id as text} of the figures of the months ``keys``."""
    row_ids = {}
    db = MonthlyFigures._meta.database
    for i in range(0, len(keys), 100):
        q = (MonthlyFigures.select(MonthlyFigures.staff, MonthlyFigures.month, MonthlyFigures.id)
             .where(MonthlyFigures.month.in_(keys[i:i + 100])))
        row_ids.update({(sid, mkey): str(row_id) for sid, mkey, row_id in db.execute(q)})
    return row_ids


def _insert_new(fields: list, new_rows: list, keys: list, same: dict) -> list:
    """Insert ``new_rows`` (none of which exists yet); their ids as text, in order.

    On SQLite a new row's id is one more than the largest before it, so when the largest id has
    grown by exactly the number of rows, the ids are the numbers in between; otherwise (and on
    other databases) they are read back."""
    from ..trust.audit import bulk_insert

    db = MonthlyFigures._meta.database
    real = db.obj if isinstance(db, pw.DatabaseProxy) else db
    sqlite = isinstance(real, pw.SqliteDatabase)
    top = pw.fn.MAX(MonthlyFigures.id)
    before = (MonthlyFigures.select(top).scalar() or 0) if sqlite else None
    bulk_insert(MonthlyFigures, fields, new_rows, same=same)
    if sqlite:
        after = MonthlyFigures.select(top).scalar() or 0
        if after - before == len(new_rows):
            return list(map(str, range(before + 1, after + 1)))
    row_ids = _row_ids(keys)
    return [row_ids[(row[0], row[1])] for row in new_rows]


def _update_rows(updates: list[tuple[int, dict]], now, username: str) -> None:
    """Write the new values of existing rows: [(row id, {field: value})]."""
    if not updates:
        return
    names = list(FIELDS)
    db = MonthlyFigures._meta.database
    real = db.obj if isinstance(db, pw.DatabaseProxy) else db
    if isinstance(real, pw.SqliteDatabase):
        stamp = MonthlyFigures.imported_at.db_value(now)
        sets = ", ".join(f'"{getattr(MonthlyFigures, k).column_name}" = ?' for k in names)
        real.connection().executemany(
            f'UPDATE "{MonthlyFigures._meta.table_name}" SET {sets}, '
            f'"{MonthlyFigures.imported_at.column_name}" = ?, "{MonthlyFigures.imported_by.column_name}" = ? '
            f'WHERE "{MonthlyFigures.id.column_name}" = ?',
            [tuple([values[k] for k in names]) + (stamp, username, row_id) for row_id, values in updates])
        return
    for row_id, values in updates:
        MonthlyFigures.update(**values, imported_at=now, imported_by=username).where(
            MonthlyFigures.id == row_id).execute()
