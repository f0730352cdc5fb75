// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/chatresult.h"

#include <QByteArrayView>
#include <QString>

// simdjson's CMake package builds the core with this definition, and it changes the parser's
// layout: every file that includes this header (tests, benchmarks, fuzzers) must agree.
#ifndef SIMDJSON_THREADS_ENABLED
#define SIMDJSON_THREADS_ENABLED 1
#endif
#include <simdjson.h>

#include <optional>
#include <string_view>

/// Reads the small JSON documents of a token stream (one per event or line) with simdjson's
/// DOM parser, which validates all of a document like QJsonDocument does but several times
/// faster, and allocates nothing per document once warm: the parser's buffers are reused.
/// Include only from .cpp files of the wire formats; simdjson stays out of every public header.
class StreamJson
{
public:
    using Element = simdjson::dom::element;

    /// Parses `json`; the element (and everything reached from it) is valid until the next call.
    /// Fails with the parser's (English) description when `json` is not valid JSON.
    Result<Element> parse(QByteArrayView json);

    /// `object[key]` when `object` is an object that has it; empty otherwise (so lookups chain).
    static std::optional<Element> field(std::optional<Element> object, std::string_view key);
    /// The value when it is a string, as UTF-16.
    static std::optional<QString> string(std::optional<Element> value);
    /// The value when it is a whole number (also 12.0, as QJsonValue::toInteger reads it).
    static std::optional<qint64> integer(std::optional<Element> value);
    /// An OpenAI-style `logprobs.content[]` array (also Ollama's `logprobs`); empty when `array`
    /// is not an array.
    static QList<TokenLogprob> logprobs(std::optional<Element> array);

private:
    simdjson::dom::parser m_parser;
};
