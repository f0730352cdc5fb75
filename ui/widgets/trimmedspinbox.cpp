// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "trimmedspinbox.h"

#include <QLocale>

TrimmedDoubleSpinBox::TrimmedDoubleSpinBox(int minimumDecimals, QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_minimumDecimals(minimumDecimals)
{
    setGroupSeparatorShown(true);
}

QString TrimmedDoubleSpinBox::textFromValue(double value) const
{
    QLocale shown = locale();
    if (!isGroupSeparatorShown())
        shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = shown.toString(value, 'f', decimals());
    const QString point = shown.decimalPoint();
    const qsizetype dot = text.indexOf(point);
    if (dot < 0)
        return text;
    qsizetype keep = text.size();
    const qsizetype minimumEnd = m_minimumDecimals > 0 ? dot + point.size() + m_minimumDecimals : dot;
    while (keep > minimumEnd && text.at(keep - 1) == shown.zeroDigit().at(0))
        --keep;
    if (keep == dot + point.size())
        keep = dot; // "12." → "12"
    text.truncate(keep);
    return text;
}
