// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <string>

/// One dispatched server-sent event. Fields stay UTF-8 bytes: consumers hand `data`
/// straight to the JSON parser, so decoding to QString here would only be undone.
/// Bytes are only ever cut at line ends, so a UTF-8 sequence split across network
/// chunks is always whole by the time an event is dispatched.
struct SseEvent
{
    QByteArray event; ///< the `event:` field, "message" when absent (WHATWG default)
    QByteArray data;  ///< the `data:` lines joined with '\n'
    QByteArray id;    ///< the last event id seen so far in the stream
    QString dataText() const { return QString::fromUtf8(data); }
    bool operator==(const SseEvent &other) const = default;
};

/// Incremental decoder for the WHATWG server-sent-events format.
///
/// Linear in the bytes fed whatever the chunking: complete lines are parsed in place from
/// the incoming chunk, and only the unfinished tail of a line is copied (once) into an
/// internal buffer. Nothing already scanned is ever rescanned or recopied, which is the
/// quadratic trap several popular SDKs fell into.
class SseDecoder
{
public:
    using Callback = std::function<void(const SseEvent &)>;

    /// Decodes `bytes` and calls `onEvent` for every event completed by them. The event
    /// reference is valid only during the call; copy it to keep it.
    void feed(QByteArrayView bytes, const Callback &onEvent);
    /// Convenience for tests and small streams: returns the completed events.
    QList<SseEvent> feed(QByteArrayView bytes);

    /// Ends the stream. An event without its terminating blank line is discarded, as the
    /// spec requires; returns whether such a partial event (or partial line) was pending.
    bool finish();
    /// Forgets everything, ready for a new stream.
    void reset();

    /// The reconnection time from the last valid `retry:` field, or -1.
    qint64 retryMs() const { return m_retryMs; }
    qint64 eventCount() const { return m_eventCount; }

private:
    void processLine(const char *begin, qsizetype length, const Callback &onEvent);
    void dispatch(const Callback &onEvent);

    /// An unfinished line carried over to the next chunk. A std::string because its append is
    /// inlined: with one-byte chunks QByteArray::append() was a fifth of the decoder's time.
    std::string m_partial;
    SseEvent m_current; ///< fields of the event being assembled
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_hasFields = false;     ///< any field seen for the pending event
    bool m_skipLeadingLf = false; ///< the previous chunk ended with CR: a following LF is the same line end
    bool m_atStreamStart = true;  ///< a UTF-8 BOM may still come
    qint64 m_retryMs = -1;
    qint64 m_eventCount = 0;
};
