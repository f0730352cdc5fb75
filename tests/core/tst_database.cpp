// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "store/database.h"
#include "store/evalrepository.h"
#include "store/runrepository.h"
#include "store/schema.h"
#include "store/voterepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Builds a database the way an older Rightsize did: the released steps up to `version` only.
bool createLegacyDatabase(const QString &path, int version)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const SchemaMigration &m : schemaMigrations()) {
            if (m.version > version)
                break;
            for (const QString &statement : m.statements)
                ok = ok && q.exec(statement);
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        }
        // Data as that version wrote it (its own columns only).
        const QStringList data{
            QStringLiteral("INSERT INTO prompts (id, system, user, variables) VALUES (1, 'Be brief.', 'Which river is "
                           "longest?', '{\"topic\":\"rivers\"}')"),
            QStringLiteral("INSERT INTO endpoints (id, name, kind, base_url, model, catalog_model, params) VALUES "
                           "(1, 'local', 'openai', 'http://127.0.0.1:8080/v1', 'qwen2.5-7b', 'qwen-2.5-7b', '{}')"),
            QStringLiteral(
                "INSERT INTO runs (id, started_at, origin, prompt_id, params, response_count, models, max_latency_ms) "
                "VALUES (1, '2025-06-01T10:00:00.000Z', 'compare', 1, '{\"temperature\":0.2}', 1, 'qwen2.5-7b', 812)"),
            QStringLiteral(
                "INSERT INTO responses (id, run_id, position, endpoint_id, status, text, finish_reason, input_tokens, "
                "output_tokens, ttft_ms, latency_ms, attempts) VALUES (1, 1, 0, 1, 'complete', "
                "'The Nile is usually named the longest.', 'stop', 14, 9, 95, 812, 1)"),
        };
        for (const QString &statement : data)
            ok = ok && q.exec(statement);
        // From version 5 on, Rightsize indexed its rows itself at the end of each write (before, triggers did).
        if (version >= 5) {
            ok = ok &&
                q.exec(QStringLiteral(
                    "INSERT INTO prompts_fts(rowid, system, user) SELECT id, system, user FROM prompts"));
            ok = ok && q.exec(QStringLiteral("INSERT INTO responses_fts(rowid, text) SELECT id, text FROM responses"));
        }
        // Version 3 had evaluation tables (no code wrote them yet, but a file may hold rows);
        // from version 4 on the EvalRepository writes them.
        const QStringList evalData{
            QStringLiteral("INSERT INTO eval_sets (id, name, description, created_at) VALUES (1, 'Rivers', '', "
                           "'2025-06-01T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO eval_cases (id, set_id, position, description, variables, assertions) VALUES "
                           "(1, 1, 0, 'longest', '{\"q\":\"Which river is longest?\"}', "
                           "'[{\"type\":\"icontains\",\"value\":\"nile\"}]')"),
            QStringLiteral(
                "INSERT INTO eval_results (id, case_id, run_id, response_id, endpoint_id, passed, score, details, at) "
                "VALUES (1, 1, 1, 1, 1, 1, 1.0, '{}', '2025-06-01T10:00:01.000Z')"),
        };
        if (version == 3) {
            for (const QString &statement : evalData)
                ok = ok && q.exec(statement);
        }
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    return ok;
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(name));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_file)); }

