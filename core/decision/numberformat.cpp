// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "numberformat.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace NumberFormat {

namespace {

/// Values below this take the fast path: their integer part has at most 15 digits, where
/// std::to_chars and QLocale are checked to give the same text (tst_numberformat compares them
/// over random values of every magnitude).
constexpr double kFastLimit = 1.0e15;

}

NumberText::NumberText(double value)
{
    // A recommendation over a catalog of thousands of models writes a figure into every near
    // miss's reason, and QLocale's general path costs several times what the digits themselves
    // do. So: std::to_chars's shortest round-trip digits (the digits QLocale's
    // FloatingPointShortest gives) with English grouping added here; anything unusual still goes
    // through QLocale.
    if (std::isfinite(value) && std::abs(value) < kFastLimit && !(value == 0.0 && std::signbit(value))) {
        char digits[64];
        // Whole numbers (latencies, context windows, volumes) as integers: the same digits as
        // the shortest form, at a fraction of its cost.
        const std::to_chars_result written = value == std::trunc(value)
            ? std::to_chars(digits, digits + sizeof digits, static_cast<long long>(value))
            : std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed);
        // Too long for the buffer (tiny values written out in full): QLocale below.
        if (written.ec == std::errc()) {
            const char *begin = digits;
            const char *end = written.ptr;
            if (*begin == '-')
                m_text[m_size++] = char16_t(*begin++);
            const char *point = std::find(begin, end, '.');
            const qsizetype integerDigits = point - begin;
            for (qsizetype i = 0; i < integerDigits; ++i) {
                if (i > 0 && (integerDigits - i) % 3 == 0)
                    m_text[m_size++] = u',';
                m_text[m_size++] = char16_t(begin[i]);
            }
            // With 15 integer digits at most, the grouping marks fit in what the decimals leave.
            for (const char *p = point; p < end && m_size < qsizetype(std::size(m_text)); ++p)
                m_text[m_size++] = char16_t(*p);
            return;
        }
    }
    // The same convention as formatUsd(): explanations mix counts and dollar amounts in one sentence,
    // and they must not disagree about which mark groups thousands.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    m_fallback = english.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString number(double value)
{
    return NumberText(value).view().toString();
}

}
