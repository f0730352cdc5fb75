// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "validationassessor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ValidationAssessor)
};

/// Models often wrap JSON in a Markdown fence even when told not to; the content is what counts.
QString withoutCodeFence(const QString &answer)
{
    static const QRegularExpression fence(QStringLiteral("^```[A-Za-z0-9_-]*\\s*\\n(.*)\\n\\s*```$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QString trimmed = answer.trimmed();
    const QRegularExpressionMatch match = fence.match(trimmed);
    return match.hasMatch() ? match.captured(1) : trimmed;
}
} // namespace

QCoro::Task<Assessment> ValidationAssessor::assess(AssessmentContext context)
{
    co_return check(context.answer.text, m_checks);
}

Assessment ValidationAssessor::check(const QString &answer, const Checks &checks)
{
    const QString assessorId = QStringLiteral("validation");
    Assessment assessment;
    assessment.assessor = assessorId;
    QStringList failed;
    QStringList passed;

    if (checks.nonEmpty) {
        if (answer.trimmed().isEmpty())
            failed.append(Texts::tr("the answer is empty"));
        else
            passed.append(Texts::tr("not empty"));
    }
    if (!checks.regex.isEmpty()) {
        const QRegularExpression pattern(checks.regex);
        if (!pattern.isValid())
            return Assessment::unavailable(assessorId,
                                           Texts::tr("the pattern %1 is not a valid regular expression: %2")
                                               .arg(checks.regex, pattern.errorString()));
        if (pattern.match(answer).hasMatch())
            passed.append(Texts::tr("matches %1").arg(checks.regex));
        else
            failed.append(Texts::tr("the answer does not match %1").arg(checks.regex));
    }
    if (checks.validJson || !checks.requiredKeys.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(withoutCodeFence(answer).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || document.isNull()) {
            failed.append(Texts::tr("the answer is not valid JSON: %1").arg(error.errorString()));
        } else if (!checks.requiredKeys.isEmpty()) {
            if (!document.isObject()) {
                failed.append(Texts::tr("the answer is JSON but not an object"));
            } else {
                QStringList missing;
                for (const QString &key : checks.requiredKeys) {
                    if (!document.object().contains(key))
                        missing.append(key);
                }
                if (missing.isEmpty())
                    passed.append(
                        Texts::tr("JSON has the keys %1").arg(checks.requiredKeys.join(QStringLiteral(", "))));
                else
                    failed.append(Texts::tr("the JSON lacks the keys %1").arg(missing.join(QStringLiteral(", "))));
            }
        } else {
            passed.append(Texts::tr("valid JSON"));
        }
    }
    assessment.confidence = failed.isEmpty() ? 1.0 : 0.0;
    assessment.reason = failed.isEmpty() ? Texts::tr("passed: %1").arg(passed.join(QStringLiteral(", ")))
                                         : Texts::tr("failed: %1").arg(failed.join(QStringLiteral("; ")));
    return assessment;
}
