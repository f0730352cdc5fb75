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

#include "awaitresult.h"
#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <QCoroTask>
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
            r.result.text = i % 10 == 0 ? QStringLiteral("A grey heron, run %1").arg(i)
                                        : QStringLiteral("Answer %1.%2").arg(i).arg(p);
            r.result.latencyMs = i + p;
            r.costUsd = 0.001;
            run.responses.append(r);
        }
        runs.append(run);
    }
    return runs;
}

/// A History page with what it needs. Members are destroyed in reverse: the page (and its query
/// thread) before the database.
struct PageFixture
{
    Database db;
    CatalogRegistry registry;
    Workbench workbench{registry};
    HistoryPage page{workbench};

    explicit PageFixture(const QString &catalogDir)
        : registry(catalogDir)
    { }
    HistoryTableModel *model() const { return page.runModel(); }
    template<typename T>
    T *child(const char *name) const
    {
        return page.findChild<T *>(QString::fromLatin1(name));
    }
};

/// Lets the page's background queries finish: the list, then the aggregates it triggers.
bool settle(const HistoryPage &page)
{
    QDeadlineTimer deadline(20000);
    for (int quiet = 0; quiet < 3 && !deadline.hasExpired();) {
        QTest::qWait(10);
        quiet = page.isBusy() ? 0 : quiet + 1;
    }
    return !page.isBusy();
}
} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    /// Opens a new file in `f` with manyRuns() (none when `empty`), shows it and waits for it.
    bool openFilled(PageFixture &f, bool empty = false)
    {
        if (!f.db.open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_file))).ok())
            return false;
        QList<RunRecord> runs = empty ? QList<RunRecord>{} : manyRuns();
        if (!runs.isEmpty() && !RunRepository(f.db).insertRuns(runs).ok())
            return false;
        f.page.setDatabase(&f.db);
        return settle(f.page);
    }

