// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "routing/cascade.h"
#include "routing/combinedassessor.h"
#include "routing/judgeassessor.h"
#include "routing/logprobassessor.h"
#include "routing/selfconsistencyassessor.h"
#include "routing/validationassessor.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
/// QStringList from literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}
constexpr int kPromptTokens = 10;

/// An OpenAI chat-completions stream spelling `tokens`, with a log-probability per token when
/// given, and usage: kPromptTokens in, one token out per entry of `tokens`.
FakeResponse openAiStream(const QStringList &tokens, const QList<double> &logprobs = {},
                          int promptTokens = kPromptTokens)
{
    QList<ProviderStreams::TokenLogprob> perToken;
    for (qsizetype i = 0; i < logprobs.size(); ++i)
        perToken.append({tokens.at(i), logprobs.at(i)});
    return FakeResponse::sse({ProviderStreams::openAiAnswer(
        tokens.join(QString()), ProviderStreams::Usage{promptTokens, tokens.size()}, perToken)});
}

FakeResponse text(const QString &answer)
{
    return openAiStream({answer});
}

const double kPrices[] = {0.0001, 0.0003, 0.01}; // the article's tiers, per 1k tokens
const double kJudgePrice = 0.02;
} // namespace

class TestCascade : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    FakeHttpServer *m_servers[3] = {};
    FakeHttpServer *m_judgeServer = nullptr;

    PricedEndpoint priced(FakeHttpServer *server, const QString &name, double price) const
    {
        PricedEndpoint p;
        p.endpoint.name = name;
        p.endpoint.model = name + QStringLiteral("-model");
        p.endpoint.baseUrl = server->url(QStringLiteral("/v1"));
        p.endpoint.idleTimeoutMs = 2000;
        p.endpoint.maxTimeMs = 10000;
        p.price = TokenPrice::flat(price);
        return p;
    }
    CascadeConfig config(double threshold = 0.8) const
    {
        CascadeConfig c;
        c.threshold = threshold;
        const char *names[] = {"small", "medium", "large"};
        for (int i = 0; i < 3; ++i)
            c.levels.append(priced(m_servers[i], QString::fromLatin1(names[i]), kPrices[i]));
        return c;
    }
    CascadeResult run(std::shared_ptr<ConfidenceAssessor> assessor, double threshold = 0.8)
    {
        Cascade cascade(m_client);
        cascade.setConfig(config(threshold));
        cascade.setAssessor(std::move(assessor));
        return QCoro::waitFor(cascade.run(QStringLiteral("Capital of France?")));
    }
    QList<int> requestCounts() const
    {
        return {m_servers[0]->requestCount(), m_servers[1]->requestCount(), m_servers[2]->requestCount()};
    }

