// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "comparecommand.h"

#include "commandline.h"
#include "texttable.h"

#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "compare/comparisonrunner.h"
#include "compare/templateexpander.h"
#include "providers/endpointstore.h"
#include "providers/targetspec.h"
#include "secrets/apikeystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

const QString kCommand = QStringLiteral("compare");
constexpr int kSomeFailed = 3;

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultJson(const ResponseRecord &r)
{
    QJsonValue error(QJsonValue::Null);
    if (r.result.error) {
        error = QJsonObject{
            {QStringLiteral("kind"), ChatError::kindName(r.result.error->kind)},
            {QStringLiteral("http_status"),
             r.result.error->httpStatus ? QJsonValue(r.result.error->httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), r.result.error->message}};
    }
    return QJsonObject{
        {QStringLiteral("target"), r.endpoint.name},
        {QStringLiteral("kind"), endpointKindName(r.endpoint.kind)},
        {QStringLiteral("model"), r.endpoint.model},
        {QStringLiteral("status"), ResponseRecord::statusName(r.status)},
        {QStringLiteral("finish_reason"),
         r.result.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.result.finishReason)},
        {QStringLiteral("input_tokens"), optionalJson(r.result.inputTokens)},
        {QStringLiteral("output_tokens"), optionalJson(r.result.outputTokens)},
        {QStringLiteral("ttft_ms"), optionalJson(r.result.ttftMs)},
        {QStringLiteral("latency_ms"), r.result.latencyMs},
        {QStringLiteral("tokens_per_second"), optionalJson(r.tokensPerSecond)},
        {QStringLiteral("cost_usd"), optionalJson(r.costUsd)},
        {QStringLiteral("attempts"), r.result.attempts},
        {QStringLiteral("error"), error},
    };
}

/// Writes `text` as a JSON string a piece at a time, escaped by Qt's own writer: an answer can
/// run to millions of tokens, and one QJsonDocument holding it would keep several copies.
void writeJsonString(QTextStream &out, QStringView text)
{
    constexpr qsizetype kPiece = 64 * 1024;
    out << '"';
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype length = std::min(kPiece, text.size() - pos);
        if (pos + length < text.size() && text.at(pos + length - 1).isHighSurrogate())
            --length; // never split a surrogate pair
        const QByteArray quoted =
            QJsonDocument(QJsonArray{text.mid(pos, length).toString()}).toJson(QJsonDocument::Compact);
        out << QString::fromUtf8(quoted.constData() + 2, quoted.size() - 4); // without [" and "]
        pos += length;
    }
    out << '"';
}

/// The --json document: `head`'s fields, then "results", one object per line, each with its text
/// written last and in pieces (see writeJsonString).
void printRunJson(QTextStream &out, const QJsonObject &head, const QList<ResponseRecord> &responses)
{
    QByteArray start = QJsonDocument(head).toJson(QJsonDocument::Compact);
    start.chop(1); // the closing brace
    out << QString::fromUtf8(start) << (head.isEmpty() ? "" : ",") << "\"results\":[\n";
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QByteArray fields = QJsonDocument(resultJson(responses.at(i))).toJson(QJsonDocument::Compact);
        fields.chop(1);
        out << QString::fromUtf8(fields) << ",\"text\":";
        writeJsonString(out, responses.at(i).result.text);
        out << '}' << (i + 1 < responses.size() ? ",\n" : "\n");
    }
    out << "]}\n";
    out.flush();
}

QString metricsLine(const ResponseRecord &r)
{
    return Texts::tr("%1 · ttft %2 ms · latency %3 ms · tokens %4 in, %5 out · %6 tok/s · cost %7 · attempts %8")
        .arg(ResponseRecord::statusName(r.status), NumberFormat::fixedOrDash(r.result.ttftMs),
             NumberFormat::fixed(r.result.latencyMs), NumberFormat::fixedOrDash(r.result.inputTokens),
             NumberFormat::fixedOrDash(r.result.outputTokens), NumberFormat::fixedOrDash(r.tokensPerSecond, 1),
             r.costUsd ? formatUsd(*r.costUsd) : Texts::tr("unpriced"))
        .arg(r.result.attempts);
}

/// Everything the command needs, checked, before anything is sent.
struct CompareSetup
{
    PromptTemplate prompt;
    QList<Endpoint> endpoints;
    RunOptions options;
    int concurrency = 4;
    Catalog catalog;
    bool json = false;
};

