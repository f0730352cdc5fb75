#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Qt-specific static analysis with clazy (Debian's clazy package) over the product's own sources:
# every .cpp file in core, ui and app, compiled as build/compile_commands.json says.
#   tools/clazy.sh [BUILD_DIR]   default build; prints each warning once, exits 1 if there is any
#
# The agreed checks are clazy's level 0 and level 1 (among them qstring-arg: chained .arg() calls
# that re-substitute into the text already inserted; range-loop-detach; lambda-in-connect;
# connect-3arg-lambda), without one that does not fit this code base:
#   non-pod-global-static   it flags the file-level `const QString kName = QStringLiteral("…")`
#                           keys and column lists; in Qt 6 a QStringLiteral points at static data,
#                           so they cost no allocation at load time, which is what the check guards
# A warning that is wrong in one place is silenced there with `// clazy:exclude=CHECK` and a reason.
# The build directory must have been built once (moc and uic output are read like headers).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
[ -f "$build/compile_commands.json" ] || { echo "clazy.sh: $build/compile_commands.json is missing (configure and build first)" >&2; exit 2; }
command -v clazy-standalone >/dev/null || { echo "clazy.sh: clazy-standalone is not installed (apt-get install clazy)" >&2; exit 2; }

checks="level1,no-non-pod-global-static"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' |
    xargs -P "$(nproc)" -n 8 clazy-standalone -p "$build" --checks="$checks" \
          --ignore-dirs='(/usr/|_autogen/)' >"$log" 2>&1 || true

warnings="$(grep -E '\[-Wclazy-[a-z0-9-]+\]' "$log" | sort -u || true)"
errors="$(grep -E ': (fatal )?error: ' "$log" | sort -u || true)"
if [ -n "$errors" ]; then
    echo "$errors"
    echo "clazy.sh: clazy could not compile some files (above)" >&2
    exit 2
fi
if [ -n "$warnings" ]; then
    echo "$warnings"
    echo "clazy.sh: $(echo "$warnings" | wc -l) warning(s); fix them or, if a check is wrong here, say why beside its name above" >&2
    exit 1
fi
echo "clazy: no warnings in $(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' | wc -l) files (checks: $checks)"
