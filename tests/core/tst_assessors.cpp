// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routing/combinedassessor.h"
#include "routing/judgeassessor.h"
#include "routing/logprobassessor.h"
#include "routing/selfconsistencyassessor.h"
#include "routing/validationassessor.h"

#include <QCoroTask>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
/// QStringList from literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}
ChatResult withLogprobs(const QList<double> &values)
{
    ChatResult result;
    for (double v : values) {
        TokenLogprob token;
        token.token = QStringLiteral("t");
        token.logprob = v;
        result.logprobs.append(token);
    }
    return result;
}

Assessment fixed(const QString &id, std::optional<double> confidence, double usd = 0)
{
    Assessment a;
    a.assessor = id;
    a.confidence = confidence;
    a.reason = confidence ? QStringLiteral("ok") : QStringLiteral("no data");
    a.cost.usd = usd;
    return a;
}

/// A scripted assessor, to test the combination through the interface.
class FixedAssessor : public ConfidenceAssessor
{
public:
    FixedAssessor(Assessment a, bool logprobs = false)
        : m_a(std::move(a))
        , m_logprobs(logprobs)
    { }
    QString id() const override { return m_a.assessor; }
    bool wantsLogprobs() const override { return m_logprobs; }
    QCoro::Task<Assessment> assess(AssessmentContext) override { co_return m_a; }

private:
    Assessment m_a;
    bool m_logprobs;
};
} // namespace

class TestAssessors : public QObject
{
    Q_OBJECT
private slots:
    void logprob_data()
    {
        QTest::addColumn<QList<double>>("logprobs");
        QTest::addColumn<double>("geometric");
        QTest::addColumn<double>("arithmetic");
        // The values of ProviderStreams::openAiWithLogprobs().
        QTest::addRow("two tokens") << QList<double>{-0.0125, -1.25} << std::exp(-0.63125)
                                    << (std::exp(-0.0125) + std::exp(-1.25)) / 2;
        QTest::addRow("certain") << QList<double>{0.0, 0.0, 0.0} << 1.0 << 1.0;
        QTest::addRow("one token") << QList<double>{std::log(0.25)} << 0.25 << 0.25;
        QTest::addRow("halves and quarters") << QList<double>{std::log(0.5), std::log(0.125)} << 0.25 << 0.3125;
    }
    void logprob()
    {
        QFETCH(QList<double>, logprobs);
        QFETCH(double, geometric);
        QFETCH(double, arithmetic);
        const ChatResult answer = withLogprobs(logprobs);
        const Assessment g = LogprobAssessor::assessResult(answer);
        QVERIFY(g.available());
        QCOMPARE(*g.confidence, geometric);
        QCOMPARE(*LogprobAssessor::assessResult(answer, LogprobAssessor::Mode::ArithmeticMean).confidence, arithmetic);
        // Through the interface too.
        LogprobAssessor assessor;
        QVERIFY(assessor.wantsLogprobs());
        AssessmentContext context;
        context.answer = answer;
        QCOMPARE(*QCoro::waitFor(assessor.assess(context)).confidence, geometric);
    }

    void logprobReasonAndUnavailable()
    {
        QCOMPARE(LogprobAssessor::assessResult(withLogprobs({-0.0125, -1.25})).reason,
                 QStringLiteral("geometric mean token probability 0.5319 over 2 tokens (perplexity 1.88)"));
        const Assessment none = LogprobAssessor::assessResult(ChatResult{});
        QVERIFY(!none.available());
        QCOMPARE(none.assessor, QStringLiteral("logprob"));
        QCOMPARE(none.reason, QStringLiteral("the endpoint sent no log-probabilities"));
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("normalised");
        QTest::addRow("trailing period and spaces") << "  Paris. "
                                                    << "paris";
        QTest::addRow("inner whitespace collapsed") << "New \t York\n City"
                                                    << "new york city";
        QTest::addRow("several trailing marks") << "Yes!!?"
                                                << "yes";
        QTest::addRow("inner punctuation kept") << "Hello, world."
                                                << "hello, world";
        QTest::addRow("punctuation then space") << "42 . "
                                                << "42";
        QTest::addRow("only punctuation") << "?!"
                                          << "";
    }
    void normalise()
    {
        QFETCH(QString, answer);
        QFETCH(QString, normalised);
        QCOMPARE(SelfConsistencyAssessor::normalise(answer), normalised);
    }

