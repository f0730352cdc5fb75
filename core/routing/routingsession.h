// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "cascade.h"
#include "common/result.h"
#include "hybridrouter.h"
#include "providers/endpoint.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ApiKeyStore;
class CancelToken;
class ChatClient;
class EndpointStore;
struct Catalog;
struct RoutingConfig;

/// A cascade built from a RoutingConfig: its levels and threshold, its confidence source and
/// the judge that source may call.
struct CascadePlan
{
    CascadeConfig cascade;
    std::shared_ptr<ConfidenceAssessor> assessor;
    std::optional<PricedEndpoint> judge;

    /// Every endpoint a run may call: the levels, then the judge.
    QList<Endpoint> endpoints() const;
};

/// A routed request's plan built from a RoutingConfig: the rules, the tier map and what the
/// rules decide for the request.
struct RoutePlan
{
    RoutingPolicy policy;
    TierMap tiers;
    RouteDecision decision;
    /// A failure naming the tiers on the escalation path nobody configured: a plan may be shown
    /// (a dry run) but not sent then.
    Status sendable = success();

    /// Every endpoint a run may call: the decided tier's and the larger ones'.
    QList<Endpoint> endpoints() const;
};

/// The one place a route or a cascade is built from the routing configuration and run: the
/// Routing page and the `route` and `cascade` commands plan with it, then run the plan, and
/// hear about each call through its signals. Keys are fetched up front for the endpoints the
/// plan may call. One run at a time.
class RoutingSession : public QObject
{
    Q_OBJECT
public:
    /// `client` must outlive every run; `keys` may be null (calls go without keys).
    RoutingSession(ChatClient *client, ApiKeyStore *keys, QObject *parent = nullptr);
    ~RoutingSession() override;

    /// The cascade `config` describes, every endpoint with `timeouts` applied; the error names
    /// the level, judge or assessor that is wrong.
    static Result<CascadePlan> planCascade(const RoutingConfig &config, const EndpointStore &endpoints,
                                           const Catalog &catalog, const TimeoutOverrides &timeouts = {});
    /// The route `config` gives `request`; the error names the tier or rule that is wrong.
    static Result<RoutePlan> planRoute(const RoutingConfig &config, const EndpointStore &endpoints,
                                       const Catalog &catalog, const RoutingRequest &request,
                                       const TimeoutOverrides &timeouts = {});

    /// Runs `plan` for `prompt`; also emits cascadeFinished().
    QCoro::Task<CascadeResult> runCascade(CascadePlan plan, QString prompt);
    /// Sends `request` along `plan` (which must be sendable); also emits routeFinished().
    QCoro::Task<RoutedResult> runRoute(RoutePlan plan, RoutingRequest request);

    bool isRunning() const { return m_running; }
    /// Stops the running request: nothing further is sent.
    void cancel();

signals:
    void levelStarted(int level, const Endpoint &endpoint);
    void attemptStarted(Tier tier, const Endpoint &endpoint);
    /// Only the newly arrived text of the call under way.
    void textAppended(const QString &delta);
    void levelFinished(const CascadeLevelResult &level);
    void attemptFinished(const RouteAttempt &attempt);
    void cascadeFinished(const CascadeResult &result);
    void routeFinished(const RoutedResult &result);

private:
    /// Starts a run: a fresh cancel token, or null while another run is going.
    CancelToken *begin();
    void end();
    QCoro::Task<ApiKeyLookup> keysFor(QList<Endpoint> endpoints);

    QPointer<ChatClient> m_client;
    ApiKeyStore *m_keys = nullptr;
    QPointer<CancelToken> m_cancel;
    bool m_running = false;
};
