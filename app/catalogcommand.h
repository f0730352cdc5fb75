// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize catalog names|list|show|tasks|import|diff`: the model catalogs, as text or JSON.
int runCatalogCommand(CommandContext &context, const QStringList &arguments);
