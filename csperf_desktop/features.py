"""The feature modules that plug into the monthly cycle when imported: exams and spot
checks add proposal providers (``proposals.PROVIDERS``), appeals adds a guard against
closing a month (``periods.CLOSE_GUARDS``).

They are loaded the first time a provider or a guard is asked for, not when a database is
opened: the program's window then paints without waiting for them.
"""

from __future__ import annotations

MODULES = ("csperf_desktop.exams", "csperf_desktop.spotchecks", "csperf_desktop.appeals")


def load() -> None:
    # Written out, not imported by name, so that the bundle finds them.
    from . import appeals, exams, spotchecks  # noqa: F401
