#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Screenshots of every page in a real X11 window under Xvfb, as a new user first sees them
# (empty settings and history, the bundled catalog), at each screen size given.
#   tools/screenshots.sh [OUT_DIR=build/screenshots] [SIZE…=1280x800 1920x1080]
# Writes OUT_DIR/<size>/<page>.png; look at them for anything cut off before copying the ones the
# README shows into docs/screenshots/. Needs a built tree (tools/dev.sh) and xvfb, xauth (listed
# in tools/debian-packages.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/screenshots}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1280x800 1920x1080)

home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
for size in "${sizes[@]}"; do
    mkdir -p "$out/$size"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home" \
        xvfb-run -a -s "-screen 0 ${size}x24" ./build/app/rightsize --screenshots "$out/$size"
done
