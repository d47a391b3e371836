"""User accounts and sign-in.

Passwords are stored only as salted scrypt hashes (OWASP: N=2^17, r=8, p=1,
16-byte salt), compared in constant time. Users are disabled, never deleted,
so the audit trail always names someone who exists. The first account of a
new database is created by ``create_first_admin``; after that only an admin
manages users.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
import os
import re
import time
from dataclasses import dataclass, field

import peewee as pw

from ..base import clock
from .auth import ROLES, Actor
from ..base.errors import Conflict, CsperfError, NotFound, PermissionDenied, ValidationError
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
    record = {"username": u.username, "display_name": u.display_name, "role": u.role, "active": u.active}
    if u.locked_at is not None or u.failed_logins:
        record["failed_logins"] = u.failed_logins
        record["locked"] = u.locked_at is not None
    return record


def has_users() -> bool:
    return User.select().exists()


RECOVER_HINT = ("恢复方法：在能打开这个文件的电脑上用命令行创建管理员："
                "python main.py users add 用户名 --role admin --db 数据库文件"
                "（命令行在没有要求登录时以管理员身份运行），或从有账户的备份恢复。")


def first_admin_refusal() -> str | None:
    """Why the window may not create the first administrator here; None when it may.

    Whoever opens a database that has no account would otherwise become its
    administrator. That is allowed only on a database where no account has ever
    existed and nobody has recorded anything yet: a new one (the welcome, ``init``,
    a new PostgreSQL database) or the demo office, whose every entry was made by the
    program itself. Settings changes (the company name) do not count; the audit
    chain must hold. Anything else is refused with ``RECOVER_HINT``.
    """
    from ..store.models import AuditEntry
    from .audit import verify_chain
    from .auth import SYSTEM

    if User.select().exists():
        return "已经有用户账户了；请用管理员账户登录后再添加用户。"
    if AuditEntry.select().where(AuditEntry.entity == "user").exists():
        return ("这个数据库曾经有用户账户，现在却一个也没有：文件可能被改动过。"
                "程序不会让打开它的人直接成为管理员。" + RECOVER_HINT)
    people = [a for (a,) in AuditEntry.select(AuditEntry.actor).where(
        (AuditEntry.actor != SYSTEM.username) & (AuditEntry.entity != "setting")).distinct().limit(3).tuples()]
    if people:
        return (f"这个数据库已经有人记录过数据（{'、'.join(people)}），但没有任何用户账户。"
                "为防止打开文件的人自己成为管理员，程序不在窗口中创建管理员。" + RECOVER_HINT)
    problem = verify_chain()
    if problem is not None:
        return f"这个数据库没有用户账户，而且审计记录不完整（{problem.message}）。" + RECOVER_HINT
    return None


def create_first_admin(username: str, password: str, display_name: str = "") -> User:
    """The first account of a database: an admin. Refused once any user exists, and on
    a database that ``first_admin_refusal`` does not allow (one with recorded work)."""
    bootstrap = Actor("setup", "admin", "首次设置")
    with change(bootstrap, "manage_users") as tx:
        if User.select().exists():
            raise Conflict("已经有用户账户了；请用管理员账户登录后再添加用户。")
        refusal = first_admin_refusal()
        if refusal:
            raise PermissionDenied(refusal)
        u = User.create(username=_check_username(username), role="admin",
                        display_name=clean_text(display_name, "显示名", "display_name", max_length=100),
                        password_hash=hash_password(_check_new_password(password)), created_at=clock.now_utc())
        tx.audit("create_user", "user", u.id, after=user_record(u))
        return u


def check_new_user(username: str, role: str, display_name: str = "") -> tuple[str, str, str]:
    """Everything ``create_user`` checks but the password — the name, that it is free, the role,
    the display name — so that a form or a terminal can refuse them before asking for a password.
    Returns them cleaned; raises ``ValidationError``."""
    name = _check_username(username)
    if User.select().where(User.username == name).exists():
        raise ValidationError(f"用户名“{name}”已存在。", field="username")
    return name, _check_role(role), clean_text(display_name, "显示名", "display_name", max_length=100)


def create_user(actor: Actor, username: str, password: str, role: str, display_name: str = "") -> User:
    with change(actor, "manage_users") as tx:
        name, role, display_name = check_new_user(username, role, display_name)
        u = User.create(username=name, role=role, display_name=display_name,
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
    """Slows down guessing: after 3 failures each further try waits longer (2, 4, 8 … 60 s).

    This one counts in memory, for names that have no account (so an unknown name is
    slowed down like a known one) and when the database cannot be written (a read-only
    session). An account's own failures are counted in the user table: see ``authenticate``.
    """

    failures: dict = field(default_factory=dict)

    def wait_seconds(self, username: str) -> float:
        count, last = self.failures.get(username, (0, 0.0))
        return max(0.0, last + _delay(count) - time.monotonic())

    def failed(self, username: str) -> None:
        count, _ = self.failures.get(username, (0, 0.0))
        self.failures[username] = (count + 1, time.monotonic())

    def succeeded(self, username: str) -> None:
        self.failures.pop(username, None)


THROTTLE = LoginThrottle()

LOCK_AFTER = 10  # wrong passwords in a row lock the account
ADMIN_LOCK_MINUTES = 15  # an administrator's lock ends by itself, so the office never loses its last admin


class AccountLocked(PermissionDenied):
    """Too many wrong passwords: the account takes no password until it is unlocked."""


def _delay(count: int) -> float:
    return 0.0 if count < 3 else min(60.0, 2.0 ** (count - 2))


def lock_ends(u: User):
    """When the account's lock ends by itself (an administrator's), None when only an
    administrator can lift it; only meaningful while ``u.locked_at`` is set."""
    if u.role == "admin":
        return u.locked_at + _dt.timedelta(minutes=ADMIN_LOCK_MINUTES)
    return None


def is_locked(u: User) -> bool:
    if u.locked_at is None:
        return False
    ends = lock_ends(u)
    return ends is None or clock.now_utc() < ends


def wait_seconds(username: str, throttle: LoginThrottle = THROTTLE) -> float:
    """Seconds before the next try for this name: the in-memory wait, or the account's
    own wait counted from its last wrong password in the user table."""
    wait = throttle.wait_seconds(username)
    try:
        u = User.get_or_none(User.username == str(username))
    except pw.DatabaseError:
        return wait
    if u is not None and u.last_failed_at is not None and not u.locked_at:
        since = (clock.now_utc() - u.last_failed_at).total_seconds()
        wait = max(wait, _delay(u.failed_logins) - since)
    return max(0.0, wait)


def _locked_message(u: User) -> str:
    ends = lock_ends(u)
    if ends is None:
        return (f"账户“{u.username}”因连续 {LOCK_AFTER} 次密码错误已被锁定。"
                "请管理员在“设置 → 用户和角色”中解锁（或在命令行运行 users unlock）。")
    minutes = max(1, int((ends - clock.now_utc()).total_seconds() // 60) + 1)
    return (f"账户“{u.username}”因连续 {LOCK_AFTER} 次密码错误已被锁定，{minutes} 分钟后自动解锁；"
            "另一位管理员也可以立即解锁。")


def _count_failure(user_id: int) -> bool:
    """One more wrong password for this account, kept in the database; the lock, audited,
    when it reaches ``LOCK_AFTER``. False when the database could not be written."""
    from . import audit
    from .auth import SYSTEM

    try:
        with transaction():
            User.update(failed_logins=User.failed_logins + 1, last_failed_at=clock.now_utc()).where(
                User.id == user_id).execute()
            u = User.get_by_id(user_id)
            if u.failed_logins >= LOCK_AFTER and not is_locked(u):
                before = user_record(u)
                u.locked_at = clock.now_utc()
                u.save(only=[User.locked_at])
                audit.record(SYSTEM, "lock_user", "user", u.id, before=before, after=user_record(u),
                             reason=f"连续 {u.failed_logins} 次密码错误")
    except (CsperfError, pw.DatabaseError):
        return False  # read-only or busy
    return True


def _clear_failures(u: User) -> None:
    if not u.failed_logins and u.last_failed_at is None and u.locked_at is None:
        return
    try:
        with transaction():
            User.update(failed_logins=0, last_failed_at=None, locked_at=None).where(User.id == u.id).execute()
    except (CsperfError, pw.DatabaseError):
        pass


def authenticate(username: str, password: str, throttle: LoginThrottle = THROTTLE) -> Actor:
    """Check a sign-in; returns the Actor. Failures say nothing about which part was wrong.

    An account's wrong passwords are counted in the user table (a restart does not reset
    the wait); after ``LOCK_AFTER`` in a row it is locked, audited, and takes no password
    until an administrator unlocks it (``unlock``); an administrator's own lock ends after
    ``ADMIN_LOCK_MINUTES``. A locked account is refused before its password is checked.
    """
    name = str(username)
    wait = wait_seconds(name, throttle)
    if wait > 0:
        raise PermissionDenied(f"尝试次数过多，请 {int(wait) + 1} 秒后再试。")
    u = User.get_or_none(User.username == name)
    if u is not None and u.active and is_locked(u):
        raise AccountLocked(_locked_message(u))
    ok = u is not None and u.active and check_password(password, u.password_hash)
    if not ok:
        if u is None or not _count_failure(u.id):
            throttle.failed(name)  # no account, or nothing could be written: counted in memory
        raise PermissionDenied("用户名或密码不对，或账户已停用。")
    throttle.succeeded(name)
    _clear_failures(u)
    return Actor(u.username, u.role, u.display_name, signed_in=True)


def unlock(actor: Actor, username: str) -> User:
    """An administrator lifts an account's lock and clears its count of wrong passwords."""
    with change(actor, "manage_users") as tx:
        u = _find(username)
        if not u.failed_logins and u.locked_at is None:
            raise ValidationError(f"账户“{u.username}”没有被锁定。", field="username")
        before = user_record(u)
        u.failed_logins, u.last_failed_at, u.locked_at = 0, None, None
        u.save()
        tx.audit("unlock_user", "user", u.id, before=before, after=user_record(u))
        return u
