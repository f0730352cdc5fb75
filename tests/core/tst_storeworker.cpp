// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "store/database.h"
#include "store/runrepository.h"
#include "store/storeworker.h"
#include "store/voterepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestStoreWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsJobsOffTheCallingThreadInOrder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        StoreWorker worker(db);
        QThread *caller = QThread::currentThread();
        QList<int> order;
        QThread *ranOn = nullptr;
        bool answered = false;
        for (int i = 0; i < 3; ++i)
            worker.post([&order, i](StoreRepositories &) { order.append(i); });
        worker.post(
            this,
            [&ranOn](StoreRepositories &store) {
                ranOn = QThread::currentThread();
                return store.runs().countRuns(RunFilter{}).ok();
            },
            [&answered](bool ok) { answered = ok; });
        QVERIFY(worker.waitForIdle());
        QCOMPARE(order, (QList<int>{0, 1, 2}));
        QVERIFY(ranOn && ranOn != caller);
        QTRY_VERIFY(answered); // `done` arrives on this thread's event loop
    }

    /// A write posted just before the worker goes away still lands; a read does not run.
    void destructionRunsQueuedWritesAndDropsReads()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        std::atomic<int> writes{0};
        std::atomic<int> reads{0};
        {
            StoreWorker worker(db);
            // Keeps the worker busy so that the rest is still queued when the destructor starts.
            worker.post([](StoreRepositories &) { QThread::msleep(100); });
            for (int i = 0; i < 5; ++i) {
                worker.post([&writes](StoreRepositories &) { ++writes; });
                worker.post(
                    this, [&reads](StoreRepositories &) { return ++reads; }, [](int) {});
            }
        }
        QCOMPARE(writes.load(), 5);
        QCOMPARE(reads.load(), 0);
    }

    void readsAreDroppedForAGoneReceiver()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        StoreWorker worker(db);
        bool ran = false;
        auto receiver = std::make_unique<QObject>();
        worker.post([](StoreRepositories &) { QThread::msleep(50); });
        worker.post(
            receiver.get(),
            [&ran](StoreRepositories &) {
                ran = true;
                return 0;
            },
            [](int) {});
        receiver.reset();
        QVERIFY(worker.waitForIdle());
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
