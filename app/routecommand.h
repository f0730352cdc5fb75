// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize route --prompt TEXT [--task NAME] [--reasoning] [--quality standard|medium|high]
/// [--tier small|medium|large=ENDPOINT_OR_TARGET]… [--dry-run] [--config FILE] [--json]`:
/// decides a tier with the routing policy of routing.json (the article's rules by default) and,
/// unless --dry-run, calls that tier's endpoint, escalating through every larger tier on failure.
/// Exit codes: 0 answered (or decided, with --dry-run), 1 every tier failed, 2 bad usage.
int runRouteCommand(CommandContext &context, const QStringList &arguments);
