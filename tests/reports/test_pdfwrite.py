"""Safe writing: never a half file under the final name; a locked target says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from csperf_desktop.reports import pdfwrite
from csperf_desktop.reports.pdfwrite import FileLocked, WriteFailed, safe_write, suggest_free_name


def _write(content: bytes):
    def build(tmp):
        with open(tmp, "wb") as f:
            f.write(content)
    return build


def test_written_file_appears_complete_under_its_name_with_no_temp_left(tmp_path):
    out = safe_write(tmp_path / "a.pdf", _write(b"%PDF-1.4 complete"))
    assert out.read_bytes() == b"%PDF-1.4 complete"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_build_that_fails_midway_leaves_no_file_at_all(tmp_path):
    def build(tmp):
        with open(tmp, "wb") as f:
            f.write(b"%PDF-1.4 half")
        raise RuntimeError("crash while drawing")

    with pytest.raises(RuntimeError):
        safe_write(tmp_path / "a.pdf", build)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_build_keeps_the_previous_file_intact(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old complete file")
    with pytest.raises(RuntimeError):
        safe_write(target, lambda tmp: (_ for _ in ()).throw(RuntimeError("boom")))
    assert target.read_bytes() == b"old complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_target_locked_by_another_program_gives_a_clear_message_and_a_new_name(tmp_path, monkeypatch):
    target = tmp_path / "公示.pdf"
    target.write_bytes(b"open in a viewer")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(pdfwrite.os, "replace", locked)
    with pytest.raises(FileLocked) as info:
        safe_write(target, _write(b"new"))
    assert "正在其他程序" in info.value.message and "公示 (2).pdf" in info.value.message
    assert info.value.suggestion == tmp_path / "公示 (2).pdf"
    assert target.read_bytes() == b"open in a viewer"
    assert [p.name for p in tmp_path.iterdir()] == ["公示.pdf"]


def test_a_locked_target_is_detected_before_any_work(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"x")
    real_open = open

    def fake_open(path, mode="r", *a, **kw):
        if str(path) == str(target) and "+" in mode:
            raise PermissionError(13, "locked")
        return real_open(path, mode, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    built = []
    with pytest.raises(FileLocked):
        safe_write(target, lambda tmp: built.append(tmp))
    assert built == []


def test_suggested_name_skips_names_already_taken(tmp_path):
    (tmp_path / "a (2).pdf").write_bytes(b"")
    assert suggest_free_name(tmp_path / "a.pdf") == tmp_path / "a (3).pdf"


def test_missing_folder_or_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(WriteFailed, match="不存在"):
        safe_write(tmp_path / "nope" / "a.pdf", _write(b""))
    with pytest.raises(WriteFailed, match="文件夹"):
        safe_write(tmp_path, _write(b""))


def test_unwritable_folder_gives_a_clear_message(tmp_path, monkeypatch):
    def refused(*a, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pdfwrite.tempfile, "mkstemp", refused)
    with pytest.raises(WriteFailed, match="写入权限"):
        safe_write(tmp_path / "a.pdf", _write(b""))
    assert list(tmp_path.iterdir()) == []


def test_bulletin_write_failure_leaves_no_partial_pdf(demo_db, tmp_path, monkeypatch):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import bulletin

    def broken(*a, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bulletin, "build_bulletin", broken)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(WriteFailed, match="磁盘空间"):
        bulletin.write_bulletin(Month(2026, 9), out_dir / "b.pdf")
    assert list(out_dir.iterdir()) == []


def test_the_garbage_collector_is_off_while_a_document_is_built_and_on_again_after(tmp_path):
    """A document is built with Python's cyclic collector off, and the collector is on again
    once the file is written, when the build fails, and only after the last of two documents
    being built at once; a collector switched off by someone else stays off."""
    import gc
    import threading

    from csperf_desktop.reports.pdfwrite import safe_write

    seen = []

    def build(path):
        seen.append(gc.isenabled())
        Path(path).write_bytes(b"%PDF-1.4\n")

    assert gc.isenabled()
    safe_write(tmp_path / "a.pdf", build)
    assert seen == [False] and gc.isenabled()

    def failing(path):
        raise RuntimeError("boom")
    with pytest.raises(RuntimeError):
        safe_write(tmp_path / "b.pdf", failing)
    assert gc.isenabled()

    inside, release = threading.Event(), threading.Event()

    def slow(path):
        inside.set()
        release.wait(10)
        Path(path).write_bytes(b"%PDF-1.4\n")
    worker = threading.Thread(target=lambda: safe_write(tmp_path / "c.pdf", slow))
    worker.start()
    assert inside.wait(10)
    safe_write(tmp_path / "d.pdf", build)  # a second document while the first is still building
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()

    gc.disable()
    try:
        safe_write(tmp_path / "e.pdf", build)
        assert not gc.isenabled()
    finally:
        gc.enable()
