// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costcommand.h"

#include "clitexts.h"
#include "commandline.h"
#include "inputoptions.h"
#include "scenario.h"
#include "texttable.h"

#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"
#include "report/recommendationjson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace {

QString qualityText(const ModelSpec &model, const QString &benchmark)
{
    const QualityScore *score = model.score(benchmark);
    return score ? QString::number(score->value, 'g', 4) : QStringLiteral("—");
}
} // namespace

int runCostCommand(CommandContext &context, const QStringList &arguments)
{
    const QString name = QStringLiteral("cost");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTexts::tr("Monthly cost and cost per request of models at a volume (30-day month)."));
    const InputOptions inputs(InputOptions::Workload | InputOptions::SelfHosting);
    inputs.addTo(parser);
    const QCommandLineOption model(QStringLiteral("model"), CliTexts::tr("Model id or name; repeat for several."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption selfHosted(QStringLiteral("self-hosted"),
                                        CliTexts::tr("Cost as self-hosted (GPU hours) rather than API."));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"),
                                       CliTexts::tr("Quality benchmark id (default: the catalog's)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({model, selfHosted, benchmark, json, catalogName});
    if (const auto exit = Cli::parseOrExit(context, name, parser, arguments))
        return *exit;
    if (!parser.isSet(model))
        return context.usageError(name, CliTexts::tr("--model is required"));
    Result<RecommendationInput> input = inputs.read(parser);
    if (!input)
        return context.usageError(name, input.error());
    const CatalogRegistry registry(context.userCatalogDir);
    const Result<Catalog> catalog = registry.load(parser.value(catalogName));
    if (!catalog)
        return context.usageError(name, catalog.error());
    const QString benchmarkId = parser.isSet(benchmark) ? parser.value(benchmark) : catalog->defaultBenchmark;

    QJsonArray results;
    TextTable table({CliTexts::tr("model"), CliTexts::tr("serving"), CliTexts::tr("quality"), CliTexts::tr("latency"),
                     CliTexts::tr("monthly"), CliTexts::tr("per request")},
                    {false, false, true, true, true, true});
    for (const QString &wanted : parser.values(model)) {
        const ModelSpec *spec = catalog->findModel(wanted);
        if (!spec)
            return context.usageError(
                name,
                CliTexts::tr("no model \"%1\" in catalog %2; see 'rightsize catalog list --catalog %2'")
                    .arg(wanted, catalog->name));
        const bool hosted = parser.isSet(selfHosted) || defaultsToSelfHosted(*spec);
        if (hosted && !spec->selfHostedPerHour && !input->selfHosting.gpuHourlyUsd)
            return context.usageError(
                name, CliTexts::tr("model \"%1\" has no self-hosted price; give --gpu-hourly USD").arg(spec->id));
        const CostEstimate estimate = estimateCost(*spec, input->workload(), hosted, input->selfHosting);
        results.append(RecommendationJson::modelCost(*catalog, *spec, estimate, benchmarkId));
        const QString serving = estimate.selfHosted ? CliTexts::tr("self-hosted, %1 replica(s)").arg(estimate.replicas)
                                                    : CliTexts::tr("API");
        // $0 in and out from an API catalog is a placeholder: "unknown", never "$0.00".
        const auto money = [&estimate](double usd) {
            return estimate.priceKnown ? formatUsd(usd) : CliTexts::tr("unknown");
        };
        table.addRow({spec->displayName, serving, qualityText(*spec, benchmarkId),
                      NumberFormat::fixedOrDash(spec->typicalLatencyMs, 0, QStringLiteral(" ms")),
                      money(estimate.monthlyUsd), money(estimate.perRequestUsd)});
    }
    if (parser.isSet(json)) {
        context.printJson(results.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
        return ExitCode::Ok;
    }
    const Workload w = input->workload();
    context.out << CliTexts::tr("%1 requests/day, %2 input and %3 output tokens per request, catalog %4 (%5)")
                       .arg(NumberFormat::fixed(w.requestsPerDay), NumberFormat::fixed(w.inputTokens),
                            NumberFormat::fixed(w.outputTokens), catalog->name, catalog->date.toString(Qt::ISODate))
                << "\n\n";
    context.out << table.toString();
    return ExitCode::Ok;
}
