// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalstatistics.h"

#include <algorithm>
#include <cmath>

namespace EvalStatistics {

Interval wilson(int successes, int trials, double z)
{
    if (trials <= 0)
        return {0.0, 1.0};
    const double n = trials;
    const double p = std::clamp(double(successes) / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

std::optional<double> percentile(QList<double> values, double percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double n = double(values.size());
    // The small epsilon keeps 95 % of 20 at rank 19 although 0.95 · 20 is 19.000000000000004.
    const double rank = std::ceil(std::clamp(percent, 0.0, 100.0) / 100.0 * n - 1e-9);
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, values.size() - 1);
    return values.at(index);
}

} // namespace EvalStatistics
