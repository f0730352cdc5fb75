// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "inputlimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

std::optional<QString> InputLimit::problem(double value) const
{
    if (std::isfinite(value) && accepts(value))
        return std::nullopt;
    const QLocale locale;
    const QString range = QCoreApplication::translate("InputLimit", "must be between %1 and %2")
                              .arg(locale.toString(min, 'g', 12), locale.toString(max, 'g', 12));
    return unit.isEmpty() ? range : range + QLatin1Char(' ') + unit;
}

namespace InputLimits {
InputLimit maxLatencyMs()
{
    return {1.0, 600000.0, QStringLiteral("ms")};
}
InputLimit maxCostPer1kRequests()
{
    return {0.0, 1.0e6, QStringLiteral("USD")};
}
InputLimit minAccuracy()
{
    return {0.0, 1.0, {}};
}
InputLimit requestsPerDay()
{
    return {0.0, 1.0e10, {}};
}
InputLimit contextLength()
{
    return {0.0, 1.0e8, QCoreApplication::translate("InputLimit", "tokens")};
}
InputLimit tokensPerRequest()
{
    return {0.0, 1.0e8, QCoreApplication::translate("InputLimit", "tokens")};
}
InputLimit gpuHourlyUsd()
{
    return {0.0, 10000.0, QStringLiteral("USD")};
}
InputLimit tokensPerSecondPerReplica()
{
    return {1.0, 1.0e7, QCoreApplication::translate("InputLimit", "tokens/s")};
}
InputLimit utilisation()
{
    return {0.01, 1.0, {}};
}
InputLimit peakFactor()
{
    return {1.0, 100.0, {}};
}
InputLimit valueMarginPercent()
{
    return {0.0, 50.0, QStringLiteral("%")};
}
InputLimit minRating()
{
    return {0.0, 100000.0, {}};
}
InputLimit gpuWatts()
{
    return {0.0, 10000.0, QStringLiteral("W")};
}
InputLimit electricityUsdPerKwh()
{
    return {0.0, 10.0, QStringLiteral("USD")};
}
InputLimit pue()
{
    return {1.0, 3.0, {}};
}
InputLimit hardwareUsdPerGpu()
{
    return {0.0, 1.0e7, QStringLiteral("USD")};
}
InputLimit amortisationMonths()
{
    return {1.0, 240.0, QCoreApplication::translate("InputLimit", "months")};
}
} // namespace InputLimits
