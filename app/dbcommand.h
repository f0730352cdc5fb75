// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize db check|backup FILE|restore FILE`: PRAGMA integrity_check, a VACUUM INTO copy,
/// and putting a checked backup in place. Every form accepts --db PATH.
int runDbCommand(CommandContext &context, const QStringList &arguments);
