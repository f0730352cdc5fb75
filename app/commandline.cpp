// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "commandline.h"

#include "clisupport.h"
#include "comparecommand.h"
#include "dbcommand.h"
#include "endpointcommand.h"
#include "evalcommand.h"
#include "historycommand.h"
#include "routecommand.h"
#include "cascadecommand.h"
#include "simulatecascadecommand.h"

#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "decision/recommendation.h"
#include "inputoptions.h"
#include "report/recommendationjson.h"
#include "texttable.h"

#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "export/chartexport.h"
#include "export/memoexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>
#include <memory>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const SubCommand *findSubCommand(const QString &name)
{
    for (const SubCommand &c : subCommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, const QString &unit = {})
{
    return value ? number(*value) + unit : QStringLiteral("—");
}

QString qualityText(const ModelSpec &model, const QString &benchmark)
{
    const QualityScore *score = model.score(benchmark);
    return score ? QString::number(score->value, 'g', 4) : QStringLiteral("—");
}

/// The catalog and input a requirement-based command works on, checked against each other.
struct Scenario
{
    Catalog catalog;
    RecommendationInput input;
};

Result<Scenario> loadScenario(const QCommandLineParser &parser, const InputOptions &inputs,
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
        return Result<Scenario>::failure(
            Texts::tr("unknown task \"%1\"; the catalog knows: %2").arg(input->task, known.join(QStringLiteral(", "))));
    }
    if (!input->qualityBenchmark.isEmpty() && !catalog->findBenchmark(input->qualityBenchmark))
        return Result<Scenario>::failure(Texts::tr("unknown benchmark \"%1\" in catalog %2").arg(input->qualityBenchmark, catalog->name));
    return Scenario{std::move(catalog).value(), std::move(input).value()};
}

}

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QString userCatalogDir)
    : m_context{out, err, userCatalogDir.isEmpty() ? CatalogRegistry::defaultUserCatalogDir() : std::move(userCatalogDir)}
    , m_out(out)
    , m_err(err)
    , m_userCatalogDir(m_context.userCatalogDir)
{
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return findSubCommand(first) || first == QLatin1String("--version")
        || first == QLatin1String("-v") || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help") || !first.startsWith(QLatin1Char('-'));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const SubCommand *command = arguments.size() >= 2 ? findSubCommand(arguments.at(1)) : nullptr;
    return command && command->needsGui;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + command} + arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "rightsize " << RIGHTSIZE_VERSION << '\n';
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printHelp();
    if (const SubCommand *sub = findSubCommand(command))
        return sub->run(m_context, rest);
    return usageError({}, Texts::tr("unknown command \"%1\"; see 'rightsize --help'").arg(command));
}

int CommandLine::usageError(const QString &command, const QString &message)
{
    return m_context.usageError(command, message);
}

int CommandLine::printHelp()
{
    m_out << Texts::tr("Usage: rightsize [COMMAND] [OPTIONS]") << '\n'
          << Texts::tr("Without a command, opens the Rightsize workbench window.") << "\n\n"
          << Texts::tr("Commands:") << '\n';
    for (const SubCommand &c : subCommands())
        m_out << "  " << c.name.leftJustified(18) << c.summary << '\n';
    m_out << '\n' << Texts::tr("Options:") << '\n'
          << "  --version         " << Texts::tr("Print the version") << '\n'
          << "  --help            " << Texts::tr("Print this help; 'rightsize COMMAND --help' for a command's options") << '\n';
    return ExitCode::Ok;
}

// The built-in commands are members of CommandLine; these adapters put them in the table.
namespace {
template <int (CommandLine::*Method)(const QStringList &)>
int builtin(CommandContext &context, const QStringList &arguments)
{
    CommandLine cli(context.out, context.err, context.userCatalogDir);
    return (cli.*Method)(arguments);
}
}

