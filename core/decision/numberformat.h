// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringView>

/// Plain numbers as the decision texts cite them. Dollar amounts go through formatUsd() (common/money.h).
namespace NumberFormat {
/// The shortest text that reads back as the same value, with English grouping like formatUsd():
/// 1000000 → "1,000,000", 0.95 → "0.95", 61538.46 → "61,538.46".
QString number(double value);

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
    QString m_fallback;   ///< values the fast path does not take (huge, NaN, negative zero)
};
}
