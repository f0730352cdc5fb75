// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendcommand.h"

#include "clitexts.h"
#include "commandline.h"
#include "inputoptions.h"
#include "scenario.h"
#include "texttable.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"
#include "report/recommendationjson.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>

int runRecommendCommand(CommandContext &context, const QStringList &arguments)
{
    const QString name = QStringLiteral("recommend");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTexts::tr("Recommends a model tier (the article's tier rules, first match "
                                                  "wins), the task's pick and concrete catalog models."));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption json = Cli::jsonOption();
    const QCommandLineOption catalogName = Cli::catalogOption();
    const QCommandLineOption limit(QStringLiteral("limit"), CliTexts::tr("Candidates to print as text (default 15)."),
                                   QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({json, catalogName, limit});
    if (const auto exit = Cli::parseOrExit(context, name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            name, CliTexts::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const Result<Scenario> scenario = Scenario::load(parser, inputs, catalogName, context.userCatalogDir);
    if (!scenario)
        return context.usageError(name, scenario.error());
    const Catalog *catalog = &scenario->catalog;
    const RecommendationInput *input = &scenario->input;
    bool limitOk = false;
    const int textLimit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || textLimit < 0)
        return context.usageError(
            name, CliTexts::tr("--limit expects a whole number ≥ 0, got \"%1\"").arg(parser.value(limit)));

    const Recommendation r = recommend(*catalog, *input);
    if (parser.isSet(json)) {
        context.printJson(RecommendationJson::recommendation(*catalog, *input, r));
        return ExitCode::Ok;
    }

    const RuleCheck &decided = r.tier.decidingRule();
    context.out << CliTexts::tr("Recommended tier: %1 (rule %2: %3)")
                       .arg(tierId(r.tier.tier))
                       .arg(r.tier.rule)
                       .arg(decided.title)
                << '\n';
    for (const RuleCheck &check : r.tier.checks)
        context.out << "  " << check.rule << ". " << (check.fired ? CliTexts::tr("fired") : CliTexts::tr("not fired"))
                    << ": " << check.explanation << '\n';
    context.out << CliTexts::tr("What rule %1 does to the list: %2").arg(r.tier.rule).arg(r.consequence.summary)
                << '\n';
    if (!r.tierNote.isEmpty())
        context.out << r.tierNote << '\n';
    if (r.task) {
        const auto inCatalog = [](const QString &pick, const ModelSpec *model) {
            return model ? CliTexts::tr("%1 [catalog: %2]").arg(pick, model->id)
                         : CliTexts::tr("%1 [not in this catalog]").arg(pick);
        };
        context.out << '\n'
                    << CliTexts::tr("Task %1: %2 (alternative: %3). %4")
                           .arg(r.task->taskName, inCatalog(r.task->recommended, r.task->recommendedModel),
                                inCatalog(r.task->alternative, r.task->alternativeModel), r.task->reasoning)
                    << '\n';
    }
    const BenchmarkInfo *benchmark = catalog->findBenchmark(r.qualityBenchmark);
    const QString benchmarkName = benchmark ? benchmark->name
        : r.qualityBenchmark.isEmpty()      ? CliTexts::tr("none")
                                            : r.qualityBenchmark;
    context.out << '\n' << r.benchmarkExplanation;
    if (!r.qualityBar.isEmpty())
        context.out << ' ' << r.qualityBar;
    context.out << '\n';

    const auto quality = [&r](const Candidate &c) {
        if (!c.quality)
            return CliTexts::tr("no evidence");
        const QualityScore *score = c.model->score(r.qualityBenchmark);
        const QString value = QString::number(*c.quality, 'g', 4);
        return score && score->low && score->high
            ? CliTexts::tr("%1 (%2–%3)")
                  .arg(value, QString::number(*score->low, 'g', 3), QString::number(*score->high, 'g', 3))
            : value;
    };
    const auto money = [](const CostEstimate &cost, double usd) {
        return cost.priceKnown ? formatUsd(usd) : CliTexts::tr("unknown");
    };
    // A local model costs what its power and hardware are counted at: say so where that is nothing.
    const auto monthly = [&money](const Candidate &c) {
        return c.model->isLocal() && c.cost.priceKnown && c.cost.monthlyUsd == 0.0
            ? CliTexts::tr("%1 (local)").arg(formatUsd(0.0))
            : money(c.cost, c.cost.monthlyUsd);
    };
    const auto tier = [](const ModelSpec &m) {
        if (m.tierBasis == TierBasis::Unknown)
            return CliTexts::tr("unknown");
        return m.tierBasis == TierBasis::PriceBand ? QStringLiteral("~") + tierId(m.tier) : tierId(m.tier);
    };
    const auto size = [](const ModelSpec &m) {
        if (!m.parameterCountB)
            return QStringLiteral("—");
        const QString total = QString::number(*m.parameterCountB, 'g', 5) + QLatin1Char('B');
        return m.activeParameterCountB
            ? CliTexts::tr("%1 (%2B active)").arg(total, QString::number(*m.activeParameterCountB, 'g', 5))
            : total;
    };
    const auto serving = [](const Candidate &c) {
        if (!c.cost.selfHosted)
            return CliTexts::tr("API");
        QString text = c.cost.priceKnown ? CliTexts::tr("self-hosted, %1 replica(s)").arg(c.cost.replicas)
                                         : CliTexts::tr("self-hosted");
        if (c.apiEquivalent)
            text = CliTexts::tr("%1; API-equivalent %2 (%3)")
                       .arg(text, formatUsd(c.apiEquivalent->monthlyUsd), c.apiEquivalent->model->id);
        return text;
    };

    const Picks &picks = r.picks;
    if (picks.value) {
        const double marginPercent = input->valueMargin * 100.0;
        context.out << '\n'
                    << CliTexts::tr("Picks (%1 tier, value margin %2 %):")
                           .arg(tierId(picks.tier),
                                NumberFormat::fixed(marginPercent, marginPercent == std::round(marginPercent) ? 0 : 1))
                    << '\n';
        const struct
        {
            const Pick *pick;
            QString label;
        } named[] = {{&picks.value, CliTexts::tr("value")},
                     {&picks.best, CliTexts::tr("best quality")},
                     {&picks.cheapest, CliTexts::tr("cheapest")}};
        TextTable pickTable({CliTexts::tr("pick"), CliTexts::tr("model"), CliTexts::tr("quality"),
                             CliTexts::tr("monthly"), CliTexts::tr("serving")},
                            {false, false, true, true, false});
        for (const auto &n : named) {
            const Candidate &c = r.candidates.at(n.pick->index);
            pickTable.addRow({n.label, c.model->id, quality(c), monthly(c), serving(c)});
        }
        context.out << pickTable.toString();
        for (const auto &n : named)
            context.out << "  " << n.label << ": " << n.pick->sentence << '\n';
    }
    if (!picks.note.isEmpty())
        context.out << '\n' << picks.note << '\n';
    if (!picks.outsideTier.isEmpty())
        context.out << picks.outsideTier << '\n';

    context.out << '\n'
                << CliTexts::tr("Candidates in catalog %1 (%2), %3 of %4 models meet every constraint; quality: %5")
                       .arg(catalog->name, catalog->date.toString(Qt::ISODate))
                       .arg(r.candidates.size())
                       .arg(catalog->models.size())
                       .arg(benchmarkName)
                << '\n';
    TextTable table({CliTexts::tr("model"), CliTexts::tr("provider"), CliTexts::tr("tier"), CliTexts::tr("size"),
                     CliTexts::tr("quality"), CliTexts::tr("latency"), CliTexts::tr("monthly"),
                     CliTexts::tr("per request")},
                    {false, false, false, true, true, true, true, true});
    bool priceBand = false;
    for (const Candidate &c : r.candidates.mid(0, textLimit)) {
        priceBand = priceBand || c.model->tierBasis == TierBasis::PriceBand;
        table.addRow({c.model->id, c.model->provider, tier(*c.model), size(*c.model), quality(c),
                      NumberFormat::fixedOrDash(c.model->typicalLatencyMs, 0, QStringLiteral(" ms")), monthly(c),
                      money(c.cost, c.cost.perRequestUsd)});
    }
    context.out << table.toString();
    if (r.candidates.size() > textLimit)
        context.out << CliTexts::tr("… and %1 more (--limit N, or --json for all)").arg(r.candidates.size() - textLimit)
                    << '\n';
    if (priceBand)
        context.out << CliTexts::tr("~: tier guessed from the price band (the size is not published).") << '\n';
    for (const QString &line : r.summary)
        context.out << line << '\n';
    if (!r.nearMisses.isEmpty()) {
        context.out << '\n' << CliTexts::tr("Near misses (one constraint failed):") << '\n';
        for (const Candidate &c : r.nearMisses.mid(0, textLimit))
            context.out << "  " << c.model->id << ": " << c.exclusions.constFirst().reason << '\n';
        if (r.nearMisses.size() > textLimit)
            context.out << CliTexts::tr("  … and %1 more").arg(r.nearMisses.size() - textLimit) << '\n';
    }
    return ExitCode::Ok;
}
