// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "confidenceassessor.h"

#include <QStringList>

/// What ValidationAssessor checks.
struct ValidationChecks
{
    bool nonEmpty = true;     ///< the answer has non-whitespace text
    QString regex;            ///< the answer contains a match (QRegularExpression); empty: no check
    bool validJson = false;   ///< the answer is a JSON object or array
    QStringList requiredKeys; ///< the answer is a JSON object with these top-level keys
};

/// Task-specific validation: every configured check must pass for 1.0, else 0.0, with the
/// failing check named. With no checks configured it checks that the answer is not empty.
class ValidationAssessor : public ConfidenceAssessor
{
public:
    using Checks = ValidationChecks;

    explicit ValidationAssessor(Checks checks = {})
        : m_checks(std::move(checks))
    { }

    QString id() const override { return QStringLiteral("validation"); }
    QCoro::Task<Assessment> assess(AssessmentContext context) override;

    /// The same verdict without a call. An invalid regex makes it unavailable (and says why).
    static Assessment check(const QString &answer, const Checks &checks);

private:
    Checks m_checks;
};
