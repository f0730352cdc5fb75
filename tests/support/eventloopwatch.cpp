// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eventloopwatch.h"

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

namespace {
/// The calling thread's CPU time in ns.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// How often the calling thread was preempted so far.
long preemptions()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}
} // namespace

EventLoopWatch::EventLoopWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatch::tick);
}

void EventLoopWatch::start()
{
    m_longestBlockedMs = 0;
    m_longestBusyMs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastWallNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_lastPreemptions = preemptions();
    m_timer.start();
}

void EventLoopWatch::stop()
{
    m_timer.stop();
}

void EventLoopWatch::tick()
{
    const qint64 wall = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const long switches = preemptions();
    const double busyMs = double(cpu - m_lastCpuNs) / 1e6;
    m_longestBusyMs = std::max(m_longestBusyMs, busyMs);
    if (switches == m_lastPreemptions)
        m_longestBlockedMs = std::max(m_longestBlockedMs, double(wall - m_lastWallNs) / 1e6 - busyMs);
    m_lastWallNs = wall;
    m_lastCpuNs = cpu;
    m_lastPreemptions = switches;
    ++m_ticks;
}
