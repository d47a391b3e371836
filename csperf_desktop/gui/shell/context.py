"""What every tab shares: who is acting, the month in view, and the signal
that announces a change so each view refreshes itself."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...base import clock
from ...office import settings as settings_mod
from ...trust.auth import Actor, can
from ...store.models import Period
from ...base.months import Month
from . import i18n


def os_actor() -> Actor:
    """Until users log in, the GUI acts as the operating-system user with the admin role."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name available (some service accounts)
        user = "user"
    return Actor(f"gui:{user}", "admin", user)


class AppContext(QObject):
    """Shared state. ``changed(what)``: "events", "staff", "rules", "settings", "period", "database",
    "actor" (the acting user changed), "day" (midnight passed with the window open)."""

    changed = Signal(str)
    month_changed = Signal(object)

    def __init__(self, actor: Actor | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.actor = actor or os_actor()
        self.month = Month.of(clock.today())
        self.database_location = ""
        self._settings = None
        self.changed.connect(self._forget)

    def _forget(self, what: str) -> None:
        if what in ("settings", "database"):
            self._settings = None

    def settings(self):
        if self._settings is None:
            self._settings = settings_mod.load()
        return self._settings

    def set_actor(self, actor: Actor) -> None:
        """Who acts from now on (e.g. after a login); every view re-checks what it allows."""
        self.actor = actor
        self.changed.emit("actor")

    def set_month(self, month: Month) -> None:
        if month != self.month:
            self.month = month
            self.month_changed.emit(month)

    def can(self, permission: str) -> bool:
        return can(self.actor, permission)

    def period(self, month: Month | None = None):
        return Period.for_month((month or self.month).key)

    def lock_reason(self, month: Month | None = None) -> str | None:
        """Why the month cannot be edited, or None when it is open."""
        month = month or self.month
        p = Period.for_month(month.key)
        if p.status == "published":
            return QCoreApplication.translate("context", "{month} is published (appeals until {deadline}); it can no longer be edited. "
                      "Corrections go through an appeal, or an administrator reopens the month.").format(
                month=i18n.month_label(month), deadline=i18n.fmt_time(p.appeal_deadline))
        if p.status == "closed":
            return QCoreApplication.translate("context", "{month} is closed; it can no longer be edited. "
                      "An administrator can reopen it with a reason.").format(month=i18n.month_label(month))
        if month.first_day > clock.today():
            return QCoreApplication.translate("context", "{month} has not begun yet.").format(month=i18n.month_label(month))
        return None

    def permission_reason(self, permission: str) -> str | None:
        if self.can(permission):
            return None
        return QCoreApplication.translate("context", "Your role does not allow this.")
