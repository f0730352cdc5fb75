// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize export-chart cost-quality|monthly-cost --out FILE`: the charts of the window as
/// PNG, SVG or PDF; runs under a QApplication.
int runExportChartCommand(CommandContext &context, const QStringList &arguments);
