// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "analysis/costcurves.h"
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "decision/recommendation.h"
#include "modelfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using Doubles = QList<double>;

namespace {
using ModelFixtures::apiModel;
using ModelFixtures::selfHostedModel;

bool relativelyEqual(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}
} // namespace

class TestCostCurves : public QObject
{
    Q_OBJECT
private slots:
    void stepEdges_data()
    {
        QTest::addColumn<double>("inputTokens");
        QTest::addColumn<double>("outputTokens");
        QTest::addColumn<double>("throughput");
        QTest::addColumn<double>("utilisation");
        QTest::addColumn<double>("peak");
        QTest::addColumn<double>("minRequests");
        QTest::addColumn<double>("maxRequests");
        QTest::addColumn<Doubles>("edges");
        // 1,000 tokens a request, 1,000 tokens/s at 50 %: 500 usable tokens/s per replica; at peak ×2
        // one replica carries 500 × 86,400 / (1,000 × 2) = 21,600 requests/day.
        QTest::addRow("21,600 per replica") << 500.0 << 500.0 << 1000.0 << 0.5 << 2.0 << 1000.0 << 100000.0
                                            << Doubles{21600.0, 43200.0, 64800.0, 86400.0};
        // The defaults (2,000 tokens/s, 70 %, ×2) with the article's 500 + 200 tokens: 86,400 per replica.
        QTest::addRow("defaults, article shape")
            << 500.0 << 200.0 << 2000.0 << 0.7 << 2.0 << 10.0 << 300000.0 << Doubles{86400.0, 172800.0, 259200.0};
        QTest::addRow("range below the first edge")
            << 500.0 << 200.0 << 2000.0 << 0.7 << 2.0 << 10.0 << 80000.0 << Doubles{};
        QTest::addRow("range starting inside step 2")
            << 500.0 << 200.0 << 2000.0 << 0.7 << 2.0 << 100000.0 << 200000.0 << Doubles{172800.0};
    }
    void stepEdges()
    {
        QFETCH(double, inputTokens);
        QFETCH(double, outputTokens);
        QFETCH(double, throughput);
        QFETCH(double, utilisation);
        QFETCH(double, peak);
        QFETCH(double, minRequests);
        QFETCH(double, maxRequests);
        QFETCH(Doubles, edges);
        const Workload shape{1000.0, inputTokens, outputTokens};
        SelfHostingAssumptions a;
        a.tokensPerSecondPerReplica = throughput;
        a.utilisation = utilisation;
        a.peakFactor = peak;
        const Doubles actual = replicaStepEdges(shape, a, minRequests, maxRequests);
        QCOMPARE(actual.size(), edges.size());
        for (qsizetype i = 0; i < edges.size(); ++i) {
            QVERIFY2(
                relativelyEqual(actual.at(i), edges.at(i), 1e-8),
                qPrintable(QStringLiteral("edge %1: %2 vs %3").arg(i).arg(actual.at(i), 0, 'f', 6).arg(edges.at(i))));
            // The edge is exact with respect to the cost model: one replica more at it, not just below it.
            Workload at = shape;
            at.requestsPerDay = actual.at(i);
            Workload below = shape;
            below.requestsPerDay = actual.at(i) * (1.0 - 1e-11);
            QCOMPARE(replicasNeeded(at, a), int(i) + replicasNeeded({minRequests, inputTokens, outputTokens}, a) + 1);
            QCOMPARE(replicasNeeded(below, a), replicasNeeded(at, a) - 1);
        }
    }

    void selfHostedCurveIsAStaircase()
    {
        const ModelSpec model = selfHostedModel(QStringLiteral("local"), 1.0);
        const Workload shape{50000.0, 500.0, 500.0};
        SelfHostingAssumptions a;
        a.tokensPerSecondPerReplica = 1000.0;
        a.utilisation = 0.5;
        a.peakFactor = 2.0;
        const CostCurve curve = buildCostCurve(model, true, shape, a, {1000.0, 50000.0, 61});
        QVERIFY(curve.selfHosted);
        // $1/h × 720 h = $720 per replica; edges at 21,600 and 43,200.
        const QList<QPointF> expected{{1000.0, 720.0},   {21600.0, 720.0},  {21600.0, 1440.0},
                                      {43200.0, 1440.0}, {43200.0, 2160.0}, {50000.0, 2160.0}};
        QCOMPARE(curve.points.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY(relativelyEqual(curve.points.at(i).x(), expected.at(i).x(), 1e-8));
            QCOMPARE(curve.points.at(i).y(), expected.at(i).y());
        }
        QCOMPARE(curve.costAtCurrentVolume, 2160.0); // 50,000 requests/day needs 3 replicas
    }

