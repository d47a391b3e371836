"""Backups that fail: the change before them stands and says so, nothing half-written is left,
and every restore keeps its own safety copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from csperf_desktop.cli import main
from csperf_desktop.store import backup
from csperf_desktop.store.db import close_database
from csperf_desktop.store.paths import backup_dir

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def full_backup_disk(monkeypatch):
    """Every backup's temporary file can hold 2 pages: SQLite itself then says 'database or disk is full'."""
    real = sqlite3.connect

    def connect(target, *a, **kw):
        con = real(target, *a, **kw)
        if str(target).endswith(".partial"):
            con.execute("PRAGMA max_page_count = 2")
        return con

    monkeypatch.setattr(backup.sqlite3, "connect", connect)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


def test_a_publish_stands_when_the_backup_after_it_fails(demo_file, full_backup_disk, capsys):
    capsys.readouterr()
    code = main(["publish", "--month", "2026-10", "--anyway", "月底前公示", "--db", str(demo_file)])
    out, err = capsys.readouterr()
    assert code == 3
    assert "2026年10月已公示" in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith("警告：2026年10月已公示，公示有效") and "自动备份失败" in lines[0]
    assert "磁盘已满" in lines[0] and "backup --out" in lines[0]
    status = sqlite3.connect(demo_file).execute("SELECT status FROM period WHERE month = '2026-10'").fetchone()
    assert status == ("published",)
    assert _leftovers(backup_dir()) == [] and list(backup_dir().glob("*.db")) == []


def test_a_publish_with_its_backup_exits_0(demo_file, capsys):
    assert main(["publish", "--month", "2026-10", "--anyway", "月底前公示", "--db", str(demo_file)]) == 0
    assert "警告" not in capsys.readouterr().err
    assert len(list(backup_dir().glob("csperf-auto-publish-*.db"))) == 1


def test_backup_out_on_a_full_disk_leaves_nothing(demo_file, tmp_path, full_backup_disk, capsys):
    target = tmp_path / "usb"
    target.mkdir()
    capsys.readouterr()
    assert main(["backup", "--out", str(target / "b.db"), "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"无法写入备份文件“{target / 'b.db'}”" in err and "磁盘已满" in err and "没有留下" in err
    assert list(target.iterdir()) == []


def test_backup_out_on_a_disk_that_refuses_the_rename_leaves_nothing(demo_file, tmp_path, monkeypatch, capsys):
    import errno

    def no_room(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(backup.os, "replace", no_room)
    assert main(["backup", "--out", str(tmp_path / "b.db"), "--db", str(demo_file)]) == 2
    assert "磁盘已满" in capsys.readouterr().err
    assert _leftovers(tmp_path) == [] and not (tmp_path / "b.db").exists()


def test_backup_out_a_folder_is_refused(demo_file, tmp_path, capsys):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["backup", "--out", str(folder), "--db", str(demo_file)]) == 2
    assert f"“{folder}”是一个已有的文件夹" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_two_restores_in_the_same_second_keep_both_safety_copies(demo_file, tmp_path, monkeypatch, capsys):
    db = ["--db", str(demo_file)]
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert main(["backup", "--out", str(first)] + db) == 0
    assert main(["exam", "add", "--date", "2026-10-16", "--title", "测验"] + db) == 0
    assert main(["backup", "--out", str(second)] + db) == 0
    close_database()
    exams = sqlite3.connect(demo_file).execute("SELECT COUNT(*) FROM exam").fetchone()[0]

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 10, 20, 10, 0, 0)

    monkeypatch.setattr(backup._dt, "datetime", Frozen)
    assert main(["restore", str(first)] + db) == 0
    assert main(["restore", str(second)] + db) == 0
    safety = sorted(backup_dir().glob("csperf-before-restore-20261020-100000*.db"))
    assert len(safety) == 2
    # The first safety copy still holds the database as it was before both restores.
    counts = sorted(sqlite3.connect(p).execute("SELECT COUNT(*) FROM exam").fetchone()[0] for p in safety)
    assert counts == [exams - 1, exams]
