// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "storeworker.h"

#include "database.h"
#include "runrepository.h"

#include <QSemaphore>

#include <atomic>

struct StoreWorker::State
{
    std::unique_ptr<RunRepository> repository;
    std::atomic<bool> stopping{false};
};

StoreWorker::StoreWorker(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_state(std::make_shared<State>())
{
    m_thread.setObjectName(QStringLiteral("StoreWorker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    Database *database = &m_database;
    std::shared_ptr<State> state = m_state;
    // Jobs still queued see `stopping` and return at once; only the running one is waited for.
    state->stopping = true;
    QSemaphore done;
    QMetaObject::invokeMethod(m_context, [database, state, &done] {
        state->repository.reset();
        database->releaseThreadConnection();
        done.release();
    }, Qt::QueuedConnection);
    done.acquire();
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StoreWorker::postRaw(std::function<void(RunRepository &)> job)
{
    Database *database = &m_database;
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(m_context, [database, state, job = std::move(job)] {
        if (state->stopping || !database->isOpen())
            return;
        if (!state->repository)
            state->repository = std::make_unique<RunRepository>(*database);
        job(*state->repository);
    }, Qt::QueuedConnection);
}

bool StoreWorker::waitForIdle(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_context, [done] { done->release(); }, Qt::QueuedConnection);
    return done->tryAcquire(1, timeoutMs);
}
