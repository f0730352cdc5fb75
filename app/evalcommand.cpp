// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalcommand.h"

#include "commandline.h"
#include "historycommand.h"
#include "texttable.h"

#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "eval/evalexport.h"
#include "eval/evalmatrix.h"
#include "eval/evalrunner.h"
#include "eval/evalsetformat.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providers/targetspec.h"
#include "secrets/apikeystore.h"
#include "store/database.h"
#include "store/evalrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
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

QString figure(double value, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

QString percent(double share)
{
    return figure(share * 100.0, 1) + QLatin1Char('%');
}

QString milliseconds(const std::optional<double> &value)
{
    return value ? figure(*value, 0) : QStringLiteral("—");
}

/// --endpoint and --target values in the order they were written: the matrix's columns follow it.
QList<std::pair<bool, QString>> targetsInOrder(const QStringList &arguments)
{
    QList<std::pair<bool, QString>> targets;   // (is ad-hoc target, value)
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        for (const QString &option : {QStringLiteral("endpoint"), QStringLiteral("target")}) {
            const bool target = option == QLatin1String("target");
            for (const QString &dash : {QStringLiteral("--"), QStringLiteral("-")}) {
                const QString name = dash + option;
                if (a == name && i + 1 < arguments.size())
                    targets.append({target, arguments.at(++i)});
                else if (a.startsWith(name + QLatin1Char('=')))
                    targets.append({target, a.mid(name.size() + 1)});
            }
        }
    }
    return targets;
}

/// Finds endpoints by configured name or `KIND:MODEL@BASE_URL` spec; the store is read once.
class EndpointResolver
{
public:
    Result<Endpoint> configured(const QString &name)
    {
        if (!m_store) {
            m_store.emplace();
            if (const Status loaded = m_store->load(); !loaded)
                return Result<Endpoint>::failure(loaded.error());
        }
        if (const Endpoint *endpoint = m_store->find(name))
            return *endpoint;
        QStringList known;
        for (const Endpoint &e : m_store->endpoints())
            known << e.name;
        return Result<Endpoint>::failure(
            known.isEmpty() ? EvalCommand::tr("unknown endpoint “%1”: none is configured (see 'rightsize endpoint add')").arg(name)
                            : EvalCommand::tr("unknown endpoint “%1”; configured: %2").arg(name, known.join(QStringLiteral(", "))));
    }
    /// A configured name, else a spec.
    Result<Endpoint> any(const QString &value)
    {
        const Result<Endpoint> byName = configured(value);
        if (byName || !value.contains(QLatin1Char('@')))
            return byName;
        return TargetSpec::parse(value);
    }
    /// A stored endpoint (without its key reference) made live again: the configured endpoint of
    /// that name, or the ad-hoc target its name spells, or the stored one as it is.
    Endpoint revive(const Endpoint &stored)
    {
        if (const Result<Endpoint> byName = configured(stored.name))
            return byName.value();
        if (const Result<Endpoint> spec = TargetSpec::parse(stored.name))
            return spec.value();
        return stored;
    }

private:
    std::optional<EndpointStore> m_store;
};

Result<int> positiveInt(const QCommandLineParser &parser, const QString &option, int fallback, int max)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1 || n > max)
        return Result<int>::failure(EvalCommand::tr("--%1 expects a whole number from 1 to %2, not “%3”").arg(option).arg(max).arg(parser.value(option)));
    return n;
}

QString cellText(const EvalCell &cell)
{
    QString verdict = cell.isEmpty() ? QStringLiteral("—")
                      : cell.passed  ? QStringLiteral("PASS")
                      : cell.error   ? QStringLiteral("ERROR")
                                     : QStringLiteral("FAIL");
    if (cell.runs > 1 && cell.passes > 0 && cell.passes < cell.runs)
        verdict += QStringLiteral(" %1/%2").arg(cell.passes).arg(cell.runs);
    return verdict;
}

