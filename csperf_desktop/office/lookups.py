"""Finding a person, a rule or an event from what a user typed or picked.

Each lookup takes an id, an instance or a code and returns the row, or raises ``NotFound`` with a
message that says what to check.
"""

from __future__ import annotations

from ..base.errors import NotFound
from ..store.models import Rule, ScoreEvent, Staff


def plausible_key(ref, max_length: int) -> bool:
    """A code worth looking up: short text without NUL (which PostgreSQL refuses outright)."""
    text = str(ref).strip()
    return 0 < len(text) <= max_length and "\x00" not in text


def find_staff(ref) -> Staff:
    """A staff member by id, Staff instance or employee number."""
    if isinstance(ref, Staff):
        return ref
    staff = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        staff = Staff.get_or_none(Staff.id == ref)
    elif ref is not None and plausible_key(ref, 32):
        staff = Staff.get_or_none(Staff.employee_no == str(ref).strip())
    if staff is None:
        raise NotFound(f"找不到工号为“{str(ref)[:40]}”的人员。请检查工号，或先在“人员”中添加。", field="staff")
    return staff


def find_rule(ref) -> Rule:
    """A rule by id, Rule instance or code (case-insensitive)."""
    if isinstance(ref, Rule):
        return ref
    rule = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        rule = Rule.get_or_none(Rule.id == ref)
    elif ref is not None and plausible_key(ref, 16):
        rule = Rule.get_or_none(Rule.code == str(ref).strip().upper())
    if rule is None:
        raise NotFound(f"找不到考核项目“{str(ref)[:40]}”。请检查代码，或在考核细则中查看。", field="rule")
    return rule



def find_event(event_id) -> ScoreEvent:
    ev = ScoreEvent.get_or_none(ScoreEvent.id == event_id)
    if ev is None:
        raise NotFound(f"找不到编号为 {event_id} 的评分记录。", field="event")
    return ev
