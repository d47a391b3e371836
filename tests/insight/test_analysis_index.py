"""The analysis's pass over the events reads a covering index in its GROUP BY order (no sort),
and a database from before that index gets it from its migration step."""

from __future__ import annotations

import sqlite3

from csperf_desktop.insight import analysis
from csperf_desktop.store import migrations
from csperf_desktop.store.db import close_database, open_database

INDEX = "score_event_month_voided_staff_id_rule_code_kind_recorde_d560e16"


def _plan(execute, sql, params) -> str:
    return " | ".join(str(r[-1]) for r in execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())


def test_the_pass_over_the_events_needs_no_sort(tmp_path, fixed_clock, monkeypatch):
    database = open_database(str(tmp_path / "a.db"))
    seen = []
    original = database.execute_sql

    def spy(sql, params=None, *args, **kw):
        if "score_event" in sql and "GROUP BY" in sql and "rule_code" in sql:
            seen.append(_plan(original, sql, params))
        return original(sql, params, *args, **kw)

    monkeypatch.setattr(database, "execute_sql", spy)
    analysis.load("2026-01", "2026-09")
    monkeypatch.undo()
    close_database()
    [plan] = seen
    assert "COVERING INDEX " + INDEX in plan and "TEMP B-TREE" not in plan, plan


def test_an_older_database_gets_the_index(tmp_path, fixed_clock, monkeypatch):
    step = next(v for v, _d, f in migrations.MIGRATIONS if f.__name__ == "_step_rule_analytics_index")
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= step])
    monkeypatch.setattr(migrations, "LATEST", step)
    path = tmp_path / "old.db"
    open_database(str(path))
    close_database()
    con = sqlite3.connect(path)
    con.execute(f"DROP INDEX {INDEX}")
    con.execute("UPDATE schema_version SET version = ?", (step - 1,))  # as the release before left it
    con.commit()
    con.close()
    database = open_database(str(path))
    names = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    assert INDEX in names
    assert migrations.current_version(database) == migrations.LATEST
    close_database()
