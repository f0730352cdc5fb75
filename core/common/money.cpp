// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "money.h"

#include <QLocale>

#include <algorithm>
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
    return sign + QLatin1Char('$') + english.toString(magnitude, 'f', 2);
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
