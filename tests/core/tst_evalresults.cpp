// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "decision/recommendation.h"
#include "eval/evalmatrix.h"
#include "eval/evalstatistics.h"
#include "eval/measuredquality.h"

#include <QTest>

namespace {

EvalSet fourCases()
{
    EvalSet set;
    set.id = QStringLiteral("support-v1");
    set.name = QStringLiteral("Support replies");
    for (int i = 0; i < 4; ++i) {
        EvalCase c;
        c.description = QStringLiteral("c%1").arg(i);
        c.weight = i == 3 ? 2.0 : 1.0;
        set.cases.append(c);
    }
    return set;
}

/// Results from a pattern: one character per case, 'P' pass, 'F' fail, 'E' call error, '.' none.
QList<EvalResult> results(const QString &endpoint, const QString &model, const QString &pattern,
                          const QList<double> &latencies = {}, int repeat = 0)
{
    QList<EvalResult> list;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('.'))
            continue;
        EvalResult r;
        r.caseIndex = i;
        r.endpointName = endpoint;
        r.catalogModel = model;
        r.repeat = repeat;
        r.passed = pattern.at(i) == QLatin1Char('P');
        r.score = r.passed ? 1 : 0;
        r.latencyMs = latencies.value(i, 100);
        r.costUsd = 0.001 * (i + 1);
        r.answer = QStringLiteral("answer %1").arg(i);
        if (pattern.at(i) == QLatin1Char('E'))
            r.error = QStringLiteral("HTTP 500");
        else if (!r.passed)
            r.assertions.append({QStringLiteral("contains"), false, false, 0, QStringLiteral("missing %1").arg(i)});
        list.append(r);
    }
    return list;
}

} // namespace

