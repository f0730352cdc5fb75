// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize recommend`: the tier the rules decide, the task's pick, the three named picks and
/// the catalog models that meet every constraint, as text or one JSON document.
int runRecommendCommand(CommandContext &context, const QStringList &arguments);
