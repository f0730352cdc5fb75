// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/streamjson.h"

#include <cmath>

namespace {
QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double numberOr(std::optional<StreamJson::Element> value, double fallback)
{
    double number = 0;
    if (value && value->get(number) == simdjson::SUCCESS)
        return number;
    return fallback;
}
} // namespace

Result<StreamJson::Element> StreamJson::parse(QByteArrayView json)
{
    // An empty event (`data:` alone) may have no buffer at all, which the parser must not be given.
    if (json.isEmpty())
        return Result<Element>::failure(QString::fromUtf8(simdjson::error_message(simdjson::EMPTY)));
    Element root;
    // The parser copies the bytes into its own padded buffer (simdjson reads past the end).
    if (const simdjson::error_code error = m_parser.parse(json.data(), size_t(json.size())).get(root))
        return Result<Element>::failure(QString::fromUtf8(simdjson::error_message(error)));
    return root;
}

std::optional<StreamJson::Element> StreamJson::field(std::optional<Element> object, std::string_view key)
{
    Element value;
    if (!object || (*object)[key].get(value) != simdjson::SUCCESS)
        return std::nullopt;
    return value;
}

std::optional<QString> StreamJson::string(std::optional<Element> value)
{
    std::string_view text;
    if (!value || value->get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return fromUtf8(text);
}

std::optional<qint64> StreamJson::integer(std::optional<Element> value)
{
    if (!value)
        return std::nullopt;
    int64_t whole = 0;
    if (value->get(whole) == simdjson::SUCCESS)
        return qint64(whole);
    double number = 0;
    if (value->get(number) == simdjson::SUCCESS && std::isfinite(number) && number == std::trunc(number) &&
        std::abs(number) < 9.0e15)
        return qint64(number);
    return std::nullopt;
}

QList<TokenLogprob> StreamJson::logprobs(std::optional<Element> array)
{
    QList<TokenLogprob> list;
    simdjson::dom::array items;
    if (!array || array->get(items) != simdjson::SUCCESS)
        return list;
    for (const Element item : items) {
        if (!item.is_object())
            continue;
        TokenLogprob logprob;
        logprob.token = string(field(item, "token")).value_or(QString());
        logprob.logprob = numberOr(field(item, "logprob"), 0);
        simdjson::dom::array bytes;
        if (item["bytes"].get(bytes) == simdjson::SUCCESS) {
            for (const Element b : bytes)
                logprob.bytes.append(char(integer(b).value_or(0)));
        }
        simdjson::dom::array top;
        if (item["top_logprobs"].get(top) == simdjson::SUCCESS) {
            for (const Element alternative : top) {
                logprob.top.append({string(field(alternative, "token")).value_or(QString()),
                                    numberOr(field(alternative, "logprob"), 0)});
            }
        }
        list.append(std::move(logprob));
    }
    return list;
}
