"""The name a person is shown by where a record holds a login (who recorded an event,
decided an appeal, signed off a review, handed over a gift).

A signed-in account shows its full name (孙丽华), not its login. Without sign-in the
window and the command line act as the computer's own account (``gui:root``,
``cli:admin``): that account is the office's supervisor, so the supervisor's name from
the settings is shown, and the computer account only where it is not set. The login
itself stays in the audit trail's detail.
"""

from __future__ import annotations

from ..store.models import User

SYSTEM_LOGINS = ("system", "setup", "bench")
COMPUTER_PREFIXES = ("gui:", "cli:")


class DisplayNames:
    """Logins to names, read once (one query for the accounts, one for the settings)."""

    def __init__(self, system_label: str = "系统"):
        from . import settings as settings_mod

        self.system_label = system_label
        self.accounts = {u: n for u, n in User.select(User.username, User.display_name).tuples() if n}
        self.supervisor = settings_mod.load().supervisor_name.strip()

    def __call__(self, login: str | None) -> str:
        if not login:
            return ""
        if login in SYSTEM_LOGINS:
            return self.system_label
        if login in self.accounts:
            return self.accounts[login]
        if login.startswith(COMPUTER_PREFIXES):
            account = login.split(":", 1)[1]
            if account in self.accounts:  # a command line signed in as this account
                return self.accounts[account]
            return self.supervisor or account
        return login


def display_name(login: str | None, system_label: str = "系统") -> str:
    return DisplayNames(system_label)(login)
