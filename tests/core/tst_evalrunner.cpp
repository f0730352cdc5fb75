// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/evalmatrix.h"
#include "eval/evalrunner.h"
#include "evalfixtures.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
using EvalFixtures::assertion;
using EvalFixtures::makeCase;
using EvalFixtures::prices;
using EvalFixtures::threeCases;

/// An OpenAI-style stream answering `text` with the given usage.
FakeResponse answer(const QString &text, int inputTokens = 100, int outputTokens = 10)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{inputTokens, outputTokens})});
}

QStringList userMessages(const FakeHttpServer &server)
{
    QStringList messages;
    for (const RecordedRequest &request : server.requests()) {
        const QJsonArray list = request.json().value(QStringLiteral("messages")).toArray();
        messages.append(list.last().toObject().value(QStringLiteral("content")).toString());
    }
    return messages;
}

} // namespace

class TestEvalRunner : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    FakeHttpServer *m_small = nullptr;
    FakeHttpServer *m_large = nullptr;
    FakeHttpServer *m_judge = nullptr;
    EvalRunner *m_runner = nullptr;

    Endpoint endpoint(const QString &name, FakeHttpServer *server, const QString &model) const
    {
        Endpoint e;
        e.name = name;
        e.kind = EndpointKind::OpenAi;
        e.baseUrl = server->url(QStringLiteral("/v1"));
        e.model = QStringLiteral("tiny");
        e.catalogModel = model;
        e.maxTimeMs = 5000;
        e.idleTimeoutMs = 2000;
        return e;
    }
    QList<Endpoint> endpoints() const
    {
        return {endpoint(QStringLiteral("small"), m_small, QStringLiteral("m-small")),
                endpoint(QStringLiteral("large"), m_large, QStringLiteral("m-large"))};
    }
    void scriptAnswers()
    {
        m_small->enqueue(answer(QStringLiteral("Paris")));
        m_small->enqueue(answer(QStringLiteral("5")));
        m_small->enqueue(answer(QStringLiteral("{\"ok\": false}")));
        m_large->enqueue(answer(QStringLiteral("It's Paris.")));
        m_large->enqueue(answer(QStringLiteral("4")));
        m_large->enqueue(answer(QStringLiteral("```json\n{\"ok\": true}\n```")));
    }
    EvalRunOutcome run(const EvalSet &set, const QList<Endpoint> &targets, EvalRunOptions options,
                       QSet<EvalKey> finished = {})
    {
        return QCoro::waitFor(m_runner->run(set, targets, options, finished));
    }

