// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "texttable.h"

#include <algorithm>

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{
    m_rightAligned.resize(m_header.size(), false);
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_header.size());
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        widths[c] = m_header[c].size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            const bool last = c + 1 == cells.size();
            if (m_rightAligned[c])
                text += cells[c].rightJustified(widths[c]);
            else
                text += last ? cells[c] : cells[c].leftJustified(widths[c]);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_header);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}
