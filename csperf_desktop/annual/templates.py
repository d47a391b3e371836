"""Annual review templates (考核模板) per role, versioned.

A template is a list of dimensions (维度) with weights summing to 100 %, each
with indicators (指标) whose weights within the dimension sum to 100 %. An
indicator is either *data-driven* — a ``source`` measured from the year's
data, scored against a target with a band (``scales.band_score``) — or
*judged*: a 1–5 rating by the supervisor.

Versions: ``save_template`` edits the role's latest version in place while no
signed-off review uses it; once one does, the version is frozen and saving
creates the next version. QA inspectors use the agent template unless a QA
template has been saved. Defaults follow seed 003 §三 (DESIGN.md §1).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ..base import clock
from ..trust.auth import Actor
from ..base.errors import ValidationError
from ..trust.service import change
from ..base.vocab import STAFF_ROLES, zh
from .scales import DIRECTIONS
from ..store.seeds import AGENT_TEMPLATE, DEFAULTS, TEAM_LEAD_TEMPLATE  # noqa: F401  (the built-in templates)

# source: (label, unit, aggregate) — "mean": average over the months counted;
# "sum": total over the months counted, its target pro-rated by months/12;
# "ratio": share over the year's items (spot checks).
SOURCES: dict[str, tuple[str, str, str]] = {
    "csat": ("客户满意度", "%", "mean"),
    "avg_response": ("平均响应时长", "秒", "mean"),
    "avg_handle": ("平均处理时长", "秒", "mean"),
    "fcr": ("一次性解决率", "%", "mean"),
    "contacts": ("接待量", "次", "sum"),
    "sales": ("销售额", "元", "sum"),
    "orders": ("订单数", "单", "sum"),
    "exam_avg": ("考试平均分（占满分%）", "%", "mean"),
    "monthly_avg": ("月度考核平均分", "分", "mean"),
    "attendance": ("考勤异常（迟到+早退+缺勤天数）", "次", "sum"),
    "spot_pass": ("抽查合格率", "%", "ratio"),
    "rule_count": ("加分项次数", "次", "sum"),
    "team_csat": ("团队客户满意度", "%", "mean"),
    "team_avg_handle": ("团队平均处理时长", "秒", "mean"),
    "team_avg_response": ("团队平均响应时长", "秒", "mean"),
    "team_fcr": ("团队一次性解决率", "%", "mean"),
}

KINDS = {"data": ("数据指标", "Data-driven"), "judged": ("评议指标", "Judged")}
TEMPLATE_ROLES = tuple(STAFF_ROLES)  # agent, team_lead, qa


@dataclass(frozen=True)
class Template:
    """A template version as the computation uses it (``id`` None: the built-in default, not saved yet)."""

    id: int | None
    role: str
    version: int
    name: str
    body: dict
    frozen: bool = False

    @property
    def dimensions(self) -> list[dict]:
        return self.body["dimensions"]

    def indicator(self, code: str) -> dict | None:
        for dim in self.dimensions:
            for ind in dim["indicators"]:
                if ind["code"] == code:
                    return ind
        return None

    def judged_codes(self) -> list[str]:
        return [i["code"] for d in self.dimensions for i in d["indicators"] if i["kind"] == "judged"]

    def rule_codes(self) -> set[str]:
        return {i["rule_code"] for d in self.dimensions for i in d["indicators"]
                if i.get("source") == "rule_count" and i.get("rule_code")}


# ---------------------------------------------------------------- validation

def _number(value, label: str, field: str) -> float:
    if isinstance(value, bool):
        raise ValidationError(f"{label}应为数字。", field=field)
    try:
        v = float(str(value).strip().rstrip("%")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{label}“{value}”不是数字。", field=field) from None
    if v != v or v in (float("inf"), float("-inf")):
        raise ValidationError(f"{label}“{value}”不是有效数字。", field=field)
    return v


def _weight(value, label: str, field: str) -> float:
    v = _number(value, label, field)
    if not 0 <= v <= 100:
        raise ValidationError(f"{label}应在 0 到 100 之间（填的是 {v:g}）。", field=field)
    return int(v) if v.is_integer() else v


def _code(value, label: str, field: str) -> str:
    text = str(value or "").strip()
    if not text or len(text) > 32 or any(c.isspace() for c in text):
        raise ValidationError(f"{label}的代码“{text}”无效：请用 1 到 32 个字符，不含空格。", field=field)
    return text


def _clean_indicator(raw: dict, where: str) -> dict:
    code = _code(raw.get("code"), where, "code")
    name = str(raw.get("name") or "").strip()
    if not name or len(name) > 100:
        raise ValidationError(f"{where}的指标“{code}”需要一个名称（最多 100 字）。", field="name")
    label = f"{where}的指标“{name}”"
    kind = raw.get("kind") or "judged"
    if kind not in KINDS:
        raise ValidationError(f"{label}的类型“{kind}”无效，应为数据指标（data）或评议指标（judged）。", field="kind")
    out = {"code": code, "name": name, "kind": kind, "weight": _weight(raw.get("weight"), f"{label}的权重", "weight")}
    if kind == "judged":
        return out
    source = raw.get("source")
    if source not in SOURCES:
        raise ValidationError(f"{label}的数据来源“{source}”无效，可选：{'、'.join(SOURCES)}。", field="source")
    direction = raw.get("direction") or "higher"
    if direction not in DIRECTIONS:
        raise ValidationError(f"{label}的评分方向“{direction}”无效，应为 higher（越高越好）、lower（越低越好）"
                              "或 band（区间最佳）。", field="direction")
    target = _number(raw.get("target"), f"{label}的目标值", "target")
    zero = _number(raw.get("zero"), f"{label}的零分值", "zero")
    out.update(source=source, direction=direction, target=target, zero=zero)
    if direction == "higher" and not zero < target:
        raise ValidationError(f"{label}越高越好：零分值（{zero:g}）必须低于目标值（{target:g}）。", field="zero")
    if direction == "lower" and not zero > target:
        raise ValidationError(f"{label}越低越好：零分值（{zero:g}）必须高于目标值（{target:g}）。", field="zero")
    if direction == "band":
        high = _number(raw.get("target_high"), f"{label}的目标上限", "target_high")
        zero_high = _number(raw.get("zero_high"), f"{label}的上限零分值", "zero_high")
        if not zero < target <= high < zero_high:
            raise ValidationError(
                f"{label}区间最佳：应满足 下限零分值 < 目标下限 ≤ 目标上限 < 上限零分值"
                f"（现在是 {zero:g}、{target:g}、{high:g}、{zero_high:g}）。", field="target_high")
        out.update(target_high=high, zero_high=zero_high)
    if source == "rule_count":
        rule = str(raw.get("rule_code") or "").strip().upper()
        if not rule:
            raise ValidationError(f"{label}按加分项次数计分，请填写加分项代码（例如 B07）。", field="rule_code")
        out["rule_code"] = rule
    return out


def validate_body(body: dict) -> dict:
    """Check a template body and return a clean copy.

    Dimension weights must sum to 100 %, and indicator weights within each
    dimension too; codes are unique; data indicators have a valid source,
    direction, target and zero point (and a rule code for bonus counts).
    """
    if not isinstance(body, dict) or not isinstance(body.get("dimensions"), list) or not body["dimensions"]:
        raise ValidationError("考核模板至少需要一个维度。", field="dimensions")
    dims, seen_dims, seen_inds = [], set(), set()
    for raw in body["dimensions"]:
        code = _code(raw.get("code"), "维度", "code")
        name = str(raw.get("name") or "").strip()
        if not name or len(name) > 100:
            raise ValidationError(f"维度“{code}”需要一个名称（最多 100 字）。", field="name")
        if code in seen_dims:
            raise ValidationError(f"维度代码“{code}”重复了，每个维度的代码必须不同。", field="code")
        seen_dims.add(code)
        where = f"维度“{name}”"
        inds = [_clean_indicator(i, where) for i in raw.get("indicators") or []]
        if not inds:
            raise ValidationError(f"{where}至少需要一个指标。", field="indicators")
        for ind in inds:
            if ind["code"] in seen_inds:
                raise ValidationError(f"指标代码“{ind['code']}”重复了，同一模板中每个指标的代码必须不同。", field="code")
            seen_inds.add(ind["code"])
        total = sum(i["weight"] for i in inds)
        if abs(total - 100) > 1e-6:
            raise ValidationError(f"{where}内各指标权重之和应为 100%，现在是 {total:g}%。请调整后再保存。",
                                  field="weight")
        dims.append({"code": code, "name": name, "weight": _weight(raw.get("weight"), f"{where}的权重", "weight"),
                     "indicators": inds})
    total = sum(d["weight"] for d in dims)
    if abs(total - 100) > 1e-6:
        parts = "、".join(f"{d['name']} {d['weight']:g}%" for d in dims)
        raise ValidationError(f"各维度权重之和应为 100%，现在是 {total:g}%（{parts}）。请调整后再保存。",
                              field="weight")
    return {"dimensions": dims}


# ---------------------------------------------------------------- lookup

def _role(role: str) -> str:
    if role not in TEMPLATE_ROLES:
        raise ValidationError(f"岗位“{role}”无效，应为：{'、'.join(v[0] for v in STAFF_ROLES.values())}。",
                              field="role")
    return role


def _body(row) -> dict:
    if not isinstance(row.body, dict):  # text that is not JSON reads as None (store.models.JSONField)
        raise ValidationError(f"{zh(STAFF_ROLES, row.role)}的年度考核模板（第 {row.version} 版）内容已损坏，"
                              "请从备份恢复，或由管理员重新保存该模板。", field="role")
    return row.body


def _from_row(row) -> Template:
    return Template(row.id, row.role, row.version, row.name, _body(row), row.frozen)


def default_template(role: str) -> Template:
    name, body = DEFAULTS["team_lead" if role == "team_lead" else "agent"]
    return Template(None, "team_lead" if role == "team_lead" else "agent", 0, name, copy.deepcopy(body))


def latest_rows() -> dict[str, object]:
    """The latest saved version of each role's template (one query)."""
    from ..store.models import AnnualTemplate

    out = {}
    for row in AnnualTemplate.select().order_by(AnnualTemplate.role, AnnualTemplate.version):
        out[row.role] = row
    return out


