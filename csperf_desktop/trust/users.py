"""User accounts and sign-in.

Passwords are stored only as salted scrypt hashes (OWASP: N=2^17, r=8, p=1,
16-byte salt), compared in constant time. Users are disabled, never deleted,
so the audit trail always names someone who exists. The first account of a
new database is created by ``create_first_admin``; after that only an admin
manages users.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import time
from dataclasses import dataclass, field

from ..base import clock
from .auth import ROLES, Actor
from ..base.errors import Conflict, NotFound, PermissionDenied, ValidationError
from ..store.models import User
from .service import change, current_actor, transaction
from ..base.values import clean_text

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD = 8
_USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$")


def hash_password(password: str, *, n: int | None = None) -> str:
    n = n or SCRYPT_N
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=256 * 1024 * 1024, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def check_password(password: str, stored: str | None) -> bool:
    if not stored or not stored.startswith("scrypt$"):
        return False
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=256 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _check_new_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(f"密码至少 {MIN_PASSWORD} 位。", field="password")
    if len(password) > 200:
        raise ValidationError("密码太长（最多200位）。", field="password")
    if password.isdigit() and len(set(password)) <= 2:
        raise ValidationError("密码太简单，请混合使用字母和数字。", field="password")
    return password


def _check_username(username) -> str:
    name = clean_text(username, "用户名", "username", max_length=32, required=True)
    if not _USERNAME_RE.match(name):
        raise ValidationError("用户名 2–32 位，只能用字母、数字、汉字、点、横线和下划线。", field="username")
    return name


def _check_role(role) -> str:
    if role not in ROLES:
        raise ValidationError(f"角色“{role}”无效，应为：{'、'.join(ROLES)}。", field="role")
    return role


def user_record(u: User) -> dict:
    return {"username": u.username, "display_name": u.display_name, "role": u.role, "active": u.active}


def has_users() -> bool:
    return User.select().exists()


def create_first_admin(username: str, password: str, display_name: str = "") -> User:
    """The first account of a new database: an admin. Refused once any user exists."""
    bootstrap = Actor("setup", "admin", "首次设置")
    with change(bootstrap, "manage_users") as tx:
        if User.select().exists():
            raise Conflict("已经有用户账户了；请用管理员账户登录后再添加用户。")
        u = User.create(username=_check_username(username), role="admin",
                        display_name=clean_text(display_name, "显示名", "display_name", max_length=100),
                        password_hash=hash_password(_check_new_password(password)), created_at=clock.now_utc())
        tx.audit("create_user", "user", u.id, after=user_record(u))
        return u


def create_user(actor: Actor, username: str, password: str, role: str, display_name: str = "") -> User:
    with change(actor, "manage_users") as tx:
        name = _check_username(username)
        if User.select().where(User.username == name).exists():
            raise ValidationError(f"用户名“{name}”已存在。", field="username")
        u = User.create(username=name, role=_check_role(role),
                        display_name=clean_text(display_name, "显示名", "display_name", max_length=100),
                        password_hash=hash_password(_check_new_password(password)), created_at=clock.now_utc())
        tx.audit("create_user", "user", u.id, after=user_record(u))
        return u


def _find(username: str) -> User:
    u = User.get_or_none(User.username == str(username))
    if u is None:
        raise NotFound(f"找不到用户“{username}”。", field="username")
    return u


def set_role(actor: Actor, username: str, role: str) -> User:
    with change(actor, "manage_users") as tx:
        u = _find(username)
        before = user_record(u)
        new_role = _check_role(role)
        if u.role == "admin" and new_role != "admin":
            _keep_one_admin(u)
        u.role = new_role
        u.save()
        tx.audit("set_role", "user", u.id, before=before, after=user_record(u))
        return u


def set_active(actor: Actor, username: str, active: bool) -> User:
    """Enable or disable an account (never deleted). The last active admin stays."""
    with change(actor, "manage_users") as tx:
        u = _find(username)
        before = user_record(u)
        if not active and u.role == "admin":
            _keep_one_admin(u)
        u.active = bool(active)
        u.save()
        tx.audit("enable_user" if active else "disable_user", "user", u.id, before=before, after=user_record(u))
        return u


def _keep_one_admin(u: User) -> None:
    others = User.select().where((User.role == "admin") & (User.active == True) & (User.id != u.id)).count()  # noqa: E712
    if others == 0:
        raise Conflict("这是唯一的管理员账户，不能停用或降级。请先指定另一位管理员。")


def change_password(actor: Actor, username: str, old_password: str | None, new_password: str) -> None:
    """A user changes their own password (old one required); an admin may reset anyone's."""
    with transaction():
        actor = current_actor(actor)
        u = _find(username)
        own = actor.username == u.username
        if not own and actor.role != "admin":
            raise PermissionDenied("只能修改自己的密码；重置他人密码需要管理员。")
        if own and not check_password(old_password or "", u.password_hash):
            raise ValidationError("原密码不对。", field="old_password")
        u.password_hash = hash_password(_check_new_password(new_password))
        u.save()
        from . import audit

        audit.record(actor, "change_password" if own else "reset_password", "user", u.id)


@dataclass
class LoginThrottle:
    """Slows down guessing: after 3 failures each further try waits longer (2, 4, 8 … 60 s)."""

    failures: dict = field(default_factory=dict)

    def wait_seconds(self, username: str) -> float:
        count, last = self.failures.get(username, (0, 0.0))
        if count < 3:
            return 0.0
        delay = min(60.0, 2.0 ** (count - 2))
        return max(0.0, last + delay - time.monotonic())

    def failed(self, username: str) -> None:
        count, _ = self.failures.get(username, (0, 0.0))
        self.failures[username] = (count + 1, time.monotonic())

    def succeeded(self, username: str) -> None:
        self.failures.pop(username, None)


THROTTLE = LoginThrottle()


def authenticate(username: str, password: str, throttle: LoginThrottle = THROTTLE) -> Actor:
    """Check a sign-in; returns the Actor. Failures say nothing about which part was wrong."""
    wait = throttle.wait_seconds(username)
    if wait > 0:
        raise PermissionDenied(f"尝试次数过多，请 {int(wait) + 1} 秒后再试。")
    u = User.get_or_none(User.username == str(username))
    ok = u is not None and u.active and check_password(password, u.password_hash)
    if not ok:
        throttle.failed(username)
        raise PermissionDenied("用户名或密码不对，或账户已停用。")
    throttle.succeeded(username)
    return Actor(u.username, u.role, u.display_name, signed_in=True)
