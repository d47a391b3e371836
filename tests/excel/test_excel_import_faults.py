"""An import that meets a full disk or a read-only file names the disk or the file, never a
spreadsheet row, and writes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from csperf_desktop.cli import main
from csperf_desktop.store import db as store_db

from .conftest import write_rows

pytestmark = pytest.mark.sqlite_only


def _events_file(tmp_path, rows=300):
    body = [["2026-10-0%d" % (1 + i % 9), "KF00%d" % (1 + i % 9), "B01", 1, "说明" * 900] for i in range(rows)]
    return write_rows(tmp_path / "ev.xlsx", [["日期", "工号", "项目代码", "分值", "备注"]] + body)


def _counts(path):
    con = sqlite3.connect(path)
    try:
        return [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("score_event", "audit_entry")]
    finally:
        con.close()


def _import_fails(capsys, path, demo_file) -> str:
    capsys.readouterr()
    assert main(["import", "events", str(path), "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "savepoint" not in err and "第 " not in err and "行" not in err.split("：")[0]
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_full_disk_during_an_import_names_the_disk(demo_file, tmp_path, monkeypatch, capsys):
    path = _events_file(tmp_path)
    before = _counts(demo_file)
    con = sqlite3.connect(demo_file)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    # The file may not grow past what it holds now: SQLite's own "database or disk is full".
    monkeypatch.setitem(store_db.SQLITE_PRAGMAS, "max_page_count", pages + 20)
    line = _import_fails(capsys, path, demo_file)
    assert "磁盘已满" in line and str(demo_file) in line and "不需要从备份恢复" in line
    assert _counts(demo_file) == before


def test_a_read_only_file_during_an_import_names_the_file(demo_file, tmp_path, monkeypatch, capsys):
    path = _events_file(tmp_path, rows=3)
    before = _counts(demo_file)
    # Every write refused the way SQLite refuses one to a read-only file.
    monkeypatch.setitem(store_db.SQLITE_PRAGMAS, "query_only", 1)
    line = _import_fails(capsys, path, demo_file)
    assert "只读" in line and str(demo_file) in line
    assert _counts(demo_file) == before
