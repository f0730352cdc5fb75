// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "historycommand.h"

#include "commandline.h"
#include "comparecommand.h"
#include "texttable.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "compare/comparisonrunner.h"
#include "store/database.h"
#include "store/runexport.h"
#include "store/runrecorder.h"
#include "store/runrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

const QString kCommand = QStringLiteral("history");

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const RunSummary &s)
{
    return QJsonObject{
        {QStringLiteral("run_id"), double(s.id)},
        {QStringLiteral("started_at"), s.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("origin"), s.origin},
        {QStringLiteral("prompt"), s.prompt},
        {QStringLiteral("models"), s.models},
        {QStringLiteral("responses"), s.responses},
        {QStringLiteral("errors"), s.errors},
        {QStringLiteral("max_latency_ms"), optionalJson(s.maxLatencyMs)},
        {QStringLiteral("min_ttft_ms"), optionalJson(s.minTtftMs)},
        {QStringLiteral("output_tokens"),
         s.outputTokens ? QJsonValue(double(*s.outputTokens)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cost_usd"), optionalJson(s.costUsd)},
        {QStringLiteral("thumbs"), s.thumbs},
        {QStringLiteral("votes"), s.votes},
    };
}

QString oneLine(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

int list(CommandContext &context, const QCommandLineParser &parser, Database &db)
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usageError(
            kCommand,
            Texts::tr("--limit expects a positive whole number, not “%1”").arg(parser.value(QStringLiteral("limit"))));
    RunFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    filter.model = parser.value(QStringLiteral("model"));
    filter.endpoint = parser.value(QStringLiteral("endpoint"));
    const Result<QList<RunSummary>> runs =
        RunRepository(db).listRuns(filter, RunSort::StartedAt, Qt::DescendingOrder, limit);
    if (!runs)
        return context.failure(kCommand, runs.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunSummary &s : *runs)
            array.append(summaryJson(s));
        context.printJson(QJsonObject{{QStringLiteral("database"), QDir::toNativeSeparators(db.path())},
                                      {QStringLiteral("runs"), array}});
        return ExitCode::Ok;
    }
    TextTable table({Texts::tr("Run"), Texts::tr("Started (UTC)"), Texts::tr("Models"), Texts::tr("Errors"),
                     Texts::tr("Latency ms"), Texts::tr("Cost"), Texts::tr("Prompt")},
                    {true, false, false, true, true, true, false});
    for (const RunSummary &s : *runs) {
        table.addRow({QString::number(s.id), s.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.models,
                      QString::number(s.errors), NumberFormat::fixedOrDash(s.maxLatencyMs),
                      s.costUsd ? formatUsd(*s.costUsd) : QStringLiteral("—"), oneLine(s.prompt, 50)});
    }
    context.out << table.toString();
    context.out.flush();
    return ExitCode::Ok;
}

int show(CommandContext &context, const QCommandLineParser &parser, Database &db, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return context.usageError(kCommand, Texts::tr("show expects a RUN_ID number, not “%1”").arg(idText));
    const Result<RunRecord> run = RunRepository(db).loadRun(id);
    if (!run)
        return context.failure(kCommand, run.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(runToJson(*run));
        return ExitCode::Ok;
    }
    context.out
        << Texts::tr("Run %1 · %2 · %3").arg(run->id).arg(run->startedAt.toUTC().toString(Qt::ISODate), run->origin)
        << '\n';
    if (!run->prompt.system.isEmpty())
        context.out << Texts::tr("System: %1").arg(run->prompt.system) << '\n';
    context.out << Texts::tr("Prompt: %1").arg(run->prompt.user) << "\n\n";
    for (const ResponseRecord &r : run->responses) {
        context.out << "== " << r.endpoint.name << " (" << r.endpoint.model << ") · "
                    << ResponseRecord::statusName(r.status) << " ==\n"
                    << r.result.text << '\n'
                    << Texts::tr("ttft %1 ms · latency %2 ms · tokens %3 in, %4 out · cost %5 · attempts %6")
                           .arg(NumberFormat::fixedOrDash(r.result.ttftMs), NumberFormat::fixed(r.result.latencyMs),
                                NumberFormat::fixedOrDash(r.result.inputTokens),
                                NumberFormat::fixedOrDash(r.result.outputTokens),
                                r.costUsd ? formatUsd(*r.costUsd) : Texts::tr("unpriced"))
                           .arg(r.result.attempts)
                    << '\n';
        if (r.result.error)
            context.out << r.result.error->message << '\n';
        context.out << '\n';
    }
    context.out.flush();
    return ExitCode::Ok;
}

int exportRuns(CommandContext &context, const QCommandLineParser &parser, Database &db)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(kCommand, Texts::tr("export needs --out FILE"));
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<RunExportFormat> format =
        formatName.isEmpty() ? runExportFormatForPath(out) : runExportFormatFromName(formatName);
    if (!format)
        return context.usageError(kCommand, Texts::tr("--format expects csv, json or jsonl"));
    RunFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    filter.model = parser.value(QStringLiteral("model"));
    filter.endpoint = parser.value(QStringLiteral("endpoint"));
    RunRepository repo(db);
    const Result<QList<qint64>> ids = repo.runIds(filter);
    if (!ids)
        return context.failure(kCommand, ids.error());
    const Result<QList<RunRecord>> runs = repo.loadRuns(*ids);
    if (!runs)
        return context.failure(kCommand, runs.error());
    if (const Status written = writeRunsExport(out, *runs, *format); !written)
        return context.failure(kCommand, written.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("runs"), int(runs->size())}});
    else
        context.out << Texts::tr("%1 runs written to %2").arg(runs->size()).arg(QDir::toNativeSeparators(out)) << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

