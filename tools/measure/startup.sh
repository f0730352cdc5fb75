#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Startup time and memory of the Rightsize window beside its peer, a bare Qt Widgets + Charts
# window (tools/measure/barewindow.cpp, built with the benchmarks): runs `rightsize
# --measure-startup` and the bare window N times each, alternating, offscreen and, when xvfb-run
# is installed, on a virtual X server, and prints the median, min and max of
#   first paint (proc)  ms from the kernel's process start to the first painted window (the
#                       app's own figure; /proc counts in 10 ms ticks, so it may read up to 10 high)
#   first paint (exec)  ms from just before exec to the same moment, measured by this script
#   RSS, PSS            resident and proportional memory right after the first paint
#   max RSS             /usr/bin/time -v "Maximum resident set size" over the whole run
# then Rightsize's median first paint (exec) as a multiple of the bare window's. Both programs
# report through the same StartupProbe. Every run starts with empty settings and no user catalogs
# (a first start), so runs compare.
#   tools/measure/startup.sh [runs=10] [binary=build/app/rightsize] [bare=<binary's build>/tools/measure/bare_window]
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-10}"
binary="$(realpath "${2:-${RIGHTSIZE_BIN:-build/app/rightsize}}")"
[ -x "$binary" ] || { echo "startup.sh: no executable at $binary (build it first: tools/dev.sh)" >&2; exit 2; }
bare="$(realpath -m "${3:-$(dirname "$binary")/../tools/measure/bare_window}")"
[ -x "$bare" ] || { echo "startup.sh: no bare window at $bare (configure with -DRIGHTSIZE_BUILD_BENCHMARKS=ON and build bare_window)" >&2; exit 2; }

# A key=value figure of the last run's output.
value() { sed -n "s/^$1=//p" "$work/out.txt"; }

# median min max of the arguments, scaled by a divisor, one decimal
stats() {
    local div="$1"; shift
    printf '%s\n' "$@" | sort -n | awk -v d="$div" '{ v[NR] = $1 / d }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "%8.1f %8.1f %8.1f", m, v[1], v[NR] }'
}

# One run of one program with empty settings; appends its figures to the arrays named <prefix>_*.
run_once() {
    local prefix="$1" program="$2" label="$3"
    local -n paint="${prefix}_paint" exec_ms="${prefix}_exec" rss="${prefix}_rss" pss="${prefix}_pss" \
        maxrss="${prefix}_maxrss"
    rm -rf "$work/home"; mkdir -p "$work/home"
    local start_us=${EPOCHREALTIME/./}
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        XDG_CACHE_HOME="$work/home/.cache" \
        /usr/bin/time -v -o "$work/time.txt" "$program" --measure-startup >"$work/out.txt" 2>"$work/err.txt" || {
        echo "startup.sh: run failed ($label, $program):" >&2; cat "$work/err.txt" >&2; exit 1; }
    paint+=("$(value first_paint_ms)")
    exec_ms+=("$(( ($(value first_paint_epoch_us) - start_us) / 100 ))")   # tenths of ms
    rss+=("$(value rss_kb)")
    pss+=("$(value pss_kb)")
    maxrss+=("$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")")
}

# One line of figures for the runs collected under <prefix>.
report() {
    local prefix="$1" label="$2"
    local -n p="${prefix}_paint" e="${prefix}_exec" r="${prefix}_rss" s="${prefix}_pss" m="${prefix}_maxrss"
    printf '%-16s first paint (proc) ms %s | (exec) ms %s | RSS MB %s | PSS MB %s | max RSS MB %s\n' "$label" \
        "$(stats 1 "${p[@]}")" "$(stats 10 "${e[@]}")" "$(stats 1024 "${r[@]}")" \
        "$(stats 1024 "${s[@]}")" "$(stats 1024 "${m[@]}")"
}

median() { stats 1 "$@" | awk '{ print $1 }'; }

# One platform: N runs of each program, alternating so that a change in the machine's load
# falls on both; one line of figures each and the ratio of the medians.
measure() {
    local label="$1"
    work="$(mktemp -d)"
    app_paint=() app_exec=() app_rss=() app_pss=() app_maxrss=()
    bare_paint=() bare_exec=() bare_rss=() bare_pss=() bare_maxrss=()
    local load_before load_after
    load_before="$(cut -d' ' -f1 /proc/loadavg)"
    for ((i = 0; i < runs; i++)); do
        run_once app "$binary" "$label"
        run_once bare "$bare" "$label"
    done
    load_after="$(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$work"
    report app "$label rightsize"
    report bare "$label bare"
    awk -v a="$(median "${app_exec[@]}")" -v b="$(median "${bare_exec[@]}")" -v l="$label" -v l0="$load_before" -v l1="$load_after" \
        'BEGIN { printf "%-16s first paint (exec) rightsize / bare window: %.2fx (median %.1f / %.1f ms); load %s -> %s\n", l, a / b, a / 10, b / 10, l0, l1 }'
}

if [ -z "${STARTUP_INNER:-}" ]; then
    echo "rightsize startup beside a bare Qt Widgets + Charts window, $runs runs each; columns: median min max"
    echo "binary: $binary"
    echo "bare window: $bare"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
    QT_QPA_PLATFORM=offscreen measure offscreen
    if command -v xvfb-run >/dev/null; then
        # One X server for all runs, so its own start-up is not counted.
        STARTUP_INNER=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$runs" "$binary" "$bare"
    else
        echo "xvfb-run not installed: X11 figures skipped"
    fi
else
    measure xvfb
fi
