// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "analysis/costquality.h"
#include "analysis/paretofrontier.h"
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "decision/recommendation.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using Points = QList<ParetoPoint>;
using Indices = QList<int>;
Q_DECLARE_METATYPE(Points)

namespace {
/// The definition, checked pair by pair: the reference the O(n log n) sweep must agree with.
Indices bruteForceFrontier(const Points &points)
{
    Indices result;
    for (int i = 0; i < points.size(); ++i) {
        bool dominated = false;
        for (int j = 0; j < points.size() && !dominated; ++j) {
            const ParetoPoint &p = points.at(j);
            const ParetoPoint &q = points.at(i);
            dominated = p.cost <= q.cost && p.quality >= q.quality && (p.cost < q.cost || p.quality > q.quality);
        }
        if (!dominated)
            result.append(i);
    }
    std::sort(result.begin(), result.end(), [&](int a, int b) {
        return points.at(a).cost != points.at(b).cost ? points.at(a).cost < points.at(b).cost : a < b;
    });
    return result;
}

QStringList frontierIds(const CostQualityData &data)
{
    QStringList ids;
    for (int i : data.frontier)
        ids.append(data.points.at(i).modelId);
    return ids;
}
} // namespace

class TestFrontier : public QObject
{
    Q_OBJECT
private slots:
    void frontier_data()
    {
        QTest::addColumn<Points>("points");
        QTest::addColumn<Indices>("expected");
        QTest::addRow("empty") << Points{} << Indices{};
        QTest::addRow("single") << Points{{3.0, 50.0}} << Indices{0};
        QTest::addRow("cheaper and better wins") << Points{{2.0, 60.0}, {1.0, 70.0}} << Indices{1};
        QTest::addRow("trade-off keeps both") << Points{{2.0, 80.0}, {1.0, 70.0}} << Indices{1, 0};
        QTest::addRow("equal cost, lower quality is dominated") << Points{{2.0, 60.0}, {2.0, 55.0}} << Indices{0};
        QTest::addRow("equal quality, higher cost is dominated") << Points{{3.0, 60.0}, {2.0, 60.0}} << Indices{1};
        QTest::addRow("exact duplicates both stay") << Points{{5.0, 80.0}, {5.0, 80.0}} << Indices{0, 1};
        // The hand-made set: I is the cheapest; C (same cost as B, worse), D (same quality as B, dearer),
        // G (dearer and worse than A) and J (dearer and worse than H) are dominated; E and F tie.
        QTest::addRow("hand-made set") << Points{{1.0, 50.0},  // 0 A
                                                 {2.0, 60.0},  // 1 B
                                                 {2.0, 55.0},  // 2 C
                                                 {3.0, 60.0},  // 3 D
                                                 {5.0, 80.0},  // 4 E
                                                 {5.0, 80.0},  // 5 F
                                                 {4.0, 40.0},  // 6 G
                                                 {10.0, 90.0}, // 7 H
                                                 {0.5, 10.0},  // 8 I
                                                 {20.0, 85.0}} // 9 J
                                       << Indices{8, 0, 1, 4, 5, 7};
    }
    void frontier()
    {
        QFETCH(Points, points);
        QFETCH(Indices, expected);
        QCOMPARE(paretoFrontier(points), expected);
        QCOMPARE(bruteForceFrontier(points), expected);
    }

    void agreesWithDefinitionOnRandomSets()
    {
        QRandomGenerator random(20260101);
        for (int round = 0; round < 20; ++round) {
            Points points;
            const int n = 50 + round * 40;
            for (int i = 0; i < n; ++i)
                // Coarse values so that ties in cost and in quality are common.
                points.append({double(random.bounded(40)), double(random.bounded(30))});
            QCOMPARE(paretoFrontier(points), bruteForceFrontier(points));
        }
    }

