// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "analysis/costcurves.h"

#include <QAbstractTableModel>

/// The volumes at which the cheaper of two options changes, one row per pair, from the same
/// CostCurveData the monthly-cost chart draws.
class BreakEvenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Options, RequestsPerDay, MonthlyCost, ColumnCount };
    Q_ENUM(Column)
    enum Role { ValueRole = Qt::UserRole + 1 }; ///< the raw number (double) of a figure column

    using QAbstractTableModel::QAbstractTableModel;

    void setCurveData(const CostCurveData &data);
    /// Why there are no rows (fewer than two models, or no crossing in the range); empty when
    /// there are rows.
    QString emptyMessage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CostCurveBreakEven> m_rows;
    qsizetype m_curveCount = 0;
    VolumeRange m_range;
};
