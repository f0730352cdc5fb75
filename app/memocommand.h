// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize memo --out FILE`: the decision memo as Markdown, HTML or PDF; runs under a
/// QApplication.
int runMemoCommand(CommandContext &context, const QStringList &arguments);
