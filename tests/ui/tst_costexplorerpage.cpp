// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "charts/chartfootnote.h"
#include "decision/workbench.h"
#include "pages/costexplorerpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <QtCharts/QScatterSeries>

namespace {
QScatterSeries *ring(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("recommended"))
            return qobject_cast<QScatterSeries *>(s);
    }
    return nullptr;
}
} // namespace

class TestCostExplorerPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The article catalog with requirements where the medium tier decides (rule 7) and GPT-4o-mini
    /// is the best candidate; latency 50 ms then forces the small tier (rule 2) and Phi-3-mini.
    static RecommendationInput baseInput()
    {
        RecommendationInput input;
        input.requirements.complexity = Complexity::High;
        input.requirements.minAccuracy = 0.7;
        input.requirements.maxCostPer1kRequests = 10.0;
        input.requirements.requestsPerDay = 10000;
        return input;
    }

private slots:
    void latencyMovesTheRecommendedHighlight()
    {
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        QVERIFY(workbench.setCatalog(QStringLiteral("article-2025")).ok());
        workbench.setInput(baseInput());
        CostExplorerPage page(workbench);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const CostQualityData &data = page.costQualityData();
        QCOMPARE(data.points.size(), 5);
        QVERIFY(data.recommendedIndex >= 0);
        QCOMPARE(data.points.at(data.recommendedIndex).modelId, QStringLiteral("gpt-4o-mini"));
        QScatterSeries *before = ring(page.costQualityChart());
        QVERIFY(before);
        QCOMPARE(before->at(0), QPointF(58.5, 85));

        RecommendationInput input = workbench.input();
        input.requirements.maxLatencyMs = 50;
        workbench.setInput(input);
        QCOMPARE(workbench.recommendation().tier.rule, 2);

        const CostQualityData &after = page.costQualityData();
        QCOMPARE(after.points.at(after.recommendedIndex).modelId, QStringLiteral("phi-3-mini"));
        QScatterSeries *now = ring(page.costQualityChart());
        QVERIFY(now);
        QCOMPARE(now->at(0), QPointF(360, 75));
        QCOMPARE(now->name(), QStringLiteral("Value pick"));
        QCOMPARE(now->property("model").toString(), QStringLiteral("Phi-3-mini"));
        // Phi-3-mini is not on the frontier (GPT-4o-mini is cheaper and better); the frontier stays.
        QVERIFY(!after.points.at(after.recommendedIndex).onFrontier);
        QCOMPARE(after.frontier.size(), 3);
        // The volume chart follows: the new recommendation is charted.
        QVERIFY(page.volumeSelection().contains(QStringLiteral("phi-3-mini")));
    }

    void filtersAndSelection()
    {
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        QVERIFY(workbench.setCatalog(QStringLiteral("article-2025")).ok());
        workbench.setInput(baseInput());
        CostExplorerPage page(workbench);
        page.show();

        auto *openWeights = page.findChild<QCheckBox *>(QStringLiteral("openWeightsOnly"));
        QVERIFY(openWeights);
        openWeights->setChecked(true);
        QCOMPARE(page.costQualityData().points.size(), 2);
        openWeights->setChecked(false);
        page.findChild<QCheckBox *>(QStringLiteral("tier_large"))->setChecked(false);
        QCOMPARE(page.costQualityData().points.size(), 3);
        auto *provider = page.findChild<QComboBox *>(QStringLiteral("providerFilter"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
        QCOMPARE(page.costQualityData().points.size(), 1); // GPT-4o-mini: medium, openai
        provider->setCurrentIndex(0);
        page.findChild<QCheckBox *>(QStringLiteral("tier_large"))->setChecked(true);

        auto *axis = page.findChild<QComboBox *>(QStringLiteral("costAxisMode"));
        axis->setCurrentIndex(1);
        QCOMPARE(page.costQualityData().axis, CostAxis::CostPerMillionTokens);
        axis->setCurrentIndex(0);

        // A click on a point selects the model and fills the details panel.
        QScatterSeries *large = nullptr;
        for (QAbstractSeries *s : page.costQualityChart()->series()) {
            if (s->objectName() == QLatin1String("tier:large"))
                large = qobject_cast<QScatterSeries *>(s);
        }
        QVERIFY(large);
        emit large->clicked(QPointF(1650, 95));
        QCOMPARE(page.selectedModel(), QStringLiteral("gpt-4o"));
        auto *details = page.findChild<QTextBrowser *>(QStringLiteral("modelDetails"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("GPT-4o")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("$1,650.00")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Source article cost table")));
        // The selection survives a rebuild.
        workbench.setInput(workbench.input());
        QCOMPARE(page.selectedModel(), QStringLiteral("gpt-4o"));
        QVERIFY(ChartFootnote::text(page.costQualityChart()).contains(QStringLiteral("article-2025")));
    }

    void whatIfControlsEditTheSharedInput()
    {
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        QVERIFY(workbench.setCatalog(QStringLiteral("article-2025")).ok());
        workbench.setInput(baseInput());
        CostExplorerPage page(workbench);
        page.show();
        page.setVolumeSelection({QStringLiteral("gpt-4o-mini"), QStringLiteral("phi-3-mini")});
        QCOMPARE(page.costCurveData().curves.size(), 2);
        QCOMPARE(page.costCurveData().breakEvens.size(), 5);
        QAbstractItemModel *table = page.findChild<QTableView *>(QStringLiteral("breakEvenTable"))->model();
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->index(0, 1).data().toString(), QStringLiteral("61,538"));
        QCOMPARE(table->index(0, 2).data().toString(), QStringLiteral("$360.00"));

        // Doubling the throughput doubles the volume one replica carries: the first riser moves to 172,800.
        auto *throughput = page.findChild<QSpinBox *>(QStringLiteral("whatIfThroughput"));
        throughput->setValue(4000);
        QCOMPARE(workbench.input().selfHosting.tokensPerSecondPerReplica, 4000.0);
        const CostCurve &phi = page.costCurveData().curves.at(1);
        QVERIFY(!phi.stepEdges.isEmpty());
        QVERIFY(qAbs(phi.stepEdges.first() - 172800.0) < 1e-3);

        auto *gpu = page.findChild<QDoubleSpinBox *>(QStringLiteral("whatIfGpuHourly"));
        gpu->setValue(2.0);
        QCOMPARE(workbench.input().selfHosting.gpuHourlyUsd, std::optional<double>(2.0));
        QCOMPARE(page.costCurveData().curves.at(1).costAtCurrentVolume, 1440.0);

        page.resetVolumeSelection();
        QVERIFY(!page.volumeSelection().isEmpty());
    }

    void exportsFromThePage()
    {
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        QVERIFY(workbench.setCatalog(QStringLiteral("article-2025")).ok());
        workbench.setInput(baseInput());
        CostExplorerPage page(workbench);
        page.show();
        QCOMPARE(page.exportActions().size(), 3);
        for (QAction *a : page.exportActions())
            QVERIFY(!a->shortcut().isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("page.png"));
        const Status status = page.exportChartTo(CostExplorerPage::ChartKind::MonthlyCost, path, {640, 480, 96});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QImage image(path);
        QCOMPARE(image.size(), QSize(640, 480));
        // The on-screen chart is untouched by the export.
        QVERIFY(page.monthlyCostChart()->scene());
    }
};

QTEST_MAIN(TestCostExplorerPage)
#include "tst_costexplorerpage.moc"
