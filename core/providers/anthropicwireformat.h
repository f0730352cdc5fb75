// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/ssewireformat.h"

/// Anthropic Messages (`POST {base}/v1/messages`, stream: true): message_start (input
/// usage), content_block_delta/text_delta, message_delta (stop_reason, output usage),
/// message_stop; `ping` ignored; `event: error` (e.g. overloaded_error after HTTP 200)
/// becomes a provider error that keeps the partial text.
class AnthropicWireFormat : public SseWireFormat
{
public:
    static constexpr int defaultMaxTokens = 4096; ///< the API requires max_tokens
    static QByteArray apiVersion() { return QByteArrayLiteral("2023-06-01"); }

    EndpointKind kind() const override { return EndpointKind::Anthropic; }
    HttpRequest buildRequest(const Endpoint &endpoint, const ChatRequest &chat, const QString &apiKey) const override;
    void consume(const SseEvent &event, StreamState &state) override;
};
