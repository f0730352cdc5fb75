// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "eval/evalmatrix.h"

#include <QAbstractTableModel>

/// One row per endpoint of an evaluation run: pass rate with its 95 % Wilson interval, the
/// number of results, errors, cost per case and in total, and p50/p95 latency.
class EvalSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Endpoint,
        Model,
        PassRate,
        Interval,
        Results,
        Errors,
        CostPerCase,
        TotalCost,
        P50Latency,
        P95Latency,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { ValueRole = Qt::UserRole + 1 }; ///< the raw number (double), invalid when unknown

    using QAbstractTableModel::QAbstractTableModel;

    void setSummaries(const QList<EvalEndpointSummary> &summaries);
    const QList<EvalEndpointSummary> &summaries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvalEndpointSummary> m_rows;
};
