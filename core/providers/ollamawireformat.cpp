// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ollamawireformat.h"

#include "providers/ndjsondecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
/// Applies one decoded object to `state`.
void consume(StreamJson::Element object, StreamState &state)
{
    using J = StreamJson;
    if (const std::optional<QString> error = J::string(J::field(object, "error"))) {
        state.error = *error;
        return;
    }
    if (const std::optional<QString> content = J::string(J::field(J::field(object, "message"), "content")))
        state.text += *content;
    state.logprobs += J::logprobs(J::field(object, "logprobs"));
    bool done = false;
    if (const std::optional<J::Element> value = J::field(object, "done");
        value && value->get(done) == simdjson::SUCCESS && done) {
        state.complete = true;
        state.finishReason = J::string(J::field(object, "done_reason")).value_or(QString());
        if (const auto input = J::integer(J::field(object, "prompt_eval_count")))
            state.inputTokens = input;
        if (const auto output = J::integer(J::field(object, "eval_count")))
            state.outputTokens = output;
    }
}
} // namespace

OllamaWireFormat::OllamaWireFormat()
    : m_decoder(std::make_unique<NdjsonDecoder>())
{ }

OllamaWireFormat::~OllamaWireFormat() = default;

HttpRequest OllamaWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                           const QString &apiKey) const
{
    QJsonArray messages;
    const QString system = chat.system.isEmpty() ? endpoint.systemPrompt : chat.system;
    if (!system.isEmpty())
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    for (const ChatMessage &message : chat.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
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
    const Status status = m_decoder->feed(bytes, [&state](StreamJson::Element object) {
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
    const Status status = m_decoder->finish([&state](StreamJson::Element object) {
        if (!state.error && !state.complete)
            consume(object, state);
    });
    if (!status && !state.error)
        state.error = status.error();
}

void OllamaWireFormat::reset()
{
    m_decoder->reset();
}
