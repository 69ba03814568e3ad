#!/usr/bin/env python3
"""Times several commands in turn, round after round, so that a change of load on a shared machine falls on all of
them alike (hyperfine runs each command's runs in one block). Prints, per command, the median wall time and the
median CPU time (user + system, from the kernel's accounting of the child), each also over the first command, and
the load average before and after.
    src/test/scripts/cli-interleaved.py RUNS 'NAME=COMMAND' 'NAME=COMMAND'...
    src/test/scripts/cli-interleaved.py 25 "bare=java -cp /tmp Bare" "version=java -jar target/promptly.jar --version"
A command is split on spaces (no quoting); its output is discarded. Two warm-up rounds are not counted."""
import os, resource, statistics, subprocess, sys, time

def run(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(argv)}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000

runs = int(sys.argv[1])
commands = [(spec.split("=", 1)[0], spec.split("=", 1)[1].split()) for spec in sys.argv[2:]]
load_before = os.getloadavg()
times = {name: ([], []) for name, _ in commands}
for round_ in range(runs + 2):
    for name, argv in commands:
        wall, cpu = run(argv)
        if round_ >= 2:
            times[name][0].append(wall)
            times[name][1].append(cpu)
load_after = os.getloadavg()
print(f"{runs} rounds; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
first = commands[0][0]
base_wall, base_cpu = statistics.median(times[first][0]), statistics.median(times[first][1])
print(f"{'command':<16} {'wall':>8} {'over ' + first:>16} {'cpu':>8} {'over ' + first:>16}")
for name, _ in commands:
    wall, cpu = statistics.median(times[name][0]), statistics.median(times[name][1])
    print(f"{name:<16} {wall:>5.0f} ms {wall - base_wall:>13.0f} ms {cpu:>5.0f} ms {cpu - base_cpu:>13.0f} ms")
