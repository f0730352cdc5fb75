// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/redact.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> list = {
        // Header lines and JSON/ini-style pairs: Authorization: Bearer x, "x-api-key": "x"
        {QRegularExpression(
             QString::fromUtf8(
                 R"re(("?(?:proxy-)?authorization"?\s*[:=]\s*"?(?:(?:bearer|basic|token)\s+)?)[^\s,;"'&]+)re"),
             ci),
         QStringLiteral("\\1[redacted]")},
        {QRegularExpression(
             QString::fromUtf8(
                 R"re(("?(?:x-api-key|x-goog-api-key|api[_-]?key|apikey|secret|password)"?\s*[:=]\s*"?)[^\s,;"'&]+)re"),
             ci),
         QStringLiteral("\\1[redacted]")},
        // URL query parameters
        {QRegularExpression(
             QString::fromUtf8(R"re(([?&](?:key|api[_-]?key|apikey|access_token|token|sig)=)[^&#\s"']+)re"), ci),
         QStringLiteral("\\1[redacted]")},
        // A bare bearer token anywhere in prose
        {QRegularExpression(QString::fromUtf8(R"re(\b(bearer)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{6,})re"), ci),
         QStringLiteral("\\1 [redacted]")},
        // Common key shapes (OpenAI sk-…, Anthropic sk-ant-…), even without a label
        {QRegularExpression(QString::fromUtf8(R"re(\bsk-[A-Za-z0-9_-]{8,})re")), QStringLiteral("[redacted]")},
    };
    return list;
}
} // namespace

QString redact(const QString &text, const QStringList &secrets)
{
    QString result = text;
    // Literal secrets first: a key of any shape the caller actually used.
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            result.replace(secret, redactedMarker());
    }
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QString redactedUrl(const QUrl &url)
{
    return redact(url.adjusted(QUrl::RemoveUserInfo).toString());
}
