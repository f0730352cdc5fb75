// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "routing/hybridrouter.h"
#include "routing/routingpolicy.h"
#include "routing/tiermap.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Tier)
Q_DECLARE_METATYPE(QualityLevel)

namespace {
FakeResponse httpError(int status)
{
    return FakeResponse::json(
        status, QByteArrayLiteral("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}"));
}

RoutingRequest request(const QString &task, bool reasoning, QualityLevel quality, qsizetype length,
                       QChar fill = QLatin1Char('x'))
{
    RoutingRequest r;
    r.taskType = task;
    r.reasoning = reasoning;
    r.quality = quality;
    r.prompt = QString(length, fill);
    return r;
}
} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    FakeHttpServer *m_servers[3] = {};

    TierMap tiers() const
    {
        TierMap map = TierMap::articleDefaults();
        const char *names[] = {"small-ep", "medium-ep", "large-ep"};
        for (int i = 0; i < 3; ++i) {
            PricedEndpoint &tier = map.at(routerTiers[i]);
            tier.endpoint.name = QString::fromLatin1(names[i]);
            tier.endpoint.baseUrl = m_servers[i]->url(QStringLiteral("/v1"));
            tier.endpoint.idleTimeoutMs = 2000;
            tier.endpoint.maxTimeMs = 10000;
        }
        return map;
    }

