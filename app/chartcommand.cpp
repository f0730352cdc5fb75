// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "chartcommand.h"

#include "clitexts.h"
#include "commandline.h"
#include "inputoptions.h"
#include "scenario.h"

#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "decision/recommendation.h"
#include "export/chartexport.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

int runExportChartCommand(CommandContext &context, const QStringList &arguments)
{
    const QString name = QStringLiteral("export-chart");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTexts::tr("Exports a chart as PNG, SVG or PDF (format from the file name).\n"
                     "  cost-quality   every scored model: monthly cost against quality, Pareto frontier\n"
                     "  monthly-cost   the top candidates' monthly cost across volumes, break-even points"));
    parser.addPositionalArgument(QStringLiteral("chart"), CliTexts::tr("cost-quality or monthly-cost"));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), CliTexts::tr("Output file: .png, .svg or .pdf."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"), CliTexts::tr("Width in pixels (default 1200)."),
                                   QStringLiteral("PX"), QStringLiteral("1200"));
    const QCommandLineOption height(QStringLiteral("height"), CliTexts::tr("Height in pixels (default 800)."),
                                    QStringLiteral("PX"), QStringLiteral("800"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), CliTexts::tr("Resolution in dots per inch (default 96)."),
                                 QStringLiteral("N"), QStringLiteral("96"));
    const QCommandLineOption perToken(
        QStringLiteral("cost-per-1m-tokens"),
        CliTexts::tr("cost-quality: cost per 1M tokens on the x axis instead of monthly cost."));
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({out, width, height, dpi, perToken, catalogName});
    if (const auto exit = Cli::parseOrExit(context, name, parser, arguments))
        return *exit;
    const QString kind = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        (kind != QLatin1String("cost-quality") && kind != QLatin1String("monthly-cost")))
        return context.usageError(name, CliTexts::tr("expects one chart: cost-quality or monthly-cost"));
    if (!parser.isSet(out))
        return context.usageError(name, CliTexts::tr("--out FILE is required"));
    if (!chartFormatForPath(parser.value(out)))
        return context.usageError(
            name, CliTexts::tr("cannot tell the format of \"%1\": use .png, .svg or .pdf").arg(parser.value(out)));
    ChartExportOptions options;
    const struct
    {
        const QCommandLineOption *option;
        int *target;
        int min;
        int max;
    } sizes[] = {
        {&width, &options.width, 16, 20000}, {&height, &options.height, 16, 20000}, {&dpi, &options.dpi, 24, 2400}};
    for (const auto &size : sizes) {
        bool ok = false;
        const int value = parser.value(*size.option).toInt(&ok);
        if (!ok || value < size.min || value > size.max)
            return context.usageError(name,
                                      CliTexts::tr("--%1 must be a whole number between %2 and %3, got \"%4\"")
                                          .arg(size.option->names().constFirst())
                                          .arg(size.min)
                                          .arg(size.max)
                                          .arg(parser.value(*size.option)));
        *size.target = value;
    }
    const Result<Scenario> scenario = Scenario::load(parser, inputs, catalogName, context.userCatalogDir);
    if (!scenario)
        return context.usageError(name, scenario.error());

    const Recommendation r = recommend(scenario->catalog, scenario->input);
    std::unique_ptr<QChart> chart;
    if (kind == QLatin1String("cost-quality")) {
        CostQualityOptions cq;
        cq.axis = parser.isSet(perToken) ? CostAxis::CostPerMillionTokens : CostAxis::MonthlyCost;
        chart = buildCostQualityChart(buildCostQualityData(scenario->catalog, scenario->input, r, cq));
    } else {
        chart =
            buildMonthlyCostChart(buildCostCurveData(scenario->catalog, defaultVolumeSelection(r), scenario->input));
    }
    if (const Status written = exportChart(chart.get(), parser.value(out), options); !written) {
        return context.failure(name, written.error());
    }
    context.out << CliTexts::tr("Wrote %1").arg(parser.value(out)) << '\n';
    return ExitCode::Ok;
}
