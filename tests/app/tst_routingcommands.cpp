// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "commandline.h"
#include "fakehttpserver.h"
#include "providerstreams.h"
#include "routing/storedrunsimulation.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

constexpr int kPromptTokens = 10;

/// An OpenAI chat-completions stream answering `text` in one chunk, with its log-probability when
/// given; usage: kPromptTokens in, one token out.
FakeResponse answer(const QString &text, std::optional<double> probability = std::nullopt)
{
    QList<ProviderStreams::TokenLogprob> logprobs;
    if (probability)
        logprobs.append({text, std::log(*probability)});
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{kPromptTokens, 1}, logprobs)});
}

/// A server error the client must not retry, so that escalation is immediate.
FakeResponse serverError(int status)
{
    return FakeResponse::json(status, R"({"error":{"message":"overloaded","type":"server_error"}})")
        .header("x-should-retry", "false");
}

QString target(const FakeHttpServer &server, const QString &model)
{
    return QStringLiteral("openai:%1@%2").arg(model, server.url(QStringLiteral("/v1")).toString());
}

QStringList args(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// The article's tier prices per 1k tokens, which the test catalog (pricesCatalog()) gives the
// models below; every scripted answer is 10 + 1 tokens.
constexpr double kSmall = 11 * 0.0001 / 1000;
constexpr double kMedium = 11 * 0.0003 / 1000;
constexpr double kLarge = 11 * 0.01 / 1000;

/// A LiteLLM-style price list: "s", "m0" at the article's small price, "m", "m1" at its medium
/// price, "l", "m2" and the judge "j" at its large price. Any other model has no price.
QByteArray pricesCatalog()
{
    QJsonObject models;
    auto add = [&models](const char *name, double per1k) {
        models.insert(QString::fromLatin1(name),
                      QJsonObject{{QStringLiteral("mode"), QStringLiteral("chat")},
                                  {QStringLiteral("input_cost_per_token"), per1k / 1000},
                                  {QStringLiteral("output_cost_per_token"), per1k / 1000},
                                  {QStringLiteral("litellm_provider"), QStringLiteral("openai")}});
    };
    for (const char *name : {"s", "m0"})
        add(name, 0.0001);
    for (const char *name : {"m", "m1"})
        add(name, 0.0003);
    for (const char *name : {"l", "m2", "j"})
        add(name, 0.01);
    return QJsonDocument(models).toJson();
}
} // namespace

