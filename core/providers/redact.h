// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringList>

class QUrl;

/// Removes credentials from text before it reaches a log, an error message or an export:
/// `Authorization` and `x-api-key`-style header values, `Bearer …` tokens, `key=`-style
/// URL query parameters, `sk-…` key shapes, and every literal in `secrets` (the keys the
/// caller knows it used). Leaked keys in pasted debug logs are a real, recurring incident.
QString redact(const QString &text, const QStringList &secrets = {});

/// An endpoint's URL as it may be printed, logged or stored: without user info (a key pasted
/// as user:key@host) and with key-like query parameters redacted.
QString redactedUrl(const QUrl &url);

/// The placeholder written where a secret was.
inline QString redactedMarker()
{
    return QStringLiteral("[redacted]");
}
