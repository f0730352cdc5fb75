// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct EvalResult;
struct RunRecord;
struct ResponseRecord;

/// One stored answer to a prompt at one cascade level.
struct SimulatedAnswer
{
    int level = 0; ///< 0 = smallest
    QString endpointName;
    double costUsd = 0;
    bool priced = true; ///< false: the endpoint had no catalog price; costUsd is 0 and unknown
    double latencyMs = 0;
    std::optional<double> confidence; ///< 0–1; empty: unavailable (the cascade escalates)
    std::optional<double> quality;    ///< 0–1: pass = 1, fail = 0, or a score from votes/ratings; empty: unlabelled
};

/// One prompt answered at several levels.
struct SimulatedPrompt
{
    QString label;
    QList<SimulatedAnswer> answers; ///< any order; at most one per level
};

struct SimulationOptions
{
    double step = 0.05;                  ///< thresholds 0, step, 2·step, … 1
    std::optional<double> targetQuality; ///< mark the cheapest threshold whose mean quality reaches this
};

/// The replay at one threshold (or one reference policy).
struct SimulationPoint
{
    double threshold = 0;
    QList<int> answeredAtLevel; ///< prompts whose final answer came from each level
    QList<double> shareAtLevel; ///< the same as shares of all prompts
    double totalCostUsd = 0;    ///< every level tried, for every prompt (priced answers only)
    int unpricedAnswers = 0;    ///< answers tried without a price: the total is then a lower bound,
                                ///< or unknown when every answer tried was unpriced
    int pricedAnswers = 0;
    double totalLatencyMs = 0;
    std::optional<double> meanQuality; ///< over prompts whose final answer is labelled
    int labelled = 0;

    /// The cost is known only when every answer tried had a price.
    bool costKnown() const { return unpricedAnswers == 0; }
};

struct CascadeSimulation
{
    int levelCount = 0;
    int promptCount = 0;
    QList<SimulationPoint> curve; ///< ascending threshold
    SimulationPoint alwaysSmall;  ///< every prompt answered by its smallest level only (threshold 0 in the field)
    SimulationPoint alwaysLarge;  ///< every prompt answered by its largest level only (threshold 1 in the field)
    /// Index into curve: the target met at least cost (ties: the lower threshold); -1 none. Only a
    /// known cost can win over another: a lower bound (unpriced answers) never counts as cheaper.
    int bestIndex = -1;
};

/// A point's total cost as text by formatCostUsd(): "unknown" when no answer tried had a price
/// (endpoints without a catalog model, such as ad-hoc targets), "≥ $x (n call(s) unpriced)" when
/// some had none — never "$0.00", which would read as free.
QString simulationCostText(const SimulationPoint &point);

/// The offline cascade simulator: replays "smallest first, escalate while confidence < t" over
/// stored answers for a sweep of t, with no calls and no database. A prompt without an answer at
/// some level skips that level; an unavailable confidence escalates, as in the live cascade.
class CascadeSimulator
{
public:
    static Result<CascadeSimulation> simulate(const QList<SimulatedPrompt> &prompts,
                                              const SimulationOptions &options = {});
    /// The replay at one threshold (the prompts must be valid, see simulate()).
    static SimulationPoint replay(const QList<SimulatedPrompt> &prompts, double threshold, int levelCount);
    /// The thresholds of a sweep: i / n when `step` divides 1 (so 0.15 is exactly 0.15), else i·step and then 1.
    static QList<double> thresholds(double step);

    /// Stored runs where the same prompt went to several endpoints: level i is the response whose
    /// endpoint is named `levelEndpoints[i]`. Cost, latency come from the record, confidence from
    /// `confidence` (default: the answer's log-probabilities), quality from `quality`.
    /// Failed responses are left out.
    static QList<SimulatedPrompt>
    fromRuns(const QList<RunRecord> &runs, const QStringList &levelEndpoints,
             const std::function<std::optional<double>(const RunRecord &, const ResponseRecord &)> &quality,
             const std::function<std::optional<double>(const ResponseRecord &)> &confidence = {});

    /// An evaluation run's results as labelled prompts: one prompt per case and repeat, level i
    /// is the endpoint named `levelEndpoints[i]` (smallest first); other endpoints are left out.
    /// Quality is the verdict (passed 1, failed 0); an answer whose assertions could not all be
    /// checked is unlabelled, a failed call is left out (as fromRuns() leaves failed responses).
    /// Cost is the answer's (unpriced: 0; the judge's grading cost is not routing cost), latency
    /// the call's. The label is `caseLabels[case]` (else the prompt sent).
    ///
    /// Confidence, by default, is what the live cascade's ValidationAssessor would say with the
    /// case's reference-free assertions as its checks (is-json, json-keys, regex, starts-with,
    /// max-output-tokens, and their not- forms): 1 when the answer is not blank and all of them
    /// passed, else 0. Reference-based verdicts (equals, contains, number, llm-rubric…) are
    /// never used as confidence: they need the expected answer the live cascade does not have,
    /// and using them would let the replay route by the label it is scored on. `confidence`
    /// replaces this choice.
    static QList<SimulatedPrompt>
    fromEvalResults(const QList<EvalResult> &results, const QStringList &levelEndpoints,
                    const QStringList &caseLabels = {},
                    const std::function<std::optional<double>(const EvalResult &)> &confidence = {});
    /// The default confidence of fromEvalResults() for one result.
    static std::optional<double> validationConfidence(const EvalResult &result);
};