/// route, cascade and simulate-cascade against loopback servers, in a private HOME.
class TestRoutingCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_catalogs;
    QString m_prices; ///< pricesCatalog() as a file

    /// `arguments` priced by the test catalog.
    QStringList priced(const QStringList &arguments) const
    {
        return arguments + QStringList{QStringLiteral("--catalog"), m_prices};
    }

    CliRun run(const QStringList &arguments)
    {
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CommandLine cli(out, err, m_catalogs);
        result.exitCode = cli.run(QStringList{QStringLiteral("rightsize")} + arguments);
        out.flush();
        err.flush();
        return result;
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
        qunsetenv("ANTHROPIC_API_KEY");
        m_catalogs = m_home.filePath(QStringLiteral("catalogs"));
        m_prices = m_home.filePath(QStringLiteral("prices.json"));
        QFile prices(m_prices);
        QVERIFY(prices.open(QIODevice::WriteOnly));
        prices.write(pricesCatalog());
    }

    void routeDryRunNamesTheRule_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("ruleIndex");
        QTest::addColumn<QString>("endpoint");
        const QString prompt = QStringLiteral("Summarise this");
        QTest::addRow("task classification")
            << QStringList{QStringLiteral("--prompt"), prompt, QStringLiteral("--task"),
                           QStringLiteral("Classification")}
            << QStringLiteral("small") << QStringLiteral("simple-task") << 0 << QStringLiteral("phi-3-mini (local)");
        QTest::addRow("reasoning") << QStringList{QStringLiteral("--prompt"), prompt, QStringLiteral("--reasoning")}
                                   << QStringLiteral("large") << QStringLiteral("reasoning-or-high-quality") << 1
                                   << QStringLiteral("gpt-4o");
        QTest::addRow("quality high") << QStringList{QStringLiteral("--prompt"), prompt, QStringLiteral("--quality"),
                                                     QStringLiteral("high")}
                                      << QStringLiteral("large") << QStringLiteral("reasoning-or-high-quality") << 1
                                      << QStringLiteral("gpt-4o");
        QTest::addRow("extraction beats reasoning")
            << QStringList{QStringLiteral("--prompt"), prompt, QStringLiteral("--task"), QStringLiteral("extraction"),
                           QStringLiteral("--reasoning")}
            << QStringLiteral("small") << QStringLiteral("simple-task") << 0 << QStringLiteral("phi-3-mini (local)");
        QTest::addRow("prompt of 10,001 characters")
            << QStringList{QStringLiteral("--prompt"), QString(10001, QLatin1Char('x'))} << QStringLiteral("medium")
            << QStringLiteral("long-prompt-or-medium-quality") << 2 << QStringLiteral("gpt-4o-mini");
        QTest::addRow("prompt of exactly 10,000")
            << QStringList{QStringLiteral("--prompt"), QString(10000, QLatin1Char('x'))} << QStringLiteral("small")
            << QStringLiteral("otherwise") << 3 << QStringLiteral("phi-3-mini (local)");
        QTest::addRow("quality medium, tier override")
            << QStringList{QStringLiteral("--prompt"),  prompt,
                           QStringLiteral("--quality"), QStringLiteral("medium"),
                           QStringLiteral("--tier"),    QStringLiteral("medium=openai:mid@http://127.0.0.1:1/v1")}
            << QStringLiteral("medium") << QStringLiteral("long-prompt-or-medium-quality") << 2
            << QStringLiteral("openai:mid@http://127.0.0.1:1/v1");
        QTest::addRow("otherwise") << QStringList{QStringLiteral("--prompt"), prompt} << QStringLiteral("small")
                                   << QStringLiteral("otherwise") << 3 << QStringLiteral("phi-3-mini (local)");
    }

    void routeDryRunNamesTheRule()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, tier);
        QFETCH(QString, rule);
        QFETCH(int, ruleIndex);
        QFETCH(QString, endpoint);
        const CliRun r =
            run(QStringList{QStringLiteral("route"), QStringLiteral("--dry-run"), QStringLiteral("--json")} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("tier")).toString(), tier);
        QCOMPARE(json.value(QStringLiteral("rule")).toString(), rule);
        QCOMPARE(json.value(QStringLiteral("rule_index")).toInt(), ruleIndex);
        QCOMPARE(json.value(QStringLiteral("endpoint")).toString(), endpoint);
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), ruleIndex + 1); // every earlier rule says why it did not fire
        for (int i = 0; i < ruleIndex; ++i)
            QVERIFY(!checks.at(i).toObject().value(QStringLiteral("fired")).toBool());
        QVERIFY(checks.last().toObject().value(QStringLiteral("fired")).toBool());
        QVERIFY(json.value(QStringLiteral("explanation")).toString().contains(rule));
        QVERIFY(!json.contains(QStringLiteral("attempts"))); // nothing was sent
    }

    void routeUsesTheConfiguredPolicy()
    {
        const QString path = m_home.filePath(QStringLiteral("custom-routing.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject policy{
            {QStringLiteral("rules"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("code-to-medium")},
                                    {QStringLiteral("task_in"), QJsonArray{QStringLiteral("code")}},
                                    {QStringLiteral("target"), QStringLiteral("medium")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("rest")},
                                    {QStringLiteral("target"), QStringLiteral("large")}}}}};
        const QJsonObject config{
            {QStringLiteral("policy"), policy},
            {QStringLiteral("tiers"),
             QJsonObject{{QStringLiteral("medium"), QStringLiteral("openai:coder@http://127.0.0.1:1/v1")}}}};
        file.write(QJsonDocument(config).toJson());
        file.close();
        CliRun r =
            run(args({"route", "--prompt", "fix this", "--task", "code", "--dry-run", "--json", "--config"}) << path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("rule")).toString(), QStringLiteral("code-to-medium"));
        QCOMPARE(r.json().value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("openai:coder@http://127.0.0.1:1/v1"));
        r = run(args({"route", "--prompt", "fix this", "--dry-run", "--config"}) << path);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("Tier: Large (rule 2, “rest”) → gpt-4o\nRule 1 (code-to-medium) did not fire")),
                 qPrintable(r.out));
    }

    void routeBadUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("no prompt") << args({"route", "--dry-run"})
                                   << QStringLiteral("rightsize route: --prompt is required\n");
        QTest::addRow("quality") << args({"route", "--prompt", "x", "--quality", "extreme"})
                                 << QStringLiteral(
                                        "rightsize route: --quality expects standard, medium or high, not “extreme”\n");
        QTest::addRow("tier name") << args({"route", "--prompt", "x", "--tier", "tiny=a"})
                                   << QStringLiteral(
                                          "rightsize route: --tier expects small, medium or large=ENDPOINT_OR_TARGET, "
                                          "not “tiny=a”\n");
        QTest::addRow("unknown endpoint")
            << args({"route", "--prompt", "x", "--tier", "small=ghost"})
            << QStringLiteral(
                   "rightsize route: Small tier: unknown endpoint “ghost”: no endpoint is configured (add one "
                   "with 'rightsize endpoint add' or write a KIND:MODEL@BASE_URL target)\n");
        QTest::addRow("tiers not chosen")
            << args({"route", "--prompt", "x", "--tier", "small=openai:m@http://127.0.0.1:9/v1"})
            << QStringLiteral("rightsize route: No endpoint is configured for the Medium, Large "
                              "tier(s), which this prompt may be sent to: choose one on the "
                              "Routing page, or pass --tier TIER=ENDPOINT. Nothing was sent.\n");
        QTest::addRow("bad config") << args({"route", "--prompt", "x", "--config", "@BAD@"})
                                    << QStringLiteral("has errors:\ncascade.threshold: must be a number from 0 to 1\n");
    }

    void routeBadUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString bad = m_home.filePath(QStringLiteral("bad-routing.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"cascade\": {\"threshold\": 2}}");
        file.close();
        arguments.replaceInStrings(QStringLiteral("@BAD@"), bad);
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith(error), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void routeEscalatesThroughFailingTiers()
    {
        FakeHttpServer small, medium, large;
        small.enqueue(serverError(500));
        medium.enqueue(serverError(503));
        large.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        const CliRun r = run(priced(QStringList{
            QStringLiteral("route"), QStringLiteral("--prompt"), QStringLiteral("hi"), QStringLiteral("--tier"),
            QStringLiteral("small=") + target(small, QStringLiteral("s")), QStringLiteral("--tier"),
            QStringLiteral("medium=") + target(medium, QStringLiteral("m")), QStringLiteral("--tier"),
            QStringLiteral("large=") + target(large, QStringLiteral("l")), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("tier")).toString(), QStringLiteral("small"));
        QCOMPARE(json.value(QStringLiteral("answered_tier")).toString(), QStringLiteral("large"));
        QCOMPARE(json.value(QStringLiteral("text")).toString(), ProviderStreams::expectedText());
        const QJsonArray attempts = json.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 3);
        const QStringList tiers{QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
        const QList<int> statuses{500, 503, 0};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject attempt = attempts.at(i).toObject();
            QCOMPARE(attempt.value(QStringLiteral("tier")).toString(), tiers.at(i));
            QCOMPARE(attempt.value(QStringLiteral("http_attempts")).toInt(), 1);
            QVERIFY(attempt.value(QStringLiteral("latency_ms")).toDouble() > 0);
            if (statuses.at(i)) {
                const QJsonObject error = attempt.value(QStringLiteral("error")).toObject();
                QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("http"));
                QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), statuses.at(i));
                QCOMPARE(attempt.value(QStringLiteral("cost_usd")).toDouble(), 0.0); // errors are not billed
            } else {
                QVERIFY(attempt.value(QStringLiteral("error")).isNull());
                // 12 in + 3 out at the catalog's price for "l", the article's $0.01 per 1k.
                QCOMPARE(attempt.value(QStringLiteral("cost_usd")).toDouble(), 15 * 0.01 / 1000);
            }
            QCOMPARE(attempt.value(QStringLiteral("cost_known")).toBool(), true);
            QCOMPARE(attempt.value(QStringLiteral("unpriced_calls")).toInt(), 0);
        }
        QCOMPARE(json.value(QStringLiteral("cost_usd")).toDouble(), 15 * 0.01 / 1000);
        QCOMPARE(json.value(QStringLiteral("cost_known")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("error")).isNull());
        QCOMPARE(small.requestCount(), 1);
        QCOMPARE(medium.requestCount(), 1);
        QCOMPARE(large.requestCount(), 1);
    }

    void routeFailsWhenEveryTierFails()
    {
        FakeHttpServer small, large;
        large.enqueue(serverError(500));
        const CliRun r =
            run(QStringList{QStringLiteral("route"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                            QStringLiteral("--quality"), QStringLiteral("high"), QStringLiteral("--tier"),
                            QStringLiteral("small=") + target(small, QStringLiteral("s")), QStringLiteral("--tier"),
                            QStringLiteral("large=") + target(large, QStringLiteral("l"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(small.requestCount(), 0); // decided large: nothing smaller is tried
        QCOMPARE(large.requestCount(), 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("Tier: Large (rule 2, “reasoning-or-high-quality”)")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("rightsize route: No tier answered. Large (%1): ")
                                    .arg(target(large, QStringLiteral("l")))),
                 qPrintable(r.err));
    }

    void cascadeStopsAtTheConfidentLevel_data()
    {
        QTest::addColumn<QList<double>>("probabilities"); // the answer's token probability at each level
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("largestOnly");
        QTest::addColumn<bool>("measured");
        QTest::addRow("small is confident")
            << QList<double>{0.95} << QStringList{} << 0 << true << kSmall << kLarge << false;
        QTest::addRow("medium is confident")
            << QList<double>{0.5, 0.9} << QStringList{} << 1 << true << kSmall + kMedium << kLarge << false;
        QTest::addRow("exactly the threshold")
            << QList<double>{0.79, 0.8} << QStringList{} << 1 << true << kSmall + kMedium << kLarge << false;
        QTest::addRow("none reaches: last answer") << QList<double>{0.5, 0.6, 0.7} << QStringList{} << 2 << false
                                                   << kSmall + kMedium + kLarge << kLarge << true;
        QTest::addRow("lower threshold") << QList<double>{0.6}
                                         << QStringList{QStringLiteral("--threshold"), QStringLiteral("0.5")} << 0
                                         << true << kSmall << kLarge << false;
    }

    void cascadeStopsAtTheConfidentLevel()
    {
        QFETCH(QList<double>, probabilities);
        QFETCH(QStringList, extra);
        QFETCH(int, level);
        QFETCH(bool, reached);
        QFETCH(double, cost);
        QFETCH(double, largestOnly);
        QFETCH(bool, measured);
        FakeHttpServer servers[3];
        QStringList levels;
        for (int i = 0; i < 3; ++i) {
            if (i < probabilities.size())
                servers[i].enqueue(answer(QStringLiteral("Paris %1").arg(i), probabilities.at(i)));
            levels.append(target(servers[i], QStringLiteral("m%1").arg(i)));
        }
        const CliRun r = run(priced(QStringList{QStringLiteral("cascade"), QStringLiteral("--prompt"),
                                                QStringLiteral("Capital of France?"), QStringLiteral("--levels"),
                                                levels.join(QLatin1Char(',')), QStringLiteral("--json")} +
                                    extra));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("cascade_level")).toInt(), level);
        QCOMPARE(json.value(QStringLiteral("model_used")).toString(), QStringLiteral("m%1").arg(level));
        QCOMPARE(json.value(QStringLiteral("text")).toString(), QStringLiteral("Paris %1").arg(level));
        QCOMPARE(json.value(QStringLiteral("confidence")).toDouble(), probabilities.at(level));
        QCOMPARE(json.value(QStringLiteral("reached_threshold")).toBool(), reached);
        QCOMPARE(json.value(QStringLiteral("cost_usd")).toDouble(), cost);
        QCOMPARE(json.value(QStringLiteral("largest_only_cost_usd")).toDouble(), largestOnly);
        QCOMPARE(json.value(QStringLiteral("largest_only_measured")).toBool(), measured);
        QCOMPARE(json.value(QStringLiteral("cost_known")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("largest_only_cost_known")).toBool(), true);
        const QJsonArray tried = json.value(QStringLiteral("levels")).toArray();
        QCOMPARE(tried.size(), level + 1);
        for (int i = 0; i <= level; ++i) {
            const QJsonObject entry = tried.at(i).toObject();
            QCOMPARE(entry.value(QStringLiteral("endpoint")).toString(), levels.at(i));
            QCOMPARE(entry.value(QStringLiteral("confidence")).toDouble(), probabilities.at(i));
            QCOMPARE(entry.value(QStringLiteral("accepted")).toBool(), i == level && reached);
            QVERIFY(entry.value(QStringLiteral("error")).isNull());
            // The answer was asked with log-probabilities, as the assessor needs them.
            QVERIFY(servers[i].requests().at(0).json().value(QStringLiteral("logprobs")).toBool());
        }
        for (int i = level + 1; i < 3; ++i)
            QCOMPARE(servers[i].requestCount(), 0);
    }

    void cascadeWithAJudge()
    {
        FakeHttpServer small, large, judge;
        small.enqueue(answer(QStringLiteral("Lyon")));
        large.enqueue(answer(QStringLiteral("Paris")));
        judge.enqueue(answer(QStringLiteral("SCORE: 0.3")));
        judge.enqueue(answer(QStringLiteral("SCORE: 0.9")));
        const CliRun r = run(priced(
            QStringList{QStringLiteral("cascade"), QStringLiteral("--prompt"), QStringLiteral("Capital of France?"),
                        QStringLiteral("--levels"), target(small, QStringLiteral("s")), QStringLiteral("--levels"),
                        target(large, QStringLiteral("l")), QStringLiteral("--assessor"), QStringLiteral("judge"),
                        QStringLiteral("--judge"), target(judge, QStringLiteral("j")), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("cascade_level")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("text")).toString(), QStringLiteral("Paris"));
        QCOMPARE(json.value(QStringLiteral("confidence")).toDouble(), 0.9);
        const QJsonArray levels = json.value(QStringLiteral("levels")).toArray();
        QCOMPARE(levels.at(0).toObject().value(QStringLiteral("confidence")).toDouble(), 0.3);
        // Each judge call (10 + 1 tokens) at the catalog's price for "j": the article's $0.01 per 1k.
        QCOMPARE(levels.at(0).toObject().value(QStringLiteral("cost_usd")).toDouble(), kSmall + kLarge);
        QCOMPARE(json.value(QStringLiteral("cost_usd")).toDouble(), kSmall + 3 * kLarge);
        QCOMPARE(judge.requestCount(), 2);
        // The judge saw the answer it grades.
        QVERIFY(QJsonDocument(judge.requests().at(0).json()).toJson().contains("Lyon"));
    }

    void cascadeWithSelfConsistency()
    {
        FakeHttpServer small, large;
        small.enqueue(answer(QStringLiteral("Paris")));
        small.enqueue(answer(QStringLiteral("Lyon")));
        small.enqueue(answer(QStringLiteral("Nice")));
        large.enqueue(answer(QStringLiteral("Paris")));
        large.enqueue(answer(QStringLiteral("paris.")));
        large.enqueue(answer(QStringLiteral(" Paris")));
        const CliRun r = run(priced(
            QStringList{QStringLiteral("cascade"), QStringLiteral("--prompt"), QStringLiteral("Capital of France?"),
                        QStringLiteral("--levels"),
                        target(small, QStringLiteral("s")) + QLatin1Char(',') + target(large, QStringLiteral("l")),
                        QStringLiteral("--assessor"), QStringLiteral("consistency"), QStringLiteral("--samples"),
                        QStringLiteral("2"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonArray levels = json.value(QStringLiteral("levels")).toArray();
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels.at(0).toObject().value(QStringLiteral("confidence")).toDouble(), 1.0 / 3.0); // all differ
        QCOMPARE(levels.at(1).toObject().value(QStringLiteral("confidence")).toDouble(), 1.0);       // all agree
        QCOMPARE(json.value(QStringLiteral("cascade_level")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("cost_usd")).toDouble(), 3 * kSmall + 3 * kLarge);
        QCOMPARE(small.requestCount(), 3);
    }

    // A level whose model has no catalog price costs "unknown": the total is a lower bound, or
    // unknown, in the table, the summary and the JSON — never $0.00 and never a tier price.
    void cascadeCostsWithoutAPriceAreUnknown_data()
    {
        QTest::addColumn<QStringList>("models"); // small, large; both answer below the threshold
        QTest::addColumn<QJsonValue>("cost");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("unpriced");
        QTest::addColumn<QString>("costText");
        QTest::addColumn<int>("unknowns"); // in the table and the summary
        QTest::addRow("priced") << QStringList{QStringLiteral("s"), QStringLiteral("l")} << QJsonValue(kSmall + kLarge)
                                << true << 0
                                << QStringLiteral("Cost $0.000111; asking only the largest level: $0.00011.") << 0;
        QTest::addRow("mixed") << QStringList{QStringLiteral("unlisted-small"), QStringLiteral("l")}
                               << QJsonValue(kLarge) << false << 1
                               << QStringLiteral("Cost ≥ $0.00011 (1 call(s) unpriced); asking only the largest "
                                                 "level: $0.00011.")
                               << 1;
        QTest::addRow("unpriced") << QStringList{QStringLiteral("unlisted-small"), QStringLiteral("unlisted-large")}
                                  << QJsonValue(QJsonValue::Null) << false << 2
                                  << QStringLiteral("Cost unknown; asking only the largest level: unknown.") << 4;
    }

    void cascadeCostsWithoutAPriceAreUnknown()
    {
        QFETCH(QStringList, models);
        QFETCH(QJsonValue, cost);
        QFETCH(bool, known);
        QFETCH(int, unpriced);
        QFETCH(QString, costText);
        QFETCH(int, unknowns);
        FakeHttpServer small, large;
        for (int i = 0; i < 2; ++i) {
            small.enqueue(answer(QStringLiteral("Lyon"), 0.5));
            large.enqueue(answer(QStringLiteral("Paris"), 0.6));
        }
        const QStringList arguments = priced(QStringList{
            QStringLiteral("cascade"), QStringLiteral("--prompt"), QStringLiteral("Capital of France?"),
            QStringLiteral("--levels"), target(small, models.at(0)) + QLatin1Char(',') + target(large, models.at(1))});
        const CliRun json = run(arguments + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject object = json.json();
        QCOMPARE(object.value(QStringLiteral("cost_usd")), cost);
        QCOMPARE(object.value(QStringLiteral("cost_known")).toBool(), known);
        QCOMPARE(object.value(QStringLiteral("unpriced_calls")).toInt(), unpriced);
        const QJsonArray levels = object.value(QStringLiteral("levels")).toArray();
        QCOMPARE(levels.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject level = levels.at(i).toObject();
            const bool levelPriced = !models.at(i).startsWith(QStringLiteral("unlisted"));
            QCOMPARE(level.value(QStringLiteral("cost_known")).toBool(), levelPriced);
            QCOMPARE(level.value(QStringLiteral("cost_usd")).isNull(), !levelPriced);
            QCOMPARE(level.value(QStringLiteral("unpriced_calls")).toInt(), levelPriced ? 0 : 1);
        }
        // The largest level answered: asking it alone was measured, priced or not.
        QCOMPARE(object.value(QStringLiteral("largest_only_measured")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("largest_only_cost_known")).toBool(), models.at(1) == QLatin1String("l"));

        const CliRun text = run(arguments);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(costText), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QRegularExpression(QStringLiteral("\\$0\\.00(?![0-9])"))), qPrintable(text.out));
        QCOMPARE(text.out.count(QStringLiteral("unknown")), unknowns);
    }

    void routeCostWithoutAPriceIsUnknown()
    {
        FakeHttpServer small;
        small.enqueue(answer(QStringLiteral("Hello")));
        small.enqueue(answer(QStringLiteral("Hello")));
        const QStringList arguments{QStringLiteral("route"),
                                    QStringLiteral("--prompt"),
                                    QStringLiteral("hi"),
                                    QStringLiteral("--task"),
                                    QStringLiteral("Classification"),
                                    QStringLiteral("--tier"),
                                    QStringLiteral("small=") + target(small, QStringLiteral("unlisted")),
                                    QStringLiteral("--tier"),
                                    QStringLiteral("medium=") + target(small, QStringLiteral("m")),
                                    QStringLiteral("--tier"),
                                    QStringLiteral("large=") + target(small, QStringLiteral("l"))};
        const CliRun json = run(priced(arguments + QStringList{QStringLiteral("--json")}));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(json.json().value(QStringLiteral("answered_tier")).toString(), QStringLiteral("small"));
        QCOMPARE(json.json().value(QStringLiteral("cost_usd")), QJsonValue(QJsonValue::Null));
        QCOMPARE(json.json().value(QStringLiteral("cost_known")).toBool(), false);
        QCOMPARE(json.json().value(QStringLiteral("unpriced_calls")).toInt(), 1);
        const QJsonObject attempt = json.json().value(QStringLiteral("attempts")).toArray().at(0).toObject();
        QCOMPARE(attempt.value(QStringLiteral("cost_usd")), QJsonValue(QJsonValue::Null));
        QCOMPARE(attempt.value(QStringLiteral("cost_known")).toBool(), false);
        QCOMPARE(small.requestCount(), 1); // the small tier answered: nothing larger was asked
        const CliRun text = run(priced(arguments));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("after 1 attempt(s); total ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(" ms, unknown.")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QStringLiteral("$")), qPrintable(text.out));
    }

    void cascadeFailsWhenNoLevelAnswers()
    {
        FakeHttpServer only;
        only.enqueue(serverError(500));
        const CliRun r = run(QStringList{QStringLiteral("cascade"), QStringLiteral("--prompt"), QStringLiteral("x"),
                                         QStringLiteral("--levels"), target(only, QStringLiteral("s"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rightsize cascade: ")), qPrintable(r.err));
    }

    void cascadeBadUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("no prompt") << args({"cascade"}) << QStringLiteral("rightsize cascade: --prompt is required\n");
        QTest::addRow("assessor") << args({"cascade", "--prompt", "x", "--assessor", "vibes"})
                                  << QStringLiteral(
                                         "rightsize cascade: --assessor expects logprob, consistency, validation, "
                                         "judge, not “vibes”\n");
        QTest::addRow("no level configured")
            << args({"cascade", "--prompt", "x"})
            << QStringLiteral(
                   "rightsize cascade: No cascade level is configured: add endpoints as levels, smallest first "
                   "(Routing page, or --levels). Nothing is sent to an endpoint you did not choose.\n");
        QTest::addRow("judge without endpoint")
            << args({"cascade", "--prompt", "x", "--levels", "openai:m@http://127.0.0.1:9/v1", "--assessor", "judge"})
            << QStringLiteral(
                   "rightsize cascade: The judge assessor needs a judge endpoint (a configured endpoint name or a "
                   "KIND:MODEL@BASE_URL target).\n");
        QTest::addRow("threshold") << args({"cascade", "--prompt", "x", "--threshold", "1.2"})
                                   << QStringLiteral(
                                          "rightsize cascade: --threshold expects a number from 0 to 1, not “1.2”\n");
        QTest::addRow("unknown level") << args({"cascade", "--prompt", "x", "--levels", "tiny,big"})
                                       << QStringLiteral(
                                              "Cascade level 2: unknown endpoint “big”: no endpoint is configured "
                                              "(add one with 'rightsize endpoint add' or write a KIND:MODEL@BASE_URL "
                                              "target)\n");
    }

    void cascadeBadUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith(error), qPrintable(r.err));
    }

    /// A server that sends its headers and one token, then nothing, ever.
    static FakeResponse hangingStream()
    {
        FakeResponse stream =
            FakeResponse::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n"});
        stream.hang = true;
        return stream;
    }

    void hangingServerIsCutAtTheIdleTimeout_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("prefix");
        // Quality high: the large tier, the last of the escalation path, is the only one asked.
        QTest::addRow("route") << args({"route", "--quality", "high", "--tier"}) << QStringLiteral("large=");
        QTest::addRow("cascade") << args({"cascade", "--levels"}) << QString();
    }
    void hangingServerIsCutAtTheIdleTimeout()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, prefix);
        FakeHttpServer server;
        server.enqueue(hangingStream());
        QElapsedTimer clock;
        clock.start();
        const CliRun r = run(arguments +
                             QStringList{prefix + target(server, QStringLiteral("s")), QStringLiteral("--prompt"),
                                         QStringLiteral("hi"), QStringLiteral("--timeout-s"), QStringLiteral("0.5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("500 ms")), qPrintable(r.err));
    }

    void timeoutOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("route idle") << args({"route", "--prompt", "x", "--timeout-s", "0"})
                                    << QStringLiteral(
                                           "rightsize route: --timeout-s expects a positive number of seconds\n");
        QTest::addRow("cascade total") << args({"cascade", "--prompt", "x", "--max-time-s", "soon"})
                                       << QStringLiteral(
                                              "rightsize cascade: --max-time-s expects a positive number of seconds\n");
    }
    void timeoutOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith(error), qPrintable(r.err));
    }

    void qualityLabelsPreferThumbs()
    {
        const QList<Vote> votes{{1, 0, 1, Vote::ABetter, {}}, {1, 0, 2, Vote::Tie, {}}, {2, 0, 1, Vote::BothBad, {}}};
        const QList<Thumb> thumbs{{2, 1, 1, {}}, {1, 2, 0, {}}};
        const auto labels = StoredRunSimulation::qualityLabels(votes, thumbs);
        QCOMPARE(labels.value({1, 0}), 0.75); // win and tie
        QCOMPARE(labels.value({1, 1}), 0.0);
        QCOMPARE(labels.value({1, 2}), 0.5); // a withdrawn thumb does not count
        QCOMPARE(labels.value({2, 0}), 0.0);
        QCOMPARE(labels.value({2, 1}), 1.0); // thumb up beats "both bad"
        QCOMPARE(labels.size(), 5);
    }

    void simulateCascadeOnStoredRuns()
    {
        // Four prompts answered by "small" ($0.001) and "large" ($0.01), plus one unrelated run.
        // Validation confidence (the answer is a number): small answers 42 ✓, forty ✗, 7 ✓, none ✗.
        // Labels: small p1 thumb up (1), p2 "both bad" vote (0), p3 thumb down (0), p4 tie (0.5);
        // large p1 unlabelled, p2 thumb up (1), p3 won a vote (1), p4 thumb up (1).
        const QString db = m_home.filePath(QStringLiteral("sim.db"));
        {
            Database database;
            QVERIFY(database.open(db).ok());
            RunRepository runs(database);
            VoteRepository votes(database);
            const QStringList smallTexts{QStringLiteral("42"), QStringLiteral("forty"), QStringLiteral("7"),
                                         QStringLiteral("none")};
            QList<qint64> ids;
            for (int i = 0; i < 5; ++i) {
                RunRecord run;
                run.startedAt = QDateTime(QDate(2026, 1, 1), QTime(10, i), Qt::UTC);
                run.origin = QStringLiteral("compare");
                run.prompt.user =
                    i < 4 ? QStringLiteral("Question number %1").arg(i + 1) : QStringLiteral("Unrelated banana");
                for (int position = 0; position < 2; ++position) {
                    ResponseRecord response;
                    response.position = position;
                    response.endpoint.name = position == 0 ? QStringLiteral("small") : QStringLiteral("large");
                    response.endpoint.model = response.endpoint.name;
                    response.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
                    response.status = ResponseRecord::Status::Complete;
                    response.result.text =
                        position == 0 ? smallTexts.value(i, QStringLiteral("0")) : QStringLiteral("12");
                    response.result.latencyMs = position == 0 ? 100 : 1000;
                    response.costUsd = position == 0 ? 0.001 : 0.01;
                    run.responses.append(response);
                }
                const Result<qint64> id = runs.insertRun(run);
                QVERIFY2(id.ok(), qPrintable(id.error()));
                ids.append(*id);
            }
            const QDateTime at = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
            QVERIFY(votes.setThumb({ids[0], 0, 1, at}).ok());
            QVERIFY(votes.addVote({ids[1], 0, 1, Vote::BothBad, at}).ok());
            QVERIFY(votes.setThumb({ids[1], 1, 1, at}).ok());
            QVERIFY(votes.setThumb({ids[2], 0, -1, at}).ok());
            QVERIFY(votes.addVote({ids[2], 1, 0, Vote::ABetter, at}).ok());
            QVERIFY(votes.addVote({ids[3], 0, 1, Vote::Tie, at}).ok());
            QVERIFY(votes.setThumb({ids[3], 1, 1, at}).ok());
            QVERIFY(votes.setThumb({ids[4], 0, -1, at}).ok()); // the unrelated run would change the figures
        }

        const CliRun r = run(QStringList{
            QStringLiteral("simulate-cascade"), QStringLiteral("--db"), db, QStringLiteral("--runs"),
            QStringLiteral("question"), QStringLiteral("--confidence"), QStringLiteral("validation"),
            QStringLiteral("--regex"), QStringLiteral("^\\d+$"), QStringLiteral("--step"), QStringLiteral("0.5"),
            QStringLiteral("--target-quality"), QStringLiteral("0.7"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("levels")).toArray(),
                 QJsonArray({QStringLiteral("small"), QStringLiteral("large")}));
        QCOMPARE(json.value(QStringLiteral("prompts")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("answers_with_confidence")).toInt(), 8);
        const QJsonArray curve = json.value(QStringLiteral("curve")).toArray();
        QCOMPARE(curve.size(), 3);
        struct Expected
        {
            double threshold;
            int small;
            int large;
            double cost;
            double quality;
            int labelled;
        };
        // t = 0: everything stays small: 4 × $0.001; quality (1 + 0 + 0 + 0.5) / 4.
        // t = 0.5 and 1: p2 and p4 escalate: 4 × $0.001 + 2 × $0.01; quality (1 + 1 + 0 + 1) / 4.
        const Expected expected[] = {
            {0, 4, 0, 0.004, 0.375, 4}, {0.5, 2, 2, 0.024, 0.75, 4}, {1, 2, 2, 0.024, 0.75, 4}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject point = curve.at(i).toObject();
            QCOMPARE(point.value(QStringLiteral("threshold")).toDouble(), expected[i].threshold);
            QCOMPARE(point.value(QStringLiteral("answered_at_level")).toArray(),
                     QJsonArray({expected[i].small, expected[i].large}));
            QCOMPARE(point.value(QStringLiteral("share_at_level")).toArray(),
                     QJsonArray({expected[i].small / 4.0, expected[i].large / 4.0}));
            QCOMPARE(point.value(QStringLiteral("cost_usd")).toDouble(), expected[i].cost);
            QCOMPARE(point.value(QStringLiteral("quality")).toDouble(), expected[i].quality);
            QCOMPARE(point.value(QStringLiteral("labelled")).toInt(), expected[i].labelled);
        }
        const QJsonObject alwaysSmall = json.value(QStringLiteral("always_small")).toObject();
        QCOMPARE(alwaysSmall.value(QStringLiteral("cost_usd")).toDouble(), 0.004);
        QCOMPARE(alwaysSmall.value(QStringLiteral("quality")).toDouble(), 0.375);
        const QJsonObject alwaysLarge = json.value(QStringLiteral("always_large")).toObject();
        QCOMPARE(alwaysLarge.value(QStringLiteral("cost_usd")).toDouble(), 0.04);
        QCOMPARE(alwaysLarge.value(QStringLiteral("quality")).toDouble(), 1.0); // p1's large answer is unlabelled
        QCOMPARE(alwaysLarge.value(QStringLiteral("labelled")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("best_threshold")).toDouble(), 0.5);

        // The text form: a table with the reference rows, the best row marked, and the summary.
        const CliRun text =
            run(QStringList{QStringLiteral("simulate-cascade"), QStringLiteral("--db"), db, QStringLiteral("--runs"),
                            QStringLiteral("question"), QStringLiteral("--levels"), QStringLiteral("small,large"),
                            QStringLiteral("--confidence"), QStringLiteral("validation"), QStringLiteral("--regex"),
                            QStringLiteral("^\\d+$"), QStringLiteral("--step"), QStringLiteral("0.5"),
                            QStringLiteral("--target-quality"), QStringLiteral("0.7")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(
                     QStringLiteral("Cascade simulation over 4 prompt(s) from 4 run(s); levels: small → large; "
                                    "confidence: validation\n")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("◀ best")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("always large")), qPrintable(text.out));
        QVERIFY2(text.out.contains(
                     QStringLiteral("Cheapest threshold with quality ≥ 0.70: 0.50 (cost $0.024, quality 0.750; "
                                    "always large: $0.04")),
                 qPrintable(text.out));

        // Stored runs carry no log-probabilities: the default source says so instead of guessing.
        const CliRun logprob = run(QStringList{QStringLiteral("simulate-cascade"), QStringLiteral("--db"), db,
                                               QStringLiteral("--runs"), QStringLiteral("question")});
        QCOMPARE(logprob.exitCode, 0);
        QVERIFY2(logprob.out.contains(QStringLiteral("No stored answer has log-probabilities")),
                 qPrintable(logprob.out));

        const CliRun none = run(QStringList{QStringLiteral("simulate-cascade"), QStringLiteral("--db"), db,
                                            QStringLiteral("--runs"), QStringLiteral("zebra")});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err,
                 QStringLiteral("rightsize simulate-cascade: no stored run matches “zebra” in %1\n")
                     .arg(QDir::toNativeSeparators(db)));
    }

    // an endpoint with no catalog price costs "unknown", not $0.00 (ad-hoc targets).
    void simulateCascadeWithoutPricesSaysUnknown()
    {
        const QString db = m_home.filePath(QStringLiteral("unpriced.db"));
        {
            Database database;
            QVERIFY(database.open(db).ok());
            RunRepository runs(database);
            for (int i = 0; i < 3; ++i) {
                RunRecord run;
                run.startedAt = QDateTime(QDate(2026, 1, 1), QTime(11, i), Qt::UTC);
                run.origin = QStringLiteral("compare");
                run.prompt.user = QStringLiteral("Ad-hoc question %1").arg(i + 1);
                for (int position = 0; position < 2; ++position) {
                    ResponseRecord response;
                    response.position = position;
                    response.endpoint.name =
                        position == 0 ? QStringLiteral("local-small") : QStringLiteral("local-large");
                    response.endpoint.model = response.endpoint.name;
                    response.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
                    response.status = ResponseRecord::Status::Complete;
                    response.result.text = QStringLiteral("12");
                    response.result.latencyMs = 100;
                    // The small one is priced only in the first run; the large one never.
                    if (position == 0 && i == 0)
                        response.costUsd = 0.001;
                    run.responses.append(response);
                }
                QVERIFY(runs.insertRun(run).ok());
            }
        }
        const QStringList args{QStringLiteral("simulate-cascade"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--runs"),
                               QStringLiteral("ad-hoc"),
                               QStringLiteral("--levels"),
                               QStringLiteral("local-small,local-large"),
                               QStringLiteral("--step"),
                               QStringLiteral("0.5")};
        const CliRun text = run(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(!text.out.contains(QRegularExpression(QStringLiteral("\\$0\\.00(?![0-9])"))), qPrintable(text.out));
        // No log-probabilities: every prompt escalates, so every row tries both levels: six
        // answers, one of them priced.
        QVERIFY2(text.out.contains(QStringLiteral("≥ $0.001 (5 call(s) unpriced)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Some endpoints have no catalog price")), qPrintable(text.out));
        const CliRun json = run(args + QStringList{QStringLiteral("--json")});
        const QJsonObject large = json.json().value(QStringLiteral("always_large")).toObject();
        QCOMPARE(large.value(QStringLiteral("cost_usd")), QJsonValue(QJsonValue::Null)); // nothing priced at all
        QCOMPARE(large.value(QStringLiteral("cost_known")).toBool(), false);
        QCOMPARE(large.value(QStringLiteral("unpriced_answers")).toInt(), 3);
        const QJsonObject small = json.json().value(QStringLiteral("always_small")).toObject();
        QCOMPARE(small.value(QStringLiteral("cost_usd")).toDouble(), 0.001); // a lower bound
        QCOMPARE(small.value(QStringLiteral("cost_known")).toBool(), false);
        QCOMPARE(small.value(QStringLiteral("unpriced_answers")).toInt(), 2);
        QVERIFY2(text.out.contains(QStringLiteral("unknown")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestRoutingCommands)
#include "tst_routingcommands.moc"
