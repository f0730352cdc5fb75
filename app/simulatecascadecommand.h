// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize simulate-cascade [--runs WORDS] [--levels NAME,…] [--db PATH] [--step X]
/// [--target-quality Q] [--confidence logprob|validation] [--json]`: replays the stored runs
/// under "smallest first, escalate below threshold t" for a sweep of t (no calls), printing per
/// threshold the share answered at each level, total cost and quality, the "always small" and
/// "always large" reference points and the cheapest threshold meeting the target quality.
/// Exit codes: 0 ok, 1 nothing to replay or the database failed, 2 bad usage.
int runSimulateCascadeCommand(CommandContext &context, const QStringList &arguments);
