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

/// One model priced differently by two catalogs, with both figures and where each came from.
struct PriceDisagreement
{
    QString idA; ///< the model's id in catalog A
    QString idB; ///< in catalog B (may differ: matched by canonicalModelName())
    QString displayName;
    double inputA = 0.0; ///< USD per 1M tokens
    double outputA = 0.0;
    double inputB = 0.0;
    double outputB = 0.0;
    Provenance sourceA; ///< catalog, date and origin of A's figures
    Provenance sourceB;
    /// The larger of the input and output differences, in % of the lower figure (infinite when
    /// one catalog prices a direction at $0 and the other does not); 0 when a price is unknown.
    double differencePercent = 0.0;
    bool knownA = true; ///< false: A lists the model without a real price (its figures are 0)
    bool knownB = true;

    friend bool operator==(const PriceDisagreement &, const PriceDisagreement &) = default;
};

/// How two catalogs' prices agree: the models both list (matched by id, else by
/// canonicalModelName()), those with known prices in both whose input or output price differs by
/// more than `thresholdPercent` of the lower figure, those priced in only one of them, and the
/// models each lists alone.
struct PriceCrossCheck
{
    double thresholdPercent = 0.0;
    int compared = 0;                       ///< models in both with known prices in both
    QList<PriceDisagreement> disagreements; ///< the largest difference first
    /// In both, with an unknown price in one or both (never compared), in A's order.
    QList<PriceDisagreement> unpriced;
    QStringList onlyInA; ///< ids of A's models B does not list, in A's order
    QStringList onlyInB; ///< ids of B's models no model of A matched, in B's order

    /// Models of A found in B, priced or not.
    int matched() const { return compared + int(unpriced.size()); }
    /// One translated line, e.g. "matched: 12 · differ by more than 10 %: 3 · unpriced in one or
    /// both: 1 · only in A: 4 · only in B: 250".
    QString summary() const;
};

/// The default threshold of a cross-check, in %.
constexpr double kDefaultCrossCheckThresholdPercent = 10.0;

PriceCrossCheck crossCheckPrices(const Catalog &a, const Catalog &b,
                                 double thresholdPercent = kDefaultCrossCheckThresholdPercent);

/// The result of taking prices from a fetched catalog (LiteLLM format) into an existing one.
struct PriceMerge
{
    Catalog catalog;   ///< `base` with the fetched prices and limits, dated `fetched.date`
    int matched = 0;   ///< models of `base` found in the fetched catalog
    int notInBase = 0; ///< fetched models `base` does not list (left out: import the file for those)
};

/// Updates the prices, context window and output limit of every model of `base` the fetched
/// catalog lists (by id, else by canonicalModelName(); a price unknown there leaves the price as it is); keeps everything else (quality scores, tiers, self-hosting prices, models
/// the fetched file lacks). The catalog's date becomes the fetch date; updated models name `origin`.
PriceMerge mergeFetchedPrices(const Catalog &base, const Catalog &fetched, const QString &origin);
