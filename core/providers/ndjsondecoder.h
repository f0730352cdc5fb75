// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/streamjson.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

/// Incremental decoder for newline-delimited JSON (Ollama's streaming format): one JSON
/// object per line. Like SseDecoder it parses complete lines in place and copies only an
/// unfinished tail, so it stays linear whatever the chunking. A malformed line stops the
/// decoder with an error naming the line number; the error is sticky. Lines are parsed with
/// StreamJson: include this header only from .cpp files.
class NdjsonDecoder
{
public:
    /// The object is valid only during the call.
    using Callback = std::function<void(StreamJson::Element object)>;

    Status feed(QByteArrayView bytes, const Callback &onObject);
    /// Ends the stream: a last line without its newline is still parsed (NDJSON allows it).
    Status finish(const Callback &onObject);
    void reset();

    qint64 linesSeen() const { return m_line; }

private:
    Status parseLine(const char *begin, qsizetype length, const Callback &onObject);

    QByteArray m_partial;
    StreamJson m_json;
    qint64 m_line = 0;
    QString m_error;
};
