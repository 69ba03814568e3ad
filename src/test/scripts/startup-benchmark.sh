#!/usr/bin/env bash
# Start-up benchmark (docs/benchmarks.md): Promptly as installed against an empty JavaFX window, each from JVM start
# to its first drawn frame (for Promptly: the rep's queue on screen with its rows). Runs alternately:
#   promptly       the installed launcher (/opt/promptly/bin/Promptly, or $PROMPTLY_HOME/bin/Promptly)
#   empty window   dev.promptly.bench.EmptyWindowStartup with the JDK on the PATH and its default options
#   empty, tuned   the same window on Promptly's runtime, with its launcher's options and class-data archive
# Usage, under a display (e.g. xvfb-run -a -s '-screen 0 1440x900x24'), after mvn -B -q -DskipTests test-compile:
#   src/test/scripts/startup-benchmark.sh STORE REP_EMAIL [RUNS]
set -euo pipefail
store=$(realpath "$1")
rep=$2
runs=${3:-11}
home=${PROMPTLY_HOME:-/opt/promptly}
cd "$(dirname "$0")/../../.."

# The remembered user, in a settings folder of its own.
prefs_home=$(mktemp -d)
trap 'rm -rf "$prefs_home"' EXIT
mkdir -p "$prefs_home/.config/promptly"
echo "rep.email=$rep" > "$prefs_home/.config/promptly/settings.properties"

# The launcher's JVM options, as its configuration file lists them.
app="$home/lib/app"
mapfile -t options < <(sed -n 's/^java-options=//p' "$app/Promptly.cfg" | sed "s|\$APPDIR|$app|g")

usable() { sed -n 's/usable-after-ms=\([0-9]*\).*/\1/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app_ms=() base_ms=() tuned_ms=()
for _ in $(seq "$runs"); do
  app_ms+=("$(JAVA_TOOL_OPTIONS="-Duser.home=$prefs_home -Dpromptly.reportStartup=true" \
      "$home/bin/Promptly" --db "$store" 2>/dev/null | usable)")
  base_ms+=("$(java -cp target/promptly.jar:target/test-classes dev.promptly.bench.EmptyWindowStartup \
      2>/dev/null | usable)")
  tuned_ms+=("$("$home/lib/runtime/bin/java" "${options[@]}" -cp "$app/promptly.jar:target/test-classes" \
      dev.promptly.bench.EmptyWindowStartup 2>/dev/null | usable)")
done
a=$(printf '%s\n' "${app_ms[@]}" | median)
b=$(printf '%s\n' "${base_ms[@]}" | median)
t=$(printf '%s\n' "${tuned_ms[@]}" | median)
echo "promptly      (ms): ${app_ms[*]}  median $a"
echo "empty window  (ms): ${base_ms[*]}  median $b"
echo "empty, tuned  (ms): ${tuned_ms[*]}  median $t"
awk -v a="$a" -v b="$b" -v t="$t" \
    'BEGIN {printf "ratio to the empty window: %.2f; to the empty window on the same runtime and options: %.2f\n", a / b, a / t}'
