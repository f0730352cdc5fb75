// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "evalresult.h"
#include "evalset.h"
#include "evalstatistics.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One case on one endpoint, over its repeats.
struct EvalCell
{
    int caseIndex = 0;
    QString endpointName;
    int runs = 0; ///< results (repeats) in the cell; 0: not run
    int passes = 0;
    bool passed = false;           ///< every repeat passed
    bool error = false;            ///< some repeat failed to answer or could not be graded
    double score = 0;              ///< mean score over the repeats
    double latencyMs = 0;          ///< mean over the repeats
    std::optional<double> costUsd; ///< mean answer cost per repeat, when every repeat is priced
    QString answer;                ///< of the first repeat that failed, else of the first repeat
    QStringList failureReasons;    ///< of that same repeat

    bool isEmpty() const { return runs == 0; }
    bool operator==(const EvalCell &other) const = default;
};

/// One endpoint's figures over a whole run.
struct EvalEndpointSummary
{
    QString endpointName;
    QString catalogModel;
    int results = 0; ///< n: cases × repeats with a result
    int cases = 0;   ///< distinct cases with a result
    int passes = 0;
    int errors = 0;                    ///< results with a call or grading error (counted as failures)
    double passRate = 0;               ///< passes / results
    double weightedPassRate = 0;       ///< Σ weight·passed / Σ weight (case weights)
    EvalStatistics::Interval interval; ///< 95 % Wilson interval of passRate (over results, unweighted)
    double costUsd = 0;                ///< answers' total cost, priced results only
    int pricedResults = 0;
    std::optional<double> costPerCase;  ///< mean answer cost per result, over priced results
    std::optional<double> judgeCostUsd; ///< grading cost, when any was priced
    std::optional<double> p50LatencyMs; ///< nearest rank, over results whose call succeeded
    std::optional<double> p95LatencyMs;
};

/// The case × endpoint matrix of a run with per-endpoint summaries.
struct EvalMatrix
{
    QStringList endpoints;                ///< column order
    QStringList caseLabels;               ///< row order: the set's cases
    QList<QList<EvalCell>> cells;         ///< [case][endpoint]
    QList<EvalEndpointSummary> summaries; ///< in column order

    /// Endpoint order: `endpointOrder` first (when given), then others as first seen.
    static EvalMatrix build(const EvalSet &set, const QList<EvalResult> &results,
                            const QStringList &endpointOrder = {});
    /// One summary per endpoint of `endpoints`, in that order, over `results` (those of other
    /// endpoints or of no case of `set` are left out): build()'s summaries, or, with
    /// `includedCases` (one flag per case of `set`; empty: every case), those of the cases a filter
    /// shows. An endpoint names its catalog model even when none of its results is included.
    static QList<EvalEndpointSummary> summarize(const EvalSet &set, const QList<EvalResult> &results,
                                                const QStringList &endpoints, const QList<bool> &includedCases = {});

    const EvalCell &cell(int caseIndex, int endpointIndex) const { return cells.at(caseIndex).at(endpointIndex); }
    const EvalEndpointSummary *summary(QStringView endpointName) const;
    /// A plain-text table for tests and logs: one row per case, `PASS`, `FAIL`, `ERROR`, or `-`
    /// (with `k/n` when repeats disagree), columns separated by " | ".
    QString toText() const;
};

/// A case on an endpoint whose verdict changed between two runs.
struct EvalCaseChange
{
    int caseIndex = 0;
    QString caseLabel;
    QString endpointName;
    friend bool operator==(const EvalCaseChange &, const EvalCaseChange &) = default;
};

/// An endpoint's pass rate in two runs.
struct EvalEndpointDelta
{
    QString endpointName;
    double before = 0;
    double after = 0;
    double delta = 0; ///< after − before
};

/// What changed between two runs of the same set: cells (case, endpoint) present in both
/// whose verdict flipped, and each common endpoint's pass-rate change.
struct EvalRunComparison
{
    QList<EvalCaseChange> passToFail;
    QList<EvalCaseChange> failToPass;
    int unchanged = 0;
    QList<EvalEndpointDelta> endpoints;

    static EvalRunComparison compare(const EvalSet &set, const QList<EvalResult> &before,
                                     const QList<EvalResult> &after);
};
