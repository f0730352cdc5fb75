#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Fails when the build read a file from a Debian package that the README's commands do not
# install. A machine that already had the package (a developer's, CI's) would otherwise hide the
# missing install step from everybody but the next newcomer.
#
# Files checked, each mapped to its owning package with dpkg -S:
#   - the main <Name>Config.cmake (or <name>-config.cmake) of every <Name>_DIR in CMakeCache.txt,
#   - every *_EXECUTABLE in CMakeCache.txt,
#   - every shared library that ldd lists for the application and the test and benchmark programs.
# A package passes when it is in the Depends/Pre-Depends closure of tools/debian-packages.txt or
# of build-essential, or has priority required or important (every Debian system has those).
#   tools/check-build-packages.sh [build-dir=build]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-build-packages: no $cache; build first" >&2; exit 2; }

mapfile -t listed < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' tools/debian-packages.txt)

# The packages a newcomer ends up with: the closure of the list (and build-essential) over hard
# dependencies only, as --no-install-recommends installs them, plus every required/important one.
allowed="$(mktemp)"; trap 'rm -f "$allowed" "$allowed.files"' EXIT
{
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${listed[@]}" build-essential 2>/dev/null |
        sed -n -e 's/^\([^ <][^ ]*\)$/\1/p' -e 's/^ *|\{0,1\}\(Pre\)\{0,1\}Depends: \([^ <][^ ]*\)$/\2/p'
    dpkg-query -W -f='${Package} ${Priority}\n' | awk '$2 == "required" || $2 == "important" { print $1 }'
} | sed 's/:.*//' | sort -u > "$allowed"

# Every system file the build read.
{
    # <Name>_DIR:PATH=/usr/lib/.../cmake/<Name>: the directory can be shared, the config file is not.
    sed -n 's/^\([A-Za-z0-9_]*\)_DIR:PATH=\(\/.*\)$/\1 \2/p' "$cache" | while read -r name dir; do
        lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
        for f in "$dir/${name}Config.cmake" "$dir/${lower}-config.cmake"; do
            [ -f "$f" ] && { echo "$f"; break; }
        done
    done
    sed -n 's/^[A-Za-z0-9_]*_EXECUTABLE:[A-Z]*=\(\/.*\)$/\1/p' "$cache"
    find "$build" -path '*/CMakeFiles' -prune -o -type f -perm -u+x -print | while read -r exe; do
        file -b "$exe" | grep -q '^ELF.*executable\|^ELF.*pie executable' || continue
        ldd "$exe" 2>/dev/null | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p'
    done
} | sort -u > "$allowed.files"

owner() {
    # dpkg knows a file by the path its package ships; with merged /usr that may be /lib/... for a
    # file found as /usr/lib/..., or the target of a symbolic link.
    local f="$1" p
    for candidate in "$f" "$(readlink -f "$f")" "${f#/usr}" "$(readlink -f "$f" | sed 's|^/usr||')"; do
        p="$(dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1)" || true
        [ -n "$p" ] && { echo "$p"; return; }
    done
}

offenders=0; checked=0
declare -A reported=()
while read -r f; do
    [ -e "$f" ] || continue
    case "$f" in "$PWD"/*) continue ;; esac   # the project's own files
    pkg="$(owner "$f")"
    [ -n "$pkg" ] || continue                 # not from a package (e.g. /usr/local): not apt's to install
    checked=$((checked + 1))
    grep -qxF "$pkg" "$allowed" && continue
    if [ -z "${reported[$pkg]:-}" ]; then
        echo "missing: $f comes from '$pkg', which the README's commands do not install: add $pkg to tools/debian-packages.txt"
        reported[$pkg]=1
        offenders=$((offenders + 1))
    fi
done < "$allowed.files"

if [ "$offenders" -gt 0 ]; then
    echo "check-build-packages: $offenders package(s) missing from tools/debian-packages.txt ($checked system files checked)"
    exit 1
fi
echo "check-build-packages: all $checked system files the build used come from packages the README's commands install"
