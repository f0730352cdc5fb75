// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "memoexport.h"

#include "analysis/costcurves.h"
#include "charts/cascadesimulationchart.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "decision/recommendation.h"
#include "decision/workbench.h"
#include "report/memo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(MemoExport)
};

struct RenderedChart
{
    QString title;
    QString suffix; ///< file name part: "cost-quality", "monthly-cost"
    QImage image;
};

QList<RenderedChart> renderCharts(const Catalog &catalog, const RecommendationInput &input,
                                  const Recommendation &recommendation, const MemoExportOptions &options)
{
    const CostQualityData quality = buildCostQualityData(catalog, input, recommendation, options.costQuality);
    const QList<CostOption> selection =
        options.volumeOptions.isEmpty() ? defaultVolumeSelection(recommendation) : options.volumeOptions;
    const CostCurveData volume = buildCostCurveData(catalog, selection, input);

    QList<RenderedChart> charts;
    std::unique_ptr<QChart> qualityChart(buildCostQualityChart(quality));
    charts.append(
        {quality.title(), QStringLiteral("cost-quality"), renderChartImage(qualityChart.get(), options.chart)});
    std::unique_ptr<QChart> volumeChart(buildMonthlyCostChart(volume));
    charts.append({volume.title(), QStringLiteral("monthly-cost"), renderChartImage(volumeChart.get(), options.chart)});
    if (options.cascade) {
        std::unique_ptr<QChart> cascadeChart(buildCascadeSimulationChart(
            options.cascade->simulation,
            {options.cascade->levelNames, options.cascade->targetQuality, options.cascade->source}));
        charts.append({cascadeChart->title(), QStringLiteral("cascade-simulation"),
                       renderChartImage(cascadeChart.get(), options.chart)});
    }
    return charts;
}

Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Texts::tr("Cannot write memo %1: %2").arg(path, file.errorString()));
    return success();
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

Status exportMemo(const Catalog &catalog, const RecommendationInput &input, const Recommendation &recommendation,
                  const QString &path, const MemoExportOptions &options)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("html") && suffix != QLatin1String("htm") &&
        suffix != QLatin1String("pdf")) {
        return Status::failure(Texts::tr("Cannot export memo to %1: use a .md, .html or .pdf file name.").arg(path));
    }
    if (!info.absoluteDir().exists())
        return Status::failure(Texts::tr("Cannot write memo %1: the folder does not exist.").arg(path));

    const QList<RenderedChart> charts = renderCharts(catalog, input, recommendation, options);
    MemoInput memoInput{catalog, input, recommendation, {}, options.volumeOptions, {}, options.generated, {}};
    if (options.cascade) {
        // renderCharts() puts the simulation's chart last.
        memoInput.cascade = options.cascade;
        memoInput.cascade->chart = int(charts.size()) - 1;
    }

    if (suffix == QLatin1String("md")) {
        for (const RenderedChart &chart : charts) {
            const QString name = info.completeBaseName() + QLatin1Char('-') + chart.suffix + QStringLiteral(".png");
            const QString imagePath = info.absoluteDir().filePath(name);
            QSaveFile file(imagePath);
            if (!file.open(QIODevice::WriteOnly) || !chart.image.save(&file, "PNG") || !file.commit())
                return Status::failure(Texts::tr("Cannot write chart image %1: %2").arg(imagePath, file.errorString()));
            MemoChart entry;
            entry.title = chart.title;
            entry.markdownTarget = QString::fromUtf8(QUrl::toPercentEncoding(name));
            memoInput.charts.append(entry);
        }
        return writeText(path, Memo(memoInput).toMarkdown());
    }

    if (suffix != QLatin1String("pdf")) {
        for (const RenderedChart &chart : charts) {
            MemoChart entry;
            entry.title = chart.title;
            entry.htmlSource =
                QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(chart.image).toBase64());
            entry.htmlWidth = chart.image.width();
            memoInput.charts.append(entry);
        }
        return writeText(path, Memo(memoInput).toHtml());
    }

    // PDF: QTextDocument takes the images as resources under made-up names.
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(Texts::tr("Decision memo"));
    writer.setCreator(QStringLiteral("Rightsize"));
    QTextDocument document;
    // Laid out on the writer itself, page by page in its pixels, so fonts, tables and images use
    // the full text width (an unpaginated document would be scaled down by print()).
    document.documentLayout()->setPaintDevice(&writer);
    const QSize page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    document.setPageSize(QSizeF(page));
    const double textWidth = page.width() - 2 * document.documentMargin();
    for (int i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("rightsize-chart-%1.png").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), charts.at(i).image);
        MemoChart entry;
        entry.title = charts.at(i).title;
        entry.htmlSource = name;
        entry.htmlWidth = int(textWidth);
        memoInput.charts.append(entry);
    }
    document.setHtml(Memo(memoInput).toHtml());
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Status::failure(Texts::tr("Cannot write memo %1: %2").arg(path, probe.errorString()));
    }
    document.print(&writer);
    return success();
}

Status exportMemo(const Workbench &workbench, const QString &path, const MemoExportOptions &options)
{
    return exportMemo(workbench.catalog(), workbench.input(), workbench.recommendation(), path, options);
}
