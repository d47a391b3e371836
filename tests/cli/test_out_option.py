"""Every ``--out`` (backup, export, template, anchors export) is checked the same way before any
work: a folder instead of a file, a folder that does not exist, a file where a folder should be,
a folder that cannot be written — each refused with exit 2 and one line naming the path and the fix."""

from __future__ import annotations

import os

import pytest

from csperf_desktop.cli import main

COMMANDS = {
    "backup": ["backup"],
    "export": ["export", "staff"],
    "template": ["template", "staff"],
    "calibration template": ["template", "calibration", "--session", "1"],
    "anchors export": ["anchors", "export"],
}


def _refused(capsys, argv) -> str:
    capsys.readouterr()
    assert main(argv) == 2, argv
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), captured.err
    return lines[0]


@pytest.fixture(params=sorted(COMMANDS))
def run(request, db_location, capsys):
    def refused(out) -> str:
        return _refused(capsys, [*COMMANDS[request.param], "--db", db_location, "--out", str(out)])
    return refused


def _left(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def test_a_folder_is_refused_with_a_file_name_to_use(run, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    line = run(folder)
    assert f"“{folder}”是一个已有的文件夹" in line and f"例如 {folder}{os.sep}" in line
    assert _left(folder) == []


def test_a_missing_folder_is_refused_not_created(run, tmp_path):
    out = tmp_path / "no" / "such" / "x.xlsx"
    line = run(out)
    assert f"文件夹“{out.parent}”不存在" in line and "请先创建它" in line
    assert not (tmp_path / "no").exists()


def test_a_file_where_a_folder_should_be_is_named(run, tmp_path):
    blocking = tmp_path / "notes.txt"
    blocking.write_text("x")
    line = run(blocking / "sub" / "x.xlsx")
    assert f"“{blocking}”是一个文件，不是文件夹" in line and "换一个位置" in line
    assert blocking.read_text() == "x"


def test_a_folder_that_cannot_be_written_is_refused(run, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access
    # (the tests may run as root, who may write anywhere: the folder's refusal is played)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == str(folder)
                        else real_access(p, mode, **kw))
    line = run(folder / "x.xlsx")
    assert f"文件夹“{folder}”不能写入" in line and "可写的文件夹" in line
    assert _left(folder) == []
