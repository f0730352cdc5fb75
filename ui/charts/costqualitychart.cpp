// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costqualitychart.h"

#include "chartfootnote.h"
#include "common/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPen>

#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CostQualityChart)
};

const char kIndicesProperty[] = "rightsizePointIndices";

/// Where unscored points sit: just below the lowest score, so they share the cost axis without
/// pretending to have a quality.
struct QualityRange
{
    double low = 0.0;
    double high = 100.0;
    double unscoredY = 0.0;
};

QualityRange qualityRange(const CostQualityData &data)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const CostQualityPoint &p : data.points) {
        if (p.quality) {
            low = std::min(low, *p.quality);
            high = std::max(high, *p.quality);
        }
    }
    if (!std::isfinite(low)) {
        low = 0.0;
        high = data.benchmark.kind == ScoreKind::Rating ? 1.0 : data.benchmark.scaleMax;
    }
    const double span = std::max(high - low, high > 10.0 ? 1.0 : 0.01);
    QualityRange r;
    r.unscoredY = low - span * 0.08;
    r.low = r.unscoredY - span * 0.04;
    r.high = high + span * 0.06;
    return r;
}

QScatterSeries *makeScatter(const QString &name, const char *objectName, const QColor &color, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setObjectName(QString::fromLatin1(objectName));
    series->setColor(color);
    series->setBorderColor(color);
    series->setMarkerSize(size);
    // No outline: one fill per marker is the cheapest thing Qt Charts can draw.
    series->setPen(Qt::NoPen);
    return series;
}

void setIndices(QXYSeries *series, const QList<int> &indices)
{
    series->setProperty(kIndicesProperty, QVariant::fromValue(indices));
}
} // namespace

QColor tierColor(Tier tier)
{
    switch (tier) {
    case Tier::Tiny:
        return QColor(0x66, 0xa6, 0x1e); // green
    case Tier::Small:
        return QColor(0x1f, 0x77, 0xb4); // blue
    case Tier::Medium:
        return QColor(0xe6, 0x9f, 0x00); // amber
    case Tier::Large:
        return QColor(0xd6, 0x27, 0x28); // red
    case Tier::Frontier:
        return QColor(0x94, 0x67, 0xbd); // purple
    }
    return Qt::gray;
}

