// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "compare/comparisonrunner.h"
#include "decision/workbench.h"
#include "models/historyaggregatemodel.h"
#include "models/historytablemodel.h"
#include "pages/historypage.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
constexpr int kRuns = 450;

/// Run i: model "m<i%3>", latency i ms, started i minutes after midnight; every 10th mentions a heron.
QList<RunRecord> manyRuns()
{
    QList<RunRecord> runs;
    for (int i = 0; i < kRuns; ++i) {
        RunRecord run;
        run.startedAt = QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc()).addSecs(60 * i);
        run.prompt.user = QStringLiteral("Prompt %1").arg(i);
        for (int p = 0; p < 2; ++p) {
            ResponseRecord r;
            r.position = p;
            r.endpoint.name = QStringLiteral("endpoint-%1").arg(p);
            r.endpoint.model = QStringLiteral("m%1").arg((i + p) % 3);
            r.status = ResponseRecord::Status::Complete;
            r.result.text = i % 10 == 0 ? QStringLiteral("A grey heron, run %1").arg(i) : QStringLiteral("Answer %1.%2").arg(i).arg(p);
            r.result.latencyMs = i + p;
            r.costUsd = 0.001;
            run.responses.append(r);
        }
        runs.append(run);
    }
    return runs;
}
}

class TestHistoryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshDatabase(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_file));
        if (!db.open(path).ok())
            return {};
        QList<RunRecord> runs = manyRuns();
        RunRepository(db).insertRuns(runs);
        return path;
    }

private slots:
    void loadsLazilySortsAndSearches()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        HistoryPage page(workbench);
        HistoryTableModel *model = page.runModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setDatabase(&db);
        QCOMPARE(page.findChild<QStackedWidget *>(QStringLiteral("historyStack"))->currentIndex(), 1);
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->totalCount(), kRuns);
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Prompt 449"));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 400);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), kRuns);
        QVERIFY(!model->canFetchMore({}));

        model->sort(HistoryTableModel::Latency, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Latency)).toString(), QStringLiteral("1"));
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Prompt 0"));

        page.setSearchText(QStringLiteral("heron"));
        QCOMPARE(model->rowCount(), kRuns / 10);
        QCOMPARE(model->totalCount(), kRuns / 10);
        QVERIFY(!model->canFetchMore({}));
        page.setSearchText(QString());
        QCOMPARE(model->totalCount(), kRuns);
    }

    void opensARunSideBySideAndReruns()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        HistoryPage page(workbench);
        page.setDatabase(&db);
        QSignalSpy rerun(&page, &HistoryPage::rerunRequested);
        auto *table = page.findChild<QTableView *>(QStringLiteral("runTable"));
        table->selectRow(0);   // newest: run 449
        QCOMPARE(page.selectedRunIds().size(), 1);
        QCOMPARE(page.openedColumnTexts(), (QStringList{QStringLiteral("Answer 449.0"), QStringLiteral("Answer 449.1")}));
        // Aggregates follow the selection: one run, models m2 and m0.
        QCOMPARE(page.aggregateModel()->rowCount(), 2);
        QCOMPARE(page.aggregateModel()->aggregates().at(0).runs, 1);
        page.findChild<QPushButton *>(QStringLiteral("rerunButton"))->click();
        QCOMPARE(rerun.size(), 1);
        QCOMPARE(rerun.at(0).at(0).value<RunRecord>().prompt.user, QStringLiteral("Prompt 449"));

        table->clearSelection();
        QCOMPARE(page.aggregateModel()->rowCount(), 3);
        QCOMPARE(page.aggregateModel()->aggregates().at(0).runs, 300);   // m0 answers in two runs of every three
        QVERIFY(!page.aggregateModel()->isRepriced());
        page.setRepriced(true);
        QVERIFY(page.aggregateModel()->isRepriced());
    }

    void deletesAndExports()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        HistoryPage page(workbench);
        page.setDatabase(&db);
        const qint64 newest = page.runModel()->runId(0);
        QVERIFY(page.deleteRuns({newest}).ok());
        QCOMPARE(page.runModel()->totalCount(), kRuns - 1);
        QVERIFY(page.runModel()->runId(0) != newest);

        const QString out = m_dir.filePath(QStringLiteral("heron.jsonl"));
        page.setSearchText(QStringLiteral("heron"));
        QVERIFY(page.exportRuns(out, {}).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), kRuns / 10);
        QVERIFY(!page.exportRuns(m_dir.filePath(QStringLiteral("runs.txt")), {}).ok());
    }

    void recordsTheRunnersRuns()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("recorded.sqlite"))).ok());
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        HistoryPage page(workbench);
        ComparisonRunner runner;
        page.setDatabase(&db);
        page.attachRunner(&runner);
        QCOMPARE(page.runModel()->rowCount(), 0);
        RunRecord run;
        run.prompt.user = QStringLiteral("Live run");
        ResponseRecord r;
        r.endpoint.name = QStringLiteral("e");
        run.responses = {r};
        emit runner.runStarted(run);
        emit runner.textAppended(0, QStringLiteral("Hello"));
        r.status = ResponseRecord::Status::Complete;
        r.result.text = QStringLiteral("Hello there");
        emit runner.responseFinished(0, r);
        emit runner.runFinished(run);
        QTRY_COMPARE(page.runModel()->rowCount(), 1);
        QVERIFY(runner.currentRun().id > 0 || page.runModel()->runId(0) > 0);
        QCOMPARE(page.runModel()->data(page.runModel()->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Live run"));
    }

    void showsADamagedFileAndStartsFreshBesideIt()
    {
        const QString bad = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("garbage ").repeated(512));
        }
        Database db;
        QVERIFY(!db.open(bad).ok());
        CatalogRegistry registry(m_dir.path());
        Workbench workbench(registry);
        HistoryPage page(workbench);
        page.setDatabase(&db);
        auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("historyStack"));
        QCOMPARE(stack->currentIndex(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(bad));
        page.findChild<QPushButton *>(QStringLiteral("startFreshButton"))->click();
        QCOMPARE(stack->currentIndex(), 1);
        QVERIFY(db.isOpen());
        QVERIFY(db.path() != bad);
        QCOMPARE(QFileInfo(db.path()).absolutePath(), QFileInfo(bad).absolutePath());
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage ").repeated(512));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
