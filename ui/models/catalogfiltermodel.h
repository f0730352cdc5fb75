// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QSortFilterProxyModel>

/// The Catalog page's view of a CatalogTableModel: free text (every word must appear in the id,
/// name, provider or capabilities), one provider and one tier; sorted numerically.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Empty: every provider.
    void setProvider(const QString &provider);
    /// A tierId() ("small"), or empty for every tier.
    void setTier(const QString &tierId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_provider;
    QString m_tier;
};
