// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QtCharts/QChart>

#include <memory>

class QChartView;

/// Shows `chart` in `view` and deletes the chart it showed before (a QChartView does not delete
/// a chart it lets go of). Returns the new chart, which `view` now owns.
QChart *replaceChart(QChartView &view, std::unique_ptr<QChart> chart);
