// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "evalassertion.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// Identifies one unit of work in an evaluation run: a case, on an endpoint, in a repeat.
/// A resumed run skips the keys it is given.
struct EvalKey
{
    int caseIndex = 0;
    QString endpointName;
    int repeat = 0; ///< 0-based

    friend bool operator==(const EvalKey &, const EvalKey &) = default;
};

inline size_t qHash(const EvalKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.caseIndex, key.endpointName, key.repeat);
}

/// The outcome of one case on one endpoint in one repeat: the answer, its measurements and
/// each assertion's verdict. Emitted as soon as it is known, so a store can persist it.
struct EvalResult
{
    QString setId;
    QString setName;
    int caseIndex = 0;
    QString endpointName;
    QString catalogModel; ///< the endpoint's catalog model id; empty if none
    int repeat = 0;       ///< 0-based
    QString prompt;       ///< the user message as sent (template rendered)
    QString answer;       ///< partial text is kept when the call failed
    double latencyMs = 0;
    std::optional<double> ttftMs;
    std::optional<double> costUsd;      ///< the answer's cost; empty when unpriced or usage unknown
    std::optional<double> judgeCostUsd; ///< what grading llm-rubric assertions cost, when priced
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    QList<AssertionResult> assertions;
    bool passed = false;  ///< the call succeeded and every assertion passed
    double score = 0;     ///< mean of the assertion scores (1 with no assertions); 0 on error
    QString error;        ///< translated: the call failed (answer incomplete); empty when it did not
    QDateTime finishedAt; ///< UTC

    EvalKey key() const { return {caseIndex, endpointName, repeat}; }
    /// True when the call failed or an assertion could not be checked.
    bool hasError() const;
    /// The reasons of the assertions that did not pass (errors included), and the call's error.
    QStringList failureReasons() const;

    /// Every field as one JSON object (for a store's details column or an export); fromJson()
    /// reads it back exactly. Optional numbers are left out when empty.
    QJsonObject toJson() const;
    static EvalResult fromJson(const QJsonObject &object);
};
