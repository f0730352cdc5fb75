// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ndjsondecoder.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

Status NdjsonDecoder::feed(QByteArrayView bytes, const Callback &onObject)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit) {
            m_partial.append(data + pos, size - pos);
            break;
        }
        const qsizetype end = static_cast<const char *>(hit) - data;
        Status status = success();
        if (m_partial.isEmpty()) {
            status = parseLine(data + pos, end - pos, onObject);
        } else {
            m_partial.append(data + pos, end - pos);
            const QByteArray line = std::exchange(m_partial, QByteArray());
            status = parseLine(line.constData(), line.size(), onObject);
        }
        if (!status)
            return status;
        pos = end + 1;
    }
    return success();
}

Status NdjsonDecoder::finish(const Callback &onObject)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (m_partial.isEmpty())
        return success();
    const QByteArray line = std::exchange(m_partial, QByteArray());
    return parseLine(line.constData(), line.size(), onObject);
}

void NdjsonDecoder::reset()
{
    m_partial.clear();
    m_line = 0;
    m_error.clear();
}

Status NdjsonDecoder::parseLine(const char *begin, qsizetype length, const Callback &onObject)
{
    ++m_line;
    if (length > 0 && begin[length - 1] == '\r')
        --length; // tolerate CRLF from proxies
    bool blank = true;
    for (qsizetype i = 0; blank && i < length; ++i)
        blank = begin[i] == ' ' || begin[i] == '\t';
    if (blank)
        return success();

    const Result<StreamJson::Element> parsed = m_json.parse(QByteArrayView(begin, length));
    if (!parsed) {
        m_error = QCoreApplication::translate("NdjsonDecoder", "Line %1 is not valid JSON: %2")
                      .arg(m_line)
                      .arg(parsed.error());
        return Status::failure(m_error);
    }
    if (!parsed->is_object()) {
        m_error = QCoreApplication::translate("NdjsonDecoder", "Line %1 is not a JSON object").arg(m_line);
        return Status::failure(m_error);
    }
    onObject(*parsed);
    return success();
}
