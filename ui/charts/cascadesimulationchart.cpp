// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadesimulationchart.h"

#include "chartfootnote.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "costqualitychart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPen>

#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
const char kIndicesProperty[] = "rightsizeCurveIndices";

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CascadeSimulationChart)
};

/// Enough decimals on the cost axis that neighbouring ticks differ: a handful of prompts on a
/// small model costs fractions of a cent.
QString costLabelFormat(double span)
{
    int decimals = 2;
    if (span > 0 && span < 1.0)
        decimals = std::min(8, int(std::ceil(-std::log10(span))) + 1);
    if (span >= 100.0)
        decimals = 0;
    return QStringLiteral("$%.%1f").arg(decimals);
}

QScatterSeries *makeScatter(const char *objectName, const QString &name, const QColor &color, qreal size,
                            QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle)
{
    auto *series = new QScatterSeries;
    series->setObjectName(QString::fromLatin1(objectName));
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color);
    series->setMarkerSize(size);
    series->setMarkerShape(shape);
    series->setPen(Qt::NoPen);
    return series;
}

/// A label drawn next to the series' points: Qt Charts replaces only its @ placeholders, so
/// plain text is shown as it is.
void labelPoints(QXYSeries *series, const QString &text, const QColor &color)
{
    series->setPointLabelsFormat(text);
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    series->setPointLabelsColor(color);
}

QString levelName(const QStringList &names, int level)
{
    if (level >= 0 && level < names.size() && !names.at(level).isEmpty())
        return names.at(level);
    return Texts::tr("level %1").arg(level + 1);
}
} // namespace

