// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingsession.h"

#include "providers/canceltoken.h"
#include "providers/chatclient.h"
#include "routingconfig.h"
#include "secrets/apikeyfetch.h"

QList<Endpoint> CascadePlan::endpoints() const
{
    QList<Endpoint> list;
    for (const PricedEndpoint &level : cascade.levels)
        list.append(level.endpoint);
    if (judge)
        list.append(judge->endpoint);
    return list;
}

QList<Endpoint> RoutePlan::endpoints() const
{
    QList<Endpoint> list;
    for (Tier tier : TierMap::escalationFrom(decision.tier))
        list.append(tiers.at(tier).endpoint);
    return list;
}

RoutingSession::RoutingSession(ChatClient *client, ApiKeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{ }

RoutingSession::~RoutingSession()
{
    // Cancelling may finish the run at once: its last signals must not reach receivers that
    // are being torn down with this session.
    disconnect();
    cancel();
}

Result<CascadePlan> RoutingSession::planCascade(const RoutingConfig &config, const EndpointStore &endpoints,
                                                const Catalog &catalog, const TimeoutOverrides &timeouts)
{
    using R = Result<CascadePlan>;
    CascadePlan plan;
    Result<CascadeConfig> cascade = resolveCascade(config, endpoints, catalog);
    if (!cascade)
        return R::failure(cascade.error());
    plan.cascade = std::move(cascade).value();
    if (const QStringList problems = plan.cascade.validate(); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    for (PricedEndpoint &level : plan.cascade.levels)
        timeouts.applyTo(level.endpoint);
    Result<std::optional<PricedEndpoint>> judge = resolveJudge(config, endpoints, catalog);
    if (!judge)
        return R::failure(judge.error());
    plan.judge = std::move(judge).value();
    if (plan.judge)
        timeouts.applyTo(plan.judge->endpoint);
    Result<std::shared_ptr<ConfidenceAssessor>> assessor =
        makeAssessor(config.assessors, AssessorOptions::fromConfig(config, plan.judge));
    if (!assessor)
        return R::failure(assessor.error());
    plan.assessor = std::move(assessor).value();
    return plan;
}

Result<RoutePlan> RoutingSession::planRoute(const RoutingConfig &config, const EndpointStore &endpoints,
                                            const Catalog &catalog, const RoutingRequest &request,
                                            const TimeoutOverrides &timeouts)
{
    using R = Result<RoutePlan>;
    RoutePlan plan;
    Result<TierMap> tiers = resolveTierMap(config, endpoints, catalog);
    if (!tiers)
        return R::failure(tiers.error());
    plan.tiers = std::move(tiers).value();
    for (Tier tier : routerTiers)
        timeouts.applyTo(plan.tiers.at(tier).endpoint);
    if (const QStringList problems = config.policy.validate(); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    plan.policy = config.policy;
    plan.decision = plan.policy.decide(request);
    plan.sendable = requireConfiguredTiers(config, TierMap::escalationFrom(plan.decision.tier));
    return plan;
}

CancelToken *RoutingSession::begin()
{
    if (m_running)
        return nullptr;
    m_running = true;
    auto *token = new CancelToken(this);
    m_cancel = token;
    return token;
}

void RoutingSession::end()
{
    m_running = false;
    if (m_cancel)
        m_cancel->deleteLater();
}

void RoutingSession::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QCoro::Task<ApiKeyLookup> RoutingSession::keysFor(QList<Endpoint> endpoints)
{
    if (!m_keys)
        co_return ApiKeyLookup();
    co_return co_await fetchApiKeys(*m_keys, std::move(endpoints));
}

QCoro::Task<CascadeResult> RoutingSession::runCascade(CascadePlan plan, QString prompt)
{
    QPointer<CancelToken> cancel = begin();
    if (!cancel) {
        CascadeResult busy;
        busy.error = tr("A run is in progress; cancel it first.");
        co_return busy;
    }
    // The cascade lives in this frame, not in the session, so that a session destroyed
    // mid-run does not pull it from under its own coroutine.
    auto cascade = std::make_unique<Cascade>(m_client);
    cascade->setConfig(plan.cascade);
    cascade->setAssessor(plan.assessor);
    connect(cascade.get(), &Cascade::levelStarted, this, &RoutingSession::levelStarted);
    connect(cascade.get(), &Cascade::textAppended, this,
            [this](int, const QString &delta) { emit textAppended(delta); });
    connect(cascade.get(), &Cascade::levelFinished, this, &RoutingSession::levelFinished);
    QPointer<RoutingSession> self(this);
    cascade->setApiKeyLookup(co_await keysFor(plan.endpoints()));
    CascadeResult result;
    if (self)
        result = co_await cascade->run(prompt, cancel);
    if (self) {
        end();
        emit cascadeFinished(result);
    }
    co_return result;
}

QCoro::Task<RoutedResult> RoutingSession::runRoute(RoutePlan plan, RoutingRequest request)
{
    RoutedResult result;
    result.decision = plan.decision;
    if (!plan.sendable) {
        result.error = plan.sendable.error();
        co_return result;
    }
    QPointer<CancelToken> cancel = begin();
    if (!cancel) {
        result.error = tr("A run is in progress; cancel it first.");
        co_return result;
    }
    auto router = std::make_unique<HybridRouter>(m_client);
    router->setPolicy(plan.policy);
    router->setTiers(plan.tiers);
    connect(router.get(), &HybridRouter::attemptStarted, this, &RoutingSession::attemptStarted);
    connect(router.get(), &HybridRouter::textAppended, this,
            [this](Tier, const QString &delta) { emit textAppended(delta); });
    connect(router.get(), &HybridRouter::attemptFinished, this, &RoutingSession::attemptFinished);
    QPointer<RoutingSession> self(this);
    router->setApiKeyLookup(co_await keysFor(plan.endpoints()));
    if (self)
        result = co_await router->executeDecision(request, plan.decision, cancel);
    if (self) {
        end();
        emit routeFinished(result);
    }
    co_return result;
}
