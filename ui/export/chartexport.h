// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QChart;

enum class ChartFormat { Png, Svg, Pdf };

/// Size of an exported chart in pixels (PNG, SVG) or in pixels at `dpi` (PDF page), and its
/// resolution. The chart is laid out at width × height × 96 / dpi logical pixels and scaled up, so a
/// 300 dpi export has the same proportions as a 96 dpi one, only sharper.
struct ChartExportOptions
{
    int width = 1200;
    int height = 800;
    int dpi = 96;
};

/// The format named by the file's extension (.png, .svg, .pdf; case-insensitive).
std::optional<ChartFormat> chartFormatForPath(const QString &path);

/// Renders the chart offscreen (a QApplication is needed; QT_QPA_PLATFORM=offscreen suffices).
/// The chart is laid out in a scene of its own for the duration; a chart shown in a view is
/// restored to its size afterwards.
QImage renderChartImage(QChart *chart, const ChartExportOptions &options = {});
QByteArray renderChartSvg(QChart *chart, const ChartExportOptions &options = {});

/// Writes the chart as PNG, SVG or PDF according to the extension of `path`.
Status exportChart(QChart *chart, const QString &path, const ChartExportOptions &options = {});
