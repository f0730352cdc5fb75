// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/comparisonrunner.h"
#include "compare/responsemetrics.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "secrets/apikeystore.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
Catalog pricedCatalog()
{
    Catalog catalog;
    catalog.name = QStringLiteral("test");
    catalog.date = QDate(2026, 3, 1);
    ModelSpec mini;
    mini.id = QStringLiteral("gpt-4o-mini");
    mini.inputPricePerMTok = 0.15;
    mini.outputPricePerMTok = 0.60;
    ModelSpec haiku;
    haiku.id = QStringLiteral("claude-haiku");
    haiku.inputPricePerMTok = 1.0;
    haiku.outputPricePerMTok = 5.0;
    catalog.models = {mini, haiku};
    return catalog;
}

/// Follows the runner's signals and checks their order per response.
struct Trace
{
    QMap<int, QString> text;
    QList<int> started;
    QList<int> finished;
    QList<ResponseRecord> responses;
    int active = 0;
    int maxActive = 0;
    int runsFinished = 0;
    QStringList orderProblems;
    RunRecord run;

    void follow(ComparisonRunner &runner)
    {
        QObject::connect(&runner, &ComparisonRunner::responseStarted, &runner, [this](int p) {
            if (started.contains(p))
                orderProblems << QStringLiteral("started twice %1").arg(p);
            started << p;
            maxActive = std::max(maxActive, ++active);
        });
        QObject::connect(&runner, &ComparisonRunner::textAppended, &runner, [this](int p, const QString &delta) {
            if (!started.contains(p) || finished.contains(p))
                orderProblems << QStringLiteral("text outside start/finish %1").arg(p);
            text[p] += delta;
        });
        QObject::connect(&runner, &ComparisonRunner::responseFinished, &runner, [this](int p, const ResponseRecord &r) {
            if (!started.contains(p) || finished.contains(p))
                orderProblems << QStringLiteral("finish out of order %1").arg(p);
            finished << p;
            responses << r;
            --active;
        });
        QObject::connect(&runner, &ComparisonRunner::runFinished, &runner, [this](const RunRecord &r) {
            ++runsFinished;
            run = r;
        });
    }
};
} // namespace

