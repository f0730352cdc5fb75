// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "chartexport.h"

#include "charts/chartfootnote.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <QtCharts/QChart>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};
} // namespace

namespace {
/// Lays a chart out at a given logical size in a scene, for as long as it lives.
class ChartStage
{
public:
    ChartStage(QChart *chart, const QSizeF &size)
        : m_chart(chart)
    {
        m_ownScene = chart->scene() == nullptr;
        if (m_ownScene)
            m_scene.addItem(chart);
        m_oldGeometry = chart->geometry();
        chart->setGeometry(QRectF(chart->pos(), size));
        if (chart->layout())
            chart->layout()->activate();
        // Qt Charts finishes some layout work in posted events (axis labels, legend).
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    ~ChartStage()
    {
        if (m_ownScene)
            m_scene.removeItem(m_chart);
        else
            m_chart->setGeometry(m_oldGeometry);
    }
    ChartStage(const ChartStage &) = delete;
    ChartStage &operator=(const ChartStage &) = delete;

    void render(QPainter *painter, const QRectF &target)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        m_chart->scene()->render(painter, target, m_chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    }

private:
    QChart *m_chart;
    QGraphicsScene m_scene;
    bool m_ownScene = false;
    QRectF m_oldGeometry;
};

QSizeF logicalSize(const ChartExportOptions &o)
{
    const double scale = o.dpi > 0 ? 96.0 / o.dpi : 1.0;
    return QSizeF(o.width * scale, o.height * scale);
}

Status checkOptions(const ChartExportOptions &o)
{
    if (o.width < 16 || o.height < 16 || o.width > 20000 || o.height > 20000)
        return Status::failure(Texts::tr("Chart size %1 × %2 px is outside 16–20000 px.").arg(o.width).arg(o.height));
    if (o.dpi < 24 || o.dpi > 2400)
        return Status::failure(Texts::tr("Resolution %1 dpi is outside 24–2400 dpi.").arg(o.dpi));
    return success();
}

QString svgTitle(QChart *chart)
{
    return chart->title();
}
} // namespace

std::optional<ChartFormat> chartFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ChartFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return std::nullopt;
}

QImage renderChartImage(QChart *chart, const ChartExportOptions &options)
{
    QImage image(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(chart->backgroundBrush().color().isValid() ? chart->backgroundBrush().color() : QColor(Qt::white));
    ChartStage stage(chart, logicalSize(options));
    QPainter painter(&image);
    stage.render(&painter, QRectF(0, 0, options.width, options.height));
    painter.end();
    return image;
}

QByteArray renderChartSvg(QChart *chart, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(options.width, options.height));
    generator.setViewBox(QRect(0, 0, options.width, options.height));
    generator.setResolution(options.dpi);
    generator.setTitle(svgTitle(chart));
    generator.setDescription(ChartFootnote::text(chart));
    ChartStage stage(chart, logicalSize(options));
    QPainter painter(&generator);
    stage.render(&painter, QRectF(0, 0, options.width, options.height));
    painter.end();
    return bytes;
}

Status exportChart(QChart *chart, const QString &path, const ChartExportOptions &options)
{
    if (!chart)
        return Status::failure(Texts::tr("No chart to export."));
    const std::optional<ChartFormat> format = chartFormatForPath(path);
    if (!format)
        return Status::failure(Texts::tr("Cannot export chart to %1: use a .png, .svg or .pdf file name.").arg(path));
    if (Status valid = checkOptions(options); !valid)
        return valid;

    switch (*format) {
    case ChartFormat::Png: {
        const QImage image = renderChartImage(chart, options);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Status::failure(Texts::tr("Cannot write chart image %1: %2").arg(path, file.errorString()));
        return success();
    }
    case ChartFormat::Svg: {
        const QByteArray svg = renderChartSvg(chart, options);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit())
            return Status::failure(Texts::tr("Cannot write chart image %1: %2").arg(path, file.errorString()));
        return success();
    }
    case ChartFormat::Pdf: {
        // QPdfWriter reports no open error of its own: try the file first for a useful message.
        {
            QFile probe(path);
            if (!probe.open(QIODevice::WriteOnly))
                return Status::failure(Texts::tr("Cannot write chart document %1: %2").arg(path, probe.errorString()));
        }
        QPdfWriter writer(path);
        writer.setResolution(options.dpi);
        writer.setPageSize(QPageSize(QSizeF(options.width * 72.0 / options.dpi, options.height * 72.0 / options.dpi),
                                     QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(chart->title());
        writer.setCreator(QStringLiteral("Rightsize"));
        ChartStage stage(chart, logicalSize(options));
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(Texts::tr("Cannot write chart document %1.").arg(path));
        stage.render(&painter, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
        return success();
    }
    }
    return success();
}