    void apiCurveIsLinear()
    {
        const ModelSpec model = apiModel(QStringLiteral("gpt-4o-mini"), 0.15, 0.60);
        const Workload shape{10000.0, 500.0, 200.0};
        const CostCurve curve = buildCostCurve(model, false, shape, {}, {10.0, 1.0e6, 6});
        QVERIFY(!curve.selfHosted);
        QCOMPARE(curve.points.size(), 6);
        QCOMPARE(curve.costAtCurrentVolume, 58.5);
        // 30 × (500 × 0.15 + 200 × 0.60) / 1e6 = $0.00585 per request/day, at 10, 1e2 … 1e6.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(relativelyEqual(curve.points.at(i).x(), std::pow(10.0, i + 1)));
            QVERIFY(relativelyEqual(curve.points.at(i).y(), 0.00585 * std::pow(10.0, i + 1)));
        }
        QCOMPARE(curve.points.last(), QPointF(1.0e6, 5850.0));
    }

    void breakEvensAreListed()
    {
        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        const CostOption mini{catalog->findModel(u"gpt-4o-mini"), false};
        const CostOption phi{catalog->findModel(u"phi-3-mini"), true};
        QVERIFY(mini.model && phi.model);
        const CostCurveData data = buildCostCurveData(*catalog, {mini, phi}, input, {10.0, 1.0e6, 61});
        QCOMPARE(data.curves.size(), 2);
        QCOMPARE(data.curves.at(0).costAtCurrentVolume, 58.5);
        QCOMPARE(data.curves.at(1).costAtCurrentVolume, 360.0);
        // API $0.00585 per request/day against $360 per replica, a replica per 86,400 requests/day:
        // equal on the treads at 360k / 0.00585 for k = 1, 2, 3 and flipping at the risers 86,400 and
        // 172,800, where the line lies between two treads. Past 3 replicas the line stays above.
        const Doubles expected{360.0 / 0.00585, 86400.0, 720.0 / 0.00585, 172800.0, 1080.0 / 0.00585};
        QCOMPARE(data.breakEvens.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(relativelyEqual(data.breakEvens.at(i).point.requestsPerDay, expected.at(i), 1e-6),
                     qPrintable(QString::number(data.breakEvens.at(i).point.requestsPerDay, 'f', 3)));
            QCOMPARE(data.breakEvens.at(i).firstName, QStringLiteral("GPT-4o-mini"));
            QCOMPARE(data.breakEvens.at(i).secondName, QStringLiteral("Phi-3-mini"));
        }
        QVERIFY(data.breakEvens.at(1).point.atStep);
        QVERIFY(!data.breakEvens.at(0).point.atStep);
        QVERIFY(data.footnote().contains(QStringLiteral("article-2025 (2025-01-01)")));
        QVERIFY(data.footnote().contains(QStringLiteral("2,000 tokens/s")));
        QVERIFY(data.footnote().contains(QStringLiteral("70 % utilisation")));
    }

    void defaultSelection()
    {
        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY(catalog.ok());
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        input.task = QStringLiteral("text_classification");
        const Recommendation rec = recommend(*catalog, input);
        // No candidate passes every requirement here: the task pick (Phi-3-mini, self-hosted) first,
        // then the cheapest near misses up to three options.
        QVERIFY(rec.candidates.isEmpty());
        const QList<CostOption> selection = defaultVolumeSelection(rec);
        QCOMPARE(selection.size(), 3);
        QCOMPARE(selection.at(0).model->id, QStringLiteral("phi-3-mini"));
        QVERIFY(selection.at(0).selfHosted);
        QCOMPARE(selection.at(1).model->id, rec.nearMisses.at(0).model->id);
    }
};

QTEST_GUILESS_MAIN(TestCostCurves)
#include "tst_costcurves.moc"
