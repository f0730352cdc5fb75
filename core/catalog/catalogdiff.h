// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

/// A model whose API price differs between two catalogs (USD per 1M tokens).
struct PriceChange
{
    QString id;
    QString displayName;
    double oldInputPerMTok = 0.0;
    double oldOutputPerMTok = 0.0;
    double newInputPerMTok = 0.0;
    double newOutputPerMTok = 0.0;

    friend bool operator==(const PriceChange &, const PriceChange &) = default;
};

/// What replacing one catalog by another would change, model by model (matched by id). Shown
/// before an import or a price update is applied, so that nothing changes unseen.
struct CatalogDiff
{
    QList<ModelSpec> added;          ///< only in the new catalog, in its order
    QList<ModelSpec> removed;        ///< only in the old catalog, in its order
    QList<PriceChange> priceChanges; ///< in both, input or output price differs
    QStringList otherChanges;        ///< ids in both with equal prices but other fields changed
    int unchanged = 0;               ///< in both and equal (provenance aside)

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && priceChanges.isEmpty() && otherChanges.isEmpty();
    }
    /// One translated line, e.g. "added: 3 · removed: 1 · new prices: 2 · other changes: 1 · unchanged: 270".
    QString summary() const;
};

/// Compares `before` with `after`. Provenance is ignored: a model copied into another catalog is
/// not a change of the model.
CatalogDiff diffCatalogs(const Catalog &before, const Catalog &after);

/// The result of taking prices from a fetched catalog (LiteLLM format) into an existing one.
struct PriceMerge
{
    Catalog catalog;   ///< `base` with the fetched prices and limits, dated `fetched.date`
    int matched = 0;   ///< models of `base` found in the fetched catalog
    int notInBase = 0; ///< fetched models `base` does not list (left out: import the file for those)
};

/// Updates the prices, context window and output limit of every model of `base` whose id the
/// fetched catalog lists; keeps everything else (quality scores, tiers, self-hosting prices, models
/// the fetched file lacks). The catalog's date becomes the fetch date; updated models name `origin`.
PriceMerge mergeFetchedPrices(const Catalog &base, const Catalog &fetched, const QString &origin);
