// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "pricedendpoint.h"
#include "routingpolicy.h"
#include "tiermap.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <optional>

class CancelToken;
class ChatClient;

/// One tier tried while executing a routed request.
struct RouteAttempt
{
    Tier tier = Tier::Small;
    Endpoint endpoint;
    std::optional<ChatError> error; ///< empty when this tier answered
    double latencyMs = 0;           ///< the call's own latency, its HTTP retries included
    int httpAttempts = 0;           ///< requests sent to this endpoint (1 + retries)
    CallCost cost;

    bool ok() const { return !error.has_value(); }
};

/// The outcome of a routed request: the decision, every tier tried, and the answer.
struct RoutedResult
{
    RouteDecision decision;
    std::optional<Tier> answeredTier; ///< empty when every tier failed
    ChatResult answer;                ///< the answering tier's result (the last failure's when none answered)
    QList<RouteAttempt> attempts;     ///< in the order tried
    double totalLatencyMs = 0;        ///< sum over attempts: the caller waited for all of them
    CallCost totalCost;
    QString error; ///< translated, listing each tier's failure; empty on success

    bool ok() const { return answeredTier.has_value(); }
};

/// The article's HybridModelRouter: decides a tier with a RoutingPolicy and calls
/// that tier's endpoint; on failure (after the endpoint's own retries inside ChatClient) it
/// escalates through every larger tier — not only one step, as the article does — and
/// records each failure.
class HybridRouter : public QObject
{
    Q_OBJECT
public:
    /// `client` must outlive every execution.
    explicit HybridRouter(ChatClient *client, QObject *parent = nullptr);

    void setPolicy(const RoutingPolicy &policy) { m_policy = policy; }
    const RoutingPolicy &policy() const { return m_policy; }
    void setTiers(const TierMap &tiers) { m_tiers = tiers; }
    const TierMap &tiers() const { return m_tiers; }
    void setApiKeyLookup(ApiKeyLookup lookup) { m_keys = std::move(lookup); }

    RouteDecision decide(const RoutingRequest &request) const { return m_policy.decide(request); }

    /// Decides and executes. Settings are captured when called, so later edits do not affect
    /// a running request. Cancelling stops the escalation too.
    QCoro::Task<RoutedResult> execute(RoutingRequest request, QPointer<CancelToken> cancel = {});
    /// Executes from `tier` upwards without consulting the rules (the decision is reported as given).
    QCoro::Task<RoutedResult> executeDecision(RoutingRequest request, RouteDecision decision,
                                              QPointer<CancelToken> cancel = {});

signals:
    void attemptStarted(Tier tier, const Endpoint &endpoint);
    /// `delta` is only the newly arrived text of the tier being tried.
    void textAppended(Tier tier, const QString &delta);
    void attemptFinished(const RouteAttempt &attempt);

private:
    QPointer<ChatClient> m_client;
    RoutingPolicy m_policy = RoutingPolicy::articleDefault();
    TierMap m_tiers = TierMap::articleDefaults();
    ApiKeyLookup m_keys;
};
