// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "charts/cascadesimulationchart.h"
#include "charts/chartfootnote.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "decision/recommendation.h"

#include <QTemporaryDir>
#include <QTest>

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>

#include <memory>

namespace {
CostQualityPoint point(const QString &id, Tier tier, double cost, std::optional<double> quality)
{
    CostQualityPoint p;
    p.modelId = id;
    p.name = id.toUpper();
    p.provider = QStringLiteral("acme");
    p.tier = tier;
    p.cost = p.monthlyUsd = cost;
    p.quality = quality;
    p.qualitySource = QStringLiteral("Bench board");
    p.qualityDate = QDate(2025, 8, 4);
    return p;
}

/// Six scored points in three tiers and one unscored; frontier a → b → e; "b" recommended.
CostQualityData handMade()
{
    CostQualityData data;
    data.catalogName = QStringLiteral("test-catalog");
    data.catalogDate = QDate(2026, 7, 24);
    data.requestsPerDay = 10000;
    data.benchmark.id = QStringLiteral("arena");
    data.benchmark.name = QStringLiteral("Arena");
    data.benchmark.kind = ScoreKind::Rating;
    data.benchmark.source = QStringLiteral("LMArena");
    data.benchmark.date = QDate(2025, 8, 4);
    data.points = {
        point(QStringLiteral("a"), Tier::Small, 10, 1100),        point(QStringLiteral("b"), Tier::Small, 50, 1200),
        point(QStringLiteral("c"), Tier::Medium, 80, 1150),       point(QStringLiteral("d"), Tier::Medium, 200, 1180),
        point(QStringLiteral("e"), Tier::Large, 900, 1300),       point(QStringLiteral("f"), Tier::Large, 1000, 1250),
        point(QStringLiteral("g"), Tier::Large, 40, std::nullopt)};
    data.frontier = {0, 1, 4};
    data.recommendedIndex = 1;
    data.points[1].recommended = true;
    return data;
}

template<typename T>
T *seriesNamed(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == objectName)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void costQualitySeries_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("points");
        QTest::addRow("small tier") << QStringLiteral("tier:small") << 2;
        QTest::addRow("medium tier") << QStringLiteral("tier:medium") << 2;
        QTest::addRow("large tier: scored only") << QStringLiteral("tier:large") << 2;
        QTest::addRow("unscored") << QStringLiteral("unscored") << 1;
        QTest::addRow("frontier") << QStringLiteral("frontier") << 3;
        QTest::addRow("recommended ring") << QStringLiteral("recommended") << 1;
        QTest::addRow("selection starts empty") << QStringLiteral("selected") << 0;
    }
    void costQualitySeries()
    {
        QFETCH(QString, series);
        QFETCH(int, points);
        std::unique_ptr<QChart> chart(buildCostQualityChart(handMade()));
        auto *s = seriesNamed<QXYSeries>(chart.get(), series);
        QVERIFY2(s, qPrintable(series));
        QCOMPARE(s->count(), points);
    }

    void costQualityDecorations()
    {
        const CostQualityData data = handMade();
        std::unique_ptr<QChart> chart(buildCostQualityChart(data));
        // 3 tiers + unscored + frontier + recommended + selected; no empty tier series.
        QCOMPARE(chart->series().size(), 7);
        QVERIFY(!seriesNamed<QXYSeries>(chart.get(), QStringLiteral("tier:tiny")));
        QCOMPARE(chart->title(), QStringLiteral("Cost versus quality: monthly cost at your volume"));
        const QList<QAbstractAxis *> x = chart->axes(Qt::Horizontal);
        const QList<QAbstractAxis *> y = chart->axes(Qt::Vertical);
        QCOMPARE(x.size(), 1);
        QCOMPARE(y.size(), 1);
        QVERIFY(qobject_cast<QLogValueAxis *>(x.first()));
        QCOMPARE(x.first()->titleText(), QStringLiteral("Monthly cost, USD at 10,000 requests/day (log)"));
        QCOMPARE(y.first()->titleText(), QStringLiteral("Arena (rating)"));
        // Decade bounds around $10 … $1,000.
        QCOMPARE(static_cast<QLogValueAxis *>(x.first())->min(), 10.0);
        QCOMPARE(static_cast<QLogValueAxis *>(x.first())->max(), 1000.0);
        QVERIFY(chart->legend()->isVisible());
        QCOMPARE(ChartFootnote::text(chart.get()),
                 QStringLiteral("Catalog: test-catalog (2026-07-24) · Quality: Arena, LMArena (2025-08-04)"));
        auto *ring = seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("recommended"));
        QCOMPARE(ring->at(0), QPointF(50, 1200));
        QCOMPARE(ring->name(), QStringLiteral("Value pick"));
        auto *tierLarge = seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("tier:large"));
        QCOMPARE(tierLarge->color(), tierColor(Tier::Large));
        QCOMPARE(tierLarge->name(), QStringLiteral("Large (2)"));
    }

    void pointLookupAndTooltip()
    {
        const CostQualityData data = handMade();
        std::unique_ptr<QChart> chart(buildCostQualityChart(data));
        auto *large = seriesNamed<QXYSeries>(chart.get(), QStringLiteral("tier:large"));
        QCOMPARE(costQualityPointIndex(large, QPointF(1000, 1250)), 5);
        QCOMPARE(costQualityPointIndex(large, QPointF(1000, 1250.000001)), 5);
        QCOMPARE(costQualityPointIndex(large, QPointF(3, 3)), -1);
        const QString tip = costQualityTooltip(data, 5);
        QVERIFY(tip.contains(QStringLiteral("<b>F</b>")));
        QVERIFY(tip.contains(QStringLiteral("acme")));
        QVERIFY(tip.contains(QStringLiteral("$1,000.00 per month")));
        QVERIFY(tip.contains(QStringLiteral("Bench board")));
        QVERIFY(tip.contains(QStringLiteral("2025-08-04")));

        setCostQualitySelection(chart.get(), data, 3);
        auto *selected = seriesNamed<QXYSeries>(chart.get(), QStringLiteral("selected"));
        QCOMPARE(selected->count(), 1);
        QCOMPARE(selected->at(0), QPointF(200, 1180));
        setCostQualitySelection(chart.get(), data, -1);
        QCOMPARE(selected->count(), 0);
    }

    void thousandsOfPoints()
    {
        CostQualityData data = handMade();
        data.points.clear();
        data.frontier.clear();
        data.recommendedIndex = -1;
        for (int i = 0; i < 3000; ++i)
            data.points.append(
                point(QStringLiteral("m%1").arg(i), allTiers.at(i % 5), 1.0 + i, 1000.0 + (i * 7919) % 400));
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QChart> chart(buildCostQualityChart(data));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        int total = 0;
        for (Tier t : allTiers)
            total += seriesNamed<QXYSeries>(chart.get(), QStringLiteral("tier:") + tierId(t))->count();
        QCOMPARE(total, 3000);
    }

    void cascadeSimulationChart()
    {
        // Two prompts, two levels ($1 and $10 an answer): the first small answer is confident and right,
        // the second unsure and wrong. t ≤ 0.4 keeps both small ($2, quality 0.5); above, the second
        // escalates ($12, quality 1); at t = 1 the first one does too ($22).
        auto answer = [](int level, double cost, double confidence, double quality) {
            SimulatedAnswer a;
            a.level = level;
            a.costUsd = cost;
            a.confidence = confidence;
            a.quality = quality;
            return a;
        };
        const QList<SimulatedPrompt> prompts{
            {QStringLiteral("a"), {answer(0, 1, 0.9, 1), answer(1, 10, 0.9, 1)}},
            {QStringLiteral("b"), {answer(0, 1, 0.4, 0), answer(1, 10, 0.9, 1)}},
        };
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, {0.2, 0.9});
        QVERIFY(simulation.ok());
        std::unique_ptr<QChart> chart(buildCascadeSimulationChart(
            *simulation, {{QStringLiteral("phi"), QStringLiteral("gpt")}, 0.9, QStringLiteral("2 runs")}));
        auto *curve = seriesNamed<QLineSeries>(chart.get(), QString::fromLatin1(CascadeSimulationSeries::curve));
        QCOMPARE(curve->points(), (QList<QPointF>{{2, 0.5}, {2, 0.5}, {2, 0.5}, {12, 1}, {12, 1}, {22, 1}}));
        auto *best = seriesNamed<QScatterSeries>(chart.get(), QString::fromLatin1(CascadeSimulationSeries::best));
        QCOMPARE(best->at(0), QPointF(12, 1));
        QCOMPARE(best->pointLabelsFormat(), QStringLiteral("t = 0.60"));
        QCOMPARE(best->name(), QStringLiteral("Cheapest at target: t = 0.60 ($12.00, 1.000)"));
        QCOMPARE(
            seriesNamed<QScatterSeries>(chart.get(), QString::fromLatin1(CascadeSimulationSeries::alwaysSmall))->name(),
            QStringLiteral("Always small"));
        QCOMPARE(
            seriesNamed<QScatterSeries>(chart.get(), QString::fromLatin1(CascadeSimulationSeries::alwaysLarge))->at(0),
            QPointF(20, 1));
        QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(),
                 QStringLiteral("Total cost of the 2 prompt(s), USD"));
        QCOMPARE(ChartFootnote::text(chart.get()), QStringLiteral("2 runs Levels: phi → gpt."));
        QCOMPARE(cascadeSimulationPointIndex(
                     seriesNamed<QXYSeries>(chart.get(), QString::fromLatin1(CascadeSimulationSeries::thresholds)),
                     QPointF(12, 1)),
                 3);
        QVERIFY(cascadeSimulationTooltip(*simulation, 0, {QStringLiteral("phi"), QStringLiteral("gpt")})
                    .contains(QStringLiteral("phi: 100 %")));

        // Without labels there is nothing to plot, and the footnote says why.
        QList<SimulatedPrompt> unlabelled = prompts;
        for (SimulatedPrompt &p : unlabelled)
            for (SimulatedAnswer &a : p.answers)
                a.quality.reset();
        std::unique_ptr<QChart> empty(buildCascadeSimulationChart(*CascadeSimulator::simulate(unlabelled), {}));
        QCOMPARE(seriesNamed<QLineSeries>(empty.get(), QString::fromLatin1(CascadeSimulationSeries::curve))->count(),
                 0);
        QVERIFY(ChartFootnote::text(empty.get()).contains(QStringLiteral("quality label")));
    }

    void monthlyCostChart()
    {
        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        const QList<CostOption> options{{catalog->findModel(u"gpt-4o-mini"), false},
                                        {catalog->findModel(u"phi-3-mini"), true},
                                        {catalog->findModel(u"gpt-4o"), false}};
        const CostCurveData data = buildCostCurveData(*catalog, options, input, {10.0, 1.0e6, 61});
        std::unique_ptr<QChart> chart(buildMonthlyCostChart(data));
        // Three curves, the break-even marks and the current volume line.
        QCOMPARE(chart->series().size(), 5);
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("curve:0"))->count(), 61);
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("curve:0"))->name(),
                 QStringLiteral("GPT-4o-mini (API)"));
        // Phi-3-mini: flat $360 up to 86,400/day, then 11 risers up to 1e6 → 2 + 2 × 11 points.
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("curve:1"))->count(), 24);
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("curve:1"))->name(),
                 QStringLiteral("Phi-3-mini (self-hosted)"));
        auto *marks = seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("breakeven"));
        QVERIFY(marks);
        QCOMPARE(marks->count(), int(data.breakEvens.size()));
        QCOMPARE(marks->count(), 6); // 5 between GPT-4o-mini and Phi-3-mini, 1 between GPT-4o and Phi-3-mini
        auto *volume = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("volume"));
        QCOMPARE(volume->at(0).x(), 10000.0);
        QCOMPARE(chart->title(), QStringLiteral("Monthly cost versus volume"));
        QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Requests per day (log scale)"));
        QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Monthly cost (USD/month, log scale)"));
        QVERIFY(ChartFootnote::text(chart.get()).startsWith(QStringLiteral("Catalog: article-2025 (2025-01-01)")));
    }

    void emptySelectionSaysSo()
    {
        CostCurveData data;
        data.catalogName = QStringLiteral("x");
        std::unique_ptr<QChart> chart(buildMonthlyCostChart(data));
        QVERIFY(chart->title().contains(QStringLiteral("no models selected")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
