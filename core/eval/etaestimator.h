// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

/// Estimates the time left in a run from a moving average of the intervals between the last
/// `window` completions. Intervals between completions (not the duration of each call) are
/// what concurrency shortens, so the estimate needs no knowledge of the concurrency limit.
/// The start counts as the first completion, so one finished item already gives an estimate.
class EtaEstimator
{
public:
    explicit EtaEstimator(int window = 10);

    /// Starts over at `nowMs` (a run starts or resumes after a pause: the paused time is no
    /// one's throughput).
    void restart(qint64 nowMs);
    void recordCompletion(qint64 nowMs);
    /// Milliseconds left for `remaining` items, rounded; empty before the first completion.
    std::optional<qint64> remainingMs(int remaining) const;
    /// The average interval between completions, in ms; empty before the first completion.
    std::optional<double> averageIntervalMs() const;

private:
    int m_window;
    QList<qint64> m_times; ///< the last window + 1 timestamps, oldest first
};
