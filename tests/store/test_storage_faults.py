"""A full disk, a read-only folder or file, and a damaged file are each reported as what they are.

Tests may run as root, where chmod does not stop a write: the disk's refusals are simulated by
making SQLite's connection fail the way it does on such a disk (the file itself stays intact),
with the free space or the write permission the operating system would then report.
"""

from __future__ import annotations

import collections
import os
import random
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from csperf_desktop.cli import main
from csperf_desktop.store import damage
from csperf_desktop.store.db import close_database

pytestmark = pytest.mark.sqlite_only


def _fail_connect(monkeypatch, message):
    def refuse(self):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(pw.SqliteDatabase, "_connect", refuse)


def _no_write(monkeypatch, denied: Path):
    real = os.access

    def access(path, mode, *a, **kw):
        if mode & os.W_OK and Path(path) == denied:
            return False
        return real(path, mode, *a, **kw)

    monkeypatch.setattr(os, "access", access)


def _one_error(capsys, argv, code=2) -> str:
    capsys.readouterr()
    assert main(argv) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _is_not_called_damage(line: str) -> None:
    assert "已损坏" not in line and "完整性" not in line
    assert "不需要从备份恢复" in line


def test_a_full_disk_is_named_not_called_damage(demo_file, monkeypatch, capsys):
    _fail_connect(monkeypatch, "disk I/O error")  # what SQLite says when the -shm file cannot grow
    Usage = collections.namedtuple("Usage", "total used free")
    monkeypatch.setattr(damage.shutil, "disk_usage", lambda p: Usage(10 << 30, 10 << 30, 0))
    for argv in (["standings", "--month", "2026-09"], ["verify"], ["exam", "add", "--date", "2026-10-16", "--title", "x"]):
        line = _one_error(capsys, argv + ["--db", str(demo_file)])
        assert line.startswith("错误：磁盘已满") and str(demo_file) in line and "释放磁盘空间" in line
        _is_not_called_damage(line)
    assert not damage.mark_path(demo_file).exists()


def test_a_read_only_folder_is_named(demo_file, monkeypatch, capsys):
    _fail_connect(monkeypatch, "unable to open database file")
    _no_write(monkeypatch, demo_file.parent)
    line = _one_error(capsys, ["standings", "--month", "2026-09", "--db", str(demo_file)])
    assert f"文件夹“{demo_file.parent}”是只读的" in line
    _is_not_called_damage(line)


def test_a_read_only_file_is_named(demo_file, monkeypatch, capsys):
    _fail_connect(monkeypatch, "attempt to write a readonly database")
    _no_write(monkeypatch, demo_file)
    line = _one_error(capsys, ["standings", "--month", "2026-09", "--db", str(demo_file)])
    assert f"数据库文件“{demo_file}”是只读的" in line and "只读属性" in line
    _is_not_called_damage(line)


