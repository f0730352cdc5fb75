// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "evalmatrix.h"
#include "evalresult.h"
#include "evalset.h"
#include "promptfooexport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

/// An evaluation run's results as files and as the JSON report of `rightsize eval run/show`.
///
/// Report (`report()`): `endpoints` — one object per endpoint in column order with `name`,
/// `catalog_model`, `pass_rate` (0–1, over results), `weighted_pass_rate`, `ci_low`, `ci_high`
/// (95 % Wilson), `cases` (distinct cases with a result), `results`, `passes`, `errors`,
/// `cost_usd` (answers' total, null when none was priced), `cost_per_case`, `judge_cost_usd`,
/// `p50_latency_ms`, `p95_latency_ms` (null when no call succeeded) — and `cases`: one object per
/// case with `index`, `description` and `results`, one object per endpoint with `endpoint`,
/// `status` (pass, fail, error, not_run), `runs`, `passes`, `score`, `latency_ms`, `cost_usd`,
/// `answer` and `failures`.
///
/// Files: CSV with one row per result (RFC 4180, UTF-8), JSON `{"set", "results": [...]}` and
/// JSONL with one result per line (EvalResult::toJson(), which fromJson() reads back), and
/// promptfoo's results file (PromptfooExport::outputFile(); `run` fills its run fields).
class EvalExport
{
    Q_DECLARE_TR_FUNCTIONS(EvalExport)
public:
    enum class Format { Csv, Json, Jsonl, Promptfoo };

    /// "csv", "json", "jsonl" (or "ndjson"), "promptfoo" (any case)
    static std::optional<Format> formatFromName(QStringView name);
    /// The names formatFromName() takes, for messages: "csv", "json", "jsonl", "promptfoo".
    static QStringList formatNames();
    /// The format a file name's extension implies (.ndjson is JSONL); empty when none fits.
    static std::optional<Format> formatForPath(const QString &path);

    static QJsonObject report(const EvalSet &set, const EvalMatrix &matrix);
    /// "pass", "fail", "error" or "not_run".
    static QString cellStatus(const EvalCell &cell);

    static QByteArray exportResults(const EvalSet &set, const QList<EvalResult> &results, Format format,
                                    const PromptfooRunInfo &run = {});
    /// Writes atomically (QSaveFile); the message names the file on failure.
    static Status write(const QString &path, const EvalSet &set, const QList<EvalResult> &results, Format format,
                        const PromptfooRunInfo &run = {});
};
