#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Fails while a translation lacks a finished entry for a message in the current sources.
# lupdate runs over core/, ui/ and app/ into temporary copies of translations/*.ts (the tracked
# files are left alone), so a string added in the code without a translation shows up here even
# before anyone re-ran tools/i18n/update-translations.sh. Messages that left the sources
# (obsolete/vanished) do not count. Exit 77 (CTest: skipped) only when lupdate is missing.
#   check_translations.sh SOURCE_DIR [LUPDATE]
set -euo pipefail
source_dir="${1:?usage: check_translations.sh SOURCE_DIR [LUPDATE]}"
lupdate="${2:-}"
if [ -z "$lupdate" ] || [ ! -x "$lupdate" ]; then
    # Qt 6's own first: a plain "lupdate" on the PATH may be Qt 5's.
    lupdate=""
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "SKIP: lupdate not found (Debian: apt install qt6-l10n-tools); translations not checked."
    exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shopt -s nullglob
ts_files=("$source_dir"/translations/rightsize_*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
    echo "FAIL: no translations/rightsize_*.ts in $source_dir"
    exit 1
fi

status=0
for ts in "${ts_files[@]}"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    if ! "$lupdate" -silent -no-obsolete -locations none \
            "$source_dir/core" "$source_dir/ui" "$source_dir/app" -ts "$copy" >"$work/lupdate.log" 2>&1; then
        echo "FAIL: lupdate failed on $(basename "$ts"):"
        cat "$work/lupdate.log"
        status=1
        continue
    fi
    # Any warning (a tr() outside a class with Q_OBJECT, say) means a string lupdate cannot
    # place in a context, so it cannot be translated reliably either.
    if grep -q . "$work/lupdate.log"; then
        echo "FAIL: lupdate warnings for $(basename "$ts"):"
        cat "$work/lupdate.log"
        status=1
    fi
    # One line per message that is unfinished, empty or sits in the empty context.
    problems="$(awk '
        function flush() {
            if (in_message && (unfinished || empty || context == ""))
                printf "  [%s] %s%s\n", context, source, (context == "" ? "  (no context: tr() outside a Q_OBJECT class)" : "")
            in_message = 0
        }
        /<name>/ { line = $0; sub(/.*<name>/, "", line); sub(/<\/name>.*/, "", line); context = line }
        /<message/ { in_message = 1; unfinished = 0; empty = 0; source = ""; in_source = 0 }
        /<source>/ { in_source = 1; source = "" }
        in_source {
            line = $0
            sub(/.*<source>/, "", line)
            if (line ~ /<\/source>/) { sub(/<\/source>.*/, "", line); in_source = 0 }
            source = source (source == "" ? "" : "\\n") line
        }
        /<translation[^>]*type="(obsolete|vanished)"/ { in_message = 0 }
        /<translation[^>]*type="unfinished"/ { unfinished = 1 }
        /<translation><\/translation>/ || /<translation\/>/ || /<numerusform><\/numerusform>/ { empty = 1 }
        /<\/message>/ {
            gsub(/&apos;/, "\x27", source); gsub(/&quot;/, "\"", source)
            gsub(/&lt;/, "<", source); gsub(/&gt;/, ">", source); gsub(/&amp;/, "\\&", source)
            flush()
        }
    ' "$copy")"
    if [ -n "$problems" ]; then
        count="$(printf '%s\n' "$problems" | wc -l)"
        echo "FAIL: $(basename "$ts"): $count message(s) without a finished translation:"
        printf '%s\n' "$problems"
        echo "Run tools/i18n/update-translations.sh and translate them (Qt Linguist)."
        status=1
    else
        echo "PASS: $(basename "$ts"): every message in the sources is translated."
    fi
done
exit $status
