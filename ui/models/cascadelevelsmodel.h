// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

/// The cascade's levels, smallest first, as the Cascade tab lists them: "1. endpoint" with the
/// endpoint and the price it is charged at as the tooltip; a level whose endpoint cannot be used
/// is shown in red with the reason.
class CascadeLevelsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Level
    {
        QString endpoint;
        QString detail; ///< what EndpointChoice::describe() says: HTML, starting with '<' for a problem
    };
    enum Role { EndpointRole = Qt::UserRole + 1 }; ///< the endpoint name or target (QString)

    using QAbstractListModel::QAbstractListModel;

    void setLevels(const QList<Level> &levels);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Level> m_levels;
};