    void agreement_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<double>("agreement");
        QTest::addRow("identical after normalising") << sl({"Paris.", "paris", " PARIS "}) << 1.0;
        QTest::addRow("two of three") << sl({"Paris", "paris!", "Lyon"}) << 2.0 / 3.0;
        QTest::addRow("all differ") << sl({"Paris", "Lyon", "Nice", "Metz"}) << 0.25;
        QTest::addRow("two pairs of four") << sl({"a", "b", "A", "B."}) << 0.5;
        QTest::addRow("empty") << QStringList{} << 0.0;
    }
    void agreement()
    {
        QFETCH(QStringList, answers);
        QFETCH(double, agreement);
        QCOMPARE(SelfConsistencyAssessor::agreement(answers), agreement);
    }

    void consistencyWithoutClientIsUnavailable()
    {
        SelfConsistencyAssessor assessor(3, 0.9);
        const Assessment a = QCoro::waitFor(assessor.assess(AssessmentContext{}));
        QVERIFY(!a.available());
        QCOMPARE(a.reason, QStringLiteral("no chat client to draw samples with"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("nonEmpty");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<QString>("reason");
        QTest::addRow("non-empty passes") << "ok" << true << "" << false << QStringList{} << 1.0 << "passed: not empty";
        QTest::addRow("empty fails") << "" << true << "" << false << QStringList{} << 0.0
                                     << "failed: the answer is empty";
        QTest::addRow("whitespace is empty")
            << " \n\t" << true << "" << false << QStringList{} << 0.0 << "failed: the answer is empty";
        QTest::addRow("regex matches") << "42" << true << "^\\d+$" << false << QStringList{} << 1.0
                                       << "passed: not empty, matches ^\\d+$";
        QTest::addRow("regex fails") << "4x2" << true << "^\\d+$" << false << QStringList{} << 0.0
                                     << "failed: the answer does not match ^\\d+$";
        QTest::addRow("valid json") << "{\"a\": 1}" << true << "" << true << QStringList{} << 1.0
                                    << "passed: not empty, valid JSON";
        QTest::addRow("json array") << "[1, 2]" << false << "" << true << QStringList{} << 1.0 << "passed: valid JSON";
        QTest::addRow("invalid json") << "{a: 1}" << false << "" << true << QStringList{} << 0.0
                                      << "failed: the answer is not valid JSON: unterminated object";
        QTest::addRow("fenced json with keys")
            << "```json\n{\"name\": \"x\", \"age\": 3}\n```" << true << "" << false << sl({"name", "age"}) << 1.0
            << "passed: not empty, JSON has the keys name, age";
        QTest::addRow("missing keys") << "{\"name\": \"x\"}" << true << "" << true << sl({"name", "age", "city"}) << 0.0
                                      << "failed: the JSON lacks the keys age, city";
        QTest::addRow("array is not an object")
            << "[1]" << true << "" << false << sl({"a"}) << 0.0 << "failed: the answer is JSON but not an object";
        QTest::addRow("several failures") << "" << true << "x" << false << QStringList{} << 0.0
                                          << "failed: the answer is empty; the answer does not match x";
    }
    void validation()
    {
        QFETCH(QString, answer);
        QFETCH(bool, nonEmpty);
        QFETCH(QString, regex);
        QFETCH(bool, json);
        QFETCH(QStringList, keys);
        QFETCH(double, confidence);
        QFETCH(QString, reason);
        ValidationChecks checks;
        checks.nonEmpty = nonEmpty;
        checks.regex = regex;
        checks.validJson = json;
        checks.requiredKeys = keys;
        ValidationAssessor assessor(checks);
        AssessmentContext context;
        context.answer.text = answer;
        const Assessment a = QCoro::waitFor(assessor.assess(context));
        QVERIFY(a.available());
        QCOMPARE(*a.confidence, confidence);
        QCOMPARE(a.reason, reason);
    }

    void validationBadRegexIsUnavailable()
    {
        ValidationChecks checks;
        checks.regex = QStringLiteral("(unclosed");
        const Assessment a = ValidationAssessor::check(QStringLiteral("text"), checks);
        QVERIFY(!a.available());
        QVERIFY(a.reason.startsWith(QStringLiteral("the pattern (unclosed is not a valid regular expression: ")));
    }

    void judgeParse_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("score"); // -1: no grade
        QTest::addColumn<QString>("reason");
        QTest::addRow("plain") << "SCORE: 0.85" << 0.85 << "";
        QTest::addRow("one") << "SCORE: 1" << 1.0 << "";
        QTest::addRow("zero") << "SCORE: 0" << 0.0 << "";
        QTest::addRow("one point zero") << "SCORE: 1.0" << 1.0 << "";
        QTest::addRow("surrounding whitespace") << "\n  SCORE:   0.9  \n" << 0.9 << "";
        QTest::addRow("words before") << "The answer is right.\nSCORE: 0.7" << 0.7 << "";
        QTest::addRow("lower case") << "score: 0.9" << -1.0 << "the judge's reply has no line “SCORE: X”: “score: 0.9”";
        QTest::addRow("above one") << "SCORE: 1.5" << -1.0 << "the judge's score 1.5 is outside 0–1";
        QTest::addRow("percent") << "SCORE: 85" << -1.0 << "the judge's score 85 is outside 0–1";
        QTest::addRow("negative") << "SCORE: -0.5" << -1.0 << "the judge's reply has no line “SCORE: X”: “SCORE: -0.5”";
        QTest::addRow("fraction") << "SCORE: 9/10" << -1.0 << "the judge's reply has no line “SCORE: X”: “SCORE: 9/10”";
        QTest::addRow("word") << "SCORE: high" << -1.0 << "the judge's reply has no line “SCORE: X”: “SCORE: high”";
        QTest::addRow("trailing period") << "SCORE: 0.9." << -1.0
                                         << "the judge's reply has no line “SCORE: X”: “SCORE: 0.9.”";
        QTest::addRow("no format") << "I would rate it 0.9" << -1.0
                                   << "the judge's reply has no line “SCORE: X”: “I would rate it 0.9”";
        QTest::addRow("two scores") << "SCORE: 0.2\nSCORE: 0.9" << -1.0
                                    << "the judge's reply contains 2 numbers, not exactly one: “SCORE: 0.2 SCORE: 0.9”";
        QTest::addRow("another number")
            << "The answer 42 is right.\nSCORE: 0.9" << -1.0
            << "the judge's reply contains 2 numbers, not exactly one: “The answer 42 is right. SCORE: 0.9”";
        QTest::addRow("empty") << "" << -1.0 << "the judge's reply has no line “SCORE: X”: “”";
    }
    void judgeParse()
    {
        QFETCH(QString, reply);
        QFETCH(double, score);
        QFETCH(QString, reason);
        const Result<double> parsed = JudgeAssessor::parseScore(reply);
        if (score < 0) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error(), reason);
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed.value(), score);
        }
    }

    void judgeRequestIsFixed()
    {
        const ChatRequest request =
            JudgeAssessor::judgeRequest(QStringLiteral("Capital of France?"), QStringLiteral("Paris"));
        QCOMPARE(request.system, JudgeAssessor::rubric());
        QVERIFY(request.system.contains(QStringLiteral("SCORE: X")));
        QCOMPARE(request.temperature, std::optional<double>(0.0));
        QCOMPARE(request.messages.size(), 1);
        QCOMPARE(request.messages.at(0).content,
                 QStringLiteral("PROMPT:\n<<<\nCapital of France?\n>>>\n\nANSWER:\n<<<\nParis\n>>>"));
    }

    void combine_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("confidence");
        QTest::addRow("mean of available") << int(CombinedAssessor::Combine::Mean) << 0.7;
        QTest::addRow("min of available") << int(CombinedAssessor::Combine::Min) << 0.5;
    }
    void combine()
    {
        QFETCH(int, mode);
        QFETCH(double, confidence);
        CombinedAssessor combined({std::make_shared<FixedAssessor>(fixed(QStringLiteral("logprob"), 0.9, 0.0), true),
                                   std::make_shared<FixedAssessor>(fixed(QStringLiteral("judge"), std::nullopt, 0.002)),
                                   std::make_shared<FixedAssessor>(fixed(QStringLiteral("validation"), 0.5))},
                                  CombinedAssessor::Combine(mode));
        QVERIFY(combined.wantsLogprobs());
        const Assessment a = QCoro::waitFor(combined.assess(AssessmentContext{}));
        QCOMPARE(*a.confidence, confidence);
        QCOMPARE(a.parts.size(), 3);
        QCOMPARE(a.cost.usd, 0.002); // the unavailable judge still cost its call
        QVERIFY(a.reason.contains(QStringLiteral("judge unavailable (no data)")));
        QVERIFY(a.reason.contains(QStringLiteral("logprob 0.9 (ok)")));
    }

    void combineNothingAvailable()
    {
        const Assessment a = CombinedAssessor::combine({fixed(QStringLiteral("logprob"), std::nullopt)},
                                                       CombinedAssessor::Combine::Mean);
        QVERIFY(!a.available());
        QCOMPARE(a.reason, QStringLiteral("no assessor could say: logprob unavailable (no data)"));
        CombinedAssessor none({std::make_shared<FixedAssessor>(fixed(QStringLiteral("validation"), 1.0))});
        QVERIFY(!none.wantsLogprobs());
    }
};

QTEST_GUILESS_MAIN(TestAssessors)
#include "tst_assessors.moc"
