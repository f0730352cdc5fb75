// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "breakeventablemodel.h"

#include "common/money.h"
#include "common/numberformat.h"

void BreakEvenTableModel::setCurveData(const CostCurveData &data)
{
    beginResetModel();
    m_rows = data.breakEvens;
    m_curveCount = data.curves.size();
    m_range = data.range;
    endResetModel();
}

QString BreakEvenTableModel::emptyMessage() const
{
    if (!m_rows.isEmpty())
        return {};
    if (m_curveCount < 2)
        return tr("Choose two or more models.");
    return tr("None between %1 and %2 requests/day: the cheaper option never changes.")
        .arg(NumberFormat::localised(m_range.minRequestsPerDay), NumberFormat::localised(m_range.maxRequestsPerDay));
}

int BreakEvenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakEvenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakEvenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CostCurveBreakEven &b = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Options:
            return tr("%1 / %2").arg(b.firstName, b.secondName);
        case RequestsPerDay:
            return NumberFormat::localised(b.point.requestsPerDay);
        case MonthlyCost:
            return formatUsd(b.point.monthlyUsd);
        default:
            return {};
        }
    case ValueRole:
        if (column == RequestsPerDay)
            return b.point.requestsPerDay;
        if (column == MonthlyCost)
            return b.point.monthlyUsd;
        return {};
    case Qt::ToolTipRole:
        if (column == Options && b.point.atStep)
            return tr("A replica is added here and the costs swap order without meeting.");
        return {};
    case Qt::TextAlignmentRole:
        if (column != Options)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BreakEvenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Options:
        return tr("Options");
    case RequestsPerDay:
        return tr("Requests/day");
    case MonthlyCost:
        return tr("Monthly cost");
    default:
        return {};
    }
}
