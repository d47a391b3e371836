"""Calibration sessions through the service: blind entry, audited, closed for the report."""

from __future__ import annotations

import pytest

from csperf_desktop.base.errors import Conflict, NotFound, PermissionDenied, ValidationError
from csperf_desktop.insight.calibration_sessions import (
    close_session,
    create_session,
    grader_sheet,
    parse_verdict,
    progress,
    rate,
    session_report,
    sessions_over_time,
)
from csperf_desktop.store import migrations
from csperf_desktop.store.models import AuditEntry, CalibrationRating


@pytest.fixture
def session(db, supervisor):
    return create_session(supervisor, "十月校准", "2026-10-15", ["TK-1", "TK-2"], ["主管", "质检A", "组长B"])


def codes(s):
    return [it["code"] for it in s.items]


def test_a_session_takes_the_active_checklist_and_is_audited(session):
    assert session.status == "open" and len(session.items) == 12
    entry = AuditEntry.select().where(AuditEntry.action == "create_calibration").get()
    assert "TK-1" in entry.after and "质检A" in entry.after


def test_a_session_needs_two_graders_and_a_conversation(db, supervisor):
    with pytest.raises(ValidationError, match="两位评分人"):
        create_session(supervisor, "x", "2026-10-15", ["TK-1"], ["主管"])
    with pytest.raises(ValidationError, match="单号"):
        create_session(supervisor, "x", "2026-10-15", [], ["主管", "质检"])
    with pytest.raises(ValidationError, match="重复"):
        create_session(supervisor, "x", "2026-10-15", ["TK-1", "TK-1"], ["主管", "质检"])


def test_a_viewer_may_not_create_or_rate(session, viewer):
    with pytest.raises(PermissionDenied):
        create_session(viewer, "x", "2026-10-15", ["TK-1"], ["a", "b"])
    with pytest.raises(PermissionDenied):
        rate(viewer, session.id, "主管", {("TK-1", codes(session)[0]): "1"})
    assert CalibrationRating.select().count() == 0


def test_a_grader_sees_only_their_own_ratings_and_the_report_waits_for_the_close(session, qa, supervisor):
    c = codes(session)
    rate(qa, session.id, "质检A", {("TK-1", c[0]): "1", ("TK-1", c[1]): "N"})
    rate(supervisor, session.id, "主管", {("TK-1", c[0]): "0"})
    sheet = grader_sheet(session.id, "主管")
    assert list(sheet.values()) == ["fail"] and len(sheet) == 1
    assert sorted(grader_sheet(session.id, "质检A").values()) == ["fail", "pass"]
    assert grader_sheet(session.id, "组长B") == {}
    with pytest.raises(Conflict, match="结束后才能看报告"):
        session_report(session.id)
    assert sorted(progress(session).values()) == [1, 2]


def test_a_bad_verdict_writes_nothing_and_says_what_to_type(session, qa):
    c = codes(session)
    with pytest.raises(Exception, match="通过填 1"):
        rate(qa, session.id, "质检A", {("TK-1", c[0]): "1", ("TK-2", c[0]): "maybe"})
    assert CalibrationRating.select().count() == 0
    with pytest.raises(NotFound, match="没有评分人"):
        rate(qa, session.id, "路人", {("TK-1", c[0]): "1"})


def test_changing_and_clearing_a_verdict(session, qa):
    c = codes(session)
    assert rate(qa, session.id, "质检A", {("TK-1", c[0]): "Y"}).added == 1
    r = rate(qa, session.id, "质检A", {("TK-1", c[0]): "N", ("TK-2", c[0]): None})
    assert (r.changed, r.added, r.cleared) == (1, 0, 0)
    assert rate(qa, session.id, "质检A", {("TK-1", c[0]): ""}).cleared == 1
    assert CalibrationRating.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "rate_calibration").count() == 3


def test_verdict_words():
    assert [parse_verdict(v) for v in ("1", 1, "y", "通过", "√", True)] == ["pass"] * 6
    assert [parse_verdict(v) for v in ("0", 0, "N", "不通过", "×", False)] == ["fail"] * 6
    assert [parse_verdict(v) for v in (None, "", " ", "-")] == [None] * 4


