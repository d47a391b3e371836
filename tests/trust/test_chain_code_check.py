"""A chain code read off paper is checked against the stored audit trail."""

from __future__ import annotations

from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.models import AuditEntry
from csperf_desktop.trust.audit import chain_head, check_chain_code


def test_a_code_from_paper_holds_then_catches_rewritten_and_deleted_entries(office, supervisor, fixed_clock):
    add_event(supervisor, "A01", "B03", "2026-10-02")
    code = chain_head().code
    assert check_chain_code("这不是代码") is None
    holds, message = check_chain_code(f"公示指纹 3F9A0C127B4E · {code}")
    assert holds and "吻合" in message
    add_event(supervisor, "A02", "B03", "2026-10-03")
    holds, message = check_chain_code(code.replace(" ", ""))
    assert holds and "之后又有 1 条新记录" in message
    count = int(code.split()[-1].split("·")[0])
    entry = list(AuditEntry.select().order_by(AuditEntry.id))[count - 1]
    AuditEntry.update(hash="0" * 64).where(AuditEntry.id == entry.id).execute()
    holds, message = check_chain_code(code)
    assert not holds and "改写" in message
    AuditEntry.delete().where(AuditEntry.id >= entry.id).execute()
    holds, message = check_chain_code(code)
    assert not holds and "删除" in message
