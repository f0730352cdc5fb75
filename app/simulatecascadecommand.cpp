// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "simulatecascadecommand.h"

#include "commandline.h"
#include "historycommand.h"
#include "routingcli.h"
#include "texttable.h"

#include "common/money.h"
#include "routing/cascadesimulator.h"
#include "routing/storedrunsimulation.h"
#include "store/database.h"
#include "store/evalrepository.h"
#include "store/runrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace {
class SimulateCascadeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCascadeCommand)
public:
    static const QString name;
};
const QString SimulateCascadeCommand::name = QStringLiteral("simulate-cascade");
using T = SimulateCascadeCommand;

/// What is replayed: stored Compare runs or one stored evaluation run.
struct ReplaySource
{
    StoredRunReplay replay;
    QStringList levels;
    int runs = 0;
    bool truncated = false;
};

/// Endpoints of an evaluation run, cheapest answers on average first.
QStringList evalLevelsByCost(const QList<EvalResult> &results, const QStringList &endpoints)
{
    QHash<QString, QPair<double, int>> cost;
    for (const EvalResult &r : results) {
        if (r.costUsd) {
            cost[r.endpointName].first += *r.costUsd;
            ++cost[r.endpointName].second;
        }
    }
    const auto mean = [&](const QString &name) {
        const auto c = cost.value(name);
        return c.second > 0 ? c.first / c.second : std::numeric_limits<double>::infinity();
    };
    QStringList levels = endpoints;
    std::stable_sort(levels.begin(), levels.end(),
                     [&](const QString &a, const QString &b) { return mean(a) < mean(b); });
    return levels;
}

/// The evaluation run `runId`: pass/fail are the quality labels, the answers' shape checks
/// (CascadeSimulator::validationConfidence) the confidence.
Result<ReplaySource> loadEvalRun(Database &database, qint64 runId, QStringList levels)
{
    EvalRepository repository(database);
    const Result<EvalRunRecord> record = repository.run(runId);
    if (!record)
        return Result<ReplaySource>::failure(record.error());
    const Result<QList<EvalResult>> results = repository.results(runId);
    if (!results)
        return Result<ReplaySource>::failure(results.error());
    if (levels.isEmpty())
        levels = evalLevelsByCost(*results, record->info.endpoints);
    QStringList caseLabels;
    for (int i = 0; i < record->set.cases.size(); ++i)
        caseLabels << record->set.caseLabel(i);
    ReplaySource source;
    source.levels = levels;
    source.runs = 1;
    source.replay.prompts = CascadeSimulator::fromEvalResults(*results, levels, caseLabels);
    for (const EvalResult &r : *results) {
        if (!levels.contains(r.endpointName) || !r.error.isEmpty())
            continue;
        ++source.replay.answers;
        if (CascadeSimulator::validationConfidence(r))
            ++source.replay.withConfidence;
        if (!r.hasError())
            ++source.replay.labelled;
    }
    return source;
}

QString costText(const SimulationPoint &point)
{
    return simulationCostText(point);
}

QJsonObject pointJson(const SimulationPoint &point)
{
    QJsonArray counts;
    for (int n : point.answeredAtLevel)
        counts.append(n);
    QJsonArray shares;
    for (double share : point.shareAtLevel)
        shares.append(share);
    return QJsonObject{
        {QStringLiteral("threshold"), point.threshold},
        {QStringLiteral("answered_at_level"), counts},
        {QStringLiteral("share_at_level"), shares},
        {QStringLiteral("cost_usd"),
         point.pricedAnswers == 0 && point.unpricedAnswers > 0 ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(point.totalCostUsd)},
        {QStringLiteral("cost_known"), point.costKnown()},
        {QStringLiteral("unpriced_answers"), point.unpricedAnswers},
        {QStringLiteral("latency_ms"), point.totalLatencyMs},
        {QStringLiteral("quality"), RoutingCli::optionalNumber(point.meanQuality)},
        {QStringLiteral("labelled"), point.labelled},
    };
}

