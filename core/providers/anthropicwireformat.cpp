// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/anthropicwireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest AnthropicWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                              const QString &apiKey) const
{
    QJsonArray messages;
    for (const ChatMessage &message : chat.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    const auto maxTokens = chat.maxTokens ? chat.maxTokens : endpoint.maxTokens;
    QJsonObject body{
        {QStringLiteral("model"), endpoint.model},
        {QStringLiteral("max_tokens"), maxTokens.value_or(defaultMaxTokens)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    const QString system = chat.system.isEmpty() ? endpoint.systemPrompt : chat.system;
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system);
    if (const auto temperature = chat.temperature ? chat.temperature : endpoint.temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    // The Messages API offers no token log-probabilities: chat.logprobs is ignored here.

    HttpRequest request;
    request.request = jsonRequest(endpoint.url(u"v1/messages"), QByteArrayLiteral("text/event-stream"));
    request.request.setRawHeader("anthropic-version", apiVersion());
    applyAuth(kind(), request.request, apiKey);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void AnthropicWireFormat::consume(const SseEvent &event, StreamState &state)
{
    const QJsonObject data = QJsonDocument::fromJson(event.data).object();
    QByteArray type = event.event;
    if (type == "message")   // no event: line; the JSON names the type too
        type = data.value(QLatin1String("type")).toString().toUtf8();

    if (type == "content_block_delta") {
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        if (delta.value(QLatin1String("type")).toString() == QLatin1String("text_delta"))
            state.text += delta.value(QLatin1String("text")).toString();
    } else if (type == "message_start") {
        const QJsonObject usage = data.value(QLatin1String("message")).toObject()
                                      .value(QLatin1String("usage")).toObject();
        if (usage.contains(QLatin1String("input_tokens")))
            state.inputTokens = usage.value(QLatin1String("input_tokens")).toInteger();
        if (usage.contains(QLatin1String("output_tokens")))
            state.outputTokens = usage.value(QLatin1String("output_tokens")).toInteger();
    } else if (type == "message_delta") {
        const QString stop = data.value(QLatin1String("delta")).toObject()
                                 .value(QLatin1String("stop_reason")).toString();
        if (!stop.isEmpty())
            state.finishReason = stop;
        const QJsonObject usage = data.value(QLatin1String("usage")).toObject();
        // Cumulative counts: the last message_delta is the final word.
        if (usage.contains(QLatin1String("output_tokens")))
            state.outputTokens = usage.value(QLatin1String("output_tokens")).toInteger();
        if (usage.contains(QLatin1String("input_tokens")))
            state.inputTokens = usage.value(QLatin1String("input_tokens")).toInteger();
    } else if (type == "message_stop") {
        state.complete = true;
    } else if (type == "error") {
        state.error = errorMessageFromBody(event.data);
        state.errorType = data.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString();
    }
    // ping, content_block_start/stop and unknown future events carry nothing we need.
}
