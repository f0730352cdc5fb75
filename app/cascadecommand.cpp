// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadecommand.h"

#include "commandline.h"
#include "routingcli.h"
#include "texttable.h"

#include "common/money.h"
#include "providers/chatclient.h"
#include "routing/routingsession.h"
#include "secrets/apikeystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>

namespace {
class CascadeCommand
{
    Q_DECLARE_TR_FUNCTIONS(CascadeCommand)
public:
    static const QString name;
};
const QString CascadeCommand::name = QStringLiteral("cascade");

/// Applies the command-line overrides to routing.json's cascade settings.
Status applyOverrides(const QCommandLineParser &parser, RoutingConfig &config)
{
    if (parser.isSet(QStringLiteral("levels"))) {
        config.cascadeLevels = RoutingCli::listValues(parser, QStringLiteral("levels"));
        if (config.cascadeLevels.isEmpty())
            return Status::failure(
                CascadeCommand::tr("--levels needs at least one endpoint name or KIND:MODEL@BASE_URL target"));
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        const Result<double> threshold = RoutingCli::number(parser, QStringLiteral("threshold"), 0, 1);
        if (!threshold)
            return Status::failure(threshold.error());
        config.cascadeThreshold = *threshold;
    }
    if (parser.isSet(QStringLiteral("assessor"))) {
        config.assessors = RoutingCli::listValues(parser, QStringLiteral("assessor"));
        for (const QString &id : std::as_const(config.assessors)) {
            if (!RoutingConfig::assessorIds().contains(id.toLower()))
                return Status::failure(CascadeCommand::tr("--assessor expects %1, not “%2”")
                                           .arg(RoutingConfig::assessorIds().join(QStringLiteral(", ")), id));
        }
    }
    if (parser.isSet(QStringLiteral("judge")))
        config.judgeEndpoint = parser.value(QStringLiteral("judge")).trimmed();
    if (parser.isSet(QStringLiteral("samples"))) {
        bool ok = false;
        const int samples = parser.value(QStringLiteral("samples")).toInt(&ok);
        if (!ok || samples < 1 || samples > 20)
            return Status::failure(CascadeCommand::tr("--samples expects a whole number from 1 to 20"));
        config.consistencySamples = samples;
    }
    if (parser.isSet(QStringLiteral("regex"))) {
        const QRegularExpression re(parser.value(QStringLiteral("regex")));
        if (!re.isValid())
            return Status::failure(
                CascadeCommand::tr("--regex is not a valid regular expression: %1").arg(re.errorString()));
        config.validationRegex = parser.value(QStringLiteral("regex"));
    }
    if (parser.isSet(QStringLiteral("require-json")))
        config.validationJson = true;
    if (parser.isSet(QStringLiteral("required-key")))
        config.validationRequiredKeys = RoutingCli::listValues(parser, QStringLiteral("required-key"));
    return success();
}

QJsonObject levelJson(const CascadeLevelResult &level)
{
    QJsonObject object{
        {QStringLiteral("level"), level.level},
        {QStringLiteral("endpoint"), level.endpoint.name},
        {QStringLiteral("model"), level.endpoint.model},
        {QStringLiteral("confidence"), RoutingCli::optionalNumber(level.assessment.confidence)},
        {QStringLiteral("assessment"), level.assessment.reason},
        {QStringLiteral("accepted"), level.accepted},
        {QStringLiteral("latency_ms"), level.latencyMs},
        {QStringLiteral("answer_cost_usd"), RoutingCli::optionalNumber(level.answerCost.knownUsd())},
        {QStringLiteral("error"), RoutingCli::errorJson(level.answer.error)},
    };
    RoutingCli::insertCost(object, level.cost);
    return object;
}

QString confidenceText(const std::optional<double> &confidence)
{
    return confidence ? RoutingCli::figure(*confidence, 3) : QStringLiteral("—");
}
} // namespace

