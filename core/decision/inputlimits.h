// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

#include <optional>

/// The accepted range of one numeric input, shared by the form and the command line so that both
/// accept and refuse the same values.
struct InputLimit
{
    double min;
    double max;
    QString unit; ///< for messages and editor suffixes, e.g. "ms"; may be empty

    bool accepts(double value) const { return value >= min && value <= max; }
    /// A translated message such as "must be between 1 and 600,000 ms", or nothing when valid.
    std::optional<QString> problem(double value) const;
};

namespace InputLimits {
InputLimit maxLatencyMs();
InputLimit maxCostPer1kRequests();
InputLimit minAccuracy();
InputLimit requestsPerDay();
InputLimit contextLength();
InputLimit tokensPerRequest();
InputLimit gpuHourlyUsd();
InputLimit tokensPerSecondPerReplica();
InputLimit utilisation();
InputLimit peakFactor();
InputLimit valueMarginPercent(); ///< the value pick's margin below the tier's best score, in %
InputLimit minRating();          ///< the quality bar on a rating benchmark; 0: none
InputLimit gpuWatts();
InputLimit electricityUsdPerKwh();
InputLimit pue();
InputLimit hardwareUsdPerGpu();
InputLimit amortisationMonths();
} // namespace InputLimits
