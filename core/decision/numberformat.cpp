// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "numberformat.h"

#include <QLocale>

namespace NumberFormat {

QString number(double value)
{
    // The same convention as formatUsd(): explanations mix counts and dollar amounts in one sentence,
    // and they must not disagree about which mark groups thousands.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value, 'f', QLocale::FloatingPointShortest);
}

}
