// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/pricecrosschecktablemodel.h"

#include "common/money.h"

#include <QLocale>

#include <cmath>

namespace {

bool known(const PriceDisagreement &d, int column)
{
    switch (column) {
    case PriceCrossCheckTableModel::InputA:
    case PriceCrossCheckTableModel::OutputA:
        return d.knownA;
    case PriceCrossCheckTableModel::InputB:
    case PriceCrossCheckTableModel::OutputB:
        return d.knownB;
    case PriceCrossCheckTableModel::Difference:
        return d.knownA && d.knownB && std::isfinite(d.differencePercent);
    default:
        return true;
    }
}

double value(const PriceDisagreement &d, int column)
{
    switch (column) {
    case PriceCrossCheckTableModel::InputA:
        return d.inputA;
    case PriceCrossCheckTableModel::OutputA:
        return d.outputA;
    case PriceCrossCheckTableModel::InputB:
        return d.inputB;
    case PriceCrossCheckTableModel::OutputB:
        return d.outputB;
    case PriceCrossCheckTableModel::Difference:
        return d.differencePercent;
    default:
        return 0.0;
    }
}

QString sourceText(const Provenance &p)
{
    return p.date.isValid() ? PriceCrossCheckTableModel::tr("%1, %2").arg(p.catalog, p.date.toString(Qt::ISODate))
                            : p.catalog;
}

} // namespace

void PriceCrossCheckTableModel::setCheck(const PriceCrossCheck &check, const QString &nameA, const QString &nameB)
{
    beginResetModel();
    m_check = check;
    m_nameA = nameA;
    m_nameB = nameB;
    m_rows = check.disagreements + check.unpriced;
    endResetModel();
}

const PriceDisagreement &PriceCrossCheckTableModel::row(int row) const
{
    return m_rows.at(row);
}

int PriceCrossCheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceCrossCheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceCrossCheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PriceDisagreement &d = m_rows.at(index.row());
    const int column = index.column();
    const bool numeric = column >= InputA && column <= Difference;
    switch (role) {
    case ValueRole:
        return numeric && known(d, column) ? QVariant(value(d, column)) : QVariant();
    case Qt::TextAlignmentRole:
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case Model:
            return d.idA == d.idB ? d.idA : tr("%1 in catalog A, %2 in catalog B").arg(d.idA, d.idB);
        case SourceA:
            return d.sourceA.origin;
        case SourceB:
            return d.sourceB.origin;
        case Difference:
            if (!d.knownA || !d.knownB)
                return tr("Not compared: one catalog lists this model without a price");
            return tr("The larger of the input and output differences, in % of the lower price");
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Model:
        return d.displayName.isEmpty() || d.displayName == d.idA ? d.idA : tr("%1 (%2)").arg(d.displayName, d.idA);
    case InputA:
    case OutputA:
    case InputB:
    case OutputB:
        return known(d, column) ? formatUsdPrecise(value(d, column)) : tr("unknown");
    case Difference:
        if (!d.knownA || !d.knownB)
            return tr("unknown");
        if (!std::isfinite(d.differencePercent))
            return tr("$0 in one");
        return tr("%1 %").arg(QLocale().toString(d.differencePercent, 'f', 1));
    case SourceA:
        return sourceText(d.sourceA);
    case SourceB:
        return sourceText(d.sourceB);
    default:
        return {};
    }
}

QVariant PriceCrossCheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InputA:
        case OutputA:
        case SourceA:
            return tr("Catalog A: %1").arg(m_nameA);
        case InputB:
        case OutputB:
        case SourceB:
            return tr("Catalog B: %1").arg(m_nameB);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Model:
        return tr("Model");
    case InputA:
        return tr("A in $/1M");
    case OutputA:
        return tr("A out $/1M");
    case InputB:
        return tr("B in $/1M");
    case OutputB:
        return tr("B out $/1M");
    case Difference:
        return tr("Difference");
    case SourceA:
        return tr("A source");
    case SourceB:
        return tr("B source");
    default:
        return {};
    }
}
