// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/endpoint.h"

#include <algorithm>

QString endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::OpenAi:
        return QStringLiteral("openai");
    case EndpointKind::Anthropic:
        return QStringLiteral("anthropic");
    case EndpointKind::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

std::optional<EndpointKind> endpointKindFromName(QStringView name)
{
    for (EndpointKind kind : {EndpointKind::OpenAi, EndpointKind::Anthropic, EndpointKind::Ollama}) {
        if (name.compare(endpointKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QUrl Endpoint::url(QStringView path) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QStringView relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative = relative.mid(1);
    result.setPath(basePath + QLatin1Char('/') + relative.toString());
    return result;
}

void TimeoutOverrides::applyTo(Endpoint &endpoint) const
{
    if (idleTimeoutMs)
        endpoint.idleTimeoutMs = std::max(1, *idleTimeoutMs);
    if (maxTimeMs)
        endpoint.maxTimeMs = std::max(1, *maxTimeMs);
}
