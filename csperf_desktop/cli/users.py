"""User accounts from the command line: the way back in when the window may not create
the administrator, and the administrator's unlock of an account locked by wrong passwords.

    users                                     the accounts: name, role, state
    users add NAME --role admin [--display-name TEXT] [--new-password-stdin]
    users unlock NAME
"""

from __future__ import annotations

import sys

from .common import DB, Parser, UsageError, cli_actor, command, open_from_args


def register(sub) -> None:
    p = sub.add_parser("users", help="user accounts: list, add, unlock", parents=[DB])
    acts = p.add_subparsers(dest="action", parser_class=Parser)
    s = acts.add_parser("add", help="add an account (an administrator's task)", parents=[DB])
    s.add_argument("username", metavar="NAME")
    s.add_argument("--role", required=True, help="admin, supervisor, qa or viewer")
    s.add_argument("--display-name", default="", help="the full name shown in the audit trail")
    s.add_argument("--new-password-stdin", action="store_true",
                   help="read the new account's password from the next line of standard input")
    s = acts.add_parser("unlock", help="lift the lock wrong passwords put on an account", parents=[DB])
    s.add_argument("username", metavar="NAME")


def _new_password(args) -> str:
    if args.new_password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--new-password-stdin：标准输入中没有新密码。")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("没有终端可以输入新密码：脚本中请用 --new-password-stdin 从标准输入传入。")
    import getpass

    first = getpass.getpass(f"{args.username} 的新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise UsageError("两次输入的密码不一样，账户没有创建。")
    return first


@command("users", "user accounts")
def cmd_users(args) -> int:
    from ..base.vocab import USER_ROLES, zh
    from ..store.models import User
    from ..trust import users

    open_from_args(args)
    if args.action == "add":
        from ..trust.auth import require
        from ..trust.service import current_actor

        # Everything that can be refused is refused before the password is asked for.
        require(current_actor(cli_actor()), "manage_users")
        users.check_new_user(args.username, args.role, args.display_name)
        u = users.create_user(cli_actor(), args.username, _new_password(args), args.role, args.display_name)
        print(f"已创建账户“{u.username}”（{zh(USER_ROLES, u.role)}）。")
        return 0
    if args.action == "unlock":
        u = users.unlock(cli_actor(), args.username)
        print(f"账户“{u.username}”已解锁。")
        return 0
    rows = list(User.select().order_by(User.username))
    if not rows:
        print("这个数据库没有用户账户。")
    for u in rows:
        state = "已停用" if not u.active else "已锁定" if users.is_locked(u) else "正常"
        print(f"{u.username}\t{zh(USER_ROLES, u.role)}\t{state}\t{u.display_name}")
    return 0
