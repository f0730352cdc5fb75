// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/endpoint.h"
#include "providers/wireformat.h"

#include <QStringList>

/// Asks a server which models it serves: `GET {base}/models` (OpenAI-compatible),
/// `GET {base}/v1/models` (Anthropic), `GET {base}/api/tags` (Ollama).
class ModelDiscovery
{
public:
    static HttpRequest buildRequest(const Endpoint &endpoint, const QString &apiKey);
    /// Model ids in the server's order; an error naming what is wrong with the body.
    static Result<QStringList> parse(EndpointKind kind, const QByteArray &body);
};
