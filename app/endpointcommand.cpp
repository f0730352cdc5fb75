// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "endpointcommand.h"

#include "commandline.h"
#include "texttable.h"

#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providers/redact.h"
#include "secrets/apikeystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCommand)
};

const QString kCommand = QStringLiteral("endpoint");

QString usage()
{
    return Texts::tr("expected one of: add NAME --kind openai|anthropic|ollama --url BASE_URL --model ID "
                     "[--catalog-model ID] [--key-env VAR]; list [--json]; test NAME; remove NAME; set-key NAME");
}

/// Parses `arguments` for one action; the positional NAME when `needsName`.
struct Parsed
{
    std::optional<int> exit;
    QString name;
};

Parsed parse(CommandContext &context, QCommandLineParser &parser, const QStringList &arguments, const QString &action,
             bool needsName)
{
    const QString command = kCommand + QLatin1Char(' ') + action;
    if (const auto exit = Cli::parseOrExit(context, command, parser, arguments))
        return {exit, {}};
    const QStringList positional = parser.positionalArguments();
    if (needsName && positional.size() != 1)
        return {context.usageError(command, Texts::tr("expects exactly one endpoint NAME")), {}};
    if (!needsName && !positional.isEmpty())
        return {context.usageError(command, Texts::tr("unexpected argument “%1”").arg(positional.constFirst())), {}};
    return {std::nullopt, positional.value(0)};
}

std::optional<int> loadStore(CommandContext &context, EndpointStore &store)
{
    if (const Status loaded = store.load(); !loaded)
        return context.usageError(kCommand, loaded.error());
    return std::nullopt;
}

int add(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Texts::tr("A name for the endpoint."));
    parser.addOptions({
        {QStringLiteral("kind"), Texts::tr("Wire format: openai (and every compatible server), anthropic or ollama."),
         QStringLiteral("KIND")},
        {QStringLiteral("url"),
         Texts::tr("Base URL, e.g. https://api.openai.com/v1, http://127.0.0.1:8080/v1, "
                   "https://api.anthropic.com, http://127.0.0.1:11434."),
         QStringLiteral("BASE_URL")},
        {QStringLiteral("model"), Texts::tr("The model id the server expects."), QStringLiteral("ID")},
        {QStringLiteral("catalog-model"), Texts::tr("The catalog model it is, for price and quality."),
         QStringLiteral("ID")},
        {QStringLiteral("key-env"), Texts::tr("An environment variable holding the key (instead of the keychain)."),
         QStringLiteral("VAR")},
        {QStringLiteral("replace"), Texts::tr("Replace an endpoint of the same name.")},
    });
    parser.addOptions(Cli::timeoutOptions());
    const Parsed p = parse(context, parser, arguments, QStringLiteral("add"), true);
    if (p.exit)
        return *p.exit;
    const QString command = kCommand + QStringLiteral(" add");
    Endpoint endpoint;
    endpoint.name = p.name;
    const auto kind = endpointKindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        return context.usageError(command, Texts::tr("--kind must be openai, anthropic or ollama"));
    endpoint.kind = *kind;
    endpoint.baseUrl = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    endpoint.model = parser.value(QStringLiteral("model"));
    endpoint.catalogModel = parser.value(QStringLiteral("catalog-model"));
    endpoint.apiKeyRef = parser.value(QStringLiteral("key-env"));
    const Result<TimeoutOverrides> timeouts = Cli::readTimeouts(parser);
    if (!timeouts)
        return context.usageError(command, timeouts.error());
    timeouts->applyTo(endpoint);
    EndpointStore store;
    if (const auto exit = loadStore(context, store))
        return *exit;
    if (const Status added = store.add(endpoint, parser.isSet(QStringLiteral("replace"))); !added)
        return context.usageError(command, added.error());
    if (const Status saved = store.save(); !saved)
        return context.failure(command, saved.error());
    context.out << Texts::tr("Added endpoint %1 (%2, %3, model %4) to %5")
                       .arg(endpoint.name, endpointKindName(endpoint.kind), redactedUrl(endpoint.baseUrl),
                            endpoint.model, store.path())
                << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

/// Where an endpoint's key would come from, without reading the keychain or showing a value.
QString keyText(const Endpoint &e)
{
    QStringList set;
    for (const QString &variable : ApiKeyStore::environmentVariables(e)) {
        if (!qEnvironmentVariableIsEmpty(variable.toLatin1().constData()))
            set << variable;
    }
    return set.isEmpty() ? Texts::tr("keychain or %1").arg(ApiKeyStore::endpointVariable(e.name))
                         : Texts::tr("$%1 (set)").arg(set.constFirst());
}

int list(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    const Parsed p = parse(context, parser, arguments, QStringLiteral("list"), false);
    if (p.exit)
        return *p.exit;
    EndpointStore store;
    if (const auto exit = loadStore(context, store))
        return *exit;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray endpoints;
        for (const Endpoint &e : store.endpoints())
            endpoints.append(EndpointStore::toJson(e));
        QJsonArray sets;
        for (const EndpointSet &s : store.sets()) {
            sets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("endpoints"), QJsonArray::fromStringList(s.endpoints)}});
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), store.path()},
                                      {QStringLiteral("endpoints"), endpoints},
                                      {QStringLiteral("sets"), sets}});
        return ExitCode::Ok;
    }
    if (store.endpoints().isEmpty()) {
        context.out
            << Texts::tr("No endpoint configured in %1; add one with 'rightsize endpoint add'.").arg(store.path())
            << '\n';
        context.out.flush();
        return ExitCode::Ok;
    }
    TextTable table({Texts::tr("Name"), Texts::tr("Kind"), Texts::tr("Base URL"), Texts::tr("Model"),
                     Texts::tr("Catalog model"), Texts::tr("Key")});
    for (const Endpoint &e : store.endpoints()) {
        table.addRow({e.name, endpointKindName(e.kind), redactedUrl(e.baseUrl), e.model,
                      e.catalogModel.isEmpty() ? QStringLiteral("—") : e.catalogModel, keyText(e)});
    }
    context.out << table.toString();
    context.out.flush();
    return ExitCode::Ok;
}

