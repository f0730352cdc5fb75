// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "compare/runrecord.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class ComparisonRunner;
class Database;
class StoreWorker;

/// Keeps every run a ComparisonRunner makes: the run and its pending responses when it starts,
/// the streamed text as it arrives, each response's final state when it ends.
///
/// Text deltas are gathered on the calling (GUI) thread and written in batches — every
/// `flushInterval` ms or `flushBytes` of text, whichever comes first — through a StoreWorker, so
/// the GUI never waits for the disk. A process killed mid-stream leaves the
/// text up to the last batch with status `streaming`, which Database::open() marks `interrupted`.
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    /// Writes through a StoreWorker of its own for `database`.
    explicit RunRecorder(Database &database, QObject *parent = nullptr);
    /// Writes through `worker`, which must outlive the recorder.
    explicit RunRecorder(StoreWorker &worker, QObject *parent = nullptr);
    /// Writes what is still buffered and waits until it is written.
    ~RunRecorder() override;

    /// Follows the runner's signals until it is destroyed or detached.
    void attach(ComparisonRunner *runner);
    void detach(ComparisonRunner *runner);

    void setFlushInterval(int milliseconds);
    void setFlushBytes(int bytes);

    /// Id of the last run stored (0 before the first).
    qint64 lastRunId() const { return m_lastRunId.load(); }
    /// Writes what is buffered and waits until the worker has written everything posted so far.
    bool waitForIdle(int timeoutMs = 30000);

    // What the runner's signals arrive at; callable directly by code that runs without a runner.
    void recordRunStarted(const RunRecord &run);
    void recordResponseStarted(int position);
    void recordText(int position, const QString &delta);
    void recordResponseFinished(int position, const ResponseRecord &response);
    void recordRunFinished(const RunRecord &run);

signals:
    /// The run was inserted: it now has its id.
    void runStored(qint64 runId);
    /// Every response of the run was written in its final state.
    void runCompleted(qint64 runId);
    /// A write failed; the message names the database and the cause.
    void storeFailed(const QString &message);

private:
    /// The batching timer both constructors share: a flush 100 ms (or setFlushInterval()) after the
    /// first write queued since the last flush.
    void setUpFlushTimer();
    struct WorkerState;
    void flush();
    /// Reports a write's failure on this object's thread (from the worker thread).
    void reportFailure(const QString &error);

    std::unique_ptr<StoreWorker> m_ownWorker;
    StoreWorker &m_worker;
    std::shared_ptr<WorkerState> m_state; ///< touched by the worker thread only
    QTimer m_flushTimer;
    QHash<int, QString> m_pending; ///< buffered deltas by position
    qsizetype m_pendingBytes = 0;
    int m_flushBytes = 4096;
    QSet<int> m_finished;
    std::atomic<qint64> m_lastRunId{0};
};
