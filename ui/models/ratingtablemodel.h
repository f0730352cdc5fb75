// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "eval/pairwiseratings.h"
#include "eval/voteratings.h"

#include <QAbstractTableModel>
#include <QHash>

struct Catalog;

/// One row per rated model, best first: its Bradley–Terry rating with the bootstrap interval and
/// its record in the stored votes (wins, ties, losses, both bad).
class RatingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, Rating, Interval, Votes, Wins, Ties, Losses, BothBad, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        /// The raw value: the model id, the rating (double), the interval as [low, high], the counts.
        ValueRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// `catalog` says which models can become quality scores (the model column's tooltip).
    void setRatings(const QList<ModelRating> &ratings, const QList<VoteTally> &tallies, const Catalog &catalog);
    const QList<ModelRating> &ratings() const { return m_ratings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ModelRating> m_ratings;
    QList<VoteTally> m_tallies; ///< parallel to m_ratings
    QStringList m_modelTips;    ///< parallel to m_ratings
};
