// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadelevelsmodel.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace {
bool isProblem(const CascadeLevelsModel::Level &level)
{
    return level.detail.startsWith(QLatin1Char('<'));
}
} // namespace

void CascadeLevelsModel::setLevels(const QList<Level> &levels)
{
    beginResetModel();
    m_levels = levels;
    endResetModel();
}

int CascadeLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

QVariant CascadeLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Level &level = m_levels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(QString::number(index.row() + 1), level.endpoint);
    case Qt::ToolTipRole: {
        // The list shows plain text: strip the error markup, keep the words.
        static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
        QString plain = level.detail;
        plain.remove(markup);
        return plain;
    }
    case Qt::ForegroundRole:
        return isProblem(level) ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case EndpointRole:
        return level.endpoint;
    default:
        return {};
    }
}
