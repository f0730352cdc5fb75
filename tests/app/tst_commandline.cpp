// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cliharness.h"
#include "commandline.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    CliHarness m_cli;

    CliRun run(const QStringList &args) { return m_cli.run(args); }

    static QStringList userFiles(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

private slots:
    void recommendGoldenCases_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("rule");
        QTest::addRow("on-device: simple, 50 ms, 1M/day")
            << QStringList{QStringLiteral("--complexity"),       QStringLiteral("simple"),
                           QStringLiteral("--max-latency-ms"),   QStringLiteral("50"),
                           QStringLiteral("--requests-per-day"), QStringLiteral("1000000")}
            << QStringLiteral("small") << 2;
        QTest::addRow("complex reasoning at 0.98")
            << QStringList{QStringLiteral("--complexity"), QStringLiteral("high"), QStringLiteral("--reasoning"),
                           QStringLiteral("--min-accuracy"), QStringLiteral("0.98")}
            << QStringLiteral("large") << 1;
        QTest::addRow("all defaults") << QStringList{} << QStringLiteral("small") << 6;
    }
    void recommendGoldenCases()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, tier);
        QFETCH(int, rule);
        const CliRun r = run(QStringList{QStringLiteral("recommend")} + args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject doc = r.document().object();
        QCOMPARE(doc.value(QStringLiteral("tier")).toString(), tier);
        QCOMPARE(doc.value(QStringLiteral("rule")).toInt(), rule);
        const QJsonArray reasons = doc.value(QStringLiteral("reasons")).toArray();
        QCOMPARE(reasons.size(), rule);
        for (int i = 0; i < rule - 1; ++i)
            QVERIFY(!reasons.at(i).toObject().value(QStringLiteral("fired")).toBool());
        QVERIFY(reasons.last().toObject().value(QStringLiteral("fired")).toBool());
        QVERIFY(!reasons.last().toObject().value(QStringLiteral("explanation")).toString().isEmpty());
    }

    void recommendJsonListsCandidatesAndTaskPick()
    {
        const CliRun r =
            run({QStringLiteral("recommend"), QStringLiteral("--task"), QStringLiteral("document_summarization"),
                 QStringLiteral("--max-cost-per-1k"), QStringLiteral("50"), QStringLiteral("--min-accuracy"),
                 QStringLiteral("0.5"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = r.document().object();
        const QJsonObject task = doc.value(QStringLiteral("task_model")).toObject();
        QCOMPARE(task.value(QStringLiteral("recommended")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(task.value(QStringLiteral("alternative")).toString(), QStringLiteral("claude-3-haiku"));
        const QJsonArray candidates = doc.value(QStringLiteral("candidates")).toArray();
        QVERIFY(candidates.size() > 10);
        for (const QJsonValue &c : candidates) {
            const QJsonObject o = c.toObject();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("monthly_cost_usd")).isDouble());
            QVERIFY(o.value(QStringLiteral("cost_per_request_usd")).isDouble());
            QVERIFY(o.value(QStringLiteral("cost_per_1k_requests_usd")).toDouble() <= 50.0);
        }
    }

    // three named picks with the trade-off in words, in the text and in --json.
    void recommendNamesThreePicks()
    {
        const QStringList args{QStringLiteral("recommend"),
                               QStringLiteral("--catalog"),
                               QStringLiteral("article-2025"),
                               QStringLiteral("--complexity"),
                               QStringLiteral("high"),
                               QStringLiteral("--reasoning"),
                               QStringLiteral("--min-accuracy"),
                               QStringLiteral("0.7"),
                               QStringLiteral("--max-cost-per-1k"),
                               QStringLiteral("10"),
                               QStringLiteral("--requests-per-day"),
                               QStringLiteral("10000")};
        const CliRun json = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = json.document().object();
        const QJsonObject picks = doc.value(QStringLiteral("picks")).toObject();
        QCOMPARE(picks.value(QStringLiteral("value")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("claude-3.5-sonnet"));
        QCOMPARE(picks.value(QStringLiteral("best")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(picks.value(QStringLiteral("cheapest")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("claude-3.5-sonnet"));
        QCOMPARE(picks.value(QStringLiteral("best")).toObject().value(QStringLiteral("sentence")).toString(),
                 QStringLiteral("GPT-4o costs 1.2× Claude 3.5 Sonnet for +2 percentage points (+2 %)."));
        QCOMPARE(picks.value(QStringLiteral("value")).toObject().value(QStringLiteral("monthly_cost_usd")).toDouble(),
                 1350.0);
        QCOMPARE(picks.value(QStringLiteral("tier")).toString(), QStringLiteral("large"));
        // Backwards compatible: the ranked candidates are still there, the value pick first.
        const QJsonArray candidates = doc.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("claude-3.5-sonnet"));
        QCOMPARE(doc.value(QStringLiteral("quality_benchmark")).toString(), QStringLiteral("article"));
        QVERIFY(!doc.value(QStringLiteral("rule_consequence"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .isEmpty());

        const CliRun text = run(args);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Picks (large tier, value margin 3 %):")), qPrintable(text.out));
        QVERIFY2(
            text.out.contains(QStringLiteral("  best quality: GPT-4o costs 1.2× Claude 3.5 Sonnet for +2 percentage "
                                             "points (+2 %).")),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("What rule 1 does to the list: Large models are listed first.")),
                 qPrintable(text.out));
        // No margin: the value pick is the best.
        const CliRun strict =
            run(args + QStringList{QStringLiteral("--value-margin"), QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(strict.document()
                     .object()
                     .value(QStringLiteral("picks"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(run(args + QStringList{QStringLiteral("--value-margin"), QStringLiteral("60")}).exitCode, 2);
    }

    void costOfAPlaceholderIsUnknown()
    {
        // A user catalog with a $0 API entry: "unknown", never "$0.00".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("placeholder.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"preview-x": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "bedrock"}})");
        file.close();
        const CliRun r = run({QStringLiteral("cost"), QStringLiteral("--catalog"), path, QStringLiteral("--model"),
                              QStringLiteral("preview-x")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("unknown")) && !r.out.contains(QStringLiteral("$0.00")),
                 qPrintable(r.out));
        const CliRun json = run({QStringLiteral("cost"), QStringLiteral("--catalog"), path, QStringLiteral("--model"),
                                 QStringLiteral("preview-x"), QStringLiteral("--json")});
        QCOMPARE(json.document().object().value(QStringLiteral("monthly_cost_usd")), QJsonValue(QJsonValue::Null));
        QCOMPARE(json.document().object().value(QStringLiteral("price_known")).toBool(), false);
    }

    void costGoldenScenario()
    {
        const QStringList args{QStringLiteral("cost"),         QStringLiteral("--catalog"),
                               QStringLiteral("article-2025"), QStringLiteral("--model"),
                               QStringLiteral("GPT-4o"),       QStringLiteral("--model"),
                               QStringLiteral("GPT-4o-mini"),  QStringLiteral("--model"),
                               QStringLiteral("Phi-3-mini"),   QStringLiteral("--requests-per-day"),
                               QStringLiteral("10000"),        QStringLiteral("--input-tokens"),
                               QStringLiteral("500"),          QStringLiteral("--output-tokens"),
                               QStringLiteral("200")};
        const CliRun text = run(args);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("$1,650.00")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("$58.50")));
        QVERIFY(text.out.contains(QStringLiteral("$360.00")));

        const CliRun json = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray results = json.document().array();
        QCOMPARE(results.size(), 3);
        const double expected[] = {1650.0, 58.5, 360.0};
        const int quality[] = {95, 85, 75};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = results.at(i).toObject();
            QCOMPARE(qRound64(o.value(QStringLiteral("monthly_cost_usd")).toDouble() * 100),
                     qRound64(expected[i] * 100));
            QCOMPARE(o.value(QStringLiteral("quality")).toInt(), quality[i]);
            QVERIFY(o.contains(QStringLiteral("latency_ms")));
            QVERIFY(o.contains(QStringLiteral("cost_per_request_usd")));
        }
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("self_hosted")).toBool(), true);
        // 1,650 / (10,000 × 30)
        QCOMPARE(qRound64(results.at(0).toObject().value(QStringLiteral("cost_per_request_usd")).toDouble() * 1e6),
                 5500);
    }

    void singleModelCostIsOneObject()
    {
        const CliRun r = run({QStringLiteral("cost"), QStringLiteral("--catalog"), QStringLiteral("article-2025"),
                              QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"),
                              QStringLiteral("--requests-per-day"), QStringLiteral("10000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.document().isObject());
        QCOMPARE(qRound64(r.document().object().value(QStringLiteral("monthly_cost_usd")).toDouble() * 100), 5850);
    }

    void badInputIsOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("accuracy over 1") << QStringList{QStringLiteral("recommend"), QStringLiteral("--min-accuracy"),
                                                        QStringLiteral("1.5")}
                                         << QStringLiteral("--min-accuracy");
        QTest::addRow("negative latency")
            << QStringList{QStringLiteral("recommend"), QStringLiteral("--max-latency-ms"), QStringLiteral("-3")}
            << QStringLiteral("--max-latency-ms");
        QTest::addRow("not a number") << QStringList{QStringLiteral("recommend"), QStringLiteral("--requests-per-day"),
                                                     QStringLiteral("lots")}
                                      << QStringLiteral("lots");
        QTest::addRow("bad complexity") << QStringList{QStringLiteral("recommend"), QStringLiteral("--complexity"),
                                                       QStringLiteral("hard")}
                                        << QStringLiteral("hard");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("recommend"), QStringLiteral("--fast")}
                                        << QStringLiteral("fast");
        QTest::addRow("unknown task") << QStringList{QStringLiteral("recommend"), QStringLiteral("--task"),
                                                     QStringLiteral("poetry")}
                                      << QStringLiteral("poetry");
        QTest::addRow("unknown catalog") << QStringList{QStringLiteral("recommend"), QStringLiteral("--catalog"),
                                                        QStringLiteral("nope")}
                                         << QStringLiteral("nope");
        QTest::addRow("cost without model") << QStringList{QStringLiteral("cost")} << QStringLiteral("--model");
        QTest::addRow("unknown model") << QStringList{QStringLiteral("cost"), QStringLiteral("--model"),
                                                      QStringLiteral("gpt-99")}
                                       << QStringLiteral("gpt-99");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    }
    void badInputIsOneLineAndExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void malformedCatalogChangesNothing()
    {
        const QStringList before = userFiles(m_cli.catalogDir());
        const QString bad = TestPaths::fixture(QStringLiteral("cli/broken-catalog.json"));
        QVERIFY2(QFile::exists(bad), qPrintable(bad));
        const CliRun imported = run({QStringLiteral("catalog"), QStringLiteral("import"), bad});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QStringLiteral("broken-catalog.json")), qPrintable(imported.err));
        QCOMPARE(userFiles(m_cli.catalogDir()), before);

        const CliRun used = run({QStringLiteral("recommend"), QStringLiteral("--catalog"), bad});
        QCOMPARE(used.exitCode, 2);
        QVERIFY(used.err.contains(QStringLiteral("broken-catalog.json")));
    }

    void importedCatalogIsListedAndUsable()
    {
        const QString good = TestPaths::source(QStringLiteral("resources/catalogs/article-2025.json"));
        const CliRun imported = run({QStringLiteral("catalog"), QStringLiteral("import"), good,
                                     QStringLiteral("--catalog"), QStringLiteral("team")});
        QCOMPARE(imported.exitCode, 0);
        const CliRun names = run({QStringLiteral("catalog"), QStringLiteral("names"), QStringLiteral("--json")});
        QStringList listed;
        for (const QJsonValue &v : names.document().array())
            listed << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("article-2025"), QStringLiteral("current"), QStringLiteral("team")}));
        const CliRun show = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("phi-3-mini"),
                                 QStringLiteral("--catalog"), QStringLiteral("team"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.document().object().value(QStringLiteral("self_hosted_per_hour_usd")).toDouble(), 0.5);
    }

    void bundledCatalogsCannotBeOverwritten()
    {
        const QString good = TestPaths::source(QStringLiteral("resources/catalogs/article-2025.json"));
        const CliRun r = run({QStringLiteral("catalog"), QStringLiteral("import"), good, QStringLiteral("--catalog"),
                              QStringLiteral("current")});
        QCOMPARE(r.exitCode, 2);
    }

    void catalogListShowsEveryModel()
    {
        const CliRun r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--catalog"),
                              QStringLiteral("article-2025")});
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"gpt-4o", "gpt-4o-mini", "claude-3.5-sonnet", "phi-3-mini", "llama-3-8b"})
            QVERIFY2(r.out.contains(QLatin1String(id)), id);
    }

    void versionAndHelp()
    {
        const CliRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("rightsize ")));
        for (const char *command : {"recommend", "cost", "catalog"}) {
            const CliRun help = run({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("--json")), command);
        }
        QVERIFY(run({QStringLiteral("recommend"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--max-latency-ms")));
    }

    void wantsCommand()
    {
        QVERIFY(!CommandLine::wantsCommand({QStringLiteral("rightsize")}));
        QVERIFY(CommandLine::wantsCommand({QStringLiteral("rightsize"), QStringLiteral("recommend")}));
        QVERIFY(CommandLine::wantsCommand({QStringLiteral("rightsize"), QStringLiteral("--version")}));
        QVERIFY(!CommandLine::wantsCommand(
            {QStringLiteral("rightsize"), QStringLiteral("-style"), QStringLiteral("fusion")}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
