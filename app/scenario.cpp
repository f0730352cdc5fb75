// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "scenario.h"

#include "clitexts.h"
#include "inputoptions.h"

#include "catalog/catalogregistry.h"

#include <QCommandLineParser>

Result<Scenario> Scenario::load(const QCommandLineParser &parser, const InputOptions &inputs,
                                const QCommandLineOption &catalogName, const QString &userCatalogDir)
{
    Result<RecommendationInput> input = inputs.read(parser);
    if (!input)
        return Result<Scenario>::failure(input.error());
    const CatalogRegistry registry(userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(catalogName));
    if (!catalog)
        return Result<Scenario>::failure(catalog.error());
    if (!input->task.isEmpty() && !catalog->findTask(input->task)) {
        QStringList known;
        for (const TaskProfile &t : catalog->tasks)
            known << t.id;
        return Result<Scenario>::failure(CliTexts::tr("unknown task \"%1\"; the catalog knows: %2")
                                             .arg(input->task, known.join(QStringLiteral(", "))));
    }
    if (!input->qualityBenchmark.isEmpty() && !catalog->findBenchmark(input->qualityBenchmark))
        return Result<Scenario>::failure(
            CliTexts::tr("unknown benchmark \"%1\" in catalog %2").arg(input->qualityBenchmark, catalog->name));
    return Scenario{std::move(catalog).value(), std::move(input).value()};
}