std::unique_ptr<QChart> buildCostQualityChart(const CostQualityData &data)
{
    auto owned = std::make_unique<QChart>();
    QChart *chart = owned.get();
    chart->setObjectName(QStringLiteral("costQualityChart"));
    chart->setTitle(data.title());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Long model names are elided (full names are in tooltips and tables) so the plot keeps its width.
    chart->legend()->setMaximumWidth(230);
    chart->legend()->setShowToolTips(true);

    const QualityRange range = qualityRange(data);
    const qreal markerSize = data.points.size() > 400 ? 6.0 : 9.0;

    auto *xAxis = new QLogValueAxis;
    xAxis->setObjectName(QStringLiteral("costAxis"));
    xAxis->setBase(10.0);
    xAxis->setTitleText(data.costAxisTitle());
    xAxis->setLabelFormat(QStringLiteral("$%.0f"));
    xAxis->setMinorTickCount(8);
    auto *yAxis = new QValueAxis;
    yAxis->setObjectName(QStringLiteral("qualityAxis"));
    yAxis->setTitleText(data.qualityAxisTitle());
    yAxis->setRange(range.low, range.high);
    yAxis->setLabelFormat(data.benchmark.scaleMax <= 1.0 && data.benchmark.kind == ScoreKind::Accuracy
                              ? QStringLiteral("%.2f")
                              : QStringLiteral("%.0f"));
    yAxis->setTickCount(7);
    yAxis->applyNiceNumbers();
    QPen minorGrid(QColor(0, 0, 0, 18));
    minorGrid.setWidthF(0.8);
    xAxis->setMinorGridLinePen(minorGrid);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    double minCost = std::numeric_limits<double>::infinity();
    double maxCost = 0.0;
    for (const CostQualityPoint &p : data.points) {
        minCost = std::min(minCost, p.cost);
        maxCost = std::max(maxCost, p.cost);
    }
    if (!std::isfinite(minCost)) {
        minCost = 1.0;
        maxCost = 1000.0;
    }
    const double xLow = std::pow(10.0, std::floor(std::log10(minCost) + 1e-9));
    const double xHigh = std::pow(10.0, std::ceil(std::log10(maxCost) - 1e-9));
    xAxis->setRange(xLow, xHigh > xLow ? xHigh : xLow * 10.0);

    auto attach = [&](QXYSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    // Build all point lists first, then hand each series its points in one replace() call.
    for (Tier tier : allTiers) {
        QList<QPointF> points;
        QList<int> indices;
        for (int i = 0; i < data.points.size(); ++i) {
            const CostQualityPoint &p = data.points.at(i);
            if (p.tier == tier && p.quality) {
                points.append(QPointF(p.cost, *p.quality));
                indices.append(i);
            }
        }
        if (points.isEmpty())
            continue;
        const QByteArray objectName = QByteArray(CostQualitySeries::tierPrefix) + tierId(tier).toLatin1();
        auto *series = makeScatter(Texts::tr("%1 (%2)").arg(tierDisplayName(tier), QString::number(points.size())),
                                   objectName.constData(), tierColor(tier), markerSize);
        series->replace(points);
        setIndices(series, indices);
        attach(series);
    }

    QList<QPointF> unscored;
    QList<int> unscoredIndices;
    for (int i = 0; i < data.points.size(); ++i) {
        if (!data.points.at(i).quality) {
            unscored.append(QPointF(data.points.at(i).cost, range.unscoredY));
            unscoredIndices.append(i);
        }
    }
    if (!unscored.isEmpty()) {
        auto *series = makeScatter(Texts::tr("No score (%1)").arg(unscored.size()), CostQualitySeries::unscored,
                                   QColor(150, 150, 150, 140), markerSize * 0.8);
        series->replace(unscored);
        setIndices(series, unscoredIndices);
        attach(series);
    }

    if (!data.frontier.isEmpty()) {
        auto *frontier = new QLineSeries;
        frontier->setObjectName(QString::fromLatin1(CostQualitySeries::frontier));
        frontier->setName(Texts::tr("Pareto frontier"));
        QPen pen(QColor(40, 40, 40));
        pen.setWidthF(1.5);
        frontier->setPen(pen);
        QList<QPointF> points;
        QList<int> indices;
        for (int i : data.frontier) {
            points.append(QPointF(data.points.at(i).cost, *data.points.at(i).quality));
            indices.append(i);
        }
        frontier->replace(points);
        setIndices(frontier, indices);
        attach(frontier);
    }

    if (data.recommendedIndex >= 0) {
        const CostQualityPoint &p = data.points.at(data.recommendedIndex);
        auto *ring = new QScatterSeries;
        ring->setObjectName(QString::fromLatin1(CostQualitySeries::recommended));
        // The name is in the tooltip and the details: a legend entry this long would be elided.
        ring->setName(Texts::tr("Value pick"));
        ring->setProperty("model", p.name);
        ring->setMarkerSize(18.0);
        ring->setColor(Qt::transparent);
        QPen pen(QColor(0xd0, 0x00, 0x70));
        pen.setWidthF(3.0);
        ring->setPen(pen);
        ring->setBorderColor(pen.color());
        ring->append(QPointF(p.cost, p.quality ? *p.quality : range.unscoredY));
        setIndices(ring, {data.recommendedIndex});
        attach(ring);
    }

    auto *selected = new QScatterSeries;
    selected->setObjectName(QString::fromLatin1(CostQualitySeries::selected));
    selected->setName(Texts::tr("Selected"));
    selected->setMarkerSize(14.0);
    selected->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    selected->setColor(Qt::transparent);
    QPen selectedPen(QColor(20, 20, 20));
    selectedPen.setWidthF(2.0);
    selected->setPen(selectedPen);
    selected->setBorderColor(selectedPen.color());
    attach(selected);
    for (QLegendMarker *marker : chart->legend()->markers(selected))
        marker->setVisible(false);

    ChartFootnote::attach(chart, data.footnote());
    return owned;
}

int costQualityPointIndex(const QXYSeries *series, const QPointF &point)
{
    if (!series)
        return -1;
    const QList<int> indices = series->property(kIndicesProperty).value<QList<int>>();
    const QList<QPointF> points = series->points();
    for (qsizetype i = 0; i < points.size() && i < indices.size(); ++i) {
        if (points.at(i) == point)
            return indices.at(i);
    }
    // Hover and click report the position of the marker, which can differ from the stored value by
    // rounding; fall back to the nearest point.
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < points.size() && i < indices.size(); ++i) {
        const double dx = std::log10(std::max(points.at(i).x(), 1e-12)) - std::log10(std::max(point.x(), 1e-12));
        const double dy = (points.at(i).y() - point.y()) / std::max(1.0, std::abs(point.y()));
        const double d = dx * dx + dy * dy;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best >= 0 && bestDistance < 1e-4 ? indices.at(best) : -1;
}

void setCostQualitySelection(QChart *chart, const CostQualityData &data, int index)
{
    if (!chart)
        return;
    QScatterSeries *selected = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String(CostQualitySeries::selected))
            selected = qobject_cast<QScatterSeries *>(s);
    }
    if (!selected)
        return;
    selected->clear();
    if (index < 0 || index >= data.points.size())
        return;
    const CostQualityPoint &p = data.points.at(index);
    double y = 0.0;
    if (p.quality)
        y = *p.quality;
    else
        y = qualityRange(data).unscoredY;
    selected->append(QPointF(p.cost, y));
    setIndices(selected, {index});
}

QString costQualityTooltip(const CostQualityData &data, int index)
{
    if (index < 0 || index >= data.points.size())
        return {};
    const CostQualityPoint &p = data.points.at(index);
    const QString serving =
        p.selfHosted ? Texts::tr("self-hosted, %n replica(s)", nullptr, p.replicas) : Texts::tr("API");
    QString quality;
    if (p.quality) {
        quality = Texts::tr("%1: %2 (%3, %4)")
                      .arg(data.benchmark.name, QLocale().toString(*p.quality), p.qualitySource,
                           p.qualityDate.toString(Qt::ISODate));
    } else {
        quality = Texts::tr("%1: no score").arg(data.benchmark.name);
    }
    return QCoreApplication::translate("CostQualityChart",
                                       "<b>%1</b><br>%2 · %3 · %4<br>%5 per month · %6 per 1M tokens<br>%7")
        .arg(p.name.toHtmlEscaped(), p.provider.toHtmlEscaped(), tierDisplayName(p.tier), serving,
             formatUsd(p.monthlyUsd), formatUsd(p.perMillionTokensUsd), quality.toHtmlEscaped());
}
