#!/usr/bin/env bash
# The command line's start, against a bare JVM: times a JVM running an empty main, `promptly --version`, a trivial
# listing (`teams list`) and a rep's queue on STORE, with hyperfine (Debian package `hyperfine`), and prints how
# much each costs over the bare JVM and over `--version`, in wall time (medians) and CPU time (user + system, means),
# after the load average when it ends.
#   src/test/scripts/cli-benchmark.sh STORE REP_EMAIL [RUNS] [PROMPTLY...]
# PROMPTLY is how to start Promptly: default `java -jar target/promptly.jar`; the installed app is
# `promptly` (on Linux, /usr/bin/promptly). The bare JVM is `java` from the PATH with its default options, or
# BARE_JAVA (for the installed app, its own runtime: BARE_JAVA=/opt/promptly/lib/runtime/bin/java). Run from the
# repository root after `mvn -DskipTests package`.
set -euo pipefail
store=$1 rep=$2 runs=${3:-15}
shift $(( $# < 3 ? $# : 3 ))
promptly=("$@")
[ ${#promptly[@]} -gt 0 ] || promptly=(java -jar target/promptly.jar)
java=${BARE_JAVA:-java}
command -v hyperfine >/dev/null || { echo "cli-benchmark.sh needs hyperfine" >&2; exit 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'public class Bare { public static void main(String[] a) { } }\n' > "$work/Bare.java"
javac -d "$work" "$work/Bare.java"

p="${promptly[*]}"
hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  -n bare-jvm "$java -cp $work Bare" \
  -n version "$p --version" \
  -n teams-list "$p --db $store teams list" \
  -n rep-queue "$p --db $store queue --rep $rep" >&2
python3 - "$work/times.json" <<'PY'
import json, os, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
median = {name: statistics.median(r["times"]) * 1000 for name, r in results.items()}
# CPU time (user + system, mean of the runs) moves less than wall time on a shared machine.
cpu = {name: (r["user"] + r["system"]) * 1000 for name, r in results.items()}
print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
print(f"{'command':<12} {'median':>8} {'over bare JVM':>14} {'over --version':>15}"
      f" {'cpu':>8} {'cpu over bare':>14} {'cpu over --version':>19}")
for name in ("bare-jvm", "version", "teams-list", "rep-queue"):
    print(f"{name:<12} {median[name]:>6.0f} ms {median[name] - median['bare-jvm']:>11.0f} ms"
          f" {median[name] - median['version']:>12.0f} ms"
          f" {cpu[name]:>5.0f} ms {cpu[name] - cpu['bare-jvm']:>11.0f} ms {cpu[name] - cpu['version']:>16.0f} ms")
PY