private slots:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = new ChatClient(m_network, this);
        RetryPolicy policy;
        policy.timeScale = 0.001; // the real policy (2 retries), in milliseconds
        m_client->setRetryPolicy(policy);
        m_client->setRandomSource([] { return 0.0; });
        for (auto &server : m_servers) {
            server = new FakeHttpServer(this);
            QVERIFY(server->isListening());
        }
    }
    void cleanup()
    {
        for (auto &server : m_servers)
            delete server;
        delete m_client;
        delete m_network;
    }

    void articleRules_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("reasoning");
        QTest::addColumn<QualityLevel>("quality");
        QTest::addColumn<int>("length");
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<int>("rule");
        const auto S = QualityLevel::Standard, M = QualityLevel::Medium, H = QualityLevel::High;
        QTest::addRow("classification → small") << "classification" << false << S << 100 << Tier::Small << 0;
        QTest::addRow("extraction → small") << "extraction" << false << S << 100 << Tier::Small << 0;
        QTest::addRow("embedding → small") << "embedding" << false << S << 100 << Tier::Small << 0;
        QTest::addRow("task name case and spaces ignored")
            << " Classification " << false << S << 100 << Tier::Small << 0;
        QTest::addRow("classification beats reasoning, high, long")
            << "classification" << true << H << 20000 << Tier::Small << 0;
        QTest::addRow("reasoning → large") << "analysis" << true << S << 100 << Tier::Large << 1;
        QTest::addRow("quality high → large") << "" << false << H << 100 << Tier::Large << 1;
        QTest::addRow("reasoning beats long prompt") << "" << true << S << 20000 << Tier::Large << 1;
        QTest::addRow("high beats long prompt") << "" << false << H << 20000 << Tier::Large << 1;
        QTest::addRow("prompt 10,001 chars → medium") << "summarization" << false << S << 10001 << Tier::Medium << 2;
        QTest::addRow("prompt 10,000 chars is not longer → small")
            << "summarization" << false << S << 10000 << Tier::Small << 3;
        QTest::addRow("quality medium → medium") << "" << false << M << 10 << Tier::Medium << 2;
        QTest::addRow("otherwise → small") << "chat" << false << S << 10 << Tier::Small << 3;
        QTest::addRow("empty request → small") << "" << false << S << 0 << Tier::Small << 3;
    }
    void articleRules()
    {
        QFETCH(QString, task);
        QFETCH(bool, reasoning);
        QFETCH(QualityLevel, quality);
        QFETCH(int, length);
        QFETCH(Tier, tier);
        QFETCH(int, rule);
        const RouteDecision decision =
            RoutingPolicy::articleDefault().decide(request(task, reasoning, quality, length));
        QCOMPARE(tierId(decision.tier), tierId(tier));
        QCOMPARE(decision.ruleIndex, rule);
        QCOMPARE(decision.checks.size(), rule + 1);
        for (int i = 0; i < rule; ++i)
            QVERIFY2(!decision.checks.at(i).fired, qPrintable(decision.checks.at(i).explanation));
        QVERIFY(decision.checks.constLast().fired);
        QCOMPARE(decision.ruleName, RoutingPolicy::articleDefault().rules.at(rule).name);
    }

    void lengthCountsCharactersNotUtf16Units()
    {
        // 10,000 emoji are 20,000 UTF-16 units but 10,000 characters: not longer than 10,000.
        RoutingRequest r;
        for (int i = 0; i < 10000; ++i)
            r.prompt += QString::fromUcs4(U"\U0001F600", 1);
        QCOMPARE(r.promptLength(), qsizetype(10000));
        QCOMPARE(RoutingPolicy::articleDefault().decide(r).tier, Tier::Small);
    }

    void explanationCitesValues_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QualityLevel>("quality");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expected");
        QTest::addRow("quality medium")
            << "summarization" << QualityLevel::Medium << 12
            << QStringLiteral(
                   "Rule 1 (simple-task) did not fire: task “summarization” is not one of classification, extraction, "
                   "embedding\n"
                   "Rule 2 (reasoning-or-high-quality) did not fire: reasoning was not requested; quality “medium” is "
                   "not one of high\n"
                   "Rule 3 (long-prompt-or-medium-quality) fired: quality “medium” is one of medium → Medium");
        QTest::addRow("boundary 10,000")
            << "" << QualityLevel::Standard << 10000
            << QStringLiteral("Rule 1 (simple-task) did not fire: no task type was given (the rule wants one of "
                              "classification, extraction, embedding)\n"
                              "Rule 2 (reasoning-or-high-quality) did not fire: reasoning was not requested; quality "
                              "“standard” is not one of high\n"
                              "Rule 3 (long-prompt-or-medium-quality) did not fire: quality “standard” is not one of "
                              "medium; the prompt has 10,000 characters, not more than 10,000\n"
                              "Rule 4 (otherwise) fired: it applies to every request → Small");
        QTest::addRow("long prompt") << "" << QualityLevel::Standard << 12345
                                     << QStringLiteral("Rule 1 (simple-task) did not fire: no task type was given (the "
                                                       "rule wants one of classification, extraction, embedding)\n"
                                                       "Rule 2 (reasoning-or-high-quality) did not fire: reasoning was "
                                                       "not requested; quality “standard” is not one of high\n"
                                                       "Rule 3 (long-prompt-or-medium-quality) fired: the prompt has "
                                                       "12,345 characters, more than 10,000 → Medium");
    }
    void explanationCitesValues()
    {
        QFETCH(QString, task);
        QFETCH(QualityLevel, quality);
        QFETCH(int, length);
        QFETCH(QString, expected);
        QCOMPARE(RoutingPolicy::articleDefault().decide(request(task, false, quality, length)).explanation(), expected);
    }

    void editedPolicyChangesDecision()
    {
        RoutingPolicy policy = RoutingPolicy::articleDefault();
        const RoutingRequest r = request(QStringLiteral("chat"), false, QualityLevel::Standard, 6000);
        QCOMPARE(policy.decide(r).tier, Tier::Small);
        policy.rules[2].promptLongerThan = 5000;
        QCOMPARE(policy.decide(r).tier, Tier::Medium);
        // An "all" rule needs every condition.
        RoutingRule both;
        both.name = QStringLiteral("long-and-reasoning");
        both.match = RoutingRule::Match::All;
        both.reasoning = true;
        both.promptLongerThan = 1000;
        both.target = Tier::Medium;
        policy.rules.prepend(both);
        QCOMPARE(policy.decide(request(QStringLiteral("chat"), true, QualityLevel::Standard, 2000)).tier, Tier::Medium);
        QCOMPARE(policy.decide(request(QStringLiteral("chat"), true, QualityLevel::Standard, 500)).tier, Tier::Large);
        QCOMPARE(
            policy.decide(request(QStringLiteral("chat"), true, QualityLevel::Standard, 500)).checks.at(0).explanation,
            QStringLiteral(
                "Rule 1 (long-and-reasoning) did not fire: the prompt has 500 characters, not more than 1,000"));
    }

    void noRuleFiresUsesSmallest()
    {
        RoutingPolicy policy;
        RoutingRule rule;
        rule.name = QStringLiteral("only-reasoning");
        rule.reasoning = true;
        rule.target = Tier::Large;
        policy.rules = {rule};
        const RouteDecision decision = policy.decide(request({}, false, QualityLevel::Standard, 10));
        QCOMPARE(decision.tier, Tier::Small);
        QCOMPARE(decision.ruleIndex, -1);
        QVERIFY(decision.explanation().endsWith(QStringLiteral("No rule fired: the smallest tier, Small, is used.")));
    }

    void jsonRoundTrip()
    {
        const RoutingPolicy policy = RoutingPolicy::articleDefault();
        const QJsonObject json = policy.toJson();
        QCOMPARE(QJsonDocument(json.value(QStringLiteral("rules")).toArray().at(1).toObject())
                     .toJson(QJsonDocument::Compact),
                 QByteArrayLiteral("{\"match\":\"any\",\"name\":\"reasoning-or-high-quality\",\"quality_in\":[\"high\"]"
                                   ",\"reasoning\":true,\"target\":\"large\"}"));
        const Result<RoutingPolicy> back = RoutingPolicy::fromJson(QJsonDocument(json).toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == policy);
    }

    void jsonErrorsNameRuleAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("bad target") << QByteArray(R"({"rules":[{"name":"hard","reasoning":true,"target":"huge"}]})")
                                    << QStringLiteral(
                                           "Rule 1 (hard), field “target”: must be small, medium or large, not “huge”");
        QTest::addRow("tiny is not a router tier")
            << QByteArray(R"({"rules":[{"target":"small"},{"target":"tiny"}]})")
            << QStringLiteral("Rule 2, field “target”: must be small, medium or large, not “tiny”");
        QTest::addRow("missing target") << QByteArray(R"({"rules":[{"name":"x"}]})")
                                        << QStringLiteral("Rule 1 (x), field “target”: is missing");
        QTest::addRow("typo in a field") << QByteArray(R"({"rules":[{"promt_longer_than":5,"target":"small"}]})")
                                         << QStringLiteral("Rule 1, field “promt_longer_than”: unknown field");
        QTest::addRow("bad quality")
            << QByteArray(R"({"rules":[{"name":"q","quality_in":["extreme"],"target":"large"}]})")
            << QStringLiteral("Rule 1 (q), field “quality_in”: “extreme” is not standard, medium or high");
        QTest::addRow("negative length")
            << QByteArray(R"({"rules":[{"name":"l","prompt_longer_than":-1,"target":"medium"}]})")
            << QStringLiteral("Rule 1 (l), field “prompt_longer_than”: the length must not be negative, but is -1");
        QTest::addRow("fractional length")
            << QByteArray(R"({"rules":[{"name":"l","prompt_longer_than":2.5,"target":"medium"}]})")
            << QStringLiteral("Rule 1 (l), field “prompt_longer_than”: must be a whole number of characters");
        QTest::addRow("reasoning not bool")
            << QByteArray(R"({"rules":[{"name":"r","reasoning":"yes","target":"large"}]})")
            << QStringLiteral("Rule 1 (r), field “reasoning”: must be true or false");
        QTest::addRow("bad match") << QByteArray(R"({"rules":[{"name":"m","match":"some","target":"large"}]})")
                                   << QStringLiteral("Rule 1 (m), field “match”: must be “any” or “all”");
        QTest::addRow("no rules") << QByteArray(R"({"rules":[]})")
                                  << QStringLiteral("The routing policy has no rules.");
        QTest::addRow("no rules array") << QByteArray(R"({"rule":[]})")
                                        << QStringLiteral("The routing policy needs a “rules” array.");
    }
    void jsonErrorsNameRuleAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<RoutingPolicy> policy = RoutingPolicy::fromJson(json);
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error(), error);
    }

    void articleTiers()
    {
        const TierMap map = TierMap::articleDefaults();
        QCOMPARE(map.small.endpoint.model, QStringLiteral("phi-3-mini"));
        QCOMPARE(map.small.endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(map.small.maxContextTokens, 4096);
        QCOMPARE(map.small.price->inputPer1k, 0.0001);
        QCOMPARE(map.medium.endpoint.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(map.medium.maxContextTokens, 128000);
        QCOMPARE(map.medium.price->outputPer1k, 0.0003);
        QCOMPARE(map.large.endpoint.model, QStringLiteral("gpt-4o"));
        QCOMPARE(map.large.maxContextTokens, 128000);
        QCOMPARE(map.large.price->inputPer1k, 0.01);
        // 1,500 tokens at $0.01 per 1k.
        QCOMPARE(map.large.price->cost(1000, 500), 0.015);
        QCOMPARE(TierMap::escalationFrom(Tier::Medium), (QList<Tier>{Tier::Medium, Tier::Large}));
    }

    void fallsBackThroughFailingTiers()
    {
        for (int i = 0; i < 3; ++i)
            m_servers[0]->enqueue(httpError(500)); // 1 try + 2 retries inside ChatClient
        m_servers[1]->enqueue(httpError(401));     // never retried
        m_servers[2]->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));

        HybridRouter router(m_client);
        router.setTiers(tiers());
        QSignalSpy started(&router, &HybridRouter::attemptStarted);
        QSignalSpy finished(&router, &HybridRouter::attemptFinished);
        RoutingRequest r;
        r.prompt = QStringLiteral("Say hello");
        const RoutedResult result = QCoro::waitFor(router.execute(r));

        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.decision.tier, Tier::Small);
        QCOMPARE(result.answeredTier, std::optional<Tier>(Tier::Large));
        QCOMPARE(result.answer.text, ProviderStreams::expectedText());
        QCOMPARE(result.attempts.size(), 3);
        QCOMPARE(result.attempts.at(0).tier, Tier::Small);
        QCOMPARE(result.attempts.at(0).endpoint.name, QStringLiteral("small-ep"));
        QVERIFY(result.attempts.at(0).error.has_value());
        QCOMPARE(result.attempts.at(0).error->httpStatus, 500);
        QCOMPARE(result.attempts.at(0).httpAttempts, 3);
        QCOMPARE(result.attempts.at(1).tier, Tier::Medium);
        QCOMPARE(result.attempts.at(1).error->httpStatus, 401);
        QCOMPARE(result.attempts.at(1).httpAttempts, 1);
        QCOMPARE(result.attempts.at(2).tier, Tier::Large);
        QVERIFY(!result.attempts.at(2).error.has_value());
        QCOMPARE(m_servers[0]->requestCount(), 3);
        QCOMPARE(m_servers[1]->requestCount(), 1);
        QCOMPARE(m_servers[2]->requestCount(), 1);
        // Failed calls bill nothing; gpt-4o's 12 + 3 tokens at $0.01 per 1k.
        QCOMPARE(result.attempts.at(0).cost.usd, 0.0);
        QCOMPARE(result.attempts.at(2).cost.usd, 15 * 0.01 / 1000);
        QCOMPARE(result.totalCost.usd, 15 * 0.01 / 1000);
        QVERIFY(!result.totalCost.estimated);
        double latency = 0;
        for (const RouteAttempt &a : result.attempts) {
            QVERIFY(a.latencyMs > 0);
            latency += a.latencyMs;
        }
        QCOMPARE(result.totalLatencyMs, latency);
        QCOMPARE(started.size(), 3);
        QCOMPARE(finished.size(), 3);
        QVERIFY(result.error.isEmpty());
    }

    void startsAtTheRoutedTier()
    {
        m_servers[2]->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        HybridRouter router(m_client);
        router.setTiers(tiers());
        RoutingRequest r;
        r.prompt = QStringLiteral("Prove it");
        r.reasoning = true;
        const RoutedResult result = QCoro::waitFor(router.execute(r));
        QCOMPARE(result.answeredTier, std::optional<Tier>(Tier::Large));
        QCOMPARE(result.attempts.size(), 1);
        QCOMPARE(m_servers[0]->requestCount(), 0);
        QCOMPARE(m_servers[1]->requestCount(), 0);
    }

    void everyTierFails()
    {
        m_servers[1]->enqueue(httpError(401));
        m_servers[2]->enqueue(httpError(404));
        HybridRouter router(m_client);
        router.setTiers(tiers());
        RoutingRequest r;
        r.prompt = QStringLiteral("Summarise");
        r.quality = QualityLevel::Medium;
        const RoutedResult result = QCoro::waitFor(router.execute(r));
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts.size(), 2);
        QCOMPARE(m_servers[0]->requestCount(), 0);
        QVERIFY(result.error.startsWith(QStringLiteral("No tier answered. Medium (medium-ep): ")));
        QVERIFY(result.error.contains(QStringLiteral("; Large (large-ep): ")));
        QVERIFY(result.error.contains(QStringLiteral("401")));
        QVERIFY(result.error.contains(QStringLiteral("404")));
        QVERIFY(result.error.contains(result.attempts.at(0).error->message));
        QVERIFY(result.error.contains(result.attempts.at(1).error->message));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
