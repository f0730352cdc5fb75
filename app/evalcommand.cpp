// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalcommand.h"

#include "commandline.h"
#include "evalreport.h"
#include "evalrunarguments.h"
#include "historycommand.h"
#include "texttable.h"

#include "eval/evalexport.h"
#include "eval/evalsession.h"
#include "eval/evalsetformat.h"
#include "eval/promptfooconfig.h"
#include "providers/chatclient.h"
#include "providers/targetspec.h"
#include "secrets/apikeystore.h"
#include "store/database.h"
#include "store/evalrepository.h"
#include "store/storeworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace {
class EvalCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)
public:
    static const QString name;
};
const QString EvalCommand::name = QStringLiteral("eval");

/// Loads a stored run, its results and matrix, or says why not.
struct LoadedRun
{
    EvalRunRecord record;
    QList<EvalResult> results;
    EvalMatrix matrix;
};

Result<LoadedRun> loadRun(EvalRepository &repository, qint64 id)
{
    Result<EvalRunRecord> record = repository.run(id);
    if (!record)
        return Result<LoadedRun>::failure(record.error());
    Result<QList<EvalResult>> results = repository.results(id);
    if (!results)
        return Result<LoadedRun>::failure(results.error());
    LoadedRun loaded{std::move(record).value(), std::move(results).value(), {}};
    loaded.matrix = EvalMatrix::build(loaded.record.set, loaded.results, loaded.record.info.endpoints);
    return loaded;
}

int list(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository)
{
    const Result<QStringList> names = repository.setNames();
    if (!names)
        return context.failure(EvalCommand::name, names.error());
    const Result<QList<EvalRunInfo>> runs = repository.runs(parser.value(QStringLiteral("set")));
    if (!runs)
        return context.failure(EvalCommand::name, runs.error());
    QList<std::pair<QString, int>> sets;
    for (const QString &name : *names) {
        const Result<EvalSet> set = repository.loadSet(name);
        sets.append({name, set ? int(set->cases.size()) : 0});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray setList;
        for (const auto &[name, count] : sets)
            setList.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("cases"), count}});
        QJsonArray runList;
        for (const EvalRunInfo &info : *runs)
            runList.append(EvalReport::runInfoJson(info));
        context.printJson(QJsonObject{{QStringLiteral("sets"), setList}, {QStringLiteral("runs"), runList}});
        return ExitCode::Ok;
    }
    if (sets.isEmpty() && runs->isEmpty()) {
        context.out << EvalCommand::tr(
                           "No evaluation sets or runs yet. Run one with: rightsize eval run --set cases.csv --prompt "
                           "\"Answer: {{question}}\" --endpoint NAME")
                    << '\n';
        context.out.flush();
        return ExitCode::Ok;
    }
    TextTable setTable({EvalCommand::tr("Set"), EvalCommand::tr("Cases")}, {false, true});
    for (const auto &[name, count] : sets)
        setTable.addRow({name, QString::number(count)});
    context.out << setTable.toString() << '\n';
    TextTable runTable({EvalCommand::tr("Run"), EvalCommand::tr("Set"), EvalCommand::tr("Started (UTC)"),
                        EvalCommand::tr("Status"), EvalCommand::tr("Done"), EvalCommand::tr("Passed"),
                        EvalCommand::tr("Endpoints")},
                       {true, false, false, false, true, true, false});
    for (const EvalRunInfo &info : *runs) {
        runTable.addRow({QString::number(info.id), info.setName,
                         info.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         EvalReport::statusText(info.status), QStringLiteral("%1/%2").arg(info.done).arg(info.total),
                         QString::number(info.passed), info.endpoints.join(QStringLiteral(", "))});
    }
    context.out << runTable.toString();
    context.out.flush();
    return ExitCode::Ok;
}

int show(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository, const QString &idText)
{
    const Result<qint64> id = EvalRunArguments::runId(idText);
    if (!id)
        return context.usageError(EvalCommand::name, EvalCommand::tr("show %1").arg(id.error()));
    const Result<LoadedRun> loaded = loadRun(repository, *id);
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(EvalReport::json(loaded->record.info, loaded->record.set, loaded->matrix));
    else
        EvalReport::print(context, loaded->record.info, loaded->record.set, loaded->matrix);
    return ExitCode::Ok;
}

