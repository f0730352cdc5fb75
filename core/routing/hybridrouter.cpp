// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "hybridrouter.h"

#include "providers/canceltoken.h"
#include "providers/chatclient.h"

HybridRouter::HybridRouter(ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QCoro::Task<RoutedResult> HybridRouter::execute(RoutingRequest request, QPointer<CancelToken> cancel)
{
    RouteDecision decision = m_policy.decide(request);
    co_return co_await executeDecision(std::move(request), std::move(decision), cancel);
}

QCoro::Task<RoutedResult> HybridRouter::executeDecision(RoutingRequest request, RouteDecision decision,
                                                        QPointer<CancelToken> cancel)
{
    // Copies: the router may be edited or destroyed while this runs.
    const QPointer<HybridRouter> self(this);
    const QPointer<ChatClient> client = m_client;
    const TierMap tiers = m_tiers;
    const ApiKeyLookup keys = m_keys;

    RoutedResult result;
    result.decision = std::move(decision);
    const ChatRequest chat = ChatRequest::fromPrompt(request.prompt);
    QStringList failures;

    for (Tier tier : TierMap::escalationFrom(result.decision.tier)) {
        if (!client) {
            failures.append(tr("%1: the chat client is gone").arg(tierDisplayName(tier)));
            break;
        }
        const PricedEndpoint &target = tiers.at(tier);
        if (self)
            emit self->attemptStarted(tier, target.endpoint);
        StreamObserver observer;
        observer.onText = [self, tier](const QString &delta) {
            if (self)
                emit self->textAppended(tier, delta);
        };
        const QString key = keys ? keys(target.endpoint) : QString();
        ChatResult answer = co_await client->send(target.endpoint, chat, key, observer, cancel);

        RouteAttempt attempt;
        attempt.tier = tier;
        attempt.endpoint = target.endpoint;
        attempt.error = answer.error;
        attempt.latencyMs = answer.latencyMs;
        attempt.httpAttempts = answer.attempts;
        attempt.cost = target.costOf(answer, request.prompt);
        result.attempts.append(attempt);
        result.totalLatencyMs += attempt.latencyMs;
        result.totalCost += attempt.cost;
        if (self)
            emit self->attemptFinished(attempt);

        result.answer = std::move(answer);
        if (result.answer.ok()) {
            result.answeredTier = tier;
            co_return result;
        }
        failures.append(
            tr("%1 (%2): %3").arg(tierDisplayName(tier), target.endpoint.name, result.answer.error->message));
        if (result.answer.error->kind == ChatError::Kind::Cancelled)
            break; // the user stopped the request; escalating would ignore them
    }
    result.error = tr("No tier answered. %1").arg(failures.join(QStringLiteral("; ")));
    co_return result;
}
