// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "secrets/apikeystore.h"

#include "providers/endpoint.h"
#include "secrets/qtkeychainbackend.h"

#include <QCoreApplication>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)
};

/// The provider-wide variable for an endpoint, when the endpoint is the provider's own service.
QString providerVariable(const Endpoint &endpoint)
{
    const QString host = endpoint.baseUrl.host().toLower();
    if (endpoint.kind == EndpointKind::OpenAi && host == QLatin1String("api.openai.com"))
        return QStringLiteral("OPENAI_API_KEY");
    if (endpoint.kind == EndpointKind::Anthropic && host == QLatin1String("api.anthropic.com"))
        return QStringLiteral("ANTHROPIC_API_KEY");
    return {};
}
} // namespace

QString ApiKey::describe() const
{
    switch (source) {
    case Source::Keychain:
        return Texts::tr("keychain");
    case Source::Environment:
        return Texts::tr("environment variable %1").arg(variable);
    case Source::None:
        break;
    }
    return Texts::tr("no key");
}

ApiKeyStore::ApiKeyStore(std::unique_ptr<KeychainBackend> backend, Environment environment)
    : m_backend(std::move(backend))
    , m_environment(environment ? std::move(environment) : Environment([](const QString &name) {
        return qEnvironmentVariable(name.toLatin1().constData());
    }))
{
    if (!m_backend)
        m_unavailableReason = Texts::tr("no keychain support");
    else
        m_unavailableReason = m_backend->unavailableReason();
}

ApiKeyStore::~ApiKeyStore() = default;

std::unique_ptr<ApiKeyStore> ApiKeyStore::system()
{
    return std::make_unique<ApiKeyStore>(std::make_unique<QtKeychainBackend>());
}

bool ApiKeyStore::keychainAvailable() const
{
    return m_unavailableReason.isEmpty();
}

QString ApiKeyStore::keychainStatus() const
{
    if (keychainAvailable())
        return {};
    return Texts::tr("No keychain is available (%1): API keys are read from environment variables "
                     "(RIGHTSIZE_KEY_<ENDPOINT>, OPENAI_API_KEY, ANTHROPIC_API_KEY).")
        .arg(m_unavailableReason);
}

void ApiKeyStore::markUnavailable(const QString &reason)
{
    m_unavailableReason = reason.isEmpty() ? Texts::tr("the keychain service is not available") : reason;
}

QString ApiKeyStore::endpointVariable(const QString &endpointName)
{
    QString name = endpointName.toUpper();
    for (QChar &c : name) {
        const bool alphanumeric =
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!alphanumeric)
            c = QLatin1Char('_');
    }
    return QStringLiteral("RIGHTSIZE_KEY_") + name;
}

QStringList ApiKeyStore::environmentVariables(const Endpoint &endpoint)
{
    QStringList names;
    if (!endpoint.apiKeyRef.isEmpty())
        names << endpoint.apiKeyRef;
    names << endpointVariable(endpoint.name);
    if (const QString provider = providerVariable(endpoint); !provider.isEmpty())
        names << provider;
    names.removeDuplicates();
    return names;
}

QString ApiKeyStore::account(const QString &endpointName)
{
    return QStringLiteral("endpoint/") + endpointName;
}

QCoro::Task<ApiKey> ApiKeyStore::lookup(Endpoint endpoint)
{
    if (m_backend && keychainAvailable()) {
        const KeychainReply reply = co_await m_backend->read(account(endpoint.name));
        if (reply.status == KeychainReply::Status::Ok && !reply.secret.isEmpty())
            co_return ApiKey{reply.secret, ApiKey::Source::Keychain, {}};
        if (reply.status == KeychainReply::Status::Unavailable)
            markUnavailable(reply.message);
    }
    for (const QString &variable : environmentVariables(endpoint)) {
        const QString value = m_environment(variable);
        if (!value.isEmpty())
            co_return ApiKey{value, ApiKey::Source::Environment, variable};
    }
    co_return ApiKey{};
}

QCoro::Task<KeychainReply> ApiKeyStore::store(QString endpointName, QString key)
{
    const QString variable = endpointVariable(endpointName);
    if (m_backend && keychainAvailable()) {
        KeychainReply reply = co_await m_backend->write(account(endpointName), key);
        if (reply.status == KeychainReply::Status::Ok)
            co_return reply;
        if (reply.status == KeychainReply::Status::Unavailable)
            markUnavailable(reply.message);
        else
            co_return KeychainReply{
                reply.status,
                {},
                Texts::tr("Cannot store the key of endpoint %1 in the keychain: %2").arg(endpointName, reply.message)};
    }
    co_return KeychainReply{KeychainReply::Status::Unavailable,
                            {},
                            Texts::tr("Cannot store the key of endpoint %1: no keychain is available (%2). "
                                      "Set the environment variable %3 instead.")
                                .arg(endpointName, m_unavailableReason, variable)};
}

QCoro::Task<KeychainReply> ApiKeyStore::remove(QString endpointName)
{
    if (!m_backend || !keychainAvailable())
        co_return KeychainReply{KeychainReply::Status::Unavailable, {}, keychainStatus()};
    KeychainReply reply = co_await m_backend->remove(account(endpointName));
    if (reply.status == KeychainReply::Status::Unavailable)
        markUnavailable(reply.message);
    co_return reply;
}
