// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/wireformat.h"

class NdjsonDecoder;

/// Ollama's native chat API (`POST {base}/api/chat`): NDJSON objects, the last with
/// `done: true`, `done_reason`, `prompt_eval_count` and `eval_count`.
class OllamaWireFormat : public WireFormat
{
public:
    OllamaWireFormat();
    ~OllamaWireFormat() override;

    EndpointKind kind() const override { return EndpointKind::Ollama; }
    HttpRequest buildRequest(const Endpoint &endpoint, const ChatRequest &chat, const QString &apiKey) const override;
    void feed(QByteArrayView bytes, StreamState &state) override;
    void finish(StreamState &state) override;
    void reset() override;

private:
    std::unique_ptr<NdjsonDecoder> m_decoder; ///< holds the JSON parser, kept out of this header
};
