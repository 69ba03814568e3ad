#!/usr/bin/env bash
# The CSV import's floor and reference, side by side (docs/benchmarks.md, "The CSV import's floor"):
#   reference: sqlite3's .import of the file into a new table of text, without indexes (issue 17's yardstick);
#   floor:     SQLite alone writing the same rows into Promptly's schema (csv-import-floor.sql), on a copy of STORE.
#   src/test/scripts/csv-import-floor.sh STORE CSV [RUNS]
# STORE is a store at this build's schema (open it once with this build), CSV the benchmark's file
# (CsvImportBenchmark writes history-100000.csv into its folder). Needs the sqlite3 tool (3.38 or later: unixepoch).
set -euo pipefail
store=$1 csv=$2 runs=${3:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sed "s|:CSV:|$csv|" "$(dirname "$0")/csv-import-floor.sql" > "$work/floor.sql"
for run in $(seq "$runs"); do
  rm -f "$work/ref.db"
  /usr/bin/time -f "reference: %e s wall, %U s user, %S s system" \
      sqlite3 "$work/ref.db" ".import --csv $csv history" 2>&1
  cp "$store" "$work/copy.db"; rm -f "$work/copy.db-wal" "$work/copy.db-shm"
  sqlite3 -bail "$work/copy.db" ".read $work/floor.sql" | awk '
      /^Run Time/ { w += $4; u += $6; s += $8; next }
      { counts = counts " " $0 }
      END { printf "floor:     %.2f s wall, %.2f s user, %.2f s system (journal mode, then rows in items, events, ledger, customers:%s)\n",
                   w, u, s, counts }'
done
uptime
