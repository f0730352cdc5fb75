// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/routingpolicy.h"

#include <QAbstractTableModel>

/// The router's rules in the order they are tried, one row each: its number, name, a sentence
/// saying when it fires, and its tier. A view over the policy it is given (not a copy): every
/// change to the rules goes through the model so the views follow.
class RoutingRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Name, When, Target, ColumnCount };
    Q_ENUM(Column)
    enum Role { TierRole = Qt::UserRole + 1 }; ///< the rule's tier id ("small", …)

    /// `policy` must outlive the model.
    explicit RoutingRulesModel(RoutingPolicy &policy, QObject *parent = nullptr);

    /// The policy was replaced from outside: every row is read again.
    void reload();
    const RoutingRule &rule(int row) const { return m_policy.rules.at(row); }
    void setRule(int row, const RoutingRule &rule);
    void insertRule(int row, const RoutingRule &rule);
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    /// When `rule` fires, as a sentence ("task is classification or reasoning requested").
    static QString summary(const RoutingRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoutingPolicy &m_policy;
};
