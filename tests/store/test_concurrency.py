"""Two copies of the program on one database (two office PCs): nothing lost, one publisher wins."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.monthly.verify import verify_database
from csperf_desktop.store.models import Period, ScoreEvent

ROOT = Path(__file__).resolve().parents[2]

RECORDER = textwrap.dedent("""
    import sys, datetime as dt
    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import open_database
    from csperf_desktop.monthly.events import add_event
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0))
    open_database(sys.argv[1])
    who = sys.argv[2]
    for i in range(int(sys.argv[3])):
        add_event(Actor(who, "supervisor"), "A0%d" % (1 + i % 5), "B01", "2026-10-05", 1 + i % 5, note=who)
    print("ok")
""")

PUBLISHER = textwrap.dedent("""
    import sys, datetime as dt
    from csperf_desktop.base import clock
    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import open_database
    from csperf_desktop.base.errors import CsperfError
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    open_database(sys.argv[1])
    try:
        publish_month(Actor(sys.argv[2], "supervisor"), Month(2026, 9))
        print("published")
    except CsperfError as exc:
        print("refused:", exc.message)
""")


def _location(db) -> str:
    url = os.environ.get("CSPERF_TEST_DB")
    return url if url else db.database


def _run_together(script: str, location: str, *args_list) -> list[str]:
    procs = [subprocess.Popen([sys.executable, "-c", script, location, *args], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for args in args_list]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        outs.append(out.strip())
    return outs


def test_two_pcs_recording_the_same_month_lose_nothing(office, db):
    location = _location(db)
    close_database()
    outs = _run_together(RECORDER, location, ("pc1", "150"), ("pc2", "150"))
    assert outs == ["ok", "ok"]
    open_database(location)
    assert ScoreEvent.select().where(ScoreEvent.note == "pc1").count() == 150
    assert ScoreEvent.select().where(ScoreEvent.note == "pc2").count() == 150
    assert verify_database(full=False) == []


def test_two_pcs_publishing_at_once_one_wins(office, db):
    location = _location(db)
    close_database()
    outs = _run_together(PUBLISHER, location, ("pc1",), ("pc2",))
    assert sorted(o.split(":")[0] for o in outs) == ["published", "refused"]
    refused = next(o for o in outs if o.startswith("refused"))
    assert "不能再次公示" in refused
    open_database(location)
    p = Period.get(Period.month == "2026-09")
    assert (p.status, p.revision) == ("published", 1)
    assert verify_database(full=False) == []


def test_backup_command_works_on_either_database(office, db, tmp_path, capsys):
    from csperf_desktop.cli import main

    location = _location(db)
    close_database()
    out = tmp_path / "b.dump"
    assert main(["backup", "--db", location, "--out", str(out)]) == 0
    text = capsys.readouterr().out
    written = Path(text.split("备份已写入：")[1].splitlines()[0].strip())
    assert written.exists() and written.stat().st_size > 0
    if location.startswith("postgresql"):
        assert "pg_dump" in text
