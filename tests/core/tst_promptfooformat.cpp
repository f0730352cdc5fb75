// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
//
// promptfoo's CSV and JSONL test files, read as promptfoo reads them and run against a loopback
// endpoint with scripted answers. Each verdict is the one promptfoo's documentation gives:
// - special CSV columns (__expected, __expectedN, __description, __metadata:NAME and NAME[],
//   __threshold, __config:__expectedN:threshold, __prefix, __suffix):
//   https://www.promptfoo.dev/docs/configuration/test-cases ("Special CSV Columns")
// - test fields (vars, assert, metadata, threshold, options.prefix/suffix):
//   https://www.promptfoo.dev/docs/configuration/reference/ ("Test Case")
// - assertion kinds (equals is exact, is-json parses the raw output, icontains ignores case,
//   contains-any/-all, starts-with, regex, levenshtein with a default threshold of 5, cost and
//   latency limits, not- inverts; values and rubrics are rendered with the test's vars):
//   https://www.promptfoo.dev/docs/configuration/expected-outputs/
// - a CSV cell without a threshold gives levenshtein, latency and cost the threshold 0.75
//   (promptfoo's src/csv.ts; tests/core/tst_assertion checks those defaults), so the latency
//   limit here is written as promptfoo users write it: latency(60000).
#include "catalog/catalog.h"
#include "eval/evalrunner.h"
#include "eval/evalsetformat.h"
#include "evalfixtures.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

FakeResponse answer(const QString &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{100, 10})});
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

/// "PASS"/"FAIL" per assertion, then the case's verdict: "PASS FAIL => FAIL".
QString verdicts(const EvalResult &result)
{
    QStringList parts;
    for (const AssertionResult &a : result.assertions)
        parts.append(a.error ? QStringLiteral("ERROR") : a.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return parts.join(QLatin1Char(' ')) + (result.passed ? QStringLiteral(" => PASS") : QStringLiteral(" => FAIL"));
}

EvalSet imported(const QString &name)
{
    EvalTemplate prompt;
    prompt.user = QStringLiteral("{{question}}");
    const Result<EvalSet> set =
        EvalSetFormat::importFile(TestPaths::fixture(QStringLiteral("eval/promptfoo/") + name), prompt);
    if (!set)
        qFatal("%s", qPrintable(set.error()));
    return set.value();
}

} // namespace

class TestPromptfooFormat : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    ChatClient *m_client = nullptr;
    FakeHttpServer *m_model = nullptr;
    FakeHttpServer *m_judge = nullptr;
    EvalRunner *m_runner = nullptr;

    Endpoint endpoint(const QString &name, FakeHttpServer *server) const
    {
        Endpoint e;
        e.name = name;
        e.kind = EndpointKind::OpenAi;
        e.baseUrl = server->url(QStringLiteral("/v1"));
        e.model = QStringLiteral("tiny");
        e.catalogModel = QStringLiteral("m-small");
        e.maxTimeMs = 5000;
        e.idleTimeoutMs = 2000;
        return e;
    }

    QList<EvalResult> run(const EvalSet &set)
    {
        EvalRunOptions options;
        options.concurrency = 1; // the scripted answers come in case order
        const EvalRunOutcome outcome =
            QCoro::waitFor(m_runner->run(set, {endpoint(QStringLiteral("model"), m_model)}, options, {}));
        if (!outcome.error.isEmpty())
            qFatal("%s", qPrintable(outcome.error));
        return outcome.results;
    }