QStringList pointCells(const QString &label, const SimulationPoint &point, int levelCount)
{
    QStringList cells{label};
    for (int level = 0; level < levelCount; ++level) {
        const double share = level < point.shareAtLevel.size() ? point.shareAtLevel.at(level) : 0.0;
        cells.append(RoutingCli::figure(share * 100.0, 0) + QLatin1Char('%'));
    }
    cells << costText(point) << (point.meanQuality ? RoutingCli::figure(*point.meanQuality, 3) : QStringLiteral("—"))
          << QString::number(point.labelled);
    return cells;
}
} // namespace

int runSimulateCascadeCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimulateCascadeCommand::tr(
        "Replays stored runs in which the same prompt was answered by several endpoints under \"smallest first, "
        "escalate while the confidence is below t\" for thresholds t from 0 to 1, with no calls: for each t the "
        "share of prompts answered at each level, the total cost and the mean quality. Quality comes from your "
        "thumbs (up 1, down 0) or else your pairwise votes (win 1, tie 0.5, loss or both bad 0); answers without "
        "either are unlabelled. Confidence comes from the stored answers' log-probabilities, or from validation "
        "checks on their text. Levels default to the cascade of the routing configuration, else to the endpoints "
        "of the selected runs, cheapest first. With --eval-run, an evaluation run is replayed instead: its "
        "pass/fail verdicts are the quality and its answers' shape checks (valid JSON, keys, regex, prefix, "
        "length) the confidence."));
    parser.addOptions({
        {QStringLiteral("runs"),
         SimulateCascadeCommand::tr("Only runs whose prompt or responses contain all these words (as 'history list "
                                    "--search'); default: every stored run."),
         QStringLiteral("WORDS")},
        {QStringLiteral("levels"),
         SimulateCascadeCommand::tr("Endpoint names as stored in the runs, smallest first, comma-separated."),
         QStringLiteral("NAME,…")},
        {QStringLiteral("step"), SimulateCascadeCommand::tr("Threshold step, above 0 and at most 1 (default 0.05)."),
         QStringLiteral("X")},
        {QStringLiteral("target-quality"),
         SimulateCascadeCommand::tr("Mark the cheapest threshold whose mean quality reaches this, 0–1."),
         QStringLiteral("Q")},
        {QStringLiteral("confidence"),
         SimulateCascadeCommand::tr("Confidence source: logprob (default) or validation."), QStringLiteral("SOURCE")},
        {QStringLiteral("regex"), SimulateCascadeCommand::tr("Validation: the answer must contain a match."),
         QStringLiteral("PATTERN")},
        {QStringLiteral("require-json"),
         SimulateCascadeCommand::tr("Validation: the answer must be a JSON object or array.")},
        {QStringLiteral("required-key"),
         SimulateCascadeCommand::tr("Validation: the answer must be a JSON object with this key; repeat for several."),
         QStringLiteral("KEY")},
        {QStringLiteral("eval-run"),
         SimulateCascadeCommand::tr("Replay this stored evaluation run (see 'eval list') instead of Compare runs."),
         QStringLiteral("RUN_ID")},
        HistoryCli::databaseOption(),
        RoutingCli::configOption(),
        Cli::jsonOption(),
    });
    if (const auto exit = Cli::parseOrExit(context, T::name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            T::name,
            SimulateCascadeCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));

    SimulationOptions options;
    if (parser.isSet(QStringLiteral("step"))) {
        const Result<double> step = RoutingCli::number(parser, QStringLiteral("step"), 0, 1);
        if (!step || *step <= 0)
            return context.usageError(
                T::name,
                SimulateCascadeCommand::tr("--step expects a number above 0 and at most 1, not “%1”")
                    .arg(parser.value(QStringLiteral("step"))));
        options.step = *step;
    }
    if (parser.isSet(QStringLiteral("target-quality"))) {
        const Result<double> target = RoutingCli::number(parser, QStringLiteral("target-quality"), 0, 1);
        if (!target)
            return context.usageError(T::name, target.error());
        options.targetQuality = *target;
    }
    const QString confidenceSource = parser.isSet(QStringLiteral("confidence"))
        ? parser.value(QStringLiteral("confidence")).trimmed().toLower()
        : QStringLiteral("logprob");
    if (confidenceSource != QLatin1String("logprob") && confidenceSource != QLatin1String("validation"))
        return context.usageError(T::name,
                                  SimulateCascadeCommand::tr("--confidence expects logprob or validation, not “%1”")
                                      .arg(parser.value(QStringLiteral("confidence"))));

    Result<RoutingSetup> setup = RoutingCli::load(parser, context, false);
    if (!setup)
        return context.usageError(T::name, setup.error());
    ValidationChecks checks = setup->config.validationChecks();
    if (parser.isSet(QStringLiteral("regex")))
        checks.regex = parser.value(QStringLiteral("regex"));
    checks.validJson = checks.validJson || parser.isSet(QStringLiteral("require-json"));
    if (parser.isSet(QStringLiteral("required-key")))
        checks.requiredKeys = RoutingCli::listValues(parser, QStringLiteral("required-key"));
    if (const QRegularExpression re(checks.regex); !re.isValid())
        return context.usageError(
            T::name, SimulateCascadeCommand::tr("--regex is not a valid regular expression: %1").arg(re.errorString()));

    Database database;
    if (const Status opened = HistoryCli::openDatabase(database, parser); !opened)
        return context.failure(T::name, opened.error());
    QStringList levels = parser.isSet(QStringLiteral("levels"))
        ? RoutingCli::listValues(parser, QStringLiteral("levels"))
        : QStringList();
    ReplaySource replayed;
    QString source = confidenceSource;
    if (parser.isSet(QStringLiteral("eval-run"))) {
        bool ok = false;
        const qint64 runId = parser.value(QStringLiteral("eval-run")).toLongLong(&ok);
        if (!ok || runId <= 0)
            return context.usageError(T::name,
                                      SimulateCascadeCommand::tr("--eval-run expects a run number, not “%1”")
                                          .arg(parser.value(QStringLiteral("eval-run"))));
        Result<ReplaySource> loaded = loadEvalRun(database, runId, levels);
        if (!loaded)
            return context.failure(T::name, loaded.error());
        replayed = std::move(*loaded);
        source = QStringLiteral("evaluation");
    } else {
        RunFilter filter;
        filter.search = parser.value(QStringLiteral("runs"));
        const Result<StoredRunSelection> selection = StoredRunSimulation::load(database, filter);
        if (!selection)
            return context.failure(T::name, selection.error());
        const QList<RunRecord> &runs = selection->runs;
        if (runs.isEmpty())
            return context.failure(T::name,
                                   filter.search.isEmpty()
                                       ? SimulateCascadeCommand::tr("no runs are stored in %1")
                                             .arg(QDir::toNativeSeparators(database.path()))
                                       : SimulateCascadeCommand::tr("no stored run matches “%1” in %2")
                                             .arg(filter.search, QDir::toNativeSeparators(database.path())));
        if (levels.isEmpty())
            levels = setup->config.cascadeLevels;
        if (levels.isEmpty())
            levels = StoredRunSimulation::levelsByCost(runs);
        if (levels.isEmpty())
            return context.failure(T::name,
                                   SimulateCascadeCommand::tr("the selected runs have no complete answer to replay"));
        const bool useValidation = source == QLatin1String("validation");
        replayed.replay = StoredRunSimulation::replay(*selection, levels,
                                                      useValidation ? StoredRunSimulation::Confidence::Validation
                                                                    : StoredRunSimulation::Confidence::Logprob,
                                                      checks);
        replayed.levels = levels;
        replayed.runs = int(runs.size());
        replayed.truncated = selection->truncated;
    }
    levels = replayed.levels;
    const StoredRunReplay &replay = replayed.replay;
    const QList<SimulatedPrompt> &prompts = replay.prompts;
    const int withConfidence = replay.withConfidence;
    if (prompts.isEmpty())
        return context.failure(
            T::name,
            SimulateCascadeCommand::tr("none of the %n selected run(s) has a complete answer from %1", nullptr,
                                       replayed.runs)
                .arg(levels.join(QStringLiteral(", "))));
    const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(prompts, options);
    if (!simulation)
        return context.failure(T::name, simulation.error());

    const int answers = replay.answers;
    const std::optional<double> bestThreshold = simulation->bestIndex >= 0
        ? std::optional<double>(simulation->curve.at(simulation->bestIndex).threshold)
        : std::nullopt;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray curve;
        for (const SimulationPoint &point : simulation->curve)
            curve.append(pointJson(point));
        context.printJson(QJsonObject{
            {QStringLiteral("database"), QDir::toNativeSeparators(database.path())},
            {QStringLiteral("levels"), QJsonArray::fromStringList(levels.mid(0, simulation->levelCount))},
            {QStringLiteral("confidence"), source},
            {QStringLiteral("runs"), replayed.runs},
            {QStringLiteral("prompts"), simulation->promptCount},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("answers_with_confidence"), withConfidence},
            {QStringLiteral("answers_labelled"), replay.labelled},
            {QStringLiteral("truncated"), replayed.truncated},
            {QStringLiteral("curve"), curve},
            {QStringLiteral("always_small"), pointJson(simulation->alwaysSmall)},
            {QStringLiteral("always_large"), pointJson(simulation->alwaysLarge)},
            {QStringLiteral("target_quality"), RoutingCli::optionalNumber(options.targetQuality)},
            {QStringLiteral("best_threshold"), RoutingCli::optionalNumber(bestThreshold)},
        });
        return ExitCode::Ok;
    }

    const int levelCount = simulation->levelCount;
    context.out << SimulateCascadeCommand::tr(
                       "Cascade simulation over %1 prompt(s) from %2 run(s); levels: %3; confidence: %4")
                       .arg(simulation->promptCount)
                       .arg(replayed.runs)
                       .arg(levels.mid(0, levelCount).join(QStringLiteral(" → ")), source)
                << "\n\n";
    QStringList header{SimulateCascadeCommand::tr("Threshold")};
    QList<bool> right{false};
    for (int level = 0; level < levelCount; ++level) {
        header << SimulateCascadeCommand::tr("Level %1").arg(level + 1);
        right << true;
    }
    header << SimulateCascadeCommand::tr("Cost") << SimulateCascadeCommand::tr("Quality")
           << SimulateCascadeCommand::tr("Labelled") << QString();
    right << true << true << true << false;
    TextTable table(header, right);
    table.addRow(pointCells(SimulateCascadeCommand::tr("always small"), simulation->alwaysSmall, levelCount)
                 << QString());
    for (qsizetype i = 0; i < simulation->curve.size(); ++i) {
        const SimulationPoint &point = simulation->curve.at(i);
        table.addRow(pointCells(RoutingCli::figure(point.threshold, 2), point, levelCount)
                     << (i == simulation->bestIndex ? SimulateCascadeCommand::tr("◀ best") : QString()));
    }
    table.addRow(pointCells(SimulateCascadeCommand::tr("always large"), simulation->alwaysLarge, levelCount)
                 << QString());
    context.out << table.toString() << '\n';
    if (withConfidence == 0)
        context.out << (source != QLatin1String("logprob")
                            ? SimulateCascadeCommand::tr("No stored answer has a validation verdict.")
                            : SimulateCascadeCommand::tr(
                                  "No stored answer has log-probabilities, so every prompt escalates to its "
                                  "largest level; try --confidence validation."))
                    << '\n';
    if (!simulation->alwaysLarge.costKnown() || !simulation->alwaysSmall.costKnown())
        context.out << SimulateCascadeCommand::tr(
                           "Some endpoints have no catalog price (ad-hoc targets, or no --catalog-model), so "
                           "their costs are unknown, not free: give them a catalog model "
                           "with 'rightsize endpoint add … --catalog-model ID'.")
                    << '\n';
    if (replayed.truncated)
        context.out << SimulateCascadeCommand::tr(
                           "Only the newest %1 matching runs were replayed; narrow the selection with --runs.")
                           .arg(replayed.runs)
                    << '\n';
    if (options.targetQuality) {
        if (bestThreshold) {
            const SimulationPoint &best = simulation->curve.at(simulation->bestIndex);
            context.out << SimulateCascadeCommand::tr(
                               "Cheapest threshold with quality ≥ %1: %2 (cost %3, quality %4; always large: %5).")
                               .arg(RoutingCli::figure(*options.targetQuality, 2),
                                    RoutingCli::figure(best.threshold, 2), costText(best),
                                    RoutingCli::figure(best.meanQuality.value_or(0), 3),
                                    costText(simulation->alwaysLarge))
                        << '\n';
        } else {
            context.out << SimulateCascadeCommand::tr("No threshold reaches quality %1.")
                               .arg(RoutingCli::figure(*options.targetQuality, 2))
                        << '\n';
        }
    }
    context.out.flush();
    return ExitCode::Ok;
}
