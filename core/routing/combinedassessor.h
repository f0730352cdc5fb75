// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "confidenceassessor.h"

#include <QList>

#include <memory>

/// Several assessors as one. Each runs in turn (their extra calls and costs add up); the
/// confidence is the mean or the minimum of those that produced one. Unavailable parts are
/// left out — a missing signal is not evidence of a bad answer — and listed in the reason;
/// when none is available, neither is the combination. Min suits "every check must agree"
/// (e.g. valid JSON and a confident judge); Mean smooths noisy signals.
class CombinedAssessor : public ConfidenceAssessor
{
public:
    enum class Combine { Mean, Min };
    CombinedAssessor(QList<std::shared_ptr<ConfidenceAssessor>> parts, Combine combine = Combine::Mean)
        : m_parts(std::move(parts))
        , m_combine(combine)
    { }

    QString id() const override { return QStringLiteral("combined"); }
    bool wantsLogprobs() const override;
    QCoro::Task<Assessment> assess(AssessmentContext context) override;

    /// The combination of already computed parts (no calls): what assess() returns.
    static Assessment combine(QList<Assessment> parts, Combine combine);

private:
    QList<std::shared_ptr<ConfidenceAssessor>> m_parts;
    Combine m_combine;
};
