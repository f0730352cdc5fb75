// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "storerepositories.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <QPromise>

#include <functional>
#include <memory>
#include <type_traits>

class Database;

/// The one way to the history database off the GUI thread: a thread with a connection of its
/// own, on which every read a window must not wait for (the history list, counts, full-text
/// search, aggregates) and every write (streamed text, evaluation results, votes) runs. SQLite's
/// WAL lets other connections read meanwhile.
///
/// Jobs run one at a time in the order posted, so writes posted in order land in order. A read's
/// result goes to `done` on the receiver's thread, and nowhere once the receiver is destroyed.
/// Callers that re-query while a job runs (a filter changed) carry a generation number and drop
/// results that are not the newest.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(Database &database, QObject *parent = nullptr);
    /// Runs every write still queued, drops the queued reads, and closes the thread's connection.
    ~StoreWorker() override;

    Database &database() const { return m_database; }

    /// Runs `work(StoreRepositories &)` on the worker thread, then `done(result)` on `receiver`'s.
    /// Skipped when the receiver is gone before the job starts.
    template<typename Work, typename Done>
    void post(QObject *receiver, Work work, Done done);

    /// Runs `write(StoreRepositories &)` on the worker thread. A write is never dropped: it runs
    /// even when posted just before the worker is destroyed.
    void post(std::function<void(StoreRepositories &)> write);

    /// Runs `work(StoreRepositories &) -> Result<T>` on the worker thread; the future (which QCoro
    /// can `co_await`) gets its result. The future always finishes: like a write, the job runs
    /// even while the worker is being destroyed, and with the database closed the result is an
    /// error saying so. A coroutine awaiting it guards its object before touching it again.
    template<typename Work>
    auto call(Work work) -> QFuture<std::invoke_result_t<Work &, StoreRepositories &>>;

    /// Waits until every job posted so far has run (its `done` may still be queued).
    bool waitForIdle(int timeoutMs = 30000);

private:
    struct State;
    /// `skipped` runs instead of `job` when the database is closed.
    void postRaw(std::function<void(StoreRepositories &)> job, bool isWrite, std::function<void()> skipped = {});
    static QString closedMessage(const Database &database);

    Database &m_database;
    QThread m_thread;
    QObject *m_context = nullptr;   ///< lives in m_thread
    std::shared_ptr<State> m_state; ///< touched by the worker thread only
};

template<typename Work, typename Done>
void StoreWorker::post(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> target(receiver);
    postRaw(
        [target, work = std::move(work), done = std::move(done)](StoreRepositories &repositories) mutable {
            if (!target)
                return;
            auto result = work(repositories);
            QMetaObject::invokeMethod(
                target.data(),
                [target, done = std::move(done), result = std::move(result)]() mutable {
                    if (target)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        false);
}

template<typename Work>
auto StoreWorker::call(Work work) -> QFuture<std::invoke_result_t<Work &, StoreRepositories &>>
{
    using T = std::invoke_result_t<Work &, StoreRepositories &>;
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    Database *database = &m_database;
    postRaw(
        [promise, work = std::move(work)](StoreRepositories &repositories) mutable {
            promise->addResult(work(repositories));
            promise->finish();
        },
        true,
        [promise, database] {
            promise->addResult(T::failure(closedMessage(*database)));
            promise->finish();
        });
    return future;
}