int runCascadeCommand(CommandContext &context, const QStringList &arguments)
{
    using T = CascadeCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(CascadeCommand::tr(
        "Asks the cascade's levels smallest first and returns the first answer whose confidence reaches the "
        "threshold; if none does, the last answer. Reports each level's confidence, latency and cost, and what "
        "asking only the largest level would have cost. Levels, threshold, assessors and judge default to the "
        "routing configuration (threshold 0.8 when not configured; levels must be configured or given)."));
    parser.addOptions({
        {QStringLiteral("prompt"), CascadeCommand::tr("The prompt."), QStringLiteral("TEXT")},
        {QStringLiteral("levels"),
         CascadeCommand::tr("Endpoint names or KIND:MODEL@BASE_URL targets, smallest first, comma-separated."),
         QStringLiteral("ENDPOINT_OR_TARGET,…")},
        {QStringLiteral("threshold"),
         CascadeCommand::tr("Accept an answer whose confidence is at least this, 0–1 (default 0.8)."),
         QStringLiteral("X")},
        {QStringLiteral("assessor"),
         CascadeCommand::tr("Confidence source: logprob, consistency, validation or judge; repeat to take the "
                            "mean of several (default logprob)."),
         QStringLiteral("ID")},
        {QStringLiteral("judge"),
         CascadeCommand::tr("The endpoint name or target that grades answers for the judge assessor."),
         QStringLiteral("ENDPOINT_OR_TARGET")},
        {QStringLiteral("samples"), CascadeCommand::tr("Extra samples for the consistency assessor (default 4)."),
         QStringLiteral("N")},
        {QStringLiteral("regex"), CascadeCommand::tr("Validation assessor: the answer must contain a match."),
         QStringLiteral("PATTERN")},
        {QStringLiteral("require-json"),
         CascadeCommand::tr("Validation assessor: the answer must be a JSON object or array.")},
        {QStringLiteral("required-key"),
         CascadeCommand::tr("Validation assessor: the answer must be a JSON object with this key; repeat "
                            "for several."),
         QStringLiteral("KEY")},
        RoutingCli::configOption(),
        Cli::catalogOption(),
        Cli::jsonOption(),
    });
    parser.addOptions(Cli::timeoutOptions());
    if (const auto exit = Cli::parseOrExit(context, T::name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            T::name, CascadeCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));
    const QString prompt = parser.value(QStringLiteral("prompt"));
    if (prompt.isEmpty())
        return context.usageError(T::name, CascadeCommand::tr("--prompt is required"));

    const Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return context.usageError(T::name, timeouts.error());
    Result<RoutingSetup> setup = RoutingCli::load(parser, context);
    if (!setup)
        return context.usageError(T::name, setup.error());
    if (const Status overridden = applyOverrides(parser, setup->config); !overridden)
        return context.usageError(T::name, overridden.error());
    const Result<CascadePlan> plan =
        RoutingSession::planCascade(setup->config, *setup->endpoints, setup->catalog, *timeouts);
    if (!plan)
        return context.usageError(T::name, plan.error());

    QNetworkAccessManager network;
    ChatClient client(&network);
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    RoutingSession session(&client, keys.get());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        QObject::connect(
            &session, &RoutingSession::levelStarted, &session, [&context](int level, const Endpoint &endpoint) {
                context.err << CascadeCommand::tr("Level %1: asking %2…").arg(level + 1).arg(endpoint.name) << '\n';
                context.err.flush();
            });
    }
    const CascadeResult result = QCoro::waitFor(session.runCascade(*plan, prompt));

    bool authFailed = false;
    for (const CascadeLevelResult &level : result.levels) {
        if (level.answer.error && (level.answer.error->httpStatus == 401 || level.answer.error->httpStatus == 403))
            authFailed = true;
    }
    if (json) {
        QJsonArray levels;
        for (const CascadeLevelResult &level : result.levels)
            levels.append(levelJson(level));
        QJsonObject object{
            {QStringLiteral("model_used"), result.ok() ? QJsonValue(result.modelUsed) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("endpoint"), result.ok() ? QJsonValue(result.endpoint.name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("confidence"), RoutingCli::optionalNumber(result.confidence)},
            {QStringLiteral("cascade_level"), result.level},
            {QStringLiteral("reached_threshold"), result.reachedThreshold},
            {QStringLiteral("threshold"), result.threshold},
            {QStringLiteral("text"), result.ok() ? QJsonValue(result.text) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("levels"), levels},
            {QStringLiteral("latency_ms"), result.totalLatencyMs},
            {QStringLiteral("largest_only_measured"), result.largestOnlyMeasured},
            {QStringLiteral("error"), result.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)},
        };
        RoutingCli::insertCost(object, result.totalCost);
        RoutingCli::insertCost(object, result.largestOnlyCost, QStringLiteral("largest_only_"));
        context.printJson(object);
    } else {
        TextTable table({CascadeCommand::tr("Level"), CascadeCommand::tr("Endpoint"), CascadeCommand::tr("Confidence"),
                         CascadeCommand::tr("Accepted"), CascadeCommand::tr("Latency ms"), CascadeCommand::tr("Cost")},
                        {true, false, true, false, true, true});
        for (const CascadeLevelResult &level : result.levels) {
            const QString accepted = level.answer.error ? CascadeCommand::tr("failed")
                : level.accepted                        ? CascadeCommand::tr("yes")
                                                        : CascadeCommand::tr("no");
            table.addRow({QString::number(level.level + 1), level.endpoint.name,
                          confidenceText(level.assessment.confidence), accepted, RoutingCli::figure(level.latencyMs, 0),
                          costText(level.cost)});
        }
        if (result.ok())
            context.out << result.text << "\n\n";
        context.out << table.toString();
        for (const CascadeLevelResult &level : result.levels) {
            if (level.answer.error)
                context.err << level.answer.error->message << '\n';
            else if (!level.assessment.available())
                context.err << CascadeCommand::tr("Level %1: no confidence: %2")
                                   .arg(level.level + 1)
                                   .arg(level.assessment.reason)
                            << '\n';
        }
        if (result.ok()) {
            context.out << (result.reachedThreshold
                                ? CascadeCommand::tr("Answered by level %1 (%2) with confidence %3 ≥ %4.")
                                      .arg(result.level + 1)
                                      .arg(result.endpoint.name, confidenceText(result.confidence),
                                           RoutingCli::figure(result.threshold, 2))
                                : CascadeCommand::tr(
                                      "No level reached the threshold %1; the answer of level %2 (%3) is returned.")
                                      .arg(RoutingCli::figure(result.threshold, 2))
                                      .arg(result.level + 1)
                                      .arg(result.endpoint.name))
                        << '\n'
                        << CascadeCommand::tr("Cost %1; asking only the largest level: %2%3.")
                               .arg(costText(result.totalCost), costText(result.largestOnlyCost),
                                    result.largestOnlyMeasured || !result.largestOnlyCost.known()
                                        ? QString()
                                        : CascadeCommand::tr(" (estimated from this answer's tokens)"))
                        << '\n';
        }
    }
    if (authFailed && !keys->keychainAvailable())
        context.err << keys->keychainStatus() << '\n';
    context.out.flush();
    context.err.flush();
    return result.ok() ? ExitCode::Ok : context.failure(T::name, result.error);
}
