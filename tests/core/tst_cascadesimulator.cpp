// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/runrecord.h"
#include "eval/evalresult.h"
#include "routing/cascadesimulator.h"
#include "routing/storedrunsimulation.h"

#include <QTest>

#include <algorithm>
#include <cmath>

Q_DECLARE_METATYPE(SimulatedPrompt)

namespace {
SimulatedAnswer answer(int level, std::optional<double> confidence, std::optional<double> quality)
{
    // Level costs 1, 10, 100 and latencies 10, 20, 40: sums stay exact.
    static const double costs[] = {1, 10, 100};
    static const double latencies[] = {10, 20, 40};
    SimulatedAnswer a;
    a.level = level;
    a.endpointName = QStringLiteral("level-%1").arg(level);
    a.costUsd = costs[level];
    a.latencyMs = latencies[level];
    a.confidence = confidence;
    a.quality = quality;
    return a;
}

/// Four prompts at three levels, computed by hand in the comments of curve_data().
QList<SimulatedPrompt> dataSet()
{
    return {
        {QStringLiteral("p1"), {answer(0, 0.9, 1), answer(1, 0.95, 1), answer(2, 0.99, 1)}},
        {QStringLiteral("p2"), {answer(2, 0.9, 1), answer(0, 0.6, 0), answer(1, 0.8, 1)}}, // any order
        {QStringLiteral("p3"), {answer(0, 0.3, 0), answer(1, 0.4, 0), answer(2, 0.7, 1)}},
        {QStringLiteral("p4"), {answer(0, std::nullopt, 1), answer(1, 0.85, 1), answer(2, 0.5, 0.5)}},
    };
}
} // namespace

