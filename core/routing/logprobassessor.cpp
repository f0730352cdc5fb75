// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "logprobassessor.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QCoro::Task<Assessment> LogprobAssessor::assess(AssessmentContext context)
{
    co_return assessResult(context.answer, m_mode);
}

Assessment LogprobAssessor::assessResult(const ChatResult &answer, Mode mode)
{
    const QString id = QStringLiteral("logprob");
    if (answer.logprobs.isEmpty())
        return Assessment::unavailable(
            id, QCoreApplication::translate("LogprobAssessor", "the endpoint sent no log-probabilities"));

    double sumLog = 0;
    double sumProbability = 0;
    for (const TokenLogprob &token : answer.logprobs) {
        sumLog += token.logprob;
        sumProbability += std::exp(token.logprob);
    }
    const double n = double(answer.logprobs.size());
    Assessment assessment;
    assessment.assessor = id;
    const QLocale english(QLocale::English);
    if (mode == Mode::GeometricMean) {
        const double meanLog = sumLog / n;
        assessment.confidence = std::exp(meanLog);
        assessment.reason = QCoreApplication::translate(
                                "LogprobAssessor", "geometric mean token probability %1 over %2 tokens (perplexity %3)")
                                .arg(english.toString(*assessment.confidence, 'g', 4))
                                .arg(answer.logprobs.size())
                                .arg(english.toString(std::exp(-meanLog), 'g', 4));
    } else {
        assessment.confidence = sumProbability / n;
        assessment.reason = QCoreApplication::translate("LogprobAssessor", "mean token probability %1 over %2 tokens")
                                .arg(english.toString(*assessment.confidence, 'g', 4))
                                .arg(answer.logprobs.size());
    }
    return assessment;
}
