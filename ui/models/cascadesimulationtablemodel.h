// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/cascadesimulator.h"

#include <QAbstractTableModel>
#include <QStringList>

/// The cascade simulator's table, from the same CascadeSimulation its chart draws: "always small",
/// then one row per run of thresholds with the same outcome (the table shows what changes), then
/// "always large". Columns: the policy, each level's share of the prompts it answered, the cost,
/// the mean quality and how many answers had a quality label. The threshold that meets the
/// target most cheaply is marked and bold.
class CascadeSimulationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// `levelNames` name the levels' columns; a level without a name is "Level N".
    void setSimulation(const CascadeSimulation &simulation, const QStringList &levelNames);
    /// The row of the threshold chosen for the target, or -1 when no threshold meets it.
    int bestRow() const { return m_bestRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        SimulationPoint point;
        bool best = false;
    };
    QList<Row> m_rows;
    QStringList m_levelNames;
    int m_levelCount = 0;
    int m_bestRow = -1;
};
