"""A proposal: an event the month's data supports, offered to the supervisor for confirmation.

The providers (figures, exams, spot checks) return these; ``proposals`` settles them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Proposal:
    staff_id: int
    employee_no: str
    name: str
    rule_code: str
    points: int  # per-unit magnitude
    date: _dt.date
    reason: str
    source: str
    method: str = "scheduled"  # vocab.METHODS: how the evidence was found
    reference: str = ""  # order / ticket reference carried onto the event
