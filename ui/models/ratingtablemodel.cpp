// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/ratingtablemodel.h"

#include "catalog/catalog.h"

#include <QLocale>

void RatingTableModel::setRatings(const QList<ModelRating> &ratings, const QList<VoteTally> &tallies,
                                  const Catalog &catalog)
{
    QHash<QString, VoteTally> byModel;
    for (const VoteTally &tally : tallies)
        byModel.insert(tally.model, tally);
    beginResetModel();
    m_ratings = ratings;
    m_tallies.clear();
    m_modelTips.clear();
    for (const ModelRating &rating : ratings) {
        m_tallies.append(byModel.value(rating.model));
        const ModelSpec *spec = catalog.findModel(rating.model);
        m_modelTips.append(
            spec ? tr("%1 in the catalog “%2”").arg(spec->displayName, catalog.name)
                 : tr("Not a model of the catalog “%1”: its rating cannot become a quality score").arg(catalog.name));
    }
    endResetModel();
}

int RatingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ratings.size());
}

int RatingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelRating &rating = m_ratings.at(index.row());
    const VoteTally &tally = m_tallies.at(index.row());
    const bool hasInterval = rating.ratingLow && rating.ratingHigh;
    if (role == ValueRole) {
        switch (index.column()) {
        case Model:
            return rating.model;
        case Rating:
            return rating.rating;
        case Interval:
            return hasInterval ? QVariant(QVariantList{*rating.ratingLow, *rating.ratingHigh}) : QVariant();
        case Votes:
            return tally.votes();
        case Wins:
            return tally.wins;
        case Ties:
            return tally.ties;
        case Losses:
            return tally.losses;
        case BothBad:
            return tally.bothBad;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Model:
            return rating.model;
        case Rating:
            return locale.toString(rating.rating, 'f', 0);
        case Interval:
            return hasInterval ? tr("%1 – %2").arg(locale.toString(*rating.ratingLow, 'f', 0),
                                                   locale.toString(*rating.ratingHigh, 'f', 0))
                               : tr("–");
        case Votes:
            return locale.toString(tally.votes());
        case Wins:
            return locale.toString(tally.wins);
        case Ties:
            return locale.toString(tally.ties);
        case Losses:
            return locale.toString(tally.losses);
        case BothBad:
            return locale.toString(tally.bothBad);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Model)
        return m_modelTips.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Model)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RatingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rating:
            return tr(
                "Bradley–Terry rating: 1000 is the average model; 400 points more means 10:1 odds of being preferred");
        case Interval:
            return tr("Where the rating lies with 95 % confidence (1000 bootstrap resamples of the votes)");
        case BothBad:
            return tr("Votes where both answers were bad: not counted in the rating");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Model:
        return tr("Model");
    case Rating:
        return tr("Rating");
    case Interval:
        return tr("95 % interval");
    case Votes:
        return tr("Votes");
    case Wins:
        return tr("Wins");
    case Ties:
        return tr("Ties");
    case Losses:
        return tr("Losses");
    case BothBad:
        return tr("Both bad");
    default:
        return {};
    }
}