QString oneLine(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

QString statusText(EvalRunInfo::Status status)
{
    switch (status) {
    case EvalRunInfo::Status::Running: return EvalCommand::tr("running");
    case EvalRunInfo::Status::Finished: return EvalCommand::tr("finished");
    case EvalRunInfo::Status::Cancelled: return EvalCommand::tr("cancelled");
    case EvalRunInfo::Status::Interrupted: return EvalCommand::tr("interrupted");
    }
    return {};
}

QJsonObject runInfoJson(const EvalRunInfo &info)
{
    QJsonArray endpoints;
    for (const QString &name : info.endpoints)
        endpoints.append(name);
    return QJsonObject{
        {QStringLiteral("run_id"), double(info.id)},
        {QStringLiteral("set"), info.setName},
        {QStringLiteral("status"), EvalRunInfo::statusName(info.status)},
        {QStringLiteral("started_at"), info.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), info.finishedAt.isValid() ? QJsonValue(info.finishedAt.toString(Qt::ISODateWithMs))
                                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("repeat"), info.repeat},
        {QStringLiteral("total"), info.total},
        {QStringLiteral("done"), info.done},
        {QStringLiteral("passed"), info.passed},
    };
}

/// The matrix, the per-endpoint summary and the failures, as text.
void printReport(const CommandContext &context, const EvalRunInfo &info, const EvalSet &set, const EvalMatrix &matrix)
{
    context.out << EvalCommand::tr("Evaluation run %1 · set “%2” · %3 · %4 of %5 results")
                       .arg(info.id)
                       .arg(set.name, statusText(info.status))
                       .arg(info.done)
                       .arg(info.total)
                << "\n\n";
    QStringList header{EvalCommand::tr("Case")};
    header << matrix.endpoints;
    TextTable cells(header);
    for (int row = 0; row < matrix.cells.size(); ++row) {
        QStringList line{oneLine(matrix.caseLabels.value(row), 40)};
        for (int column = 0; column < matrix.endpoints.size(); ++column)
            line << cellText(matrix.cell(row, column));
        cells.addRow(line);
    }
    context.out << cells.toString() << '\n';

    TextTable summary({EvalCommand::tr("Endpoint"), EvalCommand::tr("Pass rate"), EvalCommand::tr("95% interval"), EvalCommand::tr("Cases"), EvalCommand::tr("Cost"),
                       EvalCommand::tr("Cost/case"), EvalCommand::tr("p50 ms"), EvalCommand::tr("p95 ms")},
                      {false, true, true, true, true, true, true, true});
    for (const EvalEndpointSummary &s : matrix.summaries) {
        summary.addRow({s.endpointName,
                        percent(s.passRate) + QStringLiteral(" (%1/%2)").arg(s.passes).arg(s.results),
                        percent(s.interval.low) + QStringLiteral("–") + percent(s.interval.high),
                        QString::number(s.cases),
                        s.pricedResults > 0 ? formatUsdPrecise(s.costUsd) : EvalCommand::tr("unpriced"),
                        s.costPerCase ? formatUsdPrecise(*s.costPerCase) : QStringLiteral("—"),
                        milliseconds(s.p50LatencyMs), milliseconds(s.p95LatencyMs)});
    }
    context.out << summary.toString();

    QStringList failures;
    for (int row = 0; row < matrix.cells.size(); ++row) {
        for (int column = 0; column < matrix.endpoints.size(); ++column) {
            const EvalCell &cell = matrix.cell(row, column);
            if (cell.isEmpty() || cell.passed)
                continue;
            failures << QStringLiteral("  %1 · %2: %3")
                            .arg(oneLine(matrix.caseLabels.value(row), 40), matrix.endpoints.at(column),
                                 oneLine(cell.failureReasons.join(QStringLiteral("; ")), 200));
        }
    }
    if (!failures.isEmpty())
        context.out << '\n' << EvalCommand::tr("Failures:") << '\n' << failures.join(QLatin1Char('\n')) << '\n';
    context.out.flush();
}