Result<CompareSetup> readSetup(const QCommandLineParser &parser, const QStringList &arguments,
                               const CommandContext &context)
{
    using R = Result<CompareSetup>;
    CompareSetup setup;
    setup.json = parser.isSet(Cli::jsonOption().names().constFirst());
    setup.prompt.user = parser.value(QStringLiteral("prompt"));
    setup.prompt.system = parser.value(QStringLiteral("system"));
    if (!parser.isSet(QStringLiteral("prompt")) || setup.prompt.user.isEmpty())
        return R::failure(Texts::tr("--prompt is required"));
    for (const QString &pair : parser.values(QStringLiteral("var"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::failure(Texts::tr("--var expects NAME=VALUE, not “%1”").arg(pair));
        setup.prompt.variables.insert(pair.left(eq), pair.mid(eq + 1));
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        const int n = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok || n <= 0)
            return R::failure(Texts::tr("--max-tokens expects a positive whole number"));
        setup.options.maxTokens = n;
    }
    if (parser.isSet(QStringLiteral("temperature"))) {
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return R::failure(Texts::tr("--temperature expects a number from 0 to 2"));
        setup.options.temperature = t;
    }
    Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return R::failure(timeouts.error());
    setup.options.timeouts = timeouts.value();
    if (parser.isSet(QStringLiteral("concurrency"))) {
        setup.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || setup.concurrency <= 0)
            return R::failure(Texts::tr("--concurrency expects a positive whole number"));
    }

    const QList<std::pair<bool, QString>> targets = Cli::targetsInOrder(arguments);
    if (targets.isEmpty())
        return R::failure(Texts::tr("name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL"));
    std::optional<EndpointStore> store;
    for (const auto &[adHoc, value] : targets) {
        if (adHoc) {
            const Result<Endpoint> endpoint = TargetSpec::parse(value);
            if (!endpoint)
                return R::failure(endpoint.error());
            setup.endpoints.append(endpoint.value());
            continue;
        }
        if (!store) {
            store.emplace();
            if (const Status loaded = store->load(); !loaded)
                return R::failure(loaded.error());
        }
        const Endpoint *endpoint = store->find(value);
        if (!endpoint) {
            QStringList known;
            for (const Endpoint &e : store->endpoints())
                known << e.name;
            return R::failure(
                known.isEmpty()
                    ? Texts::tr("unknown endpoint “%1”: none is configured (see 'rightsize endpoint add')").arg(value)
                    : Texts::tr("unknown endpoint “%1”; configured: %2").arg(value, known.join(QStringLiteral(", "))));
        }
        setup.endpoints.append(*endpoint);
    }
    QStringList names;
    for (const Endpoint &e : setup.endpoints) {
        if (names.contains(e.name))
            return R::failure(Texts::tr("“%1” is named twice").arg(e.name));
        names << e.name;
    }
    // The template is checked here so that a typo costs no request at all.
    if (const auto expanded = TemplateExpander::expand(setup.prompt); !expanded)
        return R::failure(expanded.error());

    const CatalogRegistry registry(context.userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    setup.catalog = std::move(catalog).value();
    return setup;
}

/// The one place a command-line runner is built: listeners attach here.
std::unique_ptr<ComparisonRunner> makeRunner(const CompareSetup &setup, ApiKeyStore &keys)
{
    auto runner = std::make_unique<ComparisonRunner>();
    runner->setKeyStore(&keys);
    runner->setCatalog(setup.catalog);
    runner->setConcurrency(setup.concurrency);
    return runner;
}
} // namespace

int runCompareCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Runs one prompt through several endpoints side by side, streaming, and "
                  "reports time to first token, latency, tokens, tokens per second and cost."));
    parser.addOptions({
        {QStringLiteral("prompt"), Texts::tr("The user prompt; {{NAME}} placeholders take --var values."),
         QStringLiteral("TEXT")},
        {QStringLiteral("system"), Texts::tr("The system prompt (default: each endpoint's own)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("var"), Texts::tr("A template variable; repeat for several."), QStringLiteral("NAME=VALUE")},
        {QStringLiteral("max-tokens"), Texts::tr("Most output tokens per answer."), QStringLiteral("N")},
        {QStringLiteral("temperature"), Texts::tr("Sampling temperature, 0–2."), QStringLiteral("T")},
        {QStringLiteral("endpoint"),
         Texts::tr("A configured endpoint (see 'rightsize endpoint list'); repeat for several."),
         QStringLiteral("NAME")},
        {QStringLiteral("target"),
         Texts::tr("An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; its key comes from "
                   "the environment."),
         QStringLiteral("KIND:MODEL@BASE_URL")},
        {QStringLiteral("concurrency"), Texts::tr("How many endpoints stream at once (default 4)."),
         QStringLiteral("N")},
        Cli::catalogOption(),
        Cli::jsonOption(),
    });
    parser.addOptions(Cli::timeoutOptions());
    for (const CompareListener &listener : context.compareListeners) {
        if (listener.addOptions)
            listener.addOptions(parser);
    }
    if (const auto exit = Cli::parseOrExit(context, kCommand, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(kCommand,
                                  Texts::tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));

    Result<CompareSetup> setup = readSetup(parser, arguments, context);
    if (!setup)
        return context.usageError(kCommand, setup.error());

    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    const std::unique_ptr<ComparisonRunner> runner = makeRunner(*setup, *keys);
    for (const CompareListener &listener : context.compareListeners) {
        if (listener.attach)
            listener.attach(*runner, parser, context);
    }

    const bool streamText = !setup->json && setup->endpoints.size() == 1;
    if (streamText) {
        QObject::connect(runner.get(), &ComparisonRunner::textAppended, runner.get(),
                         [&context](int, const QString &delta) {
                             context.out << delta;
                             context.out.flush();
                         });
    }
    QEventLoop loop;
    RunRecord run;
    QObject::connect(runner.get(), &ComparisonRunner::runFinished, &loop, [&](const RunRecord &finished) {
        run = finished;
        loop.quit();
    });
    if (const Status started = runner->start(setup->prompt, setup->endpoints, setup->options); !started)
        return context.usageError(kCommand, started.error());
    if (runner->isRunning())
        loop.exec();

    bool allOk = true;
    bool authFailed = false;
    for (const ResponseRecord &r : std::as_const(run.responses)) {
        allOk = allOk && r.status == ResponseRecord::Status::Complete;
        if (r.result.error && (r.result.error->httpStatus == 401 || r.result.error->httpStatus == 403))
            authFailed = true;
    }

    if (setup->json) {
        // run_id: set by the history recorder (see HistoryCli::compareStoring); null with --no-store.
        const qint64 runId = runner->currentRun().id;
        printRunJson(
            context.out,
            QJsonObject{{QStringLiteral("catalog"), setup->catalog.name},
                        {QStringLiteral("run_id"), runId ? QJsonValue(double(runId)) : QJsonValue(QJsonValue::Null)}},
            run.responses);
    } else if (streamText) {
        const ResponseRecord &r = run.responses.constFirst();
        context.out << '\n' << metricsLine(r) << '\n';
        if (r.result.error)
            context.err << r.result.error->message << '\n';
    } else {
        TextTable table({Texts::tr("Target"), Texts::tr("Status"), Texts::tr("TTFT ms"), Texts::tr("Latency ms"),
                         Texts::tr("In"), Texts::tr("Out"), Texts::tr("Tok/s"), Texts::tr("Cost"),
                         Texts::tr("Attempts")},
                        {false, false, true, true, true, true, true, true, true});
        for (const ResponseRecord &r : std::as_const(run.responses)) {
            context.out << "== " << r.endpoint.name << " ==\n" << r.result.text << "\n\n";
            table.addRow(
                {r.endpoint.name, ResponseRecord::statusName(r.status), NumberFormat::fixedOrDash(r.result.ttftMs),
                 NumberFormat::fixed(r.result.latencyMs), NumberFormat::fixedOrDash(r.result.inputTokens),
                 NumberFormat::fixedOrDash(r.result.outputTokens), NumberFormat::fixedOrDash(r.tokensPerSecond, 1),
                 r.costUsd ? formatUsd(*r.costUsd) : Texts::tr("unpriced"), QString::number(r.result.attempts)});
        }
        context.out << table.toString();
        for (const ResponseRecord &r : std::as_const(run.responses)) {
            if (r.result.error)
                context.err << r.result.error->message << '\n';
        }
    }
    if (authFailed && !keys->keychainAvailable())
        context.err << keys->keychainStatus() << '\n';
    context.out.flush();
    context.err.flush();
    return allOk ? ExitCode::Ok : kSomeFailed;
}
