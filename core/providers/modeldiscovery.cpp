// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/modeldiscovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest ModelDiscovery::buildRequest(const Endpoint &endpoint, const QString &apiKey)
{
    QStringView path = u"models";
    if (endpoint.kind == EndpointKind::Anthropic)
        path = u"v1/models";
    else if (endpoint.kind == EndpointKind::Ollama)
        path = u"api/tags";
    HttpRequest request;
    request.verb = QByteArrayLiteral("GET");
    request.request = WireFormat::jsonRequest(endpoint.url(path), QByteArrayLiteral("application/json"));
    request.request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    if (endpoint.kind == EndpointKind::Anthropic)
        request.request.setRawHeader("anthropic-version", QByteArrayLiteral("2023-06-01"));
    WireFormat::applyAuth(endpoint.kind, request.request, apiKey);
    return request;
}

Result<QStringList> ModelDiscovery::parse(EndpointKind kind, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Result<QStringList>::failure(
            QCoreApplication::translate("ModelDiscovery", "The model list is not a JSON object: %1")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("-")));
    }
    const bool ollama = kind == EndpointKind::Ollama;
    const QString listKey = ollama ? QStringLiteral("models") : QStringLiteral("data");
    const QJsonValue list = document.object().value(listKey);
    if (!list.isArray()) {
        return Result<QStringList>::failure(
            QCoreApplication::translate("ModelDiscovery", "The model list has no \"%1\" array").arg(listKey));
    }
    QStringList ids;
    for (const QJsonArray elements = list.toArray(); const QJsonValue &value : elements) {
        const QJsonObject model = value.toObject();
        QString id = model.value(ollama ? QLatin1String("name") : QLatin1String("id")).toString();
        if (id.isEmpty() && ollama)
            id = model.value(QLatin1String("model")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}