private slots:
    void opensAFreshFileAtTheCurrentVersionWithItsPragmas()
    {
        Database db;
        const Status status = db.open(newPath());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(db.schemaVersion(), 6);
        QCOMPARE(currentSchemaVersion(), 6);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
        QCOMPARE(*db.integrityCheck(), QStringList{QStringLiteral("ok")});
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (const SchemaMigration &m : schemaMigrations()) {
            if (m.version < currentSchemaVersion())
                QTest::addRow("from version %d", m.version) << m.version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = newPath();
        QVERIFY(createLegacyDatabase(path, version));
        QCOMPARE(Database::fileSchemaVersion(path).value(), version);

        Database db;
        const Status status = db.open(path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(db.schemaVersion(), currentSchemaVersion());

        // The old data survived…
        RunRepository runs(db);
        const Result<RunRecord> run = runs.loadRun(1);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run->prompt.user, QStringLiteral("Which river is longest?"));
        QCOMPARE(run->prompt.variables.value(QStringLiteral("topic")), QStringLiteral("rivers"));
        QCOMPARE(run->temperature, std::optional<double>(0.2));
        QCOMPARE(run->responses.size(), 1);
        QCOMPARE(run->responses.at(0).result.text, QStringLiteral("The Nile is usually named the longest."));
        QCOMPARE(run->responses.at(0).result.outputTokens, std::optional<qint64>(9));
        QVERIFY(!run->responses.at(0).costUsd.has_value()); // no price was recorded then

        // …and the newer features work on it: search (version 2) finds old text, votes and thumbs (3).
        RunFilter filter;
        filter.search = QStringLiteral("nile");
        QCOMPARE(runs.countRuns(filter).value(), 1);
        filter.search = QStringLiteral("longest river");
        QCOMPARE(runs.countRuns(filter).value(), 1);
        VoteRepository votes(db);
        QVERIFY(votes.setThumb({1, 0, 1, QDateTime::currentDateTimeUtc()}).ok());
        QCOMPARE(votes.thumbs(1)->size(), 1);
        RunRecord fresh = *run;
        fresh.responses[0].result.text = QStringLiteral("Amazon by some measures.");
        fresh.responses[0].costUsd = 0.0001;
        QVERIFY(runs.insertRun(fresh).ok());
        filter.search = QStringLiteral("amazon");
        QCOMPARE(runs.countRuns(filter).value(), 1);

        // Evaluation sets (version 3's rows kept; 4 adds runs): the set reads back, the old result
        // row is still there with its case and endpoint, and a run can be stored beside it.
        EvalRepository evals(db);
        if (version == 3) {
            const Result<EvalSet> set = evals.loadSet(QStringLiteral("Rivers"));
            QVERIFY2(set.ok(), qPrintable(set.error()));
            QCOMPARE(set->cases.size(), 1);
            QCOMPARE(set->cases.at(0).description, QStringLiteral("longest"));
            QCOMPARE(set->cases.at(0).variables.value(QStringLiteral("q")), QStringLiteral("Which river is longest?"));
            QCOMPARE(set->cases.at(0).assertions.at(0).typeName(), QStringLiteral("icontains"));
            QCOMPARE(set->cases.at(0).weight, 1.0);
            QSqlQuery old(db.connection());
            QVERIFY(old.exec(QStringLiteral(
                "SELECT case_id, case_index, endpoint_name, run_id, passed, eval_run_id FROM eval_results")));
            QVERIFY(old.next());
            QCOMPARE(old.value(0).toInt(), 1);
            QCOMPARE(old.value(1).toInt(), 0);
            QCOMPARE(old.value(2).toString(), QStringLiteral("local"));
            QCOMPARE(old.value(3).toInt(), 1);
            QCOMPARE(old.value(4).toInt(), 1);
            QVERIFY(old.value(5).isNull());
            QVERIFY(!old.next());
        } else {
            QCOMPARE(evals.setNames().value(), QStringList());
        }
        EvalSet fresh3;
        fresh3.name = QStringLiteral("Rivers");
        fresh3.prompt.user = QStringLiteral("{{q}}");
        EvalCase evalCase;
        evalCase.variables.insert(QStringLiteral("q"), QStringLiteral("Longest river?"));
        evalCase.expected = QStringLiteral("Nile");
        evalCase.weight = 2;
        fresh3.cases = {evalCase};
        QVERIFY(evals.saveSet(fresh3).ok());
        QCOMPARE(evals.loadSet(QStringLiteral("Rivers")).value(), fresh3);
        const qint64 evalRun = evals.startRun(fresh3, {run->responses.at(0).endpoint}, {}).value();
        EvalResult result;
        result.endpointName = QStringLiteral("local");
        result.passed = true;
        QVERIFY(evals.appendResult(evalRun, result).ok());
        QCOMPARE(evals.runInfo(evalRun)->passed, 1);
        QCOMPARE(*db.integrityCheck(), QStringList{QStringLiteral("ok")});
    }

    void refusesANewerSchemaAndLeavesTheFileAlone()
    {
        const QString path = newPath();
        QVERIFY(createLegacyDatabase(path, currentSchemaVersion()));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 7")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = fileBytes(path);

        Database db;
        const Status status = db.open(path);
        QVERIFY(!status.ok());
        QVERIFY(!db.isOpen());
        QVERIFY2(status.error().contains(path), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("schema version 7")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("up to %1").arg(currentSchemaVersion())),
                 qPrintable(status.error()));
        QCOMPARE(db.lastError(), status.error());
        QCOMPARE(fileBytes(path), before);
    }

    void reportsADamagedFileWithItsPathAndNeverOverwritesIt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("text") << QByteArray("this is not a database, just a note\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::addRow("header then garbage") << header + QByteArray(8192, '\x5a');
    }

    void reportsADamagedFileWithItsPathAndNeverOverwritesIt()
    {
        QFETCH(QByteArray, content);
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Database db;
        const Status status = db.open(path);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(path), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("left unchanged")), qPrintable(status.error()));
        QCOMPARE(fileBytes(path), content);
        // The same object then opens another file: the app can start fresh elsewhere.
        QVERIFY(db.open(newPath()).ok());
    }

    void marksUnfinishedResponsesInterruptedOnOpen()
    {
        const QString path = newPath();
        qint64 runId = 0;
        {
            Database db;
            QVERIFY(db.open(path).ok());
            RunRepository runs(db);
            RunRecord run;
            run.prompt.user = QStringLiteral("q");
            for (const auto status : {ResponseRecord::Status::Complete, ResponseRecord::Status::Streaming,
                                      ResponseRecord::Status::Pending}) {
                ResponseRecord r;
                r.position = int(run.responses.size());
                r.status = status;
                r.result.text = QStringLiteral("partial %1").arg(r.position);
                r.endpoint.name = QStringLiteral("e");
                run.responses.append(r);
            }
            runId = runs.insertRun(run).value();
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.recoveredResponses(), 2);
        const RunRecord run = RunRepository(db).loadRun(runId).value();
        QCOMPARE(run.responses.at(0).status, ResponseRecord::Status::Complete);
        QCOMPARE(run.responses.at(1).status, ResponseRecord::Status::Interrupted);
        QCOMPARE(run.responses.at(1).result.text, QStringLiteral("partial 1"));
        QCOMPARE(run.responses.at(2).status, ResponseRecord::Status::Interrupted);
    }

    void backsUpAndRestores()
    {
        const QString path = newPath();
        Database db;
        QVERIFY(db.open(path).ok());
        RunRepository runs(db);
        RunRecord run;
        run.prompt.user = QStringLiteral("kept in the backup");
        const qint64 id = runs.insertRun(run).value();
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        const Status made = db.backup(backup);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(!db.backup(backup).ok()); // never overwrites
        QCOMPARE(Database::fileSchemaVersion(backup).value(), currentSchemaVersion());

        QVERIFY(RunRepository(db).deleteRuns({id}).ok());
        QCOMPARE(RunRepository(db).countRuns({}).value(), 0);

        // A damaged "backup" is refused and the database stays open as it was.
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        QVERIFY(!db.restore(bad).ok());
        QVERIFY(db.isOpen());

        const Status restored = db.restore(backup);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(db.isOpen());
        QCOMPARE(RunRepository(db).loadRun(id)->prompt.user, QStringLiteral("kept in the backup"));
        QVERIFY(QFile::exists(path + QStringLiteral(".before-restore")));
    }

    /// The schema has no place for a secret: no column named like a key, token secret or password.
    void noColumnCanHoldASecret()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        QSqlQuery tables(db.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        static const QRegularExpression secretish(
            QStringLiteral("key|secret|password|passwd|auth|bearer|credential|api_?ref"),
            QRegularExpression::CaseInsensitiveOption);
        int columns = 0;
        while (tables.next()) {
            QSqlQuery info(db.connection());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(tables.value(0).toString())));
            while (info.next()) {
                const QString column = info.value(1).toString();
                QVERIFY2(!secretish.match(column).hasMatch(),
                         qPrintable(tables.value(0).toString() + QLatin1Char('.') + column));
                ++columns;
            }
        }
        QVERIFY(columns > 40);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
