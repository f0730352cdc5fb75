// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/evalsession.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "store/database.h"
#include "store/evalrepository.h"
#include "store/storeworker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

FakeResponse answer(const QString &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text)});
}

FakeResponse hang()
{
    FakeResponse response = answer(QStringLiteral("never"));
    response.hang = true;
    response.chunks = {};
    return response;
}

EvalCase makeCase(const char *description, const char *question, const char *check)
{
    EvalCase c;
    c.description = QString::fromUtf8(description);
    c.variables.insert(QStringLiteral("q"), QString::fromUtf8(question));
    c.assertions = {EvalAssertion::fromCsvText(QString::fromUtf8(check)).value()};
    return c;
}

EvalSet twoCases()
{
    EvalSet set;
    set.id = QStringLiteral("basics");
    set.name = QStringLiteral("basics");
    set.prompt.user = QStringLiteral("Q: {{q}}");
    set.cases = {makeCase("capital", "Capital of France?", "contains: Paris"), makeCase("math", "2+2?", "number: 4")};
    return set;
}

} // namespace

/// EvalSession against two loopback endpoints and a real database: every result is stored
/// through the store's worker as it arrives, cancel stops the run and marks it, a resumed run
/// sends only what is missing, and a result the store refuses is reported.
class TestEvalSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StoreWorker> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<FakeHttpServer> m_small;
    std::unique_ptr<FakeHttpServer> m_large;
    std::unique_ptr<EvalSession> m_session;

    Endpoint endpoint(const QString &name, FakeHttpServer *server) const
    {
        Endpoint e;
        e.name = name;
        e.kind = EndpointKind::OpenAi;
        e.baseUrl = server->url(QStringLiteral("/v1"));
        e.model = QStringLiteral("tiny");
        e.maxTimeMs = 5000;
        e.idleTimeoutMs = 5000;
        return e;
    }

    EvalRunPlan plan() const
    {
        EvalRunPlan plan;
        plan.set = twoCases();
        plan.endpoints = {endpoint(QStringLiteral("small"), m_small.get()),
                          endpoint(QStringLiteral("large"), m_large.get())};
        plan.options.concurrency = 1; // each server sees its cases in order
        return plan;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_count))).ok());
        m_store = std::make_unique<StoreWorker>(*m_database);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChatClient>(m_network.get());
        RetryPolicy policy;
        policy.maxRetries = 0;
        m_client->setRetryPolicy(policy);
        m_small = std::make_unique<FakeHttpServer>();
        m_large = std::make_unique<FakeHttpServer>();
        m_session = std::make_unique<EvalSession>(m_client.get(), nullptr);
        m_session->setStore(m_store.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_client.reset();
        m_network.reset();
        m_small.reset();
        m_large.reset();
        m_database.reset();
    }

    void refusesWhatCannotRun()
    {
        EvalRunPlan none = plan();
        none.endpoints.clear();
        QCOMPARE(m_session->start(none).error(), QStringLiteral("Cannot run evaluation basics: no endpoints chosen."));
        EvalRunPlan rubric = plan();
        rubric.set.cases[1].assertions.append(EvalAssertion::fromCsvText(u"llm-rubric: is polite").value());
        QCOMPARE(EvalSession::firstCaseNeedingJudge(rubric.set), 1);
        QCOMPARE(
            m_session->start(rubric).error(),
            QStringLiteral(
                "Cannot run evaluation basics: math has an llm-rubric assertion and no judge endpoint is chosen."));
        QVERIFY(!m_session->isActive());
        QCOMPARE(m_small->requestCount(), 0);
        QVERIFY(EvalRepository(*m_database).runs().value().isEmpty());
    }

    void storesEveryResult()
    {
        m_small->enqueue(answer(QStringLiteral("Paris")));
        m_small->enqueue(answer(QStringLiteral("4")));
        m_large->enqueue(answer(QStringLiteral("Lyon")));
        m_large->enqueue(answer(QStringLiteral("4")));
        QSignalSpy started(m_session.get(), &EvalSession::started);
        QSignalSpy results(m_session.get(), &EvalSession::resultReady);
        QSignalSpy finished(m_session.get(), &EvalSession::finished);
        QVERIFY(m_session->start(plan()).ok());
        QVERIFY(m_session->isActive());
        QVERIFY(!m_session->start(plan()).ok()); // one run at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.size(), 1);
        const qint64 runId = started.first().at(0).toLongLong();
        QVERIFY(runId > 0);
        QCOMPARE(results.size(), 4);
        const auto outcome = finished.first().at(0).value<EvalSessionOutcome>();
        QCOMPARE(outcome.runId, runId);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.results.size(), 4);
        QVERIFY(!m_session->isActive());

        // finished() comes once the store has everything: read it back on this thread's connection.
        EvalRepository repository(*m_database);
        const EvalRunInfo info = repository.runInfo(runId).value();
        QCOMPARE(info.status, EvalRunInfo::Status::Finished);
        QCOMPARE(info.done, 4);
        QCOMPARE(info.passed, 3);
        QCOMPARE(repository.results(runId).value().size(), 4);
    }

    void cancelStopsAndMarksTheRun()
    {
        m_small->enqueue(answer(QStringLiteral("Paris")));
        m_large->enqueue(hang());
        QSignalSpy results(m_session.get(), &EvalSession::resultReady);
        QSignalSpy finished(m_session.get(), &EvalSession::finished);
        QVERIFY(m_session->start(plan()).ok());
        QVERIFY(results.wait(10000));
        QTRY_COMPARE(m_large->requestCount(), 1);
        m_session->cancel();
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().at(0).value<EvalSessionOutcome>();
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.results.size(), 1);
        QCOMPARE(m_small->requestCount(), 1); // nothing new is sent after the cancel
        EvalRepository repository(*m_database);
        QCOMPARE(repository.runInfo(outcome.runId).value().status, EvalRunInfo::Status::Cancelled);
        QCOMPARE(repository.runInfo(outcome.runId).value().done, 1);
    }

    void newRunCancelledBeforeAnyAnswerIsDropped()
    {
        QSignalSpy finished(m_session.get(), &EvalSession::finished);
        QVERIFY(m_session->start(plan()).ok());
        QVERIFY(m_session->isPreparing());
        m_session->cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).value<EvalSessionOutcome>().cancelled);
        QCOMPARE(m_small->requestCount() + m_large->requestCount(), 0);
        QVERIFY(EvalRepository(*m_database).runs().value().isEmpty());
    }

    void resumeSkipsFinishedCases()
    {
        EvalRepository repository(*m_database);
        const EvalRunPlan first = plan();
        const qint64 runId = repository.startRun(first.set, first.endpoints, first.options).value();
        EvalResult done;
        done.setId = first.set.id;
        done.setName = first.set.name;
        done.caseIndex = 0;
        done.endpointName = QStringLiteral("small");
        done.answer = QStringLiteral("Paris");
        done.passed = true;
        done.score = 1;
        QVERIFY(repository.appendResult(runId, done).ok());
        QVERIFY(repository.finishRun(runId, true).ok());

        m_small->enqueue(answer(QStringLiteral("4")));
        m_large->enqueue(answer(QStringLiteral("Paris")));
        m_large->enqueue(answer(QStringLiteral("4")));
        const EvalRunPlan resumed = EvalRunPlan::resuming(
            repository.run(runId).value(), repository.finishedKeys(runId).value(), {}, [this](const Endpoint &stored) {
                return endpoint(stored.name, stored.name == QLatin1String("small") ? m_small.get() : m_large.get());
            });
        QCOMPARE(resumed.resumeRunId, runId);
        QSignalSpy finished(m_session.get(), &EvalSession::finished);
        QVERIFY(m_session->start(resumed).ok());
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().at(0).value<EvalSessionOutcome>();
        QCOMPARE(outcome.runId, runId);
        QCOMPARE(outcome.skipped, 1);
        QCOMPARE(outcome.results.size(), 3);
        QCOMPARE(m_small->requestCount(), 1); // capital on small was stored before
        QCOMPARE(m_large->requestCount(), 2);
        QCOMPARE(repository.runInfo(runId).value().status, EvalRunInfo::Status::Finished);
        QCOMPARE(repository.results(runId).value().size(), 4);
        QCOMPARE(repository.runs().value().size(), 1); // continued, not started anew
    }

    void storeFailureIsReported()
    {
        // The store refuses every result from now on, as a full disk would.
        QSqlQuery trigger(m_database->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON eval_results "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        m_small->enqueue(answer(QStringLiteral("Paris")));
        m_small->enqueue(answer(QStringLiteral("4")));
        m_large->enqueue(answer(QStringLiteral("Paris")));
        m_large->enqueue(answer(QStringLiteral("4")));
        QSignalSpy storeFailed(m_session.get(), &EvalSession::storeFailed);
        QSignalSpy finished(m_session.get(), &EvalSession::finished);
        QVERIFY(m_session->start(plan()).ok());
        QVERIFY(finished.wait(10000));
        QCOMPARE(storeFailed.size(), 1); // once, not per result
        const QString message = storeFailed.first().at(0).toString();
        QVERIFY2(message.startsWith(
                     QStringLiteral("A result could not be stored, so this run cannot be resumed completely: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("disk full")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestEvalSession)
#include "tst_evalsession.moc"
