"""Who is acting, and what each role may do.

Every service takes an ``Actor`` and calls ``require(actor, permission)``
itself; the GUI hiding a button is a convenience, not the protection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base.errors import PermissionDenied
from ..base.vocab import USER_ROLES, zh

ROLES = tuple(USER_ROLES)

# permission -> roles allowed
PERMISSIONS: dict[str, frozenset[str]] = {
    "view": frozenset({"admin", "supervisor", "qa", "viewer"}),
    "record_event": frozenset({"admin", "supervisor", "qa"}),
    "void_event": frozenset({"admin", "supervisor"}),
    "manage_staff": frozenset({"admin", "supervisor"}),
    "edit_rules": frozenset({"admin", "supervisor"}),
    "edit_settings": frozenset({"admin", "supervisor"}),
    "import_figures": frozenset({"admin", "supervisor"}),
    "publish": frozenset({"admin", "supervisor"}),
    "close": frozenset({"admin", "supervisor"}),
    "reopen": frozenset({"admin"}),
    "record_appeal": frozenset({"admin", "supervisor"}),
    "decide_appeal": frozenset({"admin", "supervisor"}),
    "late_appeal": frozenset({"admin"}),
    "manage_users": frozenset({"admin"}),
    "manage_exams": frozenset({"admin", "supervisor"}),
    "spot_check": frozenset({"admin", "supervisor", "qa"}),
    "annual_review": frozenset({"admin", "supervisor"}),
    "unlock_review": frozenset({"admin"}),
    "backup": frozenset({"admin", "supervisor"}),
    "restore": frozenset({"admin"}),
    "give_gifts": frozenset({"admin", "supervisor"}),
}

PERMISSION_ZH = {
    "view": "查看",
    "record_event": "记录评分",
    "void_event": "作废评分",
    "manage_staff": "管理人员",
    "edit_rules": "编辑考核细则",
    "edit_settings": "修改设置",
    "import_figures": "导入数据",
    "publish": "公示月度成绩",
    "close": "结束月份",
    "reopen": "重新开放月份",
    "record_appeal": "登记复核申请",
    "decide_appeal": "处理复核申请",
    "late_appeal": "受理逾期申请",
    "manage_users": "管理用户",
    "manage_exams": "管理考试",
    "spot_check": "随机抽查",
    "annual_review": "年度考核",
    "unlock_review": "解锁已签字的年度考核",
    "backup": "备份",
    "restore": "恢复备份",
    "give_gifts": "登记赠品发放",
}


@dataclass(frozen=True)
class Actor:
    """Who acts. ``signed_in``: an account that signed in with its password; the
    service re-reads its role and enabled flag from the user table before every
    change, so a demotion or a disabled account takes effect in an open session.
    Other actors (the program itself, the command line acting as administrator,
    the read-only viewer of a session) act with the role they carry."""

    username: str
    role: str
    display_name: str = ""
    signed_in: bool = field(default=False, compare=False)

    @property
    def label(self) -> str:
        return self.display_name or self.username


SYSTEM = Actor("system", "admin", "系统")


def can(actor: Actor, permission: str) -> bool:
    return actor.role in PERMISSIONS[permission]


def require(actor: Actor, permission: str) -> None:
    if actor is None or not isinstance(actor, Actor):
        raise PermissionDenied("没有登录用户，操作被拒绝。")
    if not can(actor, permission):
        raise PermissionDenied(
            f"用户“{actor.label}”（{zh(USER_ROLES, actor.role)}）无权{PERMISSION_ZH.get(permission, permission)}。"
            "请用有权限的账户登录。"
        )
