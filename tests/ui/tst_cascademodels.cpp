// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/cascadelevelsmodel.h"
#include "models/cascadesimulationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QTest>

namespace {
SimulationPoint point(double threshold, QList<int> answered, double cost, std::optional<double> quality, int labelled)
{
    SimulationPoint p;
    p.threshold = threshold;
    const int total = answered.value(0) + answered.value(1);
    p.answeredAtLevel = answered;
    for (int n : answered)
        p.shareAtLevel.append(total ? double(n) / total : 0.0);
    p.totalCostUsd = cost;
    p.pricedAnswers = total;
    p.meanQuality = quality;
    p.labelled = labelled;
    return p;
}
} // namespace

/// The Routing page's cascade tables as models: the simulator's rows (what changes across the
/// threshold sweep) and the cascade's level list.
class TestCascadeModels : public QObject
{
    Q_OBJECT

private slots:
    void simulatorRowsMergeThresholdsWithTheSameOutcome()
    {
        CascadeSimulationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);

        CascadeSimulation sim;
        sim.levelCount = 2;
        sim.promptCount = 4;
        sim.alwaysSmall = point(0, {4, 0}, 0.004, 0.25, 4);
        sim.alwaysLarge = point(1, {0, 4}, 0.04, 1.0, 4);
        sim.curve = {point(0.0, {4, 0}, 0.004, 0.25, 4), point(0.5, {2, 2}, 0.024, 0.75, 4),
                     point(0.75, {2, 2}, 0.024, 0.75, 4), point(1.0, {0, 4}, 0.044, 1.0, 4)};
        sim.bestIndex = 1;
        model.setSimulation(sim, {QStringLiteral("small-ep")});

        // Always small, t = 0, t = 0.5–0.75 (one outcome), t = 1, always large.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 6); // policy, two levels, cost, quality, labelled
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("small-ep"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Level 2"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Cost"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Always small"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("t = 0.50–0.75 ◀ target"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("t = 1.00"));
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Always large"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(2, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("2 prompt(s)"));
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("$0.024"));
        QCOMPARE(model.index(2, 4).data().toString(), QStringLiteral("0.750"));
        QCOMPARE(model.index(2, 5).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.bestRow(), 2);
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, 0).data(Qt::FontRole).isValid());
    }

    void simulatorSaysUnknownForUnpricedAnswersAndNoBestWithoutTarget()
    {
        CascadeSimulationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CascadeSimulation sim;
        sim.levelCount = 2;
        SimulationPoint unpriced = point(0.0, {1, 0}, 0.0, std::nullopt, 0);
        unpriced.pricedAnswers = 0;
        unpriced.unpricedAnswers = 1;
        sim.curve = {unpriced};
        sim.alwaysSmall = unpriced;
        sim.alwaysLarge = unpriced;
        model.setSimulation(sim, {});
        QCOMPARE(model.bestRow(), -1);
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("unknown")); // never "$0.00"
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("—"));
    }

    void levelsAreNumberedAndProblemsShowInRed()
    {
        CascadeLevelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLevels({{QStringLiteral("small-ep"), QStringLiteral("small-ep: $0.10 per 1M tokens")},
                         {QStringLiteral("gone"), QStringLiteral("<b>gone</b> is not a configured endpoint")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("1. small-ep"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("2. gone"));
        QCOMPARE(model.index(1).data(CascadeLevelsModel::EndpointRole).toString(), QStringLiteral("gone"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("gone is not a configured endpoint"));
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        model.setLevels({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCascadeModels)
#include "tst_cascademodels.moc"
