#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Refreshes translations/*.ts from the sources: new messages are added as unfinished, existing
# translations are kept, messages no longer in the sources are dropped. Run it after changing
# user-visible strings, translate the unfinished entries (Qt Linguist), then commit the .ts files.
# The build never runs lupdate itself; tests/i18n/check_translations.sh reports what is missing.
#   tools/i18n/update-translations.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/../.."

lupdate="${1:-}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "lupdate not found: install qt6-l10n-tools (Debian) or pass its path." >&2
    exit 1
fi

"$lupdate" -no-obsolete -locations relative core ui app -ts translations/rightsize_*.ts
