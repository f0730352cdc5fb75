// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/ssedecoder.h"
#include "providers/wireformat.h"

/// Base for the formats that stream server-sent events: decodes the bytes and hands each
/// event to `consume()`, which subclasses implement (and tests call directly).
class SseWireFormat : public WireFormat
{
public:
    void feed(QByteArrayView bytes, StreamState &state) override;
    void finish(StreamState &state) override;
    void reset() override;

    /// Applies one decoded event to `state`.
    virtual void consume(const SseEvent &event, StreamState &state) = 0;

private:
    SseDecoder m_decoder;
};