def templates_by_role() -> dict[str, Template]:
    """The template each staff role uses now: saved versions, else the defaults; QA falls back to agent's."""
    rows = latest_rows()
    out = {role: _from_row(rows[role]) if role in rows else default_template(role)
           for role in ("agent", "team_lead")}
    out["qa"] = _from_row(rows["qa"]) if "qa" in rows else out["agent"]
    return out


def template_for_role(role: str) -> Template:
    return templates_by_role()[_role(role)]


def template_by_id(template_id: int) -> Template:
    from ..store.models import AnnualTemplate

    return _from_row(AnnualTemplate.get_by_id(template_id))


def template_versions(role: str) -> list[Template]:
    from ..store.models import AnnualTemplate

    return [_from_row(r) for r in AnnualTemplate.select().where(AnnualTemplate.role == _role(role))
            .order_by(AnnualTemplate.version)]


# ---------------------------------------------------------------- services

def save_template(actor: Actor, role: str, body: dict, name: str | None = None) -> Template:
    """Save ``role``'s template. Validates the weights (see ``validate_body``).

    Edits the latest version in place while it is not frozen; a frozen version
    (used by a signed-off review) is kept and a new version is created. A QA
    template saved here replaces the agent template for QA inspectors.
    Audited with before and after.
    """
    from ..store.models import AnnualTemplate

    role = _role(role)
    with change(actor, "annual_review") as tx:
        clean = validate_body(body)
        label = (name or "").strip()[:100]
        current = (AnnualTemplate.select().where(AnnualTemplate.role == role)
                   .order_by(AnnualTemplate.version.desc()).first())
        if current is not None and not current.frozen:
            before = {"version": current.version, "name": current.name, "body": current.body}
            current.body = clean
            if label:
                current.name = label
            current.save()
            row = current
        else:
            before = None
            fallback = default_template(role).name if role != "qa" else "质检专员考核模板"
            row = AnnualTemplate.create(role=role, version=(current.version + 1) if current else 1,
                                        name=label or (current.name if current else fallback), body=clean,
                                        created_by=actor.username, created_at=clock.now_utc())
        tx.audit("save_annual_template", "annual_template", row.id, before=before,
                 after={"role": role, "version": row.version, "name": row.name, "body": clean})
        return _from_row(row)


def ensure_saved(role: str) -> object:
    """The row of ``role``'s current template, saving the default as version 1 if none is stored
    (call inside a service's transaction)."""
    from ..store.models import AnnualTemplate

    rows = latest_rows()
    key = role if role in rows or role != "qa" else "agent"
    if key in rows:
        return rows[key]
    t = default_template(key)
    return AnnualTemplate.create(role=t.role, version=1, name=t.name, body=t.body,
                                 created_by="system", created_at=clock.now_utc())


def role_label(role: str) -> str:
    return zh(STAFF_ROLES, role)
