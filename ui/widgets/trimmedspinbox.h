// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QDoubleSpinBox>

/// A QDoubleSpinBox that keeps its precision for input but shows a value as a person writes it:
/// "$2.00" and "10,000 ms" instead of "$2.000000" and "10000.0 ms". Trailing zeros beyond
/// `minimumDecimals` are dropped; the value itself is never rounded further than decimals().
class TrimmedDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit TrimmedDoubleSpinBox(int minimumDecimals, QWidget *parent = nullptr);

    QString textFromValue(double value) const override;

private:
    int m_minimumDecimals = 0;
};
