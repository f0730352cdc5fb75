// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascade.h"

#include "logprobassessor.h"
#include "providers/canceltoken.h"
#include "providers/chatclient.h"

#include <QLocale>

QStringList CascadeConfig::validate() const
{
    QStringList errors;
    if (levels.isEmpty())
        errors.append(Cascade::tr("The cascade has no levels."));
    if (!(threshold >= 0.0 && threshold <= 1.0))
        errors.append(Cascade::tr("The cascade's threshold %1 is outside 0–1.")
                          .arg(QLocale(QLocale::English).toString(threshold)));
    return errors;
}

Cascade::Cascade(ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_assessor(std::make_shared<LogprobAssessor>())
{ }

QCoro::Task<CascadeResult> Cascade::run(QString prompt, QPointer<CancelToken> cancel)
{
    co_return co_await run(ChatRequest::fromPrompt(prompt), cancel);
}

QCoro::Task<CascadeResult> Cascade::run(ChatRequest request, QPointer<CancelToken> cancel)
{
    // Copies: the cascade may be edited or destroyed while this runs.
    const QPointer<Cascade> self(this);
    const QPointer<ChatClient> client = m_client;
    const CascadeConfig config = m_config;
    const std::shared_ptr<ConfidenceAssessor> assessor = m_assessor ? m_assessor : std::make_shared<LogprobAssessor>();
    const ApiKeyLookup keys = m_keys;

    CascadeResult result;
    result.threshold = config.threshold;
    if (const QStringList errors = config.validate(); !errors.isEmpty()) {
        result.error = errors.join(QLatin1Char('\n'));
        co_return result;
    }
    request.logprobs = request.logprobs || assessor->wantsLogprobs();
    QString prompt;
    for (const ChatMessage &message : request.messages)
        prompt += message.content;

    int lastAnswered = -1;
    QStringList failures;
    for (int i = 0; i < config.levels.size(); ++i) {
        if (!client) {
            failures.append(tr("the chat client is gone"));
            break;
        }
        const PricedEndpoint &level = config.levels.at(i);
        if (self)
            emit self->levelStarted(i, level.endpoint);
        StreamObserver observer;
        observer.onText = [self, i](const QString &delta) {
            if (self)
                emit self->textAppended(i, delta);
        };
        const QString key = keys ? keys(level.endpoint) : QString();
        CascadeLevelResult tried;
        tried.level = i;
        tried.endpoint = level.endpoint;
        tried.answer = co_await client->send(level.endpoint, request, key, observer, cancel);
        tried.answerCost = level.costOf(tried.answer, prompt);
        tried.cost = tried.answerCost;
        tried.latencyMs = tried.answer.latencyMs;

        if (tried.answer.ok()) {
            AssessmentContext context{prompt, request, tried.answer, level, client, keys, cancel};
            tried.assessment = co_await assessor->assess(std::move(context));
            tried.cost += tried.assessment.cost;
            tried.latencyMs += tried.assessment.latencyMs;
            tried.accepted = tried.assessment.confidence && *tried.assessment.confidence >= config.threshold;
            lastAnswered = i;
        } else {
            tried.assessment =
                Assessment::unavailable(assessor->id(), tr("the call failed: %1").arg(tried.answer.error->message));
            failures.append(tr("level %1 (%2): %3").arg(i).arg(level.endpoint.name, tried.answer.error->message));
        }
        result.totalCost += tried.cost;
        result.totalLatencyMs += tried.latencyMs;
        const bool accepted = tried.accepted;
        const bool cancelled = tried.answer.error && tried.answer.error->kind == ChatError::Kind::Cancelled;
        result.levels.append(tried);
        if (self)
            emit self->levelFinished(result.levels.constLast());
        if (accepted || cancelled)
            break;
    }

    if (lastAnswered < 0) {
        result.error = tr("No level of the cascade answered. %1").arg(failures.join(QStringLiteral("; ")));
        co_return result;
    }
    // The accepted level is the last one tried; otherwise the last answer that arrived.
    const CascadeLevelResult &chosen = result.levels.at(lastAnswered);
    result.level = chosen.level;
    result.endpoint = chosen.endpoint;
    result.modelUsed = chosen.endpoint.model;
    result.text = chosen.answer.text;
    result.confidence = chosen.assessment.confidence;
    result.reachedThreshold = chosen.accepted;

    const int largest = int(config.levels.size()) - 1;
    if (lastAnswered == largest) {
        result.largestOnlyCost = chosen.answerCost;
        result.largestOnlyMeasured = true;
    } else {
        // Unpriced largest level: the comparison is unknown, not free.
        const PricedEndpoint &big = config.levels.at(largest);
        result.largestOnlyCost = big.costOf(chosen.answerCost.inputTokens, chosen.answerCost.outputTokens);
        result.largestOnlyCost.estimated = true;
    }
    co_return result;
}
