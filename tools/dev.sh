#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# One-stop set-up on Debian 12: installs what is missing, builds, then runs the app or the tests.
#   tools/dev.sh run    build and open Rightsize
#   tools/dev.sh test   build and run the whole test suite through CTest
set -euo pipefail
cd "$(dirname "$0")/.."

# One list, read by tools/check-build-packages.sh as well: blank lines and comments are skipped.
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' tools/debian-packages.txt)

# One dpkg-query for the whole list: a package it does not know is missing too.
mapfile -t installed < <(dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${packages[@]}" 2>/dev/null |
                         sed -n 's/^installed //p')
missing=()
for p in "${packages[@]}"; do
    printf '%s\n' "${installed[@]}" | grep -qxF "$p" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Configure once; later builds re-run CMake by themselves when a CMakeLists.txt changes.
[ -f build/CMakeCache.txt ] || cmake --preset default >/dev/null
cmake --build --preset default

case "${1:-run}" in
    run)
        shift || true
        exec ./build/app/rightsize "$@" ;;
    test)
        exec ctest --preset default ;;
    *)
        echo "usage: tools/dev.sh run|test" >&2; exit 2 ;;
esac
