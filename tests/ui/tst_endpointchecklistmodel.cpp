// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/endpointchecklistmodel.h"
#include "providers/endpointstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
Endpoint endpoint(const QString &name, const QString &catalogModel = {})
{
    Endpoint e;
    e.name = name;
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    e.model = name + QStringLiteral("-model");
    e.catalogModel = catalogModel;
    return e;
}
} // namespace

class TestEndpointCheckListModel : public QObject
{
    Q_OBJECT

private slots:
    void listsConfiguredThenDetected()
    {
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.json")));
        EndpointCheckListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(store.add(endpoint(QStringLiteral("local"), QStringLiteral("llama-3-8b"))).ok());
        QVERIFY(store.add(endpoint(QStringLiteral("hosted"))).ok());
        // A detected server named like a configured endpoint is the configured one: listed once.
        model.setDetected({endpoint(QStringLiteral("ollama")), endpoint(QStringLiteral("local"))});

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(EndpointCheckListModel::EndpointNameRole).toString(), QStringLiteral("local"));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("ollama — detected on this machine"));
        QCOMPARE(model.index(2).data(EndpointCheckListModel::DetectedRole).toBool(), true);
        QCOMPARE(model.index(0).data(EndpointCheckListModel::DetectedRole).toBool(), false);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("catalog model llama-3-8b")));
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no catalog model")));
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
    }

    void checkMarksFollowNamesAcrossStoreChanges()
    {
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(store.add(endpoint(QStringLiteral("a"))).ok());
        QVERIFY(store.add(endpoint(QStringLiteral("b"))).ok());
        EndpointCheckListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&model, &EndpointCheckListModel::checkedChanged);

        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("b")});
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Another page adds an endpoint: the mark on "b" stays.
        QVERIFY(store.add(endpoint(QStringLiteral("c"))).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("b")});

        model.setCheckedNames({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("unknown")});
        QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(model.checkedEndpoints().constFirst().name, QStringLiteral("a"));
        QCOMPARE(checked.size(), 2);

        // Removing a checked endpoint drops its mark and says so.
        QVERIFY(store.remove(QStringLiteral("a")));
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("c")});
        QCOMPARE(checked.size(), 3);
    }

    void worksWithoutAStore()
    {
        EndpointCheckListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDetected({endpoint(QStringLiteral("ollama"))});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.setData(model.index(0), QStringLiteral("x"), Qt::EditRole));
    }
};

QTEST_MAIN(TestEndpointCheckListModel)
#include "tst_endpointchecklistmodel.moc"
