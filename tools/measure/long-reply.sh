#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# One long reply through `rightsize compare --json --no-store` and through a plain Node consumer
# (long-reply-peer.mjs), for 20k, 200k and 2M tokens: wall time, peak RSS and the reply's text
# size, with the load average. Needs node and `npm ci` in tools/measure.
#   tools/measure/long-reply.sh [rightsize binary=build/app/rightsize] [token counts…]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rightsize="${1:-$here/../../build/app/rightsize}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(20000 200000 2000000)
load() { cut -d' ' -f1-3 /proc/loadavg; }
out="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT

measure() {   # label, command…: prints seconds, peak RSS in MB and the JSON text size
    local label="$1"
    shift
    /usr/bin/time -f '%e %M' -o "$out/time" "$@" >"$out/answer.json"
    read -r seconds kb <"$out/time"
    local chars
    chars="$(node -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const r = a.results ? a.results[0] : a; process.stdout.write(String(Buffer.byteLength(r.text)))' "$out/answer.json")"
    awk -v l="$label" -v t="$tokens" -v s="$seconds" -v k="$kb" -v c="$chars" -v load="$(load)" \
        'BEGIN { printf "%-10s %9d tokens  %6.1f s  peak %6.0f MB  text %6.1f MB  load %s\n", l, t, s, k / 1024, c / 1e6, load }'
}

for tokens in "${counts[@]}"; do
    node "$here/long-reply-server.mjs" "$tokens" >"$out/port" &
    server=$!
    while [ ! -s "$out/port" ]; do sleep 0.1; done
    base="http://127.0.0.1:$(head -1 "$out/port")/v1"
    measure rightsize env RIGHTSIZE_NO_KEYCHAIN=1 "$rightsize" compare --json --no-store --prompt hi \
        --target "openai:tiny@$base"
    measure node node "$here/long-reply-peer.mjs" "$base"
    kill "$server"
    wait "$server" 2>/dev/null || true
    : >"$out/port"
done
