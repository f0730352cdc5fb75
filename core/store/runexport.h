// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

/// Stored runs as files to share: CSV (one row per response), JSON (an array of runs) and JSONL
/// (one run per line). Endpoints appear as stored: name, kind, URL, model — never a key nor
/// where a key is kept.
enum class RunExportFormat { Csv, Json, Jsonl };

std::optional<RunExportFormat> runExportFormatFromName(QStringView name); ///< "csv", "json", "jsonl"
/// The format a file name's extension implies; empty when none fits.
std::optional<RunExportFormat> runExportFormatForPath(const QString &path);

QJsonObject runToJson(const RunRecord &run);
QByteArray exportRuns(const QList<RunRecord> &runs, RunExportFormat format);
/// Writes atomically (QSaveFile); the message names the file on failure.
Status writeRunsExport(const QString &path, const QList<RunRecord> &runs, RunExportFormat format);
