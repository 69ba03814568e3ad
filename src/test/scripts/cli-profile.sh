#!/usr/bin/env bash
# Where a command's main thread spends its CPU, by part: samples every 0.1 ms of CPU with async-profiler (fetched
# from Maven Central into ~/.m2 on first use), over RUNS runs, and prints each part's share and its milliseconds
# per run. The profiler slows the run down (about twice), so read the shares, not the milliseconds.
#   src/test/scripts/cli-profile.sh RUNS COMMAND...
#   src/test/scripts/cli-profile.sh 5 promptly --db /tmp/promptly-bench/1m.db teams list
# COMMAND is anything that starts a JVM (the installed `promptly` script, `java -jar target/promptly.jar`); the
# profiler is passed in JAVA_TOOL_OPTIONS. Needs perf events (kernel.perf_event_paranoid <= 2).
set -euo pipefail
runs=$1; shift
version=3.0
jar=~/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
[ -f "$jar" ] || mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:$version >&2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'linux-x64/*')
for run in $(seq "$runs"); do
  JAVA_TOOL_OPTIONS="-agentpath:$work/linux-x64/libasyncProfiler.so=start,event=cpu,interval=100000,file=$work/one.txt,collapsed,threads" \
      "$@" > /dev/null 2>&1
  grep -E '^\[(main|DestroyJavaVM) ' "$work/one.txt" >> "$work/all.txt"
done
# Each sample goes to the first part whose frame it holds, in this order.
awk -v runs="$runs" '
  BEGIN {
    n = split("slf4j set-up|org/slf4j/LoggerFactory.getILoggerFactory;" \
              "SQLite driver date format|org/sqlite/date/FastDateFormat;" \
              "open the store|dev/promptly/store/SqliteDatabase.open;" \
              "store queries|dev/promptly/store/Database.withConnection;" \
              "picocli: model of the commands|picocli/CommandLine.<init>;" \
              "picocli: parse|picocli/CommandLine.parseArgs;" \
              "command: other work and output|picocli/CommandLine.executeUserObject;" \
              "JVM: load the main class|sun/launcher/LauncherHelper", parts, ";")
    for (i = 1; i <= n; i++) { split(parts[i], f, "|"); name[i] = f[1]; frame[i] = f[2] }
  }
  {
    samples = $NF; total += samples; part = "other (interpreter, start-up, exit)"
    for (i = 1; i <= n; i++) if (index($0, frame[i]) > 0) { part = name[i]; break }
    sum[part] += samples
  }
  END {
    for (k in sum) printf "%5.1f%%  %6.1f ms  %s\n", 100 * sum[k] / total, sum[k] / 10 / runs, k | "sort -rn"
    close("sort -rn")
    printf "main thread, profiled: %.0f ms per run\n", total / 10 / runs
  }' "$work/all.txt"
