"""Typed settings with defaults: every assumption the rules make lives here.

Values are stored as JSON in the ``setting`` table; a key never written takes
its default. ``SETTINGS`` declares each key's type, default, label and limits,
so the settings dialog and the validation are generated from one list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..base.errors import ValidationError


@dataclass(frozen=True)
class SettingDef:
    key: str
    type: type
    default: Any
    label: str  # English source label; the GUI translates it
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    help: str = ""
    check: Any = None  # optional callable(value) raising ValidationError; may return the value normalised
    max_length: int = 200  # text settings only


def _validates(parse):
    """A check that only validates: the value is kept as the user wrote it."""

    def check(value):
        parse(value)

    return check


# ---------------------------------------------------------------- the annual scales' settings

def parse_rating_points(text: str) -> tuple[float, float, float, float, float]:
    """``"40,60,75,85,100"`` → the points for ratings 1..5 (rising, each 0..100)."""
    parts = [p.strip() for p in str(text or "").replace("，", ",").split(",") if p.strip()]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        raise ValidationError(f"评分换算“{text}”无效：请写 5 个数字，用逗号分隔，例如 40,60,75,85,100。",
                              field="annual_rating_points") from None
    if len(values) != 5:
        raise ValidationError(f"评分换算应有 5 个数字（1 分到 5 分各一个），现在有 {len(values)} 个。",
                              field="annual_rating_points")
    if any(not 0 <= v <= 100 for v in values):
        raise ValidationError("评分换算的每个数字都应在 0 到 100 之间。", field="annual_rating_points")
    if any(b <= a for a, b in zip(values, values[1:])):
        raise ValidationError("评分换算应逐级升高：1 分对应的分数最低，5 分最高。", field="annual_rating_points")
    return values  # type: ignore[return-value]


def parse_grade_bands(text: str) -> list[tuple[str, float]]:
    """``"优秀:90,良好:80,合格:70,待改进:60,不合格:0"`` → [(name, minimum)], highest first.

    Names are unique, minimums strictly falling, the last one 0 (every score gets a grade).
    """
    bands = []
    for part in str(text or "").replace("，", ",").replace("：", ":").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, low = part.rpartition(":")
        name = name.strip()
        try:
            if not sep or not name:
                raise ValueError
            minimum = float(low)
        except ValueError:
            raise ValidationError(f"等级“{part}”写法不对：请写成 名称:最低分，例如 优秀:90。",
                                  field="annual_grade_bands") from None
        bands.append((name, minimum))
    if len(bands) < 2:
        raise ValidationError("等级至少要有两档，例如 合格:60,不合格:0。", field="annual_grade_bands")
    names = [n for n, _ in bands]
    if len(set(names)) != len(names):
        raise ValidationError("等级名称不能重复。", field="annual_grade_bands")
    if any(b[1] >= a[1] for a, b in zip(bands, bands[1:])):
        raise ValidationError("等级应从高到低排列，最低分逐档下降，例如 优秀:90,良好:80,……,不合格:0。",
                              field="annual_grade_bands")
    if bands[0][1] > 100:
        raise ValidationError("最高一档的最低分不能超过 100。", field="annual_grade_bands")
    if bands[-1][1] != 0:
        raise ValidationError(f"最后一档“{bands[-1][0]}”的最低分必须是 0，才能给每个分数一个等级。",
                              field="annual_grade_bands")
    return bands


def _ranked_roles_check(value: str) -> str:
    """Valid codes come back in one spelling ("agent,team_lead"), so equal choices compare equal."""
    return ",".join(parse_ranked_roles(value))


def parse_ranked_roles(value: str) -> tuple[str, ...]:
    """The role codes in a ``ranked_roles`` value ("agent,team_lead"), in vocab order;
    ValidationError for an unknown code or an empty list."""
    from ..base.vocab import STAFF_ROLES

    codes = [c.strip() for c in str(value or "").replace("，", ",").split(",") if c.strip()]
    unknown = [c for c in codes if c not in STAFF_ROLES]
    if unknown:
        known = "、".join(f"{code}（{zh}）" for code, (zh, _) in STAFF_ROLES.items())
        raise ValidationError(f"参与排名的岗位中有未知岗位代码：{'、'.join(unknown)}。可用的岗位：{known}。",
                              field="ranked_roles")
    if not codes:
        raise ValidationError("至少要有一个岗位参与排名（通常是客服 agent）。", field="ranked_roles")
    return tuple(c for c in STAFF_ROLES if c in codes)


AWARD_MODES = {
    "first_rank_top_sales": ("得分第一名中销售额最高者", "Highest sales among those ranked first"),
    "top_score": ("得分最高者", "Highest score"),
    "top_sales_min_score": ("得分不低于门槛者中销售额最高者", "Highest sales with score at least the threshold"),
}

APPEAL_WINDOW_UNITS = {
    "working_days": ("工作日", "Working days"),
    "hours": ("小时（日历时间）", "Hours (calendar time)"),
}


def _dates_check(what: str, key: str):
    """A value check for a list of dates (the working-day calendar's parser, imported when used)."""

    def check(value):
        from ..base.workdays import parse_dates

        parse_dates(value, f"设置“{what}”", key)

    return check


SETTINGS: list[SettingDef] = [
    SettingDef("company_name", str, "示例客服中心", "Company name"),
    SettingDef("supervisor_name", str, "", "Supervisor name (signature line)"),
    SettingDef("base_score", int, 80, "Monthly base score", 0, 1000),
    SettingDef("cap_score", int, 100, "Monthly maximum score", 1, 1000),
    SettingDef("floor_score", int, 0, "Monthly minimum score", -1000, 1000),
    SettingDef("award_mode", str, "first_rank_top_sales", "Excellence award goes to", choices=tuple(AWARD_MODES)),
    SettingDef("award_amount", int, 300, "Excellence award amount (yuan)", 0, 1_000_000),
    SettingDef("award_tie", str, "share", "When the award is tied", choices=("share", "each")),
    SettingDef("award_min_score", int, 90, "Minimum score for the sales award mode", 0, 1000),
    SettingDef("ranked_roles", str, "agent", "Roles ranked on the bulletin (award and warning)",
               help="the others keep their score, without rank, award or warning", check=_ranked_roles_check),
    SettingDef("bulletin_show_unranked", bool, False, "Bulletin: list the people not ranked in their own section"),
    SettingDef("bulletin_show_warnings", bool, False, "Bulletin: mark the people with a warning (※)",
               help="off by default: a warning is private; it is always printed on the person's own scorecard"),
    SettingDef("appeal_window_unit", str, "working_days", "Appeal window counted in",
               choices=tuple(APPEAL_WINDOW_UNITS)),
    SettingDef("appeal_window_days", int, 1, "Appeal window after publication (working days)", 1, 30),
    SettingDef("appeal_window_hours", int, 24, "Appeal window after publication (hours)", 1, 24 * 60),
    SettingDef("appeal_extra_days_off", str, "", "Extra days off (dates, comma separated)",
               help="e.g. 2026-12-31, 2027-01-04; not counted as working days for the appeal window",
               check=_dates_check("额外休息日", "appeal_extra_days_off"), max_length=4000),
    SettingDef("appeal_extra_working_days", str, "", "Extra working days (dates, comma separated)",
               help="e.g. a Saturday the office works; counted as working days for the appeal window",
               check=_dates_check("额外工作日", "appeal_extra_working_days"), max_length=4000),
    SettingDef("appeal_limit_per_month", int, 0, "Appeals per agent per month (0 = no limit)", 0, 100),
    SettingDef("appeal_contact", str, "", "Appeals go to (person, place, how)",
               help="who receives appeals, where and how; printed on the bulletin (empty = the supervisor)"),
    SettingDef("warning_threshold", int, 60, "Warning: score below", 0, 1000),
    SettingDef("warning_both_months", bool, False, "Warning needs both months below the threshold"),
    SettingDef("csat_bonus_threshold", float, 90.0, "Customer satisfaction for the B06 bonus (%)", 0, 100),
    SettingDef("gift_tier_a", int, 500, "Order amount for gift A (yuan)", 0, 10_000_000),
    SettingDef("gift_tier_b", int, 1000, "Order amount for gift B (yuan)", 0, 10_000_000),
    SettingDef("gift_tier_c", int, 2000, "Order amount for gift C (yuan)", 0, 10_000_000),
    SettingDef("backup_folder", str, "", "Backup folder (empty = the data folder's backups)"),
    SettingDef("backup_keep_daily", int, 30, "Automatic backups kept: last N days", 1, 3650),
    SettingDef("backup_keep_monthly", int, 12, "Automatic backups kept: last N months", 0, 600),
    SettingDef("idle_lock_minutes", int, 5, "Lock the window after idle minutes (0 = never)", 0, 240),
    SettingDef("cli_sign_in", bool, False, "Command line: require a user name and password",
               help="without it, commands act as administrator; whoever runs them can also edit the file"),
    SettingDef("pdf_font_path", str, "", "Font file or folder for printed PDFs (empty = automatic)",
               help="TrueType .ttf/.ttc, e.g. C:\\Windows\\Fonts\\msyh.ttc; .otf (CFF) fonts cannot be used"),
    SettingDef("annual_monthly_weight", int, 50, "Annual result: weight of the monthly average (%)", 0, 100,
               help="the rest is the weighted year-end evaluation"),
    SettingDef("annual_grade_bands", str, "优秀:90,良好:80,合格:70,待改进:60,不合格:0",
               "Annual grades (name:minimum score, highest first)", check=_validates(parse_grade_bands)),
    SettingDef("annual_rating_points", str, "40,60,75,85,100", "Annual judged ratings 1-5 as points",
               check=_validates(parse_rating_points)),
    SettingDef("annual_excellent_max_pct", int, 0, "Warn when more than N % are graded excellent (0 = off)", 0, 100),
]

BY_KEY = {d.key: d for d in SETTINGS}


def coerce(key: str, value: Any) -> Any:
    """Check and convert one value for ``key``; raise ValidationError naming the setting."""
    d = BY_KEY.get(key)
    if d is None:
        raise ValidationError(f"未知的设置项：{key}", field=key)
    try:
        if d.type is bool:
            if isinstance(value, str):
                v = value.strip().lower() in ("1", "true", "yes", "on", "是")
            else:
                v = bool(value)
        elif d.type is int:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            v = int(str(value).strip()) if isinstance(value, str) else int(value)
        elif d.type is float:
            v = float(value)
        else:
            v = str(value).strip()
    except (TypeError, ValueError):
        raise ValidationError(f"设置“{d.label}”的值“{value}”无效：应为{_type_zh(d.type)}。", field=key) from None
    if d.minimum is not None and v < d.minimum or d.maximum is not None and v > d.maximum:
        raise ValidationError(f"设置“{d.label}”应在 {d.minimum} 到 {d.maximum} 之间，而不是 {v}。", field=key)
    if d.choices and v not in d.choices:
        raise ValidationError(f"设置“{d.label}”只能是：{'、'.join(d.choices)}。", field=key)
    if d.type is str and len(v) > d.max_length:
        raise ValidationError(f"设置“{d.label}”太长（最多{d.max_length}字）。", field=key)
    if d.check is not None:
        normal = d.check(v)
        if normal is not None:
            v = normal
    return v


def _type_zh(t: type) -> str:
    return {int: "整数", float: "数字", bool: "是/否", str: "文字"}.get(t, str(t))


@dataclass
class Settings:
    """All settings as one value; attribute access by key."""

    values: dict = field(default_factory=dict)

    def __getattr__(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(key) from None

    def ranked_roles_set(self) -> tuple[str, ...]:
        return parse_ranked_roles(self.ranked_roles)

    def gift_tiers(self) -> list[tuple[int, str]]:
        return [(self.gift_tier_a, "A"), (self.gift_tier_b, "B"), (self.gift_tier_c, "C")]

    def gift_for(self, amount: float) -> str | None:
        """The gift class an order of ``amount`` yuan earns, or None."""
        best = None
        for threshold, label in sorted(self.gift_tiers()):
            if amount >= threshold:
                best = label
        return best


def check_consistency(values: dict) -> None:
    """Cross-field rules: floor < cap, base within them, gift tiers ascending, no date both off and working."""
    if values["floor_score"] >= values["cap_score"]:
        raise ValidationError("月度最低分必须小于月度满分。", field="floor_score")
    if not values["floor_score"] <= values["base_score"] <= values["cap_score"]:
        raise ValidationError("基础分必须在最低分和满分之间。", field="base_score")
    if not values["gift_tier_a"] < values["gift_tier_b"] < values["gift_tier_c"]:
        raise ValidationError("礼品档位金额必须依次递增：A < B < C。", field="gift_tier_a")
    _check_calendar_days(values)


def _check_calendar_days(values: dict) -> None:
    from ..base.workdays import parse_dates

    both = set(parse_dates(values["appeal_extra_days_off"])) & set(parse_dates(values["appeal_extra_working_days"]))
    if both:
        days = "、".join(d.isoformat() for d in sorted(both))
        raise ValidationError(f"{days} 不能既是额外休息日又是额外工作日，请从其中一项删去。",
                              field="appeal_extra_working_days")


def load() -> Settings:
    from ..store.models import Setting

    values = {d.key: d.default for d in SETTINGS}
    for row in Setting.select():
        if row.key in BY_KEY:
            try:
                values[row.key] = coerce(row.key, json.loads(row.value))
            except (ValueError, ValidationError):
                pass  # a damaged value falls back to its default; verify reports it
    return Settings(values)


def update_settings(actor, changes: dict) -> "Settings":
    """Change settings; each value and the combination are validated; audited with before/after."""
    from ..store.models import Setting
    from ..trust.service import change

    with change(actor, "edit_settings") as tx:
        current = load()
        new_values = dict(current.values)
        cleaned = {k: coerce(k, v) for k, v in changes.items()}
        new_values.update(cleaned)
        check_consistency(new_values)
        before = {k: current.values[k] for k in cleaned if current.values[k] != cleaned[k]}
        after = {k: cleaned[k] for k in before}
        for k in before:
            Setting.insert(key=k, value=json.dumps(cleaned[k], ensure_ascii=False)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(cleaned[k], ensure_ascii=False)}
            ).execute()
        if "cli_sign_in" in before:
            _check_cli_sign_in(tx.actor, cleaned["cli_sign_in"])
        if before:
            tx.audit("update_settings", "setting", None, before=before, after=after)
        return Settings(new_values)


def _check_cli_sign_in(actor, on: bool) -> None:
    """Who signs in on the command line is the administrator's decision, and it can only
    be asked for when there is an account to sign in with."""
    from ..store.models import User
    from ..trust.auth import require

    require(actor, "manage_users")
    if on and not User.select().where((User.role == "admin") & (User.active == True)).exists():  # noqa: E712
        raise ValidationError("还没有管理员账户：先创建管理员，再要求命令行登录。", field="cli_sign_in")


# ---------------------------------------------------------------- automatic backups

def backup_folder():
    """The folder for automatic backups: the setting, else <data folder>/backups."""
    from ..store import backup

    return backup.backup_folder(load().backup_folder)


def automatic_backup(database, kind: str = "daily", *, when=None):
    """An automatic backup with the folder and the rotation the settings choose
    (``store.backup.automatic_backup``); None when skipped."""
    from ..store import backup
    from ..store.db import require_checked

    if not backup.can_back_up(database):
        return None
    require_checked()  # a damaged file: refused before its settings are read
    s = load()
    path = backup.automatic_backup(database, kind, folder=backup_folder, keep_daily=s.backup_keep_daily,
                                   keep_monthly=s.backup_keep_monthly, when=when)
    if path is not None:
        from . import anchoring

        anchoring.record_backup(path)
    return path
