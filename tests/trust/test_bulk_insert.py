"""``bulk_insert`` converts each distinct value of a batch once, and writes every row's own value."""

import datetime as dt

import peewee as pw
import pytest

from csperf_desktop.store.models import SchemaVersion, database_proxy
from csperf_desktop.trust.audit import bulk_insert


@pytest.mark.sqlite_only  # the times as SQLite stores them: text
def test_equal_values_written_differently_keep_their_own_text(db):
    """Two times of the same instant in two time zones are equal in Python but are each written
    as themselves; a repeated time is written in every row."""
    china = dt.timezone(dt.timedelta(hours=8))
    times = [dt.datetime(2026, 1, 1, 10, 0, tzinfo=china), dt.datetime(2026, 1, 1, 2, 0, tzinfo=dt.timezone.utc),
             dt.datetime(2026, 1, 1, 2, 0), dt.datetime(2026, 1, 1, 2, 0)]
    start = (SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar() or 0) + 100
    bulk_insert(SchemaVersion, [SchemaVersion.version, SchemaVersion.applied_at],
                [(start + i, t) for i, t in enumerate(times)])
    stored = [r[0] for r in database_proxy.execute_sql(
        "SELECT applied_at FROM schema_version WHERE version >= ? ORDER BY version", (start,)).fetchall()]
    assert stored == ["2026-01-01 10:00:00+08:00", "2026-01-01 02:00:00+00:00", "2026-01-01 02:00:00",
                      "2026-01-01 02:00:00"]
