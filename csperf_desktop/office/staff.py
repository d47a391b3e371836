"""Adding, editing and deactivating staff.

A person with history (events or published results) is never deleted:
deactivating sets a leave date, which keeps every past month intact.
"""

from __future__ import annotations

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import Conflict, ValidationError
from .lookups import find_staff
from ..store.models import MonthlyResult, ScoreEvent, Staff
from ..trust.service import change
from ..base.values import choice, clean_text, known_fields, parse_date
from ..base.vocab import STAFF_ROLES

FIELDS = ("employee_no", "name", "role", "team", "hire_date", "leave_date", "note")


def staff_record(s: Staff) -> dict:
    return {f: getattr(s, f) for f in FIELDS} | {"active": s.active}


def _clean(data: dict, current: Staff | None) -> dict:
    out = {}
    if "employee_no" in data or current is None:
        no = clean_text(data.get("employee_no"), "工号", "employee_no", max_length=32, required=True)
        if any(c.isspace() for c in no):
            raise ValidationError(f"工号“{no}”不能含空格。", field="employee_no")
        q = Staff.select().where(Staff.employee_no == no)
        if current is not None:
            q = q.where(Staff.id != current.id)
        if q.exists():
            raise ValidationError(f"工号“{no}”已被其他人使用，请换一个。", field="employee_no")
        out["employee_no"] = no
    if "name" in data or current is None:
        out["name"] = clean_text(data.get("name"), "姓名", "name", max_length=64, required=True)
    if "role" in data or current is None:
        out["role"] = choice(data.get("role") or "agent", STAFF_ROLES, "岗位", "role")
    if "team" in data:
        out["team"] = clean_text(data.get("team"), "组别", "team", max_length=64)
    if "note" in data:
        out["note"] = clean_text(data.get("note"), "备注", "note", max_length=2000)
    if "hire_date" in data:
        out["hire_date"] = parse_date(data.get("hire_date"), "入职日期", "hire_date", allow_none=True)
    if "leave_date" in data:
        out["leave_date"] = parse_date(data.get("leave_date"), "离职日期", "leave_date", allow_none=True)
    hire = out.get("hire_date", current.hire_date if current else None)
    leave = out.get("leave_date", current.leave_date if current else None)
    if hire and leave and leave < hire:
        raise ValidationError("离职日期不能早于入职日期。", field="leave_date")
    return out


def add_staff(actor: Actor, **data) -> Staff:
    """Add a person. Validates employee no. (unique, no spaces), name, role, dates."""
    known_fields(data, FIELDS)
    with change(actor, "manage_staff") as tx:
        values = _clean(data, None)
        s = Staff.create(**values, created_at=clock.now_utc())
        tx.audit("add_staff", "staff", s.id, staff_id=s.id, after=staff_record(s))
        return s


def update_staff(actor: Actor, ref, **data) -> Staff:
    """Edit a person's fields (only those given). Audited with before and after."""
    known_fields(data, FIELDS)
    with change(actor, "manage_staff") as tx:
        s = find_staff(ref)
        before = staff_record(s)
        for k, v in _clean(data, s).items():
            setattr(s, k, v)
        if s.leave_date is None and not s.active:
            s.active = True
        s.save()
        tx.audit("update_staff", "staff", s.id, staff_id=s.id, before=before, after=staff_record(s))
        return s


def deactivate_staff(actor: Actor, ref, leave_date=None) -> Staff:
    """Mark a person as left (leave date defaults to today). History stays."""
    with change(actor, "manage_staff") as tx:
        s = find_staff(ref)
        before = staff_record(s)
        day = parse_date(leave_date, "离职日期", "leave_date", allow_none=True) or s.leave_date or clock.today()
        if s.hire_date and day < s.hire_date:
            raise ValidationError("离职日期不能早于入职日期。", field="leave_date")
        s.leave_date = day
        s.active = False
        s.save()
        tx.audit("deactivate_staff", "staff", s.id, staff_id=s.id, before=before, after=staff_record(s))
        return s


def reactivate_staff(actor: Actor, ref) -> Staff:
    with change(actor, "manage_staff") as tx:
        s = find_staff(ref)
        before = staff_record(s)
        s.active = True
        s.leave_date = None
        s.save()
        tx.audit("reactivate_staff", "staff", s.id, staff_id=s.id, before=before, after=staff_record(s))
        return s


def has_history(s: Staff) -> bool:
    return (ScoreEvent.select().where(ScoreEvent.staff == s).exists()
            or MonthlyResult.select().where(MonthlyResult.staff == s).exists())


def delete_staff(actor: Actor, ref) -> None:
    """Delete a person entered by mistake — only when nothing was ever recorded for them."""
    with change(actor, "manage_staff") as tx:
        s = find_staff(ref)
        if has_history(s):
            raise Conflict(f"{s.name}（{s.employee_no}）已有评分记录，不能删除；请改为“停用”（设离职日期）。")
        before = staff_record(s)
        sid = s.id
        s.delete_instance()
        tx.audit("delete_staff", "staff", sid, staff_id=sid, before=before)
