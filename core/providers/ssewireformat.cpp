// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ssewireformat.h"

void SseWireFormat::feed(QByteArrayView bytes, StreamState &state)
{
    m_decoder.feed(bytes, [this, &state](const SseEvent &event) {
        // After an error or the end marker nothing more counts (servers sometimes add
        // trailing keep-alives or a second [DONE]).
        if (!state.error && !state.complete)
            consume(event, state);
    });
}

void SseWireFormat::finish(StreamState &)
{
    // An event without its blank line is not dispatched (WHATWG); if it was the end
    // marker, the stream is reported as truncated, which is what it is.
    m_decoder.finish();
}

void SseWireFormat::reset()
{
    m_decoder.reset();
}
