// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "replacechart.h"

#include <QtCharts/QChartView>

QChart *replaceChart(QChartView &view, std::unique_ptr<QChart> chart)
{
    // The old chart goes only after the view has let go of it.
    const std::unique_ptr<QChart> old(view.chart());
    view.setChart(chart.get());
    return chart.release();
}
