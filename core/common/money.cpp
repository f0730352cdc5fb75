// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "money.h"

#include <QLocale>

#include <cmath>

QString formatUsd(double amount)
{
    // Always the C locale's digits with English grouping: figures are compared across memos and
    // machines, and "$" amounts read oddly with a decimal comma.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const double magnitude = std::abs(amount);
    if (magnitude > 0 && magnitude < 0.01) {
        QString digits = QString::number(magnitude, 'g', 5);
        if (digits.contains(QLatin1Char('e')))
            digits = QString::number(magnitude, 'f', 10);
        return sign + QLatin1Char('$') + digits;
    }
    return sign + QLatin1Char('$') + english.toString(magnitude, 'f', 2);
}