const QList<SubCommand> &subCommands()
{
    static const QList<SubCommand> table{
        {QStringLiteral("recommend"), Texts::tr("Recommend a model tier and concrete models for a task's requirements"), false,
         &builtin<&CommandLine::recommend>},
        {QStringLiteral("cost"), Texts::tr("Monthly cost and cost per request of one or more models at a volume"), false,
         &builtin<&CommandLine::cost>},
        {QStringLiteral("catalog"), Texts::tr("List, show and import model catalogs"), false, &builtin<&CommandLine::catalog>},
        {QStringLiteral("export-chart"), Texts::tr("Export the cost-versus-quality or monthly-cost chart (PNG, SVG, PDF)"), true,
         &builtin<&CommandLine::exportChart>},
        {QStringLiteral("memo"), Texts::tr("Write a decision memo (Markdown, HTML, PDF)"), true, &builtin<&CommandLine::memo>},
        {QStringLiteral("compare"), Texts::tr("Run one prompt through several endpoints side by side, with latency, tokens and cost"), false, &runCompareCommand},
        {QStringLiteral("endpoint"), Texts::tr("Add, list, test and remove endpoints; store their keys in the keychain"), false, &runEndpointCommand},
        {QStringLiteral("history"), Texts::tr("List, show and export the stored comparison runs"), false, &runHistoryCommand},
        {QStringLiteral("db"), Texts::tr("Check, back up and restore the history database"), false, &runDbCommand},
        {QStringLiteral("route"), Texts::tr("Decide a prompt's tier with the routing rules and ask it, escalating on failure"), false, &runRouteCommand},
        {QStringLiteral("cascade"), Texts::tr("Ask endpoints smallest first until an answer is confident enough"), false, &runCascadeCommand},
        {QStringLiteral("simulate-cascade"), Texts::tr("Replay stored runs through a cascade for a sweep of thresholds: cost versus quality"), false, &runSimulateCascadeCommand},
        {QStringLiteral("eval"), Texts::tr("Run evaluation sets across endpoints; list, show and export their results"), false, &runEvalCommand},
        // Commands implemented in their own files (app/<name>command.cpp) are added above this line.
    };
    return table;
}

