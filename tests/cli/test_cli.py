"""The command line: demo, standings, publish, verify, backup; exit codes and messages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from csperf_desktop.base import clock
from csperf_desktop.cli import main
from csperf_desktop.store.db import close_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_file(tmp_path, fixed_clock):
    path = tmp_path / "d.db"
    assert main(["demo", "--db", str(path)]) == 0
    clock.set_fixed(fixed_clock)
    yield path
    close_database()


def test_demo_then_standings_json(demo_file, capsys):
    capsys.readouterr()
    assert main(["standings", "--db", str(demo_file), "--month", "2026-09", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 12
    for key in ("employee_no", "name", "bonus", "deduction", "final", "rank", "award", "warning"):
        assert key in rows[0]
    ranks = [r["rank"] for r in rows if r["ranked"]]
    assert ranks == sorted(ranks) and len(ranks) == 10
    # The team lead and the inspector follow the ranked agents, without a rank.
    assert [(r["role"], r["rank"]) for r in rows[10:]] == [("team_lead", None), ("qa", None)]
    assert sum(1 for r in rows if r["award"]) >= 1
    assert all(0 <= r["final"] <= 100 for r in rows)


def test_demo_has_a_warning_and_published_and_closed_months(demo_file, capsys):
    main(["standings", "--db", str(demo_file), "--month", "2026-08", "--json"])
    aug = json.loads(capsys.readouterr().out)
    assert main(["standings", "--db", str(demo_file), "--month", "2026-09"]) == 0
    text = capsys.readouterr().out
    assert "已公示" in text
    main(["standings", "--db", str(demo_file), "--month", "2025-01"])
    assert "已结束" in capsys.readouterr().out
    warned = [r for r in aug if r["warning"]]
    assert [r["employee_no"] for r in warned] == ["KF010"]
    assert warned[0]["final"] < 60 and warned[0]["rank"] == warned[0]["ranked_count"]


def test_demo_is_deterministic(tmp_path, fixed_clock, capsys):
    outs = []
    for name in ("a.db", "b.db"):
        main(["demo", "--db", str(tmp_path / name)])
        clock.set_fixed(fixed_clock)
        capsys.readouterr()
        main(["standings", "--db", str(tmp_path / name), "--month", "2026-05", "--json"])
        outs.append(capsys.readouterr().out)
        close_database()
    assert outs[0] == outs[1]


def test_bad_month_exits_2_with_one_line(demo_file, capsys):
    capsys.readouterr()
    assert main(["standings", "--db", str(demo_file), "--month", "2026-13"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "YYYY-MM" in err[0]


def test_missing_database_file_exits_2(tmp_path, capsys):
    assert main(["standings", "--db", str(tmp_path / "none.db"), "--month", "2026-09"]) == 2
    assert "不存在" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys):
    assert main(["standings", "--bogus"]) == 2
    assert "--help" in capsys.readouterr().err


def test_publish_twice_exits_2(demo_file, capsys):
    assert main(["publish", "--db", str(demo_file), "--month", "2026-09"]) == 2
    assert "不能再次公示" in capsys.readouterr().err


def test_publish_open_month(demo_file, capsys):
    # On the 20th October is not over: refused with the open item, published with a reason.
    assert main(["publish", "--db", str(demo_file), "--month", "2026-10"]) == 2
    err = capsys.readouterr().err
    assert "[需理由] 2026年10月到 2026-10-31 才结束，还有 12 天" in err and "--anyway" in err
    assert main(["publish", "--db", str(demo_file), "--month", "2026-10", "--anyway", "提前结算"]) == 0
    assert "复核申请截止：2026年10月21日 10:00" in capsys.readouterr().out


def test_verify_passes_then_names_a_tampered_entry(demo_file, capsys):
    assert main(["verify", "--db", str(demo_file)]) == 0
    close_database()
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 40")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["verify", "--db", str(demo_file)]) == 1
    assert "#40" in capsys.readouterr().err


def test_backup_writes_a_consistent_copy(demo_file, tmp_path, capsys):
    out = tmp_path / "copy.db"
    assert main(["backup", "--db", str(demo_file), "--out", str(out)]) == 0
    close_database()
    assert main(["verify", "--db", str(out)]) == 0


def test_main_py_runs_as_a_program(tmp_path):
    path = tmp_path / "p.db"
    r = subprocess.run([sys.executable, "main.py", "demo", "--db", str(path)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "main.py", "standings", "--db", str(path), "--month", "bad"],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(demo_file):
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # like `… | head -1` once head has its line
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "standings", "--month", "2026-09", "--db",
                           str(demo_file)], stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    os.close(write_end)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0
