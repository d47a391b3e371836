"""What fails after a change is saved is said in the window: the month is published, and the
supervisor learns that the automatic backup after it did not work (and why)."""

from __future__ import annotations

import errno

from csperf_desktop.base.months import Month
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store import backup
from csperf_desktop.store.models import Period


def test_a_failed_backup_after_publishing_is_shown_and_the_month_stays_published(
        qtbot, office, supervisor, fixed_clock, make_window, answers, monkeypatch):
    add_event(supervisor, "A01", "B03", "2026-09-10")

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/backups/x.db")

    works = backup._take_automatic
    monkeypatch.setattr(backup, "_take_automatic", full_disk)
    window = make_window()
    op = window.run_publish(Month(2026, 9))
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert Period.get(Period.month == "2026-09").status == "published"
    assert len(answers.errors) == 1 and "备份" in answers.errors[0]
    # said once: the next change, whose backup works, does not repeat it
    monkeypatch.setattr(backup, "_take_automatic", works)
    op = window.run_publish(Month(2026, 8))
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert Period.get(Period.month == "2026-08").status == "published"
    assert len(answers.errors) == 1
