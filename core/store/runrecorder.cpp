// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "runrecorder.h"

#include "compare/comparisonrunner.h"
#include "database.h"
#include "runrepository.h"
#include "storeworker.h"

#include <QPointer>

struct RunRecorder::WorkerState
{
    qint64 runId = 0;
    QHash<int, qint64> responseIds;
};

RunRecorder::RunRecorder(Database &database, QObject *parent)
    : QObject(parent)
    , m_ownWorker(std::make_unique<StoreWorker>(database))
    , m_worker(*m_ownWorker)
    , m_state(std::make_shared<WorkerState>())
{
    setUpFlushTimer();
}

RunRecorder::RunRecorder(StoreWorker &worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_state(std::make_shared<WorkerState>())
{
    setUpFlushTimer();
}

void RunRecorder::setUpFlushTimer()
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunRecorder::flush);
}

RunRecorder::~RunRecorder()
{
    waitForIdle();
}

void RunRecorder::reportFailure(const QString &error)
{
    QPointer<RunRecorder> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, error] {
            if (self)
                emit self->storeFailed(error);
        },
        Qt::QueuedConnection);
}

void RunRecorder::attach(ComparisonRunner *runner)
{
    connect(runner, &ComparisonRunner::runStarted, this, &RunRecorder::recordRunStarted);
    connect(runner, &ComparisonRunner::responseStarted, this, &RunRecorder::recordResponseStarted);
    connect(runner, &ComparisonRunner::textAppended, this, &RunRecorder::recordText);
    connect(runner, &ComparisonRunner::responseFinished, this, &RunRecorder::recordResponseFinished);
    connect(runner, &ComparisonRunner::runFinished, this, &RunRecorder::recordRunFinished);
}

void RunRecorder::detach(ComparisonRunner *runner)
{
    disconnect(runner, nullptr, this, nullptr);
}

void RunRecorder::setFlushInterval(int milliseconds)
{
    m_flushTimer.setInterval(milliseconds);
}

void RunRecorder::setFlushBytes(int bytes)
{
    m_flushBytes = bytes;
}

bool RunRecorder::waitForIdle(int timeoutMs)
{
    flush();
    return m_worker.waitForIdle(timeoutMs);
}

void RunRecorder::recordRunStarted(const RunRecord &run)
{
    flush();
    m_finished.clear();
    std::shared_ptr<WorkerState> state = m_state;
    QPointer<RunRecorder> self(this);
    std::atomic<qint64> *lastRunId = &m_lastRunId;
    m_worker.post([state, run, self, lastRunId](StoreRepositories &store) {
        state->runId = 0;
        state->responseIds.clear();
        RunRecord stored = run;
        const Result<qint64> id = store.runs().insertRun(stored);
        if (!id.ok()) {
            if (self)
                self->reportFailure(id.error());
            return;
        }
        state->runId = *id;
        for (const ResponseRecord &response : std::as_const(stored.responses))
            state->responseIds.insert(response.position, response.id);
        lastRunId->store(*id);
        const qint64 runId = *id;
        QMetaObject::invokeMethod(
            self,
            [self, runId] {
                if (self)
                    emit self->runStored(runId);
            },
            Qt::QueuedConnection);
    });
}

void RunRecorder::recordResponseStarted(int position)
{
    std::shared_ptr<WorkerState> state = m_state;
    m_worker.post([state, position](StoreRepositories &store) {
        if (const qint64 id = state->responseIds.value(position))
            store.runs().setStatus(id, ResponseRecord::Status::Streaming);
    });
}

void RunRecorder::recordText(int position, const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_pending[position] += delta;
    m_pendingBytes += delta.size() * 2;
    if (m_pendingBytes >= m_flushBytes)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RunRecorder::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QHash<int, QString> batch;
    batch.swap(m_pending);
    m_pendingBytes = 0;
    std::shared_ptr<WorkerState> state = m_state;
    QPointer<RunRecorder> self(this);
    m_worker.post([state, batch, self](StoreRepositories &store) {
        if (!state->runId)
            return;
        RunRepository &repo = store.runs();
        // One transaction per batch: one commit (and one WAL sync point) per 100 ms at most.
        const Status status = repo.inTransaction([&]() -> Status {
            for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                if (const qint64 id = state->responseIds.value(it.key())) {
                    if (const Status s = repo.appendText(id, it.value()); !s.ok())
                        return s;
                }
            }
            return success();
        });
        if (!status.ok() && self)
            self->reportFailure(status.error());
    });
}

void RunRecorder::recordResponseFinished(int position, const ResponseRecord &response)
{
    // The final text supersedes whatever of it is still buffered.
    if (const auto it = m_pending.constFind(position); it != m_pending.constEnd()) {
        m_pendingBytes -= it->size() * 2;
        m_pending.erase(it);
    }
    m_finished.insert(position);
    ResponseRecord final = response;
    using S = ResponseRecord::Status;
    if (final.status == S::Pending || final.status == S::Streaming) {
        const bool cancelled = final.result.error && final.result.error->kind == ChatError::Kind::Cancelled;
        final.status = final.result.ok() ? S::Complete : cancelled ? S::Cancelled : S::Failed;
    }
    std::shared_ptr<WorkerState> state = m_state;
    QPointer<RunRecorder> self(this);
    m_worker.post([state, position, final, self](StoreRepositories &store) {
        const qint64 id = state->responseIds.value(position);
        if (!id)
            return;
        RunRepository &repo = store.runs();
        const Status status = repo.inTransaction([&]() -> Status {
            if (const Status s = repo.writeResponse(id, final); !s.ok())
                return s;
            if (const Status s = repo.refreshRunSummary(state->runId); !s.ok())
                return s;
            // Searchable from the moment it is finished, indexed once rather than per delta.
            return repo.indexPendingText();
        });
        if (!status.ok() && self)
            self->reportFailure(status.error());
    });
}

void RunRecorder::recordRunFinished(const RunRecord &run)
{
    // A response the runner never reported as finished (cancelled before it started) gets its
    // final state from the run.
    for (const ResponseRecord &response : run.responses) {
        if (m_finished.contains(response.position))
            continue;
        ResponseRecord final = response;
        if (final.status == ResponseRecord::Status::Pending)
            final.status = ResponseRecord::Status::Cancelled;
        recordResponseFinished(response.position, final);
    }
    flush();
    std::shared_ptr<WorkerState> state = m_state;
    QPointer<RunRecorder> self(this);
    m_worker.post([state, self](StoreRepositories &store) {
        if (!state->runId)
            return;
        store.runs().refreshRunSummary(state->runId);
        const qint64 runId = state->runId;
        QMetaObject::invokeMethod(
            self,
            [self, runId] {
                if (self)
                    emit self->runCompleted(runId);
            },
            Qt::QueuedConnection);
    });
}
