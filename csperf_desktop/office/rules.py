"""Editing the rulebook. Events keep their own points, code and name, so no
edit here ever changes a recorded score."""

from __future__ import annotations

import re

from ..trust.auth import Actor
from ..base.errors import Conflict, ValidationError
from .lookups import find_rule
from ..store.models import Rule, ScoreEvent
from ..trust.service import change
from ..base.values import choice, clean_text, parse_int
from ..base.vocab import AREAS, KINDS, UNITS

FIELDS = ("code", "area", "kind", "name", "min_points", "max_points", "default_points", "unit",
          "serious", "note", "sort_order")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
MAX_POINTS = 100


def rule_record(r: Rule) -> dict:
    return {f: getattr(r, f) for f in FIELDS} | {"active": r.active}


def _clean(data: dict, current: Rule | None) -> dict:
    out = {}
    if "code" in data or current is None:
        code = clean_text(data.get("code"), "代码", "code", max_length=16, required=True).upper()
        if not _CODE_RE.match(code):
            raise ValidationError(f"代码“{code}”无效：以字母开头，只含字母和数字，例如 D14。", field="code")
        q = Rule.select().where(Rule.code == code)
        if current is not None:
            q = q.where(Rule.id != current.id)
        if q.exists():
            raise ValidationError(f"代码“{code}”已存在，请换一个。", field="code")
        out["code"] = code
    if "name" in data or current is None:
        out["name"] = clean_text(data.get("name"), "项目名称", "name", max_length=200, required=True)
    if "area" in data or current is None:
        out["area"] = choice(data.get("area"), AREAS, "考核方面", "area")
    if "kind" in data or current is None:
        out["kind"] = choice(data.get("kind"), KINDS, "类别", "kind")
    if "unit" in data or current is None:
        out["unit"] = choice(data.get("unit") or "time", UNITS, "计分单位", "unit")
    for f, label in (("min_points", "最低分"), ("max_points", "最高分"), ("default_points", "默认分")):
        if f in data:
            out[f] = parse_int(data[f], label, f, minimum=0, maximum=MAX_POINTS)
        elif current is None and f != "default_points":
            raise ValidationError(f"请填写{label}。", field=f)
    lo = out.get("min_points", current.min_points if current else None)
    hi = out.get("max_points", current.max_points if current else None)
    if lo > hi:
        raise ValidationError(f"最低分（{lo}）不能大于最高分（{hi}）。", field="min_points")
    if hi == 0:
        raise ValidationError("最高分必须大于 0。", field="max_points")
    default = out.get("default_points", current.default_points if current else lo)
    if not lo <= default <= hi:
        raise ValidationError(f"默认分（{default}）应在 {lo} 到 {hi} 之间。", field="default_points")
    out["default_points"] = default
    if "serious" in data:
        out["serious"] = bool(data["serious"])
    if "note" in data:
        out["note"] = clean_text(data.get("note"), "说明", "note", max_length=2000)
    if "sort_order" in data:
        out["sort_order"] = parse_int(data["sort_order"], "排序", "sort_order", minimum=0, maximum=100000)
    return out


def add_rule(actor: Actor, **data) -> Rule:
    """Add a rule (code unique, range 0–100 with min ≤ default ≤ max)."""
    with change(actor, "edit_rules") as tx:
        values = _clean(data, None)
        values.setdefault("sort_order", (Rule.select().count() + 1) * 10)
        r = Rule.create(**values, active=True)
        tx.audit("add_rule", "rule", r.id, after=rule_record(r))
        return r


def update_rule(actor: Actor, ref, **data) -> Rule:
    """Edit a rule. Recorded events keep the points, code and name they had.

    The code of a rule already used by events cannot change (it is how the
    history and imports refer to it); add a new rule instead.
    """
    with change(actor, "edit_rules") as tx:
        r = find_rule(ref)
        before = rule_record(r)
        values = _clean(data, r)
        if "code" in values and values["code"] != r.code and ScoreEvent.select().where(ScoreEvent.rule == r).exists():
            raise Conflict(f"{r.code} 已被评分记录使用，代码不能修改；可以新增一个项目并停用旧的。", field="code")
        if "kind" in values and values["kind"] != r.kind and ScoreEvent.select().where(ScoreEvent.rule == r).exists():
            raise Conflict(f"{r.code} 已被评分记录使用，不能在加分和扣分之间切换。", field="kind")
        for k, v in values.items():
            setattr(r, k, v)
        r.save()
        tx.audit("update_rule", "rule", r.id, before=before, after=rule_record(r))
        return r


def set_rule_active(actor: Actor, ref, active: bool) -> Rule:
    with change(actor, "edit_rules") as tx:
        r = find_rule(ref)
        before = rule_record(r)
        r.active = bool(active)
        r.save()
        tx.audit("enable_rule" if active else "disable_rule", "rule", r.id, before=before, after=rule_record(r))
        return r


def all_rules(active_only: bool = False):
    q = Rule.select().order_by(Rule.sort_order, Rule.code)
    if active_only:
        q = q.where(Rule.active == True)  # noqa: E712
    return list(q)
