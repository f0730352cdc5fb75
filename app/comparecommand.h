// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize compare`: one prompt through configured endpoints (--endpoint) and ad-hoc ones
/// (--target KIND:MODEL@BASE_URL), streaming; a summary table or one JSON document. Exit 0 when
/// every response completed, 3 when some failed, 2 on bad usage (nothing is sent then).
/// The context's compareListeners add their options and follow the run.
int runCompareCommand(CommandContext &context, const QStringList &arguments);