std::unique_ptr<QChart> buildCascadeSimulationChart(const CascadeSimulation &simulation,
                                                    const CascadeChartOptions &options)
{
    auto chart = std::make_unique<QChart>();
    chart->setObjectName(QStringLiteral("cascadeSimulationChart"));
    chart->setTitle(Texts::tr("Cascade: cost versus quality across thresholds"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);

    // Every plotted point first, to size the axes around all of them.
    QList<QPointF> curve;
    QList<int> curveIndices;
    for (int i = 0; i < simulation.curve.size(); ++i) {
        const SimulationPoint &p = simulation.curve.at(i);
        if (p.meanQuality) {
            curve.append(QPointF(p.totalCostUsd, *p.meanQuality));
            curveIndices.append(i);
        }
    }
    QList<QPointF> all = curve;
    if (simulation.alwaysSmall.meanQuality)
        all.append(QPointF(simulation.alwaysSmall.totalCostUsd, *simulation.alwaysSmall.meanQuality));
    if (simulation.alwaysLarge.meanQuality)
        all.append(QPointF(simulation.alwaysLarge.totalCostUsd, *simulation.alwaysLarge.meanQuality));

    double maxCost = 0;
    double lowQuality = 1.0;
    double highQuality = 0.0;
    for (const QPointF &p : std::as_const(all)) {
        maxCost = std::max(maxCost, p.x());
        lowQuality = std::min(lowQuality, p.y());
        highQuality = std::max(highQuality, p.y());
    }
    if (options.targetQuality) {
        lowQuality = std::min(lowQuality, *options.targetQuality);
        highQuality = std::max(highQuality, *options.targetQuality);
    }
    if (all.isEmpty()) {
        lowQuality = 0.0;
        highQuality = 1.0;
    }

    auto *xAxis = new QValueAxis;
    xAxis->setObjectName(QStringLiteral("costAxis"));
    xAxis->setTitleText(QCoreApplication::translate("CascadeSimulationChart", "Total cost of the %n prompt(s), USD",
                                                    nullptr, simulation.promptCount));
    // Room on the right for the point labels; a zero-cost set still gets a readable axis.
    const double xHigh = maxCost > 0 ? maxCost * 1.12 : 1.0;
    xAxis->setRange(0.0, xHigh);
    xAxis->setLabelFormat(costLabelFormat(xHigh));
    xAxis->setTickCount(6);
    auto *yAxis = new QValueAxis;
    yAxis->setObjectName(QStringLiteral("qualityAxis"));
    yAxis->setTitleText(Texts::tr("Mean quality of the answers returned (0–1)"));
    // Zoomed to the data in steps of 0.1 (differences between thresholds are often a few points),
    // never beyond 0–1.
    const double yLow = std::max(0.0, std::floor((lowQuality - 0.05) * 10.0) / 10.0);
    const double yHigh = std::min(1.0, std::ceil((highQuality + 0.05) * 10.0) / 10.0);
    yAxis->setRange(yLow, yHigh > yLow ? yHigh : std::min(1.0, yLow + 0.1));
    yAxis->setLabelFormat(QStringLiteral("%.2f"));
    yAxis->setTickCount(int(std::lround((yAxis->max() - yAxis->min()) * 10.0)) + 1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto attach = [&](QXYSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };
    const QColor curveColor(0x30, 0x30, 0x30);

    if (options.targetQuality) {
        auto *line = new QLineSeries;
        line->setObjectName(QString::fromLatin1(CascadeSimulationSeries::target));
        line->setName(Texts::tr("Target %1").arg(NumberFormat::localised(*options.targetQuality, 3)));
        QPen pen(QColor(0x66, 0xa6, 0x1e));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->append(QPointF(0.0, *options.targetQuality));
        line->append(QPointF(xHigh, *options.targetQuality));
        attach(line);
    }

    auto *line = new QLineSeries;
    line->setObjectName(QString::fromLatin1(CascadeSimulationSeries::curve));
    line->setName(Texts::tr("Cascade"));
    QPen pen(curveColor);
    pen.setWidthF(1.5);
    line->setPen(pen);
    line->replace(curve);
    line->setProperty(kIndicesProperty, QVariant::fromValue(curveIndices));
    attach(line);

    auto *markers = makeScatter(CascadeSimulationSeries::thresholds, Texts::tr("Thresholds swept"), curveColor, 7.0);
    markers->replace(curve);
    markers->setProperty(kIndicesProperty, QVariant::fromValue(curveIndices));
    attach(markers);
    // The line and its markers are one thing to the reader: one legend entry.
    for (QLegendMarker *marker : chart->legend()->markers(markers))
        marker->setVisible(false);

    if (simulation.alwaysSmall.meanQuality) {
        const QColor color = tierColor(Tier::Small);
        auto *small = makeScatter(CascadeSimulationSeries::alwaysSmall, Texts::tr("Always small"), color, 13.0,
                                  QScatterSeries::MarkerShapeRectangle);
        small->append(QPointF(simulation.alwaysSmall.totalCostUsd, *simulation.alwaysSmall.meanQuality));
        labelPoints(small, Texts::tr("always small"), color);
        attach(small);
    }
    if (simulation.alwaysLarge.meanQuality) {
        const QColor color = tierColor(Tier::Large);
        auto *large = makeScatter(CascadeSimulationSeries::alwaysLarge, Texts::tr("Always large"), color, 13.0,
                                  QScatterSeries::MarkerShapeRectangle);
        large->append(QPointF(simulation.alwaysLarge.totalCostUsd, *simulation.alwaysLarge.meanQuality));
        labelPoints(large, Texts::tr("always large"), color);
        attach(large);
    }

    if (simulation.bestIndex >= 0 && simulation.bestIndex < simulation.curve.size() &&
        simulation.curve.at(simulation.bestIndex).meanQuality) {
        const SimulationPoint &best = simulation.curve.at(simulation.bestIndex);
        const QColor color(0xd0, 0x00, 0x70);
        auto *ring = new QScatterSeries;
        ring->setObjectName(QString::fromLatin1(CascadeSimulationSeries::best));
        ring->setName(Texts::tr("Cheapest at target: t = %1 (%2, %3)")
                          .arg(NumberFormat::localised(best.threshold, 2), simulationCostText(best),
                               NumberFormat::localised(*best.meanQuality, 3)));
        ring->setMarkerSize(20.0);
        ring->setColor(Qt::transparent);
        QPen ringPen(color);
        ringPen.setWidthF(3.0);
        ring->setPen(ringPen);
        ring->setBorderColor(color);
        ring->append(QPointF(best.totalCostUsd, *best.meanQuality));
        ring->setProperty(kIndicesProperty, QVariant::fromValue(QList<int>{simulation.bestIndex}));
        labelPoints(ring, Texts::tr("t = %1").arg(NumberFormat::localised(best.threshold, 2)), color);
        QFont font = ring->pointLabelsFont();
        font.setBold(true);
        ring->setPointLabelsFont(font);
        attach(ring);
    }

    // The legend stays short; which endpoint each level is goes with the provenance.
    QString footnote = options.footnote;
    if (simulation.levelCount > 0) {
        QStringList levels;
        for (int level = 0; level < simulation.levelCount; ++level)
            levels.append(levelName(options.levelNames, level));
        const QString order = Texts::tr("Levels: %1.").arg(levels.join(QStringLiteral(" → ")));
        footnote = footnote.isEmpty() ? order : Texts::tr("%1 %2").arg(footnote, order);
    }
    if (curve.isEmpty()) {
        const QString none = Texts::tr("No answer of these runs has a quality label (a vote or a thumb), so there is "
                                       "no quality to plot.");
        footnote = footnote.isEmpty() ? none : Texts::tr("%1 · %2").arg(footnote, none);
    }
    ChartFootnote::attach(chart.get(), footnote);
    return chart;
}

int cascadeSimulationPointIndex(const QXYSeries *series, const QPointF &point)
{
    if (!series)
        return -1;
    const QList<int> indices = series->property(kIndicesProperty).value<QList<int>>();
    const QList<QPointF> points = series->points();
    // Hover reports the marker's position, which can differ from the value by rounding: nearest wins.
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    const double scaleX = std::max(1e-12, std::abs(point.x()));
    for (qsizetype i = 0; i < points.size() && i < indices.size(); ++i) {
        const double dx = (points.at(i).x() - point.x()) / scaleX;
        const double dy = points.at(i).y() - point.y();
        const double d = dx * dx + dy * dy;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best >= 0 && bestDistance < 1e-4 ? indices.at(best) : -1;
}

QString cascadeSimulationTooltip(const CascadeSimulation &simulation, int index, const QStringList &levelNames)
{
    if (index < 0 || index >= simulation.curve.size())
        return {};
    const SimulationPoint &p = simulation.curve.at(index);
    QStringList shares;
    for (int level = 0; level < p.shareAtLevel.size(); ++level) {
        shares.append(Texts::tr("%1: %2 %")
                          .arg(levelName(levelNames, level).toHtmlEscaped(),
                               NumberFormat::localised(p.shareAtLevel.at(level) * 100.0)));
    }
    return Texts::tr("<b>Threshold %1</b><br>Cost %2 · quality %3 (%4 labelled)<br>Answered at: %5")
        .arg(NumberFormat::localised(p.threshold, 2), simulationCostText(p),
             p.meanQuality ? NumberFormat::localised(*p.meanQuality, 3) : Texts::tr("unknown"),
             QString::number(p.labelled), shares.join(QStringLiteral(" · ")));
}