private slots:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = new ChatClient(m_network, this);
        RetryPolicy policy;
        policy.maxRetries = 0;
        m_client->setRetryPolicy(policy);
        m_model = new FakeHttpServer(this);
        m_judge = new FakeHttpServer(this);
        m_runner = new EvalRunner(m_client, this);
        m_runner->setCatalog(EvalFixtures::prices()); // m-small at $1/$2 per 1M tokens
    }
    void cleanup()
    {
        delete m_runner;
        delete m_judge;
        delete m_model;
        delete m_client;
        delete m_network;
    }

    void csvSpecialColumnsAreRead()
    {
        const EvalSet set = imported(QStringLiteral("cases.csv"));
        QCOMPARE(set.cases.size(), 6);
        const EvalCase &exact = set.cases.at(0);
        QCOMPARE(exact.description, QStringLiteral("exact equals"));
        QCOMPARE(exact.variables.value(QStringLiteral("topic")), QStringLiteral("France"));
        QVERIFY(!exact.variables.contains(QStringLiteral("__metadata:category")));
        QCOMPARE(exact.metadata.value(QStringLiteral("category")).toString(), QStringLiteral("geography"));
        // __metadata:NAME[] splits on commas; "\," is a comma inside an item.
        QCOMPARE(exact.metadata.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("easy"), QStringLiteral("capital, city")}));
        QCOMPARE(exact.metadataText(QStringLiteral("tags")), QStringLiteral("easy, capital, city"));
        // A threshold on a kind that does not use it is accepted (promptfoo ignores it).
        QCOMPARE(exact.assertions.at(1).typeName(), QStringLiteral("rightsize:equals-trimmed"));
        QCOMPARE(exact.assertions.at(1).threshold, std::optional<double>(0.9));
        QVERIFY(!exact.threshold);
        // An empty metadata cell adds no key.
        QVERIFY(set.cases.at(5).metadata.isEmpty());
        QCOMPARE(set.cases.at(3).threshold, std::optional<double>(0.5));
        QCOMPARE(set.cases.at(4).assertions.at(1).threshold, std::optional<double>(1));
        QCOMPARE(set.cases.at(4).metadata.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("hard"), QStringLiteral("regex")}));
        QCOMPARE(set.cases.at(5).prefix, QStringLiteral("Answer briefly. "));
        QCOMPARE(set.cases.at(5).suffix, QStringLiteral(" Thanks."));
        QCOMPARE(set.cases.at(5).assertions.at(0).threshold, std::optional<double>(0.9));

        // Kept with the set: the store saves sets in this JSON form.
        const Result<EvalSet> back = EvalSetFormat::fromJson(EvalSetFormat::toJson(set), QStringLiteral("saved"));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back.value(), set);
    }

    void csvVerdictsMatchPromptfoo()
    {
        const EvalSet set = imported(QStringLiteral("cases.csv"));
        m_model->enqueue(answer(QStringLiteral("Paris\n")));
        m_model->enqueue(answer(QStringLiteral("```json\n{\"ok\": true}\n```")));
        m_model->enqueue(answer(QStringLiteral("PARIS is lovely")));
        m_model->enqueue(answer(QStringLiteral("red and blue")));
        m_model->enqueue(answer(QStringLiteral("555-1234")));
        m_model->enqueue(answer(QStringLiteral("hello world")));
        const QList<EvalResult> results = run(set);
        QCOMPARE(results.size(), 6);
        // equals compares the answer exactly: a trailing newline fails it.
        QCOMPARE(verdicts(results.at(0)), QStringLiteral("FAIL PASS => FAIL"));
        // is-json parses the raw answer: a Markdown fence is not JSON.
        QCOMPARE(verdicts(results.at(1)), QStringLiteral("FAIL PASS => FAIL"));
        // {{topic}} is filled in; icontains ignores case, contains does not; starts-with is exact.
        QCOMPARE(verdicts(results.at(2)), QStringLiteral("PASS PASS PASS => PASS"));
        QCOMPARE(results.at(2).assertions.at(0).reason, QStringLiteral("The answer contains \"Paris\"."));
        // One of two assertions passes: the score 0.5 reaches __threshold 0.5.
        QCOMPARE(verdicts(results.at(3)), QStringLiteral("PASS FAIL => PASS"));
        QCOMPARE(results.at(3).score, 0.5);
        // Two edits away, and __config:__expected2:threshold allows one.
        QCOMPARE(verdicts(results.at(4)), QStringLiteral("PASS FAIL PASS => FAIL"));
        // contains ignores its threshold; latency and cost limits hold on loopback.
        QCOMPARE(verdicts(results.at(5)), QStringLiteral("PASS PASS PASS => PASS"));
        QCOMPARE(userMessages(*m_model).at(5), QStringLiteral("Answer briefly. Greet the world Thanks."));
    }

    void jsonlVerdictsMatchPromptfoo()
    {
        const EvalSet set = imported(QStringLiteral("cases.jsonl"));
        QCOMPARE(set.cases.size(), 3);
        QCOMPARE(set.cases.at(0).metadata.value(QStringLiteral("severity")).toString(), QStringLiteral("low"));
        QCOMPARE(set.cases.at(0).prefix, QStringLiteral("Q: "));
        QCOMPARE(set.cases.at(1).threshold, std::optional<double>(0.6));

        m_model->enqueue(answer(QStringLiteral("Paris is the capital of France.")));
        m_model->enqueue(answer(QStringLiteral("Red and blue")));
        m_model->enqueue(answer(QStringLiteral("no")));
        m_judge->enqueue(answer(QStringLiteral("Accurate.\nSCORE: 0.8")));
        m_runner->setJudge(endpoint(QStringLiteral("judge"), m_judge));
        const QList<EvalResult> results = run(set);
        QCOMPARE(results.size(), 3);
        QCOMPARE(verdicts(results.at(0)), QStringLiteral("PASS PASS => PASS"));
        QCOMPARE(userMessages(*m_model).at(0), QStringLiteral("Q: Describe Paris"));
        // The rubric the judge reads has its variables filled in.
        QVERIFY(userMessages(*m_judge).at(0).contains(QStringLiteral("Does this describe Paris accurately?")));
        // Two of three pass: 0.67 reaches the test's threshold 0.6.
        QCOMPARE(verdicts(results.at(1)), QStringLiteral("PASS FAIL PASS => PASS"));
        // not-equals is case-sensitive; not-icontains and not-is-json hold for "no".
        QCOMPARE(verdicts(results.at(2)), QStringLiteral("PASS PASS PASS => PASS"));
    }

    void metadataFilters()
    {
        const EvalSet set = imported(QStringLiteral("cases.csv"));
        const EvalCase &exact = set.cases.at(0);
        QVERIFY(exact.matchesMetadata(u""));
        QVERIFY(exact.matchesMetadata(u"category=geography"));
        QVERIFY(!exact.matchesMetadata(u"category=format"));
        QVERIFY(exact.matchesMetadata(u"tags=capital, city"));
        QVERIFY(exact.matchesMetadata(u"GEOG"));
        QVERIFY(!set.cases.at(5).matchesMetadata(u"geography"));
    }

    void badSpecialColumnsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::addRow("threshold of a missing column")
            << QByteArray("q,__expected,__config:__expected2:threshold\nx,contains: a,0.5\n")
            << QStringLiteral("t.csv line 1: column \"__config:__expected2:threshold\" sets the threshold of "
                              "\"__expected2\", but there is no such column");
        QTest::addRow("unknown config key") << QByteArray("q,__config:__expected:metric\nx,m\n")
                                            << QStringLiteral("t.csv line 1: column \"__config:__expected:metric\" is "
                                                              "not supported (use __expected, __expectedN, "
                                                              "__description, __weight, __threshold, __prefix, "
                                                              "__suffix, __metadata:NAME or "
                                                              "__config:__expectedN:threshold)");
        QTest::addRow("threshold not a number")
            << QByteArray("q,__expected,__threshold\nx,contains: a,high\n")
            << QStringLiteral("t.csv line 2: __threshold: \"high\" is not a number");
        QTest::addRow("rubric threshold above 1")
            << QByteArray("q,__expected,__config:__expected:threshold\nx,llm-rubric: kind,2\n")
            << QStringLiteral("t.csv line 2: __config:__expected:threshold: llm-rubric: the threshold must be "
                              "between 0 and 1");
    }
    void badSpecialColumnsAreRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        EvalSetFormat::ImportOptions options;
        options.sourceName = QStringLiteral("t.csv");
        const Result<EvalSet> set = EvalSetFormat::importCsv(csv, options);
        QVERIFY(!set);
        QCOMPARE(set.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestPromptfooFormat)
#include "tst_promptfooformat.moc"
