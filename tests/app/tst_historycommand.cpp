// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cliharness.h"
#include "fakehttpserver.h"
#include "providerstreams.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestHistoryCommand : public QObject
{
    Q_OBJECT

    CliHarness m_cli;
    QString m_db;
    QList<qint64> m_ids;

    CliRun run(const QStringList &args) { return m_cli.run(args); }

private slots:
    void initTestCase()
    {
        // Everything the commands write lands in the harness's private HOME.
        QVERIFY(m_cli.isValid());
        m_db = m_cli.filePath(QStringLiteral("history.sqlite"));
        Database db;
        QVERIFY(db.open(m_db).ok());
        QList<RunRecord> runs;
        for (int i = 0; i < 3; ++i) {
            RunRecord run;
            run.startedAt = QDateTime(QDate(2026, 4, i + 1), QTime(8, 0), QTimeZone::utc());
            run.prompt.user = QStringLiteral("Prompt %1").arg(i);
            ResponseRecord r;
            r.endpoint.name = QStringLiteral("local");
            r.endpoint.model = QStringLiteral("tiny");
            r.status = ResponseRecord::Status::Complete;
            r.result.text = i == 1 ? QStringLiteral("The heron waits.") : QStringLiteral("Answer %1").arg(i);
            r.result.latencyMs = 100 + i;
            run.responses = {r};
            runs.append(run);
        }
        QVERIFY(RunRepository(db).insertRuns(runs).ok());
        for (const RunRecord &run : runs)
            m_ids << run.id;
    }

    void listsAsJsonNewestFirst()
    {
        const CliRun r = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray runs = r.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("run_id")).toInteger(), m_ids.at(2));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("started_at")).toString(),
                 QStringLiteral("2026-04-03T08:00:00.000Z"));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("max_latency_ms")).toDouble(), 102.0);
        QCOMPARE(runs.at(2).toObject().value(QStringLiteral("prompt")).toString(), QStringLiteral("Prompt 0"));
    }

    void listsWithSearchAndLimit()
    {
        CliRun r = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--search"), QStringLiteral("heron"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), 1);
        QCOMPARE(r.json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("run_id"))
                     .toInteger(),
                 m_ids.at(1));
        r = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Prompt 2")));
        QVERIFY(r.out.contains(QStringLiteral("Prompt 1")));
        QVERIFY(!r.out.contains(QStringLiteral("Prompt 0")));
        r = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--limit"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
    }

    void showsOneRun()
    {
        CliRun r = run({QStringLiteral("history"), QStringLiteral("show"), QString::number(m_ids.at(1)),
                        QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("prompt")).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("Prompt 1"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("responses"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("The heron waits."));
        r = run(
            {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("9999"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("rightsize history: There is no run 9999")), qPrintable(r.err));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                             << QStringLiteral("runs.out") << QByteArray("run_id,started_at,");
        QTest::addRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                              << QStringLiteral("runs.out2") << QByteArray("[\n");
        QTest::addRow("jsonl from the extension")
            << QStringList{} << QStringLiteral("runs.jsonl") << QByteArray("{\"max_tokens\"");
    }

    void exportsEveryFormat()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        const QString out = m_cli.filePath(file);
        const CliRun r = run(QStringList{QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--db"),
                                         m_db, QStringLiteral("--out"), out} +
                             args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("3 runs written to")));
        QVERIFY2(fileBytes(out).startsWith(start), fileBytes(out).left(40).constData());
    }

    void checksAndBacksUp()
    {
        CliRun r = run(
            {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("schema_version")).toInt(), currentSchemaVersion());
        QCOMPARE(r.json().value(QStringLiteral("runs")).toInt(), 3);
        const QString backup = m_cli.filePath(QStringLiteral("backup.sqlite"));
        r = run({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(backup));
        r = run({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        r = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), backup,
                 QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), 3);
    }

    void reportsADamagedFileAndLeavesIt()
    {
        const QString bad = m_cli.filePath(QStringLiteral("bad.sqlite"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("not a database ").repeated(100));
        }
        const QByteArray before = fileBytes(bad);
        for (const QString &command : {QStringLiteral("db"), QStringLiteral("history")}) {
            const CliRun r =
                run({command, command == QLatin1String("db") ? QStringLiteral("check") : QStringLiteral("list"),
                     QStringLiteral("--db"), bad});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QDir::toNativeSeparators(bad)), qPrintable(r.err));
        }
        QCOMPARE(fileBytes(bad), before);
    }

    void compareStoresItsRunUnlessNoStore()
    {
        const QString db = m_cli.filePath(QStringLiteral("compare.sqlite"));
        FakeHttpServer server;
        server.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        server.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        const QString target = QStringLiteral("openai:tiny@%1").arg(server.url(QStringLiteral("/v1")).toString());
        CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("Say hello"),
                        QStringLiteral("--target"), target, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 runId = r.json().value(QStringLiteral("run_id")).toInteger();
        QVERIFY(runId > 0);
        r = run({QStringLiteral("history"), QStringLiteral("show"), QString::number(runId), QStringLiteral("--db"), db,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject response = r.json().value(QStringLiteral("responses")).toArray().at(0).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(response.value(QStringLiteral("text")).toString(), ProviderStreams::expectedText());
        QCOMPARE(r.json().value(QStringLiteral("prompt")).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("Say hello"));

        r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("Say hello"),
                 QStringLiteral("--target"), target, QStringLiteral("--db"), db, QStringLiteral("--no-store"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().value(QStringLiteral("run_id")).isNull());
        r = run(
            {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
