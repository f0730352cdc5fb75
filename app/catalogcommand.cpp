// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogcommand.h"

#include "catalogdiffcommand.h"
#include "clitexts.h"
#include "commandline.h"
#include "texttable.h"

#include "catalog/catalogregistry.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"
#include "report/recommendationjson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

int runCatalogCommand(CommandContext &context, const QStringList &arguments)
{
    const QString name = QStringLiteral("catalog");
    // diff has options of its own.
    if (arguments.value(1) == QLatin1String("diff"))
        return runCatalogDiffCommand(context,
                                     QStringList{arguments.value(0) + QStringLiteral(" diff")} + arguments.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTexts::tr("Model catalogs.\n"
                                                  "  catalog names         the catalogs available\n"
                                                  "  catalog list          the models of a catalog\n"
                                                  "  catalog show ID       one model, every field\n"
                                                  "  catalog tasks         the task profiles of a catalog\n"
                                                  "  catalog import FILE   keep a catalog file (Rightsize, LiteLLM, "
                                                  "models.dev or OpenRouter format) under --catalog NAME\n"
                                                  "  catalog diff A B      models two catalogs price more than "
                                                  "--threshold % apart (see 'catalog diff --help')"));
    parser.addPositionalArgument(QStringLiteral("action"), CliTexts::tr("names, list, show, tasks, import or diff"));
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({json, catalogName});
    if (const auto exit = Cli::parseOrExit(context, name, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const CatalogRegistry registry(context.userCatalogDir);

    if (action == QLatin1String("import")) {
        if (args.size() != 2)
            return context.usageError(name, CliTexts::tr("import expects one FILE"));
        const QString target = parser.isSet(catalogName) ? parser.value(catalogName) : QString();
        const Result<QString> imported = registry.importFile(args.at(1), target);
        if (!imported)
            return context.usageError(name, imported.error());
        const Result<Catalog> loaded = registry.load(*imported);
        if (parser.isSet(json))
            context.printJson(loaded ? RecommendationJson::catalogSummary(*loaded)
                                     : QJsonObject{{QStringLiteral("name"), *imported}});
        else
            context.out << CliTexts::tr("Imported catalog %1 with %2 models.")
                               .arg(*imported)
                               .arg(loaded ? loaded->models.size() : 0)
                        << '\n';
        return ExitCode::Ok;
    }
    if (action == QLatin1String("names")) {
        QJsonArray all;
        TextTable table({CliTexts::tr("name"), CliTexts::tr("date"), CliTexts::tr("models"), CliTexts::tr("kind"),
                         CliTexts::tr("title")},
                        {false, false, true, false, false});
        for (const QString &catalogId : registry.names()) {
            const Result<Catalog> c = registry.load(catalogId);
            if (!c) {
                context.err << c.error() << '\n';
                continue;
            }
            all.append(RecommendationJson::catalogSummary(*c));
            table.addRow({c->name, c->date.toString(Qt::ISODate), QString::number(c->models.size()),
                          c->bundled ? CliTexts::tr("bundled") : CliTexts::tr("imported"), c->title});
        }
        if (parser.isSet(json))
            context.printJson(all);
        else
            context.out << table.toString();
        return ExitCode::Ok;
    }

    const Result<Catalog> catalog = registry.load(parser.value(catalogName));
    if (!catalog)
        return context.usageError(name, catalog.error());
    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray models;
            for (const ModelSpec &m : catalog->models)
                models.append(RecommendationJson::model(m));
            QJsonObject doc = RecommendationJson::catalogSummary(*catalog);
            doc.insert(QStringLiteral("models"), models);
            context.printJson(doc);
            return ExitCode::Ok;
        }
        context.out << CliTexts::tr("Catalog %1 (%2), %3 models")
                           .arg(catalog->name, catalog->date.toString(Qt::ISODate))
                           .arg(catalog->models.size())
                    << '\n';
        TextTable table({CliTexts::tr("id"), CliTexts::tr("provider"), CliTexts::tr("tier"), CliTexts::tr("input $/1M"),
                         CliTexts::tr("output $/1M"), CliTexts::tr("self-hosted $/h"), CliTexts::tr("context")},
                        {false, false, false, true, true, true, true});
        for (const ModelSpec &m : catalog->models) {
            table.addRow({m.id, m.provider, tierId(m.tier), NumberFormat::fixed(m.inputPricePerMTok, 2),
                          NumberFormat::fixed(m.outputPricePerMTok, 2),
                          m.selfHostedPerHour ? NumberFormat::fixed(*m.selfHostedPerHour, 2) : QStringLiteral("—"),
                          m.contextWindow ? NumberFormat::fixed(*m.contextWindow) : QStringLiteral("—")});
        }
        context.out << table.toString();
        return ExitCode::Ok;
    }
    if (action == QLatin1String("tasks")) {
        QJsonArray tasks;
        for (const TaskProfile &t : catalog->tasks) {
            tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("recommended"), t.recommended},
                                     {QStringLiteral("alternative"), t.alternative},
                                     {QStringLiteral("reasoning"), t.reasoning},
                                     {QStringLiteral("benchmark"),
                                      t.benchmark.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.benchmark)},
                                     {QStringLiteral("benchmark_reason"), t.benchmarkReason}});
            if (!parser.isSet(json)) {
                context.out << t.id << ": " << t.recommended << " / " << t.alternative << " — " << t.reasoning;
                if (!t.benchmark.isEmpty())
                    context.out << CliTexts::tr(" [quality: %1]").arg(t.benchmark);
                context.out << '\n';
            }
        }
        if (parser.isSet(json))
            context.printJson(tasks);
        return ExitCode::Ok;
    }
    if (action == QLatin1String("show")) {
        if (args.size() != 2)
            return context.usageError(name, CliTexts::tr("show expects one model ID"));
        const ModelSpec *m = catalog->findModel(args.at(1));
        if (!m)
            return context.usageError(name,
                                      CliTexts::tr("no model \"%1\" in catalog %2").arg(args.at(1), catalog->name));
        const QJsonObject doc = RecommendationJson::model(*m);
        if (parser.isSet(json)) {
            context.printJson(doc);
            return ExitCode::Ok;
        }
        context.out << m->displayName << " (" << m->id << ")\n";
        QString parameters = m->parameterCountB ? NumberFormat::fixed(*m->parameterCountB, 1) + QLatin1Char('B')
                                                : CliTexts::tr("unknown");
        if (m->activeParameterCountB)
            parameters = CliTexts::tr("%1 in all, %2B active (mixture of experts)")
                             .arg(parameters, NumberFormat::fixed(*m->activeParameterCountB, 1));
        QString tierText = m->tierBasis == TierBasis::Unknown ? CliTexts::tr("unknown") : tierId(m->tier);
        if (m->tierBasis != TierBasis::Catalog && m->tierBasis != TierBasis::Unknown)
            tierText = CliTexts::tr("%1 (%2)").arg(tierText, tierBasisDescription(m->tierBasis));
        context.out << CliTexts::tr("  provider: %1, tier: %2, parameters: %3").arg(m->provider, tierText, parameters)
                    << '\n';
        if (hasKnownApiPrice(*m))
            context.out << CliTexts::tr("  price: $%1 input, $%2 output per 1M tokens")
                               .arg(NumberFormat::fixed(m->inputPricePerMTok, 2),
                                    NumberFormat::fixed(m->outputPricePerMTok, 2))
                        << '\n';
        else
            context.out << CliTexts::tr("  price: unknown (the catalog lists $0, a placeholder)") << '\n';
        for (const QString &note : m->notes)
            context.out << CliTexts::tr("  note: %1").arg(note) << '\n';
        if (m->selfHostedPerHour)
            context.out
                << CliTexts::tr("  self-hosted: $%1 per GPU hour").arg(NumberFormat::fixed(*m->selfHostedPerHour, 2))
                << '\n';
        context.out << CliTexts::tr("  latency: %1, context: %2, max output: %3")
                           .arg(NumberFormat::fixedOrDash(m->typicalLatencyMs, 0, QStringLiteral(" ms")),
                                m->contextWindow ? NumberFormat::fixed(*m->contextWindow) : QStringLiteral("—"),
                                m->maxOutputTokens ? NumberFormat::fixed(*m->maxOutputTokens) : QStringLiteral("—"))
                    << '\n';
        if (!m->capabilities.isEmpty())
            context.out << CliTexts::tr("  capabilities: %1").arg(m->capabilities.join(QStringLiteral(", "))) << '\n';
        for (const QualityScore &s : m->quality) {
            const BenchmarkInfo *b = catalog->findBenchmark(s.benchmark);
            context.out << CliTexts::tr("  quality: %1 = %2 (%3, %4)")
                               .arg(b ? b->name : s.benchmark, QString::number(s.value, 'g', 6), s.source,
                                    s.date.toString(Qt::ISODate))
                        << '\n';
        }
        context.out << CliTexts::tr("  from: catalog %1 (%2); %3")
                           .arg(m->provenance.catalog, m->provenance.date.toString(Qt::ISODate), m->provenance.origin)
                    << '\n';
        return ExitCode::Ok;
    }
    return context.usageError(name,
                              action.isEmpty()
                                  ? CliTexts::tr("expects an action: names, list, show, tasks, import or diff")
                                  : CliTexts::tr("unknown action \"%1\"").arg(action));
}
