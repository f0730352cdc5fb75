// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QCoroTask>
#include <QString>

/// What a keychain operation came to.
struct KeychainReply
{
    enum class Status {
        Ok,          ///< done; `secret` holds the key for a read
        NotFound,    ///< no entry under that name
        Unavailable, ///< no keychain service runs here (headless, CI, no D-Bus Secret Service)
        Failed,      ///< the service refused or failed; `message` says why
    };
    Status status = Status::Failed;
    QString secret;
    QString message; ///< translated, never containing the secret
};

/// The system keychain as ApiKeyStore sees it; an interface so that tests can stand in for it.
/// Entries are addressed by account name (one per endpoint).
class KeychainBackend
{
public:
    virtual ~KeychainBackend() = default;
    /// Why no keychain can be used here, found without blocking; empty when one may be there.
    virtual QString unavailableReason() const = 0;
    virtual QCoro::Task<KeychainReply> read(QString account) = 0;
    virtual QCoro::Task<KeychainReply> write(QString account, QString secret) = 0;
    virtual QCoro::Task<KeychainReply> remove(QString account) = 0;
};
