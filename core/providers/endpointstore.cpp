// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/endpointstore.h"

#include "providers/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStore)
};

constexpr int kFormatVersion = 1;
} // namespace

EndpointStore::EndpointStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : std::move(path))
{ }

QString EndpointStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/endpoints.json");
}

const Endpoint *EndpointStore::find(const QString &name) const
{
    for (const Endpoint &e : m_endpoints) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString EndpointStore::validate(const Endpoint &endpoint)
{
    if (endpoint.name.trimmed().isEmpty())
        return Texts::tr("An endpoint needs a name.");
    const QString scheme = endpoint.baseUrl.scheme();
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return Texts::tr("Endpoint %1: the base URL “%2” is not an http:// or https:// URL.")
            .arg(endpoint.name, redactedUrl(endpoint.baseUrl));
    }
    if (!endpoint.baseUrl.userInfo().isEmpty() || endpoint.baseUrl.hasQuery())
        return Texts::tr("Endpoint %1: the base URL must not carry credentials or a query; keys go in the keychain "
                         "or the environment.")
            .arg(endpoint.name);
    if (endpoint.model.trimmed().isEmpty())
        return Texts::tr("Endpoint %1 needs a model id.").arg(endpoint.name);
    if (endpoint.idleTimeoutMs <= 0 || (endpoint.maxTimeMs && *endpoint.maxTimeMs <= 0))
        return Texts::tr("Endpoint %1: timeouts must be positive.").arg(endpoint.name);
    return {};
}

Status EndpointStore::add(const Endpoint &endpoint, bool replace)
{
    if (const QString problem = validate(endpoint); !problem.isEmpty())
        return Status::failure(problem);
    for (Endpoint &e : m_endpoints) {
        if (e.name == endpoint.name) {
            if (!replace)
                return Status::failure(Texts::tr("An endpoint named %1 already exists.").arg(endpoint.name));
            e = endpoint;
            emit changed();
            return success();
        }
    }
    m_endpoints.append(endpoint);
    emit changed();
    return success();
}

bool EndpointStore::remove(const QString &name)
{
    const qsizetype removed = m_endpoints.removeIf([&](const Endpoint &e) { return e.name == name; });
    for (EndpointSet &set : m_sets)
        set.endpoints.removeAll(name);
    if (removed > 0)
        emit changed();
    return removed > 0;
}

const EndpointSet *EndpointStore::findSet(const QString &name) const
{
    for (const EndpointSet &s : m_sets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void EndpointStore::setSet(const EndpointSet &set)
{
    for (EndpointSet &s : m_sets) {
        if (s.name == set.name) {
            s = set;
            emit changed();
            return;
        }
    }
    m_sets.append(set);
    emit changed();
}

bool EndpointStore::removeSet(const QString &name)
{
    const bool removed = m_sets.removeIf([&](const EndpointSet &s) { return s.name == name; }) > 0;
    if (removed)
        emit changed();
    return removed;
}

QJsonObject EndpointStore::toJson(const Endpoint &e)
{
    QJsonObject o{
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), endpointKindName(e.kind)},
        {QStringLiteral("base_url"), e.baseUrl.toString()},
        {QStringLiteral("model"), e.model},
        {QStringLiteral("idle_timeout_ms"), e.idleTimeoutMs},
    };
    if (e.maxTimeMs)
        o.insert(QStringLiteral("max_time_ms"), *e.maxTimeMs);
    if (!e.catalogModel.isEmpty())
        o.insert(QStringLiteral("catalog_model"), e.catalogModel);
    if (e.temperature)
        o.insert(QStringLiteral("temperature"), *e.temperature);
    if (e.maxTokens)
        o.insert(QStringLiteral("max_tokens"), *e.maxTokens);
    if (!e.systemPrompt.isEmpty())
        o.insert(QStringLiteral("system_prompt"), e.systemPrompt);
    if (!e.apiKeyRef.isEmpty())
        o.insert(QStringLiteral("key_env"), e.apiKeyRef);
    return o;
}

Result<Endpoint> EndpointStore::fromJson(const QJsonObject &o)
{
    Endpoint e;
    e.name = o.value(QStringLiteral("name")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto parsedKind = endpointKindFromName(kind);
    if (!parsedKind) {
        return Result<Endpoint>::failure(Texts::tr("endpoint “%1” has an unknown kind “%2” (expected openai, anthropic "
                                                   "or ollama)")
                                             .arg(e.name, kind));
    }
    e.kind = *parsedKind;
    e.baseUrl = QUrl(o.value(QStringLiteral("base_url")).toString(), QUrl::StrictMode);
    e.model = o.value(QStringLiteral("model")).toString();
    e.catalogModel = o.value(QStringLiteral("catalog_model")).toString();
    if (o.contains(QStringLiteral("temperature")))
        e.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.contains(QStringLiteral("max_tokens")))
        e.maxTokens = o.value(QStringLiteral("max_tokens")).toInt();
    e.systemPrompt = o.value(QStringLiteral("system_prompt")).toString();
    // "timeout_ms", the total deadline older versions saved (600 s unless changed), is not read:
    // the whole answer is now capped only when the user asks for it.
    if (o.contains(QStringLiteral("max_time_ms")))
        e.maxTimeMs = o.value(QStringLiteral("max_time_ms")).toInt();
    e.idleTimeoutMs = o.value(QStringLiteral("idle_timeout_ms")).toInt(e.idleTimeoutMs);
    e.apiKeyRef = o.value(QStringLiteral("key_env")).toString();
    if (const QString problem = validate(e); !problem.isEmpty())
        return Result<Endpoint>::failure(problem);
    return e;
}

Status EndpointStore::load()
{
    const Status read = readFile();
    emit changed();
    return read;
}

Status EndpointStore::readFile()
{
    m_endpoints.clear();
    m_sets.clear();
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Texts::tr("Cannot read the endpoints file %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Status::failure(Texts::tr("The endpoints file %1 is not valid JSON: %2")
                                   .arg(m_path,
                                        parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : Texts::tr("expected an object")));
    }
    const QJsonObject root = document.object();
    QList<Endpoint> endpoints;
    for (const QJsonArray elements = root.value(QStringLiteral("endpoints")).toArray();
         const QJsonValue &value : elements) {
        Result<Endpoint> endpoint = fromJson(value.toObject());
        if (!endpoint)
            return Status::failure(Texts::tr("The endpoints file %1: %2").arg(m_path, endpoint.error()));
        endpoints.append(endpoint.value());
    }
    QList<EndpointSet> sets;
    for (const QJsonArray elements = root.value(QStringLiteral("sets")).toArray(); const QJsonValue &value : elements) {
        const QJsonObject o = value.toObject();
        EndpointSet set;
        set.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonArray names = o.value(QStringLiteral("endpoints")).toArray(); const QJsonValue &name : names)
            set.endpoints << name.toString();
        if (!set.name.isEmpty())
            sets.append(set);
    }
    m_endpoints = endpoints;
    m_sets = sets;
    return success();
}

Status EndpointStore::save() const
{
    QJsonArray endpoints;
    for (const Endpoint &e : m_endpoints)
        endpoints.append(toJson(e));
    QJsonArray sets;
    for (const EndpointSet &s : m_sets) {
        sets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("endpoints"), QJsonArray::fromStringList(s.endpoints)}});
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("endpoints"), endpoints},
                           {QStringLiteral("sets"), sets}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Status::failure(Texts::tr("Cannot create the folder of %1").arg(m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Texts::tr("Cannot write the endpoints file %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(Texts::tr("Cannot write the endpoints file %1: %2").arg(m_path, file.errorString()));
    return success();
}
