#!/usr/bin/env bash
# Formats every C++ file in the tree with .clang-format (clang-format 14, Debian's clang-format package).
#   tools/format.sh          rewrite the files in place
#   tools/format.sh --check  list the files that differ from their formatted form; exit 1 if any does
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == "--check" ]]; then
    bad=0
    for f in "${files[@]}"; do
        if ! clang-format --style=file "$f" | cmp -s - "$f"; then
            echo "not formatted: $f (run tools/format.sh)"
            bad=1
        fi
    done
    exit "$bad"
fi
clang-format --style=file -i "${files[@]}"
