// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/ssewireformat.h"

/// OpenAI chat completions (`POST {base}/chat/completions`, stream: true) and every
/// server that copies it: llama.cpp's llama-server, vLLM, LM Studio, OpenRouter, Groq…
/// Handles usage in a final chunk with empty `choices` as well as in the `finish_reason`
/// chunk (llama.cpp), no initial role chunk, and `data: {"error": …}` mid-stream.
class OpenAiWireFormat : public SseWireFormat
{
public:
    EndpointKind kind() const override { return EndpointKind::OpenAi; }
    HttpRequest buildRequest(const Endpoint &endpoint, const ChatRequest &chat, const QString &apiKey) const override;
    void consume(const SseEvent &event, StreamState &state) override;
};