private slots:
    void loadsLazilySortsAndSearches()
    {
        PageFixture f(m_dir.path());
        HistoryTableModel *model = f.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openFilled(f));
        QCOMPARE(f.child<QStackedWidget>("historyStack")->currentIndex(), 1);
        QCOMPARE(f.child<QStackedWidget>("tableStack")->currentIndex(), 0);
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->totalCount(), kRuns);
        QCOMPARE(f.child<QLabel>("countLabel")->text(), HistoryPage::tr("%n run(s)", nullptr, kRuns));
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Prompt 449"));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(!model->canFetchMore({})); // one page at a time
        QTRY_COMPARE(model->rowCount(), 400);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), kRuns);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore({}));

        model->sort(HistoryTableModel::Latency, Qt::AscendingOrder);
        QVERIFY(settle(f.page));
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Latency)).toString(), QStringLiteral("1"));
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Prompt 0"));

        f.page.setSearchText(QStringLiteral("heron"));
        QVERIFY(settle(f.page));
        QCOMPARE(model->rowCount(), kRuns / 10);
        QCOMPARE(model->totalCount(), kRuns / 10);
        QVERIFY(!model->searchTruncated());
        QVERIFY(!model->canFetchMore({}));
        f.page.setSearchText(QString());
        QVERIFY(settle(f.page));
        QCOMPARE(model->totalCount(), kRuns);
    }

    /// Queries run in the background: the page says it is busy at once, and a result overtaken
    /// by a newer filter is dropped, never shown.
    void queriesInTheBackgroundAndDropsStaleResults()
    {
        PageFixture f(m_dir.path());
        QVERIFY(openFilled(f));
        HistoryTableModel *model = f.model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        f.page.setSearchText(QStringLiteral("heron"));
        QVERIFY(f.page.isBusy());
        QVERIFY(f.child<QProgressBar>("busyIndicator")->isVisibleTo(&f.page));
        QCOMPARE(model->rowCount(), 200); // the old rows stay until the new ones arrive
        f.page.setSearchText(QStringLiteral("Answer 7.1"));
        QVERIFY(settle(f.page));
        QCOMPARE(resets.size(), 1); // the heron result was dropped
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(model->data(model->index(0, HistoryTableModel::Prompt)).toString(), QStringLiteral("Prompt 7"));
        QVERIFY(!f.child<QProgressBar>("busyIndicator")->isVisibleTo(&f.page));
    }

    /// The search box waits for a pause in typing: one query for a burst of keys.
    void debouncesTyping()
    {
        PageFixture f(m_dir.path());
        QVERIFY(openFilled(f));
        QSignalSpy loads(f.model(), &HistoryTableModel::loaded);
        auto *search = f.child<QLineEdit>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("heron"));
        QVERIFY(!f.page.isBusy()); // nothing asked yet
        QTRY_COMPARE(loads.size(), 1);
        QVERIFY(settle(f.page));
        QCOMPARE(loads.size(), 1);
        QCOMPARE(f.model()->totalCount(), kRuns / 10);
    }

    void saysWhatToDoWhenThereIsNothingToList()
    {
        PageFixture f(m_dir.path());
        QVERIFY(openFilled(f, true));
        auto *tableStack = f.child<QStackedWidget>("tableStack");
        QCOMPARE(tableStack->currentIndex(), 1);
        const QString hint = f.child<QLabel>("emptyLabel")->text();
        QVERIFY2(hint.contains(QStringLiteral("Compare page")) && hint.contains(QStringLiteral("Ctrl+3")),
                 qPrintable(hint));

        PageFixture g(m_dir.path());
        QVERIFY(openFilled(g));
        g.page.setSearchText(QStringLiteral("albatross"));
        QVERIFY(settle(g.page));
        QCOMPARE(g.child<QStackedWidget>("tableStack")->currentIndex(), 1);
        QVERIFY(g.child<QLabel>("emptyLabel")->text().startsWith(QStringLiteral("No run matches these filters.")));
        g.page.setSearchText(QString());
        QVERIFY(settle(g.page));
        QCOMPARE(g.child<QStackedWidget>("tableStack")->currentIndex(), 0);
    }

    void opensARunSideBySideAndReruns()
    {
        PageFixture f(m_dir.path());
        QVERIFY(openFilled(f));
        QSignalSpy rerun(&f.page, &HistoryPage::rerunRequested);
        auto *table = f.child<QTableView>("runTable");
        table->selectRow(0); // newest: run 449
        QCOMPARE(f.page.selectedRunIds().size(), 1);
        QTRY_COMPARE(f.page.openedColumnTexts(),
                     (QStringList{QStringLiteral("Answer 449.0"), QStringLiteral("Answer 449.1")}));
        // Aggregates follow the selection: one run, endpoint-0 with m2 and endpoint-1 with m0.
        QVERIFY(settle(f.page));
        QCOMPARE(f.page.aggregateModel()->rowCount(), 2);
        QCOMPARE(f.page.aggregateModel()->aggregates().at(0).runs, 1);
        f.child<QPushButton>("rerunButton")->click();
        QCOMPARE(rerun.size(), 1);
        QCOMPARE(rerun.at(0).at(0).value<RunRecord>().prompt.user, QStringLiteral("Prompt 449"));

        table->clearSelection();
        QVERIFY(settle(f.page));
        // One row per endpoint and model: each endpoint answered with each of m0, m1, m2 in turn.
        QCOMPARE(f.page.aggregateModel()->rowCount(), 6);
        QCOMPARE(f.page.aggregateModel()->aggregates().at(0).endpoint, QStringLiteral("endpoint-0"));
        QCOMPARE(f.page.aggregateModel()->aggregates().at(0).model, QStringLiteral("m0"));
        QCOMPARE(f.page.aggregateModel()->aggregates().at(0).runs, 150);
        QVERIFY(!f.page.aggregateModel()->isRepriced());
        f.page.setRepriced(true);
        QVERIFY(settle(f.page));
        QVERIFY(f.page.aggregateModel()->isRepriced());
    }

    void deletesAndExports()
    {
        PageFixture f(m_dir.path());
        QVERIFY(openFilled(f));
        const qint64 newest = f.model()->runId(0);
        QVERIFY(awaitResult(f.page.deleteRuns({newest})).ok());
        QVERIFY(settle(f.page));
        QCOMPARE(f.model()->totalCount(), kRuns - 1);
        QVERIFY(f.model()->runId(0) != newest);

        const QString out = m_dir.filePath(QStringLiteral("heron.jsonl"));
        f.page.setSearchText(QStringLiteral("heron"));
        QVERIFY(settle(f.page));
        QVERIFY(awaitResult(f.page.exportRuns(out, {})).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), kRuns / 10);
        QVERIFY(!awaitResult(f.page.exportRuns(m_dir.filePath(QStringLiteral("runs.txt")), {})).ok());
    }

    void recordsTheRunnersRuns()
    {
        PageFixture f(m_dir.path());
        ComparisonRunner runner;
        QVERIFY(openFilled(f, true));
        f.page.attachRunner(&runner);
        QCOMPARE(f.model()->rowCount(), 0);
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
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QVERIFY(f.model()->runId(0) > 0);
        QCOMPARE(f.model()->data(f.model()->index(0, HistoryTableModel::Prompt)).toString(),
                 QStringLiteral("Live run"));
        QTRY_COMPARE(f.child<QStackedWidget>("tableStack")->currentIndex(), 0);
        // The finished answer is searchable.
        f.page.setSearchText(QStringLiteral("there"));
        QVERIFY(settle(f.page));
        QCOMPARE(f.model()->totalCount(), 1);
    }

    void showsADamagedFileAndStartsFreshBesideIt()
    {
        const QString bad = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("garbage ").repeated(512));
        }
        PageFixture f(m_dir.path());
        QVERIFY(!f.db.open(bad).ok());
        f.page.setDatabase(&f.db);
        auto *stack = f.child<QStackedWidget>("historyStack");
        QCOMPARE(stack->currentIndex(), 0);
        QVERIFY(f.child<QLabel>("problemLabel")->text().contains(bad));
        f.child<QPushButton>("startFreshButton")->click();
        QCOMPARE(stack->currentIndex(), 1);
        QVERIFY(f.db.isOpen());
        QVERIFY(f.db.path() != bad);
        QCOMPARE(QFileInfo(f.db.path()).absolutePath(), QFileInfo(bad).absolutePath());
        QVERIFY(settle(f.page));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage ").repeated(512));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