int CommandLine::recommend(const QStringList &arguments)
{
    const QString name = QStringLiteral("recommend");
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Recommends a model tier (SPEC rules), the task's pick and concrete catalog models."));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    const QCommandLineOption limit(QStringLiteral("limit"), Texts::tr("Candidates to print as text (default 15)."), QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({json, catalogName, limit});
    if (const auto exit = Cli::parseOrExit(m_context, name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, Texts::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const Result<Scenario> scenario = loadScenario(parser, inputs, catalogName, m_userCatalogDir);
    if (!scenario)
        return usageError(name, scenario.error());
    const Catalog *catalog = &scenario->catalog;
    const RecommendationInput *input = &scenario->input;
    bool limitOk = false;
    const int textLimit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || textLimit < 0)
        return usageError(name, Texts::tr("--limit expects a whole number ≥ 0, got \"%1\"").arg(parser.value(limit)));

    const Recommendation r = ::recommend(*catalog, *input);
    if (parser.isSet(json)) {
        m_context.printJson(RecommendationJson::recommendation(*catalog, *input, r));
        return ExitCode::Ok;
    }

    const RuleCheck &decided = r.tier.decidingRule();
    m_out << Texts::tr("Recommended tier: %1 (rule %2: %3)").arg(tierId(r.tier.tier)).arg(r.tier.rule).arg(decided.title) << '\n';
    for (const RuleCheck &check : r.tier.checks)
        m_out << "  " << check.rule << ". " << (check.fired ? Texts::tr("fired") : Texts::tr("not fired")) << ": " << check.explanation << '\n';
    m_out << Texts::tr("What rule %1 does to the list: %2").arg(r.tier.rule).arg(r.consequence.summary) << '\n';
    if (!r.tierNote.isEmpty())
        m_out << r.tierNote << '\n';
    if (r.task) {
        const auto inCatalog = [](const QString &pick, const ModelSpec *model) {
            return model ? Texts::tr("%1 [catalog: %2]").arg(pick, model->id) : Texts::tr("%1 [not in this catalog]").arg(pick);
        };
        m_out << '\n' << Texts::tr("Task %1: %2 (alternative: %3). %4")
                             .arg(r.task->taskName, inCatalog(r.task->recommended, r.task->recommendedModel),
                                  inCatalog(r.task->alternative, r.task->alternativeModel), r.task->reasoning) << '\n';
    }
    const BenchmarkInfo *benchmark = catalog->findBenchmark(r.qualityBenchmark);
    const QString benchmarkName = benchmark ? benchmark->name : r.qualityBenchmark.isEmpty() ? Texts::tr("none") : r.qualityBenchmark;
    m_out << '\n' << r.benchmarkExplanation;
    if (!r.qualityBar.isEmpty())
        m_out << ' ' << r.qualityBar;
    m_out << '\n';

    const auto quality = [&r](const Candidate &c) {
        if (!c.quality)
            return Texts::tr("no evidence");
        const QualityScore *score = c.model->score(r.qualityBenchmark);
        const QString value = QString::number(*c.quality, 'g', 4);
        return score && score->low && score->high
            ? Texts::tr("%1 (%2–%3)").arg(value, QString::number(*score->low, 'g', 3), QString::number(*score->high, 'g', 3))
            : value;
    };
    const auto money = [](const CostEstimate &cost, double usd) { return cost.priceKnown ? formatUsd(usd) : Texts::tr("unknown"); };
    // A local model costs what its power and hardware are counted at: say so where that is nothing.
    const auto monthly = [&money](const Candidate &c) {
        return c.model->isLocal() && c.cost.priceKnown && c.cost.monthlyUsd == 0.0
            ? Texts::tr("%1 (local)").arg(formatUsd(0.0))
            : money(c.cost, c.cost.monthlyUsd);
    };
    const auto tier = [](const ModelSpec &m) {
        if (m.tierBasis == TierBasis::Unknown)
            return Texts::tr("unknown");
        return m.tierBasis == TierBasis::PriceBand ? QStringLiteral("~") + tierId(m.tier) : tierId(m.tier);
    };
    const auto size = [](const ModelSpec &m) {
        if (!m.parameterCountB)
            return QStringLiteral("—");
        const QString total = QString::number(*m.parameterCountB, 'g', 5) + QLatin1Char('B');
        return m.activeParameterCountB
            ? Texts::tr("%1 (%2B active)").arg(total, QString::number(*m.activeParameterCountB, 'g', 5))
            : total;
    };
    const auto serving = [](const Candidate &c) {
        if (!c.cost.selfHosted)
            return Texts::tr("API");
        QString text = c.cost.priceKnown ? Texts::tr("self-hosted, %1 replica(s)").arg(c.cost.replicas) : Texts::tr("self-hosted");
        if (c.apiEquivalent)
            text = Texts::tr("%1; API-equivalent %2 (%3)").arg(text, formatUsd(c.apiEquivalent->monthlyUsd), c.apiEquivalent->model->id);
        return text;
    };

    const Picks &picks = r.picks;
    if (picks.value) {
        const double marginPercent = input->valueMargin * 100.0;
        m_out << '\n' << Texts::tr("Picks (%1 tier, value margin %2 %):")
                             .arg(tierId(picks.tier), number(marginPercent, marginPercent == std::round(marginPercent) ? 0 : 1))
              << '\n';
        const struct { const Pick *pick; QString label; } named[] = {
            {&picks.value, Texts::tr("value")}, {&picks.best, Texts::tr("best quality")}, {&picks.cheapest, Texts::tr("cheapest")}};
        TextTable pickTable({Texts::tr("pick"), Texts::tr("model"), Texts::tr("quality"), Texts::tr("monthly"), Texts::tr("serving")},
                            {false, false, true, true, false});
        for (const auto &n : named) {
            const Candidate &c = r.candidates.at(n.pick->index);
            pickTable.addRow({n.label, c.model->id, quality(c), monthly(c), serving(c)});
        }
        m_out << pickTable.toString();
        for (const auto &n : named)
            m_out << "  " << n.label << ": " << n.pick->sentence << '\n';
    }
    if (!picks.note.isEmpty())
        m_out << '\n' << picks.note << '\n';
    if (!picks.outsideTier.isEmpty())
        m_out << picks.outsideTier << '\n';

    m_out << '\n' << Texts::tr("Candidates in catalog %1 (%2), %3 of %4 models meet every constraint; quality: %5")
                         .arg(catalog->name, catalog->date.toString(Qt::ISODate))
                         .arg(r.candidates.size()).arg(catalog->models.size()).arg(benchmarkName) << '\n';
    TextTable table({Texts::tr("model"), Texts::tr("provider"), Texts::tr("tier"), Texts::tr("size"), Texts::tr("quality"),
                     Texts::tr("latency"), Texts::tr("monthly"), Texts::tr("per request")},
                    {false, false, false, true, true, true, true, true});
    bool priceBand = false;
    for (const Candidate &c : r.candidates.mid(0, textLimit)) {
        priceBand = priceBand || c.model->tierBasis == TierBasis::PriceBand;
        table.addRow({c.model->id, c.model->provider, tier(*c.model), size(*c.model), quality(c),
                      optionalNumber(c.model->typicalLatencyMs, QStringLiteral(" ms")), monthly(c),
                      money(c.cost, c.cost.perRequestUsd)});
    }
    m_out << table.toString();
    if (r.candidates.size() > textLimit)
        m_out << Texts::tr("… and %1 more (--limit N, or --json for all)").arg(r.candidates.size() - textLimit) << '\n';
    if (priceBand)
        m_out << Texts::tr("~: tier guessed from the price band (the size is not published).") << '\n';
    for (const QString &line : r.summary)
        m_out << line << '\n';
    if (!r.nearMisses.isEmpty()) {
        m_out << '\n' << Texts::tr("Near misses (one constraint failed):") << '\n';
        for (const Candidate &c : r.nearMisses.mid(0, textLimit))
            m_out << "  " << c.model->id << ": " << c.exclusions.constFirst().reason << '\n';
        if (r.nearMisses.size() > textLimit)
            m_out << Texts::tr("  … and %1 more").arg(r.nearMisses.size() - textLimit) << '\n';
    }
    return ExitCode::Ok;
}

int CommandLine::cost(const QStringList &arguments)
{
    const QString name = QStringLiteral("cost");
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Monthly cost and cost per request of models at a volume (30-day month)."));
    const InputOptions inputs(InputOptions::Workload | InputOptions::SelfHosting);
    inputs.addTo(parser);
    const QCommandLineOption model(QStringLiteral("model"), Texts::tr("Model id or name; repeat for several."), QStringLiteral("NAME"));
    const QCommandLineOption selfHosted(QStringLiteral("self-hosted"), Texts::tr("Cost as self-hosted (GPU hours) rather than API."));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"), Texts::tr("Quality benchmark id (default: the catalog's)."), QStringLiteral("ID"));
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({model, selfHosted, benchmark, json, catalogName});
    if (const auto exit = Cli::parseOrExit(m_context, name, parser, arguments))
        return *exit;
    if (!parser.isSet(model))
        return usageError(name, Texts::tr("--model is required"));
    Result<RecommendationInput> input = inputs.read(parser);
    if (!input)
        return usageError(name, input.error());
    const CatalogRegistry registry(m_userCatalogDir);
    const Result<Catalog> catalog = registry.load(parser.value(catalogName));
    if (!catalog)
        return usageError(name, catalog.error());
    const QString benchmarkId = parser.isSet(benchmark) ? parser.value(benchmark) : catalog->defaultBenchmark;

    QJsonArray results;
    TextTable table({Texts::tr("model"), Texts::tr("serving"), Texts::tr("quality"), Texts::tr("latency"),
                     Texts::tr("monthly"), Texts::tr("per request")},
                    {false, false, true, true, true, true});
    for (const QString &wanted : parser.values(model)) {
        const ModelSpec *spec = catalog->findModel(wanted);
        if (!spec)
            return usageError(name, Texts::tr("no model \"%1\" in catalog %2; see 'rightsize catalog list --catalog %2'").arg(wanted, catalog->name));
        const bool hosted = parser.isSet(selfHosted) || defaultsToSelfHosted(*spec);
        if (hosted && !spec->selfHostedPerHour && !input->selfHosting.gpuHourlyUsd)
            return usageError(name, Texts::tr("model \"%1\" has no self-hosted price; give --gpu-hourly USD").arg(spec->id));
        const CostEstimate estimate = estimateCost(*spec, input->workload(), hosted, input->selfHosting);
        results.append(RecommendationJson::modelCost(*catalog, *spec, estimate, benchmarkId));
        const QString serving = estimate.selfHosted ? Texts::tr("self-hosted, %1 replica(s)").arg(estimate.replicas) : Texts::tr("API");
        // $0 in and out from an API catalog is a placeholder: "unknown", never "$0.00".
        const auto money = [&estimate](double usd) { return estimate.priceKnown ? formatUsd(usd) : Texts::tr("unknown"); };
        table.addRow({spec->displayName, serving, qualityText(*spec, benchmarkId),
                      optionalNumber(spec->typicalLatencyMs, QStringLiteral(" ms")), money(estimate.monthlyUsd),
                      money(estimate.perRequestUsd)});
    }
    if (parser.isSet(json)) {
        m_context.printJson(results.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
        return ExitCode::Ok;
    }
    const Workload w = input->workload();
    m_out << Texts::tr("%1 requests/day, %2 input and %3 output tokens per request, catalog %4 (%5)")
                 .arg(number(w.requestsPerDay), number(w.inputTokens), number(w.outputTokens), catalog->name,
                      catalog->date.toString(Qt::ISODate)) << "\n\n";
    m_out << table.toString();
    return ExitCode::Ok;
}

int CommandLine::catalog(const QStringList &arguments)
{
    const QString name = QStringLiteral("catalog");
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Model catalogs.\n"
                                        "  catalog names         the catalogs available\n"
                                        "  catalog list          the models of a catalog\n"
                                        "  catalog show ID       one model, every field\n"
                                        "  catalog tasks         the task profiles of a catalog\n"
                                        "  catalog import FILE   keep a catalog file (Rightsize or LiteLLM format) under --catalog NAME"));
    parser.addPositionalArgument(QStringLiteral("action"), Texts::tr("names, list, show, tasks or import"));
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({json, catalogName});
    if (const auto exit = Cli::parseOrExit(m_context, name, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const CatalogRegistry registry(m_userCatalogDir);

    if (action == QLatin1String("import")) {
        if (args.size() != 2)
            return usageError(name, Texts::tr("import expects one FILE"));
        const QString target = parser.isSet(catalogName) ? parser.value(catalogName) : QString();
        const Result<QString> imported = registry.importFile(args.at(1), target);
        if (!imported)
            return usageError(name, imported.error());
        const Result<Catalog> loaded = registry.load(*imported);
        if (parser.isSet(json))
            m_context.printJson(loaded ? RecommendationJson::catalogSummary(*loaded) : QJsonObject{{QStringLiteral("name"), *imported}});
        else
            m_out << Texts::tr("Imported catalog %1 with %2 models.").arg(*imported).arg(loaded ? loaded->models.size() : 0) << '\n';
        return ExitCode::Ok;
    }
    if (action == QLatin1String("names")) {
        QJsonArray all;
        TextTable table({Texts::tr("name"), Texts::tr("date"), Texts::tr("models"), Texts::tr("kind"),
                         Texts::tr("title")}, {false, false, true, false, false});
        for (const QString &catalogId : registry.names()) {
            const Result<Catalog> c = registry.load(catalogId);
            if (!c) {
                m_err << c.error() << '\n';
                continue;
            }
            all.append(RecommendationJson::catalogSummary(*c));
            table.addRow({c->name, c->date.toString(Qt::ISODate), QString::number(c->models.size()),
                          c->bundled ? Texts::tr("bundled") : Texts::tr("imported"), c->title});
        }
        if (parser.isSet(json))
            m_context.printJson(all);
        else
            m_out << table.toString();
        return ExitCode::Ok;
    }

    const Result<Catalog> catalog = registry.load(parser.value(catalogName));
    if (!catalog)
        return usageError(name, catalog.error());
    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray models;
            for (const ModelSpec &m : catalog->models)
                models.append(RecommendationJson::model(m));
            QJsonObject doc = RecommendationJson::catalogSummary(*catalog);
            doc.insert(QStringLiteral("models"), models);
            m_context.printJson(doc);
            return ExitCode::Ok;
        }
        m_out << Texts::tr("Catalog %1 (%2), %3 models").arg(catalog->name, catalog->date.toString(Qt::ISODate)).arg(catalog->models.size()) << '\n';
        TextTable table({Texts::tr("id"), Texts::tr("provider"), Texts::tr("tier"), Texts::tr("input $/1M"),
                         Texts::tr("output $/1M"), Texts::tr("self-hosted $/h"), Texts::tr("context")},
                        {false, false, false, true, true, true, true});
        for (const ModelSpec &m : catalog->models) {
            table.addRow({m.id, m.provider, tierId(m.tier), number(m.inputPricePerMTok, 2), number(m.outputPricePerMTok, 2),
                          m.selfHostedPerHour ? number(*m.selfHostedPerHour, 2) : QStringLiteral("—"),
                          m.contextWindow ? number(*m.contextWindow) : QStringLiteral("—")});
        }
        m_out << table.toString();
        return ExitCode::Ok;
    }
    if (action == QLatin1String("tasks")) {
        QJsonArray tasks;
        for (const TaskProfile &t : catalog->tasks) {
            tasks.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
                                     {QStringLiteral("recommended"), t.recommended}, {QStringLiteral("alternative"), t.alternative},
                                     {QStringLiteral("reasoning"), t.reasoning},
                                     {QStringLiteral("benchmark"), t.benchmark.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.benchmark)},
                                     {QStringLiteral("benchmark_reason"), t.benchmarkReason}});
            if (!parser.isSet(json)) {
                m_out << t.id << ": " << t.recommended << " / " << t.alternative << " — " << t.reasoning;
                if (!t.benchmark.isEmpty())
                    m_out << Texts::tr(" [quality: %1]").arg(t.benchmark);
                m_out << '\n';
            }
        }
        if (parser.isSet(json))
            m_context.printJson(tasks);
        return ExitCode::Ok;
    }
    if (action == QLatin1String("show")) {
        if (args.size() != 2)
            return usageError(name, Texts::tr("show expects one model ID"));
        const ModelSpec *m = catalog->findModel(args.at(1));
        if (!m)
            return usageError(name, Texts::tr("no model \"%1\" in catalog %2").arg(args.at(1), catalog->name));
        const QJsonObject doc = RecommendationJson::model(*m);
        if (parser.isSet(json)) {
            m_context.printJson(doc);
            return ExitCode::Ok;
        }
        m_out << m->displayName << " (" << m->id << ")\n";
        QString parameters = m->parameterCountB ? number(*m->parameterCountB, 1) + QLatin1Char('B') : Texts::tr("unknown");
        if (m->activeParameterCountB)
            parameters = Texts::tr("%1 in all, %2B active (mixture of experts)").arg(parameters, number(*m->activeParameterCountB, 1));
        QString tierText = m->tierBasis == TierBasis::Unknown ? Texts::tr("unknown") : tierId(m->tier);
        if (m->tierBasis != TierBasis::Catalog && m->tierBasis != TierBasis::Unknown)
            tierText = Texts::tr("%1 (%2)").arg(tierText, tierBasisDescription(m->tierBasis));
        m_out << Texts::tr("  provider: %1, tier: %2, parameters: %3").arg(m->provider, tierText, parameters) << '\n';
        if (hasKnownApiPrice(*m))
            m_out << Texts::tr("  price: $%1 input, $%2 output per 1M tokens").arg(number(m->inputPricePerMTok, 2), number(m->outputPricePerMTok, 2)) << '\n';
        else
            m_out << Texts::tr("  price: unknown (the catalog lists $0, a placeholder)") << '\n';
        for (const QString &note : m->notes)
            m_out << Texts::tr("  note: %1").arg(note) << '\n';
        if (m->selfHostedPerHour)
            m_out << Texts::tr("  self-hosted: $%1 per GPU hour").arg(number(*m->selfHostedPerHour, 2)) << '\n';
        m_out << Texts::tr("  latency: %1, context: %2, max output: %3")
                     .arg(optionalNumber(m->typicalLatencyMs, QStringLiteral(" ms")),
                          m->contextWindow ? number(*m->contextWindow) : QStringLiteral("—"),
                          m->maxOutputTokens ? number(*m->maxOutputTokens) : QStringLiteral("—")) << '\n';
        if (!m->capabilities.isEmpty())
            m_out << Texts::tr("  capabilities: %1").arg(m->capabilities.join(QStringLiteral(", "))) << '\n';
        for (const QualityScore &s : m->quality) {
            const BenchmarkInfo *b = catalog->findBenchmark(s.benchmark);
            m_out << Texts::tr("  quality: %1 = %2 (%3, %4)").arg(b ? b->name : s.benchmark, QString::number(s.value, 'g', 6), s.source,
                                                           s.date.toString(Qt::ISODate)) << '\n';
        }
        m_out << Texts::tr("  from: catalog %1 (%2); %3").arg(m->provenance.catalog, m->provenance.date.toString(Qt::ISODate), m->provenance.origin) << '\n';
        return ExitCode::Ok;
    }
    return usageError(name, action.isEmpty() ? Texts::tr("expects an action: names, list, show, tasks or import")
                                             : Texts::tr("unknown action \"%1\"").arg(action));
}