int test(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Texts::tr("The endpoint to try."));
    const Parsed p = parse(context, parser, arguments, QStringLiteral("test"), true);
    if (p.exit)
        return *p.exit;
    const QString command = kCommand + QStringLiteral(" test");
    EndpointStore store;
    if (const auto exit = loadStore(context, store))
        return *exit;
    const Endpoint *found = store.find(p.name);
    if (!found)
        return context.usageError(command, Texts::tr("unknown endpoint “%1”").arg(p.name));
    Endpoint endpoint = *found;
    endpoint.idleTimeoutMs = std::min(endpoint.idleTimeoutMs, 15000);
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    QNetworkAccessManager network;
    ChatClient client(&network);
    const auto [models, error, keySource] =
        QCoro::waitFor([](ChatClient &client, ApiKeyStore &keys,
                          Endpoint endpoint) -> QCoro::Task<std::tuple<QStringList, QString, QString>> {
            const ApiKey key = co_await keys.lookup(endpoint);
            const Result<QStringList> result = co_await client.listModels(endpoint, key.value);
            co_return std::tuple(result.ok() ? result.value() : QStringList(), result.error(), key.describe());
        }(client, *keys, endpoint));
    if (!error.isEmpty()) {
        if (!keys->keychainAvailable())
            context.err << keys->keychainStatus() << '\n';
        return context.failure(command, error);
    }
    context.out << Texts::tr("Endpoint %1 answered (key: %2). Models served: %3")
                       .arg(endpoint.name, keySource)
                       .arg(models.size())
                << '\n';
    for (const QString &model : models)
        context.out << "  " << model << (model == endpoint.model ? Texts::tr("  (configured)") : QString()) << '\n';
    if (!models.contains(endpoint.model))
        context.out << Texts::tr("Note: the configured model %1 is not in the list.").arg(endpoint.model) << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

int remove(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Texts::tr("The endpoint to remove."));
    const Parsed p = parse(context, parser, arguments, QStringLiteral("remove"), true);
    if (p.exit)
        return *p.exit;
    const QString command = kCommand + QStringLiteral(" remove");
    EndpointStore store;
    if (const auto exit = loadStore(context, store))
        return *exit;
    if (!store.remove(p.name))
        return context.usageError(command, Texts::tr("unknown endpoint “%1”").arg(p.name));
    if (const Status saved = store.save(); !saved)
        return context.failure(command, saved.error());
    // Its key goes too, where there is a keychain; nothing to do otherwise.
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    if (keys->keychainAvailable())
        QCoro::waitFor(keys->remove(p.name));
    context.out << Texts::tr("Removed endpoint %1").arg(p.name) << '\n';
    context.out.flush();
    return ExitCode::Ok;
}

int setKey(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 Texts::tr("The endpoint whose key is read from standard input."));
    const Parsed p = parse(context, parser, arguments, QStringLiteral("set-key"), true);
    if (p.exit)
        return *p.exit;
    const QString command = kCommand + QStringLiteral(" set-key");
    EndpointStore store;
    if (const auto exit = loadStore(context, store))
        return *exit;
    if (!store.find(p.name))
        return context.usageError(command, Texts::tr("unknown endpoint “%1”").arg(p.name));
    const std::unique_ptr<ApiKeyStore> keys = ApiKeyStore::system();
    // Said before reading anything, so that nobody types a key for nothing.
    if (!keys->keychainAvailable()) {
        return context.failure(command,
                               Texts::tr("no keychain is available here; set the environment variable %1 instead (%2)")
                                   .arg(ApiKeyStore::endpointVariable(p.name), keys->keychainStatus()));
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.failure(command, Texts::tr("cannot read standard input"));
    const QString key = QString::fromUtf8(input.readLine()).trimmed();
    if (key.isEmpty())
        return context.usageError(command, Texts::tr("no key on standard input"));
    const KeychainReply reply = QCoro::waitFor(keys->store(p.name, key));
    if (reply.status != KeychainReply::Status::Ok)
        return context.failure(command, reply.message);
    context.out << Texts::tr("Stored the key of endpoint %1 in the keychain").arg(p.name) << '\n';
    context.out.flush();
    return ExitCode::Ok;
}
} // namespace

int runEndpointCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + action} + arguments.mid(2);
    if (action == QLatin1String("add"))
        return add(context, rest);
    if (action == QLatin1String("list"))
        return list(context, rest);
    if (action == QLatin1String("test"))
        return test(context, rest);
    if (action == QLatin1String("remove"))
        return remove(context, rest);
    if (action == QLatin1String("set-key"))
        return setKey(context, rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out << Texts::tr("Usage: rightsize endpoint ACTION") << '\n' << usage() << '\n';
        context.out.flush();
        return ExitCode::Ok;
    }
    return context.usageError(kCommand,
                              action.isEmpty() ? usage() : Texts::tr("unknown action “%1”; %2").arg(action, usage()));
}
