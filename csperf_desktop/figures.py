"""Monthly helpdesk figures per person (CSAT, times, resolution, workload,
sales, attendance): saved by the Excel import or typed in, refused for a
published month."""

from __future__ import annotations

from . import clock
from .auth import Actor
from .errors import ValidationError
from .events import find_staff
from .models import MonthlyFigures
from .months import Month
from .periods import ensure_open
from .service import change

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
        if key not in FIELDS:
            raise ValidationError(f"未知的数据项：{key}", field=key)
        label, kind, lo, hi = FIELDS[key]
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


def save_figures_bulk(actor: Actor, month: Month, rows: dict[int, dict]) -> int:
    """``save_figures`` for many people at once (an Excel import): ``rows`` maps staff id → {field: value}.

    Same rules — every row validated before anything is written, the month
    must be open, one transaction, an audit entry per person with before and
    after — but existing rows are read in one query and new rows and audit
    entries are inserted in batches.
    """
    from .audit import bulk_insert, record_many
    from .errors import NotFound
    from .models import Staff

    with change(actor, "import_figures") as tx:
        ensure_open(month, "导入月度数据")
        ids = list(rows)
        known = set()
        for i in range(0, len(ids), 500):
            known.update(sid for (sid,) in Staff.select(Staff.id).where(Staff.id.in_(ids[i:i + 500])).tuples())
        missing = [sid for sid in ids if sid not in known]
        if missing:
            raise NotFound(f"找不到编号为 {missing[0]} 的人员。", field="staff")
        cleaned = {sid: clean_figures(values) for sid, values in rows.items()}
        existing = {f.staff_id: f for f in MonthlyFigures.select().where(MonthlyFigures.month == month.key)}
        now = clock.now_utc()
        fields = [MonthlyFigures.staff, MonthlyFigures.month] + [getattr(MonthlyFigures, k) for k in FIELDS] + \
            [MonthlyFigures.imported_at, MonthlyFigures.imported_by]
        new_rows, befores = [], {}
        for sid, values in cleaned.items():
            row = existing.get(sid)
            if row is None:
                new_rows.append((sid, month.key) + tuple(values.get(k) for k in FIELDS) + (now, actor.username))
                continue
            befores[sid] = {k: getattr(row, k) for k in FIELDS}
            for k, v in values.items():
                setattr(row, k, v)
            row.imported_at = now
            row.imported_by = actor.username
            row.save()
        bulk_insert(MonthlyFigures, fields, new_rows)
        row_ids = dict(MonthlyFigures.select(MonthlyFigures.staff, MonthlyFigures.id)
                       .where(MonthlyFigures.month == month.key).tuples())
        entries = []
        for sid, values in cleaned.items():
            if sid in befores:
                after = {k: getattr(existing[sid], k) for k in FIELDS}
            else:
                after = {k: values.get(k) for k in FIELDS}
            entries.append(dict(action="save_figures", entity="monthly_figures", entity_id=row_ids[sid],
                                staff_id=sid, month=month.key, before=befores.get(sid), after=after))
        tx.entries += record_many(actor, entries)
        return len(cleaned)
