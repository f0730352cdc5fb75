#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Startup time and memory of the Rightsize window: runs `rightsize --measure-startup` N times
# offscreen and, when xvfb-run is installed, on a virtual X server, and prints the median, min
# and max of
#   first paint (proc)  ms from the kernel's process start to the first painted window (the
#                       app's own figure; /proc counts in 10 ms ticks, so it may read up to 10 high)
#   first paint (exec)  ms from just before exec to the same moment, measured by this script
#   RSS, PSS            resident and proportional memory right after the first paint
#   max RSS             /usr/bin/time -v "Maximum resident set size" over the whole run
# Every run starts with empty settings and no user catalogs (a first start), so runs compare.
#   tools/measure/startup.sh [runs=10] [binary=build/app/rightsize]
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-10}"
binary="$(realpath "${2:-${RIGHTSIZE_BIN:-build/app/rightsize}}")"
[ -x "$binary" ] || { echo "startup.sh: no executable at $binary (build it first: tools/dev.sh)" >&2; exit 2; }

# A key=value figure of the last run's output.
value() { sed -n "s/^$1=//p" "$work/out.txt"; }

# One platform: N runs, one line of figures.
measure() {
    local label="$1" work
    work="$(mktemp -d)"
    local paint=() exec_ms=() rss=() pss=() maxrss=()
    for ((i = 0; i < runs; i++)); do
        rm -rf "$work/home"; mkdir -p "$work/home"
        local start_us=${EPOCHREALTIME/./}
        HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
            XDG_CACHE_HOME="$work/home/.cache" \
            /usr/bin/time -v -o "$work/time.txt" "$binary" --measure-startup >"$work/out.txt" 2>"$work/err.txt" || {
            echo "startup.sh: run failed ($label):" >&2; cat "$work/err.txt" >&2; exit 1; }
        paint+=("$(value first_paint_ms)")
        exec_ms+=("$(( ($(value first_paint_epoch_us) - start_us) / 100 ))")   # tenths of ms
        rss+=("$(value rss_kb)")
        pss+=("$(value pss_kb)")
        maxrss+=("$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")")
    done
    rm -rf "$work"
    # median min max of the arguments, scaled by a divisor, one decimal
    stats() {
        local div="$1"; shift
        printf '%s\n' "$@" | sort -n | awk -v d="$div" '{ v[NR] = $1 / d }
            END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                  printf "%8.1f %8.1f %8.1f", m, v[1], v[NR] }'
    }
    printf '%-10s first paint (proc) ms %s | (exec) ms %s | RSS MB %s | PSS MB %s | max RSS MB %s\n' "$label" \
        "$(stats 1 "${paint[@]}")" "$(stats 10 "${exec_ms[@]}")" "$(stats 1024 "${rss[@]}")" \
        "$(stats 1024 "${pss[@]}")" "$(stats 1024 "${maxrss[@]}")"
}

if [ -z "${STARTUP_INNER:-}" ]; then
    echo "rightsize startup, $runs runs each; columns: median min max"
    echo "binary: $binary"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
    QT_QPA_PLATFORM=offscreen measure offscreen
    if command -v xvfb-run >/dev/null; then
        # One X server for all runs, so its own start-up is not counted.
        STARTUP_INNER=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$runs" "$binary"
    else
        echo "xvfb-run not installed: X11 figures skipped"
    fi
else
    measure xvfb
fi
