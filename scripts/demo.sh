#!/usr/bin/env bash
# The main job on the bundled fixtures: batch every article of fixtures/ into the embedded SQLite
# database vnreport.sqlite, print the summary, then query it (records by kind, the indicators view).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rc=0
.venv/bin/vnreport-extract batch fixtures/ --db vnreport.sqlite || rc=$?
echo
echo "-- records by kind:  sqlite3 vnreport.sqlite 'select kind, count(*) from records group by kind'"
echo "-- the facts:        sqlite3 vnreport.sqlite 'select * from indicators'"
.venv/bin/python - <<'PY'
import sqlite3

con = sqlite3.connect("vnreport.sqlite")
for kind, n in con.execute("select kind, count(*) from records group by kind order by 2 desc"):
    print(f"{kind:<12} {n:>5}")
rows = con.execute("select article_title, subject, value, unit, currency, year from indicators limit 8").fetchall()
print(f"\nindicators: {con.execute('select count(*) from indicators').fetchone()[0]} rows")
for r in rows:
    print("  ", " | ".join("" if v is None else str(v) for v in r))
PY
exit "$rc"
