// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "confidenceassessor.h"

#include <QStringList>

/// Self-consistency: asks the same endpoint `samples` more times at `temperature` (concurrently)
/// and measures agreement: the share of answers — the original included — whose normalised
/// text equals the most common one. Failed samples are left out of the count (and named in
/// the reason); if every sample fails the confidence is unavailable. Sample costs are counted.
class SelfConsistencyAssessor : public ConfidenceAssessor
{
public:
    explicit SelfConsistencyAssessor(int samples = 4, double temperature = 0.7)
        : m_samples(samples)
        , m_temperature(temperature)
    { }

    QString id() const override { return QStringLiteral("consistency"); }
    QCoro::Task<Assessment> assess(AssessmentContext context) override;

    int samples() const { return m_samples; }
    double temperature() const { return m_temperature; }

    /// Trimmed, lower-cased, whitespace runs collapsed to one space, trailing punctuation
    /// removed: "  Paris. " and "paris" agree.
    static QString normalise(const QString &answer);
    /// Share of `answers` equal (normalised) to the most common one; 0 for an empty list.
    static double agreement(const QStringList &answers);

private:
    int m_samples;
    double m_temperature;
};
