// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QAbstractListModel>
#include <QStringList>

/// The saved evaluation sets, one row per set name, in the store's order.
class EvalSetListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    void setNames(const QStringList &names);
    const QStringList &names() const { return m_names; }
    /// The row of `name`, -1 when there is no such set.
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
};