class TestCascadeSimulator : public QObject
{
    Q_OBJECT
private slots:
    void curve_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("latency");
        QTest::addColumn<double>("quality");
        // t=0: p1 L0, p2 L0, p3 L0; p4 has no confidence at L0 → L1 (0.85). Cost 1+1+1+11, quality (1+0+0+1)/4.
        QTest::addRow("t=0") << 0 << 0.0 << QList<int>{3, 1, 0} << 14.0 << 60.0 << 0.5;
        // t=0.25: p3's 0.3 still passes: the same.
        QTest::addRow("t=0.25") << 1 << 0.25 << QList<int>{3, 1, 0} << 14.0 << 60.0 << 0.5;
        // t=0.5: p3 0.3, 0.4 → L2 (111); p2 0.6 stays. Cost 1+1+111+11, quality (1+0+1+1)/4.
        QTest::addRow("t=0.5") << 2 << 0.5 << QList<int>{2, 1, 1} << 124.0 << 120.0 << 0.75;
        // t=0.75: p2 0.6 → L1 0.8 accepted (11). Cost 1+11+111+11, quality 1.
        QTest::addRow("t=0.75") << 3 << 0.75 << QList<int>{1, 2, 1} << 134.0 << 140.0 << 1.0;
        // t=1: nothing below 1 passes: everyone tries all three (111 each); p4 ends with quality 0.5.
        QTest::addRow("t=1") << 4 << 1.0 << QList<int>{0, 0, 4} << 444.0 << 280.0 << 0.875;
    }
    void curve()
    {
        QFETCH(int, index);
        QFETCH(double, threshold);
        QFETCH(QList<int>, levels);
        QFETCH(double, cost);
        QFETCH(double, latency);
        QFETCH(double, quality);
        SimulationOptions options;
        options.step = 0.25;
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(dataSet(), options);
        QVERIFY2(simulation.ok(), qPrintable(simulation.error()));
        QCOMPARE(simulation->levelCount, 3);
        QCOMPARE(simulation->promptCount, 4);
        QCOMPARE(simulation->curve.size(), 5);
        const SimulationPoint &point = simulation->curve.at(index);
        QCOMPARE(point.threshold, threshold);
        QCOMPARE(point.answeredAtLevel, levels);
        QList<double> shares;
        for (int n : levels)
            shares.append(n / 4.0);
        QCOMPARE(point.shareAtLevel, shares);
        QCOMPARE(point.totalCostUsd, cost);
        QCOMPARE(point.totalLatencyMs, latency);
        QCOMPARE(point.meanQuality, std::optional<double>(quality));
        QCOMPARE(point.labelled, 4);
    }

    void references()
    {
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(dataSet());
        QVERIFY(simulation.ok());
        QCOMPARE(simulation->curve.size(), 21); // step 0.05
        const SimulationPoint &small = simulation->alwaysSmall;
        QCOMPARE(small.answeredAtLevel, (QList<int>{4, 0, 0}));
        QCOMPARE(small.totalCostUsd, 4.0);
        QCOMPARE(small.totalLatencyMs, 40.0);
        QCOMPARE(*small.meanQuality, 0.5);
        const SimulationPoint &large = simulation->alwaysLarge;
        QCOMPARE(large.answeredAtLevel, (QList<int>{0, 0, 4}));
        QCOMPARE(large.totalCostUsd, 400.0);
        QCOMPARE(large.totalLatencyMs, 160.0);
        QCOMPARE(*large.meanQuality, 0.875);
        QCOMPARE(simulation->bestIndex, -1); // no target given
    }

    void targetQualityAtLeastCost_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("best");
        QTest::addRow("0.5: the first point already meets it") << 0.5 << 0;
        QTest::addRow("0.75: t=0.5 for 124") << 0.75 << 2;
        QTest::addRow("0.9: t=0.75 for 134") << 0.9 << 3;
        QTest::addRow("1.0 exactly: t=0.75") << 1.0 << 3;
        QTest::addRow("unreachable") << 1.01 << -1;
    }
    void targetQualityAtLeastCost()
    {
        QFETCH(double, target);
        QFETCH(int, best);
        SimulationOptions options;
        options.step = 0.25;
        options.targetQuality = target;
        QCOMPARE(CascadeSimulator::simulate(dataSet(), options)->bestIndex, best);
    }

    // An unpriced answer is not free: the cheapest threshold never wins on a lower bound, and its
    // cost says what is unknown.
    void targetQualityWithUnpricedLevels_data()
    {
        QTest::addColumn<QList<int>>("unpricedLevels");
        QTest::addColumn<QString>("bestCost");
        // Target 0.75: t=0.5 (index 2) in every case, as with prices: p1, p2 answer at L0; p3
        // tries L0, L1, L2; p4 L0, L1.
        QTest::addRow("priced") << QList<int>{} << QStringLiteral("$124.00");
        QTest::addRow("mixed: large unpriced") << QList<int>{2} << QStringLiteral("≥ $24.00 (1 call(s) unpriced)");
        QTest::addRow("mixed: small unpriced") << QList<int>{0} << QStringLiteral("≥ $120.00 (4 call(s) unpriced)");
        QTest::addRow("unpriced") << QList<int>{0, 1, 2} << QStringLiteral("unknown");
    }
    void targetQualityWithUnpricedLevels()
    {
        QFETCH(QList<int>, unpricedLevels);
        QFETCH(QString, bestCost);
        QList<SimulatedPrompt> prompts = dataSet();
        for (SimulatedPrompt &prompt : prompts) {
            for (SimulatedAnswer &a : prompt.answers) {
                if (unpricedLevels.contains(a.level)) {
                    a.costUsd = 0;
                    a.priced = false;
                }
            }
        }
        SimulationOptions options;
        options.step = 0.25;
        options.targetQuality = 0.75;
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, options);
        QVERIFY2(simulation.ok(), qPrintable(simulation.error()));
        QCOMPARE(simulation->bestIndex, 2);
        const SimulationPoint &best = simulation->curve.at(2);
        QCOMPARE(best.costKnown(), unpricedLevels.isEmpty());
        QCOMPARE(simulationCostText(best), bestCost);
        // Every point that meets the target and is not the best is provably no cheaper.
        for (int i = 3; i < simulation->curve.size(); ++i) {
            const SimulationPoint &point = simulation->curve.at(i);
            QVERIFY(point.totalCostUsd >= best.totalCostUsd);
            QVERIFY(point.unpricedAnswers >= best.unpricedAnswers);
        }
    }

    // The default level order: cheapest first by the mean of priced answers. An endpoint with
    // no priced answer is not free: it comes after every priced one.
    void levelsByCostIgnoresNoPrice_data()
    {
        QTest::addColumn<QStringList>("answers"); // "endpoint=cost" or "endpoint=" (unpriced), one run each
        QTest::addColumn<QStringList>("order");
        QTest::addRow("priced") << QStringList{QStringLiteral("big=0.01"), QStringLiteral("small=0.001")}
                                << QStringList{QStringLiteral("small"), QStringLiteral("big")};
        QTest::addRow("unpriced comes last")
            << QStringList{QStringLiteral("big=0.01"), QStringLiteral("adhoc="), QStringLiteral("small=0.001")}
            << QStringList{QStringLiteral("small"), QStringLiteral("big"), QStringLiteral("adhoc")};
        QTest::addRow("mixed: the mean of priced answers")
            << QStringList{QStringLiteral("half=0.005"), QStringLiteral("half="), QStringLiteral("even=0.004"),
                           QStringLiteral("even=0.004")}
            << QStringList{QStringLiteral("even"), QStringLiteral("half")};
        QTest::addRow("unpriced only: name order") << QStringList{QStringLiteral("zeta="), QStringLiteral("alpha=")}
                                                   << QStringList{QStringLiteral("alpha"), QStringLiteral("zeta")};
    }
    void levelsByCostIgnoresNoPrice()
    {
        QFETCH(QStringList, answers);
        QFETCH(QStringList, order);
        QList<RunRecord> runs;
        for (const QString &spec : answers) {
            const QStringList parts = spec.split(QLatin1Char('='));
            ResponseRecord r;
            r.endpoint.name = parts.at(0);
            r.status = ResponseRecord::Status::Complete;
            if (!parts.at(1).isEmpty())
                r.costUsd = parts.at(1).toDouble();
            RunRecord run;
            run.responses = {r};
            runs.append(run);
        }
        QCOMPARE(StoredRunSimulation::levelsByCost(runs), order);
    }

    void thresholdsAreExact()
    {
        const QList<double> t = CascadeSimulator::thresholds(0.05);
        QCOMPARE(t.size(), 21);
        QCOMPARE(t.at(3), 0.15); // 3 × 0.05 would be 0.15000000000000002
        QCOMPARE(t.at(16), 0.8);
        QCOMPARE(t.constLast(), 1.0);
        QCOMPARE(CascadeSimulator::thresholds(0.3), (QList<double>{0.0, 0.3, 0.6, 0.8999999999999999, 1.0}));
        // Confidence exactly at the threshold is accepted: p2's medium answer (0.8) at t = 0.8.
        const SimulationPoint at08 = CascadeSimulator::replay({dataSet().at(1)}, t.at(16), 3);
        QCOMPARE(at08.answeredAtLevel, (QList<int>{0, 1, 0}));
        QCOMPARE(at08.totalCostUsd, 11.0);
    }

    void missingLevelsAndLabels()
    {
        // A prompt answered only at levels 0 and 2, and an unlabelled final answer.
        const QList<SimulatedPrompt> prompts{
            {QStringLiteral("a"), {answer(0, 0.1, 0), answer(2, 0.9, std::nullopt)}},
            {QStringLiteral("b"), {answer(0, 0.9, 1)}},
        };
        const SimulationPoint point = CascadeSimulator::replay(prompts, 0.5, 3);
        QCOMPARE(point.answeredAtLevel, (QList<int>{1, 0, 1}));
        QCOMPARE(point.totalCostUsd, 102.0);
        QCOMPARE(point.labelled, 1);
        QCOMPARE(point.meanQuality, std::optional<double>(1.0));
        const SimulationPoint none = CascadeSimulator::replay({prompts.at(0)}, 0.5, 3);
        QVERIFY(!none.meanQuality.has_value());
    }

    void invalidInput_data()
    {
        QTest::addColumn<QList<SimulatedPrompt>>("prompts");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("error");
        QTest::addRow("no prompts") << QList<SimulatedPrompt>{} << 0.05 << "There are no prompts to replay.";
        QTest::addRow("zero step") << dataSet() << 0.0 << "The threshold step 0 must lie above 0 and at most 1.";
        QTest::addRow("two answers at a level")
            << QList<SimulatedPrompt>{{QStringLiteral("x"), {answer(0, 0.5, 1), answer(0, 0.6, 1)}}} << 0.05
            << "Prompt “x” has two answers at level 0.";
        QTest::addRow("confidence above 1") << QList<SimulatedPrompt>{{QStringLiteral("y"), {answer(1, 1.2, 1)}}}
                                            << 0.05 << "Prompt “y”, level 1: the confidence 1.2 is outside 0–1.";
        QTest::addRow("no answers") << QList<SimulatedPrompt>{{QStringLiteral("z"), {}}} << 0.05
                                    << "Prompt “z” has no answers.";
    }
    void invalidInput()
    {
        QFETCH(QList<SimulatedPrompt>, prompts);
        QFETCH(double, step);
        QFETCH(QString, error);
        SimulationOptions options;
        options.step = step;
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, options);
        QVERIFY(!simulation.ok());
        QCOMPARE(simulation.error(), error);
    }

    void fromStoredRuns()
    {
        auto response = [](const QString &endpoint, double cost, double logprob, ResponseRecord::Status status) {
            ResponseRecord r;
            r.endpoint.name = endpoint;
            r.status = status;
            r.costUsd = cost;
            r.result.latencyMs = 5;
            r.result.text = endpoint;
            TokenLogprob token;
            token.logprob = logprob;
            r.result.logprobs = {token};
            return r;
        };
        RunRecord run;
        run.prompt.user = QStringLiteral("Capital of France?");
        run.responses = {response(QStringLiteral("big"), 0.5, std::log(0.9), ResponseRecord::Status::Complete),
                         response(QStringLiteral("other"), 0.1, 0, ResponseRecord::Status::Complete),
                         response(QStringLiteral("small"), 0.01, std::log(0.4), ResponseRecord::Status::Complete)};
        RunRecord failed = run;
        failed.responses[2].status = ResponseRecord::Status::Failed;
        const QList<SimulatedPrompt> prompts = CascadeSimulator::fromRuns(
            {run, failed}, {QStringLiteral("small"), QStringLiteral("big")},
            [](const RunRecord &, const ResponseRecord &r) {
                return std::optional<double>(r.endpoint.name == QLatin1String("big") ? 1.0 : 0.0);
            });
        QCOMPARE(prompts.size(), 2);
        QCOMPARE(prompts.at(0).label, QStringLiteral("Capital of France?"));
        QCOMPARE(prompts.at(0).answers.size(), 2); // "other" is not a level
        QCOMPARE(prompts.at(1).answers.size(), 1); // the failed small answer is left out
        const SimulatedAnswer &small = prompts.at(0).answers.at(1);
        QCOMPARE(small.level, 0);
        QCOMPARE(small.costUsd, 0.01);
        QCOMPARE(*small.confidence, 0.4);
        QCOMPARE(*small.quality, 0.0);
        SimulationOptions options;
        options.step = 0.5;
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, options);
        QVERIFY(simulation.ok());
        // t = 0.5: the first run escalates (0.4 < 0.5) and pays both; the second has only "big".
        QCOMPARE(simulation->curve.at(1).answeredAtLevel, (QList<int>{0, 2}));
        QCOMPARE(simulation->curve.at(1).totalCostUsd, 1.01);
    }

    /// An evaluation's verdicts as the labels: hand-computed replay of five cases on two levels.
    void fromEvaluationResults()
    {
        auto result = [](int caseIndex, const QString &endpoint, double cost, const QString &answer,
                         QList<AssertionResult> assertions) {
            EvalResult r;
            r.caseIndex = caseIndex;
            r.endpointName = endpoint;
            r.costUsd = cost;
            r.latencyMs = endpoint == QLatin1String("big") ? 100 : 10;
            r.answer = answer;
            r.prompt = QStringLiteral("prompt %1").arg(caseIndex);
            r.assertions = assertions;
            r.passed =
                std::all_of(assertions.cbegin(), assertions.cend(), [](const AssertionResult &a) { return a.passed; });
            return r;
        };
        const AssertionResult jsonOk{QStringLiteral("is-json"), true, false, 1, {}};
        const AssertionResult jsonBad{QStringLiteral("is-json"), false, false, 0, QStringLiteral("not JSON")};
        const AssertionResult equalsOk{QStringLiteral("equals"), true, false, 1, {}};
        const AssertionResult equalsBad{QStringLiteral("equals"), false, false, 0, QStringLiteral("differs")};
        const AssertionResult notRegexOk{QStringLiteral("not-regex"), true, false, 1, {}};
        const AssertionResult rubricError{QStringLiteral("llm-rubric"), false, true, 0, QStringLiteral("no judge")};
        const QString small = QStringLiteral("small");
        const QString big = QStringLiteral("big");
        EvalResult failedCall = result(3, small, 0.01, QString(), {});
        failedCall.error = QStringLiteral("timed out");
        failedCall.passed = false;
        const QList<EvalResult> results{
            // Arrival order is not case order.
            result(1, small, 0.01, QStringLiteral("oops"), {jsonBad, equalsBad}),    // confidence 0: escalates
            result(0, small, 0.01, QStringLiteral("{\"a\":1}"), {jsonOk, equalsOk}), // confident and right
            result(0, QStringLiteral("other"), 9, QStringLiteral("{}"), {jsonOk}),   // not a level
            result(2, small, 0.01, QStringLiteral("{\"a\":2}"), {jsonOk, notRegexOk, equalsBad}), // confident but wrong
            failedCall,                                                                           // left out
            result(4, small, 0.01, QStringLiteral("{}"), {jsonOk, rubricError}),                  // unlabelled
            result(0, big, 0.5, QStringLiteral("{\"a\":1}"), {jsonOk, equalsOk}),
            result(1, big, 0.5, QStringLiteral("{\"a\":1}"), {jsonOk, equalsOk}),
            result(2, big, 0.5, QStringLiteral("{\"a\":2}"), {jsonOk, equalsOk}),
            result(3, big, 0.5, QStringLiteral("{\"a\":3}"), {jsonOk, equalsOk}),
            result(4, big, 0.5, QStringLiteral("{}"), {jsonOk}),
        };
        const QList<SimulatedPrompt> prompts = CascadeSimulator::fromEvalResults(
            results, {small, big}, {QStringLiteral("first"), QStringLiteral("second")});
        QCOMPARE(prompts.size(), 5);
        QCOMPARE(prompts.at(0).label, QStringLiteral("first"));
        QCOMPARE(prompts.at(1).label, QStringLiteral("second"));
        QCOMPARE(prompts.at(2).label, QStringLiteral("prompt 2")); // no label given: the prompt sent
        QCOMPARE(prompts.at(0).answers.size(), 2);
        QCOMPARE(prompts.at(3).answers.size(), 1); // the failed call is left out
        const SimulatedAnswer &wrong = prompts.at(2).answers.at(0);
        QCOMPARE(wrong.level, 0);
        QCOMPARE(*wrong.confidence, 1.0);
        QCOMPARE(*wrong.quality, 0.0);
        QCOMPARE(wrong.costUsd, 0.01);
        QCOMPARE(wrong.latencyMs, 10.0);
        QCOMPARE(*prompts.at(1).answers.at(0).confidence, 0.0);
        QVERIFY(!prompts.at(4).answers.at(0).quality.has_value());

        SimulationOptions options;
        options.step = 0.5;
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, options);
        QVERIFY2(simulation.ok(), qPrintable(simulation.error()));
        // t = 0: every prompt stays with its smallest answer: 4 × 0.01 + 0.5 (case 3 has only big);
        // labelled verdicts 1, 0, 0, 1 (case 4 unlabelled).
        QCOMPARE(simulation->curve.at(0).answeredAtLevel, (QList<int>{4, 1}));
        QCOMPARE(simulation->curve.at(0).totalCostUsd, 0.54);
        QCOMPARE(*simulation->curve.at(0).meanQuality, 0.5);
        QCOMPARE(simulation->curve.at(0).labelled, 4);
        // t = 0.5 and 1: case 1 (not JSON) escalates and pays both; case 2 stays confidently wrong.
        for (int i : {1, 2}) {
            QCOMPARE(simulation->curve.at(i).answeredAtLevel, (QList<int>{3, 2}));
            QCOMPARE(simulation->curve.at(i).totalCostUsd, 1.04);
            QCOMPARE(*simulation->curve.at(i).meanQuality, 0.75);
        }
        QCOMPARE(simulation->alwaysLarge.totalCostUsd, 2.5);
        QCOMPARE(*simulation->alwaysLarge.meanQuality, 1.0);

        // A caller's own confidence replaces the validation proxy.
        const QList<SimulatedPrompt> scored =
            CascadeSimulator::fromEvalResults(results, {small, big}, {}, [](const EvalResult &r) {
                return std::optional<double>(r.caseIndex == 0 ? 0.9 : 0.2);
            });
        QCOMPARE(*scored.at(0).answers.at(0).confidence, 0.9);
        QCOMPARE(*scored.at(1).answers.at(0).confidence, 0.2);
        QCOMPARE(scored.at(0).label, QStringLiteral("prompt 0"));
    }
};

QTEST_GUILESS_MAIN(TestCascadeSimulator)
#include "tst_cascadesimulator.moc"
