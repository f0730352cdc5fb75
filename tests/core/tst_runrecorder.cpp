// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/comparisonrunner.h"
#include "store/database.h"
#include "store/runrecorder.h"
#include "store/runrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
RunRecord twoEndpointRun()
{
    RunRecord run;
    run.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
    run.origin = QStringLiteral("compare");
    run.prompt.user = QStringLiteral("Name three rivers.");
    for (int p = 0; p < 2; ++p) {
        ResponseRecord response;
        response.position = p;
        response.endpoint.name = QStringLiteral("endpoint-%1").arg(p);
        response.endpoint.model = QStringLiteral("model-%1").arg(p);
        response.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        run.responses.append(response);
    }
    return run;
}

struct Row
{
    QString status;
    QString text;
};

QList<Row> responseRows(Database &db, qint64 runId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, text FROM responses WHERE run_id = ? ORDER BY position"));
    q.addBindValue(runId);
    q.exec();
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    return rows;
}

QString expectedText(int position)
{
    QString text;
    for (int i = 0; i < 20 + 30 * position; ++i)
        text += QStringLiteral("p%1-%2 ").arg(position).arg(i);
    return text;
}
} // namespace

class TestRunRecorder : public QObject
{
    Q_OBJECT

private slots:
    void persistsDeltasWhileStreamingAndTheFinalState()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        ComparisonRunner runner;
        RunRecorder recorder(db);
        recorder.attach(&runner);
        QSignalSpy stored(&recorder, &RunRecorder::runStored);
        QSignalSpy completed(&recorder, &RunRecorder::runCompleted);
        connect(&recorder, &RunRecorder::storeFailed, this, [](const QString &m) { qWarning("%s", qPrintable(m)); });