private slots:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = new ChatClient(m_network, this);
        RetryPolicy policy;
        policy.timeScale = 0.001;
        m_client->setRetryPolicy(policy);
        m_client->setRandomSource([] { return 0.0; });
        for (auto &server : m_servers) {
            server = new FakeHttpServer(this);
            QVERIFY(server->isListening());
        }
        m_judgeServer = new FakeHttpServer(this);
    }
    void cleanup()
    {
        for (auto &server : m_servers)
            delete server;
        delete m_judgeServer;
        delete m_client;
        delete m_network;
    }

    void logprobStopsAtTheRightLevel_data()
    {
        QTest::addColumn<QList<QList<double>>>("levels"); // logprobs per level (two tokens each)
        QTest::addColumn<int>("expectedLevel");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<double>("confidence");
        // exp(mean logprob), worked by hand: exp(-0.075) = 0.928; exp(-0.5) = 0.607; exp(-0.15) = 0.861;
        // exp(-0.4) = 0.670; exp(-0.2) = 0.819; exp(-1.5) = 0.223; exp(-0.25) = 0.779.
        QTest::addRow("small is confident") << QList<QList<double>>{{-0.05, -0.1}} << 0 << true << std::exp(-0.075);
        QTest::addRow("medium is") << QList<QList<double>>{{-0.5, -0.5}, {-0.1, -0.2}} << 1 << true << std::exp(-0.15);
        QTest::addRow("large is") << QList<QList<double>>{{-1, -1}, {-0.5, -0.3}, {-0.2, -0.2}} << 2 << true
                                  << std::exp(-0.2);
        QTest::addRow("none reaches 0.8: last answer")
            << QList<QList<double>>{{-2, -2}, {-1, -2}, {-0.25, -0.25}} << 2 << false << std::exp(-0.25);
    }
    void logprobStopsAtTheRightLevel()
    {
        QFETCH(QList<QList<double>>, levels);
        QFETCH(int, expectedLevel);
        QFETCH(bool, reached);
        QFETCH(double, confidence);
        for (int i = 0; i < levels.size(); ++i)
            m_servers[i]->enqueue(openAiStream({QStringLiteral("Par"), QStringLiteral("is %1").arg(i)}, levels.at(i)));

        const CascadeResult result = run(std::make_shared<LogprobAssessor>());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.level, expectedLevel);
        QCOMPARE(result.reachedThreshold, reached);
        QCOMPARE(result.text, QStringLiteral("Paris %1").arg(expectedLevel));
        QCOMPARE(result.modelUsed, config().levels.at(expectedLevel).endpoint.model);
        QVERIFY(result.confidence.has_value());
        QCOMPARE(*result.confidence, confidence);
        QCOMPARE(result.levels.size(), levels.size());
        QList<int> expectedCounts{0, 0, 0};
        for (int i = 0; i <= expectedLevel; ++i) {
            expectedCounts[i] = 1;
            QVERIFY(m_servers[i]->requests().at(0).json().value(QStringLiteral("logprobs")).toBool());
            const double mean = (levels.at(i).at(0) + levels.at(i).at(1)) / 2;
            QCOMPARE(*result.levels.at(i).assessment.confidence, std::exp(mean));
            QCOMPARE(result.levels.at(i).accepted, i == expectedLevel && reached);
        }
        QCOMPARE(requestCounts(), expectedCounts);

        // Each level: 10 prompt + 2 answer tokens at its price; the largest alone: 12 tokens at $0.01 per 1k.
        double total = 0;
        double latency = 0;
        for (int i = 0; i <= expectedLevel; ++i) {
            QCOMPARE(result.levels.at(i).cost.usd, 12 * kPrices[i] / 1000);
            total += 12 * kPrices[i] / 1000;
            latency += result.levels.at(i).latencyMs;
        }
        QCOMPARE(result.totalCost.usd, total);
        QVERIFY(!result.totalCost.estimated);
        QCOMPARE(result.totalLatencyMs, latency);
        QCOMPARE(result.largestOnlyCost.usd, 12 * 0.01 / 1000);
        QCOMPARE(result.largestOnlyMeasured, expectedLevel == 2);
    }

    // A level without a price costs "unknown": counted, never free, never a stand-in price.
    void unpricedLevelsAreCountedNotFree_data()
    {
        QTest::addColumn<QList<bool>>("priced"); // per level
        QTest::addColumn<int>("answeredBy");     // small is confident (0), or only large is (2)
        QTest::addColumn<int>("unpricedCalls");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("largestOnly");
        // 12 tokens a call: small $0.0000012, medium $0.0000036, large $0.00012.
        QTest::addRow("priced") << QList<bool>{true, true, true} << 0 << 0 << QStringLiteral("$0.0000012")
                                << QStringLiteral("≈ $0.00012");
        QTest::addRow("mixed: small unpriced")
            << QList<bool>{false, true, true} << 2 << 1 << QStringLiteral("≥ $0.000124 (1 call(s) unpriced)")
            << QStringLiteral("$0.00012");
        QTest::addRow("mixed: largest unpriced")
            << QList<bool>{true, true, false} << 0 << 0 << QStringLiteral("$0.0000012") << QStringLiteral("unknown");
        QTest::addRow("unpriced") << QList<bool>{false, false, false} << 2 << 3 << QStringLiteral("unknown")
                                  << QStringLiteral("unknown");
    }
    void unpricedLevelsAreCountedNotFree()
    {
        QFETCH(QList<bool>, priced);
        QFETCH(int, answeredBy);
        QFETCH(int, unpricedCalls);
        QFETCH(QString, total);
        QFETCH(QString, largestOnly);
        CascadeConfig levels = config();
        for (int i = 0; i < 3; ++i) {
            if (!priced.at(i))
                levels.levels[i].price.reset();
            const bool confident = i == answeredBy;
            m_servers[i]->enqueue(openAiStream({QStringLiteral("Par"), QStringLiteral("is")},
                                               confident ? QList<double>{-0.05, -0.1} : QList<double>{-2, -2}));
        }
        Cascade cascade(m_client);
        cascade.setConfig(levels);
        const CascadeResult result = QCoro::waitFor(cascade.run(QStringLiteral("Capital of France?")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.level, answeredBy);
        for (const CascadeLevelResult &level : result.levels) {
            QCOMPARE(level.cost.known(), priced.at(level.level));
            QCOMPARE(level.cost.knownUsd().has_value(), priced.at(level.level));
        }
        QCOMPARE(result.totalCost.unpricedCalls, unpricedCalls);
        QCOMPARE(result.totalCost.pricedCalls + result.totalCost.unpricedCalls, answeredBy + 1);
        QCOMPARE(result.totalCost.known(), unpricedCalls == 0);
        QCOMPARE(costText(result.totalCost), total);
        QCOMPARE(result.largestOnlyCost.known(), priced.at(2));
        QCOMPARE(costText(result.largestOnlyCost), largestOnly);
    }

    void providerLogprobStream()
    {
        // The reference stream: logprobs -0.0125 and -1.25 → exp(-0.63125) = 0.532 < 0.8.
        m_servers[0]->enqueue(FakeResponse::sse({ProviderStreams::openAiWithLogprobs()}));
        m_servers[1]->enqueue(openAiStream({QStringLiteral("Paris")}, {0.0}));
        const CascadeResult result = run(std::make_shared<LogprobAssessor>());
        QCOMPARE(*result.levels.at(0).assessment.confidence, std::exp(-0.63125));
        QCOMPARE(result.levels.at(0).answer.text, ProviderStreams::expectedText());
        QCOMPARE(result.level, 1);
        QCOMPARE(*result.confidence, 1.0);
    }

    void noLogprobsIsUnavailableAndEscalates()
    {
        for (auto *server : m_servers)
            server->enqueue(text(QStringLiteral("Paris")));
        const CascadeResult result = run(std::make_shared<LogprobAssessor>());
        QCOMPARE(result.levels.size(), 3);
        for (const CascadeLevelResult &level : result.levels) {
            QVERIFY(!level.assessment.available());
            QCOMPARE(level.assessment.reason, QStringLiteral("the endpoint sent no log-probabilities"));
        }
        QCOMPARE(result.level, 2);
        QVERIFY(!result.reachedThreshold);
        QVERIFY(!result.confidence.has_value());
    }

    void judgeGrades_data()
    {
        QTest::addColumn<QStringList>("grades");
        QTest::addColumn<int>("expectedLevel");
        QTest::addColumn<bool>("reached");
        QTest::addRow("0.9 at once") << sl({"SCORE: 0.9"}) << 0 << true;
        QTest::addRow("exactly the threshold is accepted") << sl({"SCORE: 0.8"}) << 0 << true;
        QTest::addRow("just below escalates") << sl({"SCORE: 0.79", "SCORE: 0.9"}) << 1 << true;
        QTest::addRow("malformed escalates") << sl({"Score: 0.95", "SCORE: 1"}) << 1 << true;
        QTest::addRow("two numbers escalate") << sl({"SCORE: 0.9 of 1", "SCORE: 0.85"}) << 1 << true;
        QTest::addRow("none reaches") << sl({"SCORE: 0.1", "SCORE: 0.5", "SCORE: 0.7"}) << 2 << false;
    }
    void judgeGrades()
    {
        QFETCH(QStringList, grades);
        QFETCH(int, expectedLevel);
        QFETCH(bool, reached);
        for (int i = 0; i < grades.size(); ++i) {
            m_servers[i]->enqueue(text(QStringLiteral("Paris")));
            // The judge reads 100 tokens and writes 4.
            m_judgeServer->enqueue(
                openAiStream({grades.at(i).left(6), grades.at(i).mid(6), QString(), QString()}, {}, 100));
        }
        auto judge = std::make_shared<JudgeAssessor>(priced(m_judgeServer, QStringLiteral("judge"), kJudgePrice));
        const CascadeResult result = run(judge);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.level, expectedLevel);
        QCOMPARE(result.reachedThreshold, reached);
        QCOMPARE(m_judgeServer->requestCount(), grades.size());
        const QJsonObject judged = m_judgeServer->requests().at(0).json();
        QCOMPARE(judged.value(QStringLiteral("temperature")).toDouble(), 0.0);
        QVERIFY(judged.value(QStringLiteral("messages"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("ANSWER:\n<<<\nParis\n>>>")));
        // Answer: 10 + 1 tokens at the level's price; judge: 100 + 4 tokens at $0.02 per 1k.
        const double judgeCost = 104 * kJudgePrice / 1000;
        double total = 0;
        for (int i = 0; i < grades.size(); ++i) {
            const CascadeLevelResult &level = result.levels.at(i);
            QCOMPARE(level.assessment.cost.usd, judgeCost);
            QCOMPARE(level.answerCost.usd, 11 * kPrices[i] / 1000);
            QCOMPARE(level.cost.usd, 11 * kPrices[i] / 1000 + judgeCost);
            total += level.cost.usd;
        }
        QCOMPARE(result.totalCost.usd, total);
        const Result<double> last = JudgeAssessor::parseScore(grades.constLast());
        QCOMPARE(*result.confidence, last.value());
    }

    void malformedJudgeReplyIsUnavailable()
    {
        m_servers[0]->enqueue(text(QStringLiteral("Paris")));
        m_servers[1]->enqueue(text(QStringLiteral("Paris")));
        m_judgeServer->enqueue(text(QStringLiteral("I am fairly sure: 0.9")));
        m_judgeServer->enqueue(FakeResponse::json(401, QByteArrayLiteral("{\"error\":{\"message\":\"bad key\"}}")));
        m_servers[2]->enqueue(text(QStringLiteral("Paris")));
        m_judgeServer->enqueue(text(QStringLiteral("SCORE: 0.95")));
        auto judge = std::make_shared<JudgeAssessor>(priced(m_judgeServer, QStringLiteral("judge"), kJudgePrice));
        const CascadeResult result = run(judge);
        QCOMPARE(result.level, 2);
        QVERIFY(!result.levels.at(0).assessment.available());
        QCOMPARE(result.levels.at(0).assessment.reason,
                 QStringLiteral("the judge's reply has no line “SCORE: X”: “I am fairly sure: 0.9”"));
        QVERIFY(!result.levels.at(1).assessment.available());
        QVERIFY(result.levels.at(1).assessment.reason.startsWith(QStringLiteral("the judge judge failed: ")));
        QCOMPARE(result.levels.at(1).assessment.cost.usd, 0.0);
        QCOMPARE(*result.confidence, 0.95);
    }

    void consistency_data()
    {
        QTest::addColumn<QStringList>("small"); // original, then the samples
        QTest::addColumn<QStringList>("medium");
        QTest::addColumn<int>("expectedLevel");
        QTest::addColumn<double>("confidence");
        QTest::addRow("identical samples") << sl({"Paris.", "paris", " PARIS "}) << QStringList{} << 0 << 1.0;
        QTest::addRow("differing samples escalate")
            << sl({"Paris", "Lyon", "Nice"}) << sl({"Paris", "Paris", "paris!"}) << 1 << 1.0;
        QTest::addRow("two of three is below 0.8")
            << sl({"Paris", "Paris", "Lyon"}) << sl({"Paris", "paris", "Paris."}) << 1 << 1.0;
    }
    void consistency()
    {
        QFETCH(QStringList, small);
        QFETCH(QStringList, medium);
        QFETCH(int, expectedLevel);
        QFETCH(double, confidence);
        for (const QString &answer : small)
            m_servers[0]->enqueue(text(answer));
        for (const QString &answer : medium)
            m_servers[1]->enqueue(text(answer));
        const CascadeResult result = run(std::make_shared<SelfConsistencyAssessor>(2, 0.7));
        QCOMPARE(result.level, expectedLevel);
        QCOMPARE(*result.confidence, confidence);
        QCOMPARE(*result.levels.at(0).assessment.confidence, SelfConsistencyAssessor::agreement(small));
        QCOMPARE(m_servers[0]->requestCount(), 3);
        // The samples ask at the chosen temperature; the answer itself did not set one.
        QVERIFY(!m_servers[0]->requests().at(0).json().contains(QStringLiteral("temperature")));
        QCOMPARE(m_servers[0]->requests().at(1).json().value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(m_servers[0]->requests().at(2).json().value(QStringLiteral("temperature")).toDouble(), 0.7);
        // Three calls of 10 + 1 tokens at the small price.
        QCOMPARE(result.levels.at(0).cost.usd, 33 * kPrices[0] / 1000);
        QCOMPARE(result.levels.at(0).assessment.reason,
                 QStringLiteral("%1 of 3 answers agree").arg(qRound(SelfConsistencyAssessor::agreement(small) * 3)));
    }

    void failedLevelEscalates()
    {
        m_servers[0]->enqueue(FakeResponse::json(401, QByteArrayLiteral("{\"error\":{\"message\":\"bad key\"}}")));
        m_servers[1]->enqueue(openAiStream({QStringLiteral("Paris")}, {-0.01}));
        Cascade cascade(m_client);
        cascade.setConfig(config());
        QSignalSpy started(&cascade, &Cascade::levelStarted);
        QSignalSpy finished(&cascade, &Cascade::levelFinished);
        QSignalSpy text(&cascade, &Cascade::textAppended);
        const CascadeResult result =
            QCoro::waitFor(cascade.run(QStringLiteral("Capital of France?"))); // default: logprob
        QCOMPARE(result.level, 1);
        QVERIFY(result.levels.at(0).answer.error.has_value());
        QVERIFY(result.levels.at(0).assessment.reason.startsWith(QStringLiteral("the call failed: ")));
        QCOMPARE(result.levels.at(0).cost.usd, 0.0);
        QCOMPARE(started.size(), 2);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(text.size(), 1);
        QCOMPARE(text.at(0).at(0).toInt(), 1);
        // The largest alone is estimated from medium's tokens: 11 at $0.01 per 1k.
        QCOMPARE(result.largestOnlyCost.usd, 11 * 0.01 / 1000);
        QVERIFY(!result.largestOnlyMeasured);
    }

    void lastLevelFailsReturnsLastAnswer()
    {
        m_servers[0]->enqueue(openAiStream({QStringLiteral("Paris")}, {-1.0}));
        m_servers[1]->enqueue(openAiStream({QStringLiteral("Lyon")}, {-2.0}));
        m_servers[2]->enqueue(
            FakeResponse::json(404, QByteArrayLiteral("{\"error\":{\"message\":\"no such model\"}}")));
        const CascadeResult result = run(std::make_shared<LogprobAssessor>());
        QVERIFY(result.ok());
        QCOMPARE(result.levels.size(), 3);
        QCOMPARE(result.level, 1);
        QCOMPARE(result.text, QStringLiteral("Lyon"));
        QCOMPARE(*result.confidence, std::exp(-2.0));
        QVERIFY(!result.reachedThreshold);
    }

    void nothingAnswers()
    {
        for (auto *server : m_servers)
            server->enqueue(FakeResponse::json(401, QByteArrayLiteral("{\"error\":{\"message\":\"bad key\"}}")));
        const CascadeResult result = run(std::make_shared<LogprobAssessor>());
        QVERIFY(!result.ok());
        QVERIFY(result.error.startsWith(QStringLiteral("No level of the cascade answered. level 0 (small): ")));
        QVERIFY(result.error.contains(QStringLiteral("; level 2 (large): ")));
    }

    void combinedMinOfValidationAndLogprob()
    {
        // Confident but not JSON: min(0.99, 0) = 0 → escalate; medium answers JSON confidently.
        m_servers[0]->enqueue(openAiStream({QStringLiteral("Paris")}, {-0.01}));
        m_servers[1]->enqueue(openAiStream({QStringLiteral("{\"city\": \"Paris\"}")}, {-0.1}));
        ValidationChecks checks;
        checks.requiredKeys = {QStringLiteral("city")};
        auto combined = std::make_shared<CombinedAssessor>(
            QList<std::shared_ptr<ConfidenceAssessor>>{std::make_shared<LogprobAssessor>(),
                                                       std::make_shared<ValidationAssessor>(checks)},
            CombinedAssessor::Combine::Min);
        const CascadeResult result = run(combined);
        QCOMPARE(result.level, 1);
        QCOMPARE(*result.levels.at(0).assessment.confidence, 0.0);
        QCOMPARE(result.levels.at(0).assessment.parts.size(), 2);
        QCOMPARE(*result.confidence, std::exp(-0.1));
        QVERIFY(m_servers[0]->requests().at(0).json().value(QStringLiteral("logprobs")).toBool());
    }

    void invalidConfig()
    {
        Cascade cascade(m_client);
        CascadeConfig c = config(1.5);
        cascade.setConfig(c);
        CascadeResult result = QCoro::waitFor(cascade.run(QStringLiteral("x")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("The cascade's threshold 1.5 is outside 0–1."));
        cascade.setConfig(CascadeConfig{});
        result = QCoro::waitFor(cascade.run(QStringLiteral("x")));
        QCOMPARE(result.error, QStringLiteral("The cascade has no levels."));
        QCOMPARE(requestCounts(), (QList<int>{0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestCascade)
#include "tst_cascade.moc"
