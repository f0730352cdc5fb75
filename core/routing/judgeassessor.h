// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "confidenceassessor.h"

/// LLM-as-judge: a chosen (usually larger) endpoint grades the answer from 0 to 1 with a fixed
/// rubric and must reply with one line "SCORE: X". Parsing is strict — a reply that is not
/// exactly one number, in that line, within 0–1, is no grade at all (unavailable, with the
/// reason) rather than a guess. The judge call's cost and latency are counted.
class JudgeAssessor : public ConfidenceAssessor
{
public:
    explicit JudgeAssessor(PricedEndpoint judge)
        : m_judge(std::move(judge))
    { }

    QString id() const override { return QStringLiteral("judge"); }
    QCoro::Task<Assessment> assess(AssessmentContext context) override;

    const PricedEndpoint &judge() const { return m_judge; }

    /// The fixed rubric sent as the system prompt (model-facing, so not translated).
    static QString rubric();
    /// The judge's request for one prompt and answer (temperature 0).
    static ChatRequest judgeRequest(const QString &prompt, const QString &answer);
    /// The grade in `reply`: the reply must contain exactly one number, on a line of its own
    /// reading "SCORE: X", with 0 ≤ X ≤ 1. Otherwise a translated reason.
    static Result<double> parseScore(const QString &reply);

private:
    PricedEndpoint m_judge;
};
