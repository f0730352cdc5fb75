// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/wireformat.h"

#include "providers/anthropicwireformat.h"
#include "providers/ollamawireformat.h"
#include "providers/openaiwireformat.h"
#include "providers/streamjson.h"

#include <QJsonDocument>
#include <QJsonObject>

WireFormat::WireFormat()
    : m_json(std::make_unique<StreamJson>())
{ }

WireFormat::~WireFormat() = default;

std::unique_ptr<WireFormat> WireFormat::create(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::OpenAi:
        return std::make_unique<OpenAiWireFormat>();
    case EndpointKind::Anthropic:
        return std::make_unique<AnthropicWireFormat>();
    case EndpointKind::Ollama:
        return std::make_unique<OllamaWireFormat>();
    }
    return nullptr;
}

QNetworkRequest WireFormat::jsonRequest(const QUrl &url, const QByteArray &accept)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Rightsize/" RIGHTSIZE_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

void WireFormat::applyAuth(EndpointKind kind, QNetworkRequest &request, const QString &apiKey)
{
    if (apiKey.isEmpty())
        return;
    if (kind == EndpointKind::Anthropic)
        request.setRawHeader("x-api-key", apiKey.toUtf8());
    else
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
}

QString WireFormat::errorMessageFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject()) {
            const QString message = error.toObject().value(QLatin1String("message")).toString();
            if (!message.isEmpty())
                return message;
            const QString type = error.toObject().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                return type;
        }
        if (error.isString())
            return error.toString();
        const QString message = root.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            return message;
        const QString detail = root.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            return detail;
    }
    // Not JSON (a proxy's HTML page, plain text): the start of it is still the server's word.
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}
