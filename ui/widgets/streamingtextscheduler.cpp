// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "streamingtextscheduler.h"

#include "streamingtextview.h"

#include <QElapsedTimer>

StreamingTextScheduler::StreamingTextScheduler(int intervalMs, qint64 budgetMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_budgetMs(budgetMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { showFor(m_budgetMs); });
}

void StreamingTextScheduler::request(StreamingTextView *view)
{
    if (!m_waiting.contains(view))
        m_waiting.append(view);
    if (!m_timer.isActive())
        m_timer.start(m_intervalMs);
}

void StreamingTextScheduler::showAll()
{
    m_timer.stop();
    showFor(std::numeric_limits<qint64>::max());
}

void StreamingTextScheduler::showFor(qint64 budgetMs)
{
    QElapsedTimer spent;
    spent.start();
    // At least one view per turn, so that even a spent budget makes progress.
    while (!m_waiting.isEmpty()) {
        const QPointer<StreamingTextView> view = m_waiting.takeFirst();
        if (view)
            view->showPending();
        if (!m_waiting.isEmpty() && spent.elapsed() >= budgetMs) {
            m_timer.start(0); // the rest after whatever else is waiting
            return;
        }
    }
}