    void largeSetIsFast()
    {
        QRandomGenerator random(7);
        Points points;
        for (int i = 0; i < 200000; ++i)
            points.append({random.generateDouble() * 1000.0, random.generateDouble() * 100.0});
        QElapsedTimer timer;
        timer.start();
        const Indices frontier = paretoFrontier(points);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!frontier.isEmpty());
        for (qsizetype i = 1; i < frontier.size(); ++i) {
            QVERIFY(points.at(frontier.at(i)).cost > points.at(frontier.at(i - 1)).cost);
            QVERIFY(points.at(frontier.at(i)).quality > points.at(frontier.at(i - 1)).quality);
        }
    }

    void articleCatalog_data()
    {
        QTest::addColumn<bool>("openWeightsOnly");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<int>("pointCount");
        QTest::addColumn<QStringList>("frontier");
        // 10,000 requests/day, 500/200 tokens: GPT-4o-mini $58.50 (85), Phi-3-mini $360 (75),
        // Llama-3-8B $720 (80), Claude 3.5 Sonnet $1,350 (93), GPT-4o $1,650 (95).
        QTest::addRow("all models") << false << QStringList{} << 5
                                    << QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3.5-sonnet"),
                                                   QStringLiteral("gpt-4o")};
        QTest::addRow("open weights only")
            << true << QStringList{} << 2 << QStringList{QStringLiteral("phi-3-mini"), QStringLiteral("llama-3-8b")};
        QTest::addRow("openai only") << false << QStringList{QStringLiteral("openai")} << 2
                                     << QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
    }
    void articleCatalog()
    {
        QFETCH(bool, openWeightsOnly);
        QFETCH(QStringList, providers);
        QFETCH(int, pointCount);
        QFETCH(QStringList, frontier);

        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        const Recommendation rec = recommend(*catalog, input);
        CostQualityOptions options;
        options.filter.openWeightsOnly = openWeightsOnly;
        options.filter.providers = providers;
        const CostQualityData data = buildCostQualityData(*catalog, input, rec, options);
        QCOMPARE(data.points.size(), pointCount);
        QCOMPARE(data.filteredOutCount, 5 - pointCount);
        QCOMPARE(frontierIds(data), frontier);
        QCOMPARE(data.benchmark.id, QStringLiteral("article"));
        QVERIFY(data.footnote().contains(QStringLiteral("article-2025 (2025-01-01)")));
        QVERIFY(data.footnote().contains(QStringLiteral("Source article cost table")));
    }

    void costAxes()
    {
        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY(catalog.ok());
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        const Recommendation rec = recommend(*catalog, input);
        CostQualityOptions options;
        options.axis = CostAxis::CostPerMillionTokens;
        const CostQualityData data = buildCostQualityData(*catalog, input, rec, options);
        auto find = [&](const QString &id) -> const CostQualityPoint & {
            for (const CostQualityPoint &p : data.points) {
                if (p.modelId == id)
                    return p;
            }
            return data.points.constFirst();
        };
        // Blended at 500:200: (500 × 5 + 200 × 15) / 700 = 7.857…; the monthly figure is unchanged.
        QCOMPARE(find(QStringLiteral("gpt-4o")).cost, (500.0 * 5.0 + 200.0 * 15.0) / 700.0);
        QCOMPARE(find(QStringLiteral("gpt-4o")).monthlyUsd, 1650.0);
        // Self-hosted: $360 a month over 10,000 × 30 × 700 tokens = $1.714… per 1M tokens.
        QCOMPARE(find(QStringLiteral("phi-3-mini")).cost, 360.0 / (10000.0 * 30.0 * 700.0) * 1e6);
        QVERIFY(find(QStringLiteral("phi-3-mini")).selfHosted);
        QVERIFY(data.costAxisTitle().contains(QStringLiteral("USD per 1M tokens at 500:200")));
    }

    void recommendedModelIsMarked()
    {
        QTemporaryDir dir;
        const Result<Catalog> catalog = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY(catalog.ok());
        RecommendationInput input;
        input.requirements.requestsPerDay = 10000;
        input.requirements.minAccuracy = 0.8; // GPT-4o-mini (85) now passes quality and cost
        const Recommendation rec = recommend(*catalog, input);
        QVERIFY(!rec.candidates.isEmpty());
        const CostQualityData data = buildCostQualityData(*catalog, input, rec);
        QVERIFY(data.recommendedIndex >= 0);
        QCOMPARE(data.points.at(data.recommendedIndex).modelId, rec.candidates.first().model->id);
        QVERIFY(data.points.at(data.recommendedIndex).recommended);
    }
};

QTEST_GUILESS_MAIN(TestFrontier)
#include "tst_frontier.moc"