class TestEvalResults : public QObject
{
    Q_OBJECT

private slots:
    void wilsonInterval_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("trials");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addRow("8 of 10") << 8 << 10 << 0.490162471537 << 0.943317848546;
        QTest::addRow("0 of 10") << 0 << 10 << 0.0 << 0.277532799863;
        QTest::addRow("10 of 10") << 10 << 10 << 0.722467200137 << 1.0;
        QTest::addRow("1 of 3") << 1 << 3 << 0.061491944720 << 0.792340399198;
        QTest::addRow("45 of 50") << 45 << 50 << 0.786397685625 << 0.956524235068;
        QTest::addRow("no trials") << 0 << 0 << 0.0 << 1.0;
    }
    void wilsonInterval()
    {
        QFETCH(int, successes);
        QFETCH(int, trials);
        QFETCH(double, low);
        QFETCH(double, high);
        const EvalStatistics::Interval interval = EvalStatistics::wilson(successes, trials);
        QVERIFY2(std::abs(interval.low - low) < 1e-11, qPrintable(QString::number(interval.low, 'g', 15)));
        QVERIFY2(std::abs(interval.high - high) < 1e-11, qPrintable(QString::number(interval.high, 'g', 15)));
    }

    void nearestRankPercentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("expected");
        const QList<double> ten{10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        QList<double> twenty;
        for (int i = 20; i >= 1; --i)
            twenty.append(i * 10);
        QTest::addRow("p50 of 1..10") << ten << 50.0 << 5.0;
        QTest::addRow("p95 of 1..10") << ten << 95.0 << 10.0;
        QTest::addRow("p90 of 1..10") << ten << 90.0 << 9.0;
        QTest::addRow("p0 is the minimum") << ten << 0.0 << 1.0;
        QTest::addRow("p100 is the maximum") << ten << 100.0 << 10.0;
        QTest::addRow("p95 of 20 is rank 19") << twenty << 95.0 << 190.0;
        QTest::addRow("p50 of 20 is rank 10") << twenty << 50.0 << 100.0;
        QTest::addRow("p50 of 3") << QList<double>{300, 100, 200} << 50.0 << 200.0;
        QTest::addRow("one value") << QList<double>{42} << 95.0 << 42.0;
    }
    void nearestRankPercentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, percent);
        QFETCH(double, expected);
        QCOMPARE(EvalStatistics::percentile(values, percent).value(), expected);
    }

    void emptyPercentile() { QVERIFY(!EvalStatistics::percentile({}, 50).has_value()); }

    void summarisesEndpoints()
    {
        const EvalSet set = fourCases();
        QList<EvalResult> all =
            results(QStringLiteral("a"), QStringLiteral("m-a"), QStringLiteral("PPFP"), {400, 100, 300, 200});
        all += results(QStringLiteral("b"), QString(), QStringLiteral("PEF."), {50, 9999, 70});
        const EvalMatrix matrix = EvalMatrix::build(set, all);
        QCOMPARE(matrix.toText(),
                 QStringLiteral("case | a | b\nc0 | PASS | PASS\nc1 | PASS | ERROR\nc2 | FAIL | FAIL\nc3 | PASS | -"));

        const EvalEndpointSummary *a = matrix.summary(u"a");
        QCOMPARE(a->results, 4);
        QCOMPARE(a->cases, 4);
        QCOMPARE(a->passes, 3);
        QCOMPARE(a->passRate, 0.75);
        QCOMPARE(a->weightedPassRate, 4.0 / 5.0); // weights 1, 1, 1, 2; case 3 (weight 2) passed
        QCOMPARE(a->interval, EvalStatistics::wilson(3, 4));
        QCOMPARE(a->costUsd, 0.001 + 0.002 + 0.003 + 0.004);
        QCOMPARE(a->costPerCase.value(), 0.01 / 4);
        QCOMPARE(a->p50LatencyMs.value(), 200.0);
        QCOMPARE(a->p95LatencyMs.value(), 400.0);

        // The failed call counts as a failure and an error, and its latency is left out.
        const EvalEndpointSummary *b = matrix.summary(u"b");
        QCOMPARE(b->results, 3);
        QCOMPARE(b->passes, 1);
        QCOMPARE(b->errors, 1);
        QCOMPARE(b->p50LatencyMs.value(), 50.0);
        QCOMPARE(b->p95LatencyMs.value(), 70.0);

        QCOMPARE(matrix.cell(2, 0).failureReasons, QStringList{QStringLiteral("missing 2")});
        QCOMPARE(matrix.cell(1, 1).failureReasons, QStringList{QStringLiteral("HTTP 500")});
        QVERIFY(matrix.cell(3, 1).isEmpty());
    }

    void aggregatesRepeats()
    {
        const EvalSet set = fourCases();
        QList<EvalResult> all = results(QStringLiteral("a"), QString(), QStringLiteral("PPP."), {100, 100, 100}, 0);
        all += results(QStringLiteral("a"), QString(), QStringLiteral("PFP."), {300, 300, 300}, 1);
        const EvalMatrix matrix = EvalMatrix::build(set, all);
        QCOMPARE(matrix.toText(), QStringLiteral("case | a\nc0 | PASS\nc1 | FAIL 1/2\nc2 | PASS\nc3 | -"));
        const EvalCell &flaky = matrix.cell(1, 0);
        QCOMPARE(flaky.runs, 2);
        QCOMPARE(flaky.passes, 1);
        QCOMPARE(flaky.score, 0.5);
        QCOMPARE(flaky.latencyMs, 200.0);
        QCOMPARE(flaky.failureReasons, QStringList{QStringLiteral("missing 1")});
        QCOMPARE(matrix.summary(u"a")->results, 6);
        QCOMPARE(matrix.summary(u"a")->cases, 3);
    }

    void comparesRuns()
    {
        const EvalSet set = fourCases();
        const QList<EvalResult> before = results(QStringLiteral("a"), QString(), QStringLiteral("PPFF")) +
            results(QStringLiteral("b"), QString(), QStringLiteral("PPPP"));
        const QList<EvalResult> after = results(QStringLiteral("a"), QString(), QStringLiteral("PFPP")) +
            results(QStringLiteral("b"), QString(), QStringLiteral("PPP."));
        const EvalRunComparison comparison = EvalRunComparison::compare(set, before, after);
        QCOMPARE(comparison.passToFail, (QList<EvalCaseChange>{{1, QStringLiteral("c1"), QStringLiteral("a")}}));
        QCOMPARE(comparison.failToPass,
                 (QList<EvalCaseChange>{{2, QStringLiteral("c2"), QStringLiteral("a")},
                                        {3, QStringLiteral("c3"), QStringLiteral("a")}}));
        QCOMPARE(comparison.unchanged, 4); // a:c0, b:c0–c2 (b:c3 was not run again)
        QCOMPARE(comparison.endpoints.size(), 2);
        QCOMPARE(comparison.endpoints.at(0).endpointName, QStringLiteral("a"));
        QCOMPARE(comparison.endpoints.at(0).before, 0.5);
        QCOMPARE(comparison.endpoints.at(0).after, 0.75);
        QCOMPARE(comparison.endpoints.at(0).delta, 0.25);
        QCOMPARE(comparison.endpoints.at(1).delta, 0.0);
    }

    void measuredQualityScores()
    {
        const EvalSet set = fourCases();
        // Two endpoints on the same catalog model are pooled; one endpoint has no catalog model.
        const QList<EvalResult> all = results(QStringLiteral("a1"), QStringLiteral("m-a"), QStringLiteral("PPFF")) +
            results(QStringLiteral("a2"), QStringLiteral("m-a"), QStringLiteral("PPPF")) +
            results(QStringLiteral("local"), QString(), QStringLiteral("PPPP"));
        const MeasuredQuality measured = MeasuredQuality::fromEvaluation(set, all, QDate(2026, 3, 14));
        QCOMPARE(measured.benchmark.id, QStringLiteral("eval:support-v1"));
        QCOMPARE(measured.benchmark.kind, ScoreKind::Accuracy);
        QCOMPARE(measured.benchmark.scaleMax, 1.0);
        QCOMPARE(measured.benchmark.source, QStringLiteral("your evaluation Support replies, 2026-03-14, 4 cases"));
        QCOMPARE(measured.scores.size(), 1);
        QCOMPARE(measured.scores.first().first, QStringLiteral("m-a"));
        // With its 95 % Wilson interval, which the recommendation shows beside it.
        const EvalStatistics::Interval interval = EvalStatistics::wilson(5, 8);
        QCOMPARE(measured.scores.first().second,
                 (QualityScore{QStringLiteral("eval:support-v1"), 5.0 / 8.0, measured.benchmark.source,
                               QDate(2026, 3, 14), interval.low, interval.high}));
        // Kept between sessions with it.
        const Result<MeasuredQuality> back = MeasuredQuality::fromJson(measured.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, measured);
        QCOMPARE(measured.unmappedEndpoints, QStringList{QStringLiteral("local")});
    }

    void recommendationUsesMeasuredAccuracy()
    {
        // Two medium models, both clearing a 0.8 minimum on the public benchmark (scale 100).
        Catalog catalog;
        catalog.name = QStringLiteral("test");
        catalog.defaultBenchmark = QStringLiteral("public");
        catalog.benchmarks.append(
            {QStringLiteral("public"), QStringLiteral("Public"), ScoreKind::Accuracy, 100.0, {}, {}, {}});
        for (const QString &id : {QStringLiteral("m-a"), QStringLiteral("m-b")}) {
            ModelSpec model;
            model.id = id;
            model.tier = Tier::Medium;
            model.inputPricePerMTok = 0.1;
            model.outputPricePerMTok = 0.2;
            model.typicalLatencyMs = 300;
            model.contextWindow = 128000;
            model.quality.append(
                {QStringLiteral("public"), 85.0, QStringLiteral("someone"), QDate(2025, 1, 1), {}, {}});
            catalog.models.append(model);
        }
        RecommendationInput input;
        input.requirements.minAccuracy = 0.8;
        const Recommendation before = recommend(catalog, input);
        QCOMPARE(before.candidates.size(), 2);
        QCOMPARE(*before.candidates.first().accuracy, 0.85);

        // The user's evaluation: m-a passes 5 of 8, m-b 8 of 8.
        const EvalSet set = fourCases();
        const QList<EvalResult> all = results(QStringLiteral("a1"), QStringLiteral("m-a"), QStringLiteral("PPFF")) +
            results(QStringLiteral("a2"), QStringLiteral("m-a"), QStringLiteral("PPPF")) +
            results(QStringLiteral("b"), QStringLiteral("m-b"), QStringLiteral("PPPP")) +
            results(QStringLiteral("b"), QStringLiteral("m-b"), QStringLiteral("PPPP"), {}, 1);
        const MeasuredQuality measured = MeasuredQuality::fromEvaluation(set, all, QDate(2026, 3, 14));
        const Catalog withMeasured = measured.applyTo(catalog);
        QCOMPARE(withMeasured.benchmarks.size(), 2);
        QCOMPARE(measured.applyTo(withMeasured), withMeasured); // applying twice replaces, not duplicates

        // Preferred over the public benchmark without being chosen, and labelled as the user's own.
        const Recommendation automatic = recommend(withMeasured, input);
        QCOMPARE(automatic.qualityBenchmark, QStringLiteral("eval:support-v1"));
        QCOMPARE(automatic.benchmarkSource, BenchmarkSource::Measured);
        QVERIFY(automatic.benchmarkExplanation.contains(QStringLiteral("your own measurement")));
        // Chosen explicitly, the public benchmark still decides.
        input.qualityBenchmark = QStringLiteral("public");
        QCOMPARE(recommend(withMeasured, input).candidates.size(), 2);
        input.qualityBenchmark = measured.benchmark.id;
        const Recommendation after = recommend(withMeasured, input);
        QCOMPARE(after.qualityBenchmark, QStringLiteral("eval:support-v1"));
        QCOMPARE(after.candidates.size(), 1);
        QCOMPARE(after.candidates.first().model->id, QStringLiteral("m-b"));
        QCOMPARE(*after.candidates.first().accuracy, 1.0);
        QCOMPARE(after.nearMisses.size(), 1);
        QCOMPARE(after.nearMisses.first().model->id, QStringLiteral("m-a"));
        QCOMPARE(after.nearMisses.first().exclusions.first().reason,
                 QStringLiteral("Accuracy 0.625 on Your evaluation Support replies is under the minimum 0.8"));
    }
};

QTEST_GUILESS_MAIN(TestEvalResults)
#include "tst_evalresults.moc"
