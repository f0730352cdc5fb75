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

/// `value` with at most six decimals, written as std::to_chars's shortest fixed form would write
/// it, when it has such a form: the digits r of value × 10^k for the smallest k for which r ÷ 10^k
/// gives `value` back. Below 10^9 the doubles lie closer together than 10^-6, so at most one r
/// reads back for each k, and the first k is the shortest form. False when `value` needs more
/// decimals (then to_chars).
bool shortDecimal(double value, char *out, size_t size, std::to_chars_result &written)
{
    const double magnitude = std::abs(value);
    if (!(magnitude < 1.0e9))
        return false;
    double scale = 1.0;
    for (int decimals = 1; decimals <= 6; ++decimals) {
        scale *= 10.0;
        const double scaled = std::nearbyint(magnitude * scale);
        if (scaled / scale != magnitude)
            continue;
        char integer[24];
        const std::to_chars_result r = std::to_chars(integer, integer + sizeof integer, static_cast<long long>(scaled));
        const int count = int(r.ptr - integer);
        // Sign, integer part (at least "0"), point, `decimals` digits (zero-padded on the left).
        const int integerDigits = std::max(1, count - decimals);
        const size_t needed = size_t((value < 0 ? 1 : 0) + integerDigits + 1 + decimals);
        if (needed > size)
            return false;
        char *p = out;
        if (value < 0)
            *p++ = '-';
        for (int i = 0; i < integerDigits; ++i)
            *p++ = count - decimals - integerDigits + i >= 0 ? integer[count - decimals - integerDigits + i] : '0';
        *p++ = '.';
        for (int i = 0; i < decimals; ++i) {
            const int from = count - decimals + i;
            *p++ = from >= 0 ? integer[from] : '0';
        }
        written = {p, std::errc()};
        return true;
    }
    return false;
}

} // namespace

NumberText::NumberText(double value)
{
    // A recommendation over a catalog of thousands of models writes a figure into every near
    // miss's reason, and QLocale's general path costs several times what the digits themselves
    // do. So: std::to_chars's shortest round-trip digits (the digits QLocale's
    // FloatingPointShortest gives) with English grouping added here; anything unusual still goes
    // through QLocale.
    if (std::isfinite(value) && std::abs(value) < kFastLimit && !(value == 0.0 && std::signbit(value))) {
        char digits[64];
        // Whole numbers (latencies, context windows, volumes) as integers, and short decimals
        // (scores such as 0.4783, prices) from an integer of their digits: the same text as the
        // shortest form, at a fraction of its cost.
        std::to_chars_result written{};
        if (value == std::trunc(value))
            written = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(value));
        else if (!shortDecimal(value, digits, sizeof digits, written))
            written = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed);
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

QString fixed(double value, int decimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value, 'f', decimals);
}

QString fixedOrDash(const std::optional<double> &value, int decimals, const QString &unit)
{
    return value ? fixed(*value, decimals) + unit : QStringLiteral("—");
}

QString upTo(double value, int maxDecimals)
{
    QString text = fixed(value, maxDecimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString localised(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString localisedOrDash(const std::optional<double> &value, int decimals)
{
    return value ? localised(*value, decimals) : QStringLiteral("—");
}

QString localisedShortest(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString machine(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace NumberFormat