private slots:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = new ChatClient(m_network, this);
        RetryPolicy policy;
        policy.maxRetries = 0;
        m_client->setRetryPolicy(policy);
        m_small = new FakeHttpServer(this);
        m_large = new FakeHttpServer(this);
        m_judge = new FakeHttpServer(this);
        m_runner = new EvalRunner(m_client, this);
        m_runner->setCatalog(prices());
    }
    void cleanup()
    {
        delete m_runner;
        delete m_judge;
        delete m_large;
        delete m_small;
        delete m_client;
        delete m_network;
    }

    void runsTheMatrix()
    {
        scriptAnswers();
        QSignalSpy results(m_runner, &EvalRunner::resultReady);
        QSignalSpy progress(m_runner, &EvalRunner::progressChanged);
        EvalRunOptions options;
        options.concurrency = 1; // one call at a time: each fake server sees its cases in order
        const EvalRunOutcome outcome = run(threeCases(), endpoints(), options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.results.size(), 6);
        QCOMPARE(results.size(), 6);

        const EvalMatrix matrix =
            EvalMatrix::build(threeCases(), outcome.results, {QStringLiteral("small"), QStringLiteral("large")});
        QCOMPARE(matrix.toText(),
                 QStringLiteral("case | small | large\n"
                                "capital | PASS | PASS\n"
                                "math | FAIL | PASS\n"
                                "json | FAIL | PASS"));
        const EvalCell &math = matrix.cell(1, 0);
        QCOMPARE(math.answer, QStringLiteral("5"));
        QCOMPARE(math.failureReasons, QStringList{QStringLiteral("Expected the number 4; the answer's number was 5.")});
        QCOMPARE(math.score, 0.5);
        QCOMPARE(matrix.cell(2, 0).failureReasons,
                 QStringList{QStringLiteral("Expected a JSON object with {\"ok\":true}; ok is false, not true.")});
        // 100 input and 10 output tokens at $1/$2 and $10/$30 per million.
        QCOMPARE(*matrix.cell(0, 0).costUsd, 0.00012);
        QCOMPARE(*matrix.cell(0, 1).costUsd, 0.0013);

        const EvalEndpointSummary *small = matrix.summary(u"small");
        QCOMPARE(small->results, 3);
        QCOMPARE(small->passes, 1);
        QCOMPARE(small->catalogModel, QStringLiteral("m-small"));
        QCOMPARE(small->costPerCase.value(), 0.00012);
        QVERIFY(small->p50LatencyMs.has_value());
        QCOMPARE(matrix.summary(u"large")->passRate, 1.0);

        // The template was rendered, with the system prompt.
        QCOMPARE(userMessages(*m_small),
                 (QStringList{QStringLiteral("Q: Capital of France?"), QStringLiteral("Q: 2+2?"),
                              QStringLiteral("Q: Status as JSON")}));
        QCOMPARE(m_small->requests()
                     .first()
                     .json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Be brief."));

        const EvalProgress last = progress.last().first().value<EvalProgress>();
        QCOMPARE(last.done, 6);
        QCOMPARE(last.total, 6);
        QCOMPARE(last.passed, 4);
        QCOMPARE(last.failed, 2);
        QCOMPARE(last.remainingMs.value(), 0);

        const EvalResult first = results.first().first().value<EvalResult>();
        QCOMPARE(first.setId, QStringLiteral("basics"));
        QCOMPARE(first.key(), (EvalKey{0, QStringLiteral("small"), 0}));
        QCOMPARE(first.inputTokens.value(), 100);
        QCOMPARE(first.outputTokens.value(), 10);

        // What a store keeps in its details column reads back field for field.
        for (const EvalResult &result : outcome.results) {
            const EvalResult back = EvalResult::fromJson(result.toJson());
            QCOMPARE(back.toJson(), result.toJson());
            QCOMPARE(back.key(), result.key());
            QCOMPARE(back.assertions, result.assertions);
            QCOMPARE(back.costUsd, result.costUsd);
            QCOMPARE(back.finishedAt, result.finishedAt);
        }
    }

    void resumeSkipsFinishedKeys()
    {
        m_small->setFallback(answer(QStringLiteral("Paris 4")));
        m_large->setFallback(answer(QStringLiteral("Paris 4")));
        EvalRunOptions options;
        options.concurrency = 2;
        options.repeat = 2;
        const QSet<EvalKey> finished{{0, QStringLiteral("small"), 0},
                                     {1, QStringLiteral("small"), 0},
                                     {0, QStringLiteral("large"), 1},
                                     {2, QStringLiteral("large"), 0}};
        QSignalSpy started(m_runner, &EvalRunner::started);
        const EvalRunOutcome outcome = run(threeCases(), endpoints(), options, finished);
        QCOMPARE(outcome.skipped, 4);
        QCOMPARE(outcome.results.size(), 8);
        QCOMPARE(m_small->requestCount(), 4);
        QCOMPARE(m_large->requestCount(), 4);
        QCOMPARE(started.first().at(0).toInt(), 12);
        QCOMPARE(started.first().at(1).toInt(), 4);
        for (const EvalResult &result : outcome.results)
            QVERIFY(!finished.contains(result.key()));
    }

    void killedRunResumesWithoutRepeats()
    {
        m_small->setFallback(answer(QStringLiteral("Paris")));
        m_large->setFallback(answer(QStringLiteral("Paris")));
        // "The store": keys persisted as results arrive; the run dies (is cancelled) after three.
        QSet<EvalKey> stored;
        connect(m_runner, &EvalRunner::resultReady, this, [&](const EvalResult &result) {
            stored.insert(result.key());
            if (stored.size() == 3)
                m_runner->cancel();
        });
        EvalRunOptions options;
        options.concurrency = 1;
        const EvalRunOutcome first = run(threeCases(), endpoints(), options);
        QVERIFY(first.cancelled);
        QCOMPARE(first.results.size(), 3);
        QCOMPARE(m_small->requestCount() + m_large->requestCount(), 3);

        const EvalRunOutcome second = run(threeCases(), endpoints(), options, stored);
        QVERIFY(!second.cancelled);
        QCOMPARE(second.skipped, 3);
        QCOMPARE(second.results.size(), 3);
        QCOMPARE(stored.size(), 6);
        // Six keys, six requests: nothing was sent twice.
        QCOMPARE(m_small->requestCount(), 3);
        QCOMPARE(m_large->requestCount(), 3);
    }

    void limitsConcurrency_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addRow("1") << 1;
        QTest::addRow("3") << 3;
    }
    void limitsConcurrency()
    {
        QFETCH(int, concurrency);
        FakeResponse slow = answer(QStringLiteral("Paris"));
        slow.headerDelayMs = 150;
        m_small->setFallback(slow);
        EvalSet set = threeCases();
        set.cases.append(set.cases);
        EvalRunOptions options;
        options.concurrency = concurrency;
        const EvalRunOutcome outcome = run(set, {endpoints().first()}, options);
        QCOMPARE(outcome.results.size(), 6);
        // Keep-alive: the client opens one connection per call in flight, never more.
        QCOMPARE(m_small->connectionCount(), concurrency);
    }

    void pausesAndResumes()
    {
        m_small->setFallback(answer(QStringLiteral("Paris")));
        m_large->setFallback(answer(QStringLiteral("Paris")));
        connect(
            m_runner, &EvalRunner::resultReady, this, [this](const EvalResult &) { m_runner->pause(); },
            Qt::SingleShotConnection);
        QSignalSpy paused(m_runner, &EvalRunner::pausedChanged);
        EvalRunOptions options;
        options.concurrency = 1;
        QCoro::Task<EvalRunOutcome> task = m_runner->run(threeCases(), endpoints(), options);
        QTRY_COMPARE(paused.size(), 1);
        QTest::qWait(300);
        QVERIFY(m_runner->isPaused());
        QVERIFY(m_runner->progress().paused);
        QCOMPARE(m_runner->progress().done, 1);
        // No new call starts while paused.
        QCOMPARE(m_small->requestCount() + m_large->requestCount(), 1);
        m_runner->resume();
        const EvalRunOutcome outcome = QCoro::waitFor(task);
        QCOMPARE(outcome.results.size(), 6);
        QCOMPARE(paused.size(), 2);
        QVERIFY(!m_runner->isRunning());
    }

    void judgesRubrics()
    {
        EvalSet set;
        set.name = QStringLiteral("tone");
        set.prompt.user = QStringLiteral("{{q}}");
        set.cases = {
            makeCase("polite", "Greet me", {assertion("llm-rubric(0.8): is polite")}),
            makeCase("polite again", "Greet me", {assertion("llm-rubric: is polite")}),
            makeCase("judge fails", "Greet me", {assertion("contains: Hello"), assertion("llm-rubric: is polite")})};
        set.cases[0].expected = QStringLiteral("Good day!");
        m_small->setFallback(answer(QStringLiteral("Hello, friend.")));
        m_judge->enqueue(answer(QStringLiteral("Warm and polite.\nSCORE: 0.9"), 1000, 100));
        m_judge->enqueue(answer(QStringLiteral("Polite enough, I'd say 0.7"), 1000, 100));
        m_judge->enqueue(FakeResponse::json(400, "{\"error\": {\"message\": \"bad request\"}}"));
        m_runner->setJudge(endpoint(QStringLiteral("judge"), m_judge, QStringLiteral("m-large")));
        EvalRunOptions options;
        options.concurrency = 1;
        const EvalRunOutcome outcome = run(set, {endpoints().first()}, options);
        QCOMPARE(outcome.results.size(), 3);

        const EvalResult &good = outcome.results.at(0);
        QVERIFY(good.passed);
        QCOMPARE(good.score, 0.9);
        QCOMPARE(good.assertions.first().reason,
                 QStringLiteral("The judge scored 0.9 (pass from 0.8) on \"is polite\": Warm and polite.⏎SCORE: 0.9"));
        // The judge's own cost: 1,000 input and 100 output tokens at $10/$30 per million.
        QCOMPARE(good.judgeCostUsd.value(), 0.013);
        const QJsonObject judgeRequest = m_judge->requests().first().json();
        QCOMPARE(judgeRequest.value(QStringLiteral("temperature")).toDouble(), 0.0);
        const QString judgePrompt = judgeRequest.value(QStringLiteral("messages"))
                                        .toArray()
                                        .last()
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toString();
        QVERIFY(judgePrompt.contains(QStringLiteral("<answer>\nHello, friend.\n</answer>")));
        QVERIFY(judgePrompt.contains(QStringLiteral("<reference_answer>\nGood day!\n</reference_answer>")));

        const EvalResult &unparsable = outcome.results.at(1);
        QVERIFY(!unparsable.passed);
        QVERIFY(unparsable.hasError());
        QCOMPARE(unparsable.assertions.first().reason,
                 QStringLiteral("Rubric \"is polite\" not graded: the judge's reply has no \"SCORE: x\" line"));
        QCOMPARE(unparsable.judgeCostUsd.value(), 0.013);

        const EvalResult &unavailable = outcome.results.at(2);
        QVERIFY(!unavailable.passed);
        QVERIFY(unavailable.assertions.at(0).passed);
        QVERIFY(unavailable.assertions.at(1).error);
        QVERIFY2(unavailable.assertions.at(1).reason.startsWith(
                     QStringLiteral("Rubric \"is polite\" not graded: the judge judge did not answer: ")),
                 qPrintable(unavailable.assertions.at(1).reason));

        // Without a judge endpoint, rubrics are errors, not passes.
        m_runner->setJudge(std::nullopt);
        set.cases = {set.cases.first()};
        const EvalRunOutcome unjudged = run(set, {endpoints().first()}, options);
        QVERIFY(!unjudged.results.first().passed);
        QCOMPARE(unjudged.results.first().assertions.first().reason,
                 QStringLiteral("Rubric \"is polite\" not graded: no judge endpoint is chosen"));
    }

    void callFailureIsAnError()
    {
        m_small->enqueue(FakeResponse::json(401, "{\"error\": {\"message\": \"invalid key\"}}"));
        EvalSet set = threeCases();
        set.cases = {set.cases.first()};
        const EvalRunOutcome outcome = run(set, {endpoints().first()}, {});
        const EvalResult &result = outcome.results.first();
        QVERIFY(!result.passed);
        QVERIFY(result.assertions.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("invalid key")));
        QCOMPARE(EvalMatrix::build(set, outcome.results).toText(), QStringLiteral("case | small\ncapital | ERROR"));
    }

    void refusesToStart_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<bool>("noEndpoints");
        QTest::addColumn<QString>("error");
        QTest::addRow("no template")
            << "" << false
            << "Cannot run evaluation Basics: the set has no prompt template; give one, e.g. \"Answer: {{question}}\".";
        QTest::addRow("missing variable") << "{{q}} {{lang}}" << false
                                          << "Cannot run evaluation Basics: capital: the template uses {{lang}} but "
                                             "the case has no variable \"lang\"";
        QTest::addRow("no endpoints") << "{{q}}" << true << "Cannot run evaluation Basics: no endpoints chosen.";
    }
    void refusesToStart()
    {
        QFETCH(QString, prompt);
        QFETCH(bool, noEndpoints);
        QFETCH(QString, error);
        EvalSet set = threeCases();
        set.prompt = {};
        EvalRunOptions options;
        options.prompt.user = prompt;
        const EvalRunOutcome outcome = run(set, noEndpoints ? QList<Endpoint>() : endpoints(), options);
        QCOMPARE(outcome.error, error);
        QCOMPARE(m_small->requestCount(), 0);
    }

    void estimatesTimeLeft()
    {
        EtaEstimator eta(2);
        QVERIFY(!eta.remainingMs(5));
        eta.restart(0);
        QVERIFY(!eta.remainingMs(5));
        eta.recordCompletion(1000);
        QCOMPARE(eta.remainingMs(5).value(), 5000);
        eta.recordCompletion(1500);
        QCOMPARE(eta.averageIntervalMs().value(), 750.0);
        eta.recordCompletion(3000); // window 2: the last two intervals, 500 and 1500
        QCOMPARE(eta.averageIntervalMs().value(), 1000.0);
        eta.recordCompletion(3100); // 1500 and 100
        QCOMPARE(eta.remainingMs(4).value(), 3200);

        // In the runner, from its clock: one call per second, so five left take five seconds.
        qint64 clock = 0;
        m_runner->setClock([&clock] {
            const qint64 now = clock;
            clock += 1000;
            return now;
        });
        QSignalSpy progress(m_runner, &EvalRunner::progressChanged);
        m_small->setFallback(answer(QStringLiteral("Paris")));
        m_large->setFallback(answer(QStringLiteral("Paris")));
        EvalRunOptions options;
        options.concurrency = 1;
        run(threeCases(), endpoints(), options);
        QCOMPARE(progress.size(), 7);
        QVERIFY(!progress.at(0).first().value<EvalProgress>().remainingMs);
        QCOMPARE(progress.at(1).first().value<EvalProgress>().remainingMs.value(), 5000);
        QCOMPARE(progress.at(2).first().value<EvalProgress>().remainingMs.value(), 4000);
        QCOMPARE(progress.at(6).first().value<EvalProgress>().remainingMs.value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "tst_evalrunner.moc"
