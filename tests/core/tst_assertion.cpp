// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/evalassertion.h"

#include <QJsonObject>
#include <QTest>

class TestAssertion : public QObject
{
    Q_OBJECT

private slots:
    // Each kind, holding and not: type, value (CSV text after "type: "), answer, measurements, expected verdict.
    void checksEachKind_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<double>("latencyMs");
        QTest::addColumn<double>("costUsd");
        QTest::addColumn<int>("outputTokens");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("reason");

        const auto row = [](const char *name, const char *csv, const char *answer, bool passed, const char *reason) {
            QTest::addRow("%s", name) << QString::fromUtf8(csv) << QString::fromUtf8(answer) << 100.0 << 0.001 << 50
                                      << passed << QString::fromUtf8(reason);
        };
        // promptfoo's equals, starts-with and is-json take the answer as it came
        // (https://www.promptfoo.dev/docs/configuration/expected-outputs/); the friendlier rules
        // have their own rightsize: names.
        row("equals true", "equals: Paris", "Paris", true, "The answer equals \"Paris\".");
        row("equals is exact", "equals: Paris", "  Paris\n", false, "Expected \"Paris\"; the answer was \"Paris\".");
        row("equals-trimmed", "rightsize:equals-trimmed: Paris", "  Paris\n", true, "The answer equals \"Paris\".");
        row("equals false", "equals: Paris", "paris", false, "Expected \"Paris\"; the answer was \"paris\".");
        row("plain text is equals", "Paris", "Paris", true, "The answer equals \"Paris\".");
        row("contains true", "contains: Paris", "It is Paris.", true, "The answer contains \"Paris\".");
        row("contains false", "contains: Paris", "It is Lyon.", false,
            "Expected the answer to contain \"Paris\"; it was \"It is Lyon.\".");
        row("icontains true", "icontains: PARIS", "it is paris", true, "The answer contains \"PARIS\".");
        row("icontains false", "icontains: PARIS", "it is lyon", false,
            "Expected the answer to contain \"PARIS\"; it was \"it is lyon\".");
        row("not-contains true", "not-contains: sorry", "Paris", true,
            "As required, not so: Expected the answer to contain \"sorry\"; it was \"Paris\".");
        row("not-contains false", "not-contains: sorry", "sorry, no", false,
            "Expected the opposite: The answer contains \"sorry\".");
        row("starts-with true", "starts-with: Yes", "Yes, it is.", true, "The answer starts with \"Yes\".");
        row("starts-with is exact", "starts-with: Yes", "\n Yes, it is.", false,
            "Expected the answer to start with \"Yes\"; it was \"Yes, it is.\".");
        row("starts-with false", "starts-with: Yes", "No.", false,
            "Expected the answer to start with \"Yes\"; it was \"No.\".");
        row("regex true", "regex: ^\\d{3}-\\d{4}$", "555-1234", true, "The answer matches /^\\d{3}-\\d{4}$/.");
        row("regex false", "regex: ^\\d{3}-\\d{4}$", "5551234", false,
            "Expected the answer to match /^\\d{3}-\\d{4}$/; it was \"5551234\".");
        row("is-json true", "is-json", "{\"a\": 1}", true, "The answer is valid JSON.");
        row("is-json fenced", "is-json", "```json\n[1, 2]\n```", false,
            "Expected JSON; the answer was \"```json⏎[1, 2]⏎```\".");
        row("is-json-fenced", "rightsize:is-json-fenced", "```json\n[1, 2]\n```", true, "The answer is valid JSON.");
        row("contains-any", "contains-any: red, blue", "blue sky", true, "The answer contains \"blue\".");
        row("contains-all", "contains-all: red, blue", "blue sky", false,
            "Expected the answer to contain \"red\"; it was \"blue sky\".");
        row("icontains-all", "icontains-all: RED, blue", "Red and Blue", true,
            "The answer contains all of \"RED\", \"blue\".");
        // promptfoo's CSV reader gives levenshtein, latency and cost a threshold of 0.75 when the
        // cell has none (src/csv.ts, THRESHOLD_ASSERTION_TYPES): only an exact match passes.
        row("levenshtein csv default 0.75", "levenshtein: kitten", "sitting", false,
            "Expected at most 0.75 edits from \"kitten\"; the answer is 3 edits away: \"sitting\".");
        row("levenshtein csv default exact", "levenshtein: kitten", "kitten", true,
            "The answer is 0 edits from \"kitten\", within 0.75.");
        // promptfoo's check is `distance <= (threshold || 5)` (src/assertions/levenshtein.ts): 0 means 5.
        row("levenshtein threshold 0 is 5", "levenshtein(0): kitten", "sitting", true,
            "The answer is 3 edits from \"kitten\", within 5.");
        row("levenshtein threshold", "levenshtein(2): kitten", "sitting", false,
            "Expected at most 2 edits from \"kitten\"; the answer is 3 edits away: \"sitting\".");
        row("is-json scalar", "is-json", "42", true, "The answer is valid JSON.");
        row("is-json false", "is-json", "{a: 1}", false, "Expected JSON; the answer was \"{a: 1}\".");
        row("is-json two values", "is-json", "1, 2", false, "Expected JSON; the answer was \"1, 2\".");
        row("is-json schema true",
            "is-json: {\"type\": \"object\", \"required\": [\"name\"], \"properties\": {\"age\": {\"type\": "
            "\"integer\", \"minimum\": 0}}}",
            "{\"name\": \"Ada\", \"age\": 36}", true, "The answer is JSON matching the schema.");
        row("is-json schema missing key", "is-json: {\"required\": [\"name\"]}", "{\"age\": 36}", false,
            "Expected JSON matching the schema; $ has no key \"name\".");
        row("is-json schema wrong type", "is-json: {\"properties\": {\"age\": {\"type\": \"integer\"}}}",
            "{\"age\": 36.5}", false, "Expected JSON matching the schema; $.age is number, not integer.");
        row("json-keys paths true", "json-keys: name, address.city",
            "{\"name\": \"Ada\", \"address\": {\"city\": \"London\"}}", true,
            "The answer is JSON with name, address.city.");
        row("json-keys paths false", "json-keys: name, address.city", "{\"name\": \"Ada\", \"address\": {}}", false,
            "Expected a JSON object with name, address.city; no key \"address.city\".");
        row("json-keys values true", "json-keys: {\"status\": \"ok\", \"n\": 3}",
            "{\"status\": \"ok\", \"n\": 3, \"x\": 1}", true, "The answer is JSON with {\"n\":3,\"status\":\"ok\"}.");
        row("json-keys values false", "json-keys: {\"status\": \"ok\"}", "{\"status\": \"error\"}", false,
            "Expected a JSON object with {\"status\":\"ok\"}; status is \"error\", not \"ok\".");
        row("json-keys not an object", "json-keys: a", "[1]", false,
            "Expected a JSON object with a; the answer was \"[1]\".");
        row("number exact true", "number: 42", "The answer is 42.", true, "The answer's number 42 is 42.");
        row("number tolerance true", "number: 42 ± 0.5", "about 42.4", true, "The answer's number 42.4 is 42 ± 0.5.");
        row("number plus-minus true", "number: 1000 +- 1", "1,000.5 units", true,
            "The answer's number 1000.5 is 1000 ± 1.");
        row("number last one counts", "number: 7", "3 + 4 = 7", true, "The answer's number 7 is 7.");
        row("number tolerance false", "number: 42 ± 0.5", "about 42.6", false,
            "Expected the number 42 ± 0.5; the answer's number was 42.6.");
        row("number none", "number: 42", "forty-two", false,
            "Expected the number 42; the answer has no number: \"forty-two\".");
        row("latency true", "latency(100)", "x", true, "The answer took 100 ms, within 100 ms.");
        row("latency false", "latency(99)", "x", false, "Expected at most 99 ms; the answer took 100 ms.");
        row("cost true", "cost(0.001)", "x", true, "The answer cost $0.001, within $0.001.");
        row("cost false", "cost(0.0005)", "x", false, "Expected a cost of at most $0.0005; the answer cost $0.001.");
        // Without a threshold promptfoo's CSV reader limits latency to 0.75 ms and cost to $0.75,
        // whatever the value says (src/csv.ts; src/assertions/latency.ts and cost.ts use the threshold only).
        row("latency csv default 0.75 ms", "latency: 100000", "x", false,
            "Expected at most 0.75 ms; the answer took 100 ms.");
        row("cost csv default $0.75", "cost: 0.0001", "x", true, "The answer cost $0.001, within $0.75.");
        row("max-latency keeps its value", "max-latency: 100", "x", true, "The answer took 100 ms, within 100 ms.");
        row("max-output-tokens true", "max-output-tokens: 50", "x", true,
            "The answer used 50 output tokens, within 50.");
        row("max-output-tokens false", "max-output-tokens: 49", "x", false,
            "Expected at most 49 output tokens; the answer used 50.");
    }
    void checksEachKind()
    {
        QFETCH(QString, csv);
        QFETCH(QString, answer);
        QFETCH(double, latencyMs);
        QFETCH(double, costUsd);
        QFETCH(int, outputTokens);
        QFETCH(bool, passed);
        QFETCH(QString, reason);

        const Result<EvalAssertion> assertion = EvalAssertion::fromCsvText(csv);
        QVERIFY2(assertion.ok(), qPrintable(assertion.error()));
        const AssertionResult result = assertion->check({answer, latencyMs, costUsd, outputTokens});
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.passed, passed);
        QCOMPARE(result.score, passed ? 1.0 : 0.0);
        QVERIFY(!result.error);
        QCOMPARE(result.type, assertion->typeName());
    }

    void rubricWithoutThresholdPassesAtHalf()
    {
        // promptfoo's llm-rubric without a threshold takes the grader's own "pass" field
        // (src/matchers/llmGrading.ts: `pass = parsed.pass ?? true`, and `score >= threshold`
        // only when one is set). Rightsize's judge answers with a score alone (SCORE: x), so its
        // rule without a threshold is its own: a score of at least 0.5 passes.
        const EvalAssertion rubric = EvalAssertion::fromCsvText(u"llm-rubric: is polite").value();
        QVERIFY(!rubric.threshold);
        QVERIFY(rubric.grade(0.5, QStringLiteral("SCORE: 0.5")).passed);
        QVERIFY(!rubric.grade(0.49, QStringLiteral("SCORE: 0.49")).passed);
        // contains has no use for a threshold: promptfoo ignores it, and so does Rightsize.
        const EvalAssertion contains = EvalAssertion::fromCsvText(u"contains(0.9): world").value();
        QVERIFY(contains.check({QStringLiteral("hello world"), 0, {}, {}}).passed);
    }

    void unknownMeasurementIsAnError()
    {
        const EvalAssertion cost = EvalAssertion::fromCsvText(u"cost: 0.01").value();
        const AssertionResult result = cost.check({QStringLiteral("x"), 10, std::nullopt, std::nullopt});
        QVERIFY(result.error);
        QVERIFY(!result.passed);
        QCOMPARE(
            result.reason,
            QStringLiteral("Cost not checked: the answer's cost is unknown (no catalog price or no token usage)."));
        const EvalAssertion tokens = EvalAssertion::fromCsvText(u"max-output-tokens: 5").value();
        QVERIFY(tokens.check({QStringLiteral("x"), 10, 0.1, std::nullopt}).error);
    }

    void parsesCsvText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("threshold");
        QTest::addRow("typed") << "contains: Paris "
                               << "contains"
                               << "Paris" << 0.5;
        QTest::addRow("no space") << "icontains:paris"
                                  << "icontains"
                                  << "paris" << 0.5;
        QTest::addRow("bare is-json") << "is-json"
                                      << "is-json"
                                      << "" << 0.5;
        QTest::addRow("plain text") << "The capital is Paris"
                                    << "equals"
                                    << "The capital is Paris" << 0.5;
        QTest::addRow("plain with colon and capital") << "Note: yes"
                                                      << "equals"
                                                      << "Note: yes" << 0.5;
        QTest::addRow("rubric with threshold") << "llm-rubric(0.8): is polite"
                                               << "llm-rubric"
                                               << "is polite" << 0.8;
        QTest::addRow("grade alias") << "grade: is polite"
                                     << "llm-rubric"
                                     << "is polite" << 0.5;
        QTest::addRow("alias max-latency") << "max-latency: 2000"
                                           << "latency"
                                           << "2000" << 0.5;
        QTest::addRow("value keeps colons") << "equals: a: b"
                                            << "equals"
                                            << "a: b" << 0.5;
    }
    void parsesCsvText()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(double, threshold);
        const Result<EvalAssertion> assertion = EvalAssertion::fromCsvText(text);
        QVERIFY2(assertion.ok(), qPrintable(assertion.error()));
        QCOMPARE(assertion->typeName(), type);
        QCOMPARE(assertion->valueText(), value);
        QCOMPARE(assertion->passThreshold(), threshold);
    }

    void rejectsBadAssertions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown type")
            << "containz: x"
            << "unknown assertion type \"containz\" (write \"equals: containz: x\" for plain text)";
        QTest::addRow("bad regex")
            << "regex: (abc"
            << "regex: invalid regular expression \"(abc\": missing closing parenthesis at offset 4";
        QTest::addRow("empty contains") << "contains:"
                                        << "contains: needs a text value";
        QTest::addRow("bad number") << "number: forty"
                                    << "number: \"forty\" is not a number, e.g. 42 or 42 ± 0.5";
        QTest::addRow("negative tolerance") << "number: 4 ± -1"
                                            << "number: the tolerance must not be negative";
        QTest::addRow("bad schema keyword") << "is-json: {\"requird\": [\"a\"]}"
                                            << "is-json: schema keyword \"requird\" at $ is not supported";
        QTest::addRow("schema not object")
            << "is-json: [1]"
            << "is-json: the value must be a JSON Schema object, e.g. {\"required\": [\"name\"]}";
        QTest::addRow("bad key path") << "json-keys: a..b"
                                      << "json-keys: \"a..b\" is not a key path";
        QTest::addRow("latency without limit") << "max-latency: soon"
                                               << "max-latency: needs a limit: a number not below 0";
        QTest::addRow("rubric threshold range") << "llm-rubric(2): x"
                                                << "llm-rubric: the threshold must be between 0 and 1";
        QTest::addRow("negated latency") << "not-latency: 5"
                                         << "unknown assertion type \"not-latency\"";
    }
    void rejectsBadAssertions()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<EvalAssertion> assertion = EvalAssertion::fromCsvText(text);
        QVERIFY(!assertion.ok());
        QCOMPARE(assertion.error(), error);
    }

    void readsJsonShape()
    {
        const QJsonObject number{
            {QStringLiteral("type"), QStringLiteral("number")},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("value"), 10}, {QStringLiteral("tolerance"), 1}}}};
        const EvalAssertion assertion = EvalAssertion::fromJson(number).value();
        QVERIFY(assertion.check({QStringLiteral("It is 11"), 0, {}, {}}).passed);
        QVERIFY(!assertion.check({QStringLiteral("It is 11.5"), 0, {}, {}}).passed);
        QCOMPARE(assertion.toJson(), number);

        // In promptfoo's YAML/JSON shape a levenshtein without threshold allows 5 edits
        // (src/assertions/levenshtein.ts: `threshold || 5`); only its CSV reader sets 0.75.
        const EvalAssertion levenshtein =
            EvalAssertion::fromJson({{QStringLiteral("type"), QStringLiteral("levenshtein")},
                                     {QStringLiteral("value"), QStringLiteral("kitten")}})
                .value();
        QVERIFY(levenshtein.check({QStringLiteral("sitting"), 0, {}, {}}).passed);
        QVERIFY(!levenshtein.check({QStringLiteral("sittingness"), 0, {}, {}}).passed);

        // promptfoo writes the latency limit as the threshold.
        const QJsonObject latency{{QStringLiteral("type"), QStringLiteral("latency")},
                                  {QStringLiteral("threshold"), 500}};
        const EvalAssertion limit = EvalAssertion::fromJson(latency).value();
        QVERIFY(limit.check({QStringLiteral("x"), 500, {}, {}}).passed);
        QVERIFY(!limit.check({QStringLiteral("x"), 501, {}, {}}).passed);

        QCOMPARE(EvalAssertion::fromJson({{QStringLiteral("type"), QStringLiteral("contains")},
                                          {QStringLiteral("value"), QStringLiteral("x")},
                                          {QStringLiteral("vaule"), 1}})
                     .error(),
                 QStringLiteral("contains: field \"vaule\" is not supported"));
    }

    void parsesJudgeScoreStrictly_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("error");
        QTest::addRow("plain") << "Polite and correct.\nSCORE: 0.8" << 0.8 << "";
        QTest::addRow("one") << "SCORE: 1" << 1.0 << "";
        QTest::addRow("zero with period") << "Rude. SCORE: 0." << 0.0 << "";
        QTest::addRow("sentence end") << "SCORE: 0.25." << 0.25 << "";
        QTest::addRow("missing") << "Looks fine: 0.9" << 0.0 << "the judge's reply has no \"SCORE: x\" line";
        QTest::addRow("twice") << "SCORE: 0.2\nSCORE: 0.9" << 0.0
                               << "the judge's reply has 2 \"SCORE:\" lines, not one";
        QTest::addRow("above one") << "SCORE: 8" << 0.0 << "the judge's score \"8\" is not a number from 0 to 1";
        QTest::addRow("fraction") << "SCORE: 4/5" << 0.0 << "the judge's score \"4/5\" is not a number from 0 to 1";
        QTest::addRow("percent") << "SCORE: 80%" << 0.0 << "the judge's score \"80%\" is not a number from 0 to 1";
        QTest::addRow("lowercase is not it") << "score: 0.5" << 0.0 << "the judge's reply has no \"SCORE: x\" line";
    }
    void parsesJudgeScoreStrictly()
    {
        QFETCH(QString, reply);
        QFETCH(double, score);
        QFETCH(QString, error);
        const Result<double> parsed = EvalAssertion::parseJudgeScore(reply);
        QCOMPARE(parsed.error(), error);
        if (error.isEmpty())
            QCOMPARE(parsed.value(), score);
    }

    void gradesRubric()
    {
        const EvalAssertion rubric = EvalAssertion::fromCsvText(u"llm-rubric(0.7): answers politely").value();
        const AssertionResult pass = rubric.grade(0.7, QStringLiteral("Polite. SCORE: 0.7"));
        QVERIFY(pass.passed);
        QCOMPARE(pass.score, 0.7);
        QCOMPARE(pass.reason,
                 QStringLiteral("The judge scored 0.7 (pass from 0.7) on \"answers politely\": Polite. SCORE: 0.7"));
        const AssertionResult fail = rubric.grade(0.6, QStringLiteral("Curt. SCORE: 0.6"));
        QVERIFY(!fail.passed);
        QCOMPARE(fail.score, 0.6);
        QCOMPARE(fail.reason,
                 QStringLiteral("Expected a judge score of at least 0.7 on \"answers politely\"; the judge scored 0.6: "
                                "Curt. SCORE: 0.6"));
        // Checked without a judge, a rubric is an error, never a silent pass.
        const AssertionResult unjudged = rubric.check({QStringLiteral("hi"), 0, {}, {}});
        QVERIFY(unjudged.error);
        QVERIFY(!unjudged.passed);
        QCOMPARE(unjudged.reason, QStringLiteral("Rubric \"answers politely\" not graded: the rubric needs a judge"));
        const QString prompt = rubric.judgePrompt(QStringLiteral("Hello there"), QStringLiteral("Hi"));
        QVERIFY(prompt.contains(QStringLiteral("<rubric>\nanswers politely\n</rubric>")));
        QVERIFY(prompt.contains(QStringLiteral("<answer>\nHello there\n</answer>")));
        QVERIFY(prompt.contains(QStringLiteral("<reference_answer>\nHi\n</reference_answer>")));
        QVERIFY(prompt.contains(QStringLiteral("SCORE: x")));
    }
};

QTEST_GUILESS_MAIN(TestAssertion)
#include "tst_assertion.moc"
