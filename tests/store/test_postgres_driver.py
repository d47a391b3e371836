"""The PostgreSQL driver is loaded only for a PostgreSQL address, and then leaves peewee
exactly as peewee's own import of the driver would have."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What peewee's import of psycopg2 sets up, read the same way on both sides.
PEEWEE_STATE = textwrap.dedent("""
    import json, sys
    import peewee as pw
    import psycopg2.extensions as ext
    adapter = pw.PostgresqlDatabase("x")._adapter
    print(json.dumps({
        "driver": pw.psycopg2.__name__,
        "extensions": pw.pg_extensions.__name__,
        "json": pw.Json_pg2.__module__ + "." + pw.Json_pg2.__qualname__,
        "register_uuid": pw.pg_register_uuid.__module__ + "." + pw.pg_register_uuid.__qualname__,
        "adapter": type(adapter).__name__,
        "adapter_json": adapter.json_type.__qualname__,
        "txn": [adapter.txn_idle, adapter.txn_inerror, adapter.txn_unknown],
        "uuid_typecaster": 2950 in ext.string_types,
    }))
""")


def _run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_a_sqlite_office_never_loads_the_postgres_driver(tmp_path):
    out = _run(textwrap.dedent("""
        import sys
        from csperf_desktop.store.db import open_database
        from csperf_desktop.monthly import appeals, exams, spotchecks, periods, verify
        from csperf_desktop.store import backup
        open_database(sys.argv[1])
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg2", "ssl")))
    """), str(tmp_path / "office.db"))
    assert out == "[]"


def test_the_loaded_driver_leaves_peewee_as_its_own_import_would():
    eager = json.loads(_run("import psycopg2\n" + PEEWEE_STATE))
    lazy = json.loads(_run("import csperf_desktop.store.db as d\nimport peewee as pw\nassert pw.psycopg2 is None\n"
                           "d.load_postgres_driver()\n" + PEEWEE_STATE))
    assert eager["driver"] == "psycopg2" and eager["uuid_typecaster"]
    assert lazy == eager


def test_a_missing_driver_is_named_with_the_fix():
    out = _run(textwrap.dedent("""
        import sys
        sys.modules["psycopg2"] = None  # as on a PC without the driver installed
        from csperf_desktop.store.db import open_database
        from csperf_desktop.base.errors import CsperfError
        try:
            open_database("postgresql://user:pw@localhost/office")
        except CsperfError as exc:
            print(exc.message)
    """))
    assert "psycopg2" in out and "pip install psycopg2-binary" in out
