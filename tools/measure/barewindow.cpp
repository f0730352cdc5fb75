// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The peer of `rightsize --measure-startup`: a bare Qt Widgets + Charts window (a QMainWindow
// showing one QChartView with a small line chart, at Rightsize's first-start size), measured by
// the same StartupProbe, so tools/measure/startup.sh can give Rightsize's first paint as a
// multiple of what Qt itself needs on the same machine in the same run.
#include "startupprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *chart = new QChart;
    auto *series = new QLineSeries;
    for (int x = 0; x < 10; ++x)
        series->append(x, x * x);
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart, &window));
    QSize size(1280, 800);
    if (const QScreen *screen = window.screen())
        size = size.boundedTo(screen->availableSize());
    window.resize(size);
    StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