int CommandLine::exportChart(const QStringList &arguments)
{
    const QString name = QStringLiteral("export-chart");
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Exports a chart as PNG, SVG or PDF (format from the file name).\n"
                                        "  cost-quality   every scored model: monthly cost against quality, Pareto frontier\n"
                                        "  monthly-cost   the top candidates' monthly cost across volumes, break-even points"));
    parser.addPositionalArgument(QStringLiteral("chart"), Texts::tr("cost-quality or monthly-cost"));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), Texts::tr("Output file: .png, .svg or .pdf."), QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"), Texts::tr("Width in pixels (default 1200)."), QStringLiteral("PX"), QStringLiteral("1200"));
    const QCommandLineOption height(QStringLiteral("height"), Texts::tr("Height in pixels (default 800)."), QStringLiteral("PX"), QStringLiteral("800"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Texts::tr("Resolution in dots per inch (default 96)."), QStringLiteral("N"), QStringLiteral("96"));
    const QCommandLineOption perToken(QStringLiteral("cost-per-1m-tokens"), Texts::tr("cost-quality: cost per 1M tokens on the x axis instead of monthly cost."));
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({out, width, height, dpi, perToken, catalogName});
    if (const auto exit = Cli::parseOrExit(m_context, name, parser, arguments))
        return *exit;
    const QString kind = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (kind != QLatin1String("cost-quality") && kind != QLatin1String("monthly-cost")))
        return usageError(name, Texts::tr("expects one chart: cost-quality or monthly-cost"));
    if (!parser.isSet(out))
        return usageError(name, Texts::tr("--out FILE is required"));
    if (!chartFormatForPath(parser.value(out)))
        return usageError(name, Texts::tr("cannot tell the format of \"%1\": use .png, .svg or .pdf").arg(parser.value(out)));
    ChartExportOptions options;
    const struct { const QCommandLineOption *option; int *target; int min; int max; } sizes[] = {
        {&width, &options.width, 16, 20000}, {&height, &options.height, 16, 20000}, {&dpi, &options.dpi, 24, 2400}};
    for (const auto &size : sizes) {
        bool ok = false;
        const int value = parser.value(*size.option).toInt(&ok);
        if (!ok || value < size.min || value > size.max)
            return usageError(name, Texts::tr("--%1 must be a whole number between %2 and %3, got \"%4\"")
                                        .arg(size.option->names().constFirst()).arg(size.min).arg(size.max)
                                        .arg(parser.value(*size.option)));
        *size.target = value;
    }
    const Result<Scenario> scenario = loadScenario(parser, inputs, catalogName, m_userCatalogDir);
    if (!scenario)
        return usageError(name, scenario.error());

    const Recommendation r = ::recommend(scenario->catalog, scenario->input);
    std::unique_ptr<QChart> chart;
    if (kind == QLatin1String("cost-quality")) {
        CostQualityOptions cq;
        cq.axis = parser.isSet(perToken) ? CostAxis::CostPerMillionTokens : CostAxis::MonthlyCost;
        chart = buildCostQualityChart(buildCostQualityData(scenario->catalog, scenario->input, r, cq));
    } else {
        chart = buildMonthlyCostChart(buildCostCurveData(scenario->catalog, defaultVolumeSelection(r), scenario->input));
    }
    if (const Status written = ::exportChart(chart.get(), parser.value(out), options); !written) {
        return m_context.failure(name, written.error());
    }
    m_out << Texts::tr("Wrote %1").arg(parser.value(out)) << '\n';
    return ExitCode::Ok;
}

int CommandLine::memo(const QStringList &arguments)
{
    const QString name = QStringLiteral("memo");
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Writes a decision memo (Markdown, HTML or PDF, from the file name): requirements, "
                                        "recommendation and its reasoning, candidates, both charts, assumptions and sources."));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), Texts::tr("Output file: .md, .html or .pdf."), QStringLiteral("FILE"));
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({out, catalogName});
    if (const auto exit = Cli::parseOrExit(m_context, name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, Texts::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out))
        return usageError(name, Texts::tr("--out FILE is required"));
    const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("html") && suffix != QLatin1String("pdf"))
        return usageError(name, Texts::tr("cannot tell the format of \"%1\": use .md, .html or .pdf").arg(parser.value(out)));
    const Result<Scenario> scenario = loadScenario(parser, inputs, catalogName, m_userCatalogDir);
    if (!scenario)
        return usageError(name, scenario.error());
    const Recommendation r = ::recommend(scenario->catalog, scenario->input);
    if (const Status written = exportMemo(scenario->catalog, scenario->input, r, parser.value(out)); !written) {
        return m_context.failure(name, written.error());
    }
    m_out << Texts::tr("Wrote %1").arg(parser.value(out)) << '\n';
    return ExitCode::Ok;
}
