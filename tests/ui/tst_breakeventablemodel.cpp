// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/breakeventablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestBreakEvenTableModel : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerCrossing()
    {
        BreakEvenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CostCurveData data;
        data.curves.resize(2);
        CostCurveBreakEven crossing;
        crossing.firstName = QStringLiteral("gpt-4o-mini");
        crossing.secondName = QStringLiteral("phi-3-mini");
        crossing.point = BreakEven{61538.4, 360.0, true};
        data.breakEvens = {crossing};
        model.setCurveData(data);

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BreakEvenTableModel::Options).data().toString(),
                 QStringLiteral("gpt-4o-mini / phi-3-mini"));
        QCOMPARE(model.index(0, BreakEvenTableModel::RequestsPerDay).data().toString(), QStringLiteral("61,538"));
        QCOMPARE(model.index(0, BreakEvenTableModel::RequestsPerDay).data(BreakEvenTableModel::ValueRole).toDouble(),
                 61538.4);
        QCOMPARE(model.index(0, BreakEvenTableModel::MonthlyCost).data().toString(), QStringLiteral("$360.00"));
        QVERIFY(model.index(0, BreakEvenTableModel::Options)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("replica")));
        QVERIFY(model.emptyMessage().isEmpty());
    }

    void saysWhyThereIsNoRow()
    {
        BreakEvenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CostCurveData data;
        data.curves.resize(1);
        model.setCurveData(data);
        QCOMPARE(model.emptyMessage(), QStringLiteral("Choose two or more models."));
        data.curves.resize(3);
        data.range = VolumeRange{10.0, 1.0e6, 61};
        model.setCurveData(data);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.emptyMessage(),
                 QStringLiteral("None between 10 and 1,000,000 requests/day: the cheaper option never changes."));
    }
};

QTEST_MAIN(TestBreakEvenTableModel)
#include "tst_breakeventablemodel.moc"
