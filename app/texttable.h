// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    QString toString() const;

private:
    QStringList m_header;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};
