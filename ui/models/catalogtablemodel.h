// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>
#include <QSet>

/// Every model of a catalog with every ModelSpec field, and one column per benchmark of the
/// catalog (value in the cell; source and date in the tooltip). Holds its own copy of the catalog:
/// the owner replaces it on every catalog change.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Provider,
        TierColumn,
        Parameters,
        InputPrice,
        OutputPrice,
        SelfHosted,
        Latency,
        Context,
        MaxOutput,
        Capabilities,
        OpenWeights,
        Source,
        FirstBenchmark, ///< one column per catalog benchmark from here on
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for numeric columns; unknown values sort first
        ModelIdRole,
        ProviderRole,
        TierRole,       ///< tierId(), e.g. "small"
        SearchTextRole, ///< id, name, provider and capabilities, for the filter box
        EditedRole,     ///< true for models the user added or changed
    };

    explicit CatalogTableModel(QObject *parent = nullptr);

    /// Replaces all rows; `editedIds` are marked (bold, with a tooltip) as the user's.
    void setCatalog(const Catalog &catalog, const QSet<QString> &editedIds = {});
    const Catalog &catalog() const { return m_catalog; }
    const ModelSpec &model(int row) const { return m_catalog.models.at(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ModelSpec &m, int column) const;
    QVariant sortValue(const ModelSpec &m, int column) const;
    QString toolTip(const ModelSpec &m, int column) const;

    Catalog m_catalog;
    QSet<QString> m_edited;
};
