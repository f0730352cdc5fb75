// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingrulesmodel.h"

#include <QLocale>

RoutingRulesModel::RoutingRulesModel(RoutingPolicy &policy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_policy(policy)
{ }

void RoutingRulesModel::reload()
{
    beginResetModel();
    endResetModel();
}

void RoutingRulesModel::setRule(int row, const RoutingRule &rule)
{
    if (row < 0 || row >= rowCount())
        return;
    m_policy.rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RoutingRulesModel::insertRule(int row, const RoutingRule &rule)
{
    // A reset, not an insertion: every later rule's number changes with it, which an
    // insertion must not do to the rows around it.
    beginResetModel();
    m_policy.rules.insert(std::clamp(row, 0, rowCount()), rule);
    endResetModel();
}

bool RoutingRulesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    // A reset, as for insertRule(): the numbers of the rules after them change.
    beginResetModel();
    m_policy.rules.remove(row, count);
    endResetModel();
    return true;
}

bool RoutingRulesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    // beginMoveRows counts the destination before the move; QList::move after it.
    m_policy.rules.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    emit dataChanged(index(0, Number), index(rowCount() - 1, Number));
    return true;
}

QString RoutingRulesModel::summary(const RoutingRule &rule)
{
    QStringList parts;
    if (!rule.taskTypes.isEmpty())
        parts.append(tr("task is %1").arg(rule.taskTypes.join(QStringLiteral(", "))));
    if (rule.reasoning)
        parts.append(*rule.reasoning ? tr("reasoning requested") : tr("reasoning not requested"));
    if (!rule.qualities.isEmpty()) {
        QStringList names;
        for (QualityLevel q : rule.qualities)
            names.append(qualityLevelDisplayName(q).toLower());
        parts.append(tr("quality %1").arg(names.join(QStringLiteral(", "))));
    }
    if (rule.promptLongerThan)
        parts.append(tr("prompt over %1 characters").arg(QLocale().toString(qint64(*rule.promptLongerThan))));
    if (parts.isEmpty())
        return tr("always");
    return parts.join(rule.match == RoutingRule::Match::Any ? tr(" or ") : tr(" and "));
}

int RoutingRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policy.rules.size());
}

int RoutingRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingRule &rule = m_policy.rules.at(index.row());
    if (role == TierRole)
        return tierId(rule.target);
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == When))
        return {};
    switch (index.column()) {
    case Number:
        return QString::number(index.row() + 1);
    case Name:
        return rule.name;
    case When:
        return summary(rule);
    case Target:
        return tierDisplayName(rule.target);
    default:
        return {};
    }
}

QVariant RoutingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Name:
        return tr("Name");
    case When:
        return tr("When");
    case Target:
        return tr("Tier");
    default:
        return {};
    }
}
