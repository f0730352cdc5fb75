// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/evalmatrix.h"
#include "eval/evalrunner.h"
#include "evalfixtures.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "store/database.h"
#include "store/evalrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using EvalFixtures::assertion;
using EvalFixtures::makeCase;
using EvalFixtures::prices;

/// An OpenAI-style stream answering `text` with 100 input and 10 output tokens.
FakeResponse answer(const QString &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{100, 10})});
}

EvalSet threeCases()
{
    EvalSet set = EvalFixtures::threeCases();
    set.cases[0].expected = QStringLiteral("Paris");
    set.cases[1].weight = 2.5;
    return set;
}

const QString kMatrix = QStringLiteral("case | small | large\n"
                                       "capital | PASS | PASS\n"
                                       "math | FAIL | PASS\n"
                                       "json | FAIL | PASS");

} // namespace

class TestEvalRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    FakeHttpServer *m_small = nullptr;
    FakeHttpServer *m_large = nullptr;
    EvalRunner *m_runner = nullptr;

    QString newPath() { return m_dir.filePath(QStringLiteral("eval%1.sqlite").arg(++m_file)); }

    Endpoint endpoint(const QString &name, FakeHttpServer *server, const QString &model) const
    {
        Endpoint e;
        e.name = name;
        e.baseUrl = server->url(QStringLiteral("/v1"));
        e.model = QStringLiteral("tiny");
        e.catalogModel = model;
        e.maxTimeMs = 5000;
        e.idleTimeoutMs = 2000;
        e.apiKeyRef = QStringLiteral("RIGHTSIZE_TEST_SECRET_REF");
        return e;
    }
    QList<Endpoint> endpoints() const
    {
        return {endpoint(QStringLiteral("small"), m_small, QStringLiteral("m-small")),
                endpoint(QStringLiteral("large"), m_large, QStringLiteral("m-large"))};
    }
    /// One answer per server whatever the case, so the order calls arrive in does not matter:
    /// small passes "capital" only (its last number is 5, it is no JSON); large passes all three.
    void scriptAnswers()
    {
        m_small->setFallback(answer(QStringLiteral("Paris 5")));
        m_large->setFallback(answer(QStringLiteral("{\"ok\": true, \"city\": \"Paris\", \"sum\": 4}")));
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
        m_runner = new EvalRunner(m_client, this);
        m_runner->setCatalog(prices());
    }
    void cleanup()
    {
        delete m_runner;
        delete m_large;
        delete m_small;
        delete m_client;
        delete m_network;
    }

    void savesAndReplacesSetsByName()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        EvalRepository repository(db);
        EvalSet set = threeCases();
        set.cases[2].assertions.append(assertion("llm-rubric(0.8): is polite"));
        // promptfoo's per-case details are kept too (schema step 6).
        set.cases[0].metadata =
            QJsonObject{{QStringLiteral("category"), QStringLiteral("geography")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
        set.cases[0].threshold = 0.5;
        set.cases[1].prefix = QStringLiteral("Q: ");
        set.cases[1].suffix = QStringLiteral(" Thanks.");
        const Result<qint64> id = repository.saveSet(set);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(repository.loadSet(QStringLiteral("Basics")).value(), set);

        // Saving under the same name replaces the cases and keeps the row.
        EvalSet smaller = set;
        smaller.cases.removeLast();
        smaller.prompt.system.clear();
        QCOMPARE(repository.saveSet(smaller).value(), id.value());
        QCOMPARE(repository.loadSet(QStringLiteral("Basics")).value(), smaller);

        EvalSet other = threeCases();
        other.name = QStringLiteral("alpha");
        QVERIFY(repository.saveSet(other).ok());
        QCOMPARE(repository.setNames().value(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Basics")}));
        QVERIFY(repository.deleteSet(QStringLiteral("alpha")).ok());
        QCOMPARE(repository.setNames().value(), QStringList{QStringLiteral("Basics")});
        QCOMPARE(repository.loadSet(QStringLiteral("alpha")).error(),
                 QStringLiteral("There is no saved evaluation set named “alpha”."));
        QCOMPARE(repository.deleteSet(QStringLiteral("alpha")).error(),
                 QStringLiteral("There is no saved evaluation set named “alpha”."));
        EvalSet unnamed = set;
        unnamed.name = QStringLiteral("  ");
        QVERIFY(repository.saveSet(unnamed).error().endsWith(QStringLiteral(": the set has no name")));
    }

    void storesResultsAsTheyArriveAndReloadsTheMatrix()
    {
        scriptAnswers();
        Database db;
        QVERIFY(db.open(newPath()).ok());
        EvalRepository repository(db);
        QVERIFY(repository.saveSet(threeCases()).ok());
        EvalRunOptions options;
        options.concurrency = 2;
        options.temperature = 0.25;
        const qint64 runId =
            repository.startRun(threeCases(), endpoints(), options, endpoint(QStringLiteral("judge"), m_large, {}))
                .value();
        QCOMPARE(repository.runInfo(runId)->status, EvalRunInfo::Status::Running);

        // Each result is in the database by the time the next signal handler runs.
        QList<int> storedCounts;
        connect(m_runner, &EvalRunner::resultReady, this, [&](const EvalResult &result) {
            QVERIFY(repository.appendResult(runId, result).ok());
            storedCounts.append(repository.runInfo(runId)->done);
        });
        const EvalRunOutcome outcome = QCoro::waitFor(m_runner->run(threeCases(), endpoints(), options));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(storedCounts, (QList<int>{1, 2, 3, 4, 5, 6}));
        QVERIFY(repository.finishRun(runId, false).ok());

        const QList<EvalRunInfo> runs = repository.runs(QStringLiteral("Basics")).value();
        QCOMPARE(runs.size(), 1);
        const EvalRunInfo &info = runs.first();
        QCOMPARE(info.id, runId);
        QCOMPARE(info.setName, QStringLiteral("Basics"));
        QCOMPARE(info.status, EvalRunInfo::Status::Finished);
        QCOMPARE(info.endpoints, (QStringList{QStringLiteral("small"), QStringLiteral("large")}));
        QCOMPARE(info.total, 6);
        QCOMPARE(info.done, 6);
        QCOMPARE(info.passed, 4);
        QCOMPARE(info.repeat, 1);
        QVERIFY(info.finishedAt.isValid());
        QVERIFY(info.finishedAt >= info.startedAt);
        QVERIFY(!info.canResume());
        QVERIFY(repository.runs(QStringLiteral("other")).value().isEmpty());

        const EvalRunRecord record = repository.run(runId).value();
        QCOMPARE(record.set, threeCases());
        QCOMPARE(record.options.concurrency, 2);
        QCOMPARE(record.options.temperature, std::optional<double>(0.25));
        QCOMPARE(record.endpoints.size(), 2);
        QCOMPARE(record.endpoints.at(1).baseUrl, m_large->url(QStringLiteral("/v1")));
        QCOMPARE(record.endpoints.at(1).catalogModel, QStringLiteral("m-large"));
        QVERIFY(record.endpoints.at(0).apiKeyRef.isEmpty()); // never where the key lives
        QCOMPARE(record.judge->name, QStringLiteral("judge"));
        QVERIFY(record.judge->apiKeyRef.isEmpty());
        QSqlQuery raw(db.connection());
        QVERIFY(raw.exec(QStringLiteral(
            "SELECT COUNT(*) FROM eval_runs WHERE endpoints LIKE '%SECRET%' OR options LIKE '%SECRET%'")));
        QVERIFY(raw.next());
        QCOMPARE(raw.value(0).toInt(), 0);

        // The stored results rebuild the same matrix, field for field.
        const QList<EvalResult> stored = repository.results(runId).value();
        QCOMPARE(stored.size(), 6);
        for (int i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i).toJson(), outcome.results.at(i).toJson());
        const EvalMatrix matrix = EvalMatrix::build(record.set, stored, record.info.endpoints);
        QCOMPARE(matrix.toText(), kMatrix);
        QCOMPARE(*matrix.cell(0, 1).costUsd, 0.0013);
        QCOMPARE(matrix.summary(u"small")->passes, 1);
        QCOMPARE(matrix.summary(u"small")->weightedPassRate, 1.0 / 4.5);

        QVERIFY(repository.deleteRun(runId).ok());
        QVERIFY(repository.results(runId)->isEmpty());
        QCOMPARE(repository.runInfo(runId).error(), QStringLiteral("There is no evaluation run %1.").arg(runId));
    }

    /// A run whose process died: its results are kept, finishRun() never came. Reopening the
    /// database lists it as interrupted; resuming sends only what had no stored result.
    void killedRunIsInterruptedAndResumesWithoutRepeats()
    {
        scriptAnswers();
        const QString path = newPath();
        qint64 runId = 0;
        EvalRunOptions options;
        options.concurrency = 1;
        options.repeat = 2;
        {
            Database db;
            QVERIFY(db.open(path).ok());
            EvalRepository repository(db);
            runId = repository.startRun(threeCases(), endpoints(), options).value();
            int stored = 0;
            const QMetaObject::Connection connection =
                connect(m_runner, &EvalRunner::resultReady, this, [&](const EvalResult &result) {
                    QVERIFY(repository.appendResult(runId, result).ok());
                    if (++stored == 5)
                        m_runner->cancel(); // the "kill": the call in flight is lost
                });
            const EvalRunOutcome first = QCoro::waitFor(m_runner->run(threeCases(), endpoints(), options));
            disconnect(connection);
            QVERIFY(first.cancelled);
            QCOMPARE(first.results.size(), 5);
            // Still "running": nothing marked the end before the process went away.
            QCOMPARE(repository.runInfo(runId)->status, EvalRunInfo::Status::Running);
            // Another Rightsize opening the file meanwhile leaves a live session's run alone.
            {
                Database other;
                QVERIFY(other.open(path).ok());
                QCOMPARE(EvalRepository(other).runInfo(runId)->status, EvalRunInfo::Status::Running);
            }
        }
        QVERIFY(m_small->requestCount() + m_large->requestCount() >= 5);

        Database db;
        QVERIFY(db.open(path).ok());
        EvalRepository repository(db);
        const EvalRunInfo info = repository.runInfo(runId).value();
        QCOMPARE(info.status, EvalRunInfo::Status::Interrupted);
        QCOMPARE(info.done, 5);
        QCOMPARE(info.total, 12);
        QCOMPARE(info.repeat, 2);
        QVERIFY(!info.finishedAt.isValid());
        QVERIFY(info.canResume());

        const QSet<EvalKey> finished = repository.finishedKeys(runId).value();
        QCOMPARE(finished.size(), 5);
        const EvalRunRecord record = repository.run(runId).value();
        QCOMPARE(record.options.repeat, 2);
        QVERIFY(repository.resumeRun(runId).ok());
        QCOMPARE(repository.runInfo(runId)->status, EvalRunInfo::Status::Running);
        QList<EvalKey> resent;
        connect(m_runner, &EvalRunner::resultReady, this, [&](const EvalResult &result) {
            resent.append(result.key());
            QVERIFY(repository.appendResult(runId, result).ok());
        });
        const int smallBefore = m_small->requestCount();
        const int largeBefore = m_large->requestCount();
        // The stored endpoints carry no key reference: the caller supplies the live ones.
        const EvalRunOutcome second = QCoro::waitFor(m_runner->run(record.set, endpoints(), record.options, finished));
        QVERIFY(!second.cancelled);
        QCOMPARE(second.skipped, 5);
        QCOMPARE(second.results.size(), 7);
        QCOMPARE(m_small->requestCount() - smallBefore + m_large->requestCount() - largeBefore, 7);
        for (const EvalKey &key : resent)
            QVERIFY(!finished.contains(key));
        QVERIFY(repository.finishRun(runId, false).ok());

        const EvalRunInfo done = repository.runInfo(runId).value();
        QCOMPARE(done.status, EvalRunInfo::Status::Finished);
        QCOMPARE(done.done, 12);
        QCOMPARE(done.passed, 8);
        const EvalMatrix matrix = EvalMatrix::build(record.set, repository.results(runId).value(), done.endpoints);
        QCOMPARE(matrix.toText(), kMatrix);
        QCOMPARE(matrix.summary(u"large")->results, 6);
    }

    void cancelledRunsAndLateResultsKeepTheirStatus()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        EvalRepository repository(db);
        const qint64 runId = repository.startRun(threeCases(), endpoints(), {}).value();
        QVERIFY(repository.finishRun(runId, true).ok());
        QCOMPARE(repository.runInfo(runId)->status, EvalRunInfo::Status::Cancelled);
        QVERIFY(repository.runInfo(runId)->canResume());

        // A run marked interrupted by another process's open turns back to running with its
        // next result; the same key stored twice keeps one row (the later one).
        QSqlQuery raw(db.connection());
        QVERIFY(raw.exec(QStringLiteral("UPDATE eval_runs SET status = 'interrupted'")));
        EvalResult result;
        result.caseIndex = 1;
        result.endpointName = QStringLiteral("small");
        result.answer = QStringLiteral("first");
        QVERIFY(repository.appendResult(runId, result).ok());
        QCOMPARE(repository.runInfo(runId)->status, EvalRunInfo::Status::Running);
        result.answer = QStringLiteral("second");
        result.passed = true;
        QVERIFY(repository.appendResult(runId, result).ok());
        const QList<EvalResult> stored = repository.results(runId).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().answer, QStringLiteral("second"));
        QCOMPARE(repository.runInfo(runId)->passed, 1);
        QCOMPARE(repository.finishRun(4242, false).error(), QStringLiteral("There is no evaluation run 4242."));
    }

    void statusNames_data()
    {
        QTest::addColumn<EvalRunInfo::Status>("status");
        QTest::addColumn<QString>("name");
        QTest::addRow("running") << EvalRunInfo::Status::Running << QStringLiteral("running");
        QTest::addRow("finished") << EvalRunInfo::Status::Finished << QStringLiteral("finished");
        QTest::addRow("cancelled") << EvalRunInfo::Status::Cancelled << QStringLiteral("cancelled");
        QTest::addRow("interrupted") << EvalRunInfo::Status::Interrupted << QStringLiteral("interrupted");
    }
    void statusNames()
    {
        QFETCH(EvalRunInfo::Status, status);
        QFETCH(QString, name);
        QCOMPARE(EvalRunInfo::statusName(status), name);
        QCOMPARE(EvalRunInfo::statusFromName(name), std::optional<EvalRunInfo::Status>(status));
        QVERIFY(!EvalRunInfo::statusFromName(u"paused").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEvalRepository)
#include "tst_evalrepository.moc"
