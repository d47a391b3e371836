import sys, os, time, tempfile, random, shutil, statistics, subprocess, json
from pathlib import Path
root=sys.argv[1]
if len(sys.argv) > 3:  # child: one import into the given copy
    sys.path.insert(0, root); os.chdir(root); os.environ["CSPERF_DATA_DIR"]=sys.argv[4]
    if os.path.exists(os.path.join(root, "csperf_desktop", "db.py")):
        from csperf_desktop.db import open_database
        from csperf_desktop.auth import SYSTEM
    else:
        from csperf_desktop.store.db import open_database
        from csperf_desktop.trust.auth import SYSTEM
    from csperf_desktop.excel.importers import import_file
    open_database(sys.argv[2])
    t=time.perf_counter(); p=time.process_time(); import_file(SYSTEM, Path(sys.argv[3]), "figures")
    print(json.dumps([time.perf_counter()-t, time.process_time()-p])); sys.exit(0)
tmp=Path(tempfile.mkdtemp()); os.environ["CSPERF_DATA_DIR"]=str(tmp/"data")
sys.path.insert(0, root); os.chdir(root)
if os.path.exists(os.path.join(root, "csperf_desktop", "db.py")):
    from csperf_desktop.db import open_database, close_database
else:
    from csperf_desktop.store.db import open_database, close_database
import openpyxl
db=open_database(str(tmp/"i.db")); con=db.connection()
with db.atomic():
    con.executemany("INSERT INTO staff (employee_no, name, role, team, hire_date, active, note, created_at) VALUES (?, ?, 'agent', '', '2000-01-01', 1, '', '2000-01-01 00:00:00')", [(f"E{i:04d}", f"员工{i:04d}") for i in range(200)])
close_database()
wb=openpyxl.Workbook(); ws=wb.active; ws.title="figures"
ws.append(["month","employee_no","csat_pct","avg_response_s","avg_handle_s","fcr_pct","contacts","sales_amount","orders","late_count","early_leave_count","absence_days"])
rng=random.Random(3)
for mi in range(50):
    m=f"{2020+mi//12}-{mi%12+1:02d}"
    for i in range(200):
        ws.append([m,f"E{i:04d}",round(rng.uniform(80,99),1),rng.randint(10,60),rng.randint(120,600),round(rng.uniform(60,95),1),rng.randint(300,900),round(rng.uniform(1e4,9e4),2),rng.randint(20,90),0,0,0])
x=tmp/"f.xlsx"; wb.save(x)
res=[]
for k in range(5):
    c=tmp/f"run{k}.db"; shutil.copyfile(tmp/"i.db", c)
    out=subprocess.run([sys.executable, __file__, root, str(c), str(x), str(tmp/"data")], capture_output=True, text=True)
    if out.returncode: print(out.stderr[-800:]); sys.exit(1)
    res.append(json.loads(out.stdout.strip().splitlines()[-1]))
print(root, "wall median %.3f s, cpu median %.3f s" % (statistics.median(r[0] for r in res), statistics.median(r[1] for r in res)))
