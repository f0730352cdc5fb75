// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "pricedendpoint.h"
#include "providers/chatrequest.h"
#include "providers/chatresult.h"

#include <QCoroTask>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

class CancelToken;
class ChatClient;

/// How confident an assessor is in one answer, or why it cannot say.
struct Assessment
{
    QString assessor;                 ///< "logprob", "consistency", "validation", "judge", "combined"
    std::optional<double> confidence; ///< 0–1; empty: unavailable
    QString reason;                   ///< translated: how the figure was obtained, or why there is none
    CallCost cost;                    ///< extra calls the assessor made (samples, the judge)
    double latencyMs = 0;             ///< time spent in those calls
    QList<Assessment> parts;          ///< a combination's own parts, in order

    bool available() const { return confidence.has_value(); }
    static Assessment unavailable(const QString &assessor, const QString &reason)
    {
        Assessment a;
        a.assessor = assessor;
        a.reason = reason;
        return a;
    }
};

/// Everything an assessor may look at for one answer.
struct AssessmentContext
{
    QString prompt;
    ChatRequest request; ///< as sent for the answer (assessors re-sample with it)
    ChatResult answer;
    PricedEndpoint endpoint;     ///< who answered, with its price
    QPointer<ChatClient> client; ///< for assessors that make extra calls
    ApiKeyLookup keys;
    QPointer<CancelToken> cancel;
};

/// Scores an answer 0–1 (confidence sources). Implementations are small classes;
/// CombinedAssessor joins several. An assessor must outlive its assess() calls.
class ConfidenceAssessor
{
public:
    virtual ~ConfidenceAssessor() = default;
    /// Stable identifier: "logprob", "consistency", "validation", "judge", "combined".
    virtual QString id() const = 0;
    /// Whether the answer should be requested with token log-probabilities.
    virtual bool wantsLogprobs() const { return false; }
    /// Never fails as such: problems come back as an unavailable Assessment with the reason.
    virtual QCoro::Task<Assessment> assess(AssessmentContext context) = 0;
};
