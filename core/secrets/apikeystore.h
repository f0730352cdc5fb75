// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "secrets/keychainbackend.h"

#include <QCoroTask>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct Endpoint;

/// An API key found for an endpoint, and where it was found (to say so, never to show it).
struct ApiKey
{
    enum class Source { None, Keychain, Environment };
    QString value;
    Source source = Source::None;
    QString variable; ///< the environment variable's name when from the environment

    bool isEmpty() const { return value.isEmpty(); }
    /// "keychain", "environment variable OPENAI_API_KEY" or "no key" — safe to print.
    QString describe() const;
};

/// Finds and stores API keys. Keys live in the system keychain (one entry per endpoint name);
/// where no keychain service runs, they come from the environment instead and the store says
/// so. Lookup order: keychain entry → the endpoint's own variable (apiKeyRef, `--key-env`) →
/// RIGHTSIZE_KEY_<ENDPOINT> → OPENAI_API_KEY / ANTHROPIC_API_KEY, the last only for the
/// provider's own host, so that a key meant for OpenAI is never sent to another server.
/// Keys are held only in memory, for the call that needs them.
class ApiKeyStore
{
public:
    using Environment = std::function<QString(const QString &name)>;

    /// `backend` may be null: no keychain. `environment` reads a variable (default: the process's).
    explicit ApiKeyStore(std::unique_ptr<KeychainBackend> backend, Environment environment = {});
    ~ApiKeyStore();
    /// The store the application uses: the system keychain and the process environment.
    static std::unique_ptr<ApiKeyStore> system();

    /// True until a keychain operation found no service (or none could be there).
    bool keychainAvailable() const;
    /// Why keys come from the environment only, as a sentence for the UI and the command line;
    /// empty while the keychain is available.
    QString keychainStatus() const;

    QCoro::Task<ApiKey> lookup(Endpoint endpoint);
    /// Stores `key` for the endpoint named `endpointName`; a clear error naming the environment
    /// variable to use instead when no keychain is available.
    QCoro::Task<KeychainReply> store(QString endpointName, QString key);
    QCoro::Task<KeychainReply> remove(QString endpointName);

    /// RIGHTSIZE_KEY_<NAME>: the name upper-cased, every other character than A–Z and 0–9 → '_'.
    static QString endpointVariable(const QString &endpointName);
    /// The environment variables tried for `endpoint`, in order.
    static QStringList environmentVariables(const Endpoint &endpoint);
    /// The keychain account of an endpoint's key.
    static QString account(const QString &endpointName);

private:
    void markUnavailable(const QString &reason);

    std::unique_ptr<KeychainBackend> m_backend;
    Environment m_environment;
    QString m_unavailableReason;
};
