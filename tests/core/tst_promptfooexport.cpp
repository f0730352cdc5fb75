// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// `eval export --format promptfoo`: the file promptfoo's `eval --output results.json` writes,
// checked field by field against promptfoo's documented shape (site/docs/configuration/outputs.md,
// "JSON Output"; src/types/index.ts: OutputFile, EvaluateSummaryV3, EvaluateResult, EvaluateStats).
#include "eval/evalexport.h"
#include "evalfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
AssertionResult verdict(const char *type, bool passed, const char *reason, bool error = false)
{
    return {QString::fromUtf8(type), passed, error, passed ? 1.0 : 0.0, QString::fromUtf8(reason)};
}

EvalResult result(int caseIndex, const char *endpoint, const char *prompt, QList<AssertionResult> assertions)
{
    EvalResult r;
    r.caseIndex = caseIndex;
    r.endpointName = QString::fromUtf8(endpoint);
    r.prompt = QString::fromUtf8(prompt);
    r.answer = QStringLiteral("answer %1").arg(caseIndex);
    r.latencyMs = 100 + caseIndex;
    r.assertions = std::move(assertions);
    r.passed =
        std::all_of(r.assertions.cbegin(), r.assertions.cend(), [](const AssertionResult &a) { return a.passed; });
    r.score = r.passed ? 1 : 0.5;
    r.finishedAt = QDateTime(QDate(2026, 12, 3), QTime(6, 0, caseIndex), Qt::UTC);
    return r;
}

/// Six results of EvalFixtures::threeCases() on `small` and `large`: 3 pass, 1 fails an assertion,
/// 1 call fails, 1 cannot be graded. Only small's capital answer is priced and has token counts.
QList<EvalResult> sixResults()
{
    QList<EvalResult> list;
    EvalResult capital = result(0, "small", "Q: Capital of France?", {verdict("contains", true, "found Paris")});
    capital.costUsd = 0.0001;
    capital.inputTokens = 100;
    capital.outputTokens = 10;
    list << capital;
    list << result(1, "small", "Q: 2+2?",
                   {verdict("number", false, "Expected the number 4; the answer's number was 5."),
                    verdict("max-output-tokens", true, "within 10")});
    EvalResult failedCall = result(2, "small", "Q: Status as JSON", {});
    failedCall.error = QStringLiteral("HTTP 500");
    failedCall.passed = false;
    failedCall.score = 0;
    list << failedCall;
    list << result(0, "large", "Q: Capital of France?", {verdict("contains", true, "found Paris")});
    list << result(1, "large", "Q: 2+2?", {verdict("number", true, "4"), verdict("max-output-tokens", true, "ok")});
    EvalResult ungraded = result(
        2, "large", "Q: Status as JSON",
        {verdict("rightsize:is-json-fenced", true, "JSON"), verdict("json-keys", false, "the check failed", true)});
    list << ungraded;
    return list;
}

PromptfooRunInfo runInfo()
{
    Endpoint small;
    small.name = QStringLiteral("small");
    small.kind = EndpointKind::OpenAi;
    small.model = QStringLiteral("gpt-4.1-nano");
    small.apiKeyRef = QStringLiteral("SECRET_KEY_REF");
    Endpoint large;
    large.name = QStringLiteral("large");
    large.kind = EndpointKind::Ollama;
    large.model = QStringLiteral("llama3");
    return {7, QDateTime(QDate(2026, 12, 3), QTime(5, 59, 0), Qt::UTC), {}, {small, large}};
}

QJsonObject findResult(const QJsonArray &results, int promptIdx, int testIdx)
{
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("promptIdx")).toInt() == promptIdx &&
            o.value(QStringLiteral("testIdx")).toInt() == testIdx)
            return o;
    }
    return {};
}
} // namespace

class TestPromptfooExport : public QObject
{
    Q_OBJECT

