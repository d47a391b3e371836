"""Writing a workbook where it cannot go: one clear error, nothing left behind, never a silent
other file."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

import pytest

from csperf_desktop.cli import main


@pytest.fixture
def full_disk(monkeypatch):
    """The temporary file every workbook is written to is /dev/full (through a link in the target
    folder): each write fails with ENOSPC, as on a full disk. Unraisable errors (the zip archive's
    own complaint when it is collected) are gathered."""
    assert Path("/dev/full").exists()
    real = tempfile.mkstemp

    def mkstemp(suffix=None, prefix=None, dir=None, text=False):
        fd, name = real(suffix=suffix, prefix=prefix, dir=dir, text=text)
        os.close(fd)
        os.unlink(name)
        os.symlink("/dev/full", name)
        return os.open(name, os.O_WRONLY), name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    return unraisable


def _folder_after(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("argv", [["export", "all"], ["export", "events"], ["template", "events"],
                                  ["template", "figures"]])
def test_a_full_disk_gives_one_clean_error_and_leaves_nothing(demo_file, tmp_path, full_disk, capsys, argv):
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    assert main(argv + ["--out", str(out / "x.xlsx"), "--db", str(demo_file)]) == 2
    gc.collect()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "磁盘已满" in err and "没有留下" in err
    assert full_disk == []  # no "Exception ignored in ZipFile.__del__"
    assert _folder_after(out) == []


@pytest.mark.parametrize("argv", [["export", "staff"], ["export", "month", "--month", "2026-09"],
                                  ["template", "staff"]])
def test_out_naming_an_existing_folder_is_refused(demo_file, tmp_path, capsys, argv):
    folder = tmp_path / "月报"
    folder.mkdir()
    capsys.readouterr()
    assert main(argv + ["--out", str(folder), "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert f"“{folder}”是一个已有的文件夹" in err and "请给出文件名" in err
    assert _folder_after(folder) == [] and not (tmp_path / "月报.xlsx").exists()


@pytest.mark.parametrize("option, value, said", [("--staff", "NOPE", "找不到工号为“NOPE”的人员"),
                                                 ("--rule", "Z99", "找不到考核项目“Z99”")])
def test_export_events_for_someone_unknown_is_refused_by_name(demo_file, tmp_path, capsys, option, value, said):
    out = tmp_path / "e.xlsx"
    assert main(["export", "events", option, value, "--out", str(out), "--db", str(demo_file)]) == 2
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_export_events_by_a_known_person_and_rule_in_any_case(demo_file, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "e.xlsx"
    assert main(["export", "events", "--staff", "KF001", "--rule", "b01", "--out", str(out),
                 "--db", str(demo_file)]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert any("KF001" in r for r in rows) and not any("KF002" in r for r in rows)


def test_export_all_of_a_file_with_a_damaged_time_writes_what_it_finds(demo_file, tmp_path, capsys):
    import sqlite3

    from openpyxl import load_workbook

    con = sqlite3.connect(demo_file)
    con.execute("UPDATE audit_entry SET at = '2026-1x-05 ?' WHERE id = 3")
    con.commit()
    con.close()
    out = tmp_path / "all.xlsx"
    assert main(["export", "all", "--out", str(out), "--db", str(demo_file)]) == 0
    cells = [c for row in load_workbook(out)["审计记录"].iter_rows(values_only=True) for c in row]
    assert "2026-1x-05 ?" in cells
