// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Every plain number the product writes, by audience: decision texts, memos and the command line
/// (English grouping, the same on every machine), the window (the user's locale) and machine
/// output (C locale, no grouping). Dollar amounts go through formatUsd() (common/money.h).
namespace NumberFormat {
/// The shortest text that reads back as the same value, with English grouping like formatUsd():
/// 1000000 → "1,000,000", 0.95 → "0.95", 61538.46 → "61,538.46".
QString number(double value);

/// Fixed decimals with English grouping: fixed(1234.5) → "1,235", fixed(0.25, 1) → "0.3". Text for
/// people that reads the same on every machine (the command line).
QString fixed(double value, int decimals = 0);
/// fixed(), or "—" when there is no value; `unit` follows a value (" ms").
QString fixedOrDash(const std::optional<double> &value, int decimals = 0, const QString &unit = {});
/// At most `maxDecimals` decimals, trailing zeros dropped, English grouping: 10000 → "10,000",
/// 0.9 → "0.9" (memos, where a rounded figure reads better than every digit).
QString upTo(double value, int maxDecimals);

/// Fixed decimals in the user's locale: figures shown in the window.
QString localised(double value, int decimals = 0);
/// localised(), or "—" when there is no value.
QString localisedOrDash(const std::optional<double> &value, int decimals = 0);
/// The shortest text in the user's locale, without group separators: table cells that a user
/// copies back into a number field.
QString localisedShortest(double value);

/// Machine output (CSV cells, assertion texts read back by parsers): C locale, up to 12
/// significant digits, no grouping: 1234.5 → "1234.5", 1e-7 → "1e-07".
QString machine(double value);

/// number()'s text held in place, for loops that write a figure into thousands of sentences (a
/// recommendation over a large catalog): no allocation for ordinary values.
class NumberText
{
public:
    explicit NumberText(double value);
    QStringView view() const { return m_fallback.isNull() ? QStringView(m_text, m_size) : QStringView(m_fallback); }

private:
    // At most 15 integer digits, 4 group marks, a sign and the decimals std::to_chars gives
    // within its 64-character buffer.
    char16_t m_text[64];
    qsizetype m_size = 0;
    QString m_fallback; ///< values the fast path does not take (huge, NaN, negative zero)
};
} // namespace NumberFormat