    QJsonObject m_file;

private slots:
    void initTestCase()
    {
        QCOMPARE(EvalExport::formatFromName(u"PromptFoo"), EvalExport::Format::Promptfoo);
        QVERIFY(EvalExport::formatNames().contains(QStringLiteral("promptfoo")));
        const QByteArray bytes = EvalExport::exportResults(EvalFixtures::threeCases(), sixResults(),
                                                           EvalExport::Format::Promptfoo, runInfo());
        QJsonParseError error;
        m_file = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void topLevelIsPromptfoosOutputFile()
    {
        QCOMPARE(m_file.value(QStringLiteral("evalId")).toString(), QStringLiteral("rightsize-run-7"));
        QVERIFY(m_file.value(QStringLiteral("shareableUrl")).isNull());
        const QJsonObject results = m_file.value(QStringLiteral("results")).toObject();
        QCOMPARE(results.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(results.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-12-03T05:59:00.000Z"));
        const QJsonObject config = m_file.value(QStringLiteral("config")).toObject();
        QCOMPARE(config.value(QStringLiteral("description")).toString(), QStringLiteral("Basics"));
        QCOMPARE(config.value(QStringLiteral("prompts")).toArray(), QJsonArray{QStringLiteral("Q: {{q}}")});
        QCOMPARE(config.value(QStringLiteral("tests")).toArray().size(), 3);
        // The key's reference (or the key) never reaches the file.
        QVERIFY(!QJsonDocument(m_file).toJson().contains("SECRET_KEY_REF"));
    }

    void statsCountPassesFailuresAndErrors()
    {
        const QJsonObject stats =
            m_file.value(QStringLiteral("results")).toObject().value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("successes")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("failures")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("errors")).toInt(), 2);
        const QJsonObject tokens = stats.value(QStringLiteral("tokenUsage")).toObject();
        QCOMPARE(tokens.value(QStringLiteral("numRequests")).toInt(), 6);
        QCOMPARE(tokens.value(QStringLiteral("prompt")).toInt(), 100);
        QCOMPARE(tokens.value(QStringLiteral("completion")).toInt(), 10);
        QCOMPARE(tokens.value(QStringLiteral("total")).toInt(), 110);
    }

    void onePromptPerEndpointWithMetrics()
    {
        const QJsonArray prompts =
            m_file.value(QStringLiteral("results")).toObject().value(QStringLiteral("prompts")).toArray();
        QCOMPARE(prompts.size(), 2);
        const QJsonObject small = prompts.at(0).toObject();
        QCOMPARE(small.value(QStringLiteral("provider")).toString(), QStringLiteral("small"));
        QCOMPARE(small.value(QStringLiteral("raw")).toString(), QStringLiteral("Q: {{q}}"));
        QCOMPARE(small.value(QStringLiteral("id")).toString().size(), 64); // SHA-256, as promptfoo names prompts
        const QJsonObject metrics = small.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("testPassCount")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("testFailCount")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("testErrorCount")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("assertPassCount")).toInt(), 2);
        QCOMPARE(metrics.value(QStringLiteral("assertFailCount")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("totalLatencyMs")).toDouble(), 303.0);
        QCOMPARE(metrics.value(QStringLiteral("cost")).toDouble(), 0.0001);
        // No answer of large was priced: its cost is unknown, not 0.
        const QJsonObject large = prompts.at(1).toObject().value(QStringLiteral("metrics")).toObject();
        QVERIFY(large.value(QStringLiteral("cost")).isNull());
        QVERIFY(!large.value(QStringLiteral("tokenUsage")).toObject().contains(QStringLiteral("prompt")));
    }

    void passingResult()
    {
        const QJsonArray results =
            m_file.value(QStringLiteral("results")).toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 6);
        const QJsonObject r = findResult(results, 0, 0);
        QCOMPARE(r.value(QStringLiteral("provider")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("openai:chat:gpt-4.1-nano")},
                              {QStringLiteral("label"), QStringLiteral("small")}}));
        QCOMPARE(r.value(QStringLiteral("prompt")).toObject(),
                 (QJsonObject{{QStringLiteral("raw"), QStringLiteral("Q: Capital of France?")},
                              {QStringLiteral("label"), QStringLiteral("Q: {{q}}")}}));
        QCOMPARE(r.value(QStringLiteral("vars")).toObject(),
                 (QJsonObject{{QStringLiteral("q"), QStringLiteral("Capital of France?")}}));
        QCOMPARE(r.value(QStringLiteral("description")).toString(), QStringLiteral("capital"));
        QCOMPARE(r.value(QStringLiteral("response")).toObject().value(QStringLiteral("output")).toString(),
                 QStringLiteral("answer 0"));
        QCOMPARE(r.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(r.value(QStringLiteral("failureReason")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("score")).toDouble(), 1.0);
        QCOMPARE(r.value(QStringLiteral("latencyMs")).toDouble(), 100.0);
        QCOMPARE(r.value(QStringLiteral("cost")).toDouble(), 0.0001);
        QVERIFY(r.value(QStringLiteral("error")).isNull());
        const QJsonObject tokens = r.value(QStringLiteral("tokenUsage")).toObject();
        QCOMPARE(tokens.value(QStringLiteral("prompt")).toInt(), 100);
        QCOMPARE(tokens.value(QStringLiteral("completion")).toInt(), 10);
        const QJsonObject test = r.value(QStringLiteral("testCase")).toObject();
        QCOMPARE(test.value(QStringLiteral("assert")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("contains")},
                              {QStringLiteral("value"), QStringLiteral("Paris")}}));
        QCOMPARE(findResult(results, 1, 0).value(QStringLiteral("provider")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("ollama:chat:llama3")));
    }

    void failedAssertionHasComponentResults()
    {
        const QJsonArray results =
            m_file.value(QStringLiteral("results")).toObject().value(QStringLiteral("results")).toArray();
        const QJsonObject r = findResult(results, 0, 1);
        QCOMPARE(r.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("failureReason")).toInt(), 1);
        QVERIFY(r.value(QStringLiteral("cost")).isNull()); // unpriced: null, never 0
        QVERIFY(!r.value(QStringLiteral("tokenUsage")).toObject().contains(QStringLiteral("prompt")));
        const QJsonObject grading = r.value(QStringLiteral("gradingResult")).toObject();
        QCOMPARE(grading.value(QStringLiteral("pass")).toBool(), false);
        QCOMPARE(grading.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Expected the number 4; the answer's number was 5."));
        const QJsonArray components = grading.value(QStringLiteral("componentResults")).toArray();
        QCOMPARE(components.size(), 2);
        const QJsonObject number = components.at(0).toObject();
        QCOMPARE(number.value(QStringLiteral("pass")).toBool(), false);
        QCOMPARE(number.value(QStringLiteral("score")).toDouble(), 0.0);
        QCOMPARE(number.value(QStringLiteral("assertion")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                              {QStringLiteral("value"), QStringLiteral("4")}}));
        const QJsonObject tokens = components.at(1).toObject();
        QCOMPARE(tokens.value(QStringLiteral("pass")).toBool(), true);
        QCOMPARE(tokens.value(QStringLiteral("reason")).toString(), QStringLiteral("within 10"));
        QCOMPARE(tokens.value(QStringLiteral("assertion")).toObject().value(QStringLiteral("type")),
                 QJsonValue(QStringLiteral("max-output-tokens")));
    }

    void errorsAreFailureReasonTwo()
    {
        const QJsonArray results =
            m_file.value(QStringLiteral("results")).toObject().value(QStringLiteral("results")).toArray();
        const QJsonObject call = findResult(results, 0, 2);
        QCOMPARE(call.value(QStringLiteral("failureReason")).toInt(), 2);
        QCOMPARE(call.value(QStringLiteral("error")).toString(), QStringLiteral("HTTP 500"));
        QCOMPARE(call.value(QStringLiteral("response")).toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("HTTP 500"));
        QVERIFY(call.value(QStringLiteral("gradingResult")).isNull());
        const QJsonObject ungraded = findResult(results, 1, 2);
        QCOMPARE(ungraded.value(QStringLiteral("failureReason")).toInt(), 2);
        QCOMPARE(ungraded.value(QStringLiteral("error")).toString(), QStringLiteral("the check failed"));
        QCOMPARE(ungraded.value(QStringLiteral("gradingResult"))
                     .toObject()
                     .value(QStringLiteral("componentResults"))
                     .toArray()
                     .size(),
                 2);
    }

    void unknownRunLeavesIdNullAndTakesTheFirstResultsTime()
    {
        const QJsonObject file = PromptfooExport::outputFile(EvalFixtures::threeCases(), sixResults());
        QVERIFY(file.value(QStringLiteral("evalId")).isNull());
        const QJsonObject results = file.value(QStringLiteral("results")).toObject();
        QCOMPARE(results.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-12-03T06:00:00.000Z"));
        // Without the endpoints, the provider id is the endpoint's name.
        QCOMPARE(results.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("provider")),
                 QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("small")},
                                        {QStringLiteral("label"), QStringLiteral("small")}}));
    }
};

QTEST_GUILESS_MAIN(TestPromptfooExport)
#include "tst_promptfooexport.moc"
