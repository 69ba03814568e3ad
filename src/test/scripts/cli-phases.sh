#!/usr/bin/env bash
# Where a command's time goes, phase by phase, told from when the JVM first loads each phase's classes
# (-Xlog:class+load with the JVM's uptime). Prints the median of RUNS runs per phase, in milliseconds.
#   src/test/scripts/cli-phases.sh RUNS JAVA_COMMAND... -- PROMPTLY_ARGS...
#   src/test/scripts/cli-phases.sh 9 java -jar target/promptly.jar -- --db /tmp/promptly-bench/1m.db teams list
# The phases: the JVM up to Promptly's Main; the command line parsed (up to AppContext); the store opened (up to
# its first query, which includes loading SQLite's library); the command's work and output (up to the last class
# loaded). Class loading is a marker, not a clock: a phase that loads no classes near its end is under-counted.
set -euo pipefail
runs=$1; shift
java_cmd=()
while [ "$1" != "--" ]; do java_cmd+=("$1"); shift; done
shift
log=$(mktemp); trap 'rm -f "$log"' EXIT
for i in $(seq "$runs"); do
  "${java_cmd[0]}" -Xlog:class+load:file="$log":uptimemillis "${java_cmd[@]:1}" "$@" >/dev/null
  awk '
    function at(line) { gsub(/[\[\]ms]/, "", line); return line + 0 }
    { t = at($1) }
    main == "" && $2 == "dev.promptly.Main" { main = t }
    ctx == "" && $2 == "dev.promptly.AppContext" { ctx = t }
    db == "" && $2 == "dev.promptly.store.Jdbc" { db = t }
    { last = t }
    END { if (ctx == "") { ctx = last; db = last }; printf "%d %d %d %d %d\n", main, ctx - main, db - ctx, last - db, last }
  ' "$log"
done > "$log.runs"
names=(jvm-to-main parse open-store work total)
for col in 1 2 3 4 5; do
  median=$(cut -d' ' -f$col "$log.runs" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
  printf '%-12s %6.0f ms\n' "${names[$((col - 1))]}" "$median"
done
rm -f "$log.runs"