/// What run and show print: the report with the run's id and status.
QJsonObject reportJson(const EvalRunInfo &info, const EvalSet &set, const EvalMatrix &matrix)
{
    QJsonObject report = EvalExport::report(set, matrix);
    report.insert(QStringLiteral("run_id"), double(info.id));
    report.insert(QStringLiteral("status"), EvalRunInfo::statusName(info.status));
    report.insert(QStringLiteral("total"), info.total);
    report.insert(QStringLiteral("done"), info.done);
    return report;
}

/// 0 when every case passed everywhere, 100 when some failed, 1 when the run did not finish.
int exitCodeOf(const EvalRunInfo &info, const EvalMatrix &matrix)
{
    if (info.status != EvalRunInfo::Status::Finished)
        return ExitCode::Failure;
    for (const EvalEndpointSummary &s : matrix.summaries) {
        if (s.passes < s.results)
            return EvalCli::kSomeCasesFailed;
    }
    return ExitCode::Ok;
}

Result<qint64> runId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<qint64>::failure(EvalCommand::tr("expects a RUN_ID number, not “%1”").arg(text));
    return id;
}

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
            runList.append(runInfoJson(info));
        context.printJson(QJsonObject{{QStringLiteral("sets"), setList}, {QStringLiteral("runs"), runList}});
        return ExitCode::Ok;
    }
    if (sets.isEmpty() && runs->isEmpty()) {
        context.out << EvalCommand::tr("No evaluation sets or runs yet. Run one with: rightsize eval run --set cases.csv --prompt "
                             "\"Answer: {{question}}\" --endpoint NAME")
                    << '\n';
        context.out.flush();
        return ExitCode::Ok;
    }
    TextTable setTable({EvalCommand::tr("Set"), EvalCommand::tr("Cases")}, {false, true});
    for (const auto &[name, count] : sets)
        setTable.addRow({name, QString::number(count)});
    context.out << setTable.toString() << '\n';
    TextTable runTable({EvalCommand::tr("Run"), EvalCommand::tr("Set"), EvalCommand::tr("Started (UTC)"), EvalCommand::tr("Status"), EvalCommand::tr("Done"), EvalCommand::tr("Passed"),
                        EvalCommand::tr("Endpoints")},
                       {true, false, false, false, true, true, false});
    for (const EvalRunInfo &info : *runs) {
        runTable.addRow({QString::number(info.id), info.setName, info.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         statusText(info.status), QStringLiteral("%1/%2").arg(info.done).arg(info.total),
                         QString::number(info.passed), info.endpoints.join(QStringLiteral(", "))});
    }
    context.out << runTable.toString();
    context.out.flush();
    return ExitCode::Ok;
}

int show(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository, const QString &idText)
{
    const Result<qint64> id = runId(idText);
    if (!id)
        return context.usageError(EvalCommand::name, EvalCommand::tr("show %1").arg(id.error()));
    const Result<LoadedRun> loaded = loadRun(repository, *id);
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(reportJson(loaded->record.info, loaded->record.set, loaded->matrix));
    else
        printReport(context, loaded->record.info, loaded->record.set, loaded->matrix);
    return ExitCode::Ok;
}

