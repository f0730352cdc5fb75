#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# One-stop set-up on Debian 12: installs what is missing, builds, then runs the app or the tests.
#   tools/dev.sh run    build and open Rightsize
#   tools/dev.sh test   build and run the whole test suite through CTest
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6sql6-sqlite qcoro-qt6-dev qtkeychain-qt6-dev libgl-dev
          libgtest-dev libbenchmark-dev sqlite3 xvfb xauth
          dpkg-dev file)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset default >/dev/null
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
