// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routecommand.h"

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
#include <QTextStream>

namespace {
class RouteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RouteCommand)
public:
    static const QString name;
};
const QString RouteCommand::name = QStringLiteral("route");

/// The request the options describe, or an error naming the option.
Result<RoutingRequest> readRequest(const QCommandLineParser &parser)
{
    using R = Result<RoutingRequest>;
    RoutingRequest request;
    request.prompt = parser.value(QStringLiteral("prompt"));
    if (!parser.isSet(QStringLiteral("prompt")) || request.prompt.isEmpty())
        return R::failure(RouteCommand::tr("--prompt is required"));
    request.taskType = parser.value(QStringLiteral("task")).trimmed();
    request.reasoning = parser.isSet(QStringLiteral("reasoning"));
    if (parser.isSet(QStringLiteral("quality"))) {
        const auto quality = qualityLevelFromId(parser.value(QStringLiteral("quality")).trimmed());
        if (!quality)
            return R::failure(RouteCommand::tr("--quality expects standard, medium or high, not “%1”")
                                  .arg(parser.value(QStringLiteral("quality"))));
        request.quality = *quality;
    }
    return request;
}

/// Applies `--tier TIER=NAME_OR_TARGET` overrides to the configuration.
Status applyTierOverrides(const QCommandLineParser &parser, RoutingConfig &config)
{
    for (const QString &value : parser.values(QStringLiteral("tier"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const std::optional<Tier> tier = eq > 0 ? tierFromId(value.left(eq).trimmed()) : std::nullopt;
        if (!tier || !isRouterTier(*tier))
            return Status::failure(
                RouteCommand::tr("--tier expects small, medium or large=ENDPOINT_OR_TARGET, not “%1”").arg(value));
        const QString target = value.mid(eq + 1).trimmed();
        if (target.isEmpty())
            return Status::failure(RouteCommand::tr("--tier %1= needs an endpoint name or a KIND:MODEL@BASE_URL target")
                                       .arg(tierId(*tier)));
        config.setEndpointFor(*tier, target);
    }
    return success();
}

QJsonObject decisionJson(const RouteDecision &decision, const TierMap &tiers)
{
    QJsonArray checks;
    for (const RuleEvaluation &check : decision.checks) {
        checks.append(QJsonObject{{QStringLiteral("index"), check.index},
                                  {QStringLiteral("name"), check.name},
                                  {QStringLiteral("fired"), check.fired},
                                  {QStringLiteral("explanation"), check.explanation}});
    }
    const Endpoint &endpoint = tiers.at(decision.tier).endpoint;
    return QJsonObject{
        {QStringLiteral("tier"), tierId(decision.tier)},
        {QStringLiteral("rule"),
         decision.ruleIndex >= 0 ? QJsonValue(decision.ruleName) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rule_index"), decision.ruleIndex},
        {QStringLiteral("explanation"), decision.explanation()},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("endpoint"), endpoint.name},
        {QStringLiteral("model"), endpoint.model},
    };
}

QJsonObject attemptJson(const RouteAttempt &attempt)
{
    QJsonObject object{
        {QStringLiteral("tier"), tierId(attempt.tier)},
        {QStringLiteral("endpoint"), attempt.endpoint.name},
        {QStringLiteral("model"), attempt.endpoint.model},
        {QStringLiteral("error"), RoutingCli::errorJson(attempt.error)},
        {QStringLiteral("latency_ms"), attempt.latencyMs},
        {QStringLiteral("http_attempts"), attempt.httpAttempts},
    };
    RoutingCli::insertCost(object, attempt.cost);
    return object;
}

QString decisionText(const RouteDecision &decision, const TierMap &tiers)
{
    const Endpoint &endpoint = tiers.at(decision.tier).endpoint;
    QString text = decision.ruleIndex >= 0
        ? RouteCommand::tr("Tier: %1 (rule %2, “%3”) → %4")
              .arg(tierDisplayName(decision.tier))
              .arg(decision.ruleIndex + 1)
              .arg(decision.ruleName, endpoint.name)
        : RouteCommand::tr("Tier: %1 (no rule fired) → %2").arg(tierDisplayName(decision.tier), endpoint.name);
    return text + QLatin1Char('\n') + decision.explanation() + QLatin1Char('\n');
}
} // namespace

int runRouteCommand(CommandContext &context, const QStringList &arguments)
{
    using T = RouteCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(RouteCommand::tr(
        "Decides which tier (small, medium, large) should answer a prompt, with the routing rules of the routing "
        "configuration (the article's rules unless edited), and says which rule fired and why each earlier rule "
        "did not. Unless --dry-run, it then asks that tier's endpoint and, if the call fails after the endpoint's "
        "own retries, escalates through every larger tier, reporting each attempt's error, latency and cost."));
    parser.addOptions({
        {QStringLiteral("prompt"), RouteCommand::tr("The prompt to route."), QStringLiteral("TEXT")},
        {QStringLiteral("task"), RouteCommand::tr("The task type, e.g. classification, extraction, summarization."),
         QStringLiteral("NAME")},
        {QStringLiteral("reasoning"), RouteCommand::tr("The task needs multi-step reasoning.")},
        {QStringLiteral("quality"), RouteCommand::tr("The quality asked for: standard (default), medium or high."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("tier"),
         RouteCommand::tr("Use this endpoint name or KIND:MODEL@BASE_URL target for a tier, overriding the "
                          "routing configuration; repeat for several tiers."),
         QStringLiteral("TIER=ENDPOINT_OR_TARGET")},
        {QStringLiteral("dry-run"), RouteCommand::tr("Only decide; send nothing.")},
        RoutingCli::configOption(),
        Cli::catalogOption(),
        Cli::jsonOption(),
    });
    parser.addOptions(Cli::timeoutOptions());
    if (const auto exit = Cli::parseOrExit(context, T::name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            T::name, RouteCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));

    const Result<RoutingRequest> request = readRequest(parser);
    if (!request)
        return context.usageError(T::name, request.error());
    const Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return context.usageError(T::name, timeouts.error());
    Result<RoutingSetup> setup = RoutingCli::load(parser, context);
    if (!setup)
        return context.usageError(T::name, setup.error());
    if (const Status overridden = applyTierOverrides(parser, setup->config); !overridden)
        return context.usageError(T::name, overridden.error());
    const Result<RoutePlan> plan =
        RoutingSession::planRoute(setup->config, *setup->endpoints, setup->catalog, *request, *timeouts);
    if (!plan)
        return context.usageError(T::name, plan.error());

    const bool json = parser.isSet(QStringLiteral("json"));
    const RouteDecision &decision = plan->decision;
    const TierMap &tiers = plan->tiers;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        if (json)
            context.printJson(decisionJson(decision, tiers));
        else
            context.out << decisionText(decision, tiers);
        context.out.flush();
        return ExitCode::Ok;
    }
    if (!plan->sendable)
        return context.usageError(T::name, plan->sendable.error());

    QNetworkAccessManager network;
    ChatClient client(&network);
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    RoutingSession session(&client, keys.get());
    if (!json)
        context.out << decisionText(decision, tiers) << '\n';
    context.out.flush();
    const RoutedResult result = QCoro::waitFor(session.runRoute(*plan, *request));

    bool authFailed = false;
    for (const RouteAttempt &attempt : result.attempts) {
        if (attempt.error && (attempt.error->httpStatus == 401 || attempt.error->httpStatus == 403))
            authFailed = true;
    }
    if (json) {
        QJsonObject object = decisionJson(decision, tiers);
        QJsonArray attempts;
        for (const RouteAttempt &attempt : result.attempts)
            attempts.append(attemptJson(attempt));
        object.insert(QStringLiteral("answered_tier"),
                      result.answeredTier ? QJsonValue(tierId(*result.answeredTier)) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("text"),
                      result.ok() ? QJsonValue(result.answer.text) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("attempts"), attempts);
        object.insert(QStringLiteral("latency_ms"), result.totalLatencyMs);
        RoutingCli::insertCost(object, result.totalCost);
        object.insert(QStringLiteral("error"), result.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error));
        context.printJson(object);
    } else {
        if (result.ok())
            context.out << result.answer.text << "\n\n";
        TextTable table({RouteCommand::tr("Tier"), RouteCommand::tr("Endpoint"), RouteCommand::tr("Result"),
                         RouteCommand::tr("Latency ms"), RouteCommand::tr("Cost")},
                        {false, false, false, true, true});
        for (const RouteAttempt &attempt : result.attempts) {
            const QString outcome = attempt.ok() ? RouteCommand::tr("answered")
                : attempt.error->httpStatus
                ? RouteCommand::tr("failed (HTTP %1)").arg(attempt.error->httpStatus)
                : RouteCommand::tr("failed (%1)").arg(ChatError::kindName(attempt.error->kind));
            const QString cost = costText(attempt.cost);
            table.addRow({tierDisplayName(attempt.tier), attempt.endpoint.name, outcome,
                          RoutingCli::figure(attempt.latencyMs, 0), cost});
        }
        context.out << table.toString();
        if (result.ok()) {
            context.out << RouteCommand::tr("Answered by the %1 tier after %n attempt(s); total %2 ms, %3.", nullptr,
                                            int(result.attempts.size()))
                               .arg(tierDisplayName(*result.answeredTier), RoutingCli::figure(result.totalLatencyMs, 0),
                                    costText(result.totalCost))
                        << '\n';
        }
        for (const RouteAttempt &attempt : result.attempts) {
            if (attempt.error)
                context.err << attempt.error->message << '\n';
        }
    }
    if (authFailed && !keys->keychainAvailable())
        context.err << keys->keychainStatus() << '\n';
    context.out.flush();
    context.err.flush();
    return result.ok() ? ExitCode::Ok : context.failure(T::name, result.error);
}
