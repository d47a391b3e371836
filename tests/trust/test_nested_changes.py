"""A change inside a change (a service calling a service) is a savepoint: its failure undoes its own
writes and the outer change goes on intact; when the database itself threw the whole transaction
away (a full disk), the user is told that, and the outer change cannot commit what it writes after."""

from __future__ import annotations

import peewee as pw
import pytest

from csperf_desktop.base.errors import CsperfError, DatabaseError, ValidationError
from csperf_desktop.store.models import AuditEntry, Setting
from csperf_desktop.trust.audit import verify_chain
from csperf_desktop.trust.service import change


def _keys() -> list[str]:
    return sorted(s.key for s in Setting.select().where(Setting.key.startswith("t_")))


def _write(tx, key: str, value: str = "1") -> None:
    s = Setting.create(key=key, value=value)
    tx.audit("test_write", "setting", s.id, after={"key": key})


def test_a_failed_inner_change_undoes_only_itself(db, admin):
    entries = AuditEntry.select().count()
    with change(admin, "edit_settings") as tx:
        _write(tx, "t_outer")
        for attempt in range(3):  # again and again: no savepoint is left over to trip a later one
            with pytest.raises(ValidationError):
                with change(admin, "edit_settings") as inner:
                    _write(inner, f"t_failed{attempt}")
                    raise ValidationError("不对")
        with change(admin, "edit_settings") as inner:
            _write(inner, "t_inner")
        _write(tx, "t_after")
    assert _keys() == ["t_after", "t_inner", "t_outer"]
    assert AuditEntry.select().count() == entries + 3
    assert verify_chain() is None


def test_an_inner_failure_not_caught_undoes_the_outer_change_too(db, admin):
    with pytest.raises(ValidationError, match="不对"):
        with change(admin, "edit_settings") as tx:
            _write(tx, "t_outer")
            with change(admin, "edit_settings") as inner:
                _write(inner, "t_inner")
                raise ValidationError("不对")
    assert _keys() == []
    with change(admin, "edit_settings") as tx:  # the database is usable after
        _write(tx, "t_next")
    assert _keys() == ["t_next"]


def test_an_inner_change_refused_by_the_database_leaves_the_outer_one_usable(db, admin):
    """On PostgreSQL a failed statement poisons the whole transaction unless its savepoint is rolled
    back to: the outer change still writes and commits after catching the inner one's error."""
    with change(admin, "edit_settings") as tx:
        _write(tx, "t_outer")
        with pytest.raises(pw.IntegrityError):
            with change(admin, "edit_settings") as inner:
                _write(inner, "t_inner")
                _write(inner, "t_outer")  # the key is taken
        _write(tx, "t_after")
    assert _keys() == ["t_after", "t_outer"]
    assert verify_chain() is None


@pytest.fixture
def full_disk(db):
    """The file may not grow past a few pages more than it holds: SQLite's own "database or disk is
    full", after which SQLite has rolled the whole transaction back."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
    yield
    db.execute_sql("PRAGMA max_page_count = 1073741823")


def _fill(tx) -> None:
    for i in range(200):
        _write(tx, f"t_big{i}", "x" * 5000)


@pytest.mark.sqlite_only
def test_a_full_disk_in_an_inner_change_is_said_as_a_full_disk(db, admin, full_disk):
    entries = AuditEntry.select().count()
    with pytest.raises(DatabaseError) as caught:
        with change(admin, "edit_settings") as tx:
            _write(tx, "t_outer")
            with change(admin, "edit_settings") as inner:
                _fill(inner)
    assert "磁盘已满" in caught.value.message
    assert "savepoint" not in caught.value.message and "数据库错误：数据库错误" not in caught.value.message
    assert _keys() == [] and AuditEntry.select().count() == entries


@pytest.mark.sqlite_only
def test_after_a_lost_inner_change_the_outer_one_cannot_commit_half(db, admin, full_disk):
    entries = AuditEntry.select().count()
    said = []
    with pytest.raises(DatabaseError) as caught:
        with change(admin, "edit_settings") as tx:
            _write(tx, "t_outer")
            try:
                with change(admin, "edit_settings") as inner:
                    _fill(inner)
            except CsperfError as exc:  # an outer change that goes on after its inner one failed
                said.append(exc.message)
            _write(tx, "t_after")  # would be written straight to the file, outside any transaction
            with pytest.raises(DatabaseError):
                with change(admin, "edit_settings") as inner:
                    _write(inner, "t_later")
    assert "磁盘已满" in said[0] and "磁盘已满" in caught.value.message
    assert _keys() == [] and AuditEntry.select().count() == entries
    assert verify_chain() is None
    with change(admin, "edit_settings") as tx:  # the next change is not refused by the one before
        _write(tx, "t_next")
    assert _keys() == ["t_next"]
