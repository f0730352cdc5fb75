// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providerstreams.h"
#include "routing/routingconfig.h"
#include "routing/routingsession.h"
#include "secrets/apikeystore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
/// An OpenAI chat-completions stream answering `text` in one chunk, without usage.
FakeResponse streamed(const QByteArray &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(QString::fromUtf8(text))});
}
} // namespace

/// The routing session builds a router or a cascade from the routing configuration and runs it
/// against a loopback server: it escalates, sends keys only where they belong, and cancels.
class TestRoutingSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    QNetworkAccessManager m_network;
    ChatClient m_client{&m_network};
    Catalog m_catalog;
    std::unique_ptr<EndpointStore> m_store;
    ApiKeyStore m_keys{nullptr, [](const QString &name) {
                           return name == QLatin1String("RIGHTSIZE_KEY_LARGE") ? QStringLiteral("k-large") : QString();
                       }};

    QString target(const QString &model) const
    {
        return QStringLiteral("openai:%1@%2").arg(model, m_server.url(QStringLiteral("/v1")).toString());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<EndpointStore>(m_dir.filePath(QStringLiteral("endpoints.json")));
        for (const QString &name : {QStringLiteral("small"), QStringLiteral("large")}) {
            Endpoint e;
            e.name = name;
            e.kind = EndpointKind::OpenAi;
            e.baseUrl = m_server.url(QStringLiteral("/v1"));
            e.model = name + QStringLiteral("-model");
            QVERIFY(m_store->add(e).ok());
        }
    }

    void cascadeEscalatesUntilAnAnswerValidates()
    {
        RoutingConfig config;
        config.cascadeLevels = {QStringLiteral("small"), QStringLiteral("large")};
        config.assessors = {QStringLiteral("validation")};
        config.validationRegex = QStringLiteral("^\\d+$");
        const Result<CascadePlan> plan = RoutingSession::planCascade(config, *m_store, m_catalog);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->endpoints().size(), 2);

        m_server.enqueue(streamed("forty-two")); // fails the pattern: escalates
        m_server.enqueue(streamed("42"));
        const int before = m_server.requestCount();
        RoutingSession session(&m_client, &m_keys);
        QSignalSpy started(&session, &RoutingSession::levelStarted);
        QSignalSpy finished(&session, &RoutingSession::cascadeFinished);
        const CascadeResult result = QCoro::waitFor(session.runCascade(*plan, QStringLiteral("Six times seven?")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.level, 1);
        QCOMPARE(result.text, QStringLiteral("42"));
        QCOMPARE(result.levels.size(), 2);
        QVERIFY(!result.levels.at(0).accepted);
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!session.isRunning());
        QCOMPARE(m_server.requestCount() - before, 2);
        // The key is fetched for the endpoint it belongs to and sent only there.
        const QList<RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.at(requests.size() - 2).header("authorization"), QByteArray());
        QCOMPARE(requests.constLast().header("authorization"), QByteArray("Bearer k-large"));
    }

    void routeEscalatesPastAFailingTier()
    {
        RoutingConfig config;
        config.setEndpointFor(Tier::Small, target(QStringLiteral("tiny")));
        config.setEndpointFor(Tier::Medium, target(QStringLiteral("mid")));
        config.setEndpointFor(Tier::Large, target(QStringLiteral("big")));
        RoutingRequest request;
        request.prompt = QStringLiteral("Hello");
        const Result<RoutePlan> plan = RoutingSession::planRoute(config, *m_store, m_catalog, request);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->sendable.ok());
        QCOMPARE(plan->decision.tier, Tier::Small);
        QCOMPARE(plan->endpoints().size(), 3);

        m_server.enqueue(
            FakeResponse::json(500, R"({"error":{"message":"overloaded"}})").header("x-should-retry", "false"));
        m_server.enqueue(streamed("Hi there"));
        RoutingSession session(&m_client, nullptr);
        QSignalSpy attempts(&session, &RoutingSession::attemptFinished);
        const RoutedResult result = QCoro::waitFor(session.runRoute(*plan, request));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(*result.answeredTier, Tier::Medium);
        QCOMPARE(result.answer.text, QStringLiteral("Hi there"));
        QCOMPARE(result.attempts.size(), 2);
        QCOMPARE(attempts.count(), 2);
        QCOMPARE(m_server.requests().constLast().json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("mid"));
    }

    void anUnconfiguredTierIsNeverSent()
    {
        RoutingRequest request;
        request.prompt = QStringLiteral("Hello");
        const Result<RoutePlan> plan = RoutingSession::planRoute(RoutingConfig{}, *m_store, m_catalog, request);
        QVERIFY(plan.ok());
        QVERIFY(!plan->sendable.ok());
        const int before = m_server.requestCount();
        RoutingSession session(&m_client, nullptr);
        const RoutedResult result = QCoro::waitFor(session.runRoute(*plan, request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, plan->sendable.error());
        QCOMPARE(m_server.requestCount(), before);
    }

    void timeoutsReachEveryEndpointOfThePlan()
    {
        RoutingConfig config;
        config.cascadeLevels = {QStringLiteral("small"), target(QStringLiteral("big"))};
        config.assessors = {QStringLiteral("judge")};
        config.judgeEndpoint = QStringLiteral("large");
        TimeoutOverrides timeouts;
        timeouts.idleTimeoutMs = 1500;
        timeouts.maxTimeMs = 9000;
        const Result<CascadePlan> cascade = RoutingSession::planCascade(config, *m_store, m_catalog, timeouts);
        QVERIFY2(cascade.ok(), qPrintable(cascade.error()));
        QCOMPARE(cascade->endpoints().size(), 3);
        for (const Endpoint &endpoint : cascade->endpoints()) {
            QCOMPARE(endpoint.idleTimeoutMs, 1500);
            QCOMPARE(endpoint.maxTimeMs, std::optional<int>(9000));
        }
        config.setEndpointFor(Tier::Small, QStringLiteral("small"));
        const Result<RoutePlan> route = RoutingSession::planRoute(config, *m_store, m_catalog, {}, timeouts);
        QVERIFY(route.ok());
        QCOMPARE(route->tiers.at(Tier::Small).endpoint.idleTimeoutMs, 1500);
    }

    void cancelStopsTheRunAndNothingFurtherIsSent()
    {
        RoutingConfig config;
        config.cascadeLevels = {QStringLiteral("small"), QStringLiteral("large")};
        const Result<CascadePlan> plan = RoutingSession::planCascade(config, *m_store, m_catalog);
        QVERIFY(plan.ok());
        FakeResponse hanging =
            FakeResponse::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Th\"}}]}\n\n"});
        hanging.hang = true;
        m_server.enqueue(hanging);
        const int before = m_server.requestCount();
        RoutingSession session(&m_client, nullptr);
        connect(&session, &RoutingSession::textAppended, &session, [&session] { session.cancel(); });
        QSignalSpy finished(&session, &RoutingSession::cascadeFinished);
        const CascadeResult result = QCoro::waitFor(session.runCascade(*plan, QStringLiteral("Hi")));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(result.levels.size(), 1);
        QVERIFY(result.levels.at(0).answer.error);
        QCOMPARE(result.levels.at(0).answer.error->kind, ChatError::Kind::Cancelled);
        QVERIFY(!session.isRunning());
        QCOMPARE(m_server.requestCount() - before, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoutingSession)
#include "tst_routingsession.moc"