def fill(actor, session, table):
    """table: {grader: {'TK-1': 'PF..', ...}} one letter per item in order."""
    c = codes(session)
    for grader, rows in table.items():
        rate(actor, session.id, grader, {(ref, c[n]): {"P": "1", "F": "0"}[x]
                                         for ref, letters in rows.items() for n, x in enumerate(letters) if x != "."})


def test_the_closed_report_has_kappa_items_and_leniency(session, supervisor):
    fill(supervisor, session, {
        "主管": {"TK-1": "PPPPFPPPPPPP", "TK-2": "PPPFPPPPPPPP"},
        "质检A": {"TK-1": "PPPPFPPPPPPP", "TK-2": "PPPFPPPPPPFP"},
        "组长B": {"TK-1": "PPPPPPPPPPPP", "TK-2": "PPPPPPPPPPP."},
    })
    close_session(supervisor, session.id)
    with pytest.raises(Conflict, match="已结束"):
        rate(supervisor, session.id, "主管", {("TK-1", codes(session)[0]): "1"})
    data = session_report(session.id).as_json()
    assert data["conversations"] == 2 and data["grader_count"] == 3
    assert data["kappa"]["kind"] == "fleiss" and data["kappa"]["units_left_out"] == 1
    assert isinstance(data["fleiss_kappa"], float) and "cohen_kappa" not in data
    by = {g["name"]: g for g in data["graders"]}
    assert by["组长B"]["leniency"] == -2 and by["组长B"]["leaning"] == "偏宽" and by["组长B"]["skipped"] == 1
    assert by["质检A"]["leniency"] == 1 and by["主管"]["leniency"] == 0
    items = {i["code"]: i["agreement"] for i in data["items"]}
    assert items[codes(session)[0]] == 1.0 and items[codes(session)[3]] < 1
    assert data["most_disagreed"][:2] == [codes(session)[3], codes(session)[4]]
    history = sessions_over_time()
    assert [p.id for p in history] == [session.id] and history[0].kappa == pytest.approx(data["fleiss_kappa"], abs=1e-4)


def test_an_empty_session_cannot_be_closed(session, supervisor):
    with pytest.raises(ValidationError, match="还没有任何评分"):
        close_session(supervisor, session.id)


def test_the_migration_step_adds_the_tables_to_an_office_of_the_version_before(tmp_path, monkeypatch):
    import peewee as pw

    from csperf_desktop.store.models import database_proxy

    step = next(v for v, _d, f in migrations.MIGRATIONS if f.__name__ == "_step_calibration")
    # The program as it was when this step was the last: later steps' tables and indexes stay
    # out of it (they exist already in the database made below).
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= step])
    monkeypatch.setattr(migrations, "LATEST", step)
    database = pw.SqliteDatabase(str(tmp_path / "old.db"))
    database_proxy.initialize(database)
    migrations.migrate(database, backup_before_migrate=False)
    tables = ("calibration_rating", "calibration_grader", "calibration_conversation", "calibration_session")
    for t in tables:  # the office as it was one version before
        database.execute_sql(f"DROP TABLE {t}")
    database.execute_sql("DELETE FROM schema_version")
    database.execute_sql("INSERT INTO schema_version (version, applied_at) VALUES (?, '2026-01-01')", (step - 1,))
    assert migrations.migrate(database, backup_before_migrate=False) == step - 1
    assert set(tables) <= set(database.get_tables())
    assert migrations.current_version(database) == migrations.LATEST
    database.close()


def test_the_sessions_over_time_take_the_same_few_queries_for_one_session_or_many(db, supervisor):
    from csperf_desktop.store.models import database_proxy

    def queries() -> int:
        database = database_proxy.obj
        original, seen = database.execute_sql, []
        database.execute_sql = lambda sql, params=None, *a, **kw: seen.append(sql) or original(sql, params, *a, **kw)
        try:
            cs_points = sessions_over_time()
        finally:
            database.execute_sql = original
        return len(seen), len(cs_points)

    def one(n):
        s = create_session(supervisor, f"第{n}次", f"2026-0{n}-10", ["TK-1", "TK-2"], ["甲", "乙", "丙"])
        for g in ("甲", "乙", "丙"):
            rate(supervisor, s.id, g, {("TK-1", it["code"]): "1" for it in s.items})
        close_session(supervisor, s.id)

    one(1)
    few, n1 = queries()
    for n in range(2, 6):
        one(n)
    assert queries() == (few, 5) and n1 == 1 and few <= 4