int exportRun(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository,
              const QString &idText)
{
    const Result<qint64> id = EvalRunArguments::runId(idText);
    if (!id)
        return context.usageError(EvalCommand::name, EvalCommand::tr("export %1").arg(id.error()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(EvalCommand::name, EvalCommand::tr("export needs --out FILE"));
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<EvalExport::Format> format =
        formatName.isEmpty() ? EvalExport::formatForPath(out) : EvalExport::formatFromName(formatName);
    if (!format)
        return context.usageError(
            EvalCommand::name,
            EvalCommand::tr("--format expects one of: %1").arg(EvalExport::formatNames().join(QStringLiteral(", "))));
    const Result<LoadedRun> loaded = loadRun(repository, *id);
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    const PromptfooRunInfo run{loaded->record.info.id, loaded->record.info.startedAt, loaded->record.options.prompt,
                               loaded->record.endpoints};
    if (const Status written = EvalExport::write(out, loaded->record.set, loaded->results, *format, run); !written)
        return context.failure(EvalCommand::name, written.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(
            QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("results"), int(loaded->results.size())}});
    else
        context.out << EvalCommand::tr("%1 results written to %2")
                           .arg(loaded->results.size())
                           .arg(QDir::toNativeSeparators(out))
                    << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

void printSets(QTextStream &stream, const QList<EvalSet> &sets)
{
    for (const EvalSet &set : sets)
        stream << EvalCommand::tr("Set “%1”: %2 cases").arg(set.name).arg(set.cases.size()) << '\n';
}

QJsonArray setsJson(const QList<EvalSet> &sets)
{
    QJsonArray array;
    for (const EvalSet &set : sets)
        array.append(QJsonObject{{QStringLiteral("name"), set.name}, {QStringLiteral("cases"), int(set.cases.size())}});
    return array;
}

/// Lists what a promptfoo configuration maps to and what it skips, one line each.
void printConfig(QTextStream &stream, const QString &path, const EvalRunArguments::Config &config)
{
    const PromptfooProject &project = config.project;
    for (qsizetype i = 0; i < project.providers.size(); ++i) {
        const Endpoint &endpoint = config.endpoints.at(i);
        const bool mine = config.isConfigured.at(i);
        stream
            << (mine
                    ? EvalCommand::tr("Provider %1 → your endpoint “%2”").arg(project.providers.at(i).id, endpoint.name)
                    : EvalCommand::tr("Provider %1 → %2 (for this run)")
                          .arg(project.providers.at(i).id, TargetSpec::format(endpoint)))
            << '\n';
    }
    if (config.judge)
        stream << EvalCommand::tr("Rubric provider → %1").arg(config.judge->name) << '\n';
    printSets(stream, project.sets);
    if (!project.unsupported.isEmpty())
        stream << EvalCommand::tr("Not supported, skipped (%1):").arg(project.unsupported.size()) << '\n';
    for (const PromptfooUnsupported &item : project.unsupported)
        stream << "  " << PromptfooConfig::describe(QFileInfo(path).fileName(), item) << '\n';
    stream.flush();
}

QJsonObject configJson(const EvalRunArguments::Config &config)
{
    QJsonArray providers;
    for (qsizetype i = 0; i < config.endpoints.size(); ++i)
        providers.append(QJsonObject{{QStringLiteral("id"), config.project.providers.at(i).id},
                                     {QStringLiteral("endpoint"), config.endpoints.at(i).name},
                                     {QStringLiteral("configured"), config.isConfigured.at(i)},
                                     {QStringLiteral("target"), TargetSpec::format(config.endpoints.at(i))}});
    QJsonArray unsupported;
    for (const PromptfooUnsupported &item : config.project.unsupported)
        unsupported.append(QJsonObject{{QStringLiteral("line"), item.line},
                                       {QStringLiteral("what"), item.what},
                                       {QStringLiteral("why"), item.why}});
    return QJsonObject{{QStringLiteral("providers"), providers},
                       {QStringLiteral("sets"), setsJson(config.project.sets)},
                       {QStringLiteral("repeat"), config.project.repeat},
                       {QStringLiteral("unsupported"), unsupported}};
}

/// `eval import FILE`: saves the set(s) of a CSV/JSONL/JSON file or a promptfoo configuration.
int importSets(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository,
               const QString &path)
{
    QList<EvalSet> sets;
    std::optional<EvalRunArguments::Config> config;
    if (PromptfooConfig::isConfigPath(path)) {
        Result<EvalRunArguments::Config> read = EvalRunArguments::loadConfig(path);
        if (!read)
            return context.usageError(EvalCommand::name, read.error());
        config = std::move(read).value();
        sets = config->project.sets;
    } else {
        const Result<EvalSet> set = EvalSetFormat::importFile(path);
        if (!set)
            return context.usageError(EvalCommand::name, set.error());
        sets.append(set.value());
    }
    for (const EvalSet &set : sets)
        if (const Result<qint64> saved = repository.saveSet(set); !saved)
            return context.failure(EvalCommand::name, saved.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(config ? configJson(*config) : QJsonObject{{QStringLiteral("sets"), setsJson(sets)}});
        return ExitCode::Ok;
    }
    if (config)
        printConfig(context.out, path, *config);
    else
        printSets(context.out, sets);
    context.out << EvalCommand::tr("Saved; run with: rightsize eval run %1")
                       .arg(config ? QStringLiteral("--config ") + path
                                   : QStringLiteral("--set \"%1\" --endpoint NAME").arg(sets.first().name))
                << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

/// Drives an EvalSession to the end of the run, printing a line per result, then the stored run
/// (with --json into `reports`).
int runPlan(CommandContext &context, const QCommandLineParser &parser, EvalRunPlan plan, Database &database,
            EvalRepository &repository, QJsonArray *reports)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return context.usageError(EvalCommand::name, timeouts.error());
    for (Endpoint &endpoint : plan.endpoints)
        timeouts->applyTo(endpoint);
    if (plan.judge)
        timeouts->applyTo(*plan.judge);

    StoreWorker store(database);
    QNetworkAccessManager network;
    ChatClient client(&network);
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    EvalSession session(&client, keys.get());
    session.setStore(&store);
    const EvalSet set = plan.set; // the plan moves into the session
    const int total = int(set.cases.size() * plan.endpoints.size()) * plan.options.repeat;
    const qint64 resumed = plan.resumeRunId;
    const qsizetype stored = plan.finished.size();
    QObject::connect(&session, &EvalSession::started, &session, [&](qint64 id) {
        if (json)
            return;
        context.err << (resumed
                            ? EvalCommand::tr("Resuming evaluation run %1 of “%2”: %3 of %4 results already stored.")
                                  .arg(id)
                                  .arg(set.name)
                                  .arg(stored)
                                  .arg(total)
                            : EvalCommand::tr(
                                  "Evaluation run %1 of “%2”: %3 cases × %4 endpoints × %5 = %6 calls. If it is "
                                  "stopped, continue it with: rightsize eval run --resume %1")
                                  .arg(id)
                                  .arg(set.name)
                                  .arg(set.cases.size())
                                  .arg(session.plan().endpoints.size())
                                  .arg(session.plan().options.repeat)
                                  .arg(total))
                    << '\n';
        context.err.flush();
    });
    QObject::connect(&session, &EvalSession::resultReady, &session, [&](const EvalResult &result) {
        if (json)
            return;
        const EvalProgress progress = session.progress();
        QString line = QStringLiteral("[%1/%2] %3 · %4 · %5")
                           .arg(progress.done)
                           .arg(progress.total)
                           .arg(EvalReport::oneLine(set.caseLabel(result.caseIndex), 40), result.endpointName,
                                result.passed           ? QStringLiteral("PASS")
                                    : result.hasError() ? QStringLiteral("ERROR")
                                                        : QStringLiteral("FAIL"));
        if (progress.remainingMs && *progress.remainingMs >= 1000 && progress.done < progress.total)
            line += EvalCommand::tr(" · about %1 s left")
                        .arg(EvalReport::figure(double(*progress.remainingMs) / 1000.0, 0));
        context.err << line << '\n';
        context.err.flush();
    });
    QString storeProblem;
    QObject::connect(&session, &EvalSession::storeFailed, &session, [&](const QString &message) {
        // A result that cannot be kept would be paid for again on resume: stop here.
        if (storeProblem.isEmpty())
            storeProblem = message;
        session.cancel();
    });
    QString failure;
    QEventLoop loop;
    QObject::connect(&session, &EvalSession::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&session, &EvalSession::finished, &loop, &QEventLoop::quit);
    if (const Status started = session.start(std::move(plan)); !started)
        return context.failure(EvalCommand::name, started.error());
    loop.exec();
    if (!failure.isEmpty())
        return context.failure(EvalCommand::name, failure);
    if (!storeProblem.isEmpty())
        return context.failure(EvalCommand::name, storeProblem);

    const Result<LoadedRun> loaded = loadRun(repository, session.runId());
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    if (json)
        reports->append(EvalReport::json(loaded->record.info, loaded->record.set, loaded->matrix));
    else
        EvalReport::print(context, loaded->record.info, loaded->record.set, loaded->matrix);
    if (!keys->keychainAvailable() &&
        std::any_of(loaded->results.cbegin(), loaded->results.cend(), [](const EvalResult &r) {
            return r.error.contains(QLatin1String("401")) || r.error.contains(QLatin1String("403"));
        }))
        context.err << keys->keychainStatus() << '\n';
    context.err.flush();
    return EvalReport::exitCode(loaded->record.info, loaded->matrix);
}

/// `eval run`: one plan from the options, or one per prompt of a promptfoo configuration.
int run(CommandContext &context, const QCommandLineParser &parser, const QStringList &arguments,
        const QString &configPath, Database &database, EvalRepository &repository)
{
    QList<EvalRunPlan> plans;
    if (configPath.isEmpty()) {
        Result<EvalRunPlan> plan = EvalRunArguments::read(parser, arguments, repository, context.userCatalogDir);
        if (!plan)
            return context.usageError(EvalCommand::name, plan.error());
        plans.append(std::move(plan).value());
    } else {
        const Result<EvalRunArguments::Config> config = EvalRunArguments::loadConfig(configPath);
        if (!config)
            return context.usageError(EvalCommand::name, config.error());
        Result<QList<EvalRunPlan>> read =
            EvalRunArguments::readConfigRuns(parser, *config, repository, context.userCatalogDir);
        if (!read)
            return context.usageError(EvalCommand::name, read.error());
        if (!parser.isSet(QStringLiteral("json")))
            printConfig(context.err, configPath, *config);
        plans = std::move(read).value();
    }
    QJsonArray reports;
    int exit = ExitCode::Ok;
    for (EvalRunPlan &plan : plans) {
        const int code = runPlan(context, parser, std::move(plan), database, repository, &reports);
        if (code != ExitCode::Ok && (exit == ExitCode::Ok || exit == EvalCli::kSomeCasesFailed))
            exit = code; // a run that could not be done outweighs failed cases
        if (code != ExitCode::Ok && code != EvalCli::kSomeCasesFailed)
            break;
    }
    if (parser.isSet(QStringLiteral("json")) && !reports.isEmpty())
        context.printJson(configPath.isEmpty() ? reports.first().toObject()
                                               : QJsonObject{{QStringLiteral("runs"), reports}});
    return exit;
}
} // namespace

int runEvalCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvalCommand::tr(
        "Measures quality on your own tasks: runs an evaluation set across endpoints and grades every answer.\n"
        "  eval run --set FILE|NAME --endpoint NAME…   run a set (CSV/JSONL in promptfoo's layout, or a saved set)\n"
        "  eval run --resume RUN_ID                    continue a stopped run without repeating finished cases\n"
        "  eval run --config promptfooconfig.yaml      run a promptfoo configuration (also: eval run FILE.yaml)\n"
        "  eval import FILE                            save the set(s) of a CSV/JSONL/JSON file or promptfoo config\n"
        "  eval list                                   saved sets and runs, newest first\n"
        "  eval show RUN_ID                            a run's case × endpoint matrix and pass rates\n"
        "  eval export RUN_ID --out FILE               a run's results as CSV, JSON, JSONL or promptfoo's results "
        "JSON\n"
        "Results are stored as they arrive in the history database.\n"
        "Exit codes: 0 every case passed on every endpoint; 100 the run finished but some case failed or could not\n"
        "be graded (for CI); 1 the run could not be done or was cancelled; 2 bad usage or a bad set file."));
    parser.addPositionalArgument(QStringLiteral("action"), EvalCommand::tr("run, list, show, export or import"));
    parser.addOptions({
        {QStringLiteral("set"),
         EvalCommand::tr(
             "The evaluation set: a .csv, .jsonl or .json file (saved by its name), or a saved set's name."),
         QStringLiteral("FILE|NAME")},
        {QStringLiteral("config"),
         EvalCommand::tr("A promptfoo configuration (promptfooconfig.yaml): its prompts, providers, tests, "
                         "defaultTest and evaluateOptions; unsupported parts are listed with their line."),
         QStringLiteral("FILE")},
        {QStringLiteral("prompt"),
         EvalCommand::tr("The user prompt template, e.g. \"Answer: {{question}}\"; needed when the set has none."),
         QStringLiteral("TEMPLATE")},
        {QStringLiteral("system"), EvalCommand::tr("The system prompt template (with --prompt)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("endpoint"),
         EvalCommand::tr("A configured endpoint (see 'rightsize endpoint list'); repeat for several."),
         QStringLiteral("NAME")},
        {QStringLiteral("target"),
         EvalCommand::tr("An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; repeat for several."),
         QStringLiteral("KIND:MODEL@BASE_URL")},
        {QStringLiteral("repeat"),
         EvalCommand::tr("Runs of every case on every endpoint, to see variance (default 1)."), QStringLiteral("N")},
        {QStringLiteral("concurrency"), EvalCommand::tr("Calls in flight at once (default 4)."), QStringLiteral("N")},
        {QStringLiteral("judge"),
         EvalCommand::tr("The endpoint (name or KIND:MODEL@BASE_URL) that grades llm-rubric assertions."),
         QStringLiteral("NAME")},
        {QStringLiteral("temperature"), EvalCommand::tr("Sampling temperature, 0–2 (default: each endpoint's own)."),
         QStringLiteral("T")},
        {QStringLiteral("max-tokens"), EvalCommand::tr("Most output tokens per answer."), QStringLiteral("N")},
        {QStringLiteral("resume"), EvalCommand::tr("Continue a cancelled or interrupted run (see 'eval list')."),
         QStringLiteral("RUN_ID")},
        {QStringLiteral("format"),
         EvalCommand::tr("Export format: csv, json, jsonl or promptfoo (promptfoo's results JSON; default: from "
                         "the file name)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), EvalCommand::tr("The file to export to."), QStringLiteral("FILE")},
        HistoryCli::databaseOption(),
        Cli::catalogOption(),
        Cli::jsonOption(),
    });
    parser.addOptions(Cli::timeoutOptions());
    if (const auto exit = Cli::parseOrExit(context, EvalCommand::name, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool takesId = action == QLatin1String("show") || action == QLatin1String("export");
    const bool isImport = action == QLatin1String("import");
    const bool isRun = action == QLatin1String("run");
    if (!isRun && !isImport && action != QLatin1String("list") && !takesId)
        return context.usageError(
            EvalCommand::name,
            EvalCommand::tr(
                "expects run, list, show RUN_ID, export RUN_ID or import FILE; see 'rightsize eval --help'"));
    if (takesId && args.size() != 2)
        return context.usageError(EvalCommand::name, EvalCommand::tr("%1 expects one RUN_ID").arg(action));
    if (isImport && args.size() != 2)
        return context.usageError(EvalCommand::name, EvalCommand::tr("import expects one FILE"));
    // `eval run promptfooconfig.yaml` is `eval run --config promptfooconfig.yaml`.
    QString configPath = parser.value(QStringLiteral("config"));
    if (isRun && args.size() == 2 && configPath.isEmpty() && PromptfooConfig::isConfigPath(args.at(1)))
        configPath = args.at(1);
    else if (!takesId && !isImport && args.size() != 1)
        return context.usageError(EvalCommand::name, EvalCommand::tr("unexpected argument “%1”").arg(args.value(1)));

    Database database;
    if (const Status opened = HistoryCli::openDatabase(database, parser); !opened)
        return context.failure(EvalCommand::name, opened.error());
    EvalRepository repository(database);
    if (action == QLatin1String("list"))
        return list(context, parser, repository);
    if (action == QLatin1String("show"))
        return show(context, parser, repository, args.at(1));
    if (action == QLatin1String("export"))
        return exportRun(context, parser, repository, args.at(1));
    if (isImport)
        return importSets(context, parser, repository, args.at(1));
    return run(context, parser, arguments, configPath, database, repository);
}
