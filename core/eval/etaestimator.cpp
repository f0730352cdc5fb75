// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "etaestimator.h"

#include <cmath>

EtaEstimator::EtaEstimator(int window)
    : m_window(std::max(1, window))
{ }

void EtaEstimator::restart(qint64 nowMs)
{
    m_times = {nowMs};
}

void EtaEstimator::recordCompletion(qint64 nowMs)
{
    m_times.append(nowMs);
    while (m_times.size() > m_window + 1)
        m_times.removeFirst();
}

std::optional<double> EtaEstimator::averageIntervalMs() const
{
    if (m_times.size() < 2)
        return std::nullopt;
    return double(m_times.last() - m_times.first()) / double(m_times.size() - 1);
}

std::optional<qint64> EtaEstimator::remainingMs(int remaining) const
{
    const auto interval = averageIntervalMs();
    if (!interval)
        return std::nullopt;
    return qint64(std::llround(*interval * std::max(0, remaining)));
}
