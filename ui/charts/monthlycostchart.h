// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "analysis/costcurves.h"

#include <QtCharts/QChart>

#include <memory>

/// Object names of the monthly-cost chart's series.
namespace MonthlyCostSeries {
inline constexpr char curvePrefix[] = "curve:";   ///< + index into CostCurveData::curves
inline constexpr char breakEven[] = "breakeven";  ///< scatter of break-even points
inline constexpr char currentVolume[] = "volume"; ///< vertical line at the current volume
} // namespace MonthlyCostSeries

/// Monthly cost against requests per day on log–log axes: one line per option (API lines straight,
/// self-hosted as replica steps), break-even points marked, the current volume as a dashed line,
/// title, axis titles with units, a legend and a footnote with catalog and assumptions.
std::unique_ptr<QChart> buildMonthlyCostChart(const CostCurveData &data);
