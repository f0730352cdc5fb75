// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "selfconsistencyassessor.h"

#include "providers/chatclient.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

QString SelfConsistencyAssessor::normalise(const QString &answer)
{
    QString text = answer.simplified().toLower();
    while (!text.isEmpty() && text.back().isPunct())
        text.chop(1);
    return text.trimmed();
}

double SelfConsistencyAssessor::agreement(const QStringList &answers)
{
    if (answers.isEmpty())
        return 0;
    QHash<QString, int> counts;
    int most = 0;
    for (const QString &answer : answers)
        most = std::max(most, ++counts[normalise(answer)]);
    return double(most) / double(answers.size());
}

QCoro::Task<Assessment> SelfConsistencyAssessor::assess(AssessmentContext context)
{
    const QString assessorId = QStringLiteral("consistency");
    if (!context.client)
        co_return Assessment::unavailable(
            assessorId, QCoreApplication::translate("SelfConsistencyAssessor", "no chat client to draw samples with"));
    if (m_samples < 1)
        co_return Assessment::unavailable(
            assessorId, QCoreApplication::translate("SelfConsistencyAssessor", "no samples were asked for"));

    ChatRequest request = context.request;
    request.temperature = m_temperature;
    request.logprobs = false;
    const QString key = context.keys ? context.keys(context.endpoint.endpoint) : QString();

    // QCoro tasks start eagerly: creating them all first runs the samples concurrently.
    std::vector<QCoro::Task<ChatResult>> calls;
    calls.reserve(size_t(m_samples));
    for (int i = 0; i < m_samples; ++i)
        calls.push_back(context.client->send(context.endpoint.endpoint, request, key, {}, context.cancel));

    Assessment assessment;
    assessment.assessor = assessorId;
    QStringList answers{context.answer.text};
    QStringList failures;
    for (auto &call : calls) {
        const ChatResult sample = co_await call;
        assessment.cost += context.endpoint.costOf(sample, context.prompt);
        assessment.latencyMs = std::max(assessment.latencyMs, sample.latencyMs); // concurrent: the slowest counts
        if (sample.ok())
            answers.append(sample.text);
        else
            failures.append(sample.error->message);
    }
    if (answers.size() == 1) {
        assessment.reason = QCoreApplication::translate("SelfConsistencyAssessor", "every sample failed: %1")
                                .arg(failures.join(QStringLiteral("; ")));
        co_return assessment;
    }
    assessment.confidence = agreement(answers);
    QHash<QString, int> counts;
    int most = 0;
    for (const QString &answer : answers)
        most = std::max(most, ++counts[normalise(answer)]);
    assessment.reason =
        QCoreApplication::translate("SelfConsistencyAssessor", "%1 of %2 answers agree").arg(most).arg(answers.size());
    if (!failures.isEmpty())
        assessment.reason = QCoreApplication::translate("SelfConsistencyAssessor", "%1 (%2 samples failed: %3)")
                                .arg(assessment.reason)
                                .arg(failures.size())
                                .arg(failures.join(QStringLiteral("; ")));
    co_return assessment;
}
