// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "promptvariablesmodel.h"

#include <algorithm>

void PromptVariablesModel::setUsed(const QStringList &used)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!used.contains(m_rows.at(row).name) && m_rows.at(row).value.isEmpty()) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const QString &name : used) {
        const bool present =
            std::any_of(m_rows.cbegin(), m_rows.cend(), [&name](const Row &r) { return r.name == name; });
        if (present)
            continue;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append({name, QString()});
        endInsertRows();
    }
}

void PromptVariablesModel::setValues(const QMap<QString, QString> &values)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.key().trimmed().isEmpty())
            m_rows.append({it.key().trimmed(), it.value()});
    }
    endResetModel();
}

QMap<QString, QString> PromptVariablesModel::values() const
{
    QMap<QString, QString> values;
    for (const Row &r : m_rows)
        values.insert(r.name, r.value);
    return values;
}

int PromptVariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromptVariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptVariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row &r = m_rows.at(index.row());
    return index.column() == Name ? r.name : r.value;
}

bool PromptVariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Value || role != Qt::EditRole)
        return false;
    m_rows[index.row()].value = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags PromptVariablesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Value ? base | Qt::ItemIsEditable : base;
}

QVariant PromptVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Variable") : section == Value ? tr("Value") : QVariant();
}
