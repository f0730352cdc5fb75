// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "analysis/costquality.h"

#include <QColor>
#include <QPointF>
#include <QString>

#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

#include <memory>

/// Object names of the cost/quality chart's series, for the page and for tests.
namespace CostQualitySeries {
inline constexpr char tierPrefix[] = "tier:";        ///< + tierId(), one scatter per tier
inline constexpr char unscored[] = "unscored";       ///< models without a score, at the bottom
inline constexpr char frontier[] = "frontier";       ///< QLineSeries through the Pareto frontier
inline constexpr char recommended[] = "recommended"; ///< a ring around the value pick
inline constexpr char selected[] = "selected";       ///< the point the user clicked (page-driven)
} // namespace CostQualitySeries

/// A colour per tier, the same in every chart and legend.
QColor tierColor(Tier tier);

/// The cost/quality scatter: one scatter series per tier present, models without a score (when
/// the filter keeps them) along the bottom, the Pareto frontier as a line, the value pick
/// ringed, a log cost axis, a title, axis titles with units, a legend and a provenance footnote.
/// Markers have no outline and the chart has no animation, so thousands
/// of points stay cheap to draw.
std::unique_ptr<QChart> buildCostQualityChart(const CostQualityData &data);

/// The index into CostQualityData::points of a point of one of the chart's scatter series, or -1.
int costQualityPointIndex(const QXYSeries *series, const QPointF &point);

/// Moves the chart's "selected" marker to `index` (into CostQualityData::points), or hides it for -1.
void setCostQualitySelection(QChart *chart, const CostQualityData &data, int index);

/// Tooltip text of a point: model, provider, cost, quality, its source and date.
QString costQualityTooltip(const CostQualityData &data, int index);