/// The history file and recorder a `compare` run writes through; the recorder is declared last
/// so that it finishes writing before the database closes.
struct CompareStoring : QObject
{
    Database database;
    std::unique_ptr<RunRecorder> recorder;
    using QObject::QObject;
    ~CompareStoring() override { recorder.reset(); }
};
} // namespace

namespace HistoryCli {
QCommandLineOption databaseOption()
{
    return {
        QStringLiteral("db"),
        Texts::tr("The history database file (default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath())),
        QStringLiteral("PATH")};
}

Status openDatabase(Database &database, const QCommandLineParser &parser)
{
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    return database.open(path);
}

CompareListener compareStoring()
{
    CompareListener listener;
    listener.addOptions = [](QCommandLineParser &parser) {
        parser.addOptions({databaseOption(),
                           {QStringLiteral("no-store"), Texts::tr("Do not keep this run in the history database.")}});
    };
    listener.attach = [](ComparisonRunner &runner, const QCommandLineParser &parser, const CommandContext &context) {
        if (parser.isSet(QStringLiteral("no-store")))
            return;
        auto *storing = new CompareStoring(&runner);
        if (const Status opened = openDatabase(storing->database, parser); !opened) {
            // The comparison itself can still run; say why it is not kept.
            context.err << Texts::tr("rightsize compare: the run is not stored: %1").arg(opened.error()) << '\n';
            context.err.flush();
            delete storing;
            return;
        }
        storing->recorder = std::make_unique<RunRecorder>(storing->database);
        storing->recorder->attach(&runner);
        // Connected before the command's own listener: the run has its id when the command prints it.
        QObject::connect(&runner, &ComparisonRunner::runFinished, storing, [storing, &runner] {
            storing->recorder->waitForIdle();
            runner.setRunId(storing->recorder->lastRunId());
        });
    };
    return listener;
}
} // namespace HistoryCli

int runHistoryCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("The stored comparison runs.\n"
                                               "  history list                       newest runs first\n"
                                               "  history show RUN_ID                one run with its responses\n"
                                               "  history export --out FILE          runs as CSV, JSON or JSONL"));
    parser.addPositionalArgument(QStringLiteral("action"), Texts::tr("list, show or export"));
    parser.addOptions({
        HistoryCli::databaseOption(),
        Cli::jsonOption(),
        {QStringLiteral("limit"), Texts::tr("How many runs to list (default 20)."), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("search"), Texts::tr("Only runs whose prompt or responses contain all these words."),
         QStringLiteral("TEXT")},
        {QStringLiteral("model"), Texts::tr("Only runs with a response from this model."), QStringLiteral("MODEL")},
        {QStringLiteral("endpoint"), Texts::tr("Only runs with a response from this endpoint."),
         QStringLiteral("NAME")},
        {QStringLiteral("format"), Texts::tr("Export format: csv, json or jsonl (default: from the file name)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), Texts::tr("The file to export to."), QStringLiteral("FILE")},
    });
    if (const auto exit = Cli::parseOrExit(context, kCommand, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const int expected = action == QLatin1String("show") ? 2 : 1;
    if (action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("export"))
        return context.usageError(kCommand,
                                  Texts::tr("expects list, show RUN_ID or export; see 'rightsize history --help'"));
    if (args.size() != expected)
        return context.usageError(kCommand,
                                  action == QLatin1String("show")
                                      ? Texts::tr("show expects one RUN_ID")
                                      : Texts::tr("unexpected argument “%1”").arg(args.value(1)));
    Database db;
    if (const Status opened = HistoryCli::openDatabase(db, parser); !opened)
        return context.failure(kCommand, opened.error());
    if (action == QLatin1String("list"))
        return list(context, parser, db);
    if (action == QLatin1String("show"))
        return show(context, parser, db, args.at(1));
    return exportRuns(context, parser, db);
}
