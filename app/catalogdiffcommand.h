// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize catalog diff A B [--threshold PCT] [--json]`: the models two catalogs (names or files
/// of any format) price more than PCT % apart, with both figures and where each came from.
int runCatalogDiffCommand(CommandContext &context, const QStringList &arguments);
