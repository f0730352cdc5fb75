// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "money.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

QString formatUsd(double amount)
{
    // Always the C locale's digits with English grouping: figures are compared across memos and
    // machines, and "$" amounts read oddly with a decimal comma.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const double magnitude = std::abs(amount);
    if (magnitude > 0 && magnitude < 0.01) {
        // Three significant digits, trailing zeros dropped: 0.0055 → "0.0055", 0.000011 → "0.000011".
        const int decimals = std::min(12, static_cast<int>(std::ceil(-std::log10(magnitude))) + 2);
        QString digits = QString::number(magnitude, 'f', decimals);
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        return sign + QLatin1Char('$') + digits;
    }
    // Dollars and cents, grouped: the digits of std::to_chars (exactly rounded, as QLocale's) and
    // the grouping written here. A recommendation writes one for every near miss over its cost
    // limit, and QLocale's general path costs several times the digits themselves.
    // Exact half-cents (a fraction of n/8: .125, .375, .625, .875) round up in QLocale and to even
    // in to_chars: those few go through QLocale.
    const double eighths = (magnitude - std::floor(magnitude)) * 8.0;
    const bool halfCent = eighths == std::floor(eighths) && (qint64(eighths) % 2) == 1;
    if (magnitude < 1.0e15 && !halfCent) {
        char digits[32];
        const std::to_chars_result written =
            std::to_chars(digits, digits + sizeof digits, magnitude, std::chars_format::fixed, 2);
        if (written.ec == std::errc()) {
            const char *point = std::find(digits, written.ptr, '.');
            const qsizetype integerDigits = point - digits;
            QString text;
            text.reserve(sign.size() + 1 + integerDigits + integerDigits / 3 + 3);
            text += sign;
            text += QLatin1Char('$');
            for (qsizetype i = 0; i < integerDigits; ++i) {
                if (i > 0 && (integerDigits - i) % 3 == 0)
                    text += QLatin1Char(',');
                text += QLatin1Char(digits[i]);
            }
            text += QLatin1StringView(point, written.ptr - point);
            return text;
        }
    }
    return sign + QLatin1Char('$') + english.toString(magnitude, 'f', 2);
}

namespace {
class CostTexts
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};
} // namespace

QString formatCostUsd(double pricedUsd, int pricedCount, int unpricedCount, bool estimated)
{
    if (unpricedCount > 0 && pricedCount == 0)
        return CostTexts::tr("unknown");
    // "≈": a server sent no usage and the tokens were counted from the text.
    const QString figure =
        estimated ? CostTexts::tr("≈ %1").arg(formatUsdPrecise(pricedUsd)) : formatUsdPrecise(pricedUsd);
    if (unpricedCount == 0)
        return figure;
    return CostTexts::tr("≥ %1 (%n call(s) unpriced)", nullptr, unpricedCount).arg(figure);
}

QString formatUsdPrecise(double amount)
{
    const double magnitude = std::abs(amount);
    if (!(magnitude > 0 && magnitude < 1.0))
        return formatUsd(amount);
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(magnitude))) + 2, 2, 12);
    QString digits = QString::number(magnitude, 'f', decimals);
    // Trailing zeros go, but a dollar amount keeps its cents: "$0.40", not "$0.4".
    while (digits.endsWith(QLatin1Char('0')) && digits.size() - digits.indexOf(QLatin1Char('.')) - 1 > 2)
        digits.chop(1);
    return (amount < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}
