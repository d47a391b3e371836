"""The database, its WAL files and its backups are created readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from csperf_desktop.cli import main
from csperf_desktop.office.staff import add_staff
from csperf_desktop.store import backup
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.store.private_files import create_private_file, exposure_notes

pytestmark = [pytest.mark.sqlite_only,
              pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")]


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # the usual umask: files 0644 unless the program says otherwise
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_files_are_0600(tmp_path, open_umask, supervisor):
    path = tmp_path / "office.db"
    open_database(str(path))
    try:
        add_staff(supervisor, employee_no="A01", name="甲")
        assert mode(path) == 0o600
        for extra in ("-wal", "-shm"):
            assert mode(f"{path}{extra}") == 0o600
    finally:
        close_database()


def test_backups_and_the_safety_copy_of_a_restore_are_0600(tmp_path, open_umask, supervisor):
    path = tmp_path / "office.db"
    db = open_database(str(path))
    add_staff(supervisor, employee_no="A01", name="甲")
    copy = backup.backup_sqlite(db, tmp_path / "copy.db")
    auto = backup.automatic_backup(db, "publish", folder=tmp_path / "auto", keep_daily=5, keep_monthly=2)
    close_database()
    safety = backup.restore_sqlite(path, copy)
    assert [mode(p) for p in (copy, auto, safety)] == [0o600, 0o600, 0o600]
    fresh = tmp_path / "restored-here.db"
    backup.restore_sqlite(fresh, copy)
    assert mode(fresh) == 0o600


def test_the_demo_and_init_commands_create_private_files(tmp_path, open_umask, fixed_clock):
    try:
        assert main(["init", "--db", str(tmp_path / "empty.db")]) == 0
        assert main(["demo", "--db", str(tmp_path / "demo.db")]) == 0
    finally:
        close_database()
    assert mode(tmp_path / "empty.db") == 0o600 and mode(tmp_path / "demo.db") == 0o600


def test_an_existing_file_is_left_as_it_is_and_verify_mentions_it(tmp_path, open_umask, capsys):
    path = tmp_path / "old.db"
    open_database(str(path))
    close_database()
    os.chmod(path, 0o644)  # as an older release created it
    assert create_private_file(path) is False and mode(path) == 0o644
    assert exposure_notes(path) and "chmod 600" in exposure_notes(path)[0]
    try:
        assert main(["verify", "--db", str(path)]) == 0  # a note, not a failure
    finally:
        close_database()
    out = capsys.readouterr().out
    assert "其他用户也能读取" in out and str(path) in out
    assert mode(path) == 0o644  # verify changes nothing
    os.chmod(path, 0o600)
    assert exposure_notes(path) == []


def test_a_strict_umask_still_gives_0600(tmp_path):
    old = os.umask(0o077)
    try:
        create_private_file(tmp_path / "x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "x") == 0o600
