// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize cascade --prompt TEXT [--levels ENDPOINT_OR_TARGET,…] [--threshold X]
/// [--assessor logprob|consistency|validation|judge]… [--judge ENDPOINT_OR_TARGET] [--config FILE] [--json]`:
/// asks the levels smallest first and returns the first answer whose confidence reaches the
/// threshold (else the last answer), with each level's confidence, latency and cost and the cost
/// of asking the largest level only. Defaults come from routing.json.
/// Exit codes: 0 answered, 1 no level answered, 2 bad usage.
int runCascadeCommand(CommandContext &context, const QStringList &arguments);