int exportRun(CommandContext &context, const QCommandLineParser &parser, EvalRepository &repository, const QString &idText)
{
    const Result<qint64> id = runId(idText);
    if (!id)
        return context.usageError(EvalCommand::name, EvalCommand::tr("export %1").arg(id.error()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(EvalCommand::name, EvalCommand::tr("export needs --out FILE"));
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<EvalExport::Format> format =
        formatName.isEmpty() ? EvalExport::formatForPath(out) : EvalExport::formatFromName(formatName);
    if (!format)
        return context.usageError(EvalCommand::name, EvalCommand::tr("--format expects csv, json or jsonl"));
    const Result<LoadedRun> loaded = loadRun(repository, *id);
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    if (const Status written = EvalExport::write(out, loaded->record.set, loaded->results, *format); !written)
        return context.failure(EvalCommand::name, written.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("results"), int(loaded->results.size())}});
    else
        context.out << EvalCommand::tr("%1 results written to %2").arg(loaded->results.size()).arg(QDir::toNativeSeparators(out)) << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

/// Everything a run needs, checked before anything is sent.
struct RunSetup
{
    EvalSet set;
    QList<Endpoint> endpoints;
    std::optional<Endpoint> judge;
    EvalRunOptions options;
    Catalog catalog;
    qint64 resumeId = 0;
    QSet<EvalKey> finished;
};

Result<EvalSet> resolveSet(const QString &value, const EvalTemplate &prompt, EvalRepository &repository, bool *imported)
{
    *imported = false;
    if (QFileInfo(value).isFile()) {
        Result<EvalSet> set = EvalSetFormat::importFile(value, prompt);
        if (!set)
            return set;
        // Saved with its template, so that a later run by name needs no --prompt.
        if (set->prompt.isEmpty())
            set->prompt = prompt;
        *imported = true;
        return set;
    }
    Result<EvalSet> stored = repository.loadSet(value);
    if (stored)
        return stored;
    const Result<QStringList> names = repository.setNames();
    const QString known = names && !names->isEmpty() ? names->join(QStringLiteral(", ")) : EvalCommand::tr("none");
    return Result<EvalSet>::failure(
        EvalCommand::tr("--set “%1” is neither a file nor a saved set (saved sets: %2)").arg(value, known));
}

Result<RunSetup> readNewRun(const QCommandLineParser &parser, const QStringList &arguments, EvalRepository &repository,
                            EndpointResolver &resolver, const CommandContext &context)
{
    using R = Result<RunSetup>;
    RunSetup setup;
    if (!parser.isSet(QStringLiteral("set")))
        return R::failure(EvalCommand::tr("run needs --set FILE|NAME (a .csv, .jsonl or .json file, or a saved set)"));
    EvalTemplate prompt{parser.value(QStringLiteral("system")), parser.value(QStringLiteral("prompt"))};
    if (!prompt.system.isEmpty() && prompt.user.isEmpty())
        return R::failure(EvalCommand::tr("--system needs --prompt too"));
    bool imported = false;
    Result<EvalSet> set = resolveSet(parser.value(QStringLiteral("set")), prompt, repository, &imported);
    if (!set)
        return R::failure(set.error());
    setup.set = std::move(set).value();
    if (setup.set.cases.isEmpty())
        return R::failure(EvalCommand::tr("the set “%1” has no cases").arg(setup.set.name));
    setup.options.prompt = prompt;
    const EvalTemplate &used = prompt.isEmpty() ? setup.set.prompt : prompt;
    if (used.isEmpty())
        return R::failure(EvalCommand::tr("the set “%1” has no prompt template; give one with --prompt, e.g. --prompt \"Answer: {{question}}\"")
                              .arg(setup.set.name));
    if (const Status fits = setup.set.checkTemplate(used); !fits)
        return R::failure(fits.error());

    const Result<int> repeat = positiveInt(parser, QStringLiteral("repeat"), 1, 100);
    if (!repeat)
        return R::failure(repeat.error());
    setup.options.repeat = *repeat;
    const Result<int> concurrency = positiveInt(parser, QStringLiteral("concurrency"), setup.options.concurrency, 64);
    if (!concurrency)
        return R::failure(concurrency.error());
    setup.options.concurrency = *concurrency;
    bool ok = true;
    if (parser.isSet(QStringLiteral("temperature"))) {
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return R::failure(EvalCommand::tr("--temperature expects a number from 0 to 2"));
        setup.options.temperature = t;
    }
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        const Result<int> n = positiveInt(parser, QStringLiteral("max-tokens"), 0, 1000000);
        if (!n)
            return R::failure(n.error());
        setup.options.maxTokens = *n;
    }

    const QList<std::pair<bool, QString>> targets = targetsInOrder(arguments);
    if (targets.isEmpty())
        return R::failure(EvalCommand::tr("name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL"));
    QStringList names;
    for (const auto &[adHoc, value] : targets) {
        const Result<Endpoint> endpoint = adHoc ? TargetSpec::parse(value) : resolver.configured(value);
        if (!endpoint)
            return R::failure(endpoint.error());
        if (names.contains(endpoint->name))
            return R::failure(EvalCommand::tr("“%1” is named twice").arg(endpoint->name));
        names << endpoint->name;
        setup.endpoints.append(endpoint.value());
    }
    if (parser.isSet(QStringLiteral("judge"))) {
        const Result<Endpoint> judge = resolver.any(parser.value(QStringLiteral("judge")));
        if (!judge)
            return R::failure(EvalCommand::tr("--judge: %1").arg(judge.error()));
        setup.judge = judge.value();
    } else {
        for (int i = 0; i < setup.set.cases.size(); ++i) {
            for (const EvalAssertion &a : setup.set.cases.at(i).assertions) {
                if (a.kind == EvalAssertion::Kind::LlmRubric)
                    return R::failure(EvalCommand::tr("%1 has an llm-rubric assertion: name the endpoint that grades it with --judge NAME")
                                          .arg(setup.set.caseLabel(i)));
            }
        }
    }
    const CatalogRegistry registry(context.userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    setup.catalog = std::move(catalog).value();
    if (imported) {
        if (const Result<qint64> saved = repository.saveSet(setup.set); !saved)
            return R::failure(saved.error());
    }
    return setup;
}

Result<RunSetup> readResumedRun(const QCommandLineParser &parser, EvalRepository &repository, EndpointResolver &resolver,
                                const CommandContext &context)
{
    using R = Result<RunSetup>;
    for (const QString &option : {QStringLiteral("set"), QStringLiteral("prompt"), QStringLiteral("system"), QStringLiteral("endpoint"),
                                 QStringLiteral("target"), QStringLiteral("repeat"), QStringLiteral("judge"),
                                 QStringLiteral("temperature"), QStringLiteral("max-tokens")}) {
        if (parser.isSet(option))
            return R::failure(EvalCommand::tr("--resume continues a run as it was started: --%1 cannot change it").arg(option));
    }
    const Result<qint64> id = runId(parser.value(QStringLiteral("resume")));
    if (!id)
        return R::failure(EvalCommand::tr("--resume %1").arg(id.error()));
    const Result<EvalRunRecord> record = repository.run(*id);
    if (!record)
        return R::failure(record.error());
    if (!record->info.canResume())
        return R::failure(record->info.status == EvalRunInfo::Status::Finished
                              ? EvalCommand::tr("evaluation run %1 has finished; there is nothing to resume").arg(*id)
                              : EvalCommand::tr("evaluation run %1 is still running in another Rightsize").arg(*id));
    RunSetup setup;
    setup.resumeId = *id;
    setup.set = record->set;
    setup.options = record->options;
    const Result<int> concurrency = positiveInt(parser, QStringLiteral("concurrency"), setup.options.concurrency, 64);
    if (!concurrency)
        return R::failure(concurrency.error());
    setup.options.concurrency = *concurrency;
    for (const Endpoint &stored : record->endpoints)
        setup.endpoints.append(resolver.revive(stored));
    if (record->judge)
        setup.judge = resolver.revive(*record->judge);
    Result<QSet<EvalKey>> finished = repository.finishedKeys(*id);
    if (!finished)
        return R::failure(finished.error());
    setup.finished = std::move(finished).value();
    const CatalogRegistry registry(context.userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    setup.catalog = std::move(catalog).value();
    return setup;
}

/// Keys are looked up once, before the run (the keychain answers asynchronously, the runner asks
/// synchronously), and held in memory only for the run.
QHash<QString, QString> prefetchKeys(ApiKeyStore &keys, const QList<Endpoint> &endpoints)
{
    QHash<QString, QString> found;
    for (const Endpoint &endpoint : endpoints) {
        if (found.contains(endpoint.name))
            continue;
        found.insert(endpoint.name, QCoro::waitFor(keys.lookup(endpoint)).value);
    }
    return found;
}

int run(CommandContext &context, const QCommandLineParser &parser, const QStringList &arguments, EvalRepository &repository)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    EndpointResolver resolver;
    Result<RunSetup> setup = parser.isSet(QStringLiteral("resume"))
                                 ? readResumedRun(parser, repository, resolver, context)
                                 : readNewRun(parser, arguments, repository, resolver, context);
    if (!setup)
        return context.usageError(EvalCommand::name, setup.error());
    const Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return context.usageError(EvalCommand::name, timeouts.error());
    for (Endpoint &endpoint : setup->endpoints)
        timeouts->applyTo(endpoint);
    if (setup->judge)
        timeouts->applyTo(*setup->judge);

    qint64 id = setup->resumeId;
    if (id) {
        if (const Status resumed = repository.resumeRun(id); !resumed)
            return context.failure(EvalCommand::name, resumed.error());
    } else {
        const Result<qint64> started = repository.startRun(setup->set, setup->endpoints, setup->options, setup->judge);
        if (!started)
            return context.failure(EvalCommand::name, started.error());
        id = *started;
    }

    QNetworkAccessManager network;
    ChatClient client(&network);
    EvalRunner runner(&client);
    runner.setCatalog(setup->catalog);
    if (setup->judge)
        runner.setJudge(setup->judge);
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    QList<Endpoint> keyed = setup->endpoints;
    if (setup->judge)
        keyed.append(*setup->judge);
    const QHash<QString, QString> apiKeys = prefetchKeys(*keys, keyed);
    runner.setApiKeyLookup([apiKeys](const Endpoint &endpoint) { return apiKeys.value(endpoint.name); });

    if (!json) {
        const int total = int(setup->set.cases.size() * setup->endpoints.size()) * setup->options.repeat;
        context.err << (setup->resumeId
                            ? EvalCommand::tr("Resuming evaluation run %1 of “%2”: %3 of %4 results already stored.")
                                  .arg(id)
                                  .arg(setup->set.name)
                                  .arg(setup->finished.size())
                                  .arg(total)
                            : EvalCommand::tr("Evaluation run %1 of “%2”: %3 cases × %4 endpoints × %5 = %6 calls. If it is "
                                    "stopped, continue it with: rightsize eval run --resume %1")
                                  .arg(id)
                                  .arg(setup->set.name)
                                  .arg(setup->set.cases.size())
                                  .arg(setup->endpoints.size())
                                  .arg(setup->options.repeat)
                                  .arg(total))
                    << '\n';
        context.err.flush();
    }
    QString storeProblem;
    QObject::connect(&runner, &EvalRunner::resultReady, &runner, [&](const EvalResult &result) {
        if (const Status stored = repository.appendResult(id, result); !stored && storeProblem.isEmpty()) {
            // A result that cannot be kept would be paid for again on resume: stop here.
            storeProblem = stored.error();
            runner.cancel();
            return;
        }
        if (json)
            return;
        const EvalProgress progress = runner.progress();
        QString line = QStringLiteral("[%1/%2] %3 · %4 · %5")
                           .arg(progress.done)
                           .arg(progress.total)
                           .arg(oneLine(setup->set.caseLabel(result.caseIndex), 40), result.endpointName,
                                result.passed ? QStringLiteral("PASS") : result.hasError() ? QStringLiteral("ERROR") : QStringLiteral("FAIL"));
        if (progress.remainingMs && *progress.remainingMs >= 1000 && progress.done < progress.total)
            line += EvalCommand::tr(" · about %1 s left").arg(figure(double(*progress.remainingMs) / 1000.0, 0));
        context.err << line << '\n';
        context.err.flush();
    });
    const EvalRunOutcome outcome =
        QCoro::waitFor(runner.run(setup->set, setup->endpoints, setup->options, setup->finished));
    if (!outcome.error.isEmpty()) {
        // Nothing was sent: a fresh run leaves no empty row behind.
        if (!setup->resumeId)
            repository.deleteRun(id);
        else
            repository.finishRun(id, true);
        return context.failure(EvalCommand::name, outcome.error);
    }
    if (const Status finished = repository.finishRun(id, outcome.cancelled); !finished)
        return context.failure(EvalCommand::name, finished.error());
    if (!storeProblem.isEmpty())
        return context.failure(EvalCommand::name, storeProblem);

    const Result<LoadedRun> loaded = loadRun(repository, id);
    if (!loaded)
        return context.failure(EvalCommand::name, loaded.error());
    if (json)
        context.printJson(reportJson(loaded->record.info, loaded->record.set, loaded->matrix));
    else
        printReport(context, loaded->record.info, loaded->record.set, loaded->matrix);
    if (!keys->keychainAvailable() && std::any_of(loaded->results.cbegin(), loaded->results.cend(), [](const EvalResult &r) {
            return r.error.contains(QLatin1String("401")) || r.error.contains(QLatin1String("403"));
        }))
        context.err << keys->keychainStatus() << '\n';
    context.err.flush();
    return exitCodeOf(loaded->record.info, loaded->matrix);
}
} // namespace

int runEvalCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvalCommand::tr(
        "Measures quality on your own tasks: runs an evaluation set across endpoints and grades every answer.\n"
        "  eval run --set FILE|NAME --endpoint NAME…   run a set (CSV/JSONL in promptfoo's layout, or a saved set)\n"
        "  eval run --resume RUN_ID                    continue a stopped run without repeating finished cases\n"
        "  eval list                                   saved sets and runs, newest first\n"
        "  eval show RUN_ID                            a run's case × endpoint matrix and pass rates\n"
        "  eval export RUN_ID --out FILE               a run's results as CSV, JSON or JSONL\n"
        "Results are stored as they arrive in the history database.\n"
        "Exit codes: 0 every case passed on every endpoint; 100 the run finished but some case failed or could not\n"
        "be graded (for CI); 1 the run could not be done or was cancelled; 2 bad usage or a bad set file."));
    parser.addPositionalArgument(QStringLiteral("action"), EvalCommand::tr("run, list, show or export"));
    parser.addOptions({
        {QStringLiteral("set"), EvalCommand::tr("The evaluation set: a .csv, .jsonl or .json file (saved by its name), or a saved set's name."),
         QStringLiteral("FILE|NAME")},
        {QStringLiteral("prompt"), EvalCommand::tr("The user prompt template, e.g. \"Answer: {{question}}\"; needed when the set has none."),
         QStringLiteral("TEMPLATE")},
        {QStringLiteral("system"), EvalCommand::tr("The system prompt template (with --prompt)."), QStringLiteral("TEXT")},
        {QStringLiteral("endpoint"), EvalCommand::tr("A configured endpoint (see 'rightsize endpoint list'); repeat for several."),
         QStringLiteral("NAME")},
        {QStringLiteral("target"), EvalCommand::tr("An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; repeat for several."),
         QStringLiteral("KIND:MODEL@BASE_URL")},
        {QStringLiteral("repeat"), EvalCommand::tr("Runs of every case on every endpoint, to see variance (default 1)."), QStringLiteral("N")},
        {QStringLiteral("concurrency"), EvalCommand::tr("Calls in flight at once (default 4)."), QStringLiteral("N")},
        {QStringLiteral("judge"), EvalCommand::tr("The endpoint (name or KIND:MODEL@BASE_URL) that grades llm-rubric assertions."),
         QStringLiteral("NAME")},
        {QStringLiteral("temperature"), EvalCommand::tr("Sampling temperature, 0–2 (default: each endpoint's own)."), QStringLiteral("T")},
        {QStringLiteral("max-tokens"), EvalCommand::tr("Most output tokens per answer."), QStringLiteral("N")},
        {QStringLiteral("resume"), EvalCommand::tr("Continue a cancelled or interrupted run (see 'eval list')."), QStringLiteral("RUN_ID")},
        {QStringLiteral("format"), EvalCommand::tr("Export format: csv, json or jsonl (default: from the file name)."), QStringLiteral("FORMAT")},
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
    if (action != QLatin1String("run") && action != QLatin1String("list") && !takesId)
        return context.usageError(EvalCommand::name, EvalCommand::tr("expects run, list, show RUN_ID or export RUN_ID; see 'rightsize eval --help'"));
    if (takesId && args.size() != 2)
        return context.usageError(EvalCommand::name, EvalCommand::tr("%1 expects one RUN_ID").arg(action));
    if (!takesId && args.size() != 1)
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
    return run(context, parser, arguments, repository);
}
