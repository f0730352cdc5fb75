// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "confidenceassessor.h"

/// Confidence from the answer's token log-probabilities.
///
/// GeometricMean is exp(mean log-probability), which is exactly 1 / perplexity: the article's
/// "perplexity" source and the usual "mean token probability" are the same figure. It is the
/// default because one very unlikely token pulls it down hard, which is what a cascade wants.
/// ArithmeticMean averages the per-token probabilities instead, which forgives a single
/// unlikely token.
class LogprobAssessor : public ConfidenceAssessor
{
public:
    enum class Mode { GeometricMean, ArithmeticMean };
    explicit LogprobAssessor(Mode mode = Mode::GeometricMean)
        : m_mode(mode)
    { }

    QString id() const override { return QStringLiteral("logprob"); }
    bool wantsLogprobs() const override { return true; }
    QCoro::Task<Assessment> assess(AssessmentContext context) override;

    /// The same figure without a call, e.g. for stored runs; unavailable without log-probabilities.
    static Assessment assessResult(const ChatResult &answer, Mode mode = Mode::GeometricMean);

private:
    Mode m_mode;
};
