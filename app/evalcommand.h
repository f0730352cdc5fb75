// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize eval run|list|show|export`: runs an evaluation set (a promptfoo-style CSV/JSONL
/// file, a Rightsize JSON set, or a set saved before) across endpoints, storing each result in
/// the history database as it arrives; lists, shows and exports stored runs; resumes a stopped
/// run with `run --resume RUN_ID`.
///
/// Exit codes: 0 every case passed on every endpoint; 100 the run finished but some case failed
/// or could not be graded (as promptfoo does, so CI fails); 1 the command could not do its work
/// (database, network setup, cancelled run, file not written); 2 bad usage or a bad set file
/// (the message names the line and the field).
int runEvalCommand(CommandContext &context, const QStringList &arguments);

namespace EvalCli {
/// The exit code of a finished run with failed cases.
inline constexpr int kSomeCasesFailed = 100;
} // namespace EvalCli
