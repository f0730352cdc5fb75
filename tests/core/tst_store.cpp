// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "compare/comparisonrunner.h"
#include "store/database.h"
#include "store/repricing.h"
#include "store/runaggregates.h"
#include "store/runexport.h"
#include "store/runrecorder.h"
#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), QTimeZone::utc());
}

ResponseRecord response(int position, const QString &endpoint, const QString &model, ResponseRecord::Status status,
                        double latencyMs, std::optional<double> ttftMs = {}, std::optional<double> costUsd = {})
{
    ResponseRecord r;
    r.position = position;
    r.endpoint.name = endpoint;
    r.endpoint.model = model;
    r.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    r.status = status;
    r.result.latencyMs = latencyMs;
    r.result.ttftMs = ttftMs;
    r.costUsd = costUsd;
    r.result.text = QStringLiteral("answer %1 from %2").arg(position).arg(model);
    if (status == ResponseRecord::Status::Failed) {
        ChatError e;
        e.kind = ChatError::Kind::Http;
        e.httpStatus = 500;
        e.message = QStringLiteral("%1 answered HTTP 500").arg(endpoint);
        r.result.error = e;
    }
    return r;
}

/// Five runs of models "alpha" (position 0) and "beta" (position 1) with known figures.
QList<RunRecord> handMadeRuns()
{
    using S = ResponseRecord::Status;
    QList<RunRecord> runs;
    for (int i = 0; i < 5; ++i) {
        RunRecord run;
        run.startedAt = at(i + 1);
        run.origin = QStringLiteral("compare");
        run.prompt.user = QStringLiteral("Question number %1 about rivers").arg(i);
        if (i < 4) {
            ResponseRecord a = response(0, QStringLiteral("cloud"), QStringLiteral("alpha"), S::Complete,
                                        100.0 * (i + 1), 10.0 * (i + 1), 0.01);
            a.tokensPerSecond = 10.0 * (i + 1);
            run.responses.append(a);
        } else {
            run.responses.append(response(0, QStringLiteral("cloud"), QStringLiteral("alpha"), S::Failed, 30));
        }
        if (i == 0)
            run.responses.append(response(1, QStringLiteral("local"), QStringLiteral("beta"), S::Complete, 50, 5));
        if (i == 1)
            run.responses.append(response(1, QStringLiteral("local"), QStringLiteral("beta"), S::Complete, 150, 15));
        if (i == 2)
            run.responses.append(response(1, QStringLiteral("local"), QStringLiteral("beta"), S::Interrupted, 0));
        runs.append(run);
    }
    runs[3].responses[0].result.text = QStringLiteral("The Okavango never reaches the sea.");
    return runs;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Database> m_db;
    QList<RunRecord> m_runs;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_file))).ok());
        m_runs = handMadeRuns();
        QVERIFY(RunRepository(*m_db).insertRuns(m_runs).ok());
    }

    void cleanup() { m_db.reset(); }

    void insertsAndLoadsRunsWithResponses()
    {
        RunRepository repo(*m_db);
        const RunRecord loaded = repo.loadRun(m_runs.at(0).id).value();
        QCOMPARE(loaded.startedAt, at(1));
        QCOMPARE(loaded.prompt.user, QStringLiteral("Question number 0 about rivers"));
        QCOMPARE(loaded.responses.size(), 2);
        QCOMPARE(loaded.responses.at(1).endpoint.name, QStringLiteral("local"));
        QCOMPARE(loaded.responses.at(1).result.ttftMs, std::optional<double>(5));
        QCOMPARE(loaded.responses.at(0).id, m_runs.at(0).responses.at(0).id);
        QVERIFY(!repo.loadRun(9999).ok());
    }

    void listsFiltersSortsAndPages_data()
    {
        QTest::addColumn<RunFilter>("filter");
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("runs"); // indexes into handMadeRuns()
        QTest::addRow("newest first") << RunFilter{} << int(RunSort::StartedAt) << int(Qt::DescendingOrder)
                                      << QList<int>{4, 3, 2, 1, 0};
        QTest::addRow("slowest first") << RunFilter{} << int(RunSort::Latency) << int(Qt::DescendingOrder)
                                       << QList<int>{3, 2, 1, 0, 4};
        RunFilter model;
        model.model = QStringLiteral("beta");
        QTest::addRow("model beta") << model << int(RunSort::StartedAt) << int(Qt::AscendingOrder)
                                    << QList<int>{0, 1, 2};
        RunFilter endpoint;
        endpoint.endpoint = QStringLiteral("local");
        endpoint.from = at(2);
        endpoint.to = at(3);
        QTest::addRow("endpoint local, one day")
            << endpoint << int(RunSort::StartedAt) << int(Qt::AscendingOrder) << QList<int>{1};
        RunFilter failed;
        failed.status = ResponseRecord::Status::Failed;
        QTest::addRow("failed") << failed << int(RunSort::StartedAt) << int(Qt::AscendingOrder) << QList<int>{4};
        RunFilter search;
        search.search = QStringLiteral("okavango");
        QTest::addRow("search a response word")
            << search << int(RunSort::StartedAt) << int(Qt::AscendingOrder) << QList<int>{3};
        search.search = QStringLiteral("rivers number");
        QTest::addRow("search prompt words")
            << search << int(RunSort::StartedAt) << int(Qt::AscendingOrder) << QList<int>{0, 1, 2, 3, 4};
        search.search = QStringLiteral("\"unbalanced AND( NEAR");
        QTest::addRow("operators taken literally")
            << search << int(RunSort::StartedAt) << int(Qt::AscendingOrder) << QList<int>{};
        RunFilter errors;
        QTest::addRow("most errors") << errors << int(RunSort::Errors) << int(Qt::DescendingOrder)
                                     << QList<int>{4, 2, 3, 1, 0};
    }

    void listsFiltersSortsAndPages()
    {
        QFETCH(RunFilter, filter);
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(QList<int>, runs);
        RunRepository repo(*m_db);
        const Result<QList<RunSummary>> list = repo.listRuns(filter, RunSort(sort), Qt::SortOrder(order));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QList<qint64> expected;
        for (int i : runs)
            expected << m_runs.at(i).id;
        QList<qint64> got;
        for (const RunSummary &s : *list)
            got << s.id;
        QCOMPARE(got, expected);
        QCOMPARE(repo.countRuns(filter).value(), int(runs.size()));
        // Paging gives the same order two at a time.
        QList<qint64> paged;
        for (int offset = 0; offset < 6; offset += 2) {
            for (const RunSummary &s : *repo.listRuns(filter, RunSort(sort), Qt::SortOrder(order), 2, offset))
                paged << s.id;
        }
        QCOMPARE(paged, expected);
    }

    void ratingsFilterAndSummaries()
    {
        VoteRepository votes(*m_db);
        QVERIFY(votes.setThumb({m_runs.at(1).id, 0, 1, {}}).ok());
        QVERIFY(votes.setThumb({m_runs.at(2).id, 1, -1, {}}).ok());
        QVERIFY(votes.addVote({m_runs.at(0).id, 0, 1, Vote::Outcome::ABetter, {}}).ok());
        RunRepository repo(*m_db);
        RunFilter filter;
        filter.rating = RunFilter::Rating::ThumbsUp;
        QCOMPARE(repo.countRuns(filter).value(), 1);
        filter.rating = RunFilter::Rating::ThumbsDown;
        QCOMPARE(repo.listRuns(filter)->value(0).id, m_runs.at(2).id);
        filter.rating = RunFilter::Rating::Voted;
        QCOMPARE(repo.listRuns(filter)->value(0).votes, 1);
        filter.rating = RunFilter::Rating::Unrated;
        QCOMPARE(repo.countRuns(filter).value(), 2);
        QVERIFY(votes.setThumb({m_runs.at(1).id, 0, 0, {}}).ok()); // cleared
        QCOMPARE(votes.thumbs(m_runs.at(1).id)->size(), 0);
        QCOMPARE(votes.votes(m_runs.at(0).id)->value(0).outcome, Vote::Outcome::ABetter);
    }

    void deletesRunsWithEverythingTheyOwn()
    {
        RunRepository repo(*m_db);
        QVERIFY(VoteRepository(*m_db).addVote({m_runs.at(0).id, 0, 1, Vote::Outcome::Tie, {}}).ok());
        QVERIFY(repo.deleteRuns({m_runs.at(0).id, m_runs.at(3).id}).ok());
        QCOMPARE(repo.countRuns({}).value(), 3);
        RunFilter search;
        search.search = QStringLiteral("okavango");
        QCOMPARE(repo.countRuns(search).value(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM prompts), (SELECT count(*) FROM responses), "
                                      "(SELECT count(*) FROM votes)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 5);
        QCOMPARE(q.value(2).toInt(), 0);
    }

    /// Full-text indexing is batched (schema 5): a streaming answer is searchable once it is
    /// finished, and the index stays consistent through appends, finishing and deleting.
    void searchIndexFollowsStreamingFinishingAndDeleting()
    {
        RunRepository repo(*m_db);
        RunRecord run;
        run.prompt.user = QStringLiteral("Which bird fishes in shallow water?");
        ResponseRecord streaming;
        streaming.endpoint.name = QStringLiteral("local");
        streaming.status = ResponseRecord::Status::Streaming;
        run.responses = {streaming};
        const qint64 runId = repo.insertRun(run).value();
        const qint64 responseId = run.responses.at(0).id;
        QVERIFY(repo.appendText(responseId, QStringLiteral("The grey ")).ok());
        QVERIFY(repo.appendText(responseId, QStringLiteral("heron waits.")).ok());
        RunFilter filter;
        filter.search = QStringLiteral("heron");
        QCOMPARE(repo.countRuns(filter).value(), 0); // still streaming: not indexed yet
        filter.search = QStringLiteral("shallow bird");
        QCOMPARE(repo.countRuns(filter).value(), 1); // the prompt was indexed with the insert

        ResponseRecord finished = run.responses.at(0);
        finished.status = ResponseRecord::Status::Complete;
        finished.result.text = QStringLiteral("The grey heron waits, then strikes.");
        QVERIFY(repo.inTransaction([&] {
                        const Status written = repo.writeResponse(responseId, finished);
                        return written.ok() ? repo.indexPendingText() : written;
                    })
                    .ok());
        filter.search = QStringLiteral("heron strikes");
        QCOMPARE(repo.runIds(filter).value(), QList<qint64>{runId});

        QSqlQuery q(m_db->connection());
        for (const char *check : {"INSERT INTO responses_fts(responses_fts) VALUES ('integrity-check')",
                                  "INSERT INTO prompts_fts(prompts_fts) VALUES ('integrity-check')"})
            QVERIFY2(q.exec(QString::fromLatin1(check)), qPrintable(q.lastError().text()));
        QVERIFY(repo.deleteRuns({runId, m_runs.at(1).id}).ok());
        QCOMPARE(repo.countRuns(filter).value(), 0);
        for (const char *check : {"INSERT INTO responses_fts(responses_fts) VALUES ('integrity-check')",
                                  "INSERT INTO prompts_fts(prompts_fts) VALUES ('integrity-check')"})
            QVERIFY2(q.exec(QString::fromLatin1(check)), qPrintable(q.lastError().text()));
        QCOMPARE(*m_db->integrityCheck(), QStringList{QStringLiteral("ok")});
    }

    void aggregatesPerEndpointExactly()
    {
        VoteRepository votes(*m_db);
        votes.addVote({m_runs.at(0).id, 0, 1, Vote::Outcome::ABetter, {}});
        votes.addVote({m_runs.at(1).id, 0, 1, Vote::Outcome::ABetter, {}});
        votes.addVote({m_runs.at(2).id, 0, 1, Vote::Outcome::Tie, {}});
        RunRepository repo(*m_db);
        const QList<RunRecord> runs = repo.loadRuns(repo.runIds({}).value(), false).value();
        const QList<EndpointAggregate> aggregates = aggregateByEndpoint(runs, votes.votes(QList<qint64>{}).value());
        QCOMPARE(aggregates.size(), 2);
        const EndpointAggregate &a = aggregates.at(0);
        QCOMPARE(a.endpoint, QStringLiteral("cloud"));
        QCOMPARE(a.model, QStringLiteral("alpha"));
        QCOMPARE(a.runs, 5);
        QCOMPARE(a.errors, 1);
        QCOMPARE(a.lastError, QStringLiteral("cloud answered HTTP 500"));
        QCOMPARE(*a.errorRate, 0.2);
        QCOMPARE(*a.medianLatencyMs, 250.0);
        QCOMPARE(*a.p95LatencyMs, 400.0);
        QCOMPARE(*a.medianTtftMs, 25.0);
        QCOMPARE(*a.p95TtftMs, 40.0);
        QCOMPARE(*a.medianTokensPerSecond, 25.0);
        QCOMPARE(a.pricedResponses, 4);
        QCOMPARE(a.totalCostUsd, 0.04);
        QCOMPARE(*a.costPerRequestUsd, 0.01);
        QCOMPARE(a.votes, 3);
        QCOMPARE(*a.winRate, 2.5 / 3);
        const EndpointAggregate &b = aggregates.at(1);
        QCOMPARE(b.endpoint, QStringLiteral("local"));
        QCOMPARE(b.model, QStringLiteral("beta"));
        QCOMPARE(b.runs, 3);
        QCOMPARE(*b.errorRate, 1.0 / 3);
        QCOMPARE(*b.medianLatencyMs, 100.0);
        QCOMPARE(*b.p95LatencyMs, 150.0);
        QVERIFY(!b.costPerRequestUsd.has_value());
        QCOMPARE(*b.winRate, 0.5 / 3);
    }

    void aggregatesKeepEndpointsOfTheSameModelApart()
    {
        // Two servers both report "tiny"; their prices differ twentyfold. A cancelled answer is
        // neither a success nor an error.
        using S = ResponseRecord::Status;
        QList<RunRecord> runs;
        for (int i = 0; i < 2; ++i) {
            RunRecord run;
            run.id = i + 1;
            run.startedAt = at(i + 1);
            run.responses << response(0, QStringLiteral("laptop"), QStringLiteral("tiny"), S::Complete, 100, 10, 0.001)
                          << response(1, QStringLiteral("hosted"), QStringLiteral("tiny"),
                                      i == 0 ? S::Complete : S::Cancelled, 200, 20,
                                      i == 0 ? std::optional<double>(0.02) : std::nullopt);
            runs << run;
        }
        const QList<Vote> votes{{1, 0, 1, Vote::Outcome::BBetter, {}}};
        const QList<EndpointAggregate> aggregates = aggregateByEndpoint(runs, votes);
        QCOMPARE(aggregates.size(), 2);
        const EndpointAggregate &hosted = aggregates.at(0);
        QCOMPARE(hosted.endpoint, QStringLiteral("hosted"));
        QCOMPARE(hosted.model, QStringLiteral("tiny"));
        QCOMPARE(hosted.responses, 2);
        QCOMPARE(hosted.finished, 1);
        QCOMPARE(hosted.errors, 0);
        QCOMPARE(hosted.cancelled, 1);
        QCOMPARE(*hosted.costPerRequestUsd, 0.02);
        QCOMPARE(*hosted.winRate, 1.0);
        const EndpointAggregate &laptop = aggregates.at(1);
        QCOMPARE(laptop.endpoint, QStringLiteral("laptop"));
        QCOMPARE(laptop.cancelled, 0);
        QCOMPARE(*laptop.costPerRequestUsd, 0.001);
        QCOMPARE(*laptop.winRate, 0.0);

        // An unnamed ad-hoc target is shown by its model and server.
        Endpoint adHoc;
        adHoc.model = QStringLiteral("tiny");
        adHoc.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(endpointLabel(adHoc), QStringLiteral("tiny @ 127.0.0.1"));
    }

    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p95");
        QTest::addRow("one") << QList<double>{7} << 7.0 << 7.0;
        QTest::addRow("odd") << QList<double>{5, 1, 3} << 3.0 << 5.0;
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred << i;
        QTest::addRow("1..100") << hundred << 50.5 << 95.0;
        QList<double> twenty;
        for (int i = 1; i <= 20; ++i)
            twenty << i * 10.0;
        QTest::addRow("10..200") << twenty << 105.0 << 190.0;
    }

    void percentilesAreNearestRank()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, median);
        QFETCH(double, p95);
        QCOMPARE(*::median(values), median);
        QCOMPARE(*percentile(values, 95), p95);
        QVERIFY(!::median({}).has_value());
    }

    void repricesWithTodaysCatalog()
    {
        Catalog today;
        today.name = QStringLiteral("current");
        today.date = QDate(2026, 3, 1);
        ModelSpec model;
        model.id = QStringLiteral("alpha-1");
        model.inputPricePerMTok = 2.0;
        model.outputPricePerMTok = 4.0;
        today.models.append(model);

        ResponseRecord r =
            response(0, QStringLiteral("cloud"), QStringLiteral("alpha"), ResponseRecord::Status::Complete, 100);
        r.result.inputTokens = 1000;
        r.result.outputTokens = 500;
        r.price = PriceSnapshot{QStringLiteral("alpha-1"), 1.0, 2.0, QStringLiteral("article-2025"), QDate(2025, 6, 1)};
        r.costUsd = 0.002;
        QCOMPARE(*repricedCost(r, today), 0.004);
        QVERIFY(costsDiffer(r.costUsd, repricedCost(r, today)));
        QVERIFY(!costsDiffer(0.004, repricedCost(r, today)));

        r.price.reset();
        r.endpoint.catalogModel = QStringLiteral("alpha-1"); // no price then, a catalog model now
        QCOMPARE(*repricedCost(r, today), 0.004);
        r.endpoint.catalogModel = QStringLiteral("unknown");
        QVERIFY(!repricedCost(r, today).has_value());

        // Stored through the database and aggregated: both totals are there.
        RunRecord run;
        run.prompt.user = QStringLiteral("priced");
        r.endpoint.catalogModel = QStringLiteral("alpha-1");
        r.price = PriceSnapshot{QStringLiteral("alpha-1"), 1.0, 2.0, QStringLiteral("article-2025"), QDate(2025, 6, 1)};
        run.responses = {r};
        RunRepository repo(*m_db);
        const qint64 id = repo.insertRun(run).value();
        const RunRecord loaded = repo.loadRun(id).value();
        QCOMPARE(loaded.responses.at(0).price, r.price);
        const QList<EndpointAggregate> aggregates = aggregateByEndpoint({loaded}, {}, &today);
        QCOMPARE(aggregates.at(0).totalCostUsd, 0.002);
        QCOMPARE(*aggregates.at(0).todayTotalCostUsd, 0.004);
    }

    void exportsCsvJsonAndJsonl()
    {
        RunRecord run = RunRepository(*m_db).loadRun(m_runs.at(0).id).value();
        run.responses[1].result.text = QStringLiteral("Line one, with a comma\nand \"quotes\"");
        run.responses[0].result.inputTokens = 12;
        const QString csv = QString::fromUtf8(exportRuns({run}, RunExportFormat::Csv));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QVERIFY(lines.at(0).startsWith(
            QStringLiteral("run_id,started_at,origin,system,user,position,endpoint,kind,base_url,model")));
        QVERIFY(lines.at(0).endsWith(QStringLiteral(",error_kind,error_status,error_message,text")));
        QCOMPARE(
            lines.at(1),
            QStringLiteral("%1,2026-02-01T12:00:00.000Z,compare,,Question number 0 about rivers,0,cloud,openai,"
                           "http://127.0.0.1:8080/v1,alpha,,complete,,12,,10,100,10,0,0.01,,,,,,,,answer 0 from alpha")
                .arg(run.id));
        QVERIFY(csv.contains(QStringLiteral("\"Line one, with a comma\nand \"\"quotes\"\"\"\r\n")));

        const QJsonArray json = QJsonDocument::fromJson(exportRuns({run, run}, RunExportFormat::Json)).array();
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("run_id")).toInteger(), run.id);
        QCOMPARE(first.value(QStringLiteral("prompt")).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("Question number 0 about rivers"));
        const QJsonObject response = first.value(QStringLiteral("responses")).toArray().at(0).toObject();
        QCOMPARE(response.value(QStringLiteral("latency_ms")).toDouble(), 100.0);
        QCOMPARE(response.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("alpha"));
        QVERIFY(response.value(QStringLiteral("output_tokens")).isNull());

        const QList<QByteArray> jsonl = exportRuns({run, run, run}, RunExportFormat::Jsonl).split('\n');
        QCOMPARE(jsonl.size(), 4); // three lines and the final newline
        QCOMPARE(QJsonDocument::fromJson(jsonl.at(2)).object().value(QStringLiteral("run_id")).toInteger(), run.id);
        QCOMPARE(runExportFormatForPath(QStringLiteral("a/b.JSONL")), std::optional(RunExportFormat::Jsonl));
        QVERIFY(!runExportFormatFromName(u"xml").has_value());
    }

    /// A key that reached an Endpoint (as its key reference, in its URL) or an error message
    /// never reaches the database file, its WAL or an export.
    void canaryKeyNeverReachesTheFileTheWalOrExports()
    {
        const QByteArray canary = "sk-canary-7Hq2ZpX9Lm4Vb8Rt";
        qputenv("RIGHTSIZE_CANARY_API_KEY", canary);
        const QString key = QString::fromLatin1(canary);
        const QString path = m_dir.filePath(QStringLiteral("canary.sqlite"));
        Database db;
        QVERIFY(db.open(path).ok());

        RunRecord run;
        run.prompt.user = QStringLiteral("hello");
        ResponseRecord r =
            response(0, QStringLiteral("cloud"), QStringLiteral("alpha"), ResponseRecord::Status::Failed, 10);
        r.endpoint.apiKeyRef = key;
        r.endpoint.baseUrl = QUrl(QStringLiteral("https://user:%1@api.example.com/v1?key=%1").arg(key));
        r.result.error->message = QStringLiteral("401 for Authorization: Bearer %1").arg(key);
        r.result.error->providerMessage = QStringLiteral("Incorrect API key provided: %1").arg(key);
        run.responses = {r};

        // Through the recorder (the worker thread's path) and the repository.
        {
            ComparisonRunner runner;
            RunRecorder recorder(db);
            recorder.attach(&runner);
            emit runner.runStarted(run);
            emit runner.responseStarted(0);
            emit runner.textAppended(0, QStringLiteral("partial"));
            emit runner.responseFinished(0, r);
            emit runner.runFinished(run);
            QVERIFY(recorder.waitForIdle());
        }
        RunRecord copy = run;
        QVERIFY(RunRepository(db).insertRun(copy).ok());

        const QByteArray wal = fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty()); // the check below looks at a real WAL
        QVERIFY(!wal.contains(canary));
        QVERIFY(!fileBytes(path).contains(canary));
        const QList<RunRecord> stored = RunRepository(db).loadRuns(RunRepository(db).runIds({}).value()).value();
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(0).responses.at(0).result.error->message.contains(QStringLiteral("[redacted]")));
        for (const RunExportFormat format : {RunExportFormat::Csv, RunExportFormat::Json, RunExportFormat::Jsonl}) {
            const QString out = m_dir.filePath(QStringLiteral("export-%1").arg(int(format)));
            QVERIFY(writeRunsExport(out, stored, format).ok());
            QVERIFY(!fileBytes(out).isEmpty());
            QVERIFY(!fileBytes(out).contains(canary));
        }
        db.close();
        QVERIFY(!fileBytes(path).contains(canary));
        qunsetenv("RIGHTSIZE_CANARY_API_KEY");
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
