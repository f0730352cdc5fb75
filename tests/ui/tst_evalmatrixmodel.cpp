// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/evalmatrixmodel.h"
#include "models/evalsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

namespace {

EvalSet twoCases()
{
    EvalSet set;
    set.id = QStringLiteral("s");
    set.name = QStringLiteral("S");
    EvalCase first;
    first.description = QStringLiteral("first");
    EvalCase second; // no description: "case 2"
    set.cases = {first, second};
    return set;
}

EvalResult result(int caseIndex, const QString &endpoint, int repeat, bool passed, double score,
                  std::optional<double> cost = {}, const QString &error = {})
{
    EvalResult r;
    r.setId = QStringLiteral("s");
    r.caseIndex = caseIndex;
    r.endpointName = endpoint;
    r.repeat = repeat;
    r.passed = passed;
    r.score = score;
    r.latencyMs = 100.0 * (repeat + 1);
    r.costUsd = cost;
    r.error = error;
    if (!passed && error.isEmpty())
        r.assertions.append({QStringLiteral("contains"), false, false, 0.0, QStringLiteral("Expected \"x\".")});
    return r;
}

} // namespace

/// The matrix model's texts, colours, roles and its update without reset while a run fills it.
class TestEvalMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void cellsReadAsVerdicts_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("tooltip");
        QTest::addRow("repeats disagree")
            << 0 << 0 << QStringLiteral("FAIL 1/2 · 0.50") << int(EvalMatrixModel::Verdict::Fail)
            << QStringLiteral("Score 0.50 · latency 150 ms · cost $0.0015\n"
                              "1 of 2 repeats passed (means shown)\nExpected \"x\".");
        QTest::addRow("call error") << 0 << 1 << QStringLiteral("ERROR · 0.00") << int(EvalMatrixModel::Verdict::Error)
                                    << QStringLiteral("Score 0.00 · latency 100 ms · cost unpriced\nHTTP 500");
        QTest::addRow("pass") << 1 << 0 << QStringLiteral("PASS · 1.00") << int(EvalMatrixModel::Verdict::Pass)
                              << QStringLiteral("Score 1.00 · latency 100 ms · cost unpriced");
        QTest::addRow("not run") << 1 << 1 << QString() << int(EvalMatrixModel::Verdict::NotRun)
                                 << QStringLiteral("Not run yet");
    }

    void cellsReadAsVerdicts()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(int, verdict);
        QFETCH(QString, tooltip);
        EvalMatrixModel model;
        QAbstractItemModelTester tester(&model);
        const QList<EvalResult> results{result(0, QStringLiteral("a"), 0, true, 1.0, 0.001),
                                        result(0, QStringLiteral("a"), 1, false, 0.0, 0.002),
                                        result(0, QStringLiteral("b"), 0, false, 0.0, {}, QStringLiteral("HTTP 500")),
                                        result(1, QStringLiteral("a"), 0, true, 1.0)};
        model.setMatrix(EvalMatrix::build(twoCases(), results, {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("case 2"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(EvalMatrixModel::VerdictRole).toInt(), verdict);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), tooltip);
        QCOMPARE(index.data(Qt::BackgroundRole).isValid(), verdict != int(EvalMatrixModel::Verdict::NotRun));
        QCOMPARE(model.verdictText(), QStringLiteral("FAIL | ERROR\nPASS | "));
    }

    void growingRunUpdatesWithoutReset()
    {
        EvalMatrixModel model;
        QAbstractItemModelTester tester(&model);
        const QStringList order{QStringLiteral("a"), QStringLiteral("b")};
        model.setMatrix(EvalMatrix::build(twoCases(), {}, order));
        QCOMPARE(model.verdictText(), QStringLiteral(" | \n | "));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setMatrix(EvalMatrix::build(twoCases(), {result(1, QStringLiteral("b"), 0, true, 1.0)}, order));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.verdictText(), QStringLiteral(" | \n | PASS"));
        // Another endpoint is another shape: a reset.
        model.setMatrix(EvalMatrix::build(twoCases(), {}, {QStringLiteral("a")}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.columnCount(), 1);
    }

    void summaryFigures()
    {
        EvalSummaryModel model;
        QAbstractItemModelTester tester(&model);
        const QList<EvalResult> results{result(0, QStringLiteral("a"), 0, true, 1.0, 0.001),
                                        result(1, QStringLiteral("a"), 0, false, 0.0, 0.003),
                                        result(0, QStringLiteral("b"), 0, true, 1.0)};
        const EvalMatrix matrix = EvalMatrix::build(twoCases(), results, {QStringLiteral("a"), QStringLiteral("b")});
        model.setSummaries(matrix.summaries);
        QCOMPARE(model.rowCount(), 2);
        auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, EvalSummaryModel::PassRate), QStringLiteral("50.0 % (1 of 2)"));
        // Wilson 95 % for 1 of 2: 0.0945 – 0.9055.
        QCOMPARE(text(0, EvalSummaryModel::Interval), QStringLiteral("9.5 % – 90.5 %"));
        QCOMPARE(text(0, EvalSummaryModel::CostPerCase), QStringLiteral("$0.002"));
        QCOMPARE(text(0, EvalSummaryModel::TotalCost), QStringLiteral("$0.004"));
        QCOMPARE(text(0, EvalSummaryModel::P50Latency), QStringLiteral("100 ms"));
        QCOMPARE(text(1, EvalSummaryModel::CostPerCase), QStringLiteral("unpriced"));
        QCOMPARE(text(1, EvalSummaryModel::Model), QStringLiteral("—"));
        QCOMPARE(model.headerData(EvalSummaryModel::Interval, Qt::Horizontal).toString(),
                 QStringLiteral("95 % interval"));
    }
};

QTEST_MAIN(TestEvalMatrixModel)
#include "tst_evalmatrixmodel.moc"
