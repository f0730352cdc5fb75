// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

#include <functional>

class ComparisonRunner;
class QCommandLineParser;

/// `rightsize compare`: one prompt through configured endpoints (--endpoint) and ad-hoc ones
/// (--target KIND:MODEL@BASE_URL), streaming; a summary table or one JSON document. Exit 0 when
/// every response completed, 3 when some failed, 2 on bad usage (nothing is sent then).
int runCompareCommand(CommandContext &context, const QStringList &arguments);

/// Listeners that follow a command-line run (e.g. the history recorder) attach here: called once
/// the runner is built and before it starts, with the parsed command line for their own options.
/// The default does nothing; set it before running the command.
using CompareRunnerHook = std::function<void(ComparisonRunner &runner, const QCommandLineParser &parser)>;
void setCompareRunnerHook(CompareRunnerHook hook);
/// Options the hook's owner adds to `compare` (e.g. --no-store): called while the parser is set up.
using CompareOptionsHook = std::function<void(QCommandLineParser &parser)>;
void setCompareOptionsHook(CompareOptionsHook hook);
