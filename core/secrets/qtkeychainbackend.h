// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "secrets/keychainbackend.h"

/// The system keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on
/// macOS, Credential Manager on Windows). Never falls back to plaintext storage. Where no
/// service runs (no D-Bus session, or RIGHTSIZE_NO_KEYCHAIN=1 as in CI) it says so at once
/// rather than waiting for D-Bus activation to time out.
class QtKeychainBackend : public KeychainBackend
{
public:
    explicit QtKeychainBackend(QString service = QStringLiteral("Rightsize"), int timeoutMs = 5000);

    QString unavailableReason() const override;
    QCoro::Task<KeychainReply> read(QString account) override;
    QCoro::Task<KeychainReply> write(QString account, QString secret) override;
    QCoro::Task<KeychainReply> remove(QString account) override;

private:
    QString m_service;
    int m_timeoutMs;
};
