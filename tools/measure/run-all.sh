#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Re-measures every figure of docs/performance.md: builds a Release tree with the benchmarks,
# runs each Google Benchmark program (3 repetitions, medians) and the startup script, and keeps
# the output under build-measure/results/<date>/ with the machine and the load at each step.
# Run it on a quiet machine; on a shared one the load is printed so that figures can be judged.
#   tools/measure/run-all.sh [build-dir=build-measure]
set -euo pipefail
cd "$(dirname "$0")/../.."

build="${1:-build-measure}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIGHTSIZE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

results="$build/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
load() { cut -d' ' -f1-3 /proc/loadavg; }
{
    echo "date: $(date -Iseconds)"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
} | tee "$results/machine.txt"

export QT_QPA_PLATFORM=offscreen
for bench in "$build"/tests/bench/bench_*; do
    [ -x "$bench" ] || continue
    name="$(basename "$bench")"
    # Not a Google Benchmark program: run below with its own options.
    [ "$name" = bench_streamload ] && continue
    echo "== $name (load $(load))" | tee "$results/$name.txt"
    "$bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
        --benchmark_counters_tabular=true 2>&1 | tee -a "$results/$name.txt"
done

# The streaming load: the page, then the runner alone. It prints the main thread's longest busy
# stretch besides the longest gap, so a figure taken on a busy machine can still be judged.
if [ -x "$build/tests/bench/bench_streamload" ]; then
    for mode in "" --no-page; do
        echo "== bench_streamload $mode (load $(load))" | tee -a "$results/bench_streamload.txt"
        "$build/tests/bench/bench_streamload" --seconds 30 $mode 2>&1 | tee -a "$results/bench_streamload.txt"
    done
fi

echo "== startup (load $(load))" | tee "$results/startup.txt"
tools/measure/startup.sh 15 "$build/app/rightsize" 2>&1 | tee -a "$results/startup.txt"
echo "Results in $results"
