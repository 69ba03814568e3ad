#!/usr/bin/env bash
# Start-up benchmark: Promptly on a store vs. an empty JavaFX window, both from JVM start to a drawn window.
# Usage (under a display, e.g. xvfb-run -a -s '-screen 0 1440x900x24'):
#   src/test/scripts/startup-benchmark.sh STORE REP_EMAIL [RUNS]
# Needs target/promptly.jar and target/test-classes (mvn -B -q -DskipTests package test-compile).
set -euo pipefail
store=$1
rep=$2
runs=${3:-7}
cd "$(dirname "$0")/../../.."
prefs_home=$(mktemp -d)
mkdir -p "$prefs_home/.java/.userPrefs/dev/promptly"
cat > "$prefs_home/.java/.userPrefs/dev/promptly/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0"><entry key="rep.email" value="$rep"/></map>
XML
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app=() base=()
for _ in $(seq "$runs"); do
  base+=("$(java -Duser.home="$prefs_home" -cp target/promptly.jar:target/test-classes \
      dev.promptly.bench.EmptyWindowStartup 2>/dev/null | sed -n 's/usable-after-ms=\([0-9]*\).*/\1/p')")
  app+=("$(java -Duser.home="$prefs_home" -Dpromptly.reportStartup=true -jar target/promptly.jar --db "$store" \
      2>/dev/null | sed -n 's/usable-after-ms=\([0-9]*\).*/\1/p')")
done
b=$(printf '%s\n' "${base[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "empty window (ms): ${base[*]}  median $b"
echo "promptly     (ms): ${app[*]}  median $a"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio: %.2f\n", a / b}'
rm -rf "$prefs_home"
