"""The errors a user can cause. Each carries a message fit to show as is.

The GUI turns any ``CsperfError`` into a message box and the CLI into one line
on stderr with exit code 2; anything else is a bug and goes to the log.
"""


class CsperfError(Exception):
    """Base of every expected, user-facing error."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(CsperfError):
    """A value is wrong: the message names the field and what is expected."""


class NotFound(CsperfError):
    """A staff member, rule, event or month that does not exist."""


class PeriodLocked(CsperfError):
    """The month is published or closed and can no longer be changed that way."""


class PermissionDenied(CsperfError):
    """The acting user's role does not allow this action."""


class Conflict(CsperfError):
    """The action clashes with the current state (e.g. already published)."""


class DatabaseError(CsperfError):
    """The database cannot be opened or used: not SQLite, damaged, too new, ..."""


class SchemaTooNew(DatabaseError):
    """The database was written by a newer csperf."""
