// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "storeworker.h"

#include "database.h"

#include <QSemaphore>

#include <atomic>

struct StoreWorker::State
{
    std::unique_ptr<StoreRepositories> repositories;
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
    // Reads still queued see `stopping` and return at once; writes still run.
    state->stopping = true;
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_context,
        [database, state, &done] {
            state->repositories.reset();
            database->releaseThreadConnection();
            done.release();
        },
        Qt::QueuedConnection);
    done.acquire();
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StoreWorker::post(std::function<void(StoreRepositories &)> write)
{
    postRaw(std::move(write), true);
}

QString StoreWorker::closedMessage(const Database &database)
{
    return tr("The history database %1 is closed.").arg(database.path());
}

void StoreWorker::postRaw(std::function<void(StoreRepositories &)> job, bool isWrite, std::function<void()> skipped)
{
    Database *database = &m_database;
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        m_context,
        [database, state, job = std::move(job), isWrite, skipped = std::move(skipped)] {
            if (state->stopping && !isWrite)
                return;
            if (!database->isOpen()) {
                if (skipped)
                    skipped();
                return;
            }
            if (!state->repositories)
                state->repositories = std::make_unique<StoreRepositories>(*database);
            job(*state->repositories);
        },
        Qt::QueuedConnection);
}

bool StoreWorker::waitForIdle(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_context, [done] { done->release(); }, Qt::QueuedConnection);
    return done->tryAcquire(1, timeoutMs);
}
