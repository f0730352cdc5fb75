// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringList>

/// Removes credentials from text before it reaches a log, an error message or an export:
/// `Authorization` and `x-api-key`-style header values, `Bearer …` tokens, `key=`-style
/// URL query parameters, `sk-…` key shapes, and every literal in `secrets` (the keys the
/// caller knows it used). Leaked keys in pasted debug logs are a real, recurring incident.
QString redact(const QString &text, const QStringList &secrets = {});

/// The placeholder written where a secret was.
inline QString redactedMarker() { return QStringLiteral("[redacted]"); }
