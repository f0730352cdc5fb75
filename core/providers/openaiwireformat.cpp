// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/openaiwireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest OpenAiWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
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

    QJsonObject body{
        {QStringLiteral("model"), endpoint.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    if (const auto temperature = chat.temperature ? chat.temperature : endpoint.temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    // max_tokens rather than max_completion_tokens: every compatible server understands it.
    if (const auto maxTokens = chat.maxTokens ? chat.maxTokens : endpoint.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (chat.logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        if (chat.topLogprobs > 0)
            body.insert(QStringLiteral("top_logprobs"), chat.topLogprobs);
    }

    HttpRequest request;
    request.request = jsonRequest(endpoint.url(u"chat/completions"), QByteArrayLiteral("text/event-stream"));
    applyAuth(kind(), request.request, apiKey);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void OpenAiWireFormat::consume(const SseEvent &event, StreamState &state)
{
    if (event.data == "[DONE]") {
        state.complete = true;
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(event.data);
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (event.event == "error" || (!error.isUndefined() && !error.isNull())) {
        state.error = errorMessageFromBody(event.data);
        state.errorType = error.toObject().value(QLatin1String("type")).toString();
        return;
    }
    if (!document.isObject())
        return;   // tolerate stray non-JSON events rather than lose the answer

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        const QJsonValue content = delta.value(QLatin1String("content"));
        if (content.isString())
            state.text += content.toString();
        const QJsonValue logprobs = choice.value(QLatin1String("logprobs"));
        if (logprobs.isObject())
            state.logprobs += parseLogprobs(logprobs.toObject().value(QLatin1String("content")).toArray());
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty())
            state.finishReason = finish.toString();
    }
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        if (u.contains(QLatin1String("prompt_tokens")))
            state.inputTokens = u.value(QLatin1String("prompt_tokens")).toInteger();
        if (u.contains(QLatin1String("completion_tokens")))
            state.outputTokens = u.value(QLatin1String("completion_tokens")).toInteger();
    }
}
