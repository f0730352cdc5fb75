// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

#include "common/result.h"

class Database;
class QCommandLineParser;

/// `rightsize history list|show|export`: the stored runs, as text or JSON, and exported to
/// CSV, JSON or JSONL. Every form accepts --db PATH (default: the app's history file).
int runHistoryCommand(CommandContext &context, const QStringList &arguments);

namespace HistoryCli {
/// --db PATH
QCommandLineOption databaseOption();
/// Opens --db (or the default file); the error names the file.
Status openDatabase(Database &database, const QCommandLineParser &parser);
/// The listener that makes `rightsize compare` store its run (unless --no-store) and report its
/// run_id; CommandLine puts it in the context it gives every command.
CompareListener compareStoring();
} // namespace HistoryCli
