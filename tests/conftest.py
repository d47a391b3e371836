"""Shared fixtures: a fresh database per test, a fixed clock, actors.

The database is a temporary SQLite file (WAL, like real use), or the
PostgreSQL URL in CSPERF_TEST_DB when that is set. Tests run in the
supervisors' time zone (Asia/Shanghai) so local times are the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Shanghai"
if hasattr(time, "tzset"):
    time.tzset()

import pytest  # noqa: E402

from csperf_desktop.base import clock  # noqa: E402
from csperf_desktop.trust.auth import Actor  # noqa: E402

# 2026-10-20 10:00 in Shanghai
FIXED_NOW = dt.datetime(2026, 10, 20, 2, 0, 0)


def pytest_collection_modifyitems(config, items):
    """Tests that need a PostgreSQL server are deselected (not skipped) when CSPERF_TEST_DB is not set."""
    if os.environ.get("CSPERF_TEST_DB"):
        return
    keep = [item for item in items if item.get_closest_marker("postgres_only") is None]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep


@pytest.fixture(autouse=True)
def _isolate_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CSPERF_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("CSPERF_DB", raising=False)


@pytest.fixture
def fixed_clock():
    clock.set_fixed(FIXED_NOW)
    yield FIXED_NOW
    clock.set_fixed(None)


def _reset_postgres(url: str) -> None:
    from playhouse.db_url import connect

    from csperf_desktop.store.db import load_postgres_driver

    load_postgres_driver()
    pg = connect(url)
    pg.connect()
    pg.execute_sql("DROP SCHEMA public CASCADE")
    pg.execute_sql("CREATE SCHEMA public")
    pg.close()


@pytest.fixture
def db(tmp_path, fixed_clock):
    """An empty csperf database at the latest schema, bound to the models."""
    from csperf_desktop.store.db import close_database, open_database

    url = os.environ.get("CSPERF_TEST_DB")
    if url:
        _reset_postgres(url)
        database = open_database(url)
    else:
        database = open_database(str(tmp_path / "test.db"))
    yield database
    close_database()


@pytest.fixture
def db_location(db):
    """What a command-line test passes as ``--db``: the test database's file, or the server's URL."""
    return os.environ.get("CSPERF_TEST_DB") or db.database


@pytest.fixture
def admin():
    return Actor("admin", "admin", "管理员")


@pytest.fixture
def supervisor():
    return Actor("sup", "supervisor", "主管")


@pytest.fixture
def qa():
    return Actor("qa1", "qa", "质检")


@pytest.fixture
def viewer():
    return Actor("view", "viewer", "只读")


@pytest.fixture
def office(db, supervisor):
    """Five agents A01..A05, hired long ago."""
    from csperf_desktop.office.staff import add_staff

    people = {}
    for i, name in enumerate(["甲", "乙", "丙", "丁", "戊"], start=1):
        people[f"A0{i}"] = add_staff(supervisor, employee_no=f"A0{i}", name=name, role="agent",
                                     team="一组", hire_date="2020-01-01")
    return people


@pytest.fixture(scope="session")
def demo_master_file(tmp_path_factory):
    """The demo office built once by the command line at the fixed clock, in a data folder of
    its own; tests take a copy (``demo_file``) and never change this one."""
    from csperf_desktop.cli import main
    from csperf_desktop.store.db import close_database

    folder = tmp_path_factory.mktemp("demo")
    saved = os.environ.get("CSPERF_DATA_DIR")
    os.environ["CSPERF_DATA_DIR"] = str(folder / "data")
    clock.set_fixed(FIXED_NOW)
    try:
        path = folder / "d.db"
        assert main(["demo", "--db", str(path)]) == 0
        close_database()
    finally:
        clock.set_fixed(None)
        if saved is None:
            os.environ.pop("CSPERF_DATA_DIR", None)
        else:
            os.environ["CSPERF_DATA_DIR"] = saved
    return path


@pytest.fixture
def demo_file(tmp_path, fixed_clock, demo_master_file):
    """A copy of the demo office's file for a command-line test to open and change."""
    import shutil

    from csperf_desktop.store.db import close_database

    path = tmp_path / "d.db"
    shutil.copy(demo_master_file, path)
    yield path
    close_database()


@pytest.fixture
def demo_db(tmp_path):
    """The demo office, built at the fixed clock."""
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.devtools.demo import build_demo

    clock.set_fixed(FIXED_NOW)
    open_database(str(tmp_path / "demo.db"))
    build_demo()
    clock.set_fixed(FIXED_NOW)
    yield
    clock.set_fixed(None)
    close_database()


@pytest.fixture
def damage_in_the_middle():
    """Makes an SQLite csperf database at ``path`` whose schema and first pages still read
    but whose last data pages are garbage (the integrity check finds it); returns its bytes.
    ``before_damage()`` may add data (e.g. an account) while the file is sound."""
    import sqlite3

    from csperf_desktop.trust.auth import Actor
    from csperf_desktop.store.db import close_database, open_database
    from csperf_desktop.office.staff import add_staff

    def make(path, before_damage=None) -> bytes:
        open_database(str(path))
        if before_damage is not None:
            before_damage()
        sup = Actor("sup", "supervisor", "主管")
        for i in range(300):
            add_staff(sup, employee_no=f"X{i:03d}", name=f"某{i}", note="备注" * 100)
        close_database()
        con = sqlite3.connect(path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        data = bytearray(path.read_bytes())
        pages = len(data) // 4096
        data[(pages - 3) * 4096:(pages - 1) * 4096] = b"\xa5" * (2 * 4096)
        path.write_bytes(bytes(data))
        return bytes(data)

    return make
