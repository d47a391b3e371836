"""Time an import of 10,000 events from .xlsx against its floor: reading the same file with
python-calamine plus a raw sqlite3 ``executemany`` of 10,000 event rows and 10,000 audit rows
(and the commit). Each import runs in a fresh process on a fresh copy of the database.

    python tools/imp_events_bench.py <checkout root> [runs]
"""
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

root = sys.argv[1]
if len(sys.argv) > 3 and sys.argv[2] == "--child":  # one import into the given copy
    sys.path.insert(0, root)
    os.chdir(root)
    os.environ["CSPERF_DATA_DIR"] = sys.argv[5]
    from csperf_desktop.excel.importers import import_file
    from csperf_desktop.store.db import open_database
    from csperf_desktop.trust.auth import SYSTEM

    open_database(sys.argv[3])
    t, p = time.perf_counter(), time.process_time()
    import_file(SYSTEM, Path(sys.argv[4]), "events")
    print(json.dumps([time.perf_counter() - t, time.process_time() - p]))
    sys.exit(0)

runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
tmp = Path(tempfile.mkdtemp())
os.environ["CSPERF_DATA_DIR"] = str(tmp / "data")
sys.path.insert(0, root)
os.chdir(root)
import openpyxl  # noqa: E402
import python_calamine  # noqa: E402

from csperf_desktop.store.db import SQLITE_PRAGMAS, close_database, open_database  # noqa: E402

db = open_database(str(tmp / "i.db"))
con = db.connection()
with db.atomic():
    con.executemany("INSERT INTO staff (employee_no, name, role, team, hire_date, active, note, created_at) "
                    "VALUES (?, ?, 'agent', '', '2000-01-01', 1, '', '2000-01-01 00:00:00')",
                    [(f"E{i:04d}", f"员工{i:04d}") for i in range(200)])
close_database()
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "events"
ws.append(["date", "employee_no", "rule_code", "points", "quantity", "reference", "note"])
rng = random.Random(5)
start = dt.date(2025, 1, 1)
rows = []
for n in range(10_000):
    day = start + dt.timedelta(days=rng.randrange(300))
    code, points = rng.choice([("D04", -rng.randint(1, 3)), ("B01", rng.randint(1, 5))])
    rows.append((day, f"E{rng.randrange(200):04d}", code, points, 1, f"DD{n:06d}", "抽查"))
    ws.append([day.isoformat(), rows[-1][1], code, points, 1, f"DD{n:06d}", "抽查"])
x = tmp / "events.xlsx"
wb.save(x)


def floor() -> tuple[float, float]:
    c = tmp / "floor.db"
    shutil.copyfile(tmp / "i.db", c)
    t, p = time.perf_counter(), time.process_time()
    with open(x, "rb") as fh:
        book = python_calamine.CalamineWorkbook.from_filelike(fh)
    for _ in book.get_sheet_by_index(0).iter_rows():
        pass
    con = sqlite3.connect(c, isolation_level=None)
    for k, v in SQLITE_PRAGMAS.items():
        con.execute(f"PRAGMA {k}={v}")
    ids = {no: i for i, no in con.execute("SELECT id, employee_no FROM staff")}
    now = dt.datetime.now().isoformat(" ")
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO score_event (staff_id, date, month, rule_code, rule_name, area, kind, unit_points, quantity, "
        "points, note, reference, method, recorded_by, created_at, voided, serious) "
        "VALUES (?, ?, ?, ?, '规则', 'service', 'deduction', ?, ?, ?, ?, ?, 'supervision', 'system', ?, 0, 0)",
        [(ids[no], day.isoformat(), day.isoformat()[:7], code, pts, q, pts * q, note, ref, now)
         for day, no, code, pts, q, ref, note in rows])
    prev = "0" * 64
    audit = []
    for i, (day, no, code, pts, q, ref, note) in enumerate(rows):
        after = json.dumps({"date": day.isoformat(), "points": pts, "rule": code, "reference": ref, "note": note},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        h = hashlib.sha256((prev + after).encode()).hexdigest()
        audit.append((now, "system", "add_event", "score_event", str(i), ids[no], day.isoformat()[:7], None, after,
                      None, prev, h))
        prev = h
    con.executemany('INSERT INTO audit_entry (at, actor, action, entity, entity_id, staff_id, month, "before", '
                    '"after", reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', audit)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t, time.process_time() - p


floors, res = [], []
for k in range(runs):
    floors.append(floor())
    c = tmp / f"run{k}.db"
    shutil.copyfile(tmp / "i.db", c)
    out = subprocess.run([sys.executable, __file__, root, "--child", str(c), str(x), str(tmp / "data")],
                         capture_output=True, text=True)
    if out.returncode:
        print(out.stderr[-1500:])
        sys.exit(1)
    res.append(json.loads(out.stdout.strip().splitlines()[-1]))
fw, fc = statistics.median(f[0] for f in floors), statistics.median(f[1] for f in floors)
w, c = statistics.median(r[0] for r in res), statistics.median(r[1] for r in res)
print(f"{root} events import: wall median {w:.3f} s, cpu median {c:.3f} s; floor wall {fw:.3f} s, cpu {fc:.3f} s; "
      f"ratio wall {w / fw:.2f}, cpu {c / fc:.2f}")
shutil.rmtree(tmp, ignore_errors=True)