class TestComparisonRunner : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    ComparisonRunner *m_runner = nullptr;
    std::unique_ptr<ApiKeyStore> m_keys;
    QMap<QString, QString> m_env;
    QList<FakeHttpServer *> m_servers;

    FakeHttpServer *server()
    {
        auto *s = new FakeHttpServer(this);
        m_servers << s;
        return s;
    }

    Endpoint endpoint(EndpointKind kind, FakeHttpServer *s, const QString &name, const QString &catalogModel = {})
    {
        Endpoint e;
        e.name = name;
        e.kind = kind;
        e.baseUrl = s->url(kind == EndpointKind::OpenAi ? QStringLiteral("/v1") : QString());
        e.model = QStringLiteral("tiny");
        e.catalogModel = catalogModel;
        e.idleTimeoutMs = 2000;
        e.maxTimeMs = 5000;
        return e;
    }

    static PromptTemplate prompt(const QString &user = QStringLiteral("Say hello"))
    {
        PromptTemplate p;
        p.user = user;
        return p;
    }

    // QCoro::waitFor needs a default-constructible value; Result is not.
    QCoro::Task<std::pair<RunRecord, QString>> awaitRun(QList<Endpoint> endpoints)
    {
        const Result<RunRecord> r = co_await m_runner->run(prompt(), endpoints);
        co_return r.ok() ? std::pair(r.value(), QString()) : std::pair(RunRecord(), r.error());
    }

    bool waitForRun(const Trace &trace, int timeoutMs = 8000)
    {
        return QTest::qWaitFor([&] { return trace.runsFinished > 0; }, timeoutMs);
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
        m_env.clear();
        m_keys = std::make_unique<ApiKeyStore>(nullptr, [this](const QString &name) { return m_env.value(name); });
        m_runner = new ComparisonRunner(m_client, this);
        m_runner->setKeyStore(m_keys.get());
        m_runner->setCatalog(pricedCatalog());
    }
    void cleanup()
    {
        delete m_runner;
        qDeleteAll(m_servers);
        m_servers.clear();
        delete m_client;
        delete m_network;
        m_keys.reset();
    }

    void runsEveryKindAndReportsInPositionOrder()
    {
        FakeHttpServer *openai = server();
        FakeHttpServer *anthropic = server();
        FakeHttpServer *ollama = server();
        // The first column finishes last: results still come back in column order.
        openai->enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 64), 40));
        anthropic->enqueue(FakeResponse::sse({ProviderStreams::anthropic()}));
        ollama->enqueue(FakeResponse::ndjson({ProviderStreams::ollama()}));
        Trace trace;
        trace.follow(*m_runner);
        QSignalSpy started(m_runner, &ComparisonRunner::runStarted);
        const Status status = m_runner->start(
            prompt(),
            {endpoint(EndpointKind::OpenAi, openai, QStringLiteral("oa"), QStringLiteral("gpt-4o-mini")),
             endpoint(EndpointKind::Anthropic, anthropic, QStringLiteral("an"), QStringLiteral("claude-haiku")),
             endpoint(EndpointKind::Ollama, ollama, QStringLiteral("ol"))});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<RunRecord>().responses.size(), 3);
        QVERIFY(waitForRun(trace));
        QCOMPARE(trace.runsFinished, 1);
        QVERIFY2(trace.orderProblems.isEmpty(), qPrintable(trace.orderProblems.join(u',')));
        QCOMPARE(trace.finished.last(), 0); // the slow one

        const RunRecord &run = trace.run;
        QCOMPARE(run.responses.size(), 3);
        const QList<qint64> inputs{12, 25, 26};
        const QList<qint64> outputs{3, 15, 3};
        for (int i = 0; i < 3; ++i) {
            const ResponseRecord &r = run.responses.at(i);
            QCOMPARE(r.position, i);
            QCOMPARE(r.status, ResponseRecord::Status::Complete);
            QCOMPARE(r.result.text, ProviderStreams::expectedText());
            QCOMPARE(trace.text.value(i), ProviderStreams::expectedText());
            QCOMPARE(r.result.inputTokens, std::optional<qint64>(inputs.at(i)));
            QCOMPARE(r.result.outputTokens, std::optional<qint64>(outputs.at(i)));
            QCOMPARE(r.result.attempts, 1);
            QVERIFY(r.result.ttftMs.has_value());
            QVERIFY(r.result.latencyMs >= *r.result.ttftMs);
            QCOMPARE(r.tokensPerSecond, ResponseMetrics::tokensPerSecond(r.result));
        }
        QCOMPARE(run.responses.at(0).result.finishReason, QStringLiteral("stop"));
        QCOMPARE(run.responses.at(1).result.finishReason, QStringLiteral("end_turn"));
        // 12 × 0.15 + 3 × 0.60 = 3.6 USD per million; 25 × 1 + 15 × 5 = 100 USD per million.
        QVERIFY(run.responses.at(0).costUsd.has_value());
        QCOMPARE(*run.responses.at(0).costUsd, 3.6e-6);
        QCOMPARE(*run.responses.at(1).costUsd, 100e-6);
        QCOMPARE(run.responses.at(1).price->catalogName, QStringLiteral("test"));
        QCOMPARE(run.responses.at(1).price->catalogDate, QDate(2026, 3, 1));
        QVERIFY(!run.responses.at(2).price.has_value()); // no catalog model: unpriced
        QVERIFY(!run.responses.at(2).costUsd.has_value());
    }

    void respectsConcurrencyLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expectedMaxActive");
        QTest::addRow("one at a time") << 1 << 1;
        QTest::addRow("two") << 2 << 2;
        QTest::addRow("more than endpoints") << 8 << 3;
    }
    void respectsConcurrencyLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, expectedMaxActive);
        QList<Endpoint> endpoints;
        for (int i = 0; i < 3; ++i) {
            FakeHttpServer *s = server();
            s->enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 200), 60));
            endpoints << endpoint(EndpointKind::OpenAi, s, QStringLiteral("e%1").arg(i));
        }
        m_runner->setConcurrency(limit);
        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner->start(prompt(), endpoints).ok());
        QVERIFY(waitForRun(trace));
        QCOMPARE(trace.maxActive, expectedMaxActive);
        QCOMPARE(trace.started, (QList<int>{0, 1, 2}));
        for (const ResponseRecord &r : trace.run.responses)
            QCOMPARE(r.status, ResponseRecord::Status::Complete);
    }

    void failingEndpointsDoNotStopTheOthers()
    {
        FakeHttpServer *good = server();
        FakeHttpServer *unauthorized = server();
        good->enqueue(FakeResponse::sse({ProviderStreams::llamaCpp()}));
        unauthorized->enqueue(FakeResponse::json(
            401, R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})"));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        Endpoint refused = endpoint(EndpointKind::OpenAi, good, QStringLiteral("refused"));
        refused.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort()));
        closed.close(); // nothing listens there any more: connection refused

        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner
                    ->start(prompt(),
                            {endpoint(EndpointKind::OpenAi, unauthorized, QStringLiteral("bad-key")),
                             endpoint(EndpointKind::OpenAi, good, QStringLiteral("llama")), refused})
                    .ok());
        QVERIFY(waitForRun(trace));
        const RunRecord &run = trace.run;
        QCOMPARE(run.responses.at(0).status, ResponseRecord::Status::Failed);
        QCOMPARE(run.responses.at(0).result.error->kind, ChatError::Kind::Http);
        QCOMPARE(run.responses.at(0).result.error->httpStatus, 401);
        QCOMPARE(run.responses.at(0).result.error->providerMessage, QStringLiteral("Incorrect API key provided"));
        QCOMPARE(run.responses.at(0).result.attempts, 1); // 401 is never retried
        QCOMPARE(run.responses.at(1).status, ResponseRecord::Status::Complete);
        QCOMPARE(run.responses.at(1).result.text, ProviderStreams::expectedText());
        QCOMPARE(run.responses.at(2).status, ResponseRecord::Status::Failed);
        QCOMPARE(run.responses.at(2).result.error->kind, ChatError::Kind::Connection);
        QCOMPARE(run.responses.at(2).result.attempts, 3); // connection errors: retried twice
    }

    void cancelsOneResponseKeepingItsText()
    {
        FakeHttpServer *slow = server();
        FakeHttpServer *fast = server();
        FakeResponse hanging = FakeResponse::sse(
            {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"});
        hanging.hang = true;
        slow->enqueue(hanging);
        fast->enqueue(FakeResponse::sse({ProviderStreams::openAi()}, 0));
        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner
                    ->start(prompt(),
                            {endpoint(EndpointKind::OpenAi, slow, QStringLiteral("slow")),
                             endpoint(EndpointKind::OpenAi, fast, QStringLiteral("fast"))})
                    .ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return trace.text.value(0) == QLatin1String("Hel") && trace.finished.contains(1); }, 5000));
        QVERIFY(m_runner->isRunning());
        QElapsedTimer clock;
        clock.start();
        m_runner->cancel(0);
        QVERIFY(waitForRun(trace, 2000));
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(trace.run.responses.at(0).status, ResponseRecord::Status::Cancelled);
        QCOMPARE(trace.run.responses.at(0).result.text, QStringLiteral("Hel"));
        QCOMPARE(trace.run.responses.at(1).status, ResponseRecord::Status::Complete);
    }

    void cancelAllEndsWaitingResponsesToo()
    {
        m_runner->setConcurrency(1);
        FakeHttpServer *s = server();
        FakeResponse hanging = FakeResponse::sse({});
        hanging.hang = true;
        s->enqueue(hanging);
        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner
                    ->start(prompt(),
                            {endpoint(EndpointKind::OpenAi, s, QStringLiteral("a")),
                             endpoint(EndpointKind::OpenAi, s, QStringLiteral("b")),
                             endpoint(EndpointKind::Ollama, s, QStringLiteral("c"))})
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return s->requestCount() == 1; }, 3000));
        m_runner->cancelAll();
        QVERIFY(waitForRun(trace, 2000));
        QCOMPARE(trace.runsFinished, 1);
        QVERIFY2(trace.orderProblems.isEmpty(), qPrintable(trace.orderProblems.join(u',')));
        QCOMPARE(s->requestCount(), 1); // the waiting ones never went out
        for (const ResponseRecord &r : trace.run.responses) {
            QCOMPARE(r.status, ResponseRecord::Status::Cancelled);
            QCOMPARE(r.result.error->kind, ChatError::Kind::Cancelled);
        }
        QVERIFY(!m_runner->isRunning());
    }

    void unknownVariablesFailBeforeAnyRequest()
    {
        FakeHttpServer *s = server();
        QSignalSpy started(m_runner, &ComparisonRunner::runStarted);
        PromptTemplate p = prompt(QStringLiteral("Translate {{text}} into {{language}}"));
        p.system = QStringLiteral("You are {{role}}.");
        p.variables.insert(QStringLiteral("text"), QStringLiteral("hi"));
        const Status status = m_runner->start(p, {endpoint(EndpointKind::OpenAi, s, QStringLiteral("a"))});
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("In the system prompt: Unknown template variable(s) {{role}}: give each a "
                                "value or remove it from the prompt"));
        QCOMPARE(started.count(), 0);
        QTest::qWait(50);
        QCOMPARE(s->requestCount(), 0);
    }

    void sendsTheExpandedPromptAndTheKey()
    {
        FakeHttpServer *s = server();
        s->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        m_env.insert(QStringLiteral("RIGHTSIZE_KEY_MY_SERVER"), QStringLiteral("sk-test-123"));
        PromptTemplate p = prompt(QStringLiteral("Translate {{ text }} into {{language}}"));
        p.system = QStringLiteral("You are a {{role}}.");
        p.variables = {{QStringLiteral("text"), QStringLiteral("{{language}}")},
                       {QStringLiteral("language"), QStringLiteral("French")},
                       {QStringLiteral("role"), QStringLiteral("translator")}};
        RunOptions options;
        options.maxTokens = 64;
        options.temperature = 0.25;
        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner->start(p, {endpoint(EndpointKind::OpenAi, s, QStringLiteral("my-server"))}, options).ok());
        QVERIFY(waitForRun(trace));
        QCOMPARE(s->requestCount(), 1);
        const RecordedRequest request = s->requests().at(0);
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-123"));
        const QJsonArray messages = request.json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("You are a translator."));
        // Values are inserted as written, never expanded again.
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Translate {{language}} into French"));
        QCOMPARE(request.json().value(QStringLiteral("max_tokens")).toInt(), 64);
        QCOMPARE(trace.run.maxTokens, std::optional<int>(64));
        QCOMPARE(trace.run.prompt.user, p.user); // the run keeps the template, not the expansion
    }

    void unknownUsageStaysUnknown()
    {
        FakeHttpServer *s = server();
        s->enqueue(FakeResponse::sse({ProviderStreams::openAiAnswer(ProviderStreams::expectedText())}));
        Trace trace;
        trace.follow(*m_runner);
        QVERIFY(m_runner
                    ->start(prompt(),
                            {endpoint(EndpointKind::OpenAi, s, QStringLiteral("a"), QStringLiteral("gpt-4o-mini"))})
                    .ok());
        QVERIFY(waitForRun(trace));
        const ResponseRecord &r = trace.run.responses.at(0);
        QCOMPARE(r.status, ResponseRecord::Status::Complete);
        QCOMPARE(r.result.text, ProviderStreams::expectedText());
        QVERIFY(!r.result.inputTokens.has_value());
        QVERIFY(!r.result.outputTokens.has_value());
        QVERIFY(r.price.has_value());    // priced…
        QVERIFY(!r.costUsd.has_value()); // …but the usage is unknown, so is the cost
        QVERIFY(!r.tokensPerSecond.has_value());
    }

    void timeoutOptionEndsAHangingStream()
    {
        FakeHttpServer *s = server();
        FakeResponse hanging =
            FakeResponse::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"});
        hanging.hang = true;
        s->enqueue(hanging);
        RunOptions options;
        options.timeouts.idleTimeoutMs = 300;
        Trace trace;
        trace.follow(*m_runner);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_runner->start(prompt(), {endpoint(EndpointKind::OpenAi, s, QStringLiteral("a"))}, options).ok());
        QVERIFY(waitForRun(trace, 3000));
        QVERIFY(clock.elapsed() < 2000);
        const ResponseRecord &r = trace.run.responses.at(0);
        QCOMPARE(r.status, ResponseRecord::Status::Failed);
        QCOMPARE(r.result.error->kind, ChatError::Kind::Timeout);
        QCOMPARE(r.result.text, QStringLiteral("Hi"));
        QCOMPARE(r.endpoint.idleTimeoutMs, 300);
        QCOMPARE(r.endpoint.maxTimeMs, std::optional<int>(5000)); // the endpoint's own, untouched
    }

    void rerunRepeatsTheLastRun()
    {
        FakeHttpServer *s = server();
        s->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        s->enqueue(FakeResponse::sse({ProviderStreams::llamaCpp()}));
        QCOMPARE(m_runner->rerun().ok(), false);
        Trace first;
        first.follow(*m_runner);
        QVERIFY(m_runner->start(prompt(), {endpoint(EndpointKind::OpenAi, s, QStringLiteral("a"))}).ok());
        QVERIFY(m_runner->rerun().error().contains(QStringLiteral("still running")));
        QVERIFY(waitForRun(first));
        Trace second;
        second.follow(*m_runner);
        QVERIFY(m_runner->rerun().ok());
        QVERIFY(waitForRun(second));
        QCOMPARE(second.run.origin, QStringLiteral("rerun"));
        QCOMPARE(second.run.responses.at(0).result.inputTokens, std::optional<qint64>(9));
        QCOMPARE(s->requestCount(), 2);
    }

    void runAwaitsTheWholeRun()
    {
        FakeHttpServer *s = server();
        s->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        const auto [run, error] = QCoro::waitFor(awaitRun({endpoint(EndpointKind::OpenAi, s, QStringLiteral("a"))}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(run.responses.at(0).result.text, ProviderStreams::expectedText());
        const auto [none, refused] = QCoro::waitFor(awaitRun({}));
        QCOMPARE(refused, QStringLiteral("Choose at least one endpoint to compare."));
    }

    void tokensPerSecond_data()
    {
        QTest::addColumn<std::optional<qint64>>("outputTokens");
        QTest::addColumn<std::optional<double>>("ttft");
        QTest::addColumn<double>("latency");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::addRow("100 tokens in 500 ms")
            << std::optional<qint64>(100) << std::optional<double>(250.0) << 750.0 << std::optional<double>(200.0);
        QTest::addRow("unknown tokens") << std::optional<qint64>() << std::optional<double>(250.0) << 750.0
                                        << std::optional<double>();
        QTest::addRow("no first token") << std::optional<qint64>(5) << std::optional<double>() << 750.0
                                        << std::optional<double>();
        QTest::addRow("no measurable time")
            << std::optional<qint64>(5) << std::optional<double>(10.0) << 10.5 << std::optional<double>();
    }
    void tokensPerSecond()
    {
        QFETCH(std::optional<qint64>, outputTokens);
        QFETCH(std::optional<double>, ttft);
        QFETCH(double, latency);
        QFETCH(std::optional<double>, expected);
        ChatResult result;
        result.outputTokens = outputTokens;
        result.ttftMs = ttft;
        result.latencyMs = latency;
        QCOMPARE(ResponseMetrics::tokensPerSecond(result), expected);
    }
};

QTEST_GUILESS_MAIN(TestComparisonRunner)
#include "tst_comparisonrunner.moc"
