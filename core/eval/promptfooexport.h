// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "evalresult.h"
#include "evalset.h"
#include "providers/endpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

/// What a promptfoo results file says beyond the results: the run it came from.
struct PromptfooRunInfo
{
    qint64 runId = 0;          ///< 0: unknown (`evalId` is null)
    QDateTime startedAt;       ///< invalid: the first result's time is the timestamp
    EvalTemplate prompt;       ///< the template the run used; empty: the set's
    QList<Endpoint> endpoints; ///< for promptfoo-style provider ids; empty: ids are endpoint names
};

/// An evaluation run as the file `promptfoo eval --output results.json` writes, so promptfoo's
/// viewer and CI tooling read it. The shape is promptfoo's `OutputFile` with an
/// `EvaluateSummaryV3` (`results.version` 3), the newest shape: documented in promptfoo's
/// site/docs/configuration/outputs.md ("JSON Output") and typed in its src/types/index.ts
/// (`OutputFile`, `EvaluateSummaryV3`, `EvaluateResult`, `EvaluateStats`, `GradingResult`).
///
/// One prompt × provider pair (`results.prompts[]`) per endpoint in column order; one
/// `results.results[]` entry per result with `promptIdx` (the endpoint), `testIdx` (the case),
/// `vars`, `prompt` {raw: the rendered user message, label: the template}, `provider` {id, label:
/// the endpoint name}, `response.output`, `success`, `score`, `failureReason` (0 passed, 1 an
/// assertion failed, 2 error), `gradingResult.componentResults` (one per assertion, in order),
/// `latencyMs` and `cost`. Unknown figures (cost, tokens) are null or left out, never 0.
namespace PromptfooExport {
QJsonObject outputFile(const EvalSet &set, const QList<EvalResult> &results, const PromptfooRunInfo &run = {});
/// promptfoo's provider id for an endpoint, e.g. "openai:chat:gpt-4.1" or "ollama:chat:llama3".
QString providerId(const Endpoint &endpoint);
} // namespace PromptfooExport
