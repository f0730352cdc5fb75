// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize cost`: monthly cost and cost per request of one or more models at a volume.
int runCostCommand(CommandContext &context, const QStringList &arguments);
