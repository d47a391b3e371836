"""The audit chain's anchors outside the database: the log, the backups' notes, the printed code,
the command line, and that writing an anchor never makes a change half-done."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.months import Month
from csperf_desktop.cli import main
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.verify import verify_report
from csperf_desktop.office import anchoring
from csperf_desktop.store import anchors as files
from csperf_desktop.store.chain import parse_code
from csperf_desktop.store.models import AuditEntry, Period, database_proxy
from csperf_desktop.store.paths import backup_dir, config_dir
from csperf_desktop.trust.audit import chain_head

SEPT = Month(2026, 9)

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def sept(office, supervisor, fixed_clock):
    clock.set_fixed(dt.datetime(2026, 9, 29, 2, 0))
    add_event(supervisor, "A01", "B01", "2026-09-10", 3)
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    return office


def log_lines() -> list[dict]:
    return [json.loads(line) for line in (backup_dir() / files.LOG_NAME).read_text("utf-8").splitlines()]


def test_publishing_appends_a_signed_line_with_the_head_after_the_commit(sept, supervisor):
    publish_month(supervisor, SEPT)
    lines = [r for r in log_lines() if r["kind"] == "publish"]
    assert len(lines) == 1
    head = chain_head()
    line = lines[0]
    assert (line["count"], line["head"], line["first"], line["month"]) == (head.count, head.hash, head.first, "2026-09")
    assert files.signature_holds(line, files.load_key(config_dir())) is True
    if os.name == "posix":
        assert oct((backup_dir() / files.LOG_NAME).stat().st_mode & 0o777) == "0o600"
        assert oct((config_dir() / files.KEY_NAME).stat().st_mode & 0o777) == "0o600"


def test_the_database_commits_before_the_anchor_line_and_a_failed_line_is_reported_not_fatal(sept, supervisor,
                                                                                              monkeypatch):
    seen = {}
    path = database_proxy.obj.database

    def failing_append(folder, record):
        # Another connection already sees the publication: it was committed first.
        con = sqlite3.connect(path)
        seen["status"] = con.execute("SELECT status FROM period WHERE month = '2026-09'").fetchone()[0]
        con.close()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "append", failing_append)
    period = publish_month(supervisor, SEPT)
    assert seen["status"] == "published"
    assert period.status == "published" and Period.get(Period.month == "2026-09").status == "published"
    warnings = anchoring.take_warnings()
    assert warnings and "未能写入审计链锚点（公示）" in warnings[0] and "No space left on device" in warnings[0]
    assert verify_report().problems == []


def test_every_backup_carries_its_head_beside_it_and_in_itself(sept, tmp_path, db_location):
    assert main(["backup", "--db", db_location, "--out", str(tmp_path / "b.db")]) == 0
    note = json.loads((tmp_path / "b.db.anchor.json").read_text("utf-8"))
    head, _ = files.backup_head(tmp_path / "b.db")
    assert (note["count"], note["head"]) == (head.count, head.hash) == (chain_head().count, chain_head().hash)
    assert log_lines()[-1]["kind"] == "backup" and log_lines()[-1]["file"] == str((tmp_path / "b.db").resolve())


def test_a_restore_gives_up_the_later_anchors_without_a_false_alarm(sept, supervisor, tmp_path):
    from csperf_desktop.store.backup import backup_sqlite
    from csperf_desktop.store.db import close_database, open_database

    live = database_proxy.obj.database
    older = backup_sqlite(database_proxy.obj, tmp_path / "older.db")
    publish_month(supervisor, SEPT)  # anchored at a longer chain
    close_database()
    clock.set_fixed(dt.datetime(2026, 10, 3, 2, 0))
    assert main(["restore", "--db", live, str(older)]) == 0
    open_database(live)
    report = verify_report()
    assert report.problems == []
    assert any("早于一次恢复备份" in n for n in report.notes)


def test_codes_are_read_as_printed_or_typed_back():
    assert parse_code("链 1234·5F2A9C1B") == (1234, "5f2a9c1b")
    assert parse_code("  链1234 · 5f2a 9c1b ") == (1234, "5f2a9c1b")
    assert parse_code("1234-5F2A9C1B") == (1234, "5f2a9c1b")
    assert parse_code("公示指纹 3F2A0B1C2D3E · 链 1234·5F2A9C1B") == (1234, "5f2a9c1b")  # the whole footer line
    assert parse_code("公示指纹 3F2A") is None


def test_cli_verify_with_a_code_from_paper_and_anchors_export(sept, supervisor, tmp_path, db_location, capsys):
    publish_month(supervisor, SEPT)
    code = chain_head().code
    assert main(["verify", "--db", db_location, "--fingerprint", code.lower()]) == 0
    out = capsys.readouterr().out
    assert "已与" in out and code in out
    assert main(["verify", "--db", db_location, "--fingerprint", "链 99999·ABCDEF12"]) == 1
    assert "末尾" in capsys.readouterr().err
    assert main(["anchors", "export", "--db", db_location, "--out", str(tmp_path / "a.jsonl")]) == 0
    exported = (tmp_path / "a.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(x)["kind"] for x in exported] == ["publish", "backup", "verify"]  # publishing backs up
    capsys.readouterr()
    assert main(["anchors", "show", "--db", db_location]) == 0
    assert capsys.readouterr().out.strip() == chain_head().code


def test_a_failed_anchor_after_a_command_is_a_warning_not_a_failure(sept, db_location, monkeypatch, capsys):
    monkeypatch.setattr(files, "append", lambda folder, record: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    assert main(["publish", "--db", db_location, "--month", "2026-09"]) == 0
    captured = capsys.readouterr()
    assert "已公示" in captured.out and "警告：未能写入审计链锚点（公示）" in captured.err
    assert "Traceback" not in captured.err


def test_no_anchor_is_written_inside_a_callers_transaction(sept, supervisor):
    """A publication inside a larger transaction (the demo build, an import) is not committed yet:
    anchoring its head then could claim entries that a rollback removes."""
    with database_proxy.obj.atomic():
        publish_month(supervisor, SEPT)
    assert not (backup_dir() / files.LOG_NAME).exists()
    assert anchoring.record("verify") is None and [r["kind"] for r in log_lines()] == ["verify"]
