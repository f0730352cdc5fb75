// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ssedecoder.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kShortScan = 16;

// Finds the next CR or LF from `from`. The positions of the next CR and next LF are cached
// so each byte of a chunk is searched at most once per character, with memchr's speed.
struct LineEndFinder
{
    const char *data;
    qsizetype size;
    qsizetype nextCr = -2;
    qsizetype nextLf = -2;

    static qsizetype find(const char *data, qsizetype size, qsizetype from, char c)
    {
        if (from >= size)
            return -1;
        // A few bytes (a socket read of one token, or one byte at a time in the worst case): a
        // plain loop, because calling memchr costs more than the search.
        if (size - from <= kShortScan) {
            for (qsizetype i = from; i < size; ++i) {
                if (data[i] == c)
                    return i;
            }
            return -1;
        }
        const void *hit = std::memchr(data + from, c, size_t(size - from));
        return hit ? static_cast<const char *>(hit) - data : -1;
    }
    qsizetype next(qsizetype from)
    {
        if (nextCr != -1 && (nextCr == -2 || nextCr < from))
            nextCr = find(data, size, from, '\r');
        if (nextLf != -1 && (nextLf == -2 || nextLf < from))
            nextLf = find(data, size, from, '\n');
        if (nextCr < 0)
            return nextLf;
        if (nextLf < 0)
            return nextCr;
        return std::min(nextCr, nextLf);
    }
};
} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    feed(bytes, [&events](const SseEvent &event) { events.append(event); });
    return events;
}

void SseDecoder::feed(QByteArrayView bytes, const Callback &onEvent)
{
    const char *data = bytes.data();
    qsizetype size = bytes.size();
    if (size == 0)
        return;

    // Fastest path: a few bytes in the middle of a line (one token's worth, or the one-byte
    // worst case) are only appended, with none of the setup below.
    if (size <= kShortScan && !m_partial.empty() && !m_atStreamStart && !m_skipLeadingLf &&
        std::none_of(data, data + size, [](char c) { return c == '\n' || c == '\r'; })) {
        if (size == 1)
            m_partial.push_back(*data); // inlined, unlike append()
        else
            m_partial.append(data, size_t(size));
        return;
    }

    if (m_atStreamStart) {
        // The BOM may itself arrive split; hold back a matching prefix until it is whole.
        const qsizetype have = qsizetype(m_partial.size());
        qsizetype i = 0;
        while (have + i < 3 && i < size && data[i] == kBom[have + i])
            ++i;
        if (have + i == 3) {
            m_partial.clear();
            data += i;
            size -= i;
            m_atStreamStart = false;
        } else if (i == size) {
            m_partial.append(data, size_t(size)); // still a BOM prefix: wait for more bytes
            return;
        } else {
            // Not a BOM after all: the held bytes are ordinary content.
            m_atStreamStart = false;
        }
        if (size == 0)
            return;
    }

    qsizetype pos = 0;
    if (m_skipLeadingLf) {
        m_skipLeadingLf = false;
        if (data[0] == '\n')
            pos = 1;
    }

    LineEndFinder finder{data, size};
    if (!m_partial.empty()) {
        const qsizetype end = finder.next(pos);
        if (end < 0) {
            m_partial.append(data + pos, size_t(size - pos));
            return;
        }
        m_partial.append(data + pos, size_t(end - pos));
        if (data[end] == '\r') {
            if (end + 1 < size) {
                pos = data[end + 1] == '\n' ? end + 2 : end + 1;
            } else {
                pos = end + 1;
                m_skipLeadingLf = true;
            }
        } else {
            pos = end + 1;
        }
        // Parsed in place and then emptied, keeping its capacity: a stream fed in small pieces
        // does not allocate per line. (processLine() only calls back at a blank line, after it
        // is done reading the line, so a callback that resets the decoder is harmless.)
        processLine(m_partial.data(), qsizetype(m_partial.size()), onEvent);
        m_partial.clear();
    }

    // Fast path: complete lines are parsed straight out of the caller's chunk.
    while (pos < size) {
        const qsizetype end = finder.next(pos);
        if (end < 0) {
            m_partial.append(data + pos, size_t(size - pos));
            return;
        }
        processLine(data + pos, end - pos, onEvent);
        if (data[end] == '\r') {
            if (end + 1 < size) {
                pos = data[end + 1] == '\n' ? end + 2 : end + 1;
            } else {
                pos = end + 1;
                m_skipLeadingLf = true;
            }
        } else {
            pos = end + 1;
        }
    }
}

void SseDecoder::processLine(const char *begin, qsizetype length, const Callback &onEvent)
{
    if (length == 0) {
        dispatch(onEvent);
        return;
    }
    if (begin[0] == ':')
        return; // comment, e.g. the keep-alive ": ping" some servers send

    const void *colon = std::memchr(begin, ':', size_t(length));
    qsizetype nameLength = length;
    const char *value = begin + length;
    qsizetype valueLength = 0;
    if (colon) {
        nameLength = static_cast<const char *>(colon) - begin;
        value = begin + nameLength + 1;
        valueLength = length - nameLength - 1;
        if (valueLength > 0 && *value == ' ') {
            ++value;
            --valueLength;
        }
    }
    const QByteArrayView name(begin, nameLength);
    if (name == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value, valueLength);
        m_hasData = true;
        m_hasFields = true;
    } else if (name == "event") {
        m_current.event.resize(0);
        m_current.event.append(value, valueLength);
        m_hasFields = true;
    } else if (name == "id") {
        // The spec ignores ids containing NUL so they cannot truncate stored strings.
        if (!std::memchr(value, '\0', size_t(valueLength)))
            m_lastId = QByteArray(value, valueLength);
        m_hasFields = true;
    } else if (name == "retry") {
        bool digitsOnly = valueLength > 0 && valueLength < 16;
        for (qsizetype i = 0; digitsOnly && i < valueLength; ++i)
            digitsOnly = value[i] >= '0' && value[i] <= '9';
        if (digitsOnly)
            m_retryMs = QByteArrayView(value, valueLength).toLongLong();
        m_hasFields = true;
    }
    // Any other field name is ignored, as the spec says.
}

void SseDecoder::dispatch(const Callback &onEvent)
{
    if (m_hasData) {
        if (m_current.event.isEmpty())
            m_current.event = QByteArrayLiteral("message");
        m_current.id = m_lastId;
        ++m_eventCount;
        onEvent(m_current);
    }
    // resize(0) keeps the capacity, so a long stream does not reallocate per event.
    m_current.data.resize(0);
    m_current.event.resize(0);
    m_hasData = false;
    m_hasFields = false;
}

bool SseDecoder::finish()
{
    const bool pending = m_hasData || m_hasFields || !m_partial.empty();
    const qint64 events = m_eventCount;
    reset();
    m_eventCount = events;
    return pending;
}

void SseDecoder::reset()
{
    m_partial.clear();
    m_current = SseEvent();
    m_lastId.clear();
    m_hasData = false;
    m_hasFields = false;
    m_skipLeadingLf = false;
    m_atStreamStart = true;
    m_retryMs = -1;
    m_eventCount = 0;
}
