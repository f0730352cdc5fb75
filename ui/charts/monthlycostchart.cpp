// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "monthlycostchart.h"

#include "chartfootnote.h"
#include "common/numberformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPen>

#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <cmath>

namespace {
// A qualitative palette that stays apart from the tier colours' meaning in the other chart.
QColor curveColor(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    return palette[index % int(std::size(palette))];
}
} // namespace

std::unique_ptr<QChart> buildMonthlyCostChart(const CostCurveData &data)
{
    auto owned = std::make_unique<QChart>();
    QChart *chart = owned.get();
    chart->setObjectName(QStringLiteral("monthlyCostChart"));
    chart->setTitle(data.title());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Long model names are elided (full names are in tooltips and tables) so the plot keeps its width.
    chart->legend()->setMaximumWidth(230);

    auto *xAxis = new QLogValueAxis;
    xAxis->setObjectName(QStringLiteral("volumeAxis"));
    xAxis->setBase(10.0);
    xAxis->setTitleText(data.volumeAxisTitle());
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setMinorTickCount(8);
    xAxis->setRange(data.range.minRequestsPerDay, data.range.maxRequestsPerDay);
    auto *yAxis = new QLogValueAxis;
    yAxis->setObjectName(QStringLiteral("monthlyCostAxis"));
    yAxis->setBase(10.0);
    yAxis->setTitleText(data.costAxisTitle());
    yAxis->setLabelFormat(QStringLiteral("$%.0f"));
    yAxis->setMinorTickCount(8);
    QPen minorGrid(QColor(0, 0, 0, 18));
    minorGrid.setWidthF(0.8);
    xAxis->setMinorGridLinePen(minorGrid);
    yAxis->setMinorGridLinePen(minorGrid);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto attach = [&](QXYSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    double minCost = std::numeric_limits<double>::infinity();
    double maxCost = 0.0;
    for (int i = 0; i < data.curves.size(); ++i) {
        const CostCurve &curve = data.curves.at(i);
        QList<QPointF> points;
        points.reserve(curve.points.size());
        // A log axis cannot place zero: a free option is left off rather than drawn wrong.
        for (const QPointF &p : curve.points) {
            if (p.y() > 0.0) {
                points.append(p);
                minCost = std::min(minCost, p.y());
                maxCost = std::max(maxCost, p.y());
            }
        }
        auto *series = new QLineSeries;
        series->setObjectName(QString::fromLatin1(MonthlyCostSeries::curvePrefix) + QString::number(i));
        series->setName(curve.selfHosted
                            ? QCoreApplication::translate("MonthlyCostChart", "%1 (self-hosted)").arg(curve.name)
                            : QCoreApplication::translate("MonthlyCostChart", "%1 (API)").arg(curve.name));
        QPen pen(curveColor(i));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->replace(points);
        attach(series);
    }
    if (!std::isfinite(minCost)) {
        minCost = 1.0;
        maxCost = 1000.0;
    }
    const double yLow = std::pow(10.0, std::floor(std::log10(minCost) + 1e-9));
    double yHigh = std::pow(10.0, std::ceil(std::log10(maxCost) - 1e-9));
    if (!(yHigh > yLow))
        yHigh = yLow * 10.0;
    yAxis->setRange(yLow, yHigh);

    if (!data.breakEvens.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setObjectName(QString::fromLatin1(MonthlyCostSeries::breakEven));
        marks->setName(QCoreApplication::translate("MonthlyCostChart", "Break-even (%1)").arg(data.breakEvens.size()));
        marks->setMarkerSize(10.0);
        marks->setColor(QColor(255, 255, 255));
        QPen pen(QColor(30, 30, 30));
        pen.setWidthF(2.0);
        marks->setPen(pen);
        marks->setBorderColor(pen.color());
        QList<QPointF> points;
        for (const CostCurveBreakEven &b : data.breakEvens) {
            if (b.point.monthlyUsd > 0.0)
                points.append(QPointF(b.point.requestsPerDay, b.point.monthlyUsd));
        }
        marks->replace(points);
        attach(marks);
    }

    const double volume = data.shape.requestsPerDay;
    if (volume >= data.range.minRequestsPerDay && volume <= data.range.maxRequestsPerDay) {
        auto *line = new QLineSeries;
        line->setObjectName(QString::fromLatin1(MonthlyCostSeries::currentVolume));
        line->setName(QCoreApplication::translate("MonthlyCostChart", "Your volume: %1 requests/day")
                          .arg(NumberFormat::fixed(volume, 0)));
        QPen pen(QColor(90, 90, 90));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        line->setPen(pen);
        line->append(volume, yLow);
        line->append(volume, yHigh);
        attach(line);
    }

    if (data.curves.isEmpty())
        chart->setTitle(QCoreApplication::translate("MonthlyCostChart", "%1 — no models selected").arg(data.title()));
    ChartFootnote::attach(chart, data.footnote());
    return owned;
}
