// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/cascadesimulator.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

/// Object names of the cascade simulation chart's series, for the page and for tests.
namespace CascadeSimulationSeries {
inline constexpr char curve[] = "curve"; ///< QLineSeries: (cost, quality) per threshold, ascending threshold
inline constexpr char thresholds[] =
    "thresholds"; ///< QScatterSeries: the same points as markers (hover shows the threshold)
inline constexpr char alwaysSmall[] = "alwaysSmall"; ///< QScatterSeries: every prompt answered by its smallest level
inline constexpr char alwaysLarge[] = "alwaysLarge"; ///< QScatterSeries: every prompt answered by its largest level
inline constexpr char best[] = "best";               ///< QScatterSeries: the threshold meeting the target at least cost
inline constexpr char target[] = "target";           ///< QLineSeries: the target quality across the plot
} // namespace CascadeSimulationSeries

/// What the chart shows besides the simulation itself.
struct CascadeChartOptions
{
    QStringList levelNames;              ///< endpoint per level, smallest first (legend and tooltips)
    std::optional<double> targetQuality; ///< drawn as a line; the simulation's bestIndex is marked
    QString footnote;                    ///< provenance: which runs, which labels
};

/// The cascade simulator's picture: total cost (x) against mean quality (y) of the
/// replayed prompts for every threshold swept, "always small" and "always large" as reference
/// points, and the threshold that meets the target quality at least cost ringed and labelled.
/// Thresholds whose answers carry no quality label are left out (there is no y to plot). The
/// caller owns the chart; it has no animation, so it can be rendered headless for export.
std::unique_ptr<QChart> buildCascadeSimulationChart(const CascadeSimulation &simulation,
                                                    const CascadeChartOptions &options = {});

/// The index into CascadeSimulation::curve of a marker of the "thresholds" or "best" series, or
/// -1 (the reference points and other series have none).
int cascadeSimulationPointIndex(const QXYSeries *series, const QPointF &point);

/// Tooltip text of the threshold at `index` in the curve: threshold, cost, quality and the share
/// of prompts answered at each level.
QString cascadeSimulationTooltip(const CascadeSimulation &simulation, int index, const QStringList &levelNames = {});
