"""``init``: a new empty office from the command line; an existing file is never touched."""

from __future__ import annotations

import json

import pytest

from csperf_desktop.cli import main
from csperf_desktop.store.db import close_database, open_database


@pytest.fixture(autouse=True)
def _closed(fixed_clock):
    yield
    close_database()


def test_init_creates_an_empty_office_with_the_default_rulebook(tmp_path, capsys):
    path = tmp_path / "office.db"
    assert main(["init", "--db", str(path), "--company", "  华东客服中心 "]) == 0
    assert "空数据库已创建" in capsys.readouterr().out
    open_database(str(path))
    from csperf_desktop.office import settings
    from csperf_desktop.store.models import AuditEntry, Rule, Staff

    assert Staff.select().count() == 0
    assert {"B01", "B09", "D01", "D12"} <= {r.code for r in Rule.select()}
    assert settings.load().company_name == "华东客服中心"
    assert settings.load().appeal_window_unit == "working_days"
    entry = AuditEntry.get(AuditEntry.action == "update_settings")
    assert json.loads(entry.after) == {"company_name": "华东客服中心"}
    assert entry.actor.startswith("cli:")
    close_database()
    assert main(["verify", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["standings", "--db", str(path), "--month", "2026-09", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_init_without_a_company_keeps_the_default_name_and_writes_no_audit(tmp_path):
    path = tmp_path / "office.db"
    assert main(["init", "--db", str(path)]) == 0
    open_database(str(path))
    from csperf_desktop.office import settings
    from csperf_desktop.store.models import AuditEntry

    assert settings.load().company_name == "示例客服中心"
    assert not AuditEntry.select().where(AuditEntry.action == "update_settings").exists()


def test_init_refuses_an_existing_file_and_leaves_it_as_it_was(tmp_path, capsys):
    path = tmp_path / "office.db"
    path.write_bytes(b"someone's notes")
    assert main(["init", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "已存在" in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == b"someone's notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db"]


def test_init_refuses_a_folder_that_does_not_exist(tmp_path, capsys):
    path = tmp_path / "missing" / "office.db"
    assert main(["init", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "文件夹" in err and "不存在" in err
    assert not (tmp_path / "missing").exists()


def test_init_needs_a_file_name(capsys, monkeypatch):
    monkeypatch.delenv("CSPERF_DB", raising=False)
    assert main(["init"]) == 2
    assert "--db" in capsys.readouterr().err
