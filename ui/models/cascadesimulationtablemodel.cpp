// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadesimulationtablemodel.h"

#include "common/numberformat.h"

#include <QFont>

void CascadeSimulationTableModel::setSimulation(const CascadeSimulation &sim, const QStringList &levelNames)
{
    beginResetModel();
    m_levelCount = sim.levelCount;
    m_levelNames = levelNames;
    m_rows.clear();
    m_bestRow = -1;
    m_rows.append({tr("Always small"), sim.alwaysSmall, false});
    qsizetype first = 0;
    while (first < sim.curve.size()) {
        // Consecutive thresholds with the same outcome share a row.
        const SimulationPoint &p = sim.curve.at(first);
        qsizetype last = first;
        while (last + 1 < sim.curve.size()) {
            const SimulationPoint &q = sim.curve.at(last + 1);
            if (q.answeredAtLevel != p.answeredAtLevel || q.totalCostUsd != p.totalCostUsd ||
                q.meanQuality != p.meanQuality)
                break;
            ++last;
        }
        const QString from = NumberFormat::localised(p.threshold, 2);
        QString label = first == last
            ? tr("t = %1").arg(from)
            : tr("t = %1–%2").arg(from, NumberFormat::localised(sim.curve.at(last).threshold, 2));
        // The cheapest threshold meeting the target is the first of its group (ties go to the lower threshold).
        const bool best = sim.bestIndex >= first && sim.bestIndex <= last;
        if (best) {
            label = tr("%1 ◀ target").arg(label);
            m_bestRow = int(m_rows.size());
        }
        m_rows.append({label, p, best});
        first = last + 1;
    }
    m_rows.append({tr("Always large"), sim.alwaysLarge, false});
    endResetModel();
}

int CascadeSimulationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CascadeSimulationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : m_levelCount + 4;
}

QVariant CascadeSimulationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const int level = column - 1;
    const bool isLevel = level >= 0 && level < m_levelCount;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return row.label;
        if (isLevel)
            return tr("%1 %").arg(NumberFormat::localised(row.point.shareAtLevel.value(level) * 100.0, 0));
        switch (column - m_levelCount) {
        case 1:
            return simulationCostText(row.point);
        case 2:
            return row.point.meanQuality ? NumberFormat::localised(*row.point.meanQuality, 3) : tr("—");
        default:
            return QString::number(row.point.labelled);
        }
    case Qt::ToolTipRole:
        if (isLevel)
            return tr("%n prompt(s)", nullptr, row.point.answeredAtLevel.value(level));
        return {};
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant CascadeSimulationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return tr("Policy");
    if (section <= m_levelCount)
        return m_levelNames.value(section - 1, tr("Level %1").arg(section));
    switch (section - m_levelCount) {
    case 1:
        return tr("Cost");
    case 2:
        return tr("Quality");
    default:
        return tr("Labelled");
    }
}
