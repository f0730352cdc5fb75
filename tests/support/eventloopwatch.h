// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Proves that the calling thread's event loop never blocks: a 1 ms timer on that thread, and
/// for each gap between two ticks, how long the thread was off the CPU of its own accord
/// (waiting for a lock, a disk or a socket) and how long it was busy.
///
/// Blocked time is the gap minus the thread's CPU time in it, counted only in gaps in which the
/// scheduler did not preempt the thread: a runnable thread that waited for a core (other
/// processes share it) was not blocked by the code under test. Busy time is the thread's CPU
/// time in one gap: work that kept the loop from turning. Unlike the wall-clock length of a
/// gap, neither figure grows when the machine is loaded.
class EventLoopWatch : public QObject
{
public:
    explicit EventLoopWatch(QObject *parent = nullptr);

    void start();
    void stop();

    /// The longest time, in ms, the thread waited in one gap without being preempted.
    double longestBlockedMs() const { return m_longestBlockedMs; }
    /// The most CPU time, in ms, the thread spent in one gap.
    double longestBusyMs() const { return m_longestBusyMs; }
    /// Ticks seen: a watch that saw none proves nothing.
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastWallNs = 0;
    qint64 m_lastCpuNs = 0;
    long m_lastPreemptions = 0;
    double m_longestBlockedMs = 0;
    double m_longestBusyMs = 0;
    int m_ticks = 0;
};
