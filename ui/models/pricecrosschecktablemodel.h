// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalogdiff.h"

#include <QAbstractTableModel>

/// The models two catalogs price differently (the largest difference first), then those priced
/// in only one of them, with both figures and where each came from. A price a catalog does not
/// know reads "unknown", never $0.
class PriceCrossCheckTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, InputA, OutputA, InputB, OutputB, Difference, SourceA, SourceB, ColumnCount };
    Q_ENUM(Column)
    enum Role { ValueRole = Qt::UserRole + 1 }; ///< the raw number (double), invalid when unknown

    using QAbstractTableModel::QAbstractTableModel;

    /// `nameA` and `nameB` name the two catalogs in the headers' tooltips.
    void setCheck(const PriceCrossCheck &check, const QString &nameA, const QString &nameB);
    const PriceCrossCheck &check() const { return m_check; }
    const PriceDisagreement &row(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PriceCrossCheck m_check;
    QString m_nameA;
    QString m_nameB;
    QList<PriceDisagreement> m_rows; ///< disagreements, then unpriced
};