        RunRecord run = twoEndpointRun();
        emit runner.runStarted(run);
        emit runner.responseStarted(0);
        emit runner.responseStarted(1);
        emit runner.textAppended(0, QStringLiteral("The Nile, "));
        emit runner.textAppended(1, QStringLiteral("Amazon"));
        emit runner.textAppended(0, QStringLiteral("the Danube"));
        QVERIFY(recorder.waitForIdle());
        QTest::qWait(50);
        const qint64 runId = recorder.lastRunId();
        QVERIFY(runId > 0);
        QTRY_COMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).toLongLong(), runId);

        QList<Row> rows = responseRows(db, runId);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).status, QStringLiteral("streaming"));
        QCOMPARE(rows.at(0).text, QStringLiteral("The Nile, the Danube"));
        QCOMPARE(rows.at(1).text, QStringLiteral("Amazon"));

        ResponseRecord first = run.responses.at(0);
        first.status = ResponseRecord::Status::Complete;
        first.result.text = QStringLiteral("The Nile, the Danube and the Rhine.");
        first.result.finishReason = QStringLiteral("stop");
        first.result.inputTokens = 12;
        first.result.outputTokens = 9;
        first.result.ttftMs = 120;
        first.result.latencyMs = 480;
        first.result.attempts = 2;
        first.price = PriceSnapshot{QStringLiteral("m0"), 1.0, 2.0, QStringLiteral("current"), QDate(2026, 1, 1)};
        first.costUsd = (12 * 1.0 + 9 * 2.0) / 1e6;
        emit runner.textAppended(0, QStringLiteral(" and the Rhine."));
        emit runner.responseFinished(0, first);

        ResponseRecord second = run.responses.at(1);
        second.status = ResponseRecord::Status::Failed;
        second.result.text = QStringLiteral("Amazon");
        second.result.latencyMs = 900;
        ChatError error;
        error.kind = ChatError::Kind::Timeout;
        error.message = QStringLiteral("endpoint-1 stopped sending for 60 s");
        second.result.error = error;
        emit runner.responseFinished(1, second);
        run.responses = {first, second};
        emit runner.runFinished(run);
        QVERIFY(recorder.waitForIdle());
        QTRY_COMPARE(completed.size(), 1);

        RunRepository repo(db);
        const Result<RunRecord> loaded = repo.loadRun(runId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->responses.size(), 2);
        const ResponseRecord &a = loaded->responses.at(0);
        QCOMPARE(a.status, ResponseRecord::Status::Complete);
        QCOMPARE(a.result.text, QStringLiteral("The Nile, the Danube and the Rhine."));
        QCOMPARE(a.result.inputTokens, std::optional<qint64>(12));
        QCOMPARE(a.result.ttftMs, std::optional<double>(120));
        QCOMPARE(a.result.attempts, 2);
        QCOMPARE(a.price, first.price);
        QCOMPARE(*a.costUsd, *first.costUsd);
        const ResponseRecord &b = loaded->responses.at(1);
        QCOMPARE(b.status, ResponseRecord::Status::Failed);
        QCOMPARE(b.result.error->kind, ChatError::Kind::Timeout);
        QCOMPARE(b.result.error->message, QStringLiteral("endpoint-1 stopped sending for 60 s"));

        const Result<QList<RunSummary>> list = repo.listRuns({});
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).errors, 1);
        QCOMPARE(list->at(0).models, QStringLiteral("model-0, model-1"));
        QCOMPARE(list->at(0).maxLatencyMs, std::optional<double>(480));
    }

    void batchesByBytes()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        RunRecorder recorder(db);
        recorder.setFlushInterval(60000); // only the size threshold can flush here
        recorder.setFlushBytes(64);
        recorder.recordRunStarted(twoEndpointRun());
        recorder.recordText(0, QString(40, QLatin1Char('x'))); // 80 bytes as UTF-16: flushed at once
        recorder.recordText(1, QStringLiteral("y"));           // below the threshold: still buffered
        // Wait for the worker without flushing: post a barrier through a second, empty batch.
        QTRY_VERIFY(recorder.lastRunId() > 0);
        QTRY_COMPARE(responseRows(db, recorder.lastRunId()).value(0).text, QString(40, QLatin1Char('x')));
        QCOMPARE(responseRows(db, recorder.lastRunId()).value(1).text, QString());
        QVERIFY(recorder.waitForIdle());
        QCOMPARE(responseRows(db, recorder.lastRunId()).value(1).text, QStringLiteral("y"));
    }

    /// Two processes on one file: opening it while a child process streams into it must not mark
    /// the child's answers interrupted (its session lock is held); once the child is killed, the
    /// next open does. The owner token a run carries is what recovery goes by.
    void leavesAnotherLiveProcessesAnswersAlone()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix signal");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QProcess child;
        child.start(QStringLiteral(RECORDER_CHILD), {path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(20000), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));

        auto count = [](Database &db, const char *where) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT count(*) FROM responses WHERE %1").arg(QString::fromLatin1(where)));
            return q.next() ? q.value(0).toInt() : -1;
        };
        {
            // The child streams without pause: a run of it is always unfinished somewhere.
            Database db;
            QVERIFY(db.open(path).ok());
            QCOMPARE(db.recoveredResponses(), 0);
            QTRY_VERIFY(count(db, "status IN ('pending', 'streaming')") > 0);
            QCOMPARE(count(db, "status = 'interrupted'"), 0);
            // The child keeps finishing runs after our open.
            const int completeBefore = count(db, "status = 'complete'");
            QTRY_VERIFY_WITH_TIMEOUT(count(db, "status = 'complete'") > completeBefore, 10000);
            QCOMPARE(count(db, "status = 'interrupted'"), 0);
            // Its session lock file sits beside the database while it runs.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT owner FROM runs")));
            QVERIFY(q.next());
            const QString owner = q.value(0).toString();
            QVERIFY2(owner.startsWith(QString::number(child.processId()) + QLatin1Char('-')), qPrintable(owner));
            QVERIFY(!q.next());
            QVERIFY(QFileInfo::exists(Database::ownerLockPath(db.path(), owner)));
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));

        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.recoveredResponses() > 0);
        QCOMPARE(count(db, "status IN ('pending', 'streaming')"), 0);
        QCOMPARE(*db.integrityCheck(), QStringList{QStringLiteral("ok")});
        // The dead session's lock file is gone; only ours is left, and it goes with close().
        const QStringList locks = QDir(dir.path()).entryList({QStringLiteral("shared.sqlite.lock-*")});
        QCOMPARE(locks, QStringList{QFileInfo(Database::ownerLockPath(db.path(), db.ownerToken())).fileName()});
        db.close();
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("shared.sqlite.lock-*")}).isEmpty());
    }

    /// A child process streams runs through a RunRecorder and is killed with SIGKILL at a random
    /// moment, 20 times over the same file.
    void survivesSigkillMidStream()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix signal");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill test seed %u", seed);
        QRandomGenerator random(seed);
        int interruptedSeen = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess child;
            child.start(QStringLiteral(RECORDER_CHILD), {path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QVERIFY2(child.waitForReadyRead(20000), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            QThread::msleep(random.bounded(0, 250));
            child.kill(); // SIGKILL on Unix
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            Database db;
            const Status opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            interruptedSeen += db.recoveredResponses();
            const Result<QStringList> check = db.integrityCheck();
            QVERIFY(check.ok());
            QCOMPARE(*check, QStringList{QStringLiteral("ok")});

            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT position, status, text FROM responses")));
            int complete = 0;
            while (q.next()) {
                const int position = q.value(0).toInt();
                const QString status = q.value(1).toString();
                const QString text = q.value(2).toString();
                if (status == QLatin1String("complete")) {
                    QCOMPARE(text, expectedText(position));
                    ++complete;
                } else {
                    QCOMPARE(status, QStringLiteral("interrupted"));
                    QVERIFY2(expectedText(position).startsWith(text), qPrintable(text));
                }
            }
            QVERIFY(complete >= 3 * (round + 1));
        }
        QVERIFY(interruptedSeen > 0);
    }
};

QTEST_GUILESS_MAIN(TestRunRecorder)
#include "tst_runrecorder.moc"