def test_a_disk_fault_on_a_damaged_file_is_still_damage(demo_file, monkeypatch, capsys):
    data = bytearray(demo_file.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # page 2 destroyed
    demo_file.write_bytes(bytes(data))
    _fail_connect(monkeypatch, "disk I/O error")
    line = _one_error(capsys, ["standings", "--month", "2026-09", "--db", str(demo_file)])
    assert "已损坏" in line and "备份恢复" in line


def test_a_postgresql_connection_error_is_one_line_without_the_password(capsys):
    line = _one_error(capsys, ["standings", "--month", "2026-09", "--db",
                               "postgresql://csperf:geheim@127.0.0.1:1/csperf"])
    assert line.startswith("错误：无法连接 PostgreSQL 数据库") and "geheim" not in line and "***" in line


# ---------------------------------------------------------------- bytes that are not UTF-8


def _set_raw(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def test_verify_names_text_that_is_not_utf8_and_every_command_then_refuses_to_write(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    good = tmp_path / "good.db"
    assert main(["backup", "--out", str(good)] + db) == 0
    _set_raw(demo_file, "UPDATE staff SET note = CAST(x'e5ff20' AS TEXT) WHERE employee_no = 'KF003'")

    line = _one_error(capsys, ["verify"] + db, code=1)
    assert "已损坏" in line and "表 staff" in line and "note 列" in line and "UTF-8" in line
    assert damage.mark_path(demo_file).exists()

    events = sqlite3.connect(demo_file).execute("SELECT COUNT(*) FROM score_event").fetchone()[0]
    for argv in (["exam", "add", "--date", "2026-10-16", "--title", "测验"],
                 ["publish", "--month", "2026-10", "--anyway", "测试"],
                 ["reopen", "--month", "2026-09", "--reason", "测试"]):
        line = _one_error(capsys, argv + db)
        assert "已损坏" in line and "不会写入" in line
    assert sqlite3.connect(demo_file).execute("SELECT COUNT(*) FROM score_event").fetchone()[0] == events

    # A reading command reads, and says the file is damaged.
    capsys.readouterr()
    assert main(["standings", "--month", "2026-09"] + db) == 0
    assert "注意：" in capsys.readouterr().err

    # Recovered from the backup, the file is written to again.
    close_database()
    assert main(["restore", str(good)] + db) == 0
    assert main(["exam", "add", "--date", "2026-10-16", "--title", "测验"] + db) == 0
    assert not damage.mark_path(demo_file).exists()


@pytest.mark.parametrize("table, column, value", [
    ("audit_entry", "after", "CAST(x'e5ff20' AS TEXT)"),  # read whole by verify's walk of the chain
    ("audit_entry", "actor", "x'c3'"),  # a blob, not text
    ("score_event", "note", "CAST(x'c3' AS TEXT)"),  # read whole by verify's comparison of the events
    ("score_event", "recorded_by", "CAST(x'e5ff20' AS TEXT)"),  # a column verify does not compare
    ("score_event", "created_at", "x'ff'"),
])
def test_verify_names_text_that_is_not_utf8_in_the_tables_it_reads_whole(demo_file, capsys, table, column, value):
    row = sqlite3.connect(demo_file).execute(f"SELECT max(id) - 3 FROM {table}").fetchone()[0]
    _set_raw(demo_file, f"UPDATE {table} SET {column} = {value} WHERE id = {row}")
    line = _one_error(capsys, ["verify", "--db", str(demo_file)], code=1)
    assert "已损坏" in line and f"表 {table} 第 {row} 行 {column} 列" in line and "UTF-8" in line
    assert "链" not in line and "审计记录" not in line
    assert damage.mark_path(demo_file).exists()


def test_a_command_that_meets_undecodable_text_names_it_and_marks_the_file(demo_file, capsys):
    _set_raw(demo_file, "UPDATE staff SET name = CAST(x'c3' AS TEXT) WHERE employee_no = 'KF001'")
    line = _one_error(capsys, ["standings", "--month", "2026-10", "--db", str(demo_file)])  # open: live names
    assert "无法读取的文字" in line and "verify" in line
    assert damage.mark_path(demo_file).exists()


def test_random_byte_flips_never_crash_verify(demo_master_file, tmp_path, fixed_clock, capsys):
    """24 copies of the demo office, one byte flipped in each: verify reports, never a traceback."""
    data = demo_master_file.read_bytes()
    rng = random.Random(20261206)
    outcomes = collections.Counter()
    for i in range(24):
        flipped = bytearray(data)
        pos = rng.randrange(100, len(flipped))
        flipped[pos] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip{i}.db"
        path.write_bytes(bytes(flipped))
        capsys.readouterr()
        code = main(["verify", "--db", str(path)])
        close_database()
        out = capsys.readouterr()
        assert "Traceback" not in out.err
        assert code in (0, 1), (pos, out.err)
        if code == 1:
            assert out.err.strip() and all(line.strip() for line in out.err.splitlines())
        outcomes[code] += 1
    assert outcomes[1] >= 8, outcomes


def test_a_database_locked_at_opening_is_not_called_damaged(demo_file, monkeypatch, capsys):
    _fail_connect(monkeypatch, "database is locked")
    line = _one_error(capsys, ["standings", "--month", "2026-09", "--db", str(demo_file)])
    assert "正被另一个程序使用" in line and "已损坏" not in line
    assert not damage.mark_path(demo_file).exists()


def _index_of_another_column(path: Path, index: str, column: str) -> None:
    """The index declared over another column without being rebuilt: its entries no longer match
    the table's rows, which the quick check at opening does not look at and the reading of the
    rows does not touch."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = replace(sql, '(\"month\")', ?) WHERE name = ?", (f'("{column}")', index))
    con.commit()
    con.close()


def test_verify_names_an_index_that_no_longer_matches_its_table(demo_file, capsys, monkeypatch):
    """The integrity check runs on a connection of its own beside verify's reading; what it finds
    is the verdict, and nothing else is reported."""
    import threading

    from csperf_desktop.store import db as db_module

    _index_of_another_column(demo_file, "audit_entry_month", "staff_id")
    threads = []
    original = db_module.FileDamageCheck._run
    monkeypatch.setattr(db_module.FileDamageCheck, "_run",
                        lambda self: (threads.append(threading.current_thread().name), original(self)))
    line = _one_error(capsys, ["verify", "--db", str(demo_file)], code=1)
    assert line.startswith("数据库文件完整性检查失败") and "audit_entry_month" in line and "请从最近的备份恢复" in line
    assert threads == ["csperf-file-check"]
    assert damage.mark_path(demo_file).exists()
