// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ollamawireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest OllamaWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                           const QString &apiKey) const
{
    QJsonArray messages;
    const QString system = chat.system.isEmpty() ? endpoint.systemPrompt : chat.system;
    if (!system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), system}});
    for (const ChatMessage &message : chat.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    QJsonObject options;
    if (const auto temperature = chat.temperature ? chat.temperature : endpoint.temperature)
        options.insert(QStringLiteral("temperature"), *temperature);
    if (const auto maxTokens = chat.maxTokens ? chat.maxTokens : endpoint.maxTokens)
        options.insert(QStringLiteral("num_predict"), *maxTokens);

    QJsonObject body{
        {QStringLiteral("model"), endpoint.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    if (chat.logprobs) {
        // Recent Ollama versions; older ones ignore unknown fields.
        body.insert(QStringLiteral("logprobs"), true);
        if (chat.topLogprobs > 0)
            body.insert(QStringLiteral("top_logprobs"), chat.topLogprobs);
    }

    HttpRequest request;
    request.request = jsonRequest(endpoint.url(u"api/chat"), QByteArrayLiteral("application/x-ndjson"));
    applyAuth(kind(), request.request, apiKey);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void OllamaWireFormat::feed(QByteArrayView bytes, StreamState &state)
{
    if (state.error)
        return;
    const Status status = m_decoder.feed(bytes, [this, &state](const QJsonObject &object) {
        if (!state.error && !state.complete)
            consume(object, state);
    });
    if (!status && !state.error)
        state.error = status.error();
}

void OllamaWireFormat::finish(StreamState &state)
{
    if (state.error)
        return;
    const Status status = m_decoder.finish([this, &state](const QJsonObject &object) {
        if (!state.error && !state.complete)
            consume(object, state);
    });
    if (!status && !state.error)
        state.error = status.error();
}

void OllamaWireFormat::reset()
{
    m_decoder.reset();
}

void OllamaWireFormat::consume(const QJsonObject &object, StreamState &state)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString()) {
        state.error = error.toString();
        return;
    }
    const QJsonValue content = object.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    if (content.isString())
        state.text += content.toString();
    const QJsonValue logprobs = object.value(QLatin1String("logprobs"));
    if (logprobs.isArray())
        state.logprobs += parseLogprobs(logprobs.toArray());
    if (object.value(QLatin1String("done")).toBool()) {
        state.complete = true;
        state.finishReason = object.value(QLatin1String("done_reason")).toString();
        if (object.contains(QLatin1String("prompt_eval_count")))
            state.inputTokens = object.value(QLatin1String("prompt_eval_count")).toInteger();
        if (object.contains(QLatin1String("eval_count")))
            state.outputTokens = object.value(QLatin1String("eval_count")).toInteger();
    }
}
