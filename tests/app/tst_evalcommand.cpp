// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "commandline.h"
#include "eval/evalsetformat.h"
#include "evalcommand.h"
#include "fakehttpserver.h"
#include "providers/targetspec.h"
#include "providerstreams.h"
#include "store/database.h"
#include "store/evalrepository.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <tuple>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// An OpenAI-style stream answering `text` with 100 input and 10 output tokens.
FakeResponse answer(const QString &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{100, 10})});
}

/// The README's worked example: three cases in promptfoo's CSV layout.
QString exampleSet()
{
    return TestPaths::source(QStringLiteral("docs/examples/eval-quickstart.csv"));
}

/// Collapses runs of blanks, so table rows compare whatever the column widths.
QStringList squeezedLines(const QString &text)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(blanks, QStringLiteral(" "));
        lines << line.trimmed();
    }
    return lines;
}

// Wilson 95 % intervals for 1 of 3 and 3 of 3, computed by hand (z = 1.959963984540054).
constexpr double kOneOfThreeLow = 0.06149194472039621;
constexpr double kOneOfThreeHigh = 0.7923403991979522;
constexpr double kThreeOfThreeLow = 0.4385029682449545;
} // namespace

/// `rightsize eval` against loopback fake servers in a private HOME: a small model that gets only
/// the capital right ("Paris, 41"), a large one that gets all three right.
class TestEvalCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_catalogs;
    QString m_db;
    FakeHttpServer *m_small = nullptr;
    FakeHttpServer *m_large = nullptr;
    ModelSpec m_smallModel;
    ModelSpec m_largeModel;

    CliRun run(const QStringList &args)
    {
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CommandLine cli(out, err, m_catalogs);
        result.exitCode = cli.run(QStringList{QStringLiteral("rightsize")} + args);
        out.flush();
        err.flush();
        return result;
    }
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QString target(FakeHttpServer *server) const
    {
        return QStringLiteral("openai:tiny@%1").arg(server->url(QStringLiteral("/v1")).toString());
    }
    double costOf(const ModelSpec &model) const
    {
        return (100 * model.inputPricePerMTok + 10 * model.outputPricePerMTok) / 1e6;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = m_home.filePath(QString::fromLatin1(variable).toLower());
            QVERIFY(QDir().mkpath(dir));
            qputenv(variable, dir.toUtf8());
        }
        qputenv("RIGHTSIZE_NO_KEYCHAIN", "1");
        qunsetenv("OPENAI_API_KEY");
        m_catalogs = m_home.filePath(QStringLiteral("catalogs"));
        m_db = m_home.filePath(QStringLiteral("history.sqlite"));

        m_small = new FakeHttpServer(this);
        m_large = new FakeHttpServer(this);
        m_small->setFallback(answer(QStringLiteral("Paris, 41")));
        m_large->setFallback(answer(QStringLiteral("{\"ok\": true, \"city\": \"Paris\", \"sum\": 42}")));
        const Result<Catalog> catalog = CatalogRegistry(m_catalogs).load(QStringLiteral("current"));
        QVERIFY(catalog.ok());
        m_smallModel = catalog->models.at(0);
        m_largeModel = catalog->models.at(1);
        QVERIFY(m_smallModel.inputPricePerMTok > 0);
        for (const auto &[name, server, model] : {std::tuple{QStringLiteral("small"), m_small, m_smallModel.id},
                                                  std::tuple{QStringLiteral("large"), m_large, m_largeModel.id}}) {
            const CliRun added =
                run({QStringLiteral("endpoint"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                     QStringLiteral("openai"), QStringLiteral("--url"), server->url(QStringLiteral("/v1")).toString(),
                     QStringLiteral("--model"), QStringLiteral("tiny"), QStringLiteral("--catalog-model"), model});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void runsAFileAndReportsTheExactMatrix()
    {
        const int smallBefore = m_small->requestCount();
        const CliRun r =
            run(QStringList{QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--set"), exampleSet(),
                            QStringLiteral("--prompt"), QStringLiteral("Q: {{question}}"), QStringLiteral("--endpoint"),
                            QStringLiteral("small"), QStringLiteral("--endpoint"), QStringLiteral("large"),
                            QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--json")} +
                db());
        // Some case failed: 100, as promptfoo does, so that CI notices.
        QVERIFY2(r.exitCode == EvalCli::kSomeCasesFailed, qPrintable(r.err));
        QVERIFY(r.err.isEmpty()); // --json: no progress lines
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("run_id")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("set")).toString(), QStringLiteral("eval-quickstart"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(m_small->requestCount() - smallBefore, 3);
        QCOMPARE(m_small->requests()
                     .constLast()
                     .json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .left(3),
                 QStringLiteral("Q: "));

        const QJsonArray endpoints = json.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 2);
        const QJsonObject small = endpoints.at(0).toObject();
        QCOMPARE(small.value(QStringLiteral("name")).toString(), QStringLiteral("small"));
        QCOMPARE(small.value(QStringLiteral("catalog_model")).toString(), m_smallModel.id);
        QCOMPARE(small.value(QStringLiteral("pass_rate")).toDouble(), 1.0 / 3.0);
        QCOMPARE(small.value(QStringLiteral("ci_low")).toDouble(), kOneOfThreeLow);
        QCOMPARE(small.value(QStringLiteral("ci_high")).toDouble(), kOneOfThreeHigh);
        QCOMPARE(small.value(QStringLiteral("cases")).toInt(), 3);
        QCOMPARE(small.value(QStringLiteral("cost_usd")).toDouble(), 3 * costOf(m_smallModel));
        QCOMPARE(small.value(QStringLiteral("cost_per_case")).toDouble(), costOf(m_smallModel));
        const double p50 = small.value(QStringLiteral("p50_latency_ms")).toDouble(-1);
        QVERIFY(p50 > 0);
        QVERIFY(small.value(QStringLiteral("p95_latency_ms")).toDouble() >= p50);
        const QJsonObject large = endpoints.at(1).toObject();
        QCOMPARE(large.value(QStringLiteral("name")).toString(), QStringLiteral("large"));
        QCOMPARE(large.value(QStringLiteral("pass_rate")).toDouble(), 1.0);
        QCOMPARE(large.value(QStringLiteral("ci_low")).toDouble(), kThreeOfThreeLow);
        QCOMPARE(large.value(QStringLiteral("ci_high")).toDouble(), 1.0);
        QCOMPARE(large.value(QStringLiteral("cost_usd")).toDouble(), 3 * costOf(m_largeModel));

        // Case × endpoint: small passes the capital only.
        const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 3);
        const QStringList expected{QStringLiteral("capital pass pass"), QStringLiteral("arithmetic fail pass"),
                                   QStringLiteral("json fail pass")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QJsonArray results = c.value(QStringLiteral("results")).toArray();
            QCOMPARE(QStringLiteral("%1 %2 %3")
                         .arg(c.value(QStringLiteral("description")).toString(),
                              results.at(0).toObject().value(QStringLiteral("status")).toString(),
                              results.at(1).toObject().value(QStringLiteral("status")).toString()),
                     expected.at(i));
        }
        const QJsonObject wrongSum = cases.at(1).toObject().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(wrongSum.value(QStringLiteral("endpoint")).toString(), QStringLiteral("small"));
        QCOMPARE(wrongSum.value(QStringLiteral("answer")).toString(), QStringLiteral("Paris, 41"));
        QCOMPARE(wrongSum.value(QStringLiteral("failures")).toArray(),
                 QJsonArray{QStringLiteral("Expected the number 42; the answer's number was 41.")});
        QCOMPARE(wrongSum.value(QStringLiteral("cost_usd")).toDouble(), costOf(m_smallModel));

        // The run is stored: show prints the same matrix as text, list names the set and run.
        const CliRun shown =
            run(QStringList{QStringLiteral("eval"), QStringLiteral("show"), QStringLiteral("1")} + db());
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QStringList lines = squeezedLines(shown.out);
        QCOMPARE(lines.at(0), QStringLiteral("Evaluation run 1 · set “eval-quickstart” · finished · 6 of 6 results"));
        QVERIFY2(lines.contains(QStringLiteral("capital PASS PASS")), qPrintable(shown.out));
        QVERIFY(lines.contains(QStringLiteral("arithmetic FAIL PASS")));
        QVERIFY(lines.contains(QStringLiteral("json FAIL PASS")));
        QVERIFY(
            lines.contains(QStringLiteral("arithmetic · small: Expected the number 42; the answer's number was 41.")));
        QVERIFY2(std::any_of(
                     lines.cbegin(), lines.cend(),
                     [](const QString &l) { return l.startsWith(QStringLiteral("small 33.3% (1/3) 6.1%–79.2% 3 $")); }),
                 qPrintable(shown.out));
        QCOMPARE(run(QStringList{QStringLiteral("eval"), QStringLiteral("show"), QStringLiteral("1"),
                                 QStringLiteral("--json")} +
                     db())
                     .json()
                     .value(QStringLiteral("endpoints")),
                 json.value(QStringLiteral("endpoints")));

        const CliRun listed =
            run(QStringList{QStringLiteral("eval"), QStringLiteral("list"), QStringLiteral("--json")} + db());
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject set = listed.json().value(QStringLiteral("sets")).toArray().at(0).toObject();
        QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("eval-quickstart"));
        QCOMPARE(set.value(QStringLiteral("cases")).toInt(), 3);
        const QJsonObject info = listed.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(info.value(QStringLiteral("run_id")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("done")).toInt(), 6);
        QCOMPARE(info.value(QStringLiteral("passed")).toInt(), 4);
        QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));

        // The saved set keeps its template: a run by name needs no --prompt; all pass → 0.
        const CliRun byName =
            run(QStringList{QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--set"),
                            QStringLiteral("eval-quickstart"), QStringLiteral("--endpoint"), QStringLiteral("large")} +
                db());
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
        QVERIFY(byName.err.contains(
            QStringLiteral("Evaluation run 2 of “eval-quickstart”: 3 cases × 1 endpoints × 1 = 3 calls.")));
        QVERIFY(byName.err.contains(QStringLiteral("[3/3] ")));
        QVERIFY(squeezedLines(byName.out).contains(QStringLiteral("json PASS")));
    }

    void simulatesACascadeOnTheEvaluationRun()
    {
        // Run 1 (above): small passes the capital only, large passes all three. The confidence is
        // the answers' shape checks: only the json case has one (json-keys), which small fails.
        if (!QFile::exists(m_db))
            QSKIP("needs the stored run of runsAFileAndReportsTheExactMatrix");
        const CliRun r =
            run(QStringList{QStringLiteral("simulate-cascade"), QStringLiteral("--eval-run"), QStringLiteral("1"),
                            QStringLiteral("--levels"), QStringLiteral("small,large"), QStringLiteral("--step"),
                            QStringLiteral("0.5"), QStringLiteral("--target-quality"), QStringLiteral("0.6"),
                            QStringLiteral("--json")} +
                db());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("confidence")).toString(), QStringLiteral("evaluation"));
        QCOMPARE(json.value(QStringLiteral("prompts")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("answers")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("answers_labelled")).toInt(), 6);
        const double small = costOf(m_smallModel);
        const double large = costOf(m_largeModel);
        const QJsonArray curve = json.value(QStringLiteral("curve")).toArray();
        QCOMPARE(curve.size(), 3);
        // t = 0 keeps every small answer (1 of 3 right); from t = 0.5 the json case escalates.
        const struct
        {
            QJsonArray levels;
            double cost;
            double quality;
        } expected[] = {
            {QJsonArray{3, 0}, 3 * small, 1.0 / 3.0},
            {QJsonArray{2, 1}, 3 * small + large, 2.0 / 3.0},
            {QJsonArray{2, 1}, 3 * small + large, 2.0 / 3.0},
        };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject point = curve.at(i).toObject();
            QCOMPARE(point.value(QStringLiteral("answered_at_level")).toArray(), expected[i].levels);
            QCOMPARE(point.value(QStringLiteral("cost_usd")).toDouble(), expected[i].cost);
            QCOMPARE(point.value(QStringLiteral("quality")).toDouble(), expected[i].quality);
        }
        QCOMPARE(json.value(QStringLiteral("always_large")).toObject().value(QStringLiteral("cost_usd")).toDouble(),
                 3 * large);
        QCOMPARE(json.value(QStringLiteral("always_large")).toObject().value(QStringLiteral("quality")).toDouble(),
                 1.0);
        QCOMPARE(json.value(QStringLiteral("best_threshold")).toDouble(), 0.5);

        const CliRun missing = run(
            QStringList{QStringLiteral("simulate-cascade"), QStringLiteral("--eval-run"), QStringLiteral("99")} + db());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("99")), qPrintable(missing.err));
    }

    void exportsResults_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addRow("csv") << QString() << QStringLiteral("results.csv");
        QTest::addRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral("results.txt");
        QTest::addRow("json") << QString() << QStringLiteral("results.json");
        QTest::addRow("promptfoo") << QStringLiteral("promptfoo") << QStringLiteral("promptfoo.json");
    }
    void exportsResults()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        if (!QFile::exists(m_db))
            QSKIP("needs the run of runsAFileAndReportsTheExactMatrix");
        const QString path = m_home.filePath(file);
        QStringList args{QStringLiteral("eval"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                         path};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const CliRun r = run(args + db());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("6 results written to %1").arg(QDir::toNativeSeparators(path)));
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray data = exported.readAll();
        if (file.endsWith(QLatin1String(".csv"))) {
            const QList<QByteArray> lines = data.trimmed().split('\n');
            QCOMPARE(lines.size(), 7);
            QCOMPARE(lines.at(0).trimmed(),
                     QByteArray("set,case,description,endpoint,catalog_model,repeat,passed,score,latency_ms,"
                                "ttft_ms,cost_usd,judge_cost_usd,input_tokens,output_tokens,error,failures,"
                                "prompt,answer,finished_at"));
            const QByteArray wrong = *std::find_if(
                lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains(",arithmetic,small,"); });
            QVERIFY2(wrong.startsWith("eval-quickstart,2,arithmetic,small,"), wrong.constData());
            QVERIFY(wrong.contains(",1,false,0,"));
            QVERIFY(wrong.contains(",100,10,,Expected the number 42; the answer's number was 41.,"));
        } else if (format == QLatin1String("jsonl")) {
            const QList<QByteArray> lines = data.trimmed().split('\n');
            QCOMPARE(lines.size(), 6);
            int passed = 0;
            for (const QByteArray &line : lines)
                passed += QJsonDocument::fromJson(line).object().value(QStringLiteral("passed")).toBool() ? 1 : 0;
            QCOMPARE(passed, 4);
        } else if (format == QLatin1String("promptfoo")) {
            // promptfoo's OutputFile with an EvaluateSummaryV3 (tests/core/tst_promptfooexport checks every field).
            const QJsonObject root = QJsonDocument::fromJson(data).object();
            QCOMPARE(root.value(QStringLiteral("evalId")).toString(), QStringLiteral("rightsize-run-1"));
            const QJsonObject summary = root.value(QStringLiteral("results")).toObject();
            QCOMPARE(summary.value(QStringLiteral("version")).toInt(), 3);
            QCOMPARE(summary.value(QStringLiteral("results")).toArray().size(), 6);
            const QJsonObject stats = summary.value(QStringLiteral("stats")).toObject();
            QCOMPARE(stats.value(QStringLiteral("successes")).toInt(), 4);
            QCOMPARE(stats.value(QStringLiteral("failures")).toInt(), 2);
            QCOMPARE(stats.value(QStringLiteral("errors")).toInt(), 0);
            const QJsonArray providers =
                root.value(QStringLiteral("config")).toObject().value(QStringLiteral("providers")).toArray();
            QCOMPARE(providers.size(), 2);
            QCOMPARE(providers.at(0).toObject(),
                     (QJsonObject{{QStringLiteral("id"), QStringLiteral("openai:chat:tiny")},
                                  {QStringLiteral("label"), QStringLiteral("small")}}));
        } else {
            const QJsonObject root = QJsonDocument::fromJson(data).object();
            QCOMPARE(root.value(QStringLiteral("set")).toString(), QStringLiteral("eval-quickstart"));
            QCOMPARE(root.value(QStringLiteral("results")).toArray().size(), 6);
        }
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("error");
        const QStringList prompt{QStringLiteral("--prompt"), QStringLiteral("Q: {{question}}")};
        QTest::addRow("unknown assertion, named with its line and column")
            << QByteArray("question,__expected\nA?,contains: a\nB?,containz: b\n") << prompt
            << "rightsize eval: bad.csv line 3: __expected: unknown assertion type \"containz\" (write \"equals: "
               "containz: b\" for plain text)";
        QTest::addRow("a variable the template needs") << QByteArray("q,__expected\nA?,contains: a\n") << prompt
                                                       << "rightsize eval: bad.csv line 2: the template uses "
                                                          "{{question}} but the case has no variable \"question\"";
        QTest::addRow("no template") << QByteArray("question,__expected\nA?,contains: a\n") << QStringList()
                                     << "rightsize eval: the set “bad” has no prompt template; give one with --prompt, "
                                        "e.g. --prompt \"Answer: {{question}}\"";
        QTest::addRow("rubric without judge")
            << QByteArray("question,__expected,__description\nA?,llm-rubric: is polite,polite\n") << prompt
            << "rightsize eval: polite has an llm-rubric assertion: name the endpoint that grades it with --judge NAME";
        QTest::addRow("bad repeat") << QByteArray("question,__expected\nA?,contains: a\n")
                                    << (prompt + QStringList{QStringLiteral("--repeat"), QStringLiteral("0")})
                                    << "rightsize eval: --repeat expects a whole number from 1 to 100, not “0”";
    }
    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(QString, error);
        const QString path = m_home.filePath(QStringLiteral("bad.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(csv);
        }
        const int before = m_small->requestCount();
        const QString otherDb = m_home.filePath(QStringLiteral("bad.sqlite"));
        const CliRun r =
            run(QStringList{QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--set"), path,
                            QStringLiteral("--endpoint"), QStringLiteral("small"), QStringLiteral("--db"), otherDb} +
                extra);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), error);
        QCOMPARE(m_small->requestCount(), before);
        const CliRun listed = run({QStringLiteral("eval"), QStringLiteral("list"), QStringLiteral("--json"),
                                   QStringLiteral("--db"), otherDb});
        QVERIFY(listed.json().value(QStringLiteral("runs")).toArray().isEmpty());
    }

    /// A run whose process died after two results: `--resume` sends only the four missing calls
    /// and the stored matrix is complete.
    void resumesAnInterruptedRun()
    {
        const QString path = m_home.filePath(QStringLiteral("resume.sqlite"));
        Result<EvalSet> set = EvalSetFormat::importFile(exampleSet(), {QString(), QStringLiteral("Q: {{question}}")});
        QVERIFY(set.ok());
        Endpoint small = TargetSpec::parse(target(m_small)).value();
        Endpoint large = TargetSpec::parse(target(m_large)).value();
        qint64 runId = 0;
        {
            Database database;
            QVERIFY(database.open(path).ok());
            EvalRepository repository(database);
            runId = repository.startRun(*set, {small, large}, {}).value();
            for (const auto &[caseIndex, endpoint] : {std::pair{0, small.name}, std::pair{2, large.name}}) {
                EvalResult done;
                done.setName = set->name;
                done.caseIndex = caseIndex;
                done.endpointName = endpoint;
                done.answer = QStringLiteral("stored before the crash");
                done.passed = true;
                done.score = 1;
                QVERIFY(repository.appendResult(runId, done).ok());
            }
        }
        const CliRun listed = run({QStringLiteral("eval"), QStringLiteral("list"), QStringLiteral("--db"), path});
        QVERIFY2(squeezedLines(listed.out).join(QLatin1Char('\n')).contains(QStringLiteral("interrupted 2/6 2")),
                 qPrintable(listed.out));

        const int smallBefore = m_small->requestCount();
        const int largeBefore = m_large->requestCount();
        const CliRun refused =
            run({QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--resume"), QString::number(runId),
                 QStringLiteral("--set"), QStringLiteral("x"), QStringLiteral("--db"), path});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.trimmed(),
                 QStringLiteral("rightsize eval: --resume continues a run as it was started: --set cannot change it"));

        const CliRun resumed = run({QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--resume"),
                                    QString::number(runId), QStringLiteral("--json"), QStringLiteral("--db"), path});
        QCOMPARE(resumed.exitCode, EvalCli::kSomeCasesFailed);
        QCOMPARE(m_small->requestCount() - smallBefore, 2);
        QCOMPARE(m_large->requestCount() - largeBefore, 2);
        const QJsonObject json = resumed.json();
        QCOMPARE(json.value(QStringLiteral("run_id")).toInt(), int(runId));
        QCOMPARE(json.value(QStringLiteral("done")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.at(0)
                     .toObject()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("answer"))
                     .toString(),
                 QStringLiteral("stored before the crash"));
        QCOMPARE(cases.at(1)
                     .toObject()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("answer"))
                     .toString(),
                 QStringLiteral("Paris, 41"));

        const CliRun again = run({QStringLiteral("eval"), QStringLiteral("run"), QStringLiteral("--resume"),
                                  QString::number(runId), QStringLiteral("--db"), path});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(
            again.err.trimmed(),
            QStringLiteral("rightsize eval: evaluation run %1 has finished; there is nothing to resume").arg(runId));
    }

    /// tests/fixtures/eval/promptfoo/config with its apiBaseUrls pointed at the fake servers: the
    /// provider "small" is the configured endpoint "small" (same kind, model and URL); "large"
    /// (model "big") is not, so it runs as its own endpoint and must not take the configured
    /// "large" endpoint's name (nor its stored key).
    QString promptfooProject(const QTemporaryDir &dir)
    {
        const QDir fixtures(TestPaths::fixture(QStringLiteral("eval/promptfoo/config")));
        for (const QString &name : {QStringLiteral("tests.csv"), QStringLiteral("more.yaml"),
                                    QStringLiteral("prompts/capital.txt"), QStringLiteral("promptfooconfig.yaml")}) {
            QFile in(fixtures.filePath(name));
            if (!in.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(dir.filePath(name)).path()))
                qFatal("cannot copy %s", qPrintable(name));
            QByteArray data = in.readAll();
            data.replace("http://127.0.0.1:9/v1", m_small->url(QStringLiteral("/v1")).toString().toUtf8());
            data.replace("http://127.0.0.1:9/v2", m_large->url(QStringLiteral("/v1")).toString().toUtf8());
            QFile out(dir.filePath(name));
            if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(name));
        }
        return dir.filePath(QStringLiteral("promptfooconfig.yaml"));
    }

    void importsAPromptfooConfig()
    {
        QTemporaryDir dir;
        const QString config = promptfooProject(dir);
        const QString path = m_home.filePath(QStringLiteral("import.sqlite"));
        const CliRun imported =
            run({QStringLiteral("eval"), QStringLiteral("import"), config, QStringLiteral("--db"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QStringList lines = imported.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Provider openai:chat:tiny → your endpoint “small”"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Provider openai:big → openai:big@%1 (for this run)")
                     .arg(m_large->url(QStringLiteral("/v1")).toString()));
        QCOMPARE(lines.at(2), QStringLiteral("Set “Capitals · Answer briefly: {{question}}”: 3 cases"));
        QCOMPARE(lines.at(3), QStringLiteral("Set “Capitals · capital.txt”: 3 cases"));
        QVERIFY2(imported.out.contains(QStringLiteral("promptfooconfig.yaml line 19: provider bedrock:")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("promptfooconfig.yaml line 37: assert type \"javascript\"")),
                 qPrintable(imported.out));
        Database database;
        QVERIFY(database.open(path).ok());
        EvalRepository repository(database);
        QCOMPARE(repository.setNames().value(),
                 (QStringList{QStringLiteral("Capitals · Answer briefly: {{question}}"),
                              QStringLiteral("Capitals · capital.txt")}));

        const CliRun broken = run({QStringLiteral("eval"), QStringLiteral("import"),
                                   TestPaths::fixture(QStringLiteral("eval/promptfoo/config/broken.yaml")),
                                   QStringLiteral("--db"), path});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.startsWith(QStringLiteral("rightsize eval: broken.yaml line 5: ")), qPrintable(broken.err));
        QCOMPARE(repository.setNames().value().size(), 2); // nothing more imported
    }

    void runsAPromptfooConfig()
    {
        QTemporaryDir dir;
        const QString config = promptfooProject(dir);
        const int smallBefore = m_small->requestCount();
        const int largeBefore = m_large->requestCount();
        const CliRun ran = run({QStringLiteral("eval"), QStringLiteral("run"), config, QStringLiteral("--json"),
                                QStringLiteral("--db"), m_home.filePath(QStringLiteral("config.sqlite"))});
        QCOMPARE(ran.exitCode, EvalCli::kSomeCasesFailed);
        // 2 prompts × 3 tests × 2 providers × repeat 2
        QCOMPARE(m_small->requestCount() - smallBefore, 12);
        QCOMPARE(m_large->requestCount() - largeBefore, 12);
        const QJsonArray runs = ran.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QStringList summary;
        for (const QJsonValue &report : runs)
            for (const QJsonValue &endpoint : report.toObject().value(QStringLiteral("endpoints")).toArray())
                summary << QStringLiteral("%1 %2/%3")
                               .arg(endpoint.toObject().value(QStringLiteral("name")).toString())
                               .arg(endpoint.toObject().value(QStringLiteral("passes")).toInt())
                               .arg(endpoint.toObject().value(QStringLiteral("results")).toInt());
        // Only France passes (Paris is in both answers; Rome and Madrid in neither).
        QCOMPARE(summary,
                 (QStringList{QStringLiteral("small 2/6"), QStringLiteral("large (promptfoo) 2/6"),
                              QStringLiteral("small 2/6"), QStringLiteral("large (promptfoo) 2/6")}));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::addRow("no action") << QStringList()
                                   << "rightsize eval: expects run, list, show RUN_ID, export RUN_ID or import FILE; "
                                      "see 'rightsize eval --help'";
        QTest::addRow("show without id") << QStringList{QStringLiteral("show")}
                                         << "rightsize eval: show expects one RUN_ID";
        QTest::addRow("show a word") << QStringList{QStringLiteral("show"), QStringLiteral("last")}
                                     << "rightsize eval: show expects a RUN_ID number, not “last”";
        QTest::addRow("export without --out")
            << QStringList{QStringLiteral("export"), QStringLiteral("1")} << "rightsize eval: export needs --out FILE";
        QTest::addRow("export in an unknown format")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"),        QStringLiteral("--out"),
                           QStringLiteral("r.xml"),  QStringLiteral("--format"), QStringLiteral("xml")}
            << "rightsize eval: --format expects one of: csv, json, jsonl, promptfoo";
        QTest::addRow("unknown set")
            << QStringList{QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("nope"),
                           QStringLiteral("--endpoint"), QStringLiteral("small")}
            << "rightsize eval: --set “nope” is neither a file nor a saved set (saved sets: none)";
        QTest::addRow("no endpoint")
            << QStringList{QStringLiteral("run"), QStringLiteral("--set"), exampleSet(), QStringLiteral("--prompt"),
                           QStringLiteral("{{question}}")}
            << "rightsize eval: name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL";
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CliRun r = run(QStringList{QStringLiteral("eval")} + args +
                             QStringList{QStringLiteral("--db"), m_home.filePath(QStringLiteral("usage.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), error);
    }

    void helpDocumentsTheExitCodes()
    {
        const CliRun r = run({QStringLiteral("eval"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("100 the run finished but some case failed")));
        QVERIFY(r.out.contains(QStringLiteral("--resume <RUN_ID>")));
    }
};

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
