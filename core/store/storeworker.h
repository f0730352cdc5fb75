// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class Database;
class RunRepository;

/// A thread with a read connection of its own to the history database, for the queries a window
/// must not wait for: the history list, counts, full-text search, aggregates. SQLite's WAL lets it
/// read while the recorder's thread writes.
///
/// Jobs run one at a time in the order posted. A job's result goes to `done` on the receiver's
/// thread, and nowhere once the receiver is destroyed. Callers that re-query while a job runs
/// (a filter changed) carry a generation number and drop results that are not the newest.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(Database &database, QObject *parent = nullptr);
    /// Waits for the running job, drops the queued ones and closes the thread's connection.
    ~StoreWorker() override;

    /// Runs `work(RunRepository &)` on the worker thread, then `done(result)` on `receiver`'s.
    template <typename Work, typename Done>
    void post(QObject *receiver, Work work, Done done);

    /// Waits until every job posted so far has run (its `done` may still be queued).
    bool waitForIdle(int timeoutMs = 30000);

private:
    struct State;
    void postRaw(std::function<void(RunRepository &)> job);

    Database &m_database;
    QThread m_thread;
    QObject *m_context = nullptr;          ///< lives in m_thread
    std::shared_ptr<State> m_state;        ///< touched by the worker thread only
};

template <typename Work, typename Done>
void StoreWorker::post(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> target(receiver);
    postRaw([target, work = std::move(work), done = std::move(done)](RunRepository &repository) mutable {
        if (!target)
            return;
        auto result = work(repository);
        QMetaObject::invokeMethod(
            target.data(),
            [target, done = std::move(done), result = std::move(result)]() mutable {
                if (target)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}
