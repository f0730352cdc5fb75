// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>

#include <optional>

/// Small statistics used by evaluation summaries, each with one documented method.
namespace EvalStatistics {

struct Interval
{
    double low = 0;
    double high = 0;
    friend bool operator==(const Interval &, const Interval &) = default;
};

/// z for a two-sided 95 % interval (the 97.5th percentile of the standard normal).
constexpr double kZ95 = 1.959963984540054;

/// Below this many cases per endpoint (or votes in all) measured quality proves little: at 30
/// cases a pass rate near 50 % has a 95 % Wilson interval of about ±17 points, so smaller
/// differences between models are noise. The pages say so when such evidence becomes quality.
constexpr int kFewSamples = 30;
inline bool tooFewToDecide(int samples)
{
    return samples < kFewSamples;
}

/// Wilson score interval for `successes` out of `trials` (Wilson 1927): unlike the normal
/// approximation it stays inside [0, 1] and is sensible at 0 and n successes with small n.
/// center = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
/// With no trials the interval is [0, 1].
Interval wilson(int successes, int trials, double z = kZ95);

/// Nearest-rank percentile: the smallest value such that at least `percent` % of the values
/// are at or below it, i.e. the value of rank ⌈percent/100 · n⌉ (1-based) in ascending order;
/// percent 0 gives the minimum. Always one of the values (no interpolation). Empty input: empty.
std::optional<double> percentile(QList<double> values, double percent);

} // namespace EvalStatistics
